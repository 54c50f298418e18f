"""Cases for the target_language check: tests/data/checks/target_language/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks import CheckContext
from qa.checks.target_language import check
from tests.checks.cases import findings_of, load_cases


@pytest.mark.parametrize("source,target,expected", load_cases("target_language"))
def test_cases(source, target, expected):
    assert findings_of(check, source, target, CheckContext()) == expected

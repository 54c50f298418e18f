"""Cases for the names check: tests/data/checks/names/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks import CheckContext
from qa.checks.names import check
from tests.checks.cases import findings_of, load_cases


@pytest.mark.parametrize("source,target,expected", load_cases("names"))
def test_cases(source, target, expected):
    assert findings_of(check, source, target, CheckContext()) == expected

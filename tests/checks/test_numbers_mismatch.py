"""Cases for the numbers_mismatch check: tests/data/checks/numbers_mismatch/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks import CheckContext
from qa.checks.numbers_mismatch import check
from tests.checks.cases import findings_of, load_cases


@pytest.mark.parametrize("source,target,expected", load_cases("numbers_mismatch"))
def test_cases(source, target, expected):
    assert findings_of(check, source, target, CheckContext()) == expected

"""Cases for the dropped_alternative check: tests/data/checks/dropped_alternative/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks.dropped_alternative import check
from tests.checks.cases import findings_of, load_cases


@pytest.mark.parametrize("source,target,expected", load_cases("dropped_alternative"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected

"""Cases for the dropped_list_item check: tests/data/checks/dropped_list_item/cases.csv
(columns explained in tests/checks/cases.py). An item the Korean could only say in words no
termbase lists ("retry once") decides nothing."""

import pytest

from qa.checks.dropped_list_item import check
from tests.checks.cases import findings_of, load_cases


@pytest.mark.parametrize("source,target,expected", load_cases("dropped_list_item"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected

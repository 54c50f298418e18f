"""Cases for the untranslated check: tests/data/checks/untranslated/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks.untranslated import check
from tests.checks.cases import findings_of, load_cases


@pytest.mark.parametrize("source,target,expected", load_cases("untranslated"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected

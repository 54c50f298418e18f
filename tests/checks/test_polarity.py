"""Cases for the polarity check: tests/data/checks/polarity/cases.csv
(columns explained in tests/checks/cases.py), with surface patterns only and with Kiwi."""

import pytest

from qa.checks import CheckContext
from qa.checks.polarity import check
from tests.checks.cases import findings_of, load_cases


class KiwiTokens:
    """What the check needs of qa.korean.KoreanAnalyzer: tokens(text) -> Kiwi tokens."""

    def __init__(self):
        from kiwipiepy import Kiwi
        self.tokens = Kiwi().tokenize


# Overrides the shared ctx of conftest.py: this check runs with and without an analyser.
@pytest.fixture(scope="module", params=["surface", "kiwi"])
def ctx(request):
    return CheckContext(korean=KiwiTokens() if request.param == "kiwi" else None)


@pytest.mark.parametrize("source,target,expected", load_cases("polarity"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected

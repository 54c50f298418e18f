"""Cases for the hallucination check: tests/data/checks/hallucination/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks.hallucination import check
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("hallucination"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


def test_message_says_what_was_made_up(ctx):
    [finding] = check(make_pair("See you next time.", "다음 시간에 봬요. 구독과 좋아요 부탁드려요!"), ctx)
    assert finding.message == ("the cue asks viewers to subscribe or like (구독과…), which the "
                               "English does not: a phrase translation models are known to "
                               "make up; delete it")

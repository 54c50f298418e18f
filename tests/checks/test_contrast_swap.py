"""Cases for the contrast_swap check: tests/data/checks/contrast_swap/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks.contrast_swap import check
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("contrast_swap"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


def test_message_names_both_sides(ctx):
    [finding] = check(make_pair("The context window is measured in tokens, not words.",
                                "컨텍스트 윈도우는 토큰이 아니라 단어로 측정됩니다."), ctx)
    assert finding.message == ('the English says "The context window is measured in tokens", '
                               'not "words"; the cue denies 토큰: the contrast is turned round')

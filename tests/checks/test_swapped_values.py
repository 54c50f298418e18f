"""Cases for the swapped_values check: tests/data/checks/swapped_values/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks.swapped_values import check
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("swapped_values"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


@pytest.mark.parametrize("source,target,message", [
    ("Typically you'd use around 128 samples of 2,048 tokens each.",
     "보통 128 토큰짜리 샘플을 2,048개 정도 써요.",
     'the English gives 128 to "samples", the cue gives it to "tokens": the figures are '
     'swapped'),
    ("15% code, 5% math, and 10% multilingual.", "코드 5%, 수학 15%, 다국어 10% 정도예요.",
     'the English gives 15% to "code" and 5% to something else; the cue gives "code" 5%: '
     'the figures are swapped'),
])
def test_message_says_which_figure_went_where(source, target, message, ctx):
    [finding] = check(make_pair(source, target), ctx)
    assert finding.message == message

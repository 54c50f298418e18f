"""Cases for the step_order check: tests/data/checks/step_order/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks.step_order import check
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("step_order"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


def test_message_names_the_english_order(ctx):
    [finding] = check(make_pair("rename the entities, and then re-run the evaluation.",
                                "평가를 다시 돌린 다음에 개체 이름을 바꾸세요."), ctx)
    assert finding.message == ('the English does "rename the entities" first and "re-run the '
                               'evaluation" after it; the cue gives the other order')

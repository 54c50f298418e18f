"""Cases for the literal_idiom check: tests/data/checks/literal_idiom/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks.literal_idiom import check
from tests.checks.cases import findings_of, load_cases, make_pair


@pytest.mark.parametrize("source,target,expected", load_cases("literal_idiom"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


def test_message_gives_the_meaning_and_a_free_rendering(ctx):
    [finding] = check(make_pair("As a rule of thumb, start small.", "엄지 법칙으로는 작게 시작하세요."), ctx)
    assert finding.message == ('the idiom "rule of thumb" is translated word for word (엄지); '
                               "it means a practical rule from experience: say e.g. 경험칙")

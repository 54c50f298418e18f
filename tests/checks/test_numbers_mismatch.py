"""Cases for the numbers_mismatch check: tests/data/checks/numbers_mismatch/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks import CheckContext
from qa.checks.numbers_mismatch import check
from tests.checks.cases import findings_of, load_cases


@pytest.mark.parametrize("source,target,expected", load_cases("numbers_mismatch"))
def test_cases(source, target, expected):
    assert findings_of(check, source, target, CheckContext()) == expected


@pytest.mark.parametrize("source, target", [
    ("You can't have your cake and eat it too.", "두 마리 토끼를 다 잡을 순 없는 법이죠."),
    ("Alright, the million-dollar question: should you self-host or just use an API?",
     "자, 이제 가장 중요한 질문입니다. 직접 호스팅해야 합니까, 아니면 그냥 API를 써야 합니까?"),
    ("just to make sure that light comes on. Old habits die hard.",
     "저 불이 제대로 켜지는지 확인하려고요. 세 살 버릇 여든까지 간다잖아요."),
])
def test_a_number_inside_an_approved_idiom_rendering_counts_nothing(source, target, ctx):
    assert findings_of(check, source, target, ctx) == []
    assert findings_of(check, source, target, CheckContext()) != []  # without the idiom list

"""Cases for the polarity check: tests/data/checks/polarity/cases.csv
(columns explained in tests/checks/cases.py), with surface patterns only and with Kiwi."""

import pytest

from qa.checks import CheckContext
from qa.checks.polarity import check
from qa.termbase import default_idioms_path, load_termbase
from tests.checks.cases import findings_of, load_cases, make_pair


class KiwiTokens:
    """What the check needs of qa.korean.KoreanAnalyzer: tokens(text) -> Kiwi tokens."""

    def __init__(self):
        from kiwipiepy import Kiwi
        self.tokens = Kiwi().tokenize


# Overrides the shared ctx of conftest.py: this check runs with and without an analyser,
# with the shipped idiom list (an idiom may mean a negation).
@pytest.fixture(scope="module", params=["surface", "kiwi"])
def ctx(request):
    return CheckContext(korean=KiwiTokens() if request.param == "kiwi" else None,
                        idioms=load_termbase(default_idioms_path()))


@pytest.mark.parametrize("source,target,expected", load_cases("polarity"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


@pytest.mark.parametrize("text, cannot", [
    ("모든 토큰이 뒤에 오는 토큰을 볼 수 없습니다.", "볼 수 없습니다"),
    ("그걸 읽을 수가 없어요", "읽을 수가 없어요"),
    ("도우미 함수 없이 실행해요", None),  # 함수 (function) is not 수 (can)
    ("할 수 있어요", None),
])
def test_cannot_is_an_adnominal_verb_before_su_eopda(text, cannot):
    from qa.checks.polarity import _korean_cannot
    found = _korean_cannot(text)
    assert (found.group() if found else None) == cannot


@pytest.mark.parametrize("source, target, weight", [
    # the Korean denies the quality the English asserts: strong
    ("a tiny cross-encoder that runs fine on a CPU.", "작은 크로스 인코더라서 CPU에서는 잘 안 돌아가요.", 0.7),
    ("then the weak model is good enough.", "약한 모델로는 충분하지 않다는 것입니다.", 0.7),
    # a negation with no quality denied: weak, weaker still when short (안)
    ("We then ship the model.", "그다음에 모델을 배포하지 않아요.", 0.5),
    ("We then ship the model.", "그다음에 모델을 안 배포해요.", 0.35),
])
def test_an_added_negation_weighs_more_when_it_denies_the_quality_said(source, target, weight,
                                                                        ctx):
    [finding] = check(make_pair(source, target), ctx)
    assert finding.weight == weight

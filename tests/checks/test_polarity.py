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
    ("We then look at the model.", "그다음에 모델을 살펴보지 않아요.", 0.5),
    ("We then look at the model.", "그다음에 모델을 안 살펴봐요.", 0.35),
    # ... strong where it denies the verb that translates the English's (배포 for "ship")
    ("We then ship the model.", "그다음에 모델을 배포하지 않아요.", 0.7),
    ("We then ship the model.", "그다음에 모델을 안 배포해요.", 0.7),
    ("LiteLLM Proxy, from version 1.40 onward, supports per-key metadata out of the box,",
     "LiteLLM Proxy는 1.40 버전 이후에도 키별 메타데이터를 기본으로 지원하지 않고,", 0.7),
    ("but remember that changing the world size changes your effective batch size.",
     "world size를 바꿔도 유효 배치 크기는 달라지지 않는다는 점을 기억하세요.", 0.7),
    # ... but not where the English's other clause says the denial ("breaks")
    ("Exact match works for math answers, but it breaks for languages with rich morphology,",
     "Exact match는 수학 답에는 잘 맞지만, 형태 변화가 풍부한 언어에서는 제대로 작동하지 않아요.",
     0.5),
    # ... nor where the denied verb is another one ("stale" said 최신이 아니게)
    ("When you backfill the data, every tokenized shard built from it is now stale,",
     "데이터를 백필하면, 그 데이터로 만든 토큰화된 샤드는 모두 더 이상 최신이 아니게 되고,", 0.35),
    # ... unless it denies a verb of the English said by its sound, or says a verb and
    # then denies it where the English draws no contrast
    ("some reverse proxies buffer responses by default.",
     "일부 리버스 프록시는 기본적으로 응답을 버퍼링하지 않아요.", 0.7),
    ("Both vLLM and SGLang support expert parallelism today,",
     "vLLM은 지원하지만 SGLang은 아직 지원하지 않고,", 0.7),
])
def test_an_added_negation_weighs_more_when_it_denies_the_quality_said(source, target, weight,
                                                                        ctx):
    [finding] = check(make_pair(source, target), ctx)
    assert finding.weight == weight


@pytest.mark.parametrize("source, target, weight", [
    # "without" is often said positively (마음 편히): it only adds to other doubt ...
    ("You can ship without losing sleep.", "마음 편히 배포할 수 있어요.", 0.4),
    # ... but not when the cue says "using" the very thing the English goes without
    ("Without streaming, the user stares at a spinner for all 12 seconds.",
     "스트리밍을 사용하면 사용자는 12초 내내 스피너만 바라보게 돼요.", 0.75),
])
def test_a_dropped_negation_weighs_by_what_else_could_say_it(source, target, weight, ctx):
    [finding] = check(make_pair(source, target), ctx)
    assert finding.weight == weight


def test_a_negation_of_the_next_sentence_excuses_nothing(ctx):
    # "Don't reverse" is a sentence of this cue, said 바꿔도 괜찮아요; the 안 of the next cue
    # belongs to the next sentence, so boundary confirmation keeps the finding.
    from qa.model import AlignedPair, Cue
    from qa.scoring import confirm_across_boundaries

    texts = [("Step four: compare cost and latency.", "4단계: 비용과 지연 시간을 비교해요."),
             ("Don't reverse steps three and four. If you filter on price first,",
              "3단계와 4단계는 순서를 바꿔도 괜찮아요. 가격으로 먼저 거르면,"),
             ("you might throw out the model that would have saved you a reranker.",
              "리랭커를 안 써도 되게 해 줬을 모델을 버리게 될 수도 있거든요.")]
    pairs = [AlignedPair(Cue(i, i * 3000, i * 3000 + 2500, ko, ko),
                         (Cue(i, i * 3000, i * 3000 + 2500, en, en),), "time")
             for i, (en, ko) in enumerate(texts, 1)]
    found = check(pairs[1], ctx)
    assert [f.check for f in found] == ["polarity"]
    kept = confirm_across_boundaries(pairs, 1, found, check, ctx)
    assert [f.check for f in kept] == ["polarity"]

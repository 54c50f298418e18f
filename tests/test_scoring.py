"""Risk combination, boundary confirmation, suggestions and the lecture summary."""

import re
from collections import Counter
from dataclasses import replace

import pytest

from qa.model import AlignedPair, Cue, Finding, apply_replacements
from qa.checks import direction_flip
from qa.scoring import (Thresholds, combine, confirm_across_boundaries, negation_spoken_for,
                        negation_to_sentence_end, quality_summary, said_across_cues)
from qa.semantic import SemanticScore, WordSupport


def cue(index, text, start=0):
    return Cue(index=index, start=start, end=start + 2000, text=text, raw=text, lines=(text,))


def pair(en, ko, index=1):
    return AlignedPair(cue(index, ko), (cue(index, en),), "time")


def semantic(risk, context=0.7):
    return SemanticScore(direct=context, context=context, unit=context, margin=0.3,
                         shortfall=0.0, log_chars=3.0, unsupported=0.0, risk=risk, view="cue")


MAJOR = Finding("numbers_mismatch", "numbers", "major", "number changed", weight=1.0)
MINOR = Finding("untranslated", "untranslated", "minor", "stray Latin word", weight=1.0)
STYLE = Finding("subtitle_form", "style", "minor", "line too long", weight=1.0)


@pytest.mark.parametrize("sem_risk, findings, flagged", [
    (0.05, [], False),
    (0.05, [MAJOR], True),  # one confident major finding is enough
    (0.05, [MINOR], False),
    (0.05, [STYLE, STYLE, STYLE], False),  # subtitle form alone never flags
    (0.49, [STYLE, STYLE, STYLE], False),  # nor tips a cue over the line
    (0.3, [MINOR], True),  # weak signals add up
    (0.8, [], True),  # the meaning alone can flag
    (0.55, [], False),  # but not on a doubt idioms and free renderings also raise
    (0.55, [MINOR], True),  # with a rule's doubt it can
    (0.55, [STYLE], False),  # form is no such doubt
])
def test_flag_decision(sem_risk, findings, flagged):
    scored = combine(pair("a", "가"), semantic(sem_risk), findings, Thresholds())
    assert scored.flagged is flagged
    assert 0.0 <= scored.risk <= 1.0


def test_risk_only_grows_with_evidence():
    th = Thresholds()
    risks = [combine(pair("a", "가"), semantic(0.1), f, th).risk
             for f in ([], [STYLE], [STYLE, MINOR], [STYLE, MINOR, MAJOR])]
    assert risks == sorted(risks) and len(set(risks)) == 4


def test_high_semantic_risk_gets_a_reason_and_omission_when_most_is_missing():
    en = "The model was trained on billions of examples over several months of compute."
    scored = combine(pair(en, "모델은"), semantic(0.9, context=0.2), [], Thresholds())
    assert scored.findings[0].category == "omission"
    assert scored.findings[0].message.startswith("much of the English is missing from the Korean")


def test_a_transliterated_noun_is_not_named_as_unmatched():
    # 라마 is Llama in Hangul: the embedding may not see it, the sound does.
    score = replace(semantic(0.9, context=0.4), word_support=WordSupport("라마", "llama", 0.3))
    scored = combine(pair("Then Llama 3.1 comes in three sizes:", "그럼 라마 3요 1번"), score, [],
                     Thresholds())
    assert "matches no word" not in scored.findings[0].message


@pytest.mark.parametrize("shortfall, excess, category, says", [
    (0.9, 0.0, "omission", "much of the English is missing from the Korean (it is 59% shorter "
                           "than this lecture's Korean usually is)"),
    (0.0, 0.7, "addition", "the Korean says more than the English (it is 101% longer than "
                           "this lecture's Korean usually is)"),
    (0.3, 0.3, "accuracy/mistranslation", "the Korean does not say what the English says"),
])
def test_omission_and_addition_are_judged_against_the_lectures_usual_length(
        shortfall, excess, category, says):
    score = replace(semantic(0.9, context=0.4), shortfall=shortfall, excess=excess)
    scored = combine(pair("The model learns from data.", "모델은 데이터로부터 배웁니다."), score, [],
                     Thresholds())
    assert scored.findings[0].category == category
    assert scored.findings[0].message.startswith(says + " (meaning match 0.40")


@pytest.mark.parametrize("similarity, named", [(0.21, True), (0.5, False)])
def test_the_reason_names_a_korean_word_nothing_in_the_english_matches(similarity, named):
    support = WordSupport("상품권", "tokens", similarity)
    score = replace(semantic(0.9, context=0.4), word_support=support)
    scored = combine(pair("It has 128,000 tokens.", "128,000개의 상품권이 있어요."), score, [],
                     Thresholds())
    message = scored.findings[0].message
    assert message.endswith(f"; 상품권 matches no word of the English (closest: tokens, "
                            f"{similarity:.2f})") == named
    assert message.startswith("the Korean does not say what the English says")


@pytest.mark.parametrize("text, spans, expected", [
    ("무게를 조정해요", [((0, 3), "가중치를")], "가중치를 조정해요"),
    ("중량과 무게는", [((0, 3), "가중치와"), ((4, 7), "가중치는")], "가중치와 가중치는"),
    ("abc", [((0, 2), "X"), ((1, 3), "Y")], "Xc"),  # overlapping: the first finding wins
    ("abc", [], None),
])
def test_replacements_build_one_corrected_cue(text, spans, expected):
    findings = [Finding("terminology", "terminology", "major", "m", span=s, replacement=r)
                for s, r in spans]
    assert apply_replacements(text, findings) == expected


def test_no_replacement_where_the_same_words_are_wrong_beyond_repair():
    text = "GPT 3,750억 매개 변수예요"
    number = Finding("numbers_mismatch", "numbers", "major", "175 billion", span=(4, 10),
                     replacement="1,750억")
    version = Finding("names", "names", "major", "GPT-3 glued", span=(0, 9))
    form = Finding("subtitle_form", "style", "minor", "line too long", span=(0, len(text)))
    assert apply_replacements(text, [number, version]) is None
    assert apply_replacements(text, [number, form]) == "GPT 1,750억 매개 변수예요"


def _number_check(p, ctx):
    """A toy check: each digit in the source must appear in the target and vice versa."""
    src = {ch for ch in p.source_text if ch.isdigit()}
    tgt = {ch for ch in p.target.text if ch.isdigit()}
    return ([Finding("toy", "numbers", "major", f"{d} missing") for d in sorted(src - tgt)]
            + [Finding("toy", "numbers", "major", f"{d} added") for d in sorted(tgt - src)])


def test_findings_explained_by_a_neighbouring_cue_are_dropped():
    # Korean word order moved "7" into the next cue; "9" is really wrong.
    pairs = [pair("We trained 7 models", "우리는 모델을", 1),
             pair("for 3 days", "7개 3일 동안 학습했어요 9", 2)]
    first = _number_check(pairs[0], None)
    second = _number_check(pairs[1], None)
    assert [f.message for f in confirm_across_boundaries(pairs, 0, first, _number_check, None)] == []
    assert [f.message for f in confirm_across_boundaries(pairs, 1, second, _number_check, None)] \
        == ["9 added"]


def _figure_check(p, ctx):
    """A toy check that counts: every figure of the target must be a figure of the source
    as often as the target writes it."""
    src = Counter(re.findall(r"\d+", p.source_text))
    tgt = Counter(re.findall(r"\d+", p.target.text))
    return [Finding("toy", "numbers", "major", f"{d} added") for d in sorted(tgt - src)]


def test_a_neighbours_figure_its_own_korean_says_explains_nothing():
    # "$3" of the previous cue is said there (3달러); "30 cents" said 3센트 stays wrong.
    pairs = [pair("at 3 dollars per million,", "100만 토큰당 3달러라면,", 1),
             pair("that is 30 cents a turn.", "턴당 3센트예요.", 2)]
    own = _figure_check(pairs[1], None)
    assert [f.message for f in confirm_across_boundaries(pairs, 1, own, _figure_check, None)] \
        == ["3 added"]


@pytest.mark.parametrize("first, second, kept", [
    # Both sides close the sentence: the next sentence's 9 explains nothing here.
    (("We trained 8 models.", "우리는 모델 8개를 9번 학습했어요."), ("It took 9 days.", "9일 걸렸어요."),
     ["9 added"]),
    # Unpunctuated subtitles close no sentence: the neighbour may hold the number.
    (("We trained 8 models", "우리는 모델 8개를 학습했어요 9"), ("It took 9 days", "일 걸렸어요"),
     []),
])
def test_only_the_same_sentence_explains_a_finding(first, second, kept):
    pairs = [pair(*first, 1), pair(*second, 2)]
    own = _number_check(pairs[0], None)
    assert [f.message for f in confirm_across_boundaries(pairs, 0, own, _number_check, None)] \
        == kept


@pytest.mark.parametrize("before, after, kept", [
    # The previous cue ends one sentence and starts this one: only its tail runs on.
    ("It took 9 days. We trained", "models", ["9 added"]),
    ("It took a while. We trained 9", "models", []),
    # The next cue finishes this sentence and starts another: only its head runs on.
    ("We trained", "models. It took 9 days", ["9 added"]),
    ("We trained", "9 models. It took days", []),
])
def test_a_neighbour_lends_only_the_words_of_the_shared_sentence(before, after, kept):
    pairs = [pair(before, "9일이 걸렸어요. 우리는", 1), pair("8", "모델 8개를 9번", 2),
             pair(after, "학습했어요.", 3)]
    own = _number_check(pairs[1], None)
    assert [f.message for f in confirm_across_boundaries(pairs, 1, own, _number_check, None)] \
        == kept


def test_quality_summary_counts_flagged_cues_and_penalty():
    th = Thresholds()
    scored = [combine(pair("one two three four", "가", 1), semantic(0.0), [MAJOR], th),
              combine(pair("five six", "나", 2), semantic(0.0), [MINOR], th),
              combine(pair("seven eight nine ten", "다", 3), semantic(0.0), [], th)]
    summary = quality_summary(scored)
    assert summary["cues"] == 3 and summary["flagged"] == 1 and summary["major"] == 1
    assert summary["source_words"] == 10
    assert summary["mqm_penalty_per_1000_words"] == 500.0
    assert summary["flagged_by_category"] == {"numbers": 1}


@pytest.mark.parametrize("first, second, moved", [
    # The English clause runs on into the next cue, where the Korean sentence ends.
    (("the query and the document never actually see", "쿼리와 문서는 모델 안에서 실제로"),
     ("each other inside the model.", "서로를 직접 보게 돼요."), True),
    # "no click needed," closes its phrase here: the cue itself said it wrong.
    (("fetches that image automatically, no click needed,", "사용자가 클릭하면 이미지를 불러오고,"),
     ("and the secrets land in the logs.", "비밀 정보가 로그에 남게 됩니다."), False),
    # The Korean ends its sentence in the cue: nothing runs on.
    (("A red-team exercise is not", "레드팀 훈련은 오후 시간이에요."),
     ("a random afternoon.", "그래요."), False),
    # ... even where another Korean sentence begins after it ("믿으셔도 돼요. 이상적인").
    (("Don't trust the vendor's datasheet numbers; they're measured with ideal batch sizes",
      "벤더 데이터시트 수치는 믿으셔도 돼요. 이상적인 배치 크기와"),
     ("and short prompts that look nothing like your production traffic.",
      "실제 프로덕션 트래픽과는 전혀 다른 짧은 프롬프트로 측정한 값이거든요."), False),
])
def test_a_dropped_negation_moves_to_the_cue_that_ends_the_korean_sentence(first, second, moved):
    pairs = [pair(*first, 1), pair(*second, 2)]
    dropped = Finding("polarity", "accuracy/mistranslation", "major",
                      "the source is negated but the cue is not: the meaning may be flipped")
    findings = [[dropped], []]
    negation_to_sentence_end(pairs, findings)
    assert [len(f) for f in findings] == ([0, 1] if moved else [1, 0])


@pytest.fixture(scope="module")
def kiwi_ctx():
    from qa.scan import build_context
    return build_context()


@pytest.mark.parametrize("before, here, after, restored", [
    # The previous cue's 않고 renders its own "doesn't": none is left for this cue.
    (("That doesn't fit on one H100 with 80 gigabytes,", "80GB짜리 H100 한 장에는 들어가지 않고,"),
     ("and it doesn't even fit on a full eight-GPU H100 node.", "8-GPU H100 노드 하나면 충분히 들어가요."),
     ("Now, the naive approach is tensor parallelism.", "자, 가장 단순한 방법은 tensor parallelism이에요."),
     True),
    # The next cue's Korean has two negations for its English's one: this cue's moved there.
    (("Here's the rule of thumb I use:", "제가 쓰는 경험 법칙은 이래요."),
     ("checkpoint often enough that you never lose more than", "잃어버리는 작업이 절대"),
     ("about 30 minutes of work, but not so often that saving eats more than 5 percent.",
      "30분을 넘지 않을 만큼 자주 저장하되, 저장이 5% 넘게 잡아먹지 않을 만큼만 하세요."),
     False),
])
def test_a_dropped_negation_comes_back_when_the_neighbours_negations_are_their_own(
        before, here, after, restored, kiwi_ctx):
    pairs = [pair(*before, 1), pair(*here, 2), pair(*after, 3)]
    dropped = Finding("polarity", "accuracy/mistranslation", "major",
                      "the source is negated but the cue is not: the meaning may be flipped",
                      weight=0.75)
    findings = [[], [], []]  # confirmation took it for a boundary shift
    negation_spoken_for(pairs, [[], [dropped], []], findings, kiwi_ctx)
    assert findings == [[], [dropped] if restored else [], []]


def test_a_dropped_negation_stays_on_a_cue_cut_short():
    pairs = [pair("When the man replied that he didn't use", "그가 자신은", 1),
             pair("e-mail or the Internet, the banker was surprised.", "대답했을 때, 은행원은 놀랐다.", 2)]
    dropped = Finding("polarity", "accuracy/mistranslation", "major",
                      "the source is negated but the cue is not: the meaning may be flipped")
    findings = [[dropped], []]
    negation_to_sentence_end(pairs, findings)
    assert [len(f) for f in findings] == [1, 0]


@pytest.mark.parametrize("first, second, found", [
    # "rarely" in one cue, 대체로 in the next: only the sentence read whole shows the flip.
    (("It rarely tells you whether a free-text answer", "자유 서술형 답변이 실제로 환자에게"),
     ("would actually hurt a patient.", "해를 끼칠지는 대체로 잘 알려줘요."), [[], ["대체로"]]),
    (("It rarely tells you whether a free-text answer", "자유 서술형 답변이 실제로 환자에게"),
     ("would actually hurt a patient.", "해를 끼칠지는 좀처럼 알려주지 않아요."), [[], []]),
    # The cue's own English says what its Korean says (behind, 뒤처): a neighbour's
    # "better" changes nothing.
    (("It got better at code, but it was still", "코드는 더 나아졌지만, 여전히"),
     ("eighteen months behind GPT-4 on most benchmarks.", "대부분의 벤치마크에서 GPT-4보다 18개월 뒤처져 있었어요."),
     [[], []]),
])
def test_a_flip_said_across_two_cues_is_found_on_the_cue_that_holds_it(first, second, found):
    pairs = [pair(*first, 1), pair(*second, 2)]
    findings = [[], []]
    said_across_cues(pairs, findings, direction_flip.check, "direction_flip", None,
                     direction_flip.stands_across_cues)
    assert [[pairs[k].target.text[f.span[0]:f.span[1]] for f in fs]
            for k, fs in enumerate(findings)] == found


def _sentence_check(pair_, ctx):
    """Reports the cue's English sentence as a whole, the way polarity quotes it."""
    return [Finding("polarity", "accuracy/mistranslation", "major",
                    f'"{pair_.source_text}" is negated but its Korean sentence is not')]


def test_a_finding_about_a_sentence_stands_when_the_widened_english_carries_it_on():
    pairs = [pair("It doesn't free memory held by live tensors,", "메모리까지 해제하고,", 1),
             pair("and calling it every step slows training.", "매 스텝 호출하면 느려져요.", 2)]
    own = _sentence_check(pairs[0], None)
    assert confirm_across_boundaries(pairs, 0, own, _sentence_check, None) == own

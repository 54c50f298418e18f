"""The semantic signal: sentence units, neighbours, length deviations, word support, risk.

The scoring tests use the embedded default encoder on a small hand-written lecture
in which every Korean cue is a correct translation, and change one cue per case.
"""

import pytest

from qa.model import AlignedPair, Cue
from qa.semantic import (LectureMemo, all_sentence_neighbours, as_said_or_meant,
                         closes_sentence, idioms_explained, lexical_support, semantic_scores,
                         sentence_neighbours, sentence_units)

LECTURE = [
    ("Today we will train a small language model.", "오늘은 작은 언어 모델을 학습시켜 보겠습니다."),
    ("First, we download the dataset from the website.", "먼저 웹사이트에서 데이터셋을 내려받습니다."),
    ("The dataset contains ten thousand short stories.", "이 데이터셋에는 짧은 이야기 만 편이 들어 있습니다."),
    ("Then we split every story into tokens.", "그다음 모든 이야기를 토큰으로 나눕니다."),
    ("The model learns to predict the next token.", "모델은 다음 토큰을 예측하도록 학습합니다."),
    ("Training takes about an hour on a laptop.", "학습은 노트북에서 한 시간 정도 걸립니다."),
    ("After training, we ask the model to write a story.", "학습이 끝나면 모델에게 이야기를 써 달라고 합니다."),
    ("The stories are short, but they make sense.", "이야기는 짧지만 말이 됩니다."),
    ("Next week we will look at larger models.", "다음 주에는 더 큰 모델을 살펴보겠습니다."),
]


def cue(index, text):
    return Cue(index=index, start=4000 * index, end=4000 * index + 3500, text=text, raw=text,
               lines=(text,))


def pairs_of(rows):
    return [AlignedPair(cue(i + 1, ko), (cue(i + 1, en),) if en else (), "time")
            for i, (en, ko) in enumerate(rows)]


def with_cue(i, korean):
    rows = list(LECTURE)
    rows[i] = (rows[i][0], korean)
    return pairs_of(rows)


@pytest.mark.parametrize("sources, units", [
    (["One.", "Two.", "Three."], [[0], [1], [2]]),
    (["The model", "learns fast.", "Done."], [[0, 1], [2]]),
    (["no", "punctuation", "at", "all", "here"], [[0, 1, 2, 3], [4]]),  # at most four cues
])
def test_sentence_units_gather_the_cues_of_one_english_sentence(sources, units):
    assert sentence_units(pairs_of([(s, "가") for s in sources])) == units


@pytest.mark.parametrize("rows, i, expected", [
    # Both sides close their sentence: nothing crosses the boundary.
    ([("One.", "하나입니다."), ("Two.", "둘입니다."), ("Three.", "셋입니다.")], 1, (1, 2)),
    # The English runs on into the next cue: the next cue may hold this sentence's words.
    ([("One.", "하나입니다."), ("The model", "모델은"), ("learns.", "배웁니다.")], 1, (1, 3)),
    # The previous cue's Korean does not close its sentence: its words may be ours.
    ([("We train", "학습시키는"), ("the model.", "모델입니다."), ("Done.", "끝.")], 1, (0, 2)),
])
def test_sentence_neighbours_stop_at_a_sentence_both_languages_close(rows, i, expected):
    pairs = pairs_of(rows)
    assert sentence_neighbours(pairs, i) == expected
    assert closes_sentence(pairs[expected[1] - 1])


def test_correct_translations_score_low(encoder):
    scores = semantic_scores(pairs_of(LECTURE), encoder)
    assert max(s.risk for s in scores) < 0.5


@pytest.mark.parametrize("i, korean", [
    (4, "날씨가 좋아서 공원에 산책하러 갔습니다."),  # another sentence entirely
    (2, "이 데이터셋에는"),  # most of the sentence missing
])
def test_a_wrong_cue_gets_the_highest_risk_of_its_lecture(encoder, i, korean):
    scores = semantic_scores(with_cue(i, korean), encoder)
    assert scores[i].risk >= 0.5
    assert max(range(len(scores)), key=lambda k: scores[k].risk) == i


def test_added_words_show_as_excess_length_and_a_cut_as_shortfall(encoder):
    added = with_cue(5, "학습은 노트북에서 한 시간 정도 걸립니다. 그리고 어머니는 시장에서 사과를 많이 샀습니다.")
    cut = with_cue(1, "먼저")
    assert semantic_scores(added, encoder)[5].excess > 0.4
    assert semantic_scores(cut, encoder)[1].shortfall > 0.5
    plain = semantic_scores(pairs_of(LECTURE), encoder)
    assert max(s.excess for s in plain) < 0.4 and max(s.shortfall for s in plain) < 0.5


def test_a_sentence_whose_words_moved_between_its_cues_is_not_an_addition(encoder):
    # Korean word order puts all of "we download the dataset" in the first cue.
    rows = list(LECTURE)
    rows[1:2] = [("First, we download", "먼저 웹사이트에서 데이터셋을 내려받습니다"),
                 ("the dataset from the website.", "네.")]
    scores = semantic_scores(pairs_of(rows), encoder)
    assert scores[1].excess < 0.4


def test_an_empty_side_has_no_semantic_risk(encoder):
    rows = list(LECTURE) + [("", "감사합니다.")]
    assert semantic_scores(pairs_of(rows), encoder)[-1].risk == 0.0


@pytest.mark.parametrize("nouns, weakest", [
    (["상품권"], "상품권"),
    (["토큰", "상품권"], "상품권"),
])
def test_word_support_names_the_korean_noun_no_english_word_matches(encoder, nouns, weakest):
    pairs = pairs_of([("The model reads 128,000 tokens.", "모델은 128,000개의 상품권을 읽습니다.")])
    support = lexical_support(pairs, encoder, [nouns])[0]
    assert support.word == weakest
    assert support.unsupported > 0.5


@pytest.mark.parametrize("english, weakest", [
    ("She was surprisingly optimistic about tokens.", "토큰"),  # 박사님 says "she"
    ("The paper was surprisingly optimistic about tokens.", "박사"),
])
def test_a_title_said_for_a_pronoun_is_no_unsupported_noun(encoder, english, weakest):
    pairs = pairs_of([(english, "박사님은 토큰에 대해 의외로 낙관적이었어요.")])
    assert lexical_support(pairs, encoder, [["박사", "토큰"]])[0].word == weakest


def test_word_support_is_empty_without_nouns(encoder):
    pairs = pairs_of([("The model reads tokens.", "읽습니다.")])
    assert lexical_support(pairs, encoder, [[]])[0].word is None
    assert lexical_support(pairs, encoder, None)[0].unsupported == 0.0


def test_all_sentence_neighbours_agrees_with_sentence_neighbours():
    rows = [("One.", "하나입니다."), ("The model", "모델은"), ("learns.", "배웁니다."),
            ("We train", "학습시키는"), ("the model.", "모델입니다."), ("Done.", "끝.")]
    pairs = pairs_of(rows)
    assert all_sentence_neighbours(pairs) == [sentence_neighbours(pairs, i)
                                              for i in range(len(pairs))]


IDIOM = "There is no free lunch here."


@pytest.fixture(scope="module")
def idioms():
    from qa.termbase import default_idioms_path, load_termbase
    return load_termbase(default_idioms_path())


def test_a_cue_without_listed_idioms_keeps_its_scores(encoder, idioms):
    scores = semantic_scores(pairs_of(LECTURE), encoder)
    assert as_said_or_meant(pairs_of(LECTURE), scores, idioms, encoder) is scores


@pytest.mark.parametrize("korean, judged_as", [
    # an approved rendering: judged on the English as said or as meant, whichever fits
    ("세상에 공짜 점심은 없습니다.", "either"),
    # any other rendering: judged on the English as meant (the idiom's meaning)
    ("여기에는 무료 점심 식사가 없습니다.", "meant"),
])
def test_a_cue_with_an_idiom_is_judged_by_its_rendering(encoder, idioms, korean, judged_as):
    pairs = pairs_of(LECTURE[:4] + [(IDIOM, korean)] + LECTURE[4:])
    said = semantic_scores(pairs, encoder)
    meant = semantic_scores(idioms_explained(pairs, idioms), encoder)
    result = as_said_or_meant(pairs, said, idioms, encoder)
    if judged_as == "either":
        assert result[4].risk <= min(said[4].risk, meant[4].risk)
    else:
        assert result[4] == meant[4]
    assert result[0] == said[0]  # far from the idiom: as said


@pytest.mark.parametrize("korean, set_aside_helps", [
    # the idiom rendered as approved and the rest of the cue said too
    ("좋아 보이죠? 그런데 세상에 공짜는 없어요.", True),
    # the idiom rendered as approved, the rest of the cue says something else
    ("날씨가 정말 춥네요. 그런데 세상에 공짜는 없어요.", False),
])
def test_an_approved_idiom_rendering_is_set_aside_and_the_rest_must_match(
        encoder, idioms, korean, set_aside_helps):
    pairs = pairs_of(LECTURE[:4] + [("Sounds great, right? Well, there's no free lunch.", korean)]
                     + LECTURE[4:])
    said = semantic_scores(pairs, encoder)
    meant = semantic_scores(idioms_explained(pairs, idioms), encoder)
    either = min(said[4].risk, meant[4].risk)
    risk = as_said_or_meant(pairs, said, idioms, encoder)[4].risk
    assert (risk < either - 0.1) if set_aside_helps else (risk == either)


@pytest.mark.parametrize("english, korean, risk_is_zero", [
    # all idiom: a word or two of English is left, nothing to judge
    ("You're basically robbing Peter to pay Paul.", "결국 아랫돌 빼서 윗돌 괴는 셈이에요.", True),
    ("You can't have your cake and eat it too.", "두 마리 토끼를 다 잡을 순 없는 법이죠.", True),
    # an approved idiom with a sentence around it: the rest is still judged
    ("Sounds great, right? Well, there's no free lunch.", "좋아 보이죠? 그런데 세상에 공짜는 없어요.",
     False),
    # two content words left, but the idiom is a small part of the cue: still judged
    ("One gotcha with E5: you have to prefix your inputs",
     "E5에서 주의할 점이 하나 있는데, 모델이 입력 앞에 접두사를 알아서 붙여요", False),
])
def test_a_cue_that_is_all_idiom_said_as_approved_has_no_semantic_risk(
        encoder, idioms, english, korean, risk_is_zero):
    pairs = pairs_of(LECTURE[:4] + [(english, korean)] + LECTURE[4:])
    risk = as_said_or_meant(pairs, semantic_scores(pairs, encoder), idioms, encoder)[4].risk
    assert (risk == 0.0) == risk_is_zero


def test_the_lecture_memo_embeds_each_text_once(encoder):
    asked = []

    class Counting:
        name, version = encoder.name, encoder.version

        def encode(self, texts):
            asked.extend(texts)
            return encoder.encode(texts)

    memo = LectureMemo(Counting())
    first = memo.encode(["a cat", "a dog", "a cat"])
    second = memo.encode(["a dog", "a bird"])
    assert asked == ["a cat", "a dog", "a bird"]
    assert (first[0] == first[2]).all() and (first[1] == second[0]).all()
    assert memo.encode([]).shape[0] == 0

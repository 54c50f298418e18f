"""KoreanAnalyzer: term search by morphemes, particle allomorphs, romanisation, speech level."""

import pytest

from qa.korean import (KoreanAnalyzer, adapt_suffix, final_sound, romanize, sound_similarity)


@pytest.fixture(scope="module")
def korean():
    return KoreanAnalyzer()


@pytest.mark.parametrize("text, term, expected", [
    ("보통 매개변수와 무게는 동의어예요", "무게", ["무게는"]),
    ("그 예시를 이용해 무게를 움직입니다", "무게", ["무게를"]),
    ("하지만 기본적으로 중량과 매개 변수는 같아요", "중량", ["중량과"]),
    ("이 추의 숫자는 상상할 수 없을 정도예요", "추", ["추의"]),
    ("모델 무게예요", "무게", ["무게예요"]),
    ("무게들을 조정해요", "무게", ["무게"]),  # the plural suffix stays in the text
    ("최신 개척 시대 모델도 있죠", "개척 시대", ["개척 시대"]),
    ("매개변수와 무게", "매개 변수", ["매개변수와"]),  # spacing does not matter
    ("매개 변수는 같아요", "매개변수", ["매개 변수는"]),
    ("모델 웨이트예요", "웨이트", ["웨이트예요"]),  # Kiwi splits it oddly; spelling still finds it
    ("무게감이 있어요", "무게", []),  # only the front of a longer word
    ("민주의 가치", "주의", []),
    ("매개변수가 많아요", "변수", []),  # inside a compound
    ("레이어를 겹쳐보죠", "겹", []),  # a verb stem is not the noun
    ("LLM은 커요", "LLM", ["LLM은"]),
    ("llm이 커요", "LLM", ["llm이"]),
    ("LLMOps를 써요", "LLM", []),
])
def test_find_term(korean, text, term, expected):
    assert [text[s.span[0]:s.span[1]] for s in korean.find_term(text, term)] == expected


@pytest.mark.parametrize("text, term, new_noun, expected", [
    ("하지만 중량과 매개 변수는 같아요", "중량", "가중치", "가중치와"),
    ("그 예시를 이용해 무게를 움직입니다", "무게", "가중치", "가중치를"),
    ("보통 매개변수와 무게는 동의어예요", "무게", "가중치", "가중치는"),
    ("이 추의 숫자는", "추", "가중치", "가중치의"),
    ("무게가 커요", "무게", "가중치", "가중치가"),
    ("저울이 어떤 의미인지", "저울", "가중치", "가중치가"),
    ("무게가 커요", "무게", "중량", "중량이"),
    ("중량으로 접근하죠", "중량", "가중치", "가중치로"),
    ("무게로 바뀌죠", "무게", "모델", "모델로"),  # ㄹ takes 로
    ("무게로 바뀌죠", "무게", "LLM", "LLM으로"),  # 엘엘엠 ends in ㅁ
    ("무게를 써요", "무게", "LLM", "LLM을"),
    ("무게를 써요", "무게", "GPU", "GPU를"),  # 지피유 ends in a vowel
    ("무게를 써요", "무게", "token", "token을"),
    ("무게나 편향", "무게", "중량", "중량이나"),
    ("모델 무게예요", "무게", "중량", "중량이에요"),
    ("모델 중량이에요", "중량", "가중치", "가중치예요"),
    ("무게지만 좋아요", "무게", "중량", "중량이"),  # the elided copula comes back: 중량이지만
    ("무게 조정", "무게", "가중치", "가중치"),
])
def test_replace_with_particle(korean, text, term, new_noun, expected):
    hit = korean.find_term(text, term)[0]
    assert korean.replace_with_particle(text, hit.span, hit.noun, new_noun) == expected


@pytest.mark.parametrize("noun, suffix, expected", [
    ("가중치", "이라고", "라고"), ("중량", "라고", "이라고"), ("가중치", "으로서", "로서"),
    ("모델", "으로부터", "로부터"), ("토큰", "와의", "과의"), ("가중치", "이지만", "이지만"),
    ("가중치", "도", "도"), ("중량", "예요", "이에요"), ("캐시", "이죠", "죠"), ("현금", "죠", "이죠"),
])
def test_adapt_suffix(noun, suffix, expected):
    assert adapt_suffix(noun, suffix) == expected


@pytest.mark.parametrize("word, expected", [
    ("가중치", "vowel"), ("토큰", "consonant"), ("모델", "rieul"), ("LLM", "consonant"),
    ("GPU", "vowel"), ("URL", "rieul"), ("pipeline", "consonant"), ("prompt", "vowel"),
    ("module", "rieul"), ("GPT-4", "vowel"), ("GPT-3", "consonant"), ("embedding", "consonant"),
])
def test_final_sound(word, expected):
    assert final_sound(word) == expected


@pytest.mark.parametrize("hangul, expected", [
    ("웨이트", "weiteu"), ("토큰", "tokeun"), ("가중치", "gajungchi"), ("임베딩", "imbeding"),
    ("LLM 모델", "LLM model"),
])
def test_romanize(hangul, expected):
    assert romanize(hangul) == expected


@pytest.mark.parametrize("hangul, english", [
    ("웨이트", "weight"), ("토큰", "token"), ("임베딩", "embedding"), ("레이어", "layer"),
    ("트랜스포머", "transformer"), ("파이프라인", "pipeline"), ("체크포인트", "checkpoint"),
    ("그래디언트", "gradient"), ("훅", "hook"),
])
def test_transliterations_sound_alike(hangul, english):
    assert sound_similarity(hangul, english) >= 0.75


@pytest.mark.parametrize("hangul, english", [
    ("무게", "weight"), ("가중치", "weight"), ("동전", "token"), ("갈고리", "hook"), ("층", "layer"),
])
def test_native_words_do_not_sound_alike(hangul, english):
    assert sound_similarity(hangul, english) < 0.75


@pytest.mark.parametrize("text, level", [
    ("이건 모델 웨이트예요", "haeyo"),
    ("통제하죠", "haeyo"),
    ("어떻게 예측하시나요?", "haeyo"),
    ("어떤 의미인지를요", "haeyo"),
    ("예측할 수 있을 때까지요", "haeyo"),
    ("잠시 얘기하고 싶습니다 LLM 매개", "hamnida"),
    ("이것은 사과입니까?", "hamnida"),
    ("갑시다.", "hamnida"),
    ("그는 집에 갔어.", "banmal"),
    ("거리는 오물로 가득 차 있었다.", "banmal"),
    ("이건 책이야.", "banmal"),
    ("LLM 매개", None),
    ("", None),
    # a quoted sentence is mentioned, not said: the cue's own ending counts
    ("넘어가겠습니다. '더 낫다'가 무엇을 의미하는지,", "hamnida"),
    ('그건 "안 된다"고 했어요.', "haeyo"),
    # a connective before a comma ends no sentence (Kiwi may tag 어서 as final)
    ("파인튜닝은 그 공간을 다시 빚어서, 쿼리가", None),
])
def test_speech_level(korean, text, level):
    assert korean.speech_level(text) == level


def test_tokens_are_cached_per_text(korean):
    assert korean.tokens("무게를 조정") is korean.tokens("무게를 조정")


def test_joined_cues_are_analysed_as_their_parts_laid_end_to_end():
    from qa.korean import KoreanAnalyzer

    korean = KoreanAnalyzer()
    parts = ["모든 무게를 조정하면", "더 좋아지죠"]
    korean.prefetch(parts)
    korean.cache_joined(parts)
    joined = korean.tokens(" ".join(parts))
    second = korean.tokens(parts[1])
    assert joined[-len(second):] == tuple(
        type(m)(m.form, m.tag, m.start + len(parts[0]) + 1, m.end + len(parts[0]) + 1)
        for m in second)
    assert [t.span for t in korean.find_term(" ".join(parts), "무게")] == [(3, 6)]  # 무게를

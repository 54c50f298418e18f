"""qa.numbers: quantities and version labels in English and Korean text."""

import pytest

from qa.numbers import (english_labels, english_quantities, korean_labels, korean_quantities,
                        korean_rendering, korean_value)


def hard_values(quantities):
    return [q.value for q in quantities if not q.soft]


def soft_values(quantities):
    return [q.value for q in quantities if q.soft]


@pytest.mark.parametrize("text,hard,soft", [
    ("128,000 tokens", [128000], []),
    ("1.5 and 0.7", [1.5, 0.7], []),
    ("GPT-3, 175 billion parameters.", [175e9], []),
    ("GPT-4, 1.76 trillion parameters.", [1.76e12], []),
    ("1.5 billion", [1.5e9], []),
    ("a million users", [1e6], []),
    ("two hundred thousand and five", [200005], []),
    ("it came out in 2018", [2018], []),
    ("between 20 and 200 parameters", [20, 200], []),
    ("20 to 200 weights", [20, 200], []),
    ("20-200 weights", [20, 200], []),
    ("grew by 50% or 50 percent", [50, 50], []),
    ("Llama 3.1 405B and 7B models with an 8K context", [405e9, 7e9, 8e3], []),
    ("$5 and the 3rd one", [5, 3], [1]),
    ("at 5:00 and 9:20", [5, 9, 20], []),
    ("ten times", [], [10]),
    ("twenty-five people", [], [25]),
    ("seven-thirty and eight forty", [], [7, 30, 8, 40]),
    ("half of it", [], [0.5]),
    ("the thirty-eighth floor in July", [], [38, 7]),
    # the forty-second dinner is the 42nd; a forty-second clip lasts forty seconds
    ("the forty-second annual dinner", [], [42, 1]),
    ("a forty-second clip", [], [40]),
    ("Louis XIV", [], [14]),
    ("GPT-4o and Llama 3.1 and Gemma 2", [], []),
    ("MP3 players", [], []),
])
def test_english_quantities(text, hard, soft):
    found = english_quantities(text)
    assert hard_values(found) == hard
    assert soft_values(found) == soft


@pytest.mark.parametrize("text,hard,soft", [
    ("1억 1,700만 명", [117e6], []),
    ("1억 1700만", [117e6], []),
    ("15억", [15e8], []),
    ("1조 7,600억", [1.76e12], []),
    ("7조 6천억", [7.6e12], []),
    ("20만", [2e5], []),
    ("3천 개", [3000], []),
    ("3만 5천 명", [35000], []),
    ("4천2백 파운드", [4200], []),
    ("신발 천4백 켤레", [1400], []),
    ("3천5백만 원", [35e6], []),
    ("200,000 매개 변수", [200000], []),
    ("20에서 200 정도", [20, 200], []),
    ("20 200", [20, 200], []),
    ("50%와 30 퍼센트", [50, 30], []),
    ("2018년에", [2018], []),
    ("라마 3.1 405B", [3.1, 405e9], []),
    ("컨텍스트가 128k 토큰이고 Claude는 200K를 지원해요", [128e3, 200e3], []),
    ("GPT 41요 7조 6천억", [7.6e12], []),
    ("GPT 3,750억", [375e9], []),
    # 세 before a noun is three (세 종류, 세 홉); 한 may be "a"
    ("한 단계씩 세 종류", [3], [1]),
    ("두세 배", [2, 3], []),
    ("네 분이었어요", [], [4]),
    # before a counter, 두 / 세 / 스무 are numbers for sure; 한 번 is as often "a try"
    ("하나 둘 열 스무 살", [20], [1, 2, 10]),
    ("모델 세 개", [3], []),
    ("한 번 해 보세요", [], [1]),
    ("그것만큼 만약", [], []),
    ("가장 높은 5분위에서", [20], []),  # a quintile is a fifth: 20%
])
def test_korean_quantities(text, hard, soft):
    found = korean_quantities(text)
    assert hard_values(found) == hard
    assert soft_values(found) == soft


@pytest.mark.parametrize("text,unit,kind", [
    ("1억 1,700만 명이", "명", "number"),
    ("20억 달러예요", "달러", "number"),
    ("2018년에", "년", "year"),
    ("6개월", "개월", "number"),
    ("13번째", "번째", "ordinal"),
    ("50%", None, "percent"),
    ("상위 10분위", "분위", "percent"),  # a decile: a tenth's share
])
def test_korean_counter_and_kind(text, unit, kind):
    (q,) = korean_quantities(text)
    assert (q.unit, q.kind) == (unit, kind)


@pytest.mark.parametrize("text,labels", [
    ("GPT-4, GPT-4o and COVID-19", [("GPT", "4"), ("GPT", "4o"), ("COVID", "19")]),
    ("Llama 3.1 405B", [("Llama", "3.1")]),
    ("Gemma 2 is small", [("Gemma", "2")]),
    ("In 2018 and Chapter 3", []),
    ("Gemma is 2 billion", []),
])
def test_english_labels(text, labels):
    assert [(label.base, label.version) for label in english_labels(text)] == labels


@pytest.mark.parametrize("text,labels", [
    ("GPT 41요", [("GPT", "41")]),
    ("GPT-4o는", [("GPT", "4o")]),
    ("GPT 1은", [("GPT", "1")]),
    ("GPT 3,750억", []),
])
def test_korean_labels(text, labels):
    assert [(label.base, label.version) for label in korean_labels(text)] == labels


@pytest.mark.parametrize("value,text", [
    (1.75e11, "1,750억"), (1.17e8, "1억 1,700만"), (1.76e12, "1조 7,600억"), (1.5e9, "15억"),
    (2e5, "20만"), (200, "200"), (1.5, "1.5"), (1e4, "1만"),
])
def test_korean_rendering(value, text):
    assert korean_rendering(value) == text
    assert korean_value(text) == value

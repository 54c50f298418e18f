"""Check: the Korean asks a question where the English makes a statement.

Machine translation often turns a clause like "how it goes about predicting
the next word" into a question ("어떻게 예측하시나요?"). A question mark in the
Korean with none in the English is a change of meaning a translator accepts as
an error. The scorer's boundary confirmation drops the finding when the
neighbouring English cue holds the question.

The reverse (an English question rendered as a statement) is left alone: it is
a normal translation choice for rhetorical questions.
"""

from __future__ import annotations

import re

from qa.checks.base import CheckContext
from qa.model import AlignedPair, Finding

NAME = "sentence_mood"
# The word carrying the question and its question mark: 예측하시나요? / 맞죠?
_KOREAN_QUESTION = re.compile(r"\S*[?？]")
# A question in quotes where the English quotes something too: '2 더하기 3은?'이라는 질문
# for "burn 3,000 tokens on "what is two plus three"".
_QUOTE_AFTER = re.compile(r"[\"'’”」』]")
_ENGLISH_QUOTE = re.compile(r"[\"“”]|(?<![A-Za-z])'|'(?![A-Za-z])")
# An echo question repeats what the listener might ask ("Ask me how I know." -> 어떻게
# 아냐고요?): quoted speech, not a question the English lost.
_ECHO_QUESTION = re.compile(r"[냐다라자]고요?[?？]$")
# "Shall we look?" (볼까요?) invites, it does not ask: a free rendering of "Quick stat:" or
# "Let's look at".
_INVITATION = re.compile(r"볼까요[?？]$|않죠[?？]$|않지요[?？]$|"  # (않죠?: "isn't it?", rhetorical)
                         # ("Not bad for a group that started ..." -> 꽤 괜찮죠?)
                         r"괜찮죠[?？]$|"
                         # ("please put the drill down" said 내려놔 줄래요?: a request)
                         r"(?:줄래요|주실래요|주시겠어요|주겠어요|줄래|주실 수 있나요|줄 수 있어요)[?？]$")
# "That's more wheelbarrows than we have volunteers, by the way." -> ... 많다는 거 아세요?: "do
# you know that ...?" tells, it does not ask; so does "you know who to ring" said 어디로
# 전화할지 아시죠? (the question word asks inside the clause that -지 closes).
_DID_YOU_KNOW = re.compile(r"(?:거|걸|것|[가-힣]지)\s?아(?:세요|시죠|시나요|셨어요|셨나요)[?？]$")


# A statement about the listener the speaker asks them to confirm ("Marcus, you remember." ->
# 마커스, 기억하죠?): -죠? with no question word before it in its sentence and no answer after
# it. (어떻게 예측하죠? asks; 이게 핵심이죠? 네. asks and answers.)
_CONFIRMING = re.compile(r"죠[?？]$")
# An exclamation dressed as a question: "you're cool as a cucumber in a crisis" said 어쩜
# 그렇게 침착하세요? ("how are you so calm?") marvels, it does not ask.
_MARVELLING = re.compile(r"(?<![가-힣])(?:어쩜|어쩌면 (?:그렇게|이렇게)|어찌나)(?![가-힣])")
_QUESTION_WORD = re.compile(r"어떻게|어떤|왜|무엇|무슨|뭐|뭘|언제|어디|누가|누구|얼마|몇|어느")
_ANSWER = re.compile(r"\s*(?:네|예|아니|아뇨|맞아|그렇)")
_EN_YOU = re.compile(r"\byou\b", re.IGNORECASE)


# A question the English announces after a colon, without its mark: "here's the interesting
# part: what happens when you don't scale alpha" is 어떻게 될까요? in Korean.
_EN_QUESTION_ANNOUNCED = re.compile(r":\s*(?:what|how|why|which|who|where|when|whether)\b",
                                    re.IGNORECASE)


# "I'm told you promised to buy a round" said 약속하셨다면서요?: -다면서요? asks the listener to
# confirm what the speaker has heard, as the English says it.
_HEARSAY = re.compile(r"[다라]면서요?[?？]$|[다라]던데요?[?？]$")
_EN_HEARSAY = re.compile(r"\b(?:I['’]m told|I am told|I hear|I heard|I['’]ve heard|apparently|"
                         r"word is|rumou?r has it|they tell me|so I['’]m told)\b", re.IGNORECASE)
# "Not bad for a notice next to the sausage rolls." said 꽤 대단하죠?: litotes, confirmed
_EN_NOT_BAD = re.compile(r"\bnot (?:bad|too bad|half bad|shabby)\b", re.IGNORECASE)


def _told_so(source: str, question: str) -> bool:
    return bool((_HEARSAY.search(question) and _EN_HEARSAY.search(source))
                or (_CONFIRMING.search(question) and _EN_NOT_BAD.search(source)))


def _sentence_of(text: str, match: re.Match) -> str:
    """The Korean sentence that ends with the question `match`."""
    return re.split(r"[.!?？]\s", text[:match.start()])[-1] + match.group()


def _confirming(text: str, match: re.Match, source: str) -> bool:
    """-죠? said of the listener ("you remember"), whom Korean asks to confirm; not a
    statement of fact the cue turns into a question ("That is right" -> 맞죠?)."""
    sentence = _sentence_of(text, match)
    return (bool(_CONFIRMING.search(match.group())) and _EN_YOU.search(source) is not None
            and not _QUESTION_WORD.search(sentence) and not _ANSWER.match(text, match.end()))


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source = pair.source_text
    if not source.strip() or "?" in source or _EN_QUESTION_ANNOUNCED.search(source):
        return []
    quoting = _ENGLISH_QUOTE.search(source) is not None
    match = next((m for m in _KOREAN_QUESTION.finditer(pair.target.text)
                  if not _ECHO_QUESTION.search(m.group())
                  and not _INVITATION.search(m.group())
                  and not _DID_YOU_KNOW.search(pair.target.text, 0, m.end())
                  and not _confirming(pair.target.text, m, source)
                  and not _told_so(source, m.group())
                  and not _MARVELLING.search(_sentence_of(pair.target.text, m))
                  and not (quoting and _QUOTE_AFTER.match(pair.target.text, m.end()))), None)
    if not match:
        return []
    return [Finding(
        NAME, "accuracy/mistranslation", "major",
        f"the Korean asks a question ({match.group()}) where the English makes a statement",
        span=match.span(), weight=0.7)]

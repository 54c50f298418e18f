"""Check: the two sides of a contrast swapped ("your code calls the function, not the model"
-> 함수를 호출하는 건 모델이지, 여러분의 코드가 아니에요).

English says "X, not Y" or "not Y but X"; Korean says "Y'가 아니라 X'" or "X'이지, Y'가
아니다". Fluent either way, and the embedding cannot tell which side is denied. The words
right before the Korean 아니 are the side it denies: when they hold a term of X (the side the
English affirms) and none of Y, the contrast was turned round. A term is matched by its
termbase renderings (토큰 for "tokens") or, for Latin words, as written.
"""

from __future__ import annotations

import re

from qa.checks.base import CheckContext
from qa.model import AlignedPair, Finding

NAME = "contrast_swap"

_EN_X_NOT_Y = re.compile(r"(?P<x>[^,.;:!?—–]+),\s*(?:and\s+)?not\s+(?P<y>[^,.;:!?—–]+)",
                         re.IGNORECASE)
_EN_NOT_Y_BUT_X = re.compile(r"\bnot\s+(?P<y>[^,.;:!?—–]+?),?\s+but\s+(?P<x>[^,.;:!?—–]+)",
                             re.IGNORECASE)
# The words the Korean denies: up to four words before 아니(라/에요/다...), after any comma
# and after the topic.
_KO_DENIED = re.compile(r"([^,.;:!?]{1,40}?)\s?(?:이|가)?\s?아니(?!면)")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]+")


def _sides(source: str) -> tuple[str, str] | None:
    """(affirmed, denied) English of a contrast, or None."""
    m = _EN_NOT_Y_BUT_X.search(source) or _EN_X_NOT_Y.search(source)
    return (m.group("x"), m.group("y")) if m else None


def _anchors(english: str, termbase) -> set[str]:
    """Korean words that would render `english`: its terms' renderings and Latin words."""
    found = {w.lower() for w in _LATIN_WORD.findall(english)}
    if termbase is not None:
        for entry, _ in termbase.entries_in(english):
            found.update(r.replace(" ", "").lower() for r in entry.approved + entry.wrong)
    return found


def _held(korean: str, anchors: set[str]) -> list[str]:
    """The anchors `korean` holds, longest first (then alphabetical: the result is stable)."""
    squeezed = korean.replace(" ", "").lower()
    return [a for a in sorted(anchors, key=lambda a: (-len(a), a)) if a and a in squeezed]


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if "아니" not in target or "not" not in source.lower():
        return []
    sides = _sides(source)
    denied_ko = _KO_DENIED.search(target)
    if sides is None or denied_ko is None:
        return []
    affirmed, denied = sides
    termbase = ctx.termbase if ctx is not None else None
    words = denied_ko.group(1).split()[-4:]
    # A topic (윈도우는) is what both sides are said of, not the side denied.
    topics = [i for i, w in enumerate(words[:-1]) if w.endswith(("은", "는"))]
    chunk = " ".join(words[topics[-1] + 1:] if topics else words)
    if _held(chunk, _anchors(denied, termbase)):
        return []
    start = denied_ko.start(1) + len(denied_ko.group(1)) - len(chunk)
    # A word both Korean sides hold (모델 in "4비트 모델이 아니라 전체 정밀도 모델") decides nothing.
    rest = target[:start] + " " + target[start + len(chunk):]
    decisive = [a for a in _held(chunk, _anchors(affirmed, termbase)) if not _held(rest, {a})]
    if not decisive:
        return []
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English says "{affirmed.strip()}", not "{denied.strip()}"; the cue '
                    f"denies {chunk.strip()}: the contrast is turned round",
                    span=(start, start + len(chunk)), weight=0.6)]

"""What a stretch of English would leave in its Korean rendering: the anchors by which the
order checks (contrast_swap, step_order) tell which Korean words render which English side.

An anchor is a termbase rendering (토큰 for "tokens"), a Latin word as written, a figure by
its digits (10x -> 10배), a unit of time (seconds -> 몇 초), or the Korean stems of a word of
a pair of opposites (better -> 잘하; across -> 간). Words are matched in the Korean with spaces
squeezed out (Latin words as whole words), patterns as written.
"""

from __future__ import annotations

import re

from qa.checks.base import ENGLISH_FUNCTION_WORDS
from qa.checks.direction_flip import OPPOSITES
from qa.checks.verbs import VERBS
from qa.numbers import english_quantities

Anchor = str | re.Pattern

_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]+")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
# "thousands, not hundreds" is 수천 명이 아니라 수백 명
_MAGNITUDES = {"dozens": "수십", "hundreds": "수백", "thousands": "수천",
               "millions": "수백만", "billions": "수십억"}
# "seconds, not milliseconds" is 몇 밀리초가 아니라 몇 초: a length of time by its unit, said
# after a figure (or 몇/수, "a few") so that 초기 or 분석 are no seconds or minutes. Only
# against another unit: in "not 30 days but 14" both sides are days.
_FEW = r"(?:\d|몇|수|십)\s?"
_TIME_UNITS = [(re.compile(rf"\b{en}\b", re.IGNORECASE), re.compile(ko)) for en, ko in (
    (r"(?:milliseconds?|ms)", r"밀리초|(?<![A-Za-z])ms(?![A-Za-z])"),
    (r"(?:microseconds?|µs)", r"마이크로초|µs"),
    (r"seconds?", _FEW + r"초(?![기과반안점])"),
    (r"minutes?", _FEW + r"분(?![석류야기])"),
    (r"hours?", _FEW + r"시간"),
    (r"days?", r"\d\s?일(?![가-힣])|며칠|하루"),
    (r"weeks?", r"\d\s?주(?:일)?(?![가-힣])|몇\s?주|일주일"),
    (r"months?", _FEW + r"(?:개월|달)"),
    (r"years?", _FEW + r"년"),
)]
# Where a thing happens ("across customers, not within one") and whose it is, for contrasts
# only: said by particle-like words, too common alone for direction_flip's pairs.
_RELATIONS = [
    ((re.compile(r"\bacross\b", re.IGNORECASE),
      re.compile(r"(?<![가-힣])간(?:의|에|이|을)?(?![가-힣])|사이에|전반|걸쳐")),
     (re.compile(r"\bwithin\b", re.IGNORECASE), re.compile(r"안에서|내에서|내부"))),
    # whose: "their own outputs, higher than outputs from other models"
    ((re.compile(r"\b(?:own|themselves|itself|yourself)\b", re.IGNORECASE),
      re.compile(r"자기|자신|스스로|자체")),
     (re.compile(r"\b(?:other|others|another)\b", re.IGNORECASE),
      re.compile(r"다른|타사|남의|타 "))),
]
# Both kinds of pairs as (English, Korean) per side.
_PAIRS = [(a[1:], b[1:]) for a, b in OPPOSITES] + _RELATIONS
# Before and after, between the sides of a contrast only ("before you start the rollout,
# not after something breaks"): Korean says "A before B" as "B 한 뒤 A" too, so 뒤 tells
# nothing of an order's steps, but a side said 뒤에 is the side after.
_CONTRAST_PAIRS = [
    ((re.compile(r"\bbefore\b", re.IGNORECASE), re.compile(r"전에|이전에|앞서|미리")),
     (re.compile(r"\bafter\b", re.IGNORECASE), re.compile(r"뒤에|후에|다음에|나서|뒤로|나중에"))),
    # "change one or the other, but not both" said 둘 중 하나가 아니라 둘 다
    ((re.compile(r"\bone or the other\b|\beither\b|\bone of (?:them|the two)\b", re.IGNORECASE),
      re.compile(r"둘 중(?:에)? 하나|어느 한쪽|한쪽만")),
     (re.compile(r"\bboth\b", re.IGNORECASE), re.compile(r"둘 다|양쪽 (?:다|모두)|(?<![가-힣])둘 모두"))),
]


# Verbs as anchors: 감지 renders "detect" ("Detect tables first, then serialize them" said
# 먼저 표를 직렬화하고, 그다음 감지한 뒤). Stems of one syllable (쓰, 넘) are left out: they
# turn up inside other words.
_VERBS = [(en, re.compile("|".join(stem for stem in ko.split("|") if len(stem) > 1)))
          for ko, en in VERBS if any(len(stem) > 1 for stem in ko.split("|"))]


# The Korean stems of opposites, as anchors: the most telling ones (업스트림 can only render
# "upstream").
OPPOSITE_STEMS = frozenset(side[1] for entry in _PAIRS for side in entry)


def anchors(english: str, termbase, against: str | None = None,
            opposites: bool = True, verbs: bool = False) -> set[Anchor]:
    """The anchors of `english`; with `against` (the other side of a contrast), the stems of
    an opposite count only when that side says the other one (better, not worse), not for
    an adverb both sides share (still the bottleneck, not bandwidth). Without `opposites`
    (the costly part: every pair's English is searched) only words and figures. With
    `verbs`, the Korean stems of its first verb too (감지 for "detect"): for telling two
    actions apart, not for checks whose sides share their verbs."""
    # (function words are no anchors: "the" would be found in "all-gather")
    found: set[Anchor] = {w.lower() for w in _LATIN_WORD.findall(english)
                          if w.lower() not in ENGLISH_FUNCTION_WORDS}
    # a plural kept in Latin loses its s in Korean: "real chargebacks" said chargeback으로
    found.update({w[:-1] for w in found if isinstance(w, str) and len(w) > 4
                  and w.endswith("s") and not w.endswith("ss")})
    if termbase is not None:
        for entry, _ in termbase.entries_in(english):
            found.update(r.replace(" ", "").lower() for r in entry.approved + entry.wrong)
    figures = set(_FIGURE.findall(english))
    # numbers in words too: "eighteen months" is 18개월
    figures.update(str(int(q.value)) for q in english_quantities(english)
                   if not q.text[:1].isdigit() and q.text.lower() not in ("a", "an")
                   and q.value == int(q.value))
    found.update(re.compile(rf"(?<![\d.]){re.escape(n)}(?![\d.])") for n in figures)
    said = [(m.start(), korean) for en, korean in _VERBS if (m := en.search(english))] \
        if verbs else []
    if said:  # the action's own verb, the first: "merge into main only if they pass"
        found.add(min(said, key=lambda place: place[0])[1])
    found.update(korean for word, korean in _MAGNITUDES.items()
                 if re.search(rf"\b{word}\b", english, re.IGNORECASE))
    if against is not None:  # a unit is decisive where the other side names another one
        units = {ko for en, ko in _TIME_UNITS if en.search(english)}
        others = {ko for en, ko in _TIME_UNITS if en.search(against)}
        found.update(units - others if others else ())
    for entry in (_PAIRS + _CONTRAST_PAIRS if against is not None else _PAIRS) if opposites \
            else ():
        for k, (en_side, ko_side) in enumerate(entry):
            if en_side.search(english) and (
                    against is None or entry[1 - k][0].search(against)):
                found.add(ko_side)
    return found


def held(korean: str, anchors_: set[Anchor]) -> list[Anchor]:
    """The anchors `korean` holds, words longest first (then alphabetical: the result is
    stable), then patterns."""
    squeezed = korean.replace(" ", "").lower()
    lowered = korean.lower()
    words = sorted((a for a in anchors_ if isinstance(a, str)), key=lambda a: (-len(a), a))
    patterns = sorted((a for a in anchors_ if not isinstance(a, str)), key=lambda a: a.pattern)
    # (a Latin word is found as written: squeezed, "Silero VAD" would be one word, silerovad)
    return ([a for a in words if a and a in squeezed and places(
                lowered if _LATIN_WORD.fullmatch(a) else squeezed, a)]
            + [a for a in patterns if a.search(korean)])


def places(squeezed: str, anchor: Anchor) -> list[int]:
    """Where `anchor` starts in `squeezed` (Korean with spaces squeezed out, lower case). A
    Latin word is found as a word, not inside another (gather in all-gather); Hangul
    renderings take particles and endings, so they are found anywhere."""
    if isinstance(anchor, re.Pattern):
        return [m.start() for m in anchor.finditer(squeezed)]
    if not anchor:
        return []
    word = re.escape(anchor)
    if _LATIN_WORD.fullmatch(anchor):
        word = rf"(?<![a-z0-9-]){word}(?![a-z0-9-])"
    return [m.start() for m in re.finditer(word, squeezed)]



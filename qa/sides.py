"""Sides matched by meaning: which Korean clause renders which English side of an order or a
contrast, where no anchor tells.

step_order and contrast_swap tell the sides apart by anchors (termbase renderings, Latin
words, figures: qa/checks/anchors.py). Most sides have none: "resolve disagreements before
you score anything" said 점수를 매긴 다음에 의견 불일치를 해결하세요 shares no anchor with
its English. Here the four sides (two English, two Korean) are embedded with the lecture's
encoder, and the cue is reported where the English sides sit closer to the crossed Korean
sides than to their own, each English side closer to its crossed Korean side, by a margin:

    crossing = cos(E1, K2) + cos(E2, K1) - cos(E1, K1) - cos(E2, K2)

The sides come from the rule checks (step_order.action_sides, contrast_swap.contrast_sides,
and direction_flip.conversion_sides for "turned an outage into a quality dip"), which cut
them to their clause and, for a contrast or a conversion, to about the same number of words,
so that what both sides are said of tells no side from the other. Over 214 labelled
lectures, 496 cues have such sides (an order's of two content words or more): no correct cue
has a crossing above 0, and 80 errors cross by more than 0.1 (when the margin was added it
found 21 errors the anchors had missed). An order with a side of one word ("measure before
you optimize", 88 more cues) embeds less surely: correct cues cross by up to 0.74 there, so
it needs 0.8. On the 720 correct jhe-dev pairs it fires on none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from qa.checks import contrast_swap, direction_flip, step_order
from qa.checks.base import ENGLISH_FUNCTION_WORDS
from qa.model import AlignedPair, Finding

_ENGLISH_WORD = re.compile(r"[A-Za-z][\w'-]*")
_KOREAN_WORD = re.compile(r"[가-힣A-Za-z0-9]{2,}")
# A topic opening the first Korean side is what the whole sentence is about, often the
# object of the second action: 예산은 프롬프트를 하나 작성해 본 다음에 정해야 해요.
_KO_LEADING_TOPIC = re.compile(r"^\s*[가-힣A-Za-z0-9]+(?<![것거건])(?:은|는)\s+")
# "did the person open the door before or after sitting down?" orders nothing
_BOTH_WAYS = re.compile(r"\b(?:before or after|after or before)\b", re.IGNORECASE)


def _english_content(text: str, least: int) -> bool:
    return sum(w.lower() not in ENGLISH_FUNCTION_WORDS
               for w in _ENGLISH_WORD.findall(text)) >= least


def _korean_content(text: str, least: int) -> bool:
    return len(_KOREAN_WORD.findall(text)) >= least


def _near_connective(a: str, b: str, text: str, most: int) -> tuple[str, str]:
    """Sides `a` and `b` of `text` cut to their `most` words nearest the connective between
    them: a main clause said with its subject ("The diamond is a giant star which shrank to
    the size of the Earth after burning itself up") is compared by its verb, not its
    subject."""
    first, second = (a, b) if text.find(a.strip()) <= text.find(b.strip()) else (b, a)
    first, second = " ".join(first.split()[-most:]), " ".join(second.split()[:most])
    return (first, second) if text.find(a.strip()) <= text.find(b.strip()) else (second, first)


def _order_sides(pair: AlignedPair) -> list[tuple[str, str, str, str]]:
    """The (E1, E2, K1, K2) of each Korean connective, where each side has a word of content
    ("but" or "Now," is a split, not an action; a side of one word needs the larger margin,
    see `_margin`). Each side is cut to a few words more than the shorter English side has."""
    source, target = pair.source_text, pair.target.text
    if not source or not target or _BOTH_WAYS.search(source):
        return []
    found = []
    for e1, e2, k1, k2 in step_order.action_sides(source, target):
        if not (_english_content(e1, 1) and _english_content(e2, 1)
                and _korean_content(k1, 1) and _korean_content(k2, 1)):
            continue
        shorter = min(len(e1.split()), len(e2.split()))
        k1 = _KO_LEADING_TOPIC.sub("", k1, count=1) if len(k1.split()) > 2 else k1
        found.append((*_near_connective(e1, e2, source, shorter + 3),
                      *_near_connective(k1, k2, target, shorter + 2)))
    return found


def _one_pair_of_sides(sides_of):
    """Sides from a rule check that finds one pair per cue (`sides_of(source, target)`),
    where each side has a word of content."""
    def sides(pair: AlignedPair) -> list[tuple[str, str, str, str]]:
        source, target = pair.source_text, pair.target.text
        found = sides_of(source, target) if source and target else None
        if found is None or not (all(_english_content(e, 1) for e in found[:2])
                                 and all(_korean_content(k, 1) for k in found[2:])):
            return []
        return [found]
    return sides


_contrast_sides = _one_pair_of_sides(contrast_swap.contrast_sides)
_conversion_sides = _one_pair_of_sides(direction_flip.conversion_sides)


# check name -> (its sides, what they are, how the finding reads)
_KINDS = {
    step_order.NAME: (_order_sides, "order",
                      lambda e1, e2: f'the English does "{e1.strip(" ,")}" first and '
                                     f'"{e2.strip(" ,.")}" after it; by meaning, the cue gives '
                                     "the other order"),
    direction_flip.NAME: (_conversion_sides, "conversion",
                          lambda e1, e2: f'the English turns "{e1.strip(" ,")}" into '
                                         f'"{e2.strip(" ,.")}"; by meaning, the cue turns the '
                                         "second into the first"),
    contrast_swap.NAME: (_contrast_sides, "contrast",
                         lambda e1, e2: f'the English says "{e1.strip(" ,")}", not '
                                        f'"{e2.strip(" ,.")}"; by meaning, the cue denies the '
                                        "first and says the second: the contrast is turned "
                                        "round"),
}


def crossing(vectors: np.ndarray) -> float:
    """How much closer the English sides (rows 0, 1) are to the crossed Korean sides (rows
    2, 3) than to their own; the vectors are normalised. Zero unless each English side is
    closer to its crossed side: a subject both sides share ("the diamond ... shrank after
    burning itself up") may pull one Korean side towards both English ones."""
    sims = vectors[:2] @ vectors[2:].T
    if sims[0, 1] <= sims[0, 0] or sims[1, 0] <= sims[1, 1]:
        return 0.0
    return float(sims[0, 1] + sims[1, 0] - sims[0, 0] - sims[1, 1])


def _margin(name: str, sides: tuple[str, str, str, str], thresholds) -> float:
    """How far the sides must cross: an order with a side of one content word ("measure
    before you optimize") by more, since one word embeds less surely than a clause."""
    if name == step_order.NAME and not (
            all(_english_content(e, 2) for e in sides[:2])
            and all(_korean_content(k, 2) for k in sides[2:])):
        return thresholds.sides_crossed_one_word
    return thresholds.sides_crossed


def sides_crossed(pairs: Sequence[AlignedPair], encoder, thresholds,
                  found: list[list[Finding]]) -> list[list[Finding]]:
    """Per pair, the order or contrast its Korean turns round by meaning, where the check of
    that name found nothing on it already (`found`). One batch for the lecture.
    `thresholds` (qa.scoring.Thresholds) gives the margins."""
    wanted = []  # (pair index, check name, sides)
    for i, pair in enumerate(pairs):
        said = {f.check for f in found[i]}
        for name, (sides_of, _, _) in _KINDS.items():
            if name not in said:
                wanted.extend((i, name, sides) for sides in sides_of(pair))
    results: list[list[Finding]] = [[] for _ in pairs]
    if not wanted:
        return results
    vectors = encoder.encode([text for _, _, sides in wanted for text in sides])
    for k, (i, name, sides) in enumerate(wanted):
        message = _KINDS[name][2]
        if any(f.check == name for f in results[i]):
            continue  # one finding per check and cue (a cue may chain two connectives)
        if crossing(vectors[4 * k:4 * k + 4]) > _margin(name, sides, thresholds):
            results[i].append(Finding(name, "accuracy/mistranslation", "major",
                                      message(sides[0], sides[1]), weight=0.6))
    return results

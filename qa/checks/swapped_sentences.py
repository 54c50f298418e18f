"""Check (whole lecture): two neighbouring sentences whose Korean says each other's English
("First, the draft model proposes K tokens. | Second, the target model scores all K
positions" -> 첫째, 타깃 모델이 K개 위치 전부를 … | 둘째, 드래프트 모델이 K개의 토큰을 …).

Korean word order moves words between the cues of one sentence, never between two
sentences: when a cue's English ends a sentence, its Korean should say that sentence. The
words of each English cue that the other cue does not have are its anchors (termbase
renderings, Latin words, figures: qa/checks/anchors.py). When each Korean cue holds anchors
of the other cue's English and none of its own, the two sentences were swapped: steps
reordered, or a list read in the other order.
"""

from __future__ import annotations

from collections.abc import Sequence

from qa.checks.anchors import anchors, held
from qa.checks.base import CheckContext
from qa.checks.step_order import opening_step
from qa.model import AlignedPair, Finding
from qa.semantic import SENTENCE_END

NAME = "swapped_sentences"


def check(pairs: Sequence[AlignedPair], ctx: CheckContext) -> list[list[Finding]]:
    findings: list[list[Finding]] = [[] for _ in pairs]
    termbase = ctx.termbase if ctx is not None else None
    said: dict[int, set] = {}  # each cue's anchors, computed once

    def anchors_of(k: int) -> set:
        if k not in said:  # (words and figures: opposites would cost more than they find)
            said[k] = anchors(pairs[k].source_text, termbase, opposites=False)
        return said[k]

    for i in range(len(pairs) - 1):
        first, second = pairs[i], pairs[i + 1]
        english_first, english_second = first.source_text.strip(), second.source_text.strip()
        if not (english_first and english_second and first.target.text
                and second.target.text and SENTENCE_END.search(english_first)):
            continue
        own_first, own_second = anchors_of(i), anchors_of(i + 1)
        own_first, own_second = own_first - own_second, own_second - own_first
        borrowed_first = held(first.target.text, own_second)
        borrowed_second = held(second.target.text, own_first)
        # (steps numbered alike in both languages, "Second, ... | Third, ..." against 둘째,
        # ... | 셋째, ...: one step found under the other's number is enough)
        numbered = _numbered_alike(first, second)
        if not (borrowed_first and borrowed_second
                or numbered and (borrowed_first or borrowed_second)) \
                or held(first.target.text, own_first) or held(second.target.text, own_second):
            continue
        for k, (pair, other) in enumerate(((first, second), (second, first))):
            findings[i + k].append(Finding(
                NAME, "accuracy/mistranslation", "major",
                f"this cue says what the {'next' if k == 0 else 'previous'} cue's English says "
                f'("{other.source_text.strip()}") and not its own: the two sentences are '
                "swapped", weight=0.7))
    return findings


def _numbered_alike(first: AlignedPair, second: AlignedPair) -> bool:
    """Whether both cues open with a step number, the same in English and Korean."""
    numbers = [(opening_step(p.source_text, korean=False),
                opening_step(p.target.text, korean=True)) for p in (first, second)]
    return all(en is not None and en == ko for en, ko in numbers)

"""Check: an English idiom translated word for word (rule of thumb -> 엄지 법칙, silver bullet
-> 은 총알, under the hood -> 후드 아래).

Lecturers talk in idioms, and machine translation renders their images literally: the
Korean is fluent and names the right things, so an embedding finds it close to the
English. The idiom list (data/idioms.csv, the termbase's format) gives each idiom's
meaning, free renderings, and the literal words that betray a calque; the literal
word must sit in the cue whose English has the idiom. An idiom copied into the Korean in
English ("rule of thumb은") was left untranslated, unless the list gives its Latin spelling as
a rendering ("sanity check", the needle-in-a-haystack test).
"""

from __future__ import annotations

import re

from qa.checks.base import CheckContext
from qa.model import AlignedPair, Finding

NAME = "literal_idiom"
WEIGHT = 0.7  # a listed calque next to its idiom; the image word may rarely be meant


_LITERALLY = re.compile(r"\bliterally\b", re.IGNORECASE)


def _calque_hits(target: str, wrong: str, korean) -> list[tuple[int, int]]:
    """Where the calque `wrong` stands in the cue. A calque of several words may end in a
    verb's front ("다리를 불태" for 불태우지, 불태웠어요, whose stems Kiwi reads whole), so
    one of them also counts where its words start the cue's words."""
    hits = [hit.span for hit in korean.find_term(target, wrong)]
    if " " in wrong and not hits:
        hits = [m.span() for m in re.finditer(rf"(?<![가-힣]){_spaced(wrong)}[가-힣]*", target)]
    return hits


def _spaced(words: str) -> str:
    return r"\s+".join(re.escape(word) for word in words.split())


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not source or not target or ctx.idioms is None or ctx.korean is None:
        return []
    if _LITERALLY.search(source):
        return []  # "the only ones on the same page — literally": the words are meant too
    findings: list[Finding] = []
    for entry, match in ctx.idioms.entries_in(source):
        # one finding per idiom: the calque's first literal word in the cue, unless it is
        # part of a free rendering (바뀌는 과녁 for "moving target" holds 과녁)
        meant = [m.span() for form in entry.approved
                 for m in re.finditer(re.escape(form), target)]
        copied = re.search(rf"(?<![A-Za-z]){_spaced(match.group())}(?![A-Za-z])", target,
                           re.IGNORECASE)
        # (unless the idiom list allows it kept in English: "sanity check", the
        # "needle-in-a-haystack" test)
        if copied and copied.group().lower() not in map(str.lower, entry.approved):
            findings.append(Finding(
                NAME, "untranslated", "major",
                f'the idiom "{match.group()}" is left in English; it means {entry.note}: '
                f"say e.g. {entry.suggestion}", span=copied.span(), weight=WEIGHT))
            continue
        hits = [hit for wrong in entry.wrong for hit in _calque_hits(target, wrong, ctx.korean)
                if not any(s <= hit[0] and hit[1] <= e for s, e in meant)]
        if not hits:
            continue
        hit = min(hits, key=lambda h: (h[0], -h[1]))
        findings.append(Finding(
            NAME, "accuracy/mistranslation", "major",
            f'the idiom "{match.group()}" is translated word for word '
            f"({target[hit[0]:hit[1]]}); it means {entry.note}: "
            f"say e.g. {entry.suggestion}",
            span=hit, weight=WEIGHT))
    return findings

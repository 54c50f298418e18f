"""Check: an English idiom translated word for word (rule of thumb -> 엄지 법칙, silver bullet
-> 은 총알, under the hood -> 후드 아래).

Lecturers talk in idioms, and machine translation renders their images literally: the
Korean is fluent and names the right things, so an embedding finds it close to the
English. The idiom list (data/idioms.csv, the termbase's format) gives each idiom's
meaning, free renderings, and the literal words that betray a calque; the literal
word must sit in the cue whose English has the idiom.
"""

from __future__ import annotations

import re

from qa.checks.base import CheckContext
from qa.model import AlignedPair, Finding

NAME = "literal_idiom"
WEIGHT = 0.7  # a listed calque next to its idiom; the image word may rarely be meant


_LITERALLY = re.compile(r"\bliterally\b", re.IGNORECASE)


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
        hits = [hit for wrong in entry.wrong for hit in ctx.korean.find_term(target, wrong)
                if not any(s <= hit.span[0] and hit.span[1] <= e for s, e in meant)]
        if not hits:
            continue
        hit = min(hits, key=lambda h: (h.span[0], -h.span[1]))
        findings.append(Finding(
            NAME, "accuracy/mistranslation", "major",
            f'the idiom "{match.group()}" is translated word for word '
            f"({target[hit.span[0]:hit.span[1]]}); it means {entry.note}: "
            f"say e.g. {entry.suggestion}",
            span=hit.span, weight=WEIGHT))
    return findings

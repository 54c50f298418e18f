"""Check: one of two alternatives dropped ("either swapping its blocks to CPU memory or
recomputing them later" -> 그 블록들을 CPU 메모리로 스왑해요).

"Either X or Y" offers two ways; Korean says any choice with a word or ending of its own
(-거나, 또는, 혹은, 아니면, -든지, X나 Y, 둘 중, -느냐 ... -느냐, -ㄹ 수도 있고). A cue whose
English says "either ... or" and whose Korean has none of them kept one way only. Korean
word order may put the other way in the next cue: boundary confirmation reads the
neighbours.
"""

from __future__ import annotations

import re

from qa.checks.base import CheckContext
from qa.model import AlignedPair, Finding

NAME = "dropped_alternative"

_EN_EITHER_OR = re.compile(r"\beither\b[^.;:!?]*?\bor\b", re.IGNORECASE)
_KO_CHOICE = re.compile(r"거나|또는|혹은|아니면|든지|든가|[가-힣]나\s|중 하나|둘 중|느냐|"
                        r"수도 있고|선택|이든|이냐")


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not source or not target or "either" not in source.lower():
        return []
    said = _EN_EITHER_OR.search(source)
    if said is None or _KO_CHOICE.search(target):
        return []
    return [Finding(NAME, "omission", "major",
                    f'the English gives two ways ("{said.group()} ..."); the cue says '
                    "only one: the other is left out", weight=0.6)]

"""Check: one item of an English list left out ("Measure tokens, latency and accuracy
together" -> 토큰과 정확도를 꼭 함께 ... 측정하세요; "a 50% discount on both input and output
tokens" -> 입력 토큰에 대해 50% 할인).

The English lists three items or more ("A, B and C") or two with "both" ("both A and B").
Each item is found in the Korean by the anchors no other item has (qa/checks/anchors.py:
termbase renderings, the Korean stems of a pair of opposites, a verb's stems, figures) or
by sound (루브릭 for "rubric"). An item counts as left out only when the Korean is known to
say it some way (a termbase rendering, or a name kept in Latin letters such as INT8) and
says none of them, while every other
item that can be found is found: a list whose items the cue does not say at all is a free
rendering, not an omission. Korean word order may carry an item into the next cue: boundary
confirmation reads the neighbours.
"""

from __future__ import annotations

import re

from qa.checks.anchors import anchors, held
from qa.checks.base import CheckContext
from qa.checks.sounds import sounded
from qa.model import AlignedPair, Finding

NAME = "dropped_list_item"

_ITEM = r"(?:[\w'-]+ ){0,3}[\w'-]+"
# "tokens, latency and accuracy", "validate on your side, retry once, and log everything"
_EN_LIST = re.compile(rf"(?P<items>{_ITEM}(?:, {_ITEM})+,? and {_ITEM})", re.IGNORECASE)
# "both input and output tokens" ("both of them" lists nothing)
_EN_BOTH = re.compile(rf"\bboth (?!of\b)(?P<items>{_ITEM} and {_ITEM})", re.IGNORECASE)
_EN_ITEM_BREAK = re.compile(r",?\s+and\s+|,\s+", re.IGNORECASE)
_HANGUL = re.compile(r"[가-힣]")
# a name or format the Korean keeps in Latin letters: two capitals or a digit (INT8, vLLM,
# GPT-4o), not a capitalised first word ("Tokens, latency and accuracy")
_NAME = re.compile(r"(?=[\w.+-]*(?:[A-Z][\w.+-]*[A-Z]|\d))[A-Za-z][\w.+-]*")


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not source or not target or " and " not in source:
        return []
    termbase = ctx.termbase if ctx is not None else None
    for pattern, fewest in ((_EN_LIST, 3), (_EN_BOTH, 2)):
        for m in pattern.finditer(source):
            items = [i for i in _EN_ITEM_BREAK.split(m.group("items")) if i.strip()]
            if len(items) < fewest:
                continue
            # a head noun after the last item is every item's: "both input and output
            # tokens" lists input and output
            longest = max(len(i.split()) for i in items[:-1])
            items[-1] = " ".join(items[-1].split()[:longest])
            left_out = _left_out(items, target, termbase)
            if left_out:
                return [Finding(NAME, "omission", "major",
                                f'the English lists {", ".join(items)}; the cue leaves out '
                                f'"{left_out}"', weight=0.6)]
    return []


def _left_out(items: list[str], target: str, termbase) -> str | None:
    """The one item the Korean does not say while it says every other it can be found by."""
    found = [anchors(item, termbase, verbs=True) for item in items]
    own = [f - set().union(*(g for j, g in enumerate(found) if j != k))
           for k, f in enumerate(found)]
    said, unsaid = 0, []
    for item, mine in zip(items, own):
        if held(target, mine) or sounded(item, target):
            said += 1
        elif _NAME.fullmatch(item) or any(isinstance(a, str) and _HANGUL.search(a) for a in mine):
            # the Korean would say it with a termbase rendering, or keep a name such as INT8
            # in Latin letters, and does not (a verb's stems or an opposite's are too loose
            # to tell: "Second," "first", "only")
            unsaid.append(item)
        else:
            return None  # an item the cue may say in words no anchor knows: undecided
    return unsaid[0] if len(unsaid) == 1 and said == len(items) - 1 else None

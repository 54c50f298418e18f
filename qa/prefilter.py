"""Which of many regular expressions can match a text, found without running them all.

A check that holds a hundred pairs of Korean stems would otherwise search every cue with
every one of them, and Python's `re` tries each alternative at each position. A match
starts with one of the few two-character strings its pattern allows (이상, 초과 for
`이상|초과`), so `PatternIndex` keeps, per such string, the patterns that may start with it,
and `candidates(text)` returns only the patterns whose openings occur in the text.

The openings are read from the pattern's parse tree (`re._parser`, the parser `re` itself
uses). What cannot be bounded (a wildcard, a class like \\w, a wide range, a pattern that may
match the empty string, a parser this module does not know) makes the pattern a candidate
for every text: the index only ever skips patterns that cannot match. A case-blind pattern
is indexed by its first character alone, in both cases, since lower-casing a text may
change its length.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

try:  # the parser behind re.compile; private, so a Python without it skips nothing
    from re import _constants as _C
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover
    _C = _sre_parse = None

# More openings than this and the pattern is tried on every text: [가-힣] alone is 11,172.
_MOST_OPENINGS = 4000
# How many texts' candidates a PatternIndex keeps (a lecture's cues, about)
_RECENT_TEXTS = 2048


class _Unbounded(Exception):
    """The pattern may start with too many strings to list."""


def openings(pattern: re.Pattern, length: int = 2) -> frozenset[str] | None:
    """The strings of `length` characters a match of `pattern` may start with (shorter ones
    where a whole match is shorter), or None where they cannot be bounded."""
    if _sre_parse is None or not isinstance(pattern.pattern, str):
        return None
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        found = _sequence(list(parsed), length, ignore_case)
    except (_Unbounded, AttributeError, TypeError, ValueError, re.error):
        return None
    return None if "" in found else frozenset(found)


def _sequence(items: list, length: int, ignore_case: bool) -> set[str]:
    """Openings of a sequence of parse items: strings shorter than `length` are whole
    matches (the sequence may end after them), the others are cut at `length`."""
    found = {""}
    for op, av in items:
        found = _then(found, _item(op, av, length, ignore_case), length)
        if all(len(s) == length for s in found):
            break  # what follows cannot change an opening any more
    return found


def _then(before: set[str], after: set[str], length: int) -> set[str]:
    cut = {s for s in before if len(s) == length}
    open_ = before - cut
    if len(cut) + len(open_) * len(after) > _MOST_OPENINGS:  # (\\d then \\d: 680 x 680)
        raise _Unbounded
    for s in open_:
        cut.update((s + t)[:length] for t in after)
    return cut


def _item(op, av, length: int, ignore_case: bool) -> set[str]:
    if op is _C.AT or op is _C.ASSERT:
        return {""}  # zero width: the next item starts the match
    if op is _C.ASSERT_NOT:
        return {""} if len(av[1]) else set()  # (?!) fails everywhere: no match at all
    if op is _C.LITERAL:
        return _cased({chr(av)}, ignore_case)
    if op is _C.IN:
        return _cased(_class_members(av), ignore_case)
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags & _C.SRE_FLAG_IGNORECASE or del_flags & _C.SRE_FLAG_IGNORECASE:
            raise _Unbounded  # a case flag switched inside: not worth following
        return _sequence(list(sub), length, ignore_case)
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _sequence(list(av), length, ignore_case)
    if op is _C.BRANCH:
        return set().union(*(_sequence(list(b), length, ignore_case) for b in av[1]))
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av
        body = _sequence(list(sub), length, ignore_case)
        found, repeated = ({""} if low == 0 else set()), {""}
        # after `length` more repeats than the least, every opening is cut at `length`
        for times in range(1, min(high, low + length) + 1):
            repeated = _then(repeated, body, length)
            if times >= low:
                found |= repeated
        return found
    raise _Unbounded  # ANY, NOT_LITERAL, a back reference, a conditional group


def _class_members(items) -> set[str]:
    members: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            members.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < _MOST_OPENINGS:
            members.update(map(chr, range(av[0], av[1] + 1)))
        elif op is _C.CATEGORY and av in _CATEGORIES:
            members |= _category(av)
        else:  # NEGATE, \s, \w, a wide range
            raise _Unbounded
    return members


# \\d and \\s of a str pattern: every Unicode decimal digit, every Unicode space
_CATEGORIES = {_C.CATEGORY_DIGIT: str.isdecimal, _C.CATEGORY_SPACE: str.isspace} if _C else {}


@lru_cache(maxsize=None)
def _category(category) -> frozenset[str]:
    return frozenset(filter(_CATEGORIES[category], map(chr, range(sys.maxunicode + 1))))


def _cased(chars: set[str], ignore_case: bool) -> set[str]:
    if not ignore_case:
        return chars
    return {c for ch in chars for c in (ch, ch.lower(), ch.upper())}


class PatternIndex:
    """Patterns indexed by the openings their matches may start with.

    `candidates(text)` lists, in their original order, the positions of the patterns that
    may match `text`; every pattern that does match is among them."""

    def __init__(self, patterns):
        self.patterns = list(patterns)
        self._by_opening: dict[str, list[int]] | None = None  # built on first use
        self._always: list[int] = []
        self._case_blind = False
        # A check asks about the same cue more than once (its own test, then the sentence
        # pass's first test): the answers of the last texts asked about are kept.
        self._recent: dict[str, list[int]] = {}

    def _build(self) -> dict[str, list[int]]:
        by_opening: dict[str, list[int]] = {}
        for k, pattern in enumerate(self.patterns):
            case_blind = bool(pattern.flags & re.IGNORECASE)
            self._case_blind |= case_blind
            found = None if case_blind else openings(pattern, 2)
            if found is None:  # (a class like [\\w\\s] after the first character)
                found = openings(pattern, 1)
            if found is None:
                self._always.append(k)
            for opening in found or ():
                by_opening.setdefault(opening, []).append(k)
        self._by_opening = by_opening
        return by_opening

    def candidates(self, text: str) -> list[int]:
        known = self._recent.get(text)
        if known is None:
            if len(self._recent) >= _RECENT_TEXTS:
                self._recent.clear()
            known = self._recent[text] = self._candidates(text)
        return list(known)

    def _candidates(self, text: str) -> list[int]:
        by_opening = self._by_opening if self._by_opening is not None else self._build()
        # the text's two-character strings and its characters, the latter in every case a
        # case-blind pattern was indexed under
        keys = {text[i:i + 2] for i in range(len(text) - 1)}
        keys.update(text)
        if self._case_blind:
            keys.update(text.lower())
            keys.update(text.upper())
        found = set(self._always)
        for key in by_opening.keys() & keys:
            found.update(by_opening[key])
        return sorted(found)

    def matching(self, text: str) -> list[int]:
        """The positions of the patterns that match `text`."""
        return [k for k in self.candidates(text) if self.patterns[k].search(text)]

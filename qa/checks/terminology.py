"""Terminology check: a known wrong rendering of a termbase term in the target cue.

For every termbase entry whose English term occurs in the aligned source, the
target is searched (by morphemes, so inflected forms count) for the entry's
known wrong renderings: 무게/중량/추/저울 for "weights", 개척 for "frontier".
Each hit is a major finding whose replacement is the approved rendering with the
particle re-fitted (무게를 -> 가중치를).

A term whose rendering cannot be found at all is *not* flagged: in subtitles
the Korean word often sits in the neighbouring cue, and a guess there would
cost more in false alarms than it finds.
"""

from __future__ import annotations

from qa.model import AlignedPair, Finding

NAME = "terminology"
WEIGHT = 0.9  # a listed wrong rendering next to its English term is rarely innocent
# A cue that opens with the tail of an approved rendering (변수 of 매개 변수) may be the
# second half of a word split across cues, so such a hit is only a hint.
SPLIT_WORD_WEIGHT = 0.3


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in others)


def _inside(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in others)


def protected_spans(target: str, entries, korean) -> list[tuple[int, int]]:
    """Spans of approved renderings of every term in the source.

    A wrong rendering inside one of them is part of a right word (변수 in 매개 변수),
    or is the right word for another term of the same cue (배치 for "batch").
    The reverse does not protect: 코드 ("code") inside 출처 코드 is still wrong.
    """
    spans = []
    for entry, _ in entries:
        for rendering in entry.approved:
            spans.extend(hit.noun for hit in korean.find_term(target, rendering))
    return spans


def kept_each_time(entry, source: str, target: str) -> bool:
    """Whether the cue keeps the term in English as often as the English says it: a wrong
    word beside it then says something else ("One last caveat: ... paged attention" said
    주의할 점 ... paged attention). (Korean approved renderings are no proof: 기반 for
    "grounding" is also just "basis".)"""
    said = len(entry.pattern.findall(source))
    return len(entry.pattern.findall(target)) >= said


def message_for(english: str, wrong: str, entry) -> str:
    reason = f" ({entry.note})" if entry.note else ""
    advice = f"; use {entry.suggestion}" if entry.suggestion else ""
    return f'"{english}" is translated as {wrong}{reason}{advice}'


def may_continue_previous_cue(target: str, hit, wrong: str, entry) -> bool:
    """The hit opens the cue and is the tail of an approved rendering (LLM 매개 | 변수 안에)."""
    if target[:hit.noun[0]].strip():
        return False
    tail = wrong.replace(" ", "")
    return any(r.replace(" ", "").endswith(tail) and len(r.replace(" ", "")) > len(tail)
               for r in entry.approved)


def widen_to_shared_words(target: str, span: tuple[int, int], noun: tuple[int, int],
                          suggestion: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """Take in the words before the hit that the suggestion repeats.

    "컨텍스트 창문" with the suggestion "컨텍스트 윈도" must become "컨텍스트 윈도",
    not "컨텍스트 컨텍스트 윈도": the span grows back over "컨텍스트 ".
    """
    words = suggestion.split()
    before = target[:noun[0]].rstrip()
    for k in range(len(words) - 1, 0, -1):
        shared = " ".join(words[:k])
        start = len(before) - len(shared)
        if before.endswith(shared) and (start == 0 or not target[start - 1].isalnum()):
            return (start, span[1]), (start, noun[1])
    return span, noun


def finding_for(target: str, hit, wrong: str, entry, english: str, korean) -> Finding:
    message = message_for(english, target[hit.noun[0]:hit.noun[1]], entry)
    if may_continue_previous_cue(target, hit, wrong, entry):
        return Finding(check=NAME, category="terminology", severity="minor",
                       message=message + " (unless the word starts in the previous cue)",
                       span=hit.span, replacement=None, weight=SPLIT_WORD_WEIGHT)
    span, replacement = hit.span, None
    if entry.suggestion and korean.ends_in_noun(wrong):
        span, noun = widen_to_shared_words(target, hit.span, hit.noun, entry.suggestion)
        replacement = korean.replace_with_particle(target, span, noun, entry.suggestion)
    return Finding(check=NAME, category="terminology", severity="major", message=message,
                   span=span, replacement=replacement, weight=WEIGHT)


def check(pair: AlignedPair, ctx) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not source or not target or ctx.termbase is None:
        return []
    entries = ctx.termbase.entries_in(source)
    if not entries:
        return []
    korean = ctx.korean
    protected = protected_spans(target, entries, korean)
    taken: list[tuple[int, int]] = []
    findings = []
    # Longest wrong renderings first, across entries: 개척 시대 before 개척, and
    # 열린 무게 ("open weights") before 무게 ("weights").
    candidates = sorted(((entry, match, wrong) for entry, match in entries for wrong in entry.wrong),
                        key=lambda c: len(c[2]), reverse=True)
    for entry, match, wrong in candidates:
        for hit in korean.find_term(target, wrong):
            if _overlaps(hit.noun, taken) or _inside(hit.noun, protected):
                continue
            if kept_each_time(entry, source, target):
                continue  # the word is another one's: "paged attention" kept, 주의할 점 a caveat
            taken.append(hit.noun)
            findings.append(finding_for(target, hit, wrong, entry, match.group(), korean))
    return findings

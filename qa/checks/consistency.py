"""Consistency check over a whole lecture: term renderings and speech level.

1. Renderings. For each termbase term, every cue whose source has the term
   contributes the renderings found in its target (approved or wrong, matched
   by morphemes, Latin included). When one term is rendered several ways in the
   lecture (가중치 ×8, 웨이트 ×2), the cues using an *approved* minority
   rendering get a minor finding that lists the renderings with their counts.
   Only approved renderings are weighed against each other (two at least).
   Wrong renderings are left to the terminology check, which already gives them
   a major finding; they still appear in the counts.

2. Speech level. Each cue's last sentence ending gives 합니다체, 해요체 or
   반말. When one level clearly dominates the lecture, cues at another level get
   a minor style finding. A lecturer mixing 합니다 and 해요 is common and mild;
   반말 among polite cues is the real slip, so it weighs more. Only a polite
   dominant level is judged: text narrated in 한다체 quotes polite dialogue.
   A sentence that ends in the plain written 한다체 (…한다, …이다) in a polite
   lecture is no way of speaking to an audience: every viewer notices it and a
   lead must fix it before shipping, so it is a major fluency error that flags
   its cue (31 of 32 such cues in the labelled lectures were labelled errors).
   The same holds for 반말 said to the audience (…하면 안 돼., 5분 쉬자.): a major
   fluency error. 반말 that speaks to a friend or a child by name, quotes someone,
   raises a toast (위하여!), asks oneself (…할까?) or trails off stays a style finding.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from qa.model import AlignedPair, Finding

NAME = "consistency"
RENDERING_WEIGHT = 0.3
MIN_TERM_OCCURRENCES = 3  # fewer uses than this say nothing about a lecture's habit

LEVEL_NAMES = {"hamnida": "합니다체", "haeyo": "해요체", "banmal": "반말"}
MIN_LEVELLED_CUES = 6  # cues with a sentence ending needed before judging the lecture
DOMINANT_SHARE = 0.7  # the dominant level must cover this share of those cues
POLITE = ("hamnida", "haeyo")
MILD_MIX_WEIGHT = 0.15  # 합니다체 vs 해요체
POLITENESS_MIX_WEIGHT = 0.5  # 반말 vs a polite level
PLAIN_WRITTEN_WEIGHT = 0.65  # 한다체 in a polite lecture: enough to flag alone
# Kiwi's forms of the plain declarative ending (…다, …ㄴ다, …는다)
_PLAIN_DECLARATIVE = {"다", "ᆫ다", "는다"}
# (…란다, …단다 is how a grandparent talks to a child: a quoted voice)
_TALKING_TO_A_CHILD = ("란다", "단다")
_CLOSING_QUOTE = ("\"", "'", "”", "’", "」")


def check(pairs: Sequence[AlignedPair], ctx) -> list[list[Finding]]:
    results: list[list[Finding]] = [[] for _ in pairs]
    if ctx.korean is None:
        return results
    if ctx.termbase is not None:
        for i, finding in rendering_findings(pairs, ctx):
            results[i].append(finding)
    for i, finding in speech_level_findings(pairs, ctx.korean):
        results[i].append(finding)
    return results


# ---- renderings -------------------------------------------------------------------------

def renderings_in_cue(target: str, entry, other_approved: set[str], korean):
    """[(rendering, span, noun_span)] of `entry` in `target`, longest renderings first.

    A rendering that is also approved for another term of the same source (매개변수
    for "parameters" when the cue says "parameters and weights") is not counted.
    """
    found, taken = [], []
    for rendering in sorted(entry.approved + entry.wrong, key=len, reverse=True):
        if rendering in other_approved:
            continue
        for hit in korean.find_term(target, rendering):
            if any(hit.noun[0] < b and a < hit.noun[1] for a, b in taken):
                continue
            if _in_a_name(target, hit.span):  # "Label Studio" is a product, not the term
                continue
            taken.append(hit.noun)
            found.append((rendering, hit.span, hit.noun))
    return found


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w.-]*\s$")
_CAPITALISED_AFTER = re.compile(r"\s[A-Z]")


def _in_a_name(target: str, span: tuple[int, int]) -> bool:
    """A capitalised Latin word next to another one: part of a name (Label Studio)."""
    start, end = span
    if not target[start:start + 1].isupper():
        return False
    return bool(_CAPITALISED_BEFORE.search(target[:start])
                or _CAPITALISED_AFTER.match(target, end))


def _normal(rendering: str) -> str:
    return rendering.replace(" ", "").lower()  # 매개 변수 and 매개변수 are one rendering


def rendering_findings(pairs: Sequence[AlignedPair], ctx):
    korean = ctx.korean
    uses: dict[str, list] = {}  # entry key -> [(pair index, rendering, span, noun_span)]
    entries = {}
    for i, pair in enumerate(pairs):
        if not pair.source_text or not pair.target.text:
            continue
        present = ctx.termbase.entries_in(pair.source_text)
        for entry, _ in present:
            other = {r for e, _ in present if e is not entry for r in e.approved}
            entries[entry.key] = entry
            for rendering, span, noun in renderings_in_cue(pair.target.text, entry, other, korean):
                uses.setdefault(entry.key, []).append((i, rendering, span, noun))

    for key, found in uses.items():
        entry = entries[key]
        approved = {_normal(r) for r in entry.approved}
        counts = Counter(_normal(r) for _, r, _, _ in found)
        approved_counts = Counter({r: n for r, n in counts.items() if r in approved})
        if len(approved_counts) < 2 or sum(approved_counts.values()) < MIN_TERM_OCCURRENCES:
            continue
        spelled = {_normal(r): r for _, r, _, _ in found}
        majority = _majority(approved_counts, entry)
        summary = ", ".join(f"{spelled[r]} ×{n}" for r, n in counts.most_common())
        for i, rendering, span, noun in found:
            norm = _normal(rendering)
            if norm == majority or norm not in approved:
                continue
            yield i, Finding(
                check=NAME, category="terminology", severity="minor",
                message=(f'"{entry.english[0]}" is rendered several ways in this lecture '
                         f"({summary}); use one, e.g. {spelled[majority]}"),
                span=span,
                replacement=korean.replace_with_particle(pairs[i].target.text, span, noun,
                                                         spelled[majority]),
                weight=RENDERING_WEIGHT)


def _majority(counts: Counter, entry) -> str:
    """The most used rendering; a tie goes to the one listed first as approved."""
    order = [_normal(r) for r in entry.approved + entry.wrong]
    best = max(counts.values())
    tied = [r for r, n in counts.items() if n == best]
    return min(tied, key=lambda r: order.index(r) if r in order else len(order))


# ---- speech level -----------------------------------------------------------------------

def dominant_level(levels: Sequence[str | None]) -> tuple[str, int, int] | None:
    """(level, its count, cues with a level) when one level clearly dominates, else None."""
    counted = Counter(level for level in levels if level is not None)
    total = sum(counted.values())
    if total < MIN_LEVELLED_CUES:
        return None
    level, n = counted.most_common(1)[0]
    if n / total < DOMINANT_SHARE:
        return None
    return level, n, total


def speech_level_findings(pairs: Sequence[AlignedPair], korean):
    levels = [korean.speech_level(p.target.text) if p.target.text else None for p in pairs]
    dominant = dominant_level(levels)
    if dominant is None:
        return
    level, n, total = dominant
    if level not in POLITE:
        return  # prose narrated in 한다체 quotes polite speech; only lectures (polite) are judged
    for i, cue_level in enumerate(levels):
        if cue_level is None or cue_level == level:
            continue
        both_polite = cue_level in POLITE and level in POLITE
        text, source = pairs[i].target.text, pairs[i].source_text
        slip = None if both_polite else _impolite_slip(source, text, korean)
        if slip:
            yield i, Finding(
                check=NAME, category="fluency", severity="major",
                message=(f"the cue {slip} in a lecture spoken in {LEVEL_NAMES[level]} "
                         f"({n} of {total} cues): say it as the lecture does"),
                span=_ending_word(text, korean), weight=PLAIN_WRITTEN_WEIGHT)
            continue
        yield i, Finding(
            check=NAME, category="style", severity="minor",
            message=(f"speech level {LEVEL_NAMES[cue_level]} differs from the lecture's "
                     f"{LEVEL_NAMES[level]} ({n} of {total} cues)"),
            span=_ending_word(pairs[i].target.text, korean),
            weight=MILD_MIX_WEIGHT if both_polite else POLITENESS_MIX_WEIGHT)


def _impolite_slip(source: str, text: str, korean) -> str | None:
    """What the cue does wrong when it drops the lecture's polite level for no voice of its
    own, in words for the message; None when it speaks in someone else's voice."""
    if _plain_written(text, korean) and not _quoted_saying(source, text, korean):
        return "ends in written 한다체"
    if _talks_down_to_audience(source, text, korean):
        return "speaks to the audience in 반말"
    return None


# "if you remember one thing, it's this: coverage beats rank." said 이거예요. 커버리지가
# rank를 이긴다. A saying announced by a colon is quoted, and Korean quotes it in 한다체
# after the announcing sentence, said politely. ("To sum up: filter by task, …" said
# 정리하자면, … 최적화한다 announces nothing: the lecturer slipped.)
_EN_SAYING_AFTER_COLON = re.compile(r":\s+[\w\"'“‘][^:]*[.!]?\W*$")
_KO_SENTENCE_BREAK = re.compile(r"[.?!]\s+")


def _quoted_saying(source: str, text: str, korean) -> bool:
    breaks = list(_KO_SENTENCE_BREAK.finditer(text))
    return (bool(breaks) and _EN_SAYING_AFTER_COLON.search(source) is not None
            and korean.speech_level(text[:breaks[-1].start() + 1]) in POLITE)


# Other ways a 반말 sentence is no slip: a toast (…를 위하여!), a vocative to a friend or
# a child (얘야, 이봐; "Kevin, put the shrimp down"), a question the lecturer asks
# themselves (…할까?, …인가?), a quotation, and a sentence that trails off (…하자...).
_TOAST_OR_ADDRESS = re.compile("위하여|위해|얘야|이봐|엄마|아빠")
_QUOTATION = re.compile("[\"“”'‘’「」]")
_EN_QUOTATION = re.compile("[\"“”]|\\b(?:said|says|told|asked)\\b", re.IGNORECASE)
_SELF_QUESTION = ("까", "나", "가", "냐")
# "Daniel, the ball is in your court": a name called before a comma (not "Finally, …")
_EN_VOCATIVE = re.compile(r"(?:^|[,.!?—]\s+)(?!(?:Okay|OK|So|Now|Well|Alright|Right|Yes|No|"
                          r"Finally|First|Second|Then|Next|Also|Again|Instead|Honestly|"
                          r"Remember|Look|Listen|Sure|Fine|Great|Good|Sadly|Still)\b)"
                          r"[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s")
_EN_SENTENCE_END = re.compile(r"[.!?]\W*$")


def _talks_down_to_audience(source: str, text: str, korean) -> bool:
    """Whether the cue's last sentence closes in 반말 said to the audience (…하면 안 돼.,
    …해 봐., 5분 쉬자.): the machine translation slipped out of the lecture's polite
    level. 92 of 106 such cues in the labelled lectures were labelled errors; the rest
    speak to a friend or a child, or quote someone."""
    ending = korean.final_ending(text)
    if ending is None:
        return False
    rest = text[ending.end:]
    if rest.strip(" .!?~"):
        # (a last sentence with no ending of its own, a reason trailing after it: 하지 마.
        # 아직 유효한 JSON이 아니니까.; not a run of elliptical questions: 화려해서?
        # 유명해지려고?)
        after = _NEXT_SENTENCE.match(rest)
        if after is None or rest[:1] not in ".!" or korean.final_ending(rest) is not None:
            return False
        text = text[:ending.end] + rest[:after.end()].rstrip()
    # (a cue that ends a sentence in neither language is a fragment Kiwi misreads: 보태)
    if not (_EN_SENTENCE_END.search(source) or _EN_SENTENCE_END.search(text)) \
            or text.rstrip().endswith(("...", "…")):
        return False
    if text.rstrip().endswith("?") and ending.form.endswith(_SELF_QUESTION):
        return False
    return not (_TOAST_OR_ADDRESS.search(text) or _quoting(text, ending.start)
                or _EN_QUOTATION.search(source) or _EN_VOCATIVE.search(source)
                or _quoted_saying(source, text, korean))


_NEXT_SENTENCE = re.compile(r"[.!?]+\s+(?=\S)")


def _quoting(text: str, ending_at: int) -> bool:
    """Whether the ending may belong to a quotation: a quote mark after it, or one left
    open ('상황에 따라 다르다'야. 그 경계가 어디인지 eval이 알려 줘야 해. quotes nothing at
    its end)."""
    marks = [m.start() for m in _QUOTATION.finditer(text)]
    return bool(marks) and (marks[-1] >= ending_at or len(marks) % 2 == 1)


def _plain_written(text: str, korean) -> bool:
    """Whether the cue's last sentence ends in the plain written declarative (추가한다.),
    outside a quotation."""
    ending = korean.final_ending(text)
    if ending is None or ending.form not in _PLAIN_DECLARATIVE:
        return False
    said = text[:ending.end]
    # (a quotation may open here and close in the next cue: "Add a CI check that fails ...)
    opened = said.count('"') % 2 == 1 or said.count("“") > said.count("”")
    return not (said.endswith(_TALKING_TO_A_CHILD) or opened
                or text.rstrip(" .!?").endswith(_CLOSING_QUOTE))


def _ending_word(text: str, korean) -> tuple[int, int] | None:
    """The word that carries the cue's last sentence ending (합니다 in 알아야 합니다)."""
    ending = korean.final_ending(text)
    if ending is None:
        return None
    start = text.rfind(" ", 0, ending.start) + 1
    return (start, ending.end)

"""Technical-terms check: an everyday Korean noun where the source has a technical word.

Korean tech subtitles keep English technical words in Latin or as loanwords
(훅, 포트, 스택). Machine translation instead picks the word's everyday sense
(갈고리 for "hook", 항구 for "port"). The termbase covers the common ML terms;
this check covers technical words it does not list, with a small table of
such words and their everyday-sense renderings (`EVERYDAY_SENSES`).

A finding needs all of:
- the English word occurs in the source and has no termbase entry;
- the source reads as technical (an acronym such as API/GPU, or two termbase terms);
- the target does *not* keep the word (no Latin spelling, no Hangul noun that
  sounds like it, compared by romanisation: 훅 ~ hook);
- the target has one of the word's everyday-sense nouns.
Precision matters more than recall: general-domain text almost never meets
all four.
"""

from __future__ import annotations

import re

from qa.korean import sound_similarity
from qa.model import AlignedPair, Finding

NAME = "technical_terms"
WEIGHT = 0.5
SOUNDS_ALIKE = 0.75  # sound_similarity at or above this counts as a transliteration

# English technical word (regex, case-insensitive) -> (loanword to suggest, everyday-sense nouns).
EVERYDAY_SENSES: dict[str, tuple[str, tuple[str, ...]]] = {
    r"hooks?": ("훅", ("갈고리", "낚싯바늘")),
    r"ports?": ("포트", ("항구", "항만")),
    r"mouse": ("마우스", ("생쥐", "쥐")),
    r"cookies?": ("쿠키", ("과자",)),
    r"drivers?": ("드라이버", ("운전자", "운전기사")),
    r"handlers?": ("핸들러", ("조련사",)),
    r"heaps?": ("힙", ("더미", "무더기")),
    r"stacks?": ("스택", ("더미", "무더기")),
    r"patch(?:es)?": ("패치", ("반창고",)),
    r"buckets?": ("버킷", ("양동이", "물통")),
    r"sandbox(?:es|ed|ing)?": ("샌드박스", ("모래 상자", "모래밭", "모래놀이")),
    r"wrappers?": ("래퍼", ("포장지",)),
    r"web": ("웹", ("거미줄",)),
    r"spiders?": ("스파이더", ("거미",)),
    r"flags?": ("플래그", ("깃발",)),
    r"mock(?:s|ed|ing)?": ("목", ("조롱", "흉내")),
    r"bootstrap(?:s|ping|ped)?": ("부트스트랩", ("구두끈", "신발 끈")),
    r"throttl(?:e|es|ed|ing)": ("스로틀링", ("목 조르기",)),
    r"payloads?": ("페이로드", ("탑재량", "적재물")),
    r"scrap(?:e|er|ers|ing)": ("스크래핑", ("긁개", "주걱")),
    r"warm-?ups?": ("워밍업", ("준비 운동",)),
    r"snippets?": ("스니펫", ("토막",)),
    r"spinners?": ("스피너", ("팽이",)),
}
_ENGLISH = {pattern: re.compile(rf"(?<![\w\-]){pattern}(?![\w\-])", re.IGNORECASE)
            for pattern in EVERYDAY_SENSES}
# All of them at once: most cues hold none, and one search says so.
_ANY_ENGLISH = re.compile(rf"(?<![\w\-])(?:{'|'.join(EVERYDAY_SENSES)})(?![\w\-])", re.IGNORECASE)
# Two or more capitals in a row (API, GPU, LLM, GPT-4) mark a technical sentence;
# common non-technical abbreviations do not.
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}s?\b")
_NOT_TECHNICAL = {"OK", "TV", "US", "UK", "USA", "AM", "PM", "BC", "AD", "DJ", "CEO", "MR", "MRS",
                  "DR", "ST", "NO", "UN", "EU", "VS", "ID"}


def is_technical(source: str, termbase) -> bool:
    """The source sentence reads as technical: an acronym, or two terms from the termbase.

    One termbase term is not enough: "model" or "training" occur in everyday prose.
    """
    if any(a.rstrip("s") not in _NOT_TECHNICAL for a in _ACRONYM.findall(source)):
        return True
    return termbase is not None and len(termbase.entries_in(source)) >= 2


def keeps_word(target: str, english: str, korean) -> bool:
    """The target keeps `english` in Latin or as a loanword that sounds like it."""
    if re.search(re.escape(english), target, re.IGNORECASE):
        return True
    return any(sound_similarity(noun.form, english) >= SOUNDS_ALIKE
               for noun in korean.nouns(target))


def check(pair: AlignedPair, ctx) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not source or not target or not _ANY_ENGLISH.search(source):
        return []
    findings = []
    for pattern, (loanword, everyday) in EVERYDAY_SENSES.items():
        match = _ENGLISH[pattern].search(source)
        if not match:
            continue
        english = match.group()
        if ctx.termbase is not None and ctx.termbase.lookup(english) is not None:
            continue  # the terminology check owns it
        if not is_technical(source, ctx.termbase) or keeps_word(target, english, ctx.korean):
            continue
        for noun in everyday:
            for hit in ctx.korean.find_term(target, noun):
                findings.append(Finding(
                    check=NAME, category="terminology", severity="minor",
                    message=(f'"{english}" is a technical term here but is translated as '
                             f"{noun}, its everyday sense; keep {english} or write {loanword}"),
                    span=hit.span,
                    replacement=ctx.korean.replace_with_particle(target, hit.span, hit.noun,
                                                                 loanword),
                    weight=WEIGHT))
    return findings

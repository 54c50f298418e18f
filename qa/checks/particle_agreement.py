"""Check: a particle agrees with the noun before it (책이, not 책가; 모델로, not 모델으로).

Korean particles come in pairs chosen by the sound that ends the noun: 이/가,
을/를, 은/는, 과/와, 으로/로. Machine translation almost never gets this wrong,
but a swapped or hand-replaced word does: replace 중량 by 가중치 in 중량과 and
the cue reads 가중치과. A mismatch is a grammar error every reader sees, and
it often marks the very word that was changed, so it is worth a look even
though on its own it is minor. The fix is certain, so it is suggested.

Needs the Kiwi analyser (ctx.korean) to know where the noun ends; without one
the check stays silent rather than guess.
"""

from __future__ import annotations

import functools
import re

from qa.checks.base import CheckContext
from qa.checks.names import says_name
from qa.korean import adapt_suffix
from qa.model import AlignedPair, Finding

NAME = "particle_agreement"
# Particles that close a word on their own and have a form for each final sound.
# 이 counts only when it ends the word: the copula stem 이 is always followed by an
# ending (사과이다, 사과이고), so 사과이 standing alone is a subject particle.
PARTICLES = frozenset({"이", "가", "은", "는", "을", "를", "과", "와", "으로", "로"})
_BY_LENGTH = sorted(PARTICLES, key=len, reverse=True)  # 으로 before 로
_LAST_SYLLABLES = frozenset(p[-1] for p in PARTICLES)
_NOUN_TAGS = ("NNG", "NNP", "XSN")
_HANGUL_WORD = re.compile(r"(?<![\w])[가-힣]+(?![\w])")


@functools.lru_cache(maxsize=8192)  # (the same words come back cue after cue)
def _wrong_particle(word: str) -> tuple[str, str, str] | None:
    """(noun, written particle, right particle) when `word` ends in a particle that does
    not fit what comes before it; the caller still has to confirm that is a noun."""
    if word[-1] not in _LAST_SYLLABLES:  # most words: no particle at all
        return None
    for particle in _BY_LENGTH:
        noun = word[:-len(particle)]
        if word.endswith(particle) and noun:
            fitted = adapt_suffix(noun, particle)
            return None if fitted == particle else (noun, particle, fitted)
    return None


def _noun_before(tokens, start: int, noun_end: int) -> bool:
    """Kiwi reads text[start:noun_end] as nouns ending right there (국가 is one noun, not
    국 + 가; 신는 is a verb): without that a mismatch would be a guess."""
    before = [t for t in tokens if start <= t.start < noun_end]
    return bool(before) and before[-1].end == noun_end \
        and all(t.tag in _NOUN_TAGS for t in before)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")


def _names_a_source_name(word: str, source: str) -> bool:
    """Whether the whole word is a name of the English said in Hangul (클로이 for Chloe,
    조이 for Joey), whose last syllable only looks like a particle."""
    return any(says_name(name, word) for name in _CAPITALISED.findall(source))


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    if ctx.korean is None:
        return []
    text = pair.target.text
    findings = []
    for word in _HANGUL_WORD.finditer(text):
        found = _wrong_particle(word.group())
        if not found:
            continue
        noun, particle, fitted = found
        start, end = word.span()
        if _names_a_source_name(word.group(), pair.source_text):
            continue  # 클로이 is Chloe, not 클로 + 이
        if _noun_before(ctx.korean.tokens(text), start, start + len(noun)):
            findings.append(Finding(
                NAME, "fluency", "minor",
                f"{noun}{particle}: after {noun} the particle is {fitted}, not {particle} "
                "(a replaced word often leaves this behind)",
                span=(start, end), replacement=noun + fitted, weight=1.0))
    return findings

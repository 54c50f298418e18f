"""Check: the target cue is Korean at all — not empty, not a copy of the English, not
another language.

* An empty target cue while the source has words: omission.
* A target that is the source again, or mostly English words that are not
  names (names, acronyms and code may legitimately stay in Latin letters).
* A target written in another script (Chinese characters, kana, Cyrillic...)
  instead of Hangul: the machine translation answered in the wrong language.
"""

from __future__ import annotations

import re
import unicodedata

from qa.checks.base import ENGLISH_FUNCTION_WORDS, CheckContext
from qa.model import AlignedPair, Finding

NAME = "target_language"

# A target with fewer Hangul letters than this share of its letters, and at least
# MIN_ENGLISH_WORDS ordinary (lower-case) English words of which MIN_FUNCTION_WORDS are
# function words (prose, not terms kept in Latin script), was left in English.
MIN_HANGUL_SHARE = 0.3
MIN_ENGLISH_WORDS = 3
MIN_FUNCTION_WORDS = 2


def _normalised(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


def script_counts(text: str) -> dict[str, int]:
    """How many letters of each script: hangul, latin, han, kana, other."""
    counts = {"hangul": 0, "latin": 0, "han": 0, "kana": 0, "other": 0}
    for ch in text:
        if not ch.isalpha():
            continue
        if "가" <= ch <= "힣" or "\u3131" <= ch <= "\u318e" or "\u1100" <= ch <= "\u11ff":
            counts["hangul"] += 1
        elif ch.isascii():
            counts["latin"] += 1
        else:
            name = unicodedata.name(ch, "")
            if name.startswith("CJK"):
                counts["han"] += 1
            elif name.startswith(("HIRAGANA", "KATAKANA")):
                counts["kana"] += 1
            elif name.startswith("LATIN"):
                counts["latin"] += 1
            else:
                counts["other"] += 1
    return counts


# Model, package and file names (text-embedding-3-small, gpt-4o-mini, train_v2.py): joined
# with hyphens, dots or underscores and holding a digit or an underscore.
_IDENTIFIER = re.compile(r"[A-Za-z0-9]+(?:[-_./][A-Za-z0-9]+)+")


def _without_source_identifiers(target: str, source: str) -> str:
    """The target without the identifiers it copies from the source: they stay in Latin."""
    lowered = source.lower()
    return _IDENTIFIER.sub(
        lambda m: " " if re.search(r"[\d_]", m.group(0)) and m.group(0).lower() in lowered
        else m.group(0), target)


def _ordinary_english_words(text: str) -> list[str]:
    """Lower-case English words: names and acronyms are allowed to stay in Latin."""
    return re.findall(r"(?<![A-Za-z])[a-z][a-z'’]+(?![A-Za-z])", text)


_WHOLLY_QUOTED = re.compile(r"[\"“][^\"“”]+[\"”][.,!?]?")


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    source_words = re.findall(r"[A-Za-z]+", source)
    if not source_words:
        return []
    whole = (0, len(target))
    if not target.strip():
        return [Finding(NAME, "omission", "major",
                        "the cue is empty but the source says something", weight=0.9)]
    if _normalised(target) == _normalised(source) and _ordinary_english_words(source) \
            and not _WHOLLY_QUOTED.fullmatch(source.strip()):
        # (a quoted message, "CUDA out of memory. Tried to allocate 2.00 GiB.", is shown as
        # the program prints it)
        return [Finding(NAME, "untranslated", "major",
                        "the cue is a copy of the English source", span=whole, weight=0.95)]
    counts = script_counts(target)
    foreign = counts["han"] + counts["kana"] + counts["other"]
    if foreign > counts["hangul"]:
        return [Finding(NAME, "untranslated", "major",
                        "the cue is not in Korean (another script)", span=whole, weight=0.9)]
    prose = _without_source_identifiers(target, source)
    counts = script_counts(prose)
    letters = sum(counts.values()) or 1
    english = _ordinary_english_words(prose)
    function_words = [w for w in english if w.lower() in ENGLISH_FUNCTION_WORDS]
    if (counts["hangul"] / letters < MIN_HANGUL_SHARE and len(english) >= MIN_ENGLISH_WORDS
            and len(function_words) >= MIN_FUNCTION_WORDS):
        return [Finding(NAME, "untranslated", "major",
                        "the cue is mostly English: it was left untranslated",
                        span=whole, weight=0.85)]
    return []

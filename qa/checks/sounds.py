"""Which English words a Korean text says by their sound: 루브릭을 for "rubric", 버퍼링 for
"buffer". For the words no termbase lists; the order checks and polarity read them."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from qa.checks.base import ENGLISH_FUNCTION_WORDS
from qa.checks.names import (PARTICLES, SOUND_MATCH, english_sound_key, hangul_sound_key,
                             sounds_like)

# a particle, or the 하다 that makes a borrowed noun a verb (임베딩해요, 블렌딩하고)
_PARTICLE_END = re.compile(rf"(?:{PARTICLES}|이랑|랑|짜리|해요|하고|해서|하는|하면|했|합니다|하세요)$")
_HANGUL_WORD = re.compile(r"[가-힣]+")
_ENGLISH_WORD = re.compile(r"[a-z]{4,}")


def transliterates(word: str, hangul: str) -> bool:
    """The Hangul word, up to a particle, is the English word said in Korean (코드를 for
    "code"), not a word that merely starts with its sounds (컨텍스트 for "gone")."""
    stem = _PARTICLE_END.sub("", hangul) or hangul
    key, other = english_sound_key(word), hangul_sound_key(stem)
    if key and (other[:1] != key[:1] or len(other) < len(key.replace("tj", "j"))):
        # (most words: no need to try every prefix; and Korean adds vowels to a word it
        # borrows, but drops no consonant but the t of "tch" (배치): 역시 is no "cost")
        return False
    if not key:  # vowels, h, w and y only ("hour"): sounds_like compares the spellings
        return sounds_like(word, stem)
    # the whole word, not a prefix of it: 컨텍스트 starts like "gone" and is no "gone"
    return other == key or (len(key) >= 3
                            and SequenceMatcher(None, key, other).ratio() >= SOUND_MATCH)


def sounded(english: str, korean: str) -> set[str]:
    """The English words (four letters or more, no function words) that `korean` says as a
    transliteration: "rubric" in 루브릭을. For what the termbase does not list."""
    # (two syllables and two consonants at least: a particle, 을, sounds like "real")
    hangul = [h for h in _HANGUL_WORD.findall(korean) if len(h) >= 2]
    return {w for w in _ENGLISH_WORD.findall(english.lower())
            if w not in ENGLISH_FUNCTION_WORDS and len(english_sound_key(w)) >= 2
            and any(transliterates(w, h) for h in hangul)}

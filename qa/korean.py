"""Korean analysis for the checks: morphemes, term search, particles, sound, speech level.

`KoreanAnalyzer` wraps a kiwipiepy ``Kiwi`` (loaded on first use, about 2 s).
Build one per run and pass it around; it caches the tokens of recent texts
because several checks tokenise the same cue.

Terms are found by morphemes, not by substring, so 무게는/무게를/무게와 all
match 무게 while 무게감 or 민주의 (for 주의) do not, and 매개 변수 matches
매개변수. A match's span includes the attached particle so that a replacement
can fix the particle's allomorph (무게를 -> 가중치를, 중량과 -> 가중치와).
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3

# Coarse part of speech, so a noun never matches a verb stem of the same spelling (겹 vs 겹치다).
_NOUNISH = ("NN", "NR", "NP", "XSN", "XPN", "XR", "SL", "SH", "SN")
# Tokens that may hang on a noun inside the same word and travel with it in a replacement.
_ATTACHED = ("J", "VCP", "E")

# Texts whose morphemes are kept: a long lecture's cues, the same cues joined with their
# neighbours (boundary confirmation) and the terms looked up, with room to spare.
# About 2 KB per text.
_CACHE_SIZE = 16384


@dataclass(frozen=True, slots=True)  # slots: the analyser's cache holds ~10^5 of them
class Morph:
    form: str
    tag: str
    start: int
    end: int

    @property
    def pos(self) -> str:
        return "N" if self.tag.startswith(_NOUNISH) else self.tag[:1]


@dataclass(frozen=True)
class TermSpan:
    """Where a term was found: `noun` is the term itself, `span` adds the attached particle."""

    span: tuple[int, int]
    noun: tuple[int, int]


class KoreanAnalyzer:
    def __init__(self, kiwi=None):
        self._kiwi = kiwi  # pass a ready Kiwi to share one; otherwise loaded on first use
        self._tokens: dict[str, tuple[Morph, ...]] = {}
        self._term_morphs: dict[str, tuple[tuple[str, str], ...]] = {}
        self._forms: dict[str, frozenset[str]] = {}  # text -> forms of its morphemes

    @property
    def kiwi(self):
        if self._kiwi is None:
            from kiwipiepy import Kiwi  # imported here: loading takes seconds
            self._kiwi = Kiwi()
        return self._kiwi

    def tokens(self, text: str) -> tuple[Morph, ...]:
        """The morphemes of `text` with character offsets; cached per text."""
        cached = self._tokens.get(text)
        if cached is None:
            cached = _morphs(self.kiwi.tokenize(text))
            if len(self._tokens) >= _CACHE_SIZE:
                self._tokens.clear()
            self._tokens[text] = cached
        return cached

    def prefetch(self, texts: Iterable[str]) -> None:
        """Analyse the texts not cached yet in one call, which Kiwi spreads over its threads.

        Call it with the texts a lecture's checks are about to ask for: the
        answers of `tokens` are the same, they just come from the cache.
        """
        new = [t for t in dict.fromkeys(texts) if t not in self._tokens][:_CACHE_SIZE]
        if not new:
            return
        if len(self._tokens) + len(new) > _CACHE_SIZE:
            self._tokens.clear()
        for text, analysed in zip(new, self.kiwi.tokenize(new)):
            self._tokens[text] = _morphs(analysed)

    def cache_joined(self, parts: Sequence[str]) -> None:
        """Cache the analysis of " ".join(parts) as the parts' analyses laid end to end.

        Boundary confirmation re-checks a cue joined with its neighbours; analysing
        those three-cue texts again would double Kiwi's work, and a morpheme never
        spans two cues anyway. Does nothing unless every part is cached.
        """
        joined = " ".join(parts)
        if joined in self._tokens or not all(p in self._tokens for p in parts):
            return
        morphs, offset = [], 0
        for part in parts:
            morphs.extend(Morph(m.form, m.tag, m.start + offset, m.end + offset)
                          for m in self._tokens[part])
            offset += len(part) + 1
        if len(self._tokens) >= _CACHE_SIZE:
            self._tokens.clear()
        self._tokens[joined] = tuple(morphs)

    # -- finding terms -------------------------------------------------------------------

    def _morphs_of_term(self, term: str) -> tuple[tuple[str, str], ...]:
        cached = self._term_morphs.get(term)
        if cached is None:
            morphs = list(self.tokens(term))
            while len(morphs) > 1 and morphs[-1].tag.startswith(_ATTACHED):
                morphs.pop()  # a term written with a particle still means the bare noun
            cached = tuple((m.form, m.pos) for m in morphs)
            self._term_morphs[term] = cached
        return cached

    def ends_in_noun(self, term: str) -> bool:
        """Whether `term` ends in a noun (무게, 타일링), not a verb (타일 깔기 reads 타일 깔-기):
        only then can a noun take its place with the particle refitted."""
        morphs = self._morphs_of_term(term)
        return not any(is_hangul(ch) for ch in term) or bool(morphs) and morphs[-1][1] == "N"

    def find_term(self, text: str, term: str) -> list[TermSpan]:
        """Every whole-word occurrence of `term` in `text`, inflected forms included."""
        if not any(is_hangul(ch) for ch in term):
            return _find_latin(text, term)
        wanted = self._morphs_of_term(term)
        tokens = self.tokens(text)
        found = []
        # Most cues hold none of the terms looked up: skip the window walk for them.
        starts = range(len(tokens) - len(wanted) + 1) if wanted and wanted[0][0] in \
            self._forms_of(text) else ()
        for i in starts:
            window = tokens[i:i + len(wanted)]
            if any((t.form, t.pos) != w for t, w in zip(window, wanted)):
                continue
            if not _starts_word(text, window[0].start) or not _joined(text, window):
                continue
            rest = tokens[i + len(wanted):]
            if rest and rest[0].start == window[-1].end and not _may_attach(rest[0]):
                continue  # the term is only the front of a longer word (무게 in 무게감)
            end = window[-1].end
            for t in rest:
                if t.start > end or not t.tag.startswith(_ATTACHED) or t.tag == "EC":
                    break
                end = max(end, t.end)
            found.append(TermSpan(span=(window[0].start, end),
                                  noun=(window[0].start, window[-1].end)))
        return _add_surface_matches(found, text, term, tokens)

    def _forms_of(self, text: str) -> frozenset[str]:
        cached = self._forms.get(text)
        if cached is None:
            if len(self._forms) >= _CACHE_SIZE:
                self._forms.clear()
            cached = self._forms[text] = frozenset(m.form for m in self.tokens(text))
        return cached

    def nouns(self, text: str) -> list[Morph]:
        """Common nouns and loanword nouns (NNG/NNP), for sound comparison."""
        return [t for t in self.tokens(text) if t.tag in ("NNG", "NNP")]

    # -- particles -----------------------------------------------------------------------

    def replace_with_particle(self, text: str, span: tuple[int, int], noun_span: tuple[int, int],
                              new_noun: str) -> str:
        """What should stand in place of text[span] once the noun becomes `new_noun`.

        The particle after the noun is switched to the allomorph that fits the new
        noun's last sound: 무게를 -> 가중치를, 중량과 -> 가중치와, 저울이 -> 가중치가,
        모델로 stays 로 after ㄹ, LLM은 reads 엘엘엠 so keeps 은.
        """
        suffix = text[noun_span[1]:span[1]]
        elided_copula = any(t.tag == "VCP" and t.start == t.end == noun_span[1]
                            for t in self.tokens(text))
        return new_noun + adapt_suffix(new_noun, suffix, elided_copula)

    # -- speech level --------------------------------------------------------------------

    def final_ending(self, text: str) -> Morph | None:
        """The last sentence-final ending (EF) of `text` outside quotes ('더 낫다'가 무엇을
        의미하는지 ends no sentence), or None (a fragment cue)."""
        quoted = [m.span() for m in _QUOTED.finditer(text)] if _QUOTE_MARKS.search(text) else []
        tokens = self.tokens(text)
        # (an "ending" before a comma joins clauses: 다시 빚어서, 쿼리가 is no 반말)
        endings = [t for k, t in enumerate(tokens) if t.tag == "EF"
                   and not (k + 1 < len(tokens) and tokens[k + 1].form == ",")
                   and not any(a <= t.start < b for a, b in quoted)]
        return endings[-1] if endings else None

    def speech_level(self, text: str) -> str | None:
        """"hamnida", "haeyo" or "banmal" from the last sentence ending, None without one."""
        tokens = self.tokens(text)
        words = [t for t in tokens if t.tag not in ("SF", "SP", "SS", "SE", "SO", "SW")]
        ending = self.final_ending(text)
        # A polite 요 may close a cue after a connective or a noun: ...인지를요, ...때까지요.
        if words and words[-1].form == "요" and words[-1].tag.startswith(("J", "MM", "IC")):
            if ending is None or ending.end <= words[-1].start:
                return "haeyo"
        if ending is None:
            return None
        return level_of_ending(ending.form)


_QUOTE_MARKS = re.compile("['\"“”‘’「」]")
_QUOTED = re.compile("'[^']*'|\"[^\"]*\"|“[^”]*”|‘[^’]*’|「[^」]*」")


def _morphs(kiwi_tokens) -> tuple[Morph, ...]:
    return tuple(Morph(t.form, t.tag, t.start, t.start + t.len) for t in kiwi_tokens)


def level_of_ending(ending: str) -> str:
    """Speech level of a final ending morpheme (EF) as Kiwi writes it (ᆸ니다, 어요, 죠, ᆫ다)."""
    if ending.endswith(("니다", "니까", "ᆸ시다", "읍시다", "십시오", "시오")):
        return "hamnida"
    if ending.endswith(("요", "죠")):
        return "haeyo"
    return "banmal"  # 한다체 (-다, -는다) and 해체 (-어, -야, -지, -네) alike


def _starts_word(text: str, start: int) -> bool:
    # (after a % the Hangul is a particle: 37%가 is no 가 of 가면, "a mask", read 가-면)
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "%")


def _joined(text: str, window) -> bool:
    """The morphemes of a multi-morpheme term stand together, separated at most by spaces."""
    return all(text[a.end:b.start].strip() == "" for a, b in zip(window, window[1:]))


def _may_attach(token: Morph) -> bool:
    """A token that may follow a noun inside one word without making a new noun."""
    # (들 makes a plural, 률/율 a rate: 편향률 is still 편향, for "deflection rate")
    # (XSA-I: Kiwi's irregular 롭 of 자유로운; 별 and 당 say "per": 양동이별로 is 양동이)
    return token.tag.startswith(_ATTACHED + ("XSV", "XSA")) or (
        token.tag == "XSN" and token.form in ("들", "률", "율", "별", "당"))


# What may follow a noun inside its word: particles, the copula and its endings (syllables only).
_SUFFIX_RE = re.compile(r"(?:들)?(?:에서|에게|으로|[이가은는을를과와의도만에로서부터까지처럼보다나랑요죠예야입니다고지만라란었였])*")


def _add_surface_matches(found: list[TermSpan], text: str, term: str,
                         tokens: tuple[Morph, ...] = ()) -> list[TermSpan]:
    """Add plain-spelling matches Kiwi split oddly (it reads 웨이트예요 as 웨이+트+예요).

    Only whole words count: the term at a word start, followed by nothing or by
    particle and copula syllables, and not the front of one longer morpheme Kiwi read
    (추가 is "addition", not 추 with the particle 가).
    """
    words = term.split()
    if not words or words[0] not in text:
        return found
    for m in _surface_pattern(term).finditer(text):
        if not _SUFFIX_RE.fullmatch(m.group(1)):
            continue
        if any(t.start == m.start() and t.end > m.start(1) for t in tokens):
            continue
        if any(f.noun[0] <= m.start() < f.span[1] for f in found):
            continue
        found.append(TermSpan(span=(m.start(), m.end()), noun=(m.start(), m.start(1))))
    return sorted(found, key=lambda f: f.span)


# Compiled once per term: a termbase has more terms than the re module's own cache holds,
# so it recompiled them cue after cue.
@functools.lru_cache(maxsize=8192)
def _surface_pattern(term: str) -> re.Pattern:
    body = r"\s*".join(re.escape(part) for part in term.split())
    return re.compile(rf"(?<![\w]){body}([가-힣]*)")


@functools.lru_cache(maxsize=8192)
def _latin_pattern(term: str) -> re.Pattern:
    return re.compile(rf"(?<![A-Za-z0-9]){re.escape(term)}(?![A-Za-z0-9])", re.IGNORECASE)


def _find_latin(text: str, term: str) -> list[TermSpan]:
    """Latin or mixed terms (LLM, API 키): case-insensitive whole-word search, particle included."""
    found = []
    for m in _latin_pattern(term).finditer(text):
        end = m.end()
        while end < len(text) and is_hangul(text[end]) and end - m.end() < 3:
            end += 1  # a particle written straight after the Latin word: LLM은, GPU를
        found.append(TermSpan(span=(m.start(), end), noun=(m.start(), m.end())))
    return found


# ---- particle allomorphs -------------------------------------------------------------------

# (after a consonant, after a vowel); longer forms first so 이라고 is seen before 이.
_PARTICLE_PAIRS = (
    ("이에요", "예요"), ("이었", "였"), ("이어서", "여서"), ("이라고", "라고"), ("이라는", "라는"),
    ("이라서", "라서"), ("이라면", "라면"), ("이란", "란"), ("이라", "라"), ("이나", "나"),
    ("이랑", "랑"), ("이며", "며"), ("이든", "든"), ("이야", "야"), ("이죠", "죠"),
    ("으로서", "로서"), ("으로써", "로써"), ("으로", "로"),
    ("은", "는"), ("을", "를"), ("과", "와"),
)
_SUBJECT = ("이", "가")  # only when nothing else follows: 이 is also the copula (이지만)

# How the last Latin letter or digit is read, by its final sound.
_LETTER_FINAL = {"l": "rieul", "r": "rieul", "m": "consonant", "n": "consonant"}
_DIGIT_FINAL = {"0": "consonant", "1": "rieul", "3": "consonant", "6": "consonant",
                "7": "rieul", "8": "rieul"}


def final_sound(word: str) -> str:
    """"vowel", "rieul" (ㄹ) or "consonant": how `word` ends when read aloud in Korean."""
    word = word.rstrip(" )]}'\".,")
    if not word:
        return "vowel"
    last = word[-1]
    if is_hangul(last):
        jong = (ord(last) - HANGUL_FIRST) % 28
        return "vowel" if jong == 0 else "rieul" if jong == 8 else "consonant"
    if last.isdigit():
        return _DIGIT_FINAL.get(last, "vowel")
    if last.isascii() and last.isalpha():
        letters = re.search(r"[A-Za-z]+$", word).group()
        if letters.isupper():  # an acronym is read letter by letter: LLM -> 엘엘엠
            return _LETTER_FINAL.get(last.lower(), "vowel")
        return _english_word_final(letters.lower())
    return "vowel"


def _english_word_final(word: str) -> str:
    """Rough final sound of an English word in its usual Korean loanword (model 모델, token 토큰)."""
    if word.endswith("ng"):
        return "consonant"
    if len(word) > 2 and word.endswith("e") and word[-2] not in "aeiou":
        word = word[:-1]  # silent e: pipeline -> 파이프라인, module -> 모듈
    return {"l": "rieul", "m": "consonant", "n": "consonant"}.get(word[-1], "vowel")


def adapt_suffix(noun: str, suffix: str, elided_copula: bool = False) -> str:
    """Re-fit the particle at the front of `suffix` to follow `noun`.

    Not Kiwi.join: it reads Latin words as vowel-final (it writes "LLM가") and
    joins the copula as 가중치에요 where the standard form is 가중치예요.
    """
    sound = final_sound(noun)
    vowel = sound == "vowel"
    for after_consonant, after_vowel in _PARTICLE_PAIRS:
        for written in (after_consonant, after_vowel):
            if suffix.startswith(written):
                rest = suffix[len(written):]
                if after_consonant.startswith("으로") and sound == "rieul":
                    return after_vowel + rest  # 모델로, not 모델으로
                return (after_vowel if vowel else after_consonant) + rest
    if suffix in _SUBJECT:
        return _SUBJECT[1] if vowel else _SUBJECT[0]
    if elided_copula and not vowel:
        return "이" + suffix  # 무게지만 -> 중량이지만: the copula reappears after a consonant
    return suffix


# ---- romanisation and sound --------------------------------------------------------------

_INITIALS = ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
             "k", "t", "p", "h"]
_MEDIALS = ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
            "wo", "we", "wi", "yu", "eu", "ui", "i"]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
           "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]


def is_hangul(ch: str) -> bool:
    return HANGUL_FIRST <= ord(ch) <= HANGUL_LAST


def romanize(hangul: str) -> str:
    """Revised Romanization syllable by syllable (no sound-change rules); other text kept.

    Written by hand: the maintained PyPI romanisers are GPL-licensed, and a jamo
    table is all that sound comparison needs.
    """
    out = []
    for ch in hangul:
        if not is_hangul(ch):
            out.append(ch)
            continue
        code = ord(ch) - HANGUL_FIRST
        initial, medial, final = code // 588, (code % 588) // 28, code % 28
        out.append(_INITIALS[initial] + _MEDIALS[medial] + _FINALS[final])
    return "".join(out)


# Letters grouped by the sound classes Korean loanwords keep apart.
_SOUND_CLASS = {**dict.fromkeys("pbfv", "P"), **dict.fromkeys("td", "T"), **dict.fromkeys("kgq", "K"),
                **dict.fromkeys("szjc", "S"), **dict.fromkeys("lr", "L"), "m": "M", "n": "N"}
_ENGLISH_SPELLING = [("ph", "f"), ("gh", ""), ("ck", "k"), ("qu", "kw"), ("x", "ks"), ("th", "t"),
                     ("sh", "s"), ("ch", "c"), ("ng", "n"), ("c(?=[eiy])", "s"), ("c", "k")]


def _consonant_skeleton(spelling: str) -> str:
    classes = [_SOUND_CLASS.get(ch, "") for ch in spelling]
    skeleton = []
    for c in classes:
        if c and (not skeleton or skeleton[-1] != c):
            skeleton.append(c)
    return "".join(skeleton)


def english_sound_key(word: str) -> str:
    """Consonant skeleton of an English word as a Korean loanword would keep it."""
    word = re.sub(r"[^a-z]", "", word.lower())
    word = re.sub(r"r(?![aeiouy])", "", word)  # layer -> 레이어, transformer -> 트랜스포머
    for pattern, repl in _ENGLISH_SPELLING:
        word = re.sub(pattern, repl, word)
    return _consonant_skeleton(word)


def hangul_sound_key(hangul: str) -> str:
    """Consonant skeleton of a Hangul word from its romanisation (웨이트 -> T, 임베딩 -> MPTN)."""
    roman = romanize(hangul).replace("ng", "n").replace("ch", "c")
    return _consonant_skeleton(roman)


def sound_similarity(hangul: str, english: str) -> float:
    """How much a Hangul word sounds like an English word, 0..1 (웨이트~weight, 토큰~token high)."""
    a, b = hangul_sound_key(hangul), english_sound_key(english)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b).ratio()

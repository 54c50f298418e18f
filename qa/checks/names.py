"""Check: names, acronyms and version numbers of the source survive in the target.

A name survives when the target has it in Latin letters (case-insensitive) or
as a Korean transliteration. Transliterations are compared by *sound*: the
Hangul is romanised and both sides are reduced to a consonant skeleton
(Llama -> "rm", 라마 -> rama -> "rm"; Claude -> "krt", 클로드 -> "krt"), so
spelling differences between English and Korean do not matter.

A versioned name (GPT-4, Llama 3.1) must keep its version: "GPT 4" with a
space is fine, "GPT 41" (a number glued on), "라마 3" (version cut short) and
"라마 3요 1" (version split by a particle) are not. An acronym that turned into
a different acronym (LLM -> LMS) is reported with the source spelling.

Plain capitalised words ("Mixtral", "Poland") are only names when not at the
start of a sentence; they are often rendered by a Korean exonym (Germany ->
독일) that no sound comparison finds, so their findings carry a lower weight —
unless the name is a known model, product or company name of the field
(data/names.csv: Mixtral 믹스트랄, Gemma 젬마/제마, Hugging Face 허깅 페이스),
whose loss is a major error.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

from qa.checks.base import (ENGLISH_FUNCTION_WORDS, CheckContext,
                            findings_with_idioms_set_aside)
from qa.errors import TermbaseError
from qa.korean import is_hangul, romanize
from qa.model import AlignedPair, Finding
from qa.numbers import (KOREAN_COUNTER_AFTER, MONTH_NAMES, Label, english_labels,
                        english_quantities, korean_labels)

NAME = "names"

# A Hangul word prefix sounds like a name when the consonant skeletons are this similar.
SOUND_MATCH = 0.8
# Capitalised words that are not names, or whose Korean rendering is a translation.
NOT_NAMES = {
    "PhD", "PhDs", "MBA", "MSc", "BSc", "CEO", "CTO", "CFO", "VP",  # titles and degrees
    "I", "I'm", "I've", "I'll", "I'd", "OK", "Ok", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr",
    "A", "AM", "PM", "Okay", "God", "Internet", "TV", "ID", "II", "III", "IV", "VI", "VII",
    "English", "Korean", "Korea", "Koreans", "American", "Americans", "America", "Japan",
    "Japanese", "China", "Chinese", "Germany", "German", "Germans", "French", "France",
    "Europe", "European", "Europeans", "British", "Britain", "England", "Spanish", "Spain",
    "Greek", "Greece", "Roman", "Romans", "Latin", "Asia", "Asian", "Africa", "African",
    "Christmas", "Earth", "Sun", "Moon", "Mother", "Father", "Mom", "Dad", "Sir", "Madam",
    "Miss", "North", "South", "East", "West", "Western", "Eastern", "Northern", "Southern",
    "Christian", "Christians", "Bible", "Lord", "Heaven", "King", "Queen", "Prince",
    "Princess", "President", "Professor", "Mount", "River", "Ocean", "Sea", "Island",
    "City", "University", "Street", "State", "States", "United", "Kingdom", "Republic",
    "War", "World", "National", "International", "New", "Day", "Eve", "Year", "Mars",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
    "Friday", "Saturday", "Sunday", "AI", "US", "USA", "UK", "UN", "EU",
    # Religions and peoples, which Korean names by meaning (그리스도, 이슬람교도, 북극).
    "Christ", "Jesus", "Christianity", "Muslim", "Muslims", "Islam", "Islamic", "Jew", "Jews",
    "Jewish", "Catholic", "Catholics", "Catholicism", "Protestant", "Buddhist", "Buddhism",
    "Hindu", "Arctic", "Antarctic", "Antarctica",
}
# Demonyms and languages in -ish/-ese (Irish, Scottish, Vietnamese) are translated too.
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|ese)")
# Common words that are capitalised for emphasis, in titles or after a quote.
COMMON_CAPITALISED = {
    "The", "This", "That", "These", "Those", "You", "We", "He", "She", "They", "It", "My",
    "Your", "Our", "His", "Her", "Their", "Its", "What", "Why", "How", "When", "Where", "Who",
    "Which", "Much", "Many", "Perhaps", "Fine", "Yes", "No", "Not", "And", "But", "Or", "So",
    "If", "People", "Man", "Men", "Woman", "Women", "Thank", "Thanks", "Please", "Hello",
    "Hi", "Well", "Oh", "Now", "Then", "Here", "There", "All", "Some", "Every", "Each",
    "One", "Two", "Three", "First", "Second", "Last", "Next", "Note", "See", "Let", "Let's",
}
_SENTENCE_END = re.compile(r"(?:[.!?:;\"“”‘’'(\[—–-]|--)\s*$")
# A date is not part of a title: "Berkeley in October" is a place and a month.
_CALENDAR = MONTH_NAMES + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_TITLE_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of|the|and|in|on|for|de|von|van)?\s*"
                        rf"(?!(?:{_CALENDAR})\b)[A-Z][a-z]+)+")
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])([A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*)(s?)(?![A-Za-z0-9])")
# (capitals run into a word: SGLang, XGrammar, NVLink; not LLMs or APIs)
_CAMEL_OR_ALNUM = re.compile(r"\b(?=[A-Za-z0-9]*[a-z][A-Z]|[A-Za-z]+\d|\d+[A-Za-z]{2,}|"
                             r"[A-Z]{2,}[a-z]{2,})"
                             r"[A-Za-z][A-Za-z0-9]*\b")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:'s)?\b")
_CODE_POINT = re.compile(r"\bU\+[0-9A-Fa-f]{4,6}\b")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&]*")
_HANGUL_WORD = re.compile(r"[가-힣]+")
# Words in capitals for emphasis, contractions included: "DON'T SCREAM AT ME!"
_SHOUTING = re.compile(r"\b[A-Z]{2,}(?:['’][A-Z]+)?(?:\W+[A-Z]{2,}(?:['’][A-Z]+)?)+\b")


@dataclass(frozen=True)
class SourceName:
    text: str  # as in the source: "Mixtral", "LLM", "OpenAI"
    kind: str  # "acronym", "technical" (camel case, letters+digits), "word" (capitalised)


# Sound keys ------------------------------------------------------------------------------
# Not qa.korean's english_sound_key / hangul_sound_key: those merge s/z/j/ch into one class
# and have no soft c/g, which suits scoring a loanword against a term (technical_terms) but
# is too loose to say a name survived: "Jesus" would reduce to one consonant and match any
# Hangul word starting with 수/사/주. These finer keys keep s and j apart and read Gemma as
# "jm" (젬마); the romanisation itself is qa.korean's.


def _skeleton(latin: str) -> str:
    """Consonants only, voiced/voiceless and l/r merged, repeats collapsed."""
    table = str.maketrans({"f": "p", "v": "p", "b": "p", "d": "t", "g": "k", "l": "r",
                           "z": "j", "q": "k", "c": "k"})
    kept = re.sub(r"[aeiouwyh\W\d_]", "", latin.translate(table))
    return re.sub(r"(.)\1+", r"\1", kept)


@functools.lru_cache(maxsize=16384)  # (pure, and asked again for every cue)
def english_sound_key(name: str, final_r: bool = False) -> str:
    """Sound key of an English spelling: Gemma -> "jm", Claude -> "krt", PyTorch -> "ptj".
    `final_r` keeps an r Korean sometimes says at the end of a name (Nair -> 나이르)."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = re.sub(r"'s$", "", s)
    # "chr" is Greek k (Chroma -> 크로마, Chrome -> 크롬), any other ch is j (Chinchilla).
    for old, new in (("ph", "f"), ("th", "s"), ("sh", "s"), ("chr", "kr"), ("ch", "j"), ("ck", "k"),
                     ("qu", "k"), ("x", "ks"), ("ng", "n")):
        s = s.replace(old, new)
    s = re.sub(r"(?<=[aeiouy])ds\b", "j", s)  # Leeds -> 리즈, Woods -> 우즈
    s = re.sub(r"c(?=[eiy])", "s", s)
    s = re.sub(r"g(?=[eiy])", "j", s)
    # Korean follows non-rhotic English: Torch -> 토치
    s = re.sub(r"r(?=[^aeiouy])" if final_r else r"r(?=[^aeiouy]|$)", "", s)
    return _skeleton(s)


def says_name(name: str, hangul: str) -> bool:
    """Whether a Hangul noun is the whole name said in Korean: 나이르 for "Nair", 거슈윈 for
    "Gershwin" (a g before e or i may be hard), 프리야 for "Priya"."""
    said = hangul_sound_key(hangul)
    # (two consonants at least: one, as in "Youth" or "Annie", matches too many words)
    return len(said) >= 2 and any(said == english_sound_key(spelling, final_r)
                                  for spelling in _spellings(name)
                                  for final_r in (False, True))


@functools.lru_cache(maxsize=16384)
def hangul_sound_key(hangul: str) -> str:
    """Sound key of a Hangul spelling, comparable with english_sound_key: 젬마 -> "jm"."""
    s = romanize(hangul).replace("ch", "j").replace("ng", "n")
    return _skeleton(s)


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@functools.lru_cache(maxsize=16384)
def sounds_like(name: str, hangul: str) -> bool:
    """Whether some prefix of a Hangul word (particles follow the name) sounds like name."""
    return any(_sounds_like(spelling, hangul) for spelling in _spellings(name))


def _spellings(name: str) -> dict[str, None]:
    """The name as spelt, and with a g or ch that may be hard (see _hard_g, _hard_ch)."""
    return dict.fromkeys((name, _hard_g(name), _hard_ch(name)))


def _hard_ch(name: str) -> str:
    """The spelling with ch said as k, as in words from Greek (Anchor, 앵커; Chorus, 코러스)."""
    return re.sub(r"ch", "k", name, flags=re.IGNORECASE)


def _hard_g(name: str) -> str:
    """The spelling with a hard g before e, i or y: a g there is soft (Gemma, 젬마) or hard
    (Gershwin, 거슈윈), so names are tried both ways."""
    return re.sub(r"g(?=[eiy])", "k", name, flags=re.IGNORECASE)


def _sounds_like(name: str, hangul: str) -> bool:
    key = english_sound_key(name)
    if not key:  # vowels, h, w and y only (Hawaii): compare the spellings themselves
        return any(SequenceMatcher(None, name.lower(), romanize(hangul[:end])).ratio()
                   >= SOUND_MATCH for end in range(1, len(hangul) + 1))
    # A one-consonant key (LoRA -> "r") matches the first syllable of many words (라는):
    # the Hangul must have a syllable for each vowel of the name (로라).
    shortest = len(_VOWEL_GROUPS.findall(name.lower())) if len(key) == 1 else 1
    for end in range(max(1, shortest), len(hangul) + 1):
        other = hangul_sound_key(hangul[:end])
        if not other:
            continue
        if other == key or (len(key) >= 3 and other[0] == key[0]
                            and SequenceMatcher(None, key, other).ratio() >= SOUND_MATCH):
            return True
    return False


# Letters of the alphabet as Koreans read them, for acronyms written in Hangul (에이아이).
_LETTER_NAMES = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", [
    "에이", "비", "씨", "디", "이", "에프", "지", "에이치", "아이", "제이", "케이", "엘", "엠",
    "엔", "오", "피", "큐", "알", "에스", "티", "유", "브이", "더블유", "엑스", "와이", "지"]))


# Finding the names of the source ---------------------------------------------------------

def source_names(source: str) -> list[SourceName]:
    """Names in the source that the target should keep, without versions (see labels)."""
    label_spans = [label.span for label in english_labels(source)]
    names: dict[str, SourceName] = {}

    def add(text: str, kind: str, span: tuple[int, int]):
        if (text in NOT_NAMES or text.endswith("s") and text[:-1] in NOT_NAMES
                or _DEMONYM.fullmatch(text)
                or any(span[0] < e and s < span[1] for s, e in label_spans)):
            return
        names.setdefault(text, SourceName(text, kind))

    shouting = [m.span() for m in _SHOUTING.finditer(source)]
    for m in _ACRONYM.finditer(source):
        roman = re.fullmatch(r"M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})",
                             m.group(1))
        # (a small word in capitals is emphasis, no acronym: "it IS silent now")
        if len(m.group(1)) <= 5 and not roman and not any(s <= m.start() < e
                                                           for s, e in shouting) \
                and m.group(1).lower() not in ENGLISH_FUNCTION_WORDS:
            add(m.group(1), "acronym", m.span())
    for m in _CAMEL_OR_ALNUM.finditer(source):
        # A chip, a model or a dataset is one letter and a number (H100, T5, M4): not an
        # acronym, still a name. (Q3 is a quarter, said 3분기.)
        if not re.fullmatch(r"\d+(?:\.\d+)?[KMBTkmbt]|[A-Z0-9&]+s?", m.group(0)) \
                or re.fullmatch(r"(?!Q\d)[A-Z]\d+[A-Z]?s?", m.group(0)):
            add(m.group(0), "technical", m.span())
    for m in _CODE_POINT.finditer(source):  # U+00E9 is written as it is, never translated
        add(m.group(), "technical", m.span())
    # Multi-word titles and places (Grand Park, the Last Supper) are mostly translated.
    titles = [m.span() for m in _TITLE_RUN.finditer(source)]
    for m in _CAPITALISED.finditer(source):
        word = re.sub(r"'s$", "", m.group(0))
        glued = m.start() >= 2 and source[m.start() - 1] == "-" and source[m.start() - 2].isalnum()
        if not glued and _SENTENCE_END.search(source[:m.start()]) \
                or not source[:m.start()].strip():
            continue  # a capital at the start of a sentence says nothing (but NV-Retriever)
        if word in COMMON_CAPITALISED or any(s <= m.start() < e for s, e in titles):
            continue
        add(word, "word", m.span())
    return list(names.values())


def _latin_words(text: str) -> list[str]:
    return [w.lower() for w in _LATIN_WORD.findall(text)]


@functools.lru_cache(maxsize=4096)
def _name_start_pattern(lowered_name: str) -> re.Pattern:
    # (a name ending in a digit ends there: A1000 is not A100)
    end = r"(?![0-9])" if lowered_name[-1:].isdigit() else ""
    return re.compile(r"(?<![a-z])" + re.escape(lowered_name) + end)


def _survives(name: SourceName, target: str, by_sound: bool = True) -> bool:
    """Whether the target keeps the name in Latin letters or (`by_sound`) transliterated."""
    if _name_start_pattern(name.text.lower()).search(target.lower()):
        return True
    # A unit's prefix may be written as its symbol: teraFLOPS as TFLOPS, gigabits as Gbits
    short = _SI_PREFIX.sub(lambda m: _SI_SYMBOLS[m.group(1).lower()], name.text)
    if short != name.text and _name_start_pattern(short.lower()).search(target.lower()):
        return True
    # Korean has no plural: ViTs is ViT.
    if name.text.endswith("s") and len(name.text) > 3 and \
            _name_start_pattern(name.text[:-1].lower()).search(target.lower()):
        return True
    if not by_sound or any(c.isdigit() for c in name.text):
        return False  # A100 is written A100: its sound key drops the number
    if name.kind == "acronym":
        spelled = "".join(_LETTER_NAMES[c] for c in name.text if c in _LETTER_NAMES)
        # An acronym read as a word (RAG -> 래그) needs two consonants to tell: one (AWQ ->
        # "k") sounds like half the syllables of Korean (약).
        return spelled in target.replace(" ", "") or len(english_sound_key(name.text)) >= 2 \
            and any(sounds_like(name.text, w) for w in _HANGUL_WORD.findall(target))
    words = _HANGUL_WORD.findall(target)
    if any(sounds_like(name.text, w) for w in words):
        return True
    return _parts_said(name.text, target)


_SI_PREFIX = re.compile(r"^(kilo|mega|giga|tera|peta|exa)(?=[A-Za-z])", re.IGNORECASE)
_SI_SYMBOLS = {"kilo": "k", "mega": "M", "giga": "G", "tera": "T", "peta": "P", "exa": "E"}
# the parts of a name written in camel case: giga|FLOPs, Llama|Index
_CASE_PARTS = re.compile(r"[A-Z]{2,}[a-z]?(?![a-z])|[A-Z]?[a-z]{2,}")
_LATIN_OR_HANGUL = re.compile(r"[A-Za-z]+|[가-힣]+")


def _parts_said(name: str, target: str) -> bool:
    """A name of two parts may keep one in Latin and say the other, in its order: gigaFLOPs
    as 기가FLOPs, LlamaIndex as Llama 인덱스 (not CodeCarbon as CarbonCode)."""
    parts = _CASE_PARTS.findall(name)
    if len(parts) < 2:
        return False
    words = _LATIN_OR_HANGUL.findall(target)
    for start in range(len(words) - len(parts) + 1):
        run = words[start:start + len(parts)]
        if all(w.lower() == p.lower() or is_hangul(w[0]) and sounds_like(p, w)
               for p, w in zip(parts, run)) and any(is_hangul(w[0]) for w in run):
            return True
    return False


# A chip or a model written with digits, as the target may mangle it (A100 -> A1000)
_ALNUM_WORD = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]+[0-9][A-Za-z0-9]*)(?![A-Za-z0-9])")


def _similar_acronym(acronym: str, target: str, source: str,
                     pattern: re.Pattern = _ACRONYM) -> re.Match | None:
    """A Latin acronym (or, with `pattern`, a name of letters and digits) in the target, not
    in the source, that looks like a mangled one."""
    source_words = set(_latin_words(source))
    for m in pattern.finditer(target):
        other = m.group(1)
        if other.lower() in source_words or other == acronym:
            continue
        if other[0] == acronym[0] and SequenceMatcher(None, other, acronym).ratio() >= 0.6 \
                or _one_letter_apart(other, acronym):
            return m
    return None


def _one_letter_apart(a: str, b: str) -> bool:
    """CPU said GPU, TPU said GPU: two acronyms of three letters or more that differ in one
    letter only (BF16 -> BP16 shares its first letter and is caught by likeness alone)."""
    return (len(a) == len(b) >= 3 and a.isalpha() and b.isalpha()
            and sum(x != y for x, y in zip(a, b)) == 1)


def _with_particle(target: str, span: tuple[int, int], name: str) -> tuple[tuple[int, int], str]:
    """Widen a replaced name's span over its particle and re-fit it: LMS가 -> LLM이."""
    from qa.korean import adapt_suffix

    attached = re.match(r"[가-힣]+", target[span[1]:])
    if not attached or adapt_suffix(name, attached.group()) == attached.group():
        return span, name  # nothing attached, or it fits the new name as it is (라마 3.2도)
    suffix = attached.group()
    return (span[0], span[1] + len(suffix)), name + adapt_suffix(name, suffix)


def default_names_path() -> Path:
    return Path(__file__).resolve().parents[2] / "data" / "names.csv"


def load_known_names(path: str | Path) -> dict[str, tuple[str, ...]]:
    """name (lower case) -> accepted Korean forms, from a CSV with columns name,korean."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError) as exc:
        raise TermbaseError(f"cannot read the names list ({exc}); give a UTF-8 CSV with "
                            "columns name,korean", path=path) from exc
    known = {}
    for line, row in enumerate(rows, start=2):
        name = (row.get("name") or "").strip()
        if not name:
            raise TermbaseError("a row has no name; every row needs name and korean",
                                path=path, line=line)
        known[name.lower()] = tuple(k.strip() for k in (row.get("korean") or "").split("|")
                                    if k.strip())
    return known


def _said_at_all(name: str, forms: tuple[str, ...], target: str) -> bool:
    """A known name in the cue: in Latin letters, in a listed Korean form or by its sound."""
    return _known_form_present(forms, target) or _survives(SourceName(name, "word"), target)


def _known_form_present(forms: tuple[str, ...], target: str) -> bool:
    squeezed = target.replace(" ", "").lower()
    return any(form.replace(" ", "").lower() in squeezed for form in forms)


PARTICLES = "은|는|이|가|을|를|의|와|과|도|만|에|에서|으로|로|이나|나|처럼|보다|까지|부터"


def _other_known_name(known: dict[str, tuple[str, ...]], source: str, target: str) -> str | None:
    """A known name the cue says and the English does not (Berkeley said 스탠퍼드)."""
    lowered, target_lowered = source.lower(), target.lower()
    for name in sorted(known):
        if name in lowered:
            continue
        # (a plain substring test first: most names are in neither text)
        latin = name in target_lowered and re.search(
            rf"(?<![a-z]){re.escape(name)}(?![a-z])", target_lowered)
        if latin:
            return target[latin.start():latin.end()]
        for form in known[name]:
            # the whole word, a particle at most after it (not 애플 in 애플리케이션); and a
            # transliteration, not a name said by its meaning (PII, 개인정보), which is a
            # word any sentence may use
            if form and form in target and re.search(r"[가-힣]", form) and re.search(
                    rf"(?<![가-힣]){re.escape(form)}(?:{PARTICLES})?(?![가-힣])", target) \
                    and sounds_like(name, form.replace(" ", "")):
                return form
    return None


def _known_titles(known: dict[str, tuple[str, ...]], source: str,
                  found: list[SourceName]) -> list[SourceName]:
    """Known names of several words in the source (Carnegie Mellon, University of
    Washington): source_names leaves a title run to translation, a known one is kept."""
    lowered, have = source.lower(), {n.text.lower() for n in found}
    titles = []
    for name in known:
        if " " in name and name not in have and name in lowered:
            m = re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", lowered)
            if m:
                titles.append(SourceName(source[m.start():m.end()], "word"))
    return titles


def _count(acronym: str, text: str) -> int:
    return len(re.findall(rf"(?<![A-Za-z0-9]){re.escape(acronym)}(?![A-Za-z0-9])", text))


def _acronym_changed(acronym: str, changed: re.Match, target: str,
                     kind: str = "acronym") -> Finding:
    span, replacement = _with_particle(target, changed.span(1), acronym)
    return Finding(NAME, "names", "major",
                   f'{"acronym" if kind == "acronym" else "name"} "{acronym}" became '
                   f'"{changed.group(1)}"', span=span, replacement=replacement, weight=0.9)


# A title in quotes the Korean translates and marks as a title: "A Midsummer Night's Dream"
# said <한여름 밤의 꿈>
_EN_QUOTED_TITLE = re.compile(r"[\"“][^\"”]{3,80}[\"”]")
_KO_TITLE_MARKS = re.compile(r"<[^<>]*[가-힣][^<>]*>|《[^》]+》|「[^」]+」|『[^』]+』")


def _name_findings(pair: AlignedPair, known: dict[str, tuple[str, ...]]) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if _KO_TITLE_MARKS.search(target):
        source = _EN_QUOTED_TITLE.sub(" ", source)
    findings = []
    names = source_names(source)
    titles = _known_titles(known, source, names)
    # (a word of a known title is the title's to keep: "Weights" of "Weights & Biases", said
    # W&B)
    title_words = {w for t in titles for w in t.text.split()}
    for name in [n for n in names if n.text not in title_words] + titles:
        forms = known.get(name.text.lower())
        if name.kind == "acronym" and _survives(name, target, by_sound=False):
            # BF16 twice in the English, once in the Korean beside BP16: one was mangled
            changed = _similar_acronym(name.text, target, source)
            if changed and _count(name.text, target) < _count(name.text, source):
                findings.append(_acronym_changed(name.text, changed, target))
            continue
        if _survives(name, target, by_sound=False) or (forms and _known_form_present(forms,
                                                                                   target)):
            continue
        # A sound-alike may be another name: 크롬 (Chrome) for Chroma, 스탠퍼드 for Berkeley.
        other = _other_known_name(known, source, target)
        if not other and _survives(name, target):
            continue
        if other:
            findings.append(Finding(
                NAME, "names", "major",
                f'the name "{name.text}" became {other}: the cue names someone else',
                weight=0.85))
            continue
        if forms is not None and name.kind != "acronym":
            other_form = next((f for f in forms if f.lower() != name.text.lower()),
                              "a transliteration")
            findings.append(Finding(
                NAME, "names", "major",
                f'the name "{name.text}" is lost: the cue has neither {name.text} nor '
                f'{other_form}', weight=0.8))
            continue
        if name.kind in ("acronym", "technical"):
            kind = name.kind
            changed = _similar_acronym(name.text, target, source,
                                       _ACRONYM if kind == "acronym" else _ALNUM_WORD)
            if not changed and any(c.isdigit() for c in name.text):
                # an acronym with a digit may become a name of letters and digits (A10G: A100)
                kind = "technical"
                changed = _similar_acronym(name.text, target, source, _ALNUM_WORD)
            if changed:
                findings.append(_acronym_changed(name.text, changed, target, kind))
                continue
        instead = _latin_name_instead(source, target) if name.kind == "word" else None
        if instead:
            # "by Zoph and colleagues" said Shazeer와 동료들이: another person, not a word
            # Korean renders by meaning
            findings.append(Finding(
                NAME, "names", "major",
                f'the name "{name.text}" is not in the cue, which names {instead} instead',
                weight=0.7))
            continue
        if name.kind == "word" and _BY_TITLE.search(target):
            continue  # "Thank you, Tom" said 코치님, 감사합니다: Korean calls a person by title
        weight = {"acronym": 0.5, "technical": 0.6, "word": 0.3}[name.kind]
        findings.append(Finding(
            NAME, "names", "major" if name.kind != "word" else "minor",
            f'name "{name.text}" is not in the cue, neither in Latin letters nor transliterated',
            weight=weight))
    return findings


# a person addressed or spoken of by a title: 코치님, 교수님께서, 회장님의
_BY_TITLE = re.compile(r"[가-힣]{1,4}님(?=께서|[은는이가을를께의도과와에,.!?\s]|$)")
_LATIN_CAPITALISED = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+(?![A-Za-z])")


def _latin_name_instead(source: str, target: str) -> str | None:
    """A capitalised Latin word of the cue that the English does not have."""
    said = source.lower()
    return next((m.group() for m in _LATIN_CAPITALISED.finditer(target)
                 if not re.search(rf"(?<![a-z]){m.group().lower()}(?![a-z])", said)
                 and m.group() not in NOT_NAMES and m.group() not in COMMON_CAPITALISED),
                None)


# Versioned names -------------------------------------------------------------------------

@dataclass(frozen=True)
class _Occurrence:
    base_span: tuple[int, int]
    version: str  # the digits that follow the name in the target, "" if none
    end: int  # where those digits end
    split_part: str  # digits after a particle ("라마 3요 1" -> "1"), "" if none
    split_end: int


_AFTER_BASE = re.compile(r"(?:\s?버전)?[\s-]?v?(\d+(?:[.,]\d+)*(?:[a-z]|[A-Z](?<![BKMT]))?)")
_SPLIT_TAIL = re.compile(r"[가-힣]{1,3},?\s?(\d+)(?![\d,.]*\s?[만억조십백천])")


@functools.lru_cache(maxsize=4096)  # more names than the re module's own cache holds
def _base_pattern(base: str) -> re.Pattern:
    return re.compile(r"(?<![A-Za-z])" + re.escape(base) + r"(?![a-z])", re.IGNORECASE)


def _base_occurrences(base: str, target: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _base_pattern(base).finditer(target)]
    for m in _HANGUL_WORD.finditer(target):
        word = m.group(0)
        for end in range(len(word), 0, -1):
            if hangul_sound_key(word[:end]) == english_sound_key(base):
                spans.append((m.start(), m.start() + end))
                break
    return sorted(spans)


def _occurrence(base_span: tuple[int, int], target: str) -> _Occurrence:
    m = _AFTER_BASE.match(target, base_span[1])
    if not m:
        return _Occurrence(base_span, "", base_span[1], "", base_span[1])
    tail = _SPLIT_TAIL.match(target, m.end())
    return _Occurrence(base_span, m.group(1), m.end(),
                       tail.group(1) if tail else "", tail.end() if tail else m.end())


def _version_problem(label: Label, occ: _Occurrence, target: str):
    """(message, span, replacement) for an occurrence that does not carry the label's version.

    The replacement joins name and version as the cue does (GPT 40 -> GPT 4o, Qwen2 ->
    Qwen2.5), or, where the cue has no version, as the English does (GPT-4o)."""
    version, shown_name = label.version, label.text
    said = target[occ.base_span[0]:occ.end]
    if occ.version:
        joint = target[occ.base_span[1]:occ.end - len(occ.version)]
    else:
        joint = label.text[len(label.base):len(label.text) - len(label.version)]
    base_text = target[occ.base_span[0]:occ.base_span[1]] + joint
    if not occ.version:
        return (f'"{shown_name}" lost its version: the cue says {said}', occ.base_span,
                f"{base_text}{version}")
    if occ.version.startswith(version) and len(occ.version) > len(version):
        return (f'"{shown_name}" has a number glued to its version: the cue says {said}',
                (occ.base_span[0], occ.end), None)
    if version.startswith(occ.version + "."):
        if occ.version + "." + occ.split_part == version:
            split = target[occ.base_span[0]:occ.split_end]
            return (f'"{shown_name}" is split apart: the cue says {split}',
                    (occ.base_span[0], occ.split_end), f"{base_text}{version}")
        return (f'"{shown_name}" lost its version: the cue says {said}',
                (occ.base_span[0], occ.end), f"{base_text}{version}")
    return (f'"{shown_name}" has the wrong version: the cue says {said}',
            (occ.base_span[0], occ.end), f"{base_text}{version}")


def _label_findings(pair: AlignedPair) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    by_base: dict[str, list] = {}
    for label in english_labels(source):
        by_base.setdefault(label.base, []).append(label)
    findings = []
    for base, labels in by_base.items():
        occurrences = sorted((_occurrence(span, target)
                              for span in _base_occurrences(base, target)),
                             key=lambda o: not o.version)  # versioned mentions first
        wanted = []
        for label in labels:
            exact = next((o for o in occurrences if o.version.lower() == label.version.lower()),
                         None)
            if exact is not None:
                occurrences.remove(exact)
            elif "version" in label.text.lower() and re.search(
                    rf"(?<![\d.]){re.escape(label.version)}(?![\d.])", target):
                # "KEDA, version 2.15" said KEDA이고, 2.15 버전: the English parts them too
                continue
            elif label.version not in (w.version for w in wanted):
                wanted.append(label)
        for label, occ in zip(wanted, occurrences):
            message, span, replacement = _version_problem(label, occ, target)
            if replacement is not None:  # GPT 40은 -> GPT 4o는: the particle follows the new end
                span, replacement = _with_particle(target, span, replacement)
            findings.append(Finding(NAME, "names", "major", message, span=span,
                                    replacement=replacement, weight=0.85))
        for label in wanted[len(occurrences):]:
            findings.append(Finding(NAME, "names", "major",
                                    f'"{label.text}" is not in the cue', weight=0.6))
    return findings


# Words that name a model of a family after its version: "GPT-4o mini" is not GPT-4o.
_VARIANTS = {"mini": "미니", "nano": "나노", "pro": "프로", "turbo": "터보", "flash": "플래시",
             "lite": "라이트", "ultra": "울트라", "plus": "플러스", "max": "맥스",
             "haiku": "하이쿠", "sonnet": "소네트", "opus": "오퍼스", "instruct": "인스트럭트"}
_EN_VARIANT = re.compile(r"\s(" + "|".join(_VARIANTS) + r")\b", re.IGNORECASE)


def _variant_findings(pair: AlignedPair) -> list[Finding]:
    """A model's variant word dropped: "GPT-4o mini" -> GPT-4o, "Gemini 1.5 Flash" ->
    Gemini 1.5."""
    source, target = pair.source_text, pair.target.text
    findings = []
    for label in english_labels(source):
        variant = _EN_VARIANT.match(source, label.span[1])
        if variant is None or label.text.lower() not in target.lower():
            continue
        word = variant.group(1).lower()
        if word not in target.lower() and _VARIANTS[word] not in target:
            findings.append(Finding(
                NAME, "names", "major",
                f'"{label.text} {variant.group(1)}" became {label.text}: another model; '
                f"write {label.text} {variant.group(1)}", weight=0.75))
    return findings


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")


def _opens_sentence(source: str, at: int) -> bool:
    """Whether the word at `at` starts its sentence (its capital then says nothing)."""
    return at == 0 or _SENTENCE_END.search(source[:at]) is not None


def _version_added(pair: AlignedPair) -> list[Finding]:
    """A version the English does not give a name: "PaLM did the same in 2022" said PaLM 2도,
    another, later model."""
    source, target = pair.source_text, pair.target.text
    versioned = {label.base.lower() for label in english_labels(source)}
    said = {q.value for q in english_quantities(source)} | {
        float(n) for n in re.findall(r"\d+", source)}
    findings = []
    for label in korean_labels(target):
        base = label.base
        # (a name, capitalised, whose figure the English does not say anywhere: not
        # "temperature 0" for "at temperature zero", nor "GPU 3" beside "three GPUs")
        if (len(base) >= 2 and base[0].isupper() and base.lower() not in versioned
                and re.fullmatch(r"\d+", label.version)
                and re.search(rf"(?<![A-Za-z]){re.escape(base)}(?![A-Za-z0-9-])", source)
                and float(label.version) not in said
                # (GPU 1대 is a count)
                and not KOREAN_COUNTER_AFTER.match(target, label.span[1])):
            findings.append(Finding(
                NAME, "names", "major",
                f'"{base}" became {label.text}: another model; write {base}',
                span=label.span, weight=0.7))
    return findings


def _title_run_findings(pair: AlignedPair, known: dict[str, tuple[str, ...]]) -> list[Finding]:
    """A word lost from a run of capitalised words the cue otherwise keeps in Latin letters:
    "the Switch Transformer paper" said Swin Transformer, "Francisco Massa and Grigory
    Sizov" said Grigory Sizov alone, "from Tsinghua and Infinigence" said 베이징대와
    Infinigence, "Text Generation Inference" said Text Generation Interface. A run the cue
    translates whole (Millbrook Angling Society, 밀브룩 낚시회) says nothing, unless it opens
    with a known product's name the cue does not say at all ("AWS Textract or Azure
    Document Intelligence" said AWS Textract alone)."""
    source, target = pair.source_text, pair.target.text
    findings = []
    for run in _TITLE_RUN.finditer(source):
        brand = run.group().split()[0]
        if brand.lower() in known and not _said_at_all(brand, known[brand.lower()], target):
            findings.append(Finding(
                NAME, "names", "major",
                f'name "{run.group()}" is not in the cue, neither in Latin letters nor '
                "transliterated", weight=0.7))
            continue
        # each name of "Tsinghua and Infinigence": its words, each kept in Latin letters or not
        names = []
        for part in re.finditer(r"(?:(?! and ).)+", run.group()):
            at = run.start() + part.start()
            words = [w.group() for w in _TITLE_WORD.finditer(part.group())
                     if w.group() not in NOT_NAMES and w.group() not in COMMON_CAPITALISED
                     and not _opens_sentence(source, at + w.start())]
            names.append([(w, re.search(rf"(?<![A-Za-z]){w}(?![A-Za-z])", target) is not None)
                          for w in words])
        if not any(kept for name in names for _, kept in name):
            continue
        # A word after the last one kept is a head noun Korean translates ("Riverside Science
        # Fair" said Riverside 과학 박람회); one before it, or a name of which nothing is
        # kept, was lost ("Switch Transformer" said Swin Transformer).
        lost = []
        for name in names:
            last_kept = max((k for k, (_, kept) in enumerate(name) if kept), default=len(name))
            lost += [w for w, kept in name[:last_kept]
                     if not kept and not _survives(SourceName(w, "word"), target)]
            if last_kept < len(name) - 1 and not name[last_kept + 1][1]:
                # the cue goes on in Latin letters after the last word kept, with another word
                went_on = re.search(rf"(?<![A-Za-z]){name[last_kept][0]}\s+([A-Z][a-z]+)",
                                    target)
                if went_on and went_on.group(1) not in source:
                    lost.append(name[last_kept + 1][0])
        if lost:
            findings.append(Finding(
                NAME, "names", "major",
                f'name "{" ".join(lost)}" is not in the cue, which keeps the rest of '
                f'"{run.group()}" in Latin letters', weight=0.7))
    return findings


# "HumanEval+" and "C++" are other things than HumanEval and C: the plus is part of the name.
_EN_PLUS_NAME = re.compile(r"(?<![\w+])([A-Z][A-Za-z0-9]*)(\+{1,2})(?![\w+])")


def _plus_findings(pair: AlignedPair) -> list[Finding]:
    """A name's plus lost or changed: "HumanEval+" said HumanEval-X or HumanEval."""
    source, target = pair.source_text, pair.target.text
    findings = []
    for m in _EN_PLUS_NAME.finditer(source):
        base, plus = m.groups()
        said = list(re.finditer(rf"(?<![A-Za-z]){re.escape(base)}(?![A-Za-z0-9])", target))
        if said and not any(target.startswith(plus, t.end())
                            or re.match(r"\s?플러스", target[t.end():]) for t in said):
            findings.append(Finding(
                NAME, "names", "major",
                f'"{m.group()}" became {base}{_rest_of_word(target, said[0].end())}: another '
                f"name; write {m.group()}", span=said[0].span(), weight=0.75))
    return findings


def _rest_of_word(target: str, end: int) -> str:
    return re.match(r"[-A-Za-z0-9]*", target[end:]).group()


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    if not pair.source_text.strip():
        return []
    # no names to keep in "robbing Peter to pay Paul" said 아랫돌 빼서 윗돌 괴기
    return findings_with_idioms_set_aside(lambda p: _findings(p, ctx), pair, ctx)


def _findings(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    known = ctx.known_names if ctx else {}
    return (_label_findings(pair) + _variant_findings(pair) + _prefix_findings(pair)
            + _plus_findings(pair) + _title_run_findings(pair, known) + _version_added(pair)
            + _name_findings(pair, known) + _language_findings(pair)
            + _from_to_swapped(pair))


# "moved from Berlin to Lisbon": Korean marks where it starts with 에서/부터 and where it
# ends with (으)로/까지, so the names must keep their particles.
_EN_FROM_TO = re.compile(r"\bfrom ([A-Z][\w.+-]*(?: [A-Z][\w.+-]*)?) to "
                         r"([A-Z][\w.+-]*(?: [A-Z][\w.+-]*)?)")
_KO_FROM = re.compile(r"(?:에서|부터)(?![가-힣])")
_KO_TO = re.compile(r"(?:으로|로|까지)(?![가-힣])")
_KO_WORD = re.compile(r"[가-힣A-Za-z0-9.+-]+")
_KO_PARTICLE_END = re.compile(r"(?:에서|부터|으로|로|까지|은|는|이|가|을|를|의|와|과|에)$")


def _word_of(name: str, target: str) -> str | None:
    """The target word that holds `name`, in Latin letters or said in Hangul."""
    for m in _KO_WORD.finditer(target):
        word = m.group()
        latin = re.match(r"[A-Za-z0-9.+-]+", word)
        stem = _KO_PARTICLE_END.sub("", word)
        if latin and latin.group().lower() == name.lower() or stem and says_name(name, stem):
            return word
    return None


def _from_to_swapped(pair: AlignedPair) -> list[Finding]:
    """"from Berlin to Lisbon" said 리스본에서 베를린으로: the two ends traded places."""
    source, target = pair.source_text, pair.target.text
    if "from" not in source:
        return []
    for m in _EN_FROM_TO.finditer(source):
        start, end = m.group(1).rstrip("."), m.group(2).rstrip(".")
        said_start, said_end = _word_of(start, target), _word_of(end, target)
        if not said_start or not said_end or said_start == said_end:
            continue
        if _KO_TO.search(said_start) and _KO_FROM.search(said_end):
            return [Finding(NAME, "accuracy/mistranslation", "major",
                            f'the English goes from {start} to {end}; the cue goes from '
                            f"{_KO_PARTICLE_END.sub('', said_end)} to "
                            f"{_KO_PARTICLE_END.sub('', said_start)}: the two ends are swapped",
                            weight=0.8)]
    return []


# A name made of a capitalised word and another name: Med-PaLM, Self-RAG, Code-Llama.
_PREFIXED_NAME = re.compile(r"(?<![\w-])([A-Z][A-Za-z]+)-([A-Za-z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*"
                            r"|[A-Z][a-z]+)(?![\w-])")


def _prefix_findings(pair: AlignedPair) -> list[Finding]:
    """A name's first part dropped, leaving another model: "Med-PaLM 2" -> PaLM 2."""
    source, target = pair.source_text, pair.target.text
    findings = []
    for m in _PREFIXED_NAME.finditer(source):
        head, tail = m.group(1), m.group(2)
        if (m.group() in target or head.lower() in target.lower()
                # (a transliteration of two syllables or more: 몇 is no "Med")
                or any(sounds_like(head, w) for w in _HANGUL_WORD.findall(target)
                       if len(w) >= 2 and sounds_like(head, w[:2]))):
            continue
        left = re.search(rf"(?<![A-Za-z0-9-]){re.escape(tail)}(?![A-Za-z0-9])", target)
        if left:
            findings.append(Finding(NAME, "names", "major",
                                    f'"{m.group()}" became {tail}: another model; write '
                                    f"{m.group()}", span=left.span(), replacement=m.group(),
                                    weight=0.75))
    return findings


# Languages are translated, not kept (Japanese -> 일본어), so source_names leaves them out;
# one said as another is still a name changed.
LANGUAGES = {
    "English": ("영어",), "Korean": ("한국어", "한글"), "Japanese": ("일본어", "일어"),
    "Chinese": ("중국어", "중문", "만다린"), "Mandarin": ("중국어", "만다린", "표준 중국어"),
    "French": ("프랑스어", "불어"), "German": ("독일어",), "Spanish": ("스페인어",),
    "Italian": ("이탈리아어",), "Portuguese": ("포르투갈어",), "Russian": ("러시아어",),
    "Arabic": ("아랍어",), "Hindi": ("힌디어",), "Vietnamese": ("베트남어",), "Thai": ("태국어",),
    "Indonesian": ("인도네시아어",), "Dutch": ("네덜란드어",), "Turkish": ("튀르키예어", "터키어"),
    "Polish": ("폴란드어",), "Swahili": ("스와힐리어",), "Hebrew": ("히브리어",),
}
_LANGUAGE_NAME = re.compile(r"\b(" + "|".join(LANGUAGES) + r")\b")


def _language_findings(pair: AlignedPair) -> list[Finding]:
    """A language the English names said as another one (Japanese inputs -> 중국어 입력)."""
    source, target = pair.source_text, pair.target.text
    if "어" not in target:  # every Korean language name ends in 어 (or is 한글, 중문)
        return []
    said = {m.group(1) for m in _LANGUAGE_NAME.finditer(source)}
    if not said:
        return []
    forms_said = {form for name in said for form in LANGUAGES[name]}
    findings = []
    for name in sorted(said):
        if any(form in target for form in LANGUAGES[name]):
            continue
        other = next((form for other, forms in LANGUAGES.items() if other not in said
                      for form in forms if form not in forms_said and form in target), None)
        if other:
            start = target.index(other)
            findings.append(Finding(NAME, "names", "major",
                                    f'the language "{name}" became {other}',
                                    span=(start, start + len(other)), weight=0.85))
    return findings

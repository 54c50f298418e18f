"""Check: junk in the target — Latin words the source does not have, stray symbols, stutters.

* Latin words: a run of Latin words in the Korean ("getput", "Get in get") is
  fine when the source has it (names, acronyms, code, a term kept in English);
  otherwise it is left-over or invented English, or, for a known product or company
  name (data/names.csv), added content. A run that is English prose (two function
  words: "See you there", or lower-case words with an adverb in -ly or opening with a
  spelled count: "wildly different ranks", "three seeds") was left untranslated, source
  or not, unless the English has it too and the cue quotes it or it spells out an acronym
  of the cue. Acronyms are left to the names check, which can say which acronym was meant.
  A versioned name that starts like one of the source's and differs in the rest
  (DeepSeek-V2-Base for DeepSeek-V3-Base) is a changed name, not junk.
* Stray symbols: @ # ^ _ | ~ and the like glued inside a word ("LMS@타입"),
  pieces of a translation model's tokens (▁▁@@, @-@), and doubled punctuation
  (",,", "!!", ".." but not "...").
* Repeats: the same word three times in a row ("그 그 그"), a sentence-final
  predicate twice ("합니다 합니다."), or the same two-or-more-word phrase twice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from qa.checks.base import ENGLISH_FUNCTION_WORDS, CheckContext
from qa.model import AlignedPair, Finding

NAME = "untranslated"

# Words as _source_words reads them (GPT-4o, e-4 are one word each), in runs.
# (a word does not end in a quote: 'Toy Models of Superposition' ends at the n)
_LATIN_WORD = r"[A-Za-z](?:[A-Za-z0-9'’-]*[A-Za-z0-9-])?"
_LATIN_RUN = re.compile(rf"{_LATIN_WORD}(?:\s+{_LATIN_WORD})*")
_LATIN_CLAUSE = re.compile(_LATIN_RUN.pattern + r"(?:,\s*" + _LATIN_RUN.pattern + r")*")
_CAMEL = re.compile(r"[a-z][A-Z]")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]+s?")
_RANGE_OF_SIZES = re.compile(r"\d[KMBT]~\d")
_STRAY_SYMBOL = re.compile(r"(?<=[\w가-힣])[@#^_|~\\<>{}\[\]=*]+(?=[\w가-힣])")
_SETTING = re.compile(r"[A-Za-z_][\w.]*=[\w.\"']+")
_KO_TITLE_MARKS = re.compile(r"<[^<>]*[가-힣][^<>]*>")
# Pieces of a translation model's own tokens: SentencePiece's word mark, subword-nmt's
# continuation mark and Moses' escaped hyphen.
_METRIC_AT = re.compile(r"[A-Za-z]+@(?:\d+|k)(?![0-9A-Za-z])")
_MODEL_TOKENS = re.compile(r"(?:▁|@@|@-@)+")
_DOUBLED_PUNCT = re.compile(r"(?<!\.)(?:,{2,}|!{3,}|\?{3,}|\.{2}(?!\.)|\.{4,}|[;:]{2,})")
_WORD = re.compile(r"\S+")
# (and an identifier with an underscore listed between commas: a status list "validating,
# in_progress, completed" is copied code, not English prose)
_URL_OR_CODE = re.compile(r"\S*(?:://|www\.|\.(?:com|org|net|io|py)\b|[\w.]+@[\w.]+\.\w+)\S*|"
                          r"(?<=, )[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+|"
                          r"[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?=,)")


# "GPT-4-class", "7B-sized": Korean says 급, 규모 after the name itself.
_CLASS_SUFFIX = re.compile(r"(.+?)-(?:class|level|grade|tier|sized?|scale|style|like|based|"
                           r"powered|compatible|specific|only)")


def _source_words(source: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z0-9'’-]*", source)}
    return (words | {w[:-2] for w in words if w.endswith(("'s", "’s"))}  # IBM's is IBM
            | {m.group(1) for w in words if (m := _CLASS_SUFFIX.fullmatch(w))})  # GPT-4-class


def _word_parts(words: set[str]) -> set[str]:
    """The parts of hyphenated words: "learning-rate" kept as "learning rate"."""
    return {part for w in words if "-" in w for part in w.split("-") if part}


def _known(word: str, source_words: set[str], parts: frozenset[str] = frozenset()) -> bool:
    """A word the source has, allowing an inflection (models / model, tuned / tuning) or
    a part of a hyphenated word (only as a whole part: Zephyr-7B-beta has no Zephyr-7B-alpha)."""
    w = word.lower().strip("'’-")
    # Korean has no plural: "scaling laws" kept in Latin is written "scaling law".
    if any(form in source_words or form in parts for form in (w, w + "s", w + "es")):
        return True
    # (a short verb kept bare: "fit된다" for "fitted", "run" for "running"; or the English's
    # verb kept as its -ing noun: "padding하세요" for "Pad")
    if len(w) >= 3 and any(form in source_words for form in (
            w + "ed", w + "ing", w + w[-1:] + "ed", w + w[-1:] + "ing")):
        return True
    if w.endswith("ing") and any(w in (s + "ing", s + s[-1:] + "ing") for s in source_words
                                 if len(s) >= 3):
        return True
    if _CAMEL.search(word):
        # A name spelled its own way (DiT-XL) is inflected only by a plural or possessive,
        # or is part of a compound (OpenAI-compatible): DiT-L is another name, not a form.
        return any(s in (w + "s", w + "'s", w + "’s") or w in s.split("-") for s in source_words)
    if any(c.isdigit() for c in w):
        return False  # gpt-4o-2024-06-08 is not a form of gpt-4o: digits do not inflect
    if "-" in w and all(part in source_words for part in w.split("-") if part):
        return True  # end-to-end for "end to end"
    # (or of a part: "tokenize" for "re-tokenizing", not "nvida-smi" for "nvidia")
    return len(w) >= 4 and any(
        _common_prefix(w, s) >= max(4, min(len(w), len(s)) - 3)
        for s in (source_words | parts if "-" not in w else source_words))


# Names with a version: DeepSeek-V3-Base, Zephyr-7B-beta, text-embedding-3-small, NeuralBeagle14.
_NAME_WITH_VERSION = re.compile(
    r"[A-Za-z][A-Za-z0-9.]*(?:-[A-Za-z0-9.]+)+|[A-Za-z]+[A-Z][A-Za-z]*\d\w*")


_HYPHENATED_NAME = re.compile(r"\b[A-Za-z][\w.]*(?:-[A-Za-z0-9][\w.]*)+")


def _changed_name(run: str, source: str) -> str | None:
    """The source's name that `run` garbles (DeepSeek-V2-Base for DeepSeek-V3-Base): a
    versioned name that starts like one of the source's and differs in the rest; or a
    name's variant changed (RoBERTa-base for RoBERTa-large); or a name of two words or more
    whose first word is kept and the rest changed (Argo CD for Argo Rollouts)."""
    if " " in run:
        first = run.split()[0]
        if len(first) < 3 or not first[0].isupper():
            return None
        for m in re.finditer(rf"\b{re.escape(first)}(?:\s[A-Z][\w.+-]*)+", source):
            name = m.group(0).rstrip(".")
            if not name.lower().startswith(run.lower()) and \
                    not run.lower().startswith(name.lower()):
                return name
        return None
    if "-" in run:
        base = run.split("-")[0]
        for name in _HYPHENATED_NAME.findall(source):
            if (name.lower() != run.lower() and len(base) >= 3 and any(c.isupper() for c in base)
                    and name.split("-")[0] == base):
                return name
    if not any(ch.isdigit() for ch in run):
        return None
    for name in _NAME_WITH_VERSION.findall(source):
        shared = _common_prefix(run.lower(), name.lower())
        if name != run and shared >= 5 and shared >= len(name) // 2:
            return name
    return None


def _misspelled(run: str, name: str) -> bool:
    """A name of words spelled a letter or two off (Henry Augutus Rowland, Jetson Orion Nano),
    not another name or version (Argo CD for Argo Rollouts, DeepSeek-V2 for DeepSeek-V3): such
    a run is only English the source does not say, as any unknown word is."""
    if " " not in run or any(c.isdigit() for c in run + name):
        return False
    return SequenceMatcher(None, run.lower(), name.lower()).ratio() >= 0.85


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


_UNIT_AFTER_NUMBER = re.compile(r"(?:k|m|c|µ)?(?:g|m|l|b|B|s|W|Hz)|km/h|mph|ms|kWh|px|pt|"
                                r"[KMGT]B|min|sec|hr?s?|GHz|MHz|fps|kcal|cal|kgs?|lbs?")


def _is_unit(target: str, m: re.Match) -> bool:
    """A unit symbol right after a number (500kg, 8 GB) or before 당, "per" (kWh당): not
    English left over."""
    before = target[:m.start()].rstrip()
    return bool((before and before[-1].isdigit() or target.startswith("당", m.end()))
                and _UNIT_AFTER_NUMBER.fullmatch(m.group(0)))


_RANGE_END = re.compile(r"[\d십백천만억조]")
_DIGITS_BEFORE = re.compile(r"[\d.]+$")
_TIMES_DIGITS = re.compile(r"x\d+(?:\.\d+)?")


def _number_in_source(target: str, m: re.Match, source: str) -> bool:
    """Letters written onto a number the source writes the same way (2e-4, 405B), or the x
    of a size (1024x1024 for "1024 by 1024")."""
    digits = _DIGITS_BEFORE.search(target, 0, m.start())
    if not digits:
        return False
    return (digits.group(0) + m.group(0)).lower() in source.lower() or bool(
        _TIMES_DIGITS.fullmatch(m.group(0)))


_TOP_K = re.compile(r"top-?(\d+)", re.IGNORECASE)
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve "
                 "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty").split()


def _cutoff_in_source(run: str, source: str) -> bool:
    """A ranking cutoff written top-5 for an English "recall at five" or "top five"."""
    m = _TOP_K.fullmatch(run)
    if not m:
        return False
    n = int(m.group(1))
    said = rf"(?:{n}|{_NUMBER_WORDS[n]})" if n < len(_NUMBER_WORDS) else str(n)
    return re.search(rf"\b(?:at|top|@)[\s-]?{said}\b", source, re.IGNORECASE) is not None


def _is_prose(words: list[str], listed: bool = False) -> bool:
    """English words that make a sentence ("See you there"), not a name, a title or a term
    kept in Latin script ("Mixture of Experts", "Lost in the Middle"). `listed`: the words
    come from a comma-separated run, which may be a list of terms (tiny, base, small)."""
    # (a lower-case i is an index, "expert i", not the pronoun)
    is_function = [w.lower().strip("'’") in ENGLISH_FUNCTION_WORDS and w != "i" for w in words]
    function_words = sum(is_function)
    content = [w for w, f in zip(words, is_function) if not f]
    # A title ("Lost in the Middle", "Attention Is All You Need") capitalises its words.
    if all(w[0].isupper() for w in words) or (
            len(content) >= 2 and all(w[0].isupper() for w in content)):
        return False
    # Lower-case words with a function word read as a phrase ("its share", "happens to
    # love", "or better, pass a JSON schema"), and so do four of them ("pip installs time
    # out"); terms kept in Latin are nouns of a word or three ("reward model", "mixture of
    # experts": "of" is not one).
    lower = sum(w[0].islower() for w in words)
    return (function_words >= 2 or (function_words == 1 and lower >= 2)
            or lower >= 4 and not listed)


# Words in -ly that are no adverbs, or that open a term kept in Latin ("early stopping").
_NOT_ADVERBS = frozenset("""apply reply supply multiply rely comply family assembly anomaly
italy poly holy ugly early only""".split())


# a count spelled out opens a phrase, not a term ("three seeds", "one or two points")
_COUNT_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve
twenty thirty fifty hundred thousand""".split())


def _plain_phrase(words: list[str], target: str, span: tuple[int, int]) -> bool:
    """Lower-case words with an adverb in -ly ("wildly different ranks", "quietly fail") or
    opening with a spelled count ("three seeds"): terms kept in Latin script are nouns, so
    they are a phrase left in English, unless they are an item of a list of labels
    ("supported, partially supported, unsupported")."""
    return (sum(w[0].islower() for w in words) >= 2
            and (any(map(_is_adverb, words)) or words[0] in _COUNT_WORDS)
            and not _between_commas(target, span))


def _is_adverb(word: str) -> bool:
    w = word.lower()
    return len(w) >= 5 and w.endswith("ly") and w not in _NOT_ADVERBS


def _between_commas(target: str, span: tuple[int, int]) -> bool:
    """A run with a comma between it and another Latin run is an item of a list, which may
    list labels or terms ("supported, partially supported, unsupported")."""
    return re.match(r",\s*[A-Za-z]", target[span[1]:]) is not None or \
        re.search(r"[A-Za-z],\s*$", target[:span[0]]) is not None


def _as_phrase(text: str) -> str:
    """Text as a run of Latin words is compared: "DeepSeek's API" says "deepseek api", and
    "learning-rate schedules" says "learning rate schedules"."""
    return " ".join(re.sub(r"['’]s\b", "", text.lower()).replace("-", " ").split())


_QUOTES = "\"'“”‘’「」『』"


# what names a quoted phrase: "lost in the middle" 효과, "As an AI language model" 같은 문구
_NAMED_BY = re.compile(r"\s?(?:효과|현상|논문|문제|법칙|원칙|패턴|방식|문구|문장|같은|이라는|라는)")


def _said_apart(words: list[str], source: str) -> bool:
    """Two words the English says in this order with a few between: "both implicit and
    explicit caching" written out as implicit caching과 explicit caching."""
    return len(words) == 2 and re.search(
        rf"\b{re.escape(words[0])}\b(?:\W+\w+){{1,3}}?\W+{re.escape(words[1])}\b", source,
        re.IGNORECASE) is not None


def _quoted(text: str, span: tuple[int, int]) -> bool:
    """A quoted string as written ("As an AI language model"), or the name of something
    ("lost in the middle" 효과), not words quoted for emphasis ("better at citing"인지), which
    are translated."""
    before, after = text[:span[0]].rstrip(), text[span[1]:].lstrip()
    if not (before and before[-1] in _QUOTES and after and after[0] in _QUOTES):
        return False
    return text[span[0]].isupper() or bool(_NAMED_BY.match(after, 1))


_QUOTATION = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def _in_quotation_from_source(target: str, span: tuple[int, int], source: str) -> bool:
    """Inside a quotation the cue copies from the English as written: an error message,
    "CUDA out of memory. Tried to allocate 2.00 GiB.", stays as the program prints it. (Words
    quoted for emphasis, "better at citing", have no sentence mark or figure and are
    translated.)"""
    return any(m.start(1) <= span[0] and span[1] <= m.end(1) and m.group(1).strip() in source
               and re.search(r"[.:!]\s|\d", m.group(1))
               for m in _QUOTATION.finditer(target))


def _spells_out(words: list[str], target: str) -> bool:
    """The words expand an acronym the cue also has ("SGMV, 즉 segmented gather
    matrix-vector multiplication"): a gloss kept in English, as Korean tech subtitles do.
    The acronym's letters are initials of the words, in order, from the first word."""
    initials = "".join(part[0] for w in words for part in w.split("-") if part).upper()
    for acronym in set(_ACRONYM.findall(target)):
        letters = acronym.rstrip("s")
        if len(letters) < 2 or letters[0] != initials[:1] or len(initials) > len(letters) + 2:
            continue
        rest = iter(initials)
        if all(letter in rest for letter in letters):
            return True
    return False


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _part_of_known_form(target: str, m: re.Match, source: str, known_names: dict) -> bool:
    """Whether the Latin run ends a known name's Korean form the English names: the GPT of
    챗GPT, for "ChatGPT"."""
    before = re.search(r"[가-힣]+$", target[:m.start()])
    if before is None:
        return False
    written = (before.group() + m.group(0)).lower()
    lowered = source.lower()
    return any(written == form.lower() for name, forms in known_names.items()
               if name in lowered for form in forms)


def _added_name(name: str, span: tuple[int, int]) -> Finding:
    return Finding(NAME, "addition", "major",
                   f"the cue names {name}, which the English does not mention here: "
                   "added, or from another sentence", span=span, weight=0.65)


def _latin_findings(pair: AlignedPair, known_names: dict) -> list[Finding]:
    source_words = _source_words(pair.source_text)
    parts = frozenset(_word_parts(source_words))
    phrase_source = _as_phrase(pair.source_text)
    findings = []
    target = pair.target.text
    protected = [m.span() for m in _URL_OR_CODE.finditer(target)]
    # A clause left in English may hold commas ("For real-time use, like live captions"),
    # which end a run of terms.
    for m in _LATIN_CLAUSE.finditer(target) if "," in target else ():
        words = m.group(0).replace(",", " ").split()
        if "," in m.group(0) and not _overlaps(m.span(), protected) \
                and _is_prose(words, listed=True) \
                and all(_known(w, source_words, parts) for w in words):
            findings.append(Finding(
                NAME, "untranslated", "major",
                f'"{m.group(0)}" is the English left untranslated', span=m.span(), weight=0.6))
            protected.append(m.span())
    for m in _LATIN_RUN.finditer(target):
        run = m.group(0)
        if _overlaps(m.span(), protected):
            continue
        words = run.split()
        if (len(words) == 1 and _ACRONYM.fullmatch(run) and run.lower() in known_names
                and not _known(run, source_words, parts)  # MMLU, where the English has none
                and not _part_of_known_form(target, m, pair.source_text, known_names)):
            findings.append(_added_name(run, m.span()))
            continue
        if (all(_ACRONYM.fullmatch(w) or len(w) == 1 for w in words) or _is_unit(target, m)
                or _number_in_source(target, m, pair.source_text)
                or _cutoff_in_source(run, pair.source_text)):
            continue
        unknown = [w for w in words
                   if not _ACRONYM.fullmatch(w) and not _known(w, source_words, parts)]
        phrase_in_source = _as_phrase(" ".join(words)) in phrase_source
        if phrase_in_source and (_quoted(target, m.span()) or _spells_out(words, target)
                                 or _in_quotation_from_source(target, m.span(),
                                                              pair.source_text)):
            continue
        if not unknown and (_is_prose(words) or _plain_phrase(words, target, m.span())):
            findings.append(Finding(
                NAME, "untranslated", "major",
                f'"{run}" is the English left untranslated',
                span=m.span(), weight=0.6))
            continue
        if not unknown and (len(words) == 1 or phrase_in_source
                            or _said_apart(words, pair.source_text)):
            continue
        if len(words) == 1 and words[0].lower() in known_names:
            findings.append(_added_name(run, m.span()))
            continue
        changed = _changed_name(run, pair.source_text)
        if changed and not _misspelled(run, changed):
            findings.append(Finding(
                NAME, "names", "major",
                f'"{run}" is not the English\'s {changed}: a name or version changed',
                span=m.span(), replacement=changed, weight=0.8))
            continue
        # Junk standing alone can simply go; junk carrying a particle (getput을) stands
        # for a word we do not know.
        glued = m.end() < len(target) and "가" <= target[m.end()] <= "힣"
        end = m.end() if glued else m.end() + len(target[m.end():]) - len(target[m.end():].lstrip())
        findings.append(Finding(
            NAME, "untranslated", "major",
            f'"{run}" is English the source does not say here (left-over or garbled text)',
            # A garbled name (DiT-L for DiT-XL) is to be corrected, not deleted.
            span=(m.start(), end), replacement=None if glued or _CAMEL.search(run) else "",
            # Unknown lower-case words are junk; an unknown capitalised word may be a name.
            weight=0.75 if any(w[0].islower() for w in unknown) else 0.5))
    return findings


def _symbol_findings(pair: AlignedPair) -> list[Finding]:
    target = pair.target.text
    findings = []
    protected = [m.span() for m in _URL_OR_CODE.finditer(target)]
    for m in _MODEL_TOKENS.finditer(target):
        if m.group(0) not in pair.source_text:
            findings.append(Finding(
                NAME, "fluency", "major", f'"{m.group(0)}" is a piece of the translation '
                "model's tokens left in the text", span=m.span(), replacement="", weight=0.7))
            protected.append(m.span())
    for m in _STRAY_SYMBOL.finditer(target):
        if any(s <= m.start() < e for s, e in protected) or m.group(0) in pair.source_text:
            continue
        if m.group(0) == "~" and _RANGE_END.match(target[m.start() - 1]) and \
                target[m.end()].isdigit() or m.group(0) == "~" and _RANGE_OF_SIZES.search(
                    target, 0, m.end() + 8):
            continue  # a range as Korean writes it: 4~5GB, 1만~10만, 1B~3B
        word_start = target.rfind(" ", 0, m.start()) + 1
        if m.group(0) == "=" and _SETTING.match(target, word_start):
            continue  # a setting written as code: k=60, top_k=50
        if m.group(0) == "@" and _METRIC_AT.match(target, word_start):
            continue  # a metric at a cutoff: recall@10 for "recall at 10"
        if m.group(0) in "<>" and any(t.start() <= m.start() < t.end()
                                      for t in _KO_TITLE_MARKS.finditer(target)):
            continue  # a title in angle brackets, as Korean marks one: <한여름 밤의 꿈>을
        latin_then_hangul = target[m.start() - 1].isascii() and not target[m.end()].isascii()
        findings.append(Finding(
            NAME, "fluency", "major", f'stray "{m.group(0)}" inside a word',
            span=m.span(), replacement=" " if latin_then_hangul else None, weight=0.7))
    for m in _DOUBLED_PUNCT.finditer(target):
        if m.group(0) not in pair.source_text:
            findings.append(Finding(NAME, "fluency", "minor", f'repeated punctuation "{m.group(0)}"',
                                    span=m.span(), replacement=m.group(0)[0], weight=0.3))
    return findings


# A sentence-final predicate said twice ("합니다 합니다.") is a stutter of the translation
# model; other single words need three ("그 그 그": 빨리 빨리 is Korean emphasis).
_PREDICATE_END = re.compile(r"[가-힣](?:니다|요|죠|다)$")


def _repeated_in_source(chunk: list[str], count: int, source: str) -> bool:
    """Figures and symbols only, said as often in the English: "2 + 2 + 4" is a sum."""
    if any(c.isalpha() for word in chunk for c in word):
        return False
    figures = re.findall(r"\d+(?:[.,]\d+)*", " ".join(chunk))
    return bool(figures) and all(len(re.findall(rf"(?<![\d.,]){re.escape(f)}(?![\d.,]?\d)",
                                                  source)) >= count for f in figures)


def _source_repeats(source: str, count: int) -> bool:
    """Whether the English says a word or phrase `count` times in a row too: "I know, I know"
    is 알아요, 알아요."""
    words = [w.strip(".,!?…—–\"'").lower() for w in source.split()]
    for size in (1, 2, 3):
        for i in range(len(words) - size * count + 1):
            chunk = words[i:i + size]
            if all(words[i + k * size:i + (k + 1) * size] == chunk for k in range(1, count)):
                return True
    return False


def _repeat_findings(pair: AlignedPair) -> list[Finding]:
    # Compared without trailing punctuation: "있습니다. 있습니다." repeats one word.
    words = [(m.group(0).rstrip(".,!?…"), m.span()) for m in _WORD.finditer(pair.target.text)]
    if len({w for w, _ in words}) == len(words):
        return []  # no word occurs twice, so nothing repeats
    findings = []
    i = 0
    while i < len(words):
        found = False
        for size in (3, 2, 1):  # longest phrase first
            need = 2 if size > 1 or _PREDICATE_END.search(words[i][0]) else 3
            chunk = [w for w, _ in words[i:i + size]]
            if len(chunk) < size or size > 1 and len(set(chunk)) == 1:
                continue
            if size == 2 and chunk[0] == "한":
                continue  # 한 줄 한 줄, 한 명 한 명: "one by one", said so on purpose
            count = 1
            while [w for w, _ in words[i + count * size:i + (count + 1) * size]] == chunk:
                count += 1
            if count >= need and not _repeated_in_source(chunk, count, pair.source_text) \
                    and not _source_repeats(pair.source_text, count):
                start, end = words[i][1][0], words[i + count * size - 1][1][1]
                keep_end = words[i + size - 1][1][1]
                text = pair.target.text
                # the last copy's punctuation closes the sentence: keep it
                closing = text[start:end][len(text[start:end].rstrip(".,!?…")):]
                findings.append(Finding(
                    NAME, "fluency", "major",
                    f'"{" ".join(chunk)}" is repeated {count} times', span=(start, end),
                    replacement=text[start:keep_end].rstrip(".,!?…") + closing, weight=0.6))
                i += count * size
                found = True
                break
        if not found:
            i += 1
    return findings


# ("you": a speech names the person it thanks, "I know you hate ..." said Priya 님이 ...)
_PERSONAL_PRONOUN = re.compile(r"\b(?:she|he|her|hers|him|his|they|them|their|you|your)\b",
                               re.IGNORECASE)
_IT_OPENS = re.compile(r"(?:^|[.!?;:]\s+)(?:It|This)\b")
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
_NAME_LIKE = re.compile(r"(?:[A-Z]|[a-z]+[A-Z])[\w-]*(?:\.\w+)*")  # Dana, Whisper, vLLM, v0.3


def pronouns_named(pairs: Sequence[AlignedPair], findings: list[list[Finding]]) -> None:
    """Drop, in place, the finding on a name the English of this cue says as a pronoun and
    the lecture's English names elsewhere. Subtitlers name people where English says "she"
    ("She didn't laugh" said Dana는 웃지 않았어요, after a cue that introduced Dana), and a
    known name where English says "its" (Whisper의 기본 타임스탬프는 for "Its native
    timestamps"); a known name said otherwise ("They were measured" said … vLLM보다
    빨라요) is still an addition."""
    lecture_words = None
    for pair, found in zip(pairs, findings):
        if not any(f.check == NAME and f.category in ("untranslated", "addition") for f in found):
            continue
        if lecture_words is None:
            lecture_words = {w for p in pairs for w in _NAME_LIKE.findall(p.source_text)
                             if w.lower() not in ENGLISH_FUNCTION_WORDS}
        found[:] = [f for f in found if not _names_a_pronoun(f, pair, lecture_words)]


def _names_a_pronoun(finding: Finding, pair: AlignedPair, lecture_words: set[str]) -> bool:
    if finding.check != NAME or finding.span is None:
        return False
    target = pair.target.text
    name = target[finding.span[0]:finding.span[1]].strip()
    if name not in lecture_words:
        return False
    if finding.category == "untranslated":
        # (and a sentence's subject "It" said as the name with its subject particle:
        # "It shines in zero-shot settings" said HyDE가 빛을 발하는 건)
        return _PERSONAL_PRONOUN.search(pair.source_text) is not None or (
            _IT_OPENS.search(pair.source_text) is not None
            and target.startswith(("가", "이", "는", "은"), finding.span[1]))
    return (finding.category == "addition" and target.startswith("의", finding.span[1])
            and _POSSESSIVE_PRONOUN.search(pair.source_text) is not None)


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    known = ctx.known_names if ctx is not None else {}
    return _latin_findings(pair, known) + _symbol_findings(pair) + _repeat_findings(pair)

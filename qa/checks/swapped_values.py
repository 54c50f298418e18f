"""Check: figures given to the wrong things ("15% code, 5% math" -> 코드 5%, 수학 15%;
"128 samples of 2,048 tokens" -> 128 토큰짜리 샘플을 2,048개).

Every figure is still there, so numbers_mismatch has nothing to say, and the sentence reads
well. What changed is which thing each figure belongs to. A figure belongs to the thing
named next to it: the nearest *item* in its clause, when that item's nearest figure is this
one too (mutually nearest, within a few words). Items are common nouns and languages the
cue renders in a way we can find: the same Latin word, a termbase rendering, a language's
Korean name, or (for a word the termbase has not) a transliteration that sounds like it
(코드 for "code"). Names are no items: a model carries a size and a version of its own,
which Korean places freely ("Llama 3.1 at 8 billion" said 80억 개짜리 Llama 3.1).

A cue is flagged when
- two items trade figures (samples 128 and tokens 2,048 in the English, the other way round
  in the Korean); or
- a figure belongs to one item in the English and another in the Korean, each item apart
  from that figure in the other language ("went to inference, and only 40% to training" ->
  학습에 쓰였고, 추론에는 40%만); or
- an item holds another of the cue's figures in the Korean, the two figures being in
  different English clauses, each with a thing of its own (a "from 81% to 84% on MMLU" is
  one clause and "between 1 and 3 billion" one range: which of their figures sits next to
  MMLU in Korean says nothing); or
- figures given "respectively" come in another order after 각각; or
- the ends of a change "from A to B" are said B에서 A로.

Things can be paired with things too: two clauses each pairing two words that both
languages keep in Latin ("keys per channel, values per token"), paired the other way in
Korean; and "A divided by B" said B를 A로 나눈.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from qa.checks.anchors import anchors, held
from qa.checks.sounds import transliterates
from qa.checks.base import ENGLISH_FUNCTION_WORDS, CheckContext
from qa.checks.names import LANGUAGES, PARTICLES
from qa.model import AlignedPair, Finding
from qa.numbers import english_quantities, korean_quantities, labels_counting

NAME = "swapped_values"

# a figure and its item are at most this many words apart ("latency went up roughly 6x")
_REACH = 4
_TOKEN = re.compile(r"\S+")
# A clause ends at a comma or stop, or before a word that opens another one.
_EN_CLAUSE_END = re.compile(r"[,.;:!?—–]['\")]*$")
_EN_CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "versus", "vs", "vs.",
                                "so", "because", "although"})
# (and a figure that "and" follows: BM25 점수 14와 | 코사인 유사도 0.82)
# (a counter may stand between: 입력 토큰 2,000개와 | 출력 토큰 500개; 입력 토큰 약 800개에 |
# 출력 토큰 15개, where 에 lists as 와 does)
_KO_CLAUSE_END = re.compile(r"(?:[,.;:!?—–]|[가-힣](?:고|며|지만|는데|은데|니까)|"
                            r"[\d%][가-힣]{0,2}(?:와|과|이랑|랑|하고)|[\d%][가-힣]{1,2}에)['\")]*$")
_LATIN = re.compile(r"[A-Za-z][A-Za-z-]*[A-Za-z]")
_HANGUL_RUN = re.compile(r"[가-힣]+")
# words next to a figure that are no things: "about 40%", "only 3", "times"
_NO_ITEM = frozenset({"about", "around", "roughly", "only", "nearly", "almost", "just",
                      "times", "percent", "over", "under", "least", "most", "more", "less",
                      "than", "each", "per", "every", "some", "those", "these", "from",
                      "got", "gets", "get", "had", "has", "have", "was", "were", "went",
                      "became", "goes", "one", "ones", "point", "points", "already",
                      "hundred", "thousand", "million", "billion", "trillion", "dozen"})
# a verb in the past (돌렸고 would pass for "dialogues" by its sound): no borrowed noun
_KO_CONJUGATED = re.compile(r"[었았였했렸웠졌됐봤줬]")
# verbs a figure is the subject of ("if 2e-4 works"), which no figure belongs to
_FIGURE_VERB = re.compile(r"(?:work|help|fail|matter|suffice|win|hold)(?:s|ed)?", re.IGNORECASE)
_COMPARED_WITH = frozenset({"than", "vs", "vs.", "versus"})
_KO_COMPARED = re.compile(r"(?:보다|대비|비해)[는도]?[,]?$")
_PARTICLE_AFTER_FIGURE = re.compile(r"[\d%](?:에|가|이|은|는|을|를|로|으로|와|과)$")
# Kinds of figures whose place says nothing about what they count.
_SKIP_KINDS = ("year", "ordinal")


@dataclass(frozen=True)
class _Side:
    """One side's tokens: where the figures and the items are, and its clauses."""
    values: dict[float, int]  # figure -> token index (figures said once only)
    items: dict[str, int]  # English item word -> token index
    clause: list[int]  # token index -> clause number
    # Korean only: figure tokens with a particle glued on (0.7에, 0.9가), which close the
    # phrase of the item before them: "top-p 0.7에 temperature 0.9가"
    closing: frozenset[int] = frozenset()


def _token_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _TOKEN.finditer(text)]


def _token_at(spans: list[tuple[int, int]], offset: int) -> int | None:
    for k, (start, end) in enumerate(spans):
        if start <= offset < end:
            return k
    return None


def _clauses(text: str, spans: list[tuple[int, int]], korean: bool) -> list[int]:
    numbers, n = [], 0
    for start, end in spans:
        word = text[start:end]
        if not korean and word.lower() in _EN_CLAUSE_OPENERS:
            n += 1
        numbers.append(n)
        if (_KO_CLAUSE_END if korean else _EN_CLAUSE_END).search(word):
            n += 1
    return numbers


def _figures(quantities, spans) -> dict[float, int]:
    """Figure -> token, for figures said once (a figure said twice has no one owner)."""
    seen: dict[float, list[int | None]] = {}
    for q in quantities:
        # (a word number counts towards "said twice": 4x ... quadruple)
        firm = q.kind not in _SKIP_KINDS and not q.soft
        seen.setdefault(q.value, []).append(_token_at(spans, q.span[0]) if firm else None)
    return {v: ks[0] for v, ks in seen.items() if len(ks) == 1 and ks[0] is not None}


_NAME_LETTER = re.compile(r"( [A-Z0-9])(?![A-Za-z0-9.])")
_NAME_TOKEN = re.compile(r"[A-Z][A-Za-z0-9.-]*[A-Za-z0-9]")


# a name, or a common word both languages write in Latin letters ("target", "draft")
_OWNER_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9.-]*[A-Za-z0-9]")


def _whole_word(word: str, text: str) -> bool:
    return re.search(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text) is not None


def _after_name(text: str, spans, k: int) -> bool:
    # (a sentence's first word is capitalised too: "With 16 bands" names nothing)
    word = text[slice(*spans[k - 1])] if k > 0 else ""
    return _NAME_TOKEN.fullmatch(word) is not None and word.lower() not in ENGLISH_FUNCTION_WORDS


def _english_items(source: str, spans, figures: list[tuple[int, int]]) -> dict[str, int]:
    items: dict[str, list[int]] = {}
    words = [source[s:e].lower() for s, e in spans]
    for k, (start, end) in enumerate(spans):
        if k and (words[k - 1] in _COMPARED_WITH or words[k - 1] in ("to", "with") and k > 1
                  and words[k - 2] == "compared"):
            continue  # "3x faster than B" said B보다 3배: B's place says nothing
        if k and words[k - 1] == "per":
            continue  # "1,500 tokens per second" said 초당 1,500토큰: a rate's unit, no thing
        if any(f[1] <= start and start - f[1] <= 1 for f in figures) and \
                _FIGURE_VERB.fullmatch(words[k].strip(",.;:")):
            continue  # "if 2e-4 works": the verb of the figure, no thing
        for m in _LATIN.finditer(source, start, end):
            # Things are common nouns: a name (Llama 3.1 at 8 billion, AWQ or GPTQ at 4-bit)
            # carries figures of its own, a size or a version, that Korean places freely.
            # (Languages are things too: "40% English, 35% Korean")
            word = m.group()
            in_figure = any(q[0] < m.end() and m.start() < q[1] for q in figures)
            if (len(word) >= 3 and _thing_word(word) or word in LANGUAGES) and not in_figure:
                items.setdefault(word, []).append(k)
    return {w: ks[0] for w, ks in items.items() if len(ks) == 1}


def _thing_word(word: str) -> bool:
    """A lower-case English word that may name a thing: no function word, no word that
    only qualifies a figure ("about", "times") and no conjunction."""
    return (word.islower() and word not in ENGLISH_FUNCTION_WORDS and word not in _NO_ITEM
            and word not in _EN_CLAUSE_OPENERS)


def _termbase_renderings(source: str, termbase) -> dict[str, list[str]]:
    """English word -> its approved Korean renderings, for the single-word terms of the
    termbase the source says (entries_in is one cached pass over the text)."""
    if termbase is None:
        return {}
    return {match.group().lower(): [r.replace(" ", "") for r in entry.approved if r]
            for entry, match in termbase.entries_in(source) if " " not in match.group().strip()}


@functools.lru_cache(maxsize=4096)
def _spaced(rendering: str) -> re.Pattern:
    """A rendering as Korean may space it (지연시간, 지연 시간)."""
    return re.compile(r"\s?".join(map(re.escape, rendering)))


def _korean_items(words: dict[str, int], source: str, target: str, spans,
                  termbase) -> dict[str, int]:
    """English item -> the one Korean token that renders it (items found in no token or in
    several, and tokens claimed by several items, are dropped)."""
    by_word = _termbase_renderings(source, termbase)
    tokens = []  # per token: its Latin words and its leading Hangul, or None if compared
    for start, end in spans:
        token = target[start:end]
        hangul = _HANGUL_RUN.match(token)
        tokens.append(None if _KO_COMPARED.search(token) else (
            [m.group().lower() for m in _LATIN.finditer(token)], hangul and hangul.group()))
    found: dict[str, list[int]] = {}
    for word in words:
        stem = word[:-1] if word.endswith("s") and len(word) > 3 else word
        renderings = list(LANGUAGES[word]) if word in LANGUAGES else (
            by_word.get(word.lower()) or by_word.get(stem.lower()) or [])
        # a rendering of several words (지연 시간 for "latency") is found at its first word
        rendered = {_token_at(spans, m.start()) for r in renderings
                    for m in _spaced(r).finditer(target)}
        # (by sound only a word the termbase does not render: 올렸더니 would pass for
        # "latency")
        by_sound = not renderings and len(stem) >= 4 and word.islower()
        for k, token in enumerate(tokens):
            if token is None:
                continue
            latin, hangul = token
            if (word in latin or stem in latin or k in rendered
                    # (two syllables at least: 더 would pass for "added")
                    or by_sound and hangul and len(hangul) >= 2
                    and not _KO_CONJUGATED.search(hangul)
                    and transliterates(stem, hangul)):
                found.setdefault(word, []).append(k)
    owners: dict[int, list[str]] = {}
    for word, ks in found.items():
        if len(ks) == 1:
            owners.setdefault(ks[0], []).append(word)
    return {words_[0]: k for k, words_ in owners.items() if len(words_) == 1}


def _pairing(side: _Side) -> dict[str, float]:
    """item -> figure, for mutually nearest item and figure of one clause."""
    def nearest(k: int, others: dict) -> object | None:
        reach = [(abs(k - j), key) for key, j in others.items()
                 if side.clause[j] == side.clause[k] and abs(k - j) <= _REACH]
        reach.sort(key=lambda t: t[0])
        if len(reach) > 1 and reach[0][0] == reach[1][0] and side.closing:
            # an item between two figures, or a figure between two items: a figure that
            # closes its phrase belongs to the item before it, one that does not to the
            # item after it
            tied = sorted((others[key], key) for distance, key in reach
                          if distance == reach[0][0])
            (before, key_before), (after, key_after) = tied[0], tied[-1]
            if before < k < after:
                if k in side.values.values():  # a figure between two items
                    return key_before if k in side.closing else key_after
                return key_after if after in side.closing else key_before
        if not reach or len(reach) > 1 and reach[0][0] == reach[1][0]:
            return None
        return reach[0][1]

    owned = {}
    for item, k in side.items.items():
        value = nearest(k, side.values)
        if value is not None and nearest(side.values[value], side.items) == item:
            owned[item] = value
    return owned


# "Hugging Face and mixedbread reported keeping about 96%" said 약 96%가 유지된다고 Hugging
# Face와 mixedbread가 보고했어요: Korean names who reports a figure after the quoted claim.
_KO_QUOTED_CLAIM = re.compile(r"[다라]고\s")


def _reported_by(target: str, figure: tuple[int, int], owner: tuple[int, int]) -> bool:
    return owner[0] > figure[1] and _KO_QUOTED_CLAIM.search(target, figure[1], owner[0]) is not None


# "from 42 milliseconds per token to 38": the two ends of a change, a few words apart
_EN_FROM = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$", re.IGNORECASE)
_EN_TO = re.compile(r"^(?:\s+\S+){0,4}?\s+to\s+(?:about\s+|roughly\s+|over\s+)?$", re.IGNORECASE)
# 38밀리초에서 42밀리초로, 38에서 42까지
_KO_FROM = re.compile(r"^[가-힣%]*에서(?![가-힣])")
_KO_TO = re.compile(r"^[가-힣%]*?(?:으로|로|까지)(?![가-힣])")


def _from_to_turned(source: str, target: str, en_quantities, ko_quantities) -> list[Finding]:
    """A change "from A to B" said B에서 A로: the same two figures, the ends turned round."""
    for first, second in zip(en_quantities, en_quantities[1:]):
        if (first.value == second.value or not _EN_FROM.search(source[:first.span[0]])
                or not _EN_TO.match(source[first.span[1]:second.span[0]])):
            continue
        for start, end in zip(ko_quantities, ko_quantities[1:]):
            if (start.value, end.value) == (second.value, first.value) \
                    and _KO_FROM.match(target[start.span[1]:]) \
                    and _KO_TO.match(target[end.span[1]:]):
                return [Finding(NAME, "numbers", "major",
                                f"the English goes from {first.text} to {second.text}, the cue "
                                f"from {start.text} to {end.text}: the ends are turned round",
                                span=(start.span[0], end.span[1]), weight=0.75)]
    return []


_EN_TWO_CLAUSES = re.compile(r",\s*(?:and\s+|but\s+|while\s+|whereas\s+)?|;\s*", re.IGNORECASE)
_KO_TWO_CLAUSES = re.compile(r",\s*|(?<=지만|는데|은데|면서)\s+")
_TERM = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z-]{2,}(?![A-Za-z])")


def _latin_terms(text: str) -> list[str]:
    """The words of `text` in Latin letters, lower-cased and without a plural's s (Korean
    keeps "keys" as key)."""
    return [re.sub(r"(?<=...)s$", "", w.lower()) for w in _TERM.findall(text)
            if w.lower() not in ENGLISH_FUNCTION_WORDS]


def _terms_crossed(source: str, target: str) -> list[Finding]:
    """Two clauses, each pairing two words that both languages write in Latin letters, paired
    the other way in Korean: "quantize keys per channel, and values per token" said key는
    token별로, value는 channel별로."""
    # (it runs on every cue: most hold fewer than four Latin words and stop here)
    ko_all = _latin_terms(target)
    if len(ko_all) < 4:
        return []
    english = [c for c in _EN_TWO_CLAUSES.split(source) if c.strip()]
    korean = [c for c in _KO_TWO_CLAUSES.split(target) if c.strip()]
    if len(english) != 2 or len(korean) != 2:
        return []
    en_all = _latin_terms(source)
    shared = {w for w in en_all if en_all.count(w) == 1 and ko_all.count(w) == 1}
    en_pairs = [frozenset(_latin_terms(c)) & shared for c in english]
    ko_pairs = [frozenset(_latin_terms(c)) & shared for c in korean]
    if any(len(p) != 2 for p in en_pairs + ko_pairs) or set(en_pairs) == set(ko_pairs) \
            or en_pairs[0] | en_pairs[1] != ko_pairs[0] | ko_pairs[1]:
        return []
    (a, b), (c, d) = ([w for w in _latin_terms(clause) if w in p]
                      for clause, p in zip(english, en_pairs))
    return [Finding(NAME, "accuracy/mistranslation", "major",
                    f'the English pairs "{a}" with "{b}" and "{c}" with "{d}"; the cue pairs '
                    "them the other way round", weight=0.7)]


_EN_DIVIDED = re.compile(r"(?P<a>[^,.;:]+?)\s+divided by\s+(?P<b>[^,.;:]+)|"
                         # "Divide hits by queries"
                         r"\bdivide (?P<a2>[^,.;:]+?) by (?P<b2>[^,.;:]+)", re.IGNORECASE)
_KO_DIVIDED = re.compile(r"(?P<a>[^,.;:\s][^,.;:]*?)(?:을|를)\s+(?P<b>[^,.;:]+?)(?:으로|로)\s?나[누눈눠눴]")


def _division_turned(source: str, target: str, termbase) -> list[Finding]:
    """"the draft's latency divided by the target's" said target의 지연 시간을 draft의
    지연 시간으로 나눈: what is divided and what divides it traded places."""
    english, korean = _EN_DIVIDED.search(source), _KO_DIVIDED.search(target)
    if english is None or korean is None:
        return []
    divided = english.group("a") or english.group("a2")
    divisor = english.group("b") or english.group("b2")
    a, b = (anchors(side, termbase, opposites=False) for side in (divided, divisor))
    a, b = a - b, b - a
    # (an anchor both Korean sides hold, 지연 시간 of "latency" said twice, tells nothing)
    in_a, in_b = (set(held(korean.group(side), a | b)) for side in "ab")
    in_a, in_b = in_a - in_b, in_b - in_a
    if in_b & a and in_a & b and not in_a & a and not in_b & b:
        return [Finding(NAME, "accuracy/mistranslation", "major",
                        f'the English divides "{divided.strip()}" by "{divisor.strip()}"; the '
                        "cue divides the other way round",
                        span=korean.span(), weight=0.7)]
    return []


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text, pair.target.text
    if not source:
        return []
    crossed = _terms_crossed(source, target) or (
        _division_turned(source, target, ctx.termbase if ctx is not None else None)
        if "divide" in source.lower() and "나" in target else [])
    if crossed or not any(c.isdigit() for c in target):
        return crossed
    en_quantities = english_quantities(source)
    ko_quantities = sorted(korean_quantities(target)
                           + labels_counting(source, target, en_quantities),
                           key=lambda q: q.span)
    if " from " in source and "에서" in target:
        turned = _from_to_turned(source, target, en_quantities, ko_quantities)
        if turned:
            return turned
    if "respectively" in source and "각각" in target:
        respectively = _respectively_reordered(source, target, en_quantities, ko_quantities)
        if respectively:
            return respectively
    en_spans, ko_spans = _token_spans(source), _token_spans(target)
    en_values, ko_values = _figures(en_quantities, en_spans), _figures(ko_quantities, ko_spans)
    # A name's own figure (Mistral 7B, Llama 3.1) belongs to the name wherever it stands:
    # it is no figure of the things around it.
    shared = {v for v in set(en_values) & set(ko_values)
              if not _after_name(source, en_spans, en_values[v])
              and not _after_name(target, ko_spans, ko_values[v])}
    if not shared:
        return []
    en_clause = _clauses(source, en_spans, korean=False)
    ko_clause = _clauses(target, ko_spans, korean=True)
    crossed = _names_trading_figures(source, target, en_spans, ko_spans, en_clause, ko_clause,
                                     {v: en_values[v] for v in shared},
                                     {v: ko_values[v] for v in shared})
    if crossed:
        name, other, value = crossed
        said_as = next(q.text for q in en_quantities if q.value == value)
        span = next(q.span for q in ko_quantities if q.value == value)
        return [Finding(NAME, "numbers", "major",
                        f'the English gives {said_as} to "{name}", the cue gives it to '
                        f'"{other}": the figures are swapped', span=span, weight=0.7)]
    en_items = _english_items(source, en_spans, [q.span for q in en_quantities])
    ko_items = _korean_items(en_items, source, target, ko_spans,
                             ctx.termbase if ctx is not None else None)
    both = {w: k for w, k in en_items.items() if w in ko_items}
    if not both:
        return []
    english = _pairing(_Side({v: en_values[v] for v in shared}, both, en_clause))
    closing = frozenset(k for k in ko_values.values()
                        if _PARTICLE_AFTER_FIGURE.search(target[slice(*ko_spans[k])]))
    korean = _pairing(_Side({v: ko_values[v] for v in shared}, ko_items, ko_clause, closing))
    said = {q.value: q.text for q in en_quantities}
    written = {q.value: q.span for q in ko_quantities}
    en_owner = {v: item for item, v in english.items()}
    ko_owner = {v: item for item, v in korean.items()}
    for value, k in sorted(ko_values.items(), key=lambda t: t[1]):
        said_of, written_of = en_owner.get(value), ko_owner.get(value)
        if not said_of or not written_of or said_of == written_of:
            continue
        # Two things trading figures; or a figure given to a thing of another clause, each
        # owner apart from the figure in the other language ("went to inference, and only
        # 40% to training" -> 학습에 쓰였고, 추론에는 40%만).
        traded = english.get(written_of) is not None and \
            ko_owner.get(english[written_of]) == said_of
        elsewhere = (en_clause[both[written_of]] != en_clause[en_values[value]]
                     and ko_clause[ko_items[said_of]] != ko_clause[k]
                     and not _reported_by(target, ko_spans[k], ko_spans[ko_items[said_of]]))
        if traded or elsewhere:
            return [Finding(NAME, "numbers", "major",
                            f'the English gives {said[value]} to "{said_of}", the cue gives '
                            f'it to "{written_of}": the figures are swapped',
                            span=written[value], weight=0.7)]
    for item, own in english.items():
        given = korean.get(item)
        if given is not None and given != own and \
                en_clause[en_values[own]] != en_clause[en_values[given]] and \
                _has_own_thing(source, en_spans, en_clause, en_values[given]) and \
                not _a_range(source, en_spans, en_values[own], en_values[given]):
            return [Finding(NAME, "numbers", "major",
                            f'the English gives {said[own]} to "{item}" and {said[given]} to '
                            f'something else; the cue gives "{item}" {said[given]}: the figures '
                            "are swapped", span=written[given], weight=0.7)]
    return []


def _names_trading_figures(source: str, target: str, en_spans, ko_spans, en_clause, ko_clause,
                           en_values: dict[float, int],
                           ko_values: dict[float, int]) -> tuple[str, str, float] | None:
    """(name, other name, figure) where two names each hold one figure in a clause of their own, in both
    languages, and the Korean crosses them: "GPTQ brings that down to 5.69, and AWQ to
    5.60" said GPTQ는 5.60까지, AWQ는 5.69까지. A name's place next to its own figure is
    free in Korean, but not which clause holds it."""
    def owners(text, spans, clause, values) -> dict[str, float]:
        names: dict[int, list[str]] = {}
        for k, (start, end) in enumerate(spans):
            for m in _OWNER_TOKEN.finditer(text, start, end):
                # (a name may end in a letter of its own: "Run B", "Model C")
                letter = _NAME_LETTER.match(text, m.end())
                name = m.group() + (letter.group(1) if letter else "")
                if name.lower() in ENGLISH_FUNCTION_WORDS or len(m.group()) < 2:
                    continue
                if _NAME_TOKEN.fullmatch(m.group()) and name in source and name in target \
                        or len(name) >= 4 and _whole_word(name, source) \
                        and _whole_word(name, target):
                    names.setdefault(clause[k], []).append(name)
        figures: dict[int, list[float]] = {}
        for value, k in values.items():
            figures.setdefault(clause[k], []).append(value)
        # a clause's first name is what holds its figure: "If your target uses a 128K
        # context" gives the 128K to the target
        return {names[c][0]: figures[c][0] for c in names if len(figures.get(c, [])) == 1}
    english = owners(source, en_spans, en_clause, en_values)
    korean = owners(target, ko_spans, ko_clause, ko_values)
    common = [n for n in english if n in korean]
    for i, first in enumerate(common):
        for second in common[i + 1:]:
            if english[first] != english[second] and korean[first] == english[second] \
                    and korean[second] == english[first]:
                return first, second, english[first]
    return None


def _respectively_reordered(source: str, target: str, en_quantities,
                            ko_quantities) -> list[Finding]:
    """"cuts storage by 16x or 2x respectively" said 각각 2배, 16배: "respectively" pairs
    figures with things by their order, so the order is the meaning. The English figures
    are those of its sentence before "respectively", the Korean ones those after 각각."""
    at = source.index("respectively")
    start = max(source.rfind(mark, 0, at) for mark in ".?!") + 1
    said = [q for q in en_quantities if not q.soft and start <= q.span[0] < at]
    after = target.index("각각")
    end = min((k for k in (target.find(mark, after) for mark in ".?!") if k >= 0),
              default=len(target))
    written = [q for q in ko_quantities if not q.soft and after < q.span[0] < end]
    if len(said) < 2 or sorted(q.value for q in said) != sorted(q.value for q in written) \
            or [q.value for q in said] == [q.value for q in written]:
        return []
    return [Finding(NAME, "numbers", "major",
                    f'the English gives {", ".join(q.text for q in said)} "respectively"; the '
                    f'cue gives {", ".join(q.text for q in written)}: the figures are swapped',
                    span=(written[0].span[0], written[-1].span[1]), weight=0.7)]


def _a_range(source: str, spans, k: int, j: int) -> bool:
    """Whether only small words stand between the figures at tokens k and j: "between 1 and
    3 billion parameters" is one range, not two things."""
    between = [source[s:e].strip(",.;:!?\"'()").lower() for s, e in spans[min(k, j) + 1:max(k, j)]]
    return not any(w.isalpha() and w not in _RANGE_WORDS and _thing_word(w) for w in between)


_RANGE_WORDS = frozenset({"and", "or", "to", "through", "between", "from", "up"})


def _has_own_thing(source: str, spans, clause: list[int], k: int) -> bool:
    """Whether the English figure at token k names a thing of its own in its clause ("5%
    math", "0.64 on person names", "cost nearly 10x"), unlike the first figure of "at 8
    billion and 70 billion parameters", which shares the next one's, or "stretched it to
    4,096", whose clause has only a verb. (Words in -ed, -ing and -ly are taken for verbs.)"""
    for j in range(max(0, k - _REACH), min(len(spans), k + _REACH + 1)):
        word = source[spans[j][0]:spans[j][1]].strip(",.;:!?\"'()")
        if j != k and clause[j] == clause[k] and word.isalpha() and _thing_word(word) \
                and not word.endswith(("ed", "ing", "ly")):
            return True
    return False

"""The semantic signal: does the Korean cue mean what the English says?

Plain cosine similarity of cue embeddings ranks errors poorly: short fragments
score low although correct, and a Korean cue whose meaning was pushed into the
next cue (Korean puts the verb and negation last) looks like an omission. So
each cue is scored on several views and normalised against its own lecture:

* `direct`  — the cue against its aligned source.
* `context` — the best of the cue against its source joined with the previous
  or the next source cue: a boundary shift scores well here, a real omission
  does not.
* `unit`    — the sentence the cue belongs to (cues joined until the English
  sentence ends) against the Korean of the same cues, so mid-sentence
  fragments are judged as a reader perceives them.
* `margin`  — how far `context` stands above the cue's similarity to the other
  (non-neighbouring) source cues of the lecture and the source's similarity to
  the other target cues: the margin criterion of LASER-style bitext mining, which
  makes short and long cues comparable and adapts to the encoder's scale.

* `shortfall` — how much shorter the Korean is than this lecture's usual
  Korean/English length ratio, at the cue and at its sentence (the smaller of
  the two, so a short cue whose words sit in the neighbouring cue is not
  mistaken for a truncation).

* `excess` — the mirror image: how much longer the Korean is than the lecture's
  usual ratio, again the smaller of cue and sentence, so a cue that carries words
  of the next English cue is not mistaken for an addition.

* `unsupported` — word-level evidence: each Korean noun of the cue is compared
  with the English content words of its sentence (the cue, and the neighbours
  the sentence runs into: `sentence_neighbours`); the noun with the weakest
  match sets the value and is kept (`WordSupport`) so the reason can name it. A
  noun swapped for an unrelated one (a literal or plain wrong word) has no
  English word near it.

English idioms of the idiom list are read by their meaning (`idioms_explained`): a free
Korean rendering of "the elephant in the room" is far from its words, not from what it means.

`semantic_risk` maps these (with cue length) through a logistic model fitted on
deterministic corruptions of the jhe-dev corpus (benchmarks/calibrate_semantic.py
prints and reproduces the coefficients).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from qa.model import AlignedPair, Cue
from qa.termbase import rendering_pattern, without_spans

SENTENCE_END = re.compile(r"[.?!…:;]['\")\]]*$")
# A Korean sentence ends in punctuation or, unpunctuated, in a final ending (-다, -요, -죠, -까).
KOREAN_SENTENCE_END = re.compile(r"(?:[.?!…]|[다요죠까])['\"”’)\]]*$")
KNN = 4  # neighbours averaged for the margin
RELIABLE_CHARS = 40  # source characters (no spaces) from which a length ratio is trusted

# Logistic model over FEATURES, fitted by `python benchmarks/calibrate_semantic.py` (USE v3).
CALIBRATION = {
    "intercept": -0.645,
    "context": -7.021,
    # margin enters positively only because it moves with context; both are needed
    "margin": 0.865,
    "unit": -1.133,
    # positive: at equal similarity a short cue is less suspect (encoders score fragments low)
    "log_chars": 0.331,
    "shortfall": 5.134,
    "excess": 8.018,
    "unsupported": 3.122,
}
FEATURES = ("context", "margin", "unit", "log_chars", "shortfall", "excess", "unsupported")
# English words too common to carry meaning on their own.
STOPWORDS = frozenset("""the and for are was were been being this that these those with from
into onto than then there here what which who whom whose when where why how all any some
not but you your yours our ours they them their its his her him she have has had will would
can could may might must shall should does did doing done just very also only about over
under again more most such own same too out off let lets it's that's""".split())
_ENGLISH_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")


@dataclass(frozen=True)
class WordSupport:
    """How well the cue's least supported Korean noun is matched by an English word."""

    word: str | None = None  # the Korean noun; None when there is nothing to compare
    closest: str | None = None  # the English word nearest to it
    similarity: float = 0.0  # their cosine

    @property
    def unsupported(self) -> float:
        return 1.0 - self.similarity if self.word else 0.0


@dataclass(frozen=True)
class SemanticScore:
    direct: float
    context: float
    unit: float
    margin: float
    shortfall: float
    log_chars: float
    unsupported: float
    risk: float  # in [0, 1]
    view: str  # which view gave `context`: "cue", "with previous", "with next"
    word_support: WordSupport = WordSupport()  # the noun behind `unsupported`
    excess: float = 0.0


def idioms_explained(pairs: Sequence[AlignedPair], idioms) -> list[AlignedPair]:
    """The pairs with each English idiom of `idioms` (a qa.termbase.Termbase whose notes say
    what the idioms mean) replaced by its meaning, for the embedding only: "Now the elephant
    in the room: contamination." is compared as "Now the obvious problem nobody mentions:
    contamination."."""
    if idioms is None:
        return list(pairs)
    explained = []
    for pair in pairs:
        sources = tuple(_idioms_explained(cue, idioms) for cue in pair.sources)
        changed = any(new is not old for new, old in zip(sources, pair.sources))
        explained.append(replace(pair, sources=sources) if changed else pair)
    return explained


def as_said_or_meant(pairs: Sequence[AlignedPair], scores: list[SemanticScore], idioms,
                     encoder, nouns: list[list[str]] | None = None) -> list[SemanticScore]:
    """`scores` (of the English as said) replaced, near each listed idiom, by the scores of
    the English as meant (`idioms_explained`): a free rendering follows the meaning ("the
    elephant in the room" -> 모두가 알면서 말하지 않는 문제), a calque does not.

    Where the Korean uses one of the idiom's approved renderings, the cue is judged on
    whichever of the two it follows better: Korean has adopted some calques ("no free
    lunch" -> 공짜 점심은 없다) and they follow the words.
    """
    meant = idioms_explained(pairs, idioms)
    changed = {i for i, (m, p) in enumerate(zip(meant, pairs)) if m is not p}
    if not changed:
        return scores
    approved = {i: forms for i in changed if (forms := _approved_renderings(pairs[i], idioms))}
    as_meant = semantic_scores(meant, encoder, nouns)
    aside = _set_aside_scores(pairs, approved, idioms, encoder, nouns) if approved else scores
    # The cues whose views hold an explained cue: itself, its neighbours, its sentence.
    units = sentence_units(pairs)
    touched = _near(changed, units)
    either = _near(set(approved), units)
    return [min(said, explained, other, key=lambda score: score.risk) if i in either
            else explained if i in touched else said
            for i, (said, explained, other) in enumerate(zip(scores, as_meant, aside))]


def _set_aside_scores(pairs: Sequence[AlignedPair], approved: dict[int, list[str]], idioms,
                      encoder, nouns: list[list[str]] | None) -> list[SemanticScore]:
    """The scores of the lecture with each approved idiom rendering set aside: the English
    idiom cut from the English, its approved Korean from the Korean. An embedding reads
    세상에 공짜는 없어요 as far from "there's no free lunch" and from "nothing comes without
    a cost" alike; what is left of the cue ("Sounds great, right? Well," against 좋아
    보이죠? 그런데) still has to match."""
    aside, aside_nouns = list(pairs), list(nouns) if nouns is not None else None
    for i, forms in approved.items():
        pair = pairs[i]
        sources = tuple(_without_idioms(cue, idioms, forms) for cue in pair.sources)
        target = pair.target.text
        for form in forms:
            target = rendering_pattern(form).sub(" ", target, count=1)
        aside[i] = replace(pair, sources=sources,
                           target=replace(pair.target, text=" ".join(target.split())))
        if aside_nouns is not None:
            aside_nouns[i] = [noun for noun in aside_nouns[i]
                              if not any(noun in form for form in forms)]
    scores = semantic_scores(aside, encoder, aside_nouns)
    # A cue that is all idiom ("You're basically robbing Peter to pay Paul." -> 결국 아랫돌
    # 빼서 윗돌 괴는 셈이에요) leaves a word or two: nothing left to judge, the idiom is right.
    return [replace(score, risk=0.0) if i in approved and _all_idiom(pairs[i], aside[i])
            else score for i, score in enumerate(scores)]


def _all_idiom(pair: AlignedPair, aside: AlignedPair) -> bool:
    """Whether the idiom took at least half the English's letters and left two content
    words at most ("You're basically"; not "with E5: you have to prefix your inputs"), or
    left no content word at all ("So there's ... here.")."""
    letters = sum(ch.isalpha() for ch in pair.source_text)
    left = sum(ch.isalpha() for ch in aside.source_text)
    content = [w for w in _ENGLISH_WORD.findall(aside.source_text)
               if re.sub(r"['’](?:s|re|ve|ll|d)$", "", w.lower()) not in STOPWORDS]
    return not content or left <= letters / 2 and len(content) <= 2


class LectureMemo:
    """An encoder that embeds each distinct text of one lecture once: the second semantic
    pass of `as_said_or_meant` shares most of its texts with the first, and an encoder
    without a cache (--no-cache, tests) would embed them all again."""

    def __init__(self, encoder):
        self.encoder, self.name, self.version = encoder, encoder.name, encoder.version
        self._vectors: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self._vectors]
        if new:
            self._vectors.update(zip(new, self.encoder.encode(new)))
        if not texts:
            return self.encoder.encode([])
        return np.stack([self._vectors[t] for t in texts])


def _near(cues: set[int], units: list[list[int]]) -> set[int]:
    """The cues, their neighbours, and the other cues of their sentences."""
    near = {j for i in cues for j in (i - 1, i, i + 1)}
    return near | {j for unit in units if cues.intersection(unit) for j in unit}


def _approved_renderings(pair: AlignedPair, idioms) -> list[str]:
    """The approved renderings of the English's idioms that the Korean uses."""
    return [form for _, _, form in idioms.rendered_in(pair.source_text, pair.target.text)]


def _without_idioms(cue: Cue, idioms, forms: list[str]) -> Cue:
    """The cue without the idioms that the Korean renders by one of `forms`."""
    spans = [match.span() for entry, match in idioms.entries_in(cue.text)
             if any(form in entry.approved for form in forms)]
    return replace(cue, text=without_spans(cue.text, spans)) if spans else cue


def _idioms_explained(cue: Cue, idioms) -> Cue:
    found = [(match.span(), entry.note) for entry, match in idioms.entries_in(cue.text)
             if entry.note]
    if not found:
        return cue
    text = cue.text
    taken_from = len(text)
    for (start, end), meaning in sorted(found, reverse=True):
        if end <= taken_from:  # overlapping idioms: the later one wins
            text = text[:start] + meaning + text[end:]
            taken_from = start
    return replace(cue, text=text)


def sentence_units(pairs: Sequence[AlignedPair]) -> list[list[int]]:
    """Runs of pair indices that together hold whole English sentences."""
    units: list[list[int]] = []
    current: list[int] = []
    for i, pair in enumerate(pairs):
        current.append(i)
        src = pair.source_text.strip()
        if not src or SENTENCE_END.search(src) or len(current) >= 4:
            units.append(current)
            current = []
    if current:
        units.append(current)
    return units


def closes_sentence(pair: AlignedPair) -> bool:
    """Both sides end a sentence here, so nothing of this sentence sits in the next cue."""
    return bool(SENTENCE_END.search(pair.source_text.strip())
                and KOREAN_SENTENCE_END.search(pair.target.text.strip()))


def sentence_neighbours(pairs: Sequence[AlignedPair], i: int) -> tuple[int, int]:
    """The slice of neighbours that may hold words of pair i's sentence.

    Word order moves words only within a sentence: a cue that closes its sentence on
    both sides borrows nothing from the next cue, and the next cue nothing from it.
    Subtitles without punctuation close no sentence, so every neighbour counts.
    """
    return _neighbour_slice(i, len(pairs), lambda k: closes_sentence(pairs[k]))


def all_sentence_neighbours(pairs: Sequence[AlignedPair]) -> list[tuple[int, int]]:
    """`sentence_neighbours` of every pair, deciding each cue's sentence end once."""
    closes = [closes_sentence(p) for p in pairs]
    return [_neighbour_slice(i, len(pairs), closes.__getitem__) for i in range(len(pairs))]


def _neighbour_slice(i: int, n: int, closes: Callable[[int], bool]) -> tuple[int, int]:
    lo = i - 1 if i > 0 and not closes(i - 1) else i
    hi = i + 2 if i + 1 < n and not closes(i) else i + 1
    return lo, hi


_PARENTHESES = re.compile(r"\(([^()]+)\)")
_LATIN_ONLY = re.compile(r"[^가-힣]*[A-Za-z][^가-힣]*")


def _log_length_ratio(source: str, target: str) -> float:
    # An English term glossed in parentheses (프레셰 인셉션 거리(Fréchet Inception Distance),
    # 사전 레이블링(pre-labeling) for "pre-labelers") is said twice, not added; English the
    # source lacks is for the untranslated and names checks.
    if "(" in target:
        target = _PARENTHESES.sub(
            lambda m: "" if _LATIN_ONLY.fullmatch(m.group(1)) else m.group(0), target)
    return math.log((len(target.replace(" ", "")) + 1) / (len(source.replace(" ", "")) + 1))


def _deviations(pairs: list[tuple[str, str]]) -> tuple[list[float], list[float]]:
    """How far below and how far above the lecture's median length ratio each (source,
    target) pair is, as a log ratio.

    The ratio of a few words says little (See you there -> 다음 강의에서 뵙겠습니다), so a
    deviation counts in full only from RELIABLE_CHARS source characters on, and by the
    square root of the length below that, as the noise of a ratio of counts shrinks.
    """
    present = [bool(s.strip() and t.strip()) for s, t in pairs]
    ratios = [_log_length_ratio(s, t) for s, t in pairs]
    usable = [r for r, ok in zip(ratios, present) if ok]
    median = float(np.median(usable)) if usable else 0.0
    below, above = [], []
    for (source, _), ratio, ok in zip(pairs, ratios, present):
        trust = min(1.0, math.sqrt(len(source.replace(" ", "")) / RELIABLE_CHARS)) if ok else 0.0
        below.append(trust * max(0.0, median - ratio))
        above.append(trust * max(0.0, ratio - median))
    return below, above


def semantic_risk(features: dict, calibration: dict) -> float:
    z = calibration["intercept"] + sum(calibration[name] * features[name] for name in FEATURES)
    return 1.0 / (1.0 + math.exp(-z))


def _rows_cos(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.einsum("ij,ij->i", a, b)


def _knn_mean(sims: np.ndarray, k: int) -> np.ndarray:
    """Mean of the k largest values per row (sims has the excluded cells set to -inf)."""
    k = max(1, min(k, sims.shape[1]))
    top = -np.partition(-sims, k - 1, axis=1)[:, :k]
    top = np.where(np.isfinite(top), top, np.nan)
    means = np.nanmean(top, axis=1) if top.size else np.zeros(sims.shape[0])
    return np.nan_to_num(means, nan=0.0)


def cue_nouns(pairs: Sequence[AlignedPair], korean) -> list[list[str]] | None:
    """The Korean nouns (two syllables or more) of each cue, for `semantic_scores`."""
    if korean is None:
        return None
    return [sorted({m.form for m in korean.nouns(p.target.text) if len(m.form) >= 2})
            for p in pairs]


# Korean refers to a person by title where English says "she" or "he" (박사님, 교수님).
_THIRD_PERSON = re.compile(r"\b(?:she|he|her|him|his|hers|they|them|their)\b", re.IGNORECASE)
_PERSON_TITLES = frozenset({"박사", "교수", "선생", "그분", "저분", "선배", "대표", "팀장"})


def lexical_support(pairs: Sequence[AlignedPair], encoder,
                    nouns: list[list[str]] | None) -> list[WordSupport]:
    """Per cue: its least supported Korean noun, compared with every English word of the
    cue and of the neighbours its sentence runs into.

    An empty WordSupport where the cue has no Korean noun or no English content word, or
    no nouns were given.
    """
    n = len(pairs)
    if nouns is None or n == 0:
        return [WordSupport()] * n
    cue_words, kept = [], []
    for cue, (lo, hi) in zip(nouns, all_sentence_neighbours(pairs)):  # the sentence's English
        nearby = " ".join(p.source_text for p in pairs[lo:hi])
        cue_words.append(sorted({w.lower() for w in _ENGLISH_WORD.findall(nearby)}
                                - STOPWORDS))
        # "she" said 박사님 is no noun the English lacks
        kept.append([x for x in cue if x not in _PERSON_TITLES]
                    if _THIRD_PERSON.search(nearby) else cue)
    nouns = kept
    vocabulary = sorted({x for group in nouns + cue_words for x in group})
    if not vocabulary:
        return [WordSupport()] * n
    row = {x: k for k, x in enumerate(vocabulary)}
    vectors = encoder.encode(vocabulary)  # each distinct word once per lecture
    support = []
    for cue, words in zip(nouns, cue_words):
        if not cue or not words:
            support.append(WordSupport())
            continue
        sims = vectors[[row[x] for x in cue]] @ vectors[[row[w] for w in words]].T
        best = sims.argmax(axis=1)
        weakest = int(sims.max(axis=1).argmin())
        similarity = float(sims[weakest, best[weakest]])
        support.append(WordSupport(cue[weakest], words[best[weakest]], similarity))
    return support


def semantic_scores(pairs: Sequence[AlignedPair], encoder,
                    nouns: list[list[str]] | Callable[[], list[list[str]] | None] | None = None,
                    calibration: dict | None = None) -> list[SemanticScore]:
    """Score every pair of one lecture; embeds all views in one batch.

    `nouns` (from `cue_nouns`) enables the word-level `unsupported` view. It may be a
    function returning them: it is called once the sentence views are embedded, so the
    Korean analysis can run meanwhile.
    """
    cal = calibration or CALIBRATION
    n = len(pairs)
    if n == 0:
        return []
    src = [p.source_text for p in pairs]
    tgt = [p.target.text for p in pairs]
    prev_src = [(src[i - 1] + " " + src[i]).strip() if i else src[i] for i in range(n)]
    next_src = [(src[i] + " " + src[i + 1]).strip() if i + 1 < n else src[i] for i in range(n)]
    units = sentence_units(pairs)
    unit_of = {i: u for u, members in enumerate(units) for i in members}
    unit_src = [" ".join(src[i] for i in members) for members in units]
    unit_tgt = [" ".join(tgt[i] for i in members) for members in units]

    texts = src + tgt + prev_src + next_src + unit_src + unit_tgt
    vectors = encoder.encode(texts)
    e_src, e_tgt, e_prev, e_next = (vectors[k * n:(k + 1) * n] for k in range(4))
    e_usrc = vectors[4 * n:4 * n + len(units)]
    e_utgt = vectors[4 * n + len(units):]

    direct = _rows_cos(e_src, e_tgt)
    with_prev = _rows_cos(e_prev, e_tgt)
    with_next = _rows_cos(e_next, e_tgt)
    views = np.stack([direct, with_prev, with_next])
    best_view = views.argmax(axis=0)
    context = views.max(axis=0)
    unit_sims = _rows_cos(e_usrc, e_utgt)

    # Margin against non-neighbouring cues of the same lecture (both directions).
    sims = e_tgt @ e_src.T
    idx = np.arange(n)
    near = np.abs(idx[:, None] - idx[None, :]) <= 1
    masked = np.where(near, -np.inf, sims)
    knn_t = _knn_mean(masked, KNN) if n > 3 else np.zeros(n)
    knn_s = _knn_mean(masked.T, KNN) if n > 3 else np.zeros(n)
    margin = context - 0.5 * (knn_t + knn_s)

    present = [bool(src[i].strip() and tgt[i].strip()) for i in range(n)]
    cue_short, cue_long = _deviations(list(zip(src, tgt)))
    unit_short, unit_long = _deviations(list(zip(unit_src, unit_tgt)))

    words = lexical_support(pairs, encoder, nouns() if callable(nouns) else nouns)

    scores = []
    for i in range(n):
        features = {
            "unsupported": words[i].unsupported,
            "context": float(context[i]), "margin": float(margin[i]),
            "unit": float(unit_sims[unit_of[i]]), "log_chars": math.log1p(len(src[i])),
            "shortfall": min(cue_short[i], unit_short[unit_of[i]]),
            "excess": min(cue_long[i], unit_long[unit_of[i]]),
        }
        # Nothing to compare when a side is empty: the target-language check speaks for these.
        risk = semantic_risk(features, cal) if present[i] else 0.0
        scores.append(SemanticScore(
            direct=float(direct[i]), context=features["context"], unit=features["unit"],
            margin=features["margin"], shortfall=features["shortfall"],
            log_chars=features["log_chars"], unsupported=features["unsupported"], risk=risk,
            view=("cue", "with previous", "with next")[int(best_view[i])],
            word_support=words[i], excess=features["excess"]))
    return scores

"""Scan one lecture: read, align, check, score. The model is loaded once per Scanner."""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import qa
from qa.align import align_cues
from qa.checks import (FILE_CHECKS, PAIR_CHECKS, CheckContext, contrast_swap, direction_flip,
                       untranslated)
from qa.checks.names import says_name
from qa.encoders import DEFAULT_MODEL, load_encoder
from qa.model import AlignedPair, ScanReport
from qa.scoring import (Thresholds, combine, confirm_across_boundaries, negation_spoken_for,
                        negation_to_sentence_end, quality_summary, said_across_cues,
                        widened_target_parts)
from qa.semantic import (CALIBRATION, LectureMemo, as_said_or_meant, cue_nouns,
                         semantic_scores)
from qa.sides import sides_crossed
from qa.subtitles import check_languages, read_subtitles

log = logging.getLogger("qa")

Progress = Callable[[int, int], None]

# Checks whose findings are NOT confirmed against the neighbouring cues (see
# scoring.confirm_across_boundaries): they judge the cue itself, its form, language or grammar.
CONTENT_CHECKS_EXEMPT = {"subtitle_form", "target_language", "particle_agreement",
                         "unfinished_sentence"}


# Checks also run over a sentence read whole, for what its cues show only together
# (scoring.said_across_cues).
# name -> (is the cue's own Korean worth reading again, does a finding there stand)
# ("DALI decoded it three times faster than / Pillow-SIMD on the CPU" said Pillow-SIMD가 …
# DALI보다: the comparison's two sides are in two cues, its turn in one.)
SENTENCE_CHECKS = {"direction_flip": (direction_flip.says_a_side,
                                      direction_flip.stands_across_cues),
                   "contrast_swap": (contrast_swap.compares,
                                     contrast_swap.stands_across_cues)}


def default_cache_dir() -> Path:
    return Path(os.environ.get("QA_CACHE_DIR", Path.home() / ".cache" / "qa-subtitles"))


def build_context(termbase: str | os.PathLike | None = None) -> CheckContext:
    """Everything heavy the rule checks need, loaded once."""
    from qa.checks.names import default_names_path, load_known_names
    from qa.checks.subtitle_form import FormRules
    from qa.korean import KoreanAnalyzer
    from qa.termbase import default_idioms_path, default_termbase_path, load_termbase, merge

    terms = load_termbase(default_termbase_path())
    if termbase:
        terms = merge(load_termbase(termbase), terms)
    return CheckContext(termbase=terms, idioms=load_termbase(default_idioms_path()),
                        korean=KoreanAnalyzer(), form=FormRules(),
                        known_names=load_known_names(default_names_path()))


@dataclass(frozen=True)
class ScannerRecipe:
    """What a Scanner was built from, so that another process can build the same one
    (a course scan's workers: see qa.course)."""

    model: str | None
    termbase: str | None
    cache_dir: str | None  # None: no embedding cache
    thresholds: Thresholds

    def build(self, threads: int | None = None) -> Scanner:
        return Scanner(model=self.model, termbase=self.termbase,
                       cache_dir=self.cache_dir or False, thresholds=self.thresholds,
                       threads=threads)


class Scanner:
    """Holds the loaded encoder and check context; scans any number of lectures.

    `threads`: CPU threads for the encoder (default: all cores). `recipe` is None when
    the encoder was handed in ready-made, since another process cannot rebuild it."""

    def __init__(self, model: str | None = None, termbase: str | os.PathLike | None = None,
                 cache_dir: str | os.PathLike | None | bool = None,
                 thresholds: Thresholds | None = None, encoder=None,
                 threads: int | None = None):
        if cache_dir is None:
            cache_dir = default_cache_dir()
        self.encoder = encoder or load_encoder(model, cache_dir or None, threads)
        self.context = build_context(termbase)
        self.thresholds = thresholds or Thresholds()
        self.termbase_path = str(termbase) if termbase else None
        self.recipe = None if encoder else ScannerRecipe(
            model, self.termbase_path, str(cache_dir) if cache_dir else None, self.thresholds)

    def settings(self, alignment: str) -> dict:
        return {
            "tool": f"qa-subtitles {qa.__version__}",
            "model": self.encoder.name,
            "model_version": self.encoder.version,
            "default_model": self.encoder.name == DEFAULT_MODEL,
            "termbase": self.termbase_path or "default",
            "alignment": alignment,
            "thresholds": self.thresholds.as_dict(),
            "semantic_calibration": dict(CALIBRATION),
            "checks": list(PAIR_CHECKS) + list(FILE_CHECKS),
        }

    def scan(self, source_path, target_path, progress: Progress | None = None) -> ScanReport:
        source = read_subtitles(source_path, role="source")
        target = read_subtitles(target_path, role="target")
        check_languages(source, target)
        pairs = align_cues(source.cues, target.cues, self.encoder)
        scored = self.score(pairs, progress)
        methods = sorted({p.method for p in pairs if p.method != "none"}) or ["none"]
        return ScanReport(source=source, target=target, cues=scored,
                          settings=self.settings("+".join(methods)),
                          quality=quality_summary(scored))

    def score(self, pairs: list[AlignedPair], progress: Progress | None = None):
        korean = self.context.korean
        encoder = LectureMemo(self.encoder)  # two passes when the lecture has idioms
        nouns = None
        if korean is None:
            scores = semantic_scores(pairs, encoder)
        else:
            # Kiwi (C++) and the encoder (numpy) both work outside the GIL: analyse the
            # Korean cues in a thread while the sentence views are embedded. The semantic
            # step asks for the nouns only after that, and the checks read the same cache.
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="qa-kiwi") as pool:
                analysed = pool.submit(korean.prefetch, [p.target.text for p in pairs])

                nouns_found: list[list[str]] = []  # read once, for both semantic passes

                def nouns_when_analysed():
                    if not nouns_found:
                        analysed.result()
                        nouns_found.extend(_without_names_said(pairs, cue_nouns(pairs, korean)))
                    return nouns_found

                scores = semantic_scores(pairs, encoder, nouns_when_analysed)
                nouns = nouns_when_analysed()
        scores = as_said_or_meant(pairs, scores, self.context.idioms, encoder, nouns)
        findings = self._rule_findings(pairs, progress)
        for found, crossed in zip(findings, sides_crossed(pairs, encoder, self.thresholds,
                                                          findings)):
            found.extend(crossed)
        return [combine(p, s, f, self.thresholds) for p, s, f in zip(pairs, scores, findings)]

    def _rule_findings(self, pairs: list[AlignedPair], progress: Progress | None) -> list[list]:
        """Per pair, the findings of every check, confirmed across cue boundaries."""
        total, korean = len(pairs), self.context.korean
        checks = {name: _guarded(name, check) for name, check in PAIR_CHECKS.items()}
        found = []  # per pair: {check name: its findings before confirmation}
        for i, pair in enumerate(pairs):
            found.append({name: check(pair, self.context) for name, check in checks.items()})
            if progress and (i % 25 == 0 or i == total - 1):
                progress(i + 1, total)
        if korean is not None:  # confirmation re-checks these cues with the neighbours' Korean
            for i, by_check in enumerate(found):
                if _to_confirm(by_check):
                    korean.cache_joined(widened_target_parts(pairs, i))
        findings: list[list] = [[] for _ in pairs]
        unconfirmed_polarity = [by_check["polarity"] for by_check in found]
        for i, by_check in enumerate(found):
            for name, check in checks.items():
                if name not in CONTENT_CHECKS_EXEMPT:
                    by_check[name] = confirm_across_boundaries(pairs, i, by_check[name], check,
                                                               self.context)
                findings[i].extend(by_check[name])
        negation_spoken_for(pairs, unconfirmed_polarity, findings, self.context)
        negation_to_sentence_end(pairs, findings)
        untranslated.pronouns_named(pairs, findings)
        for name, (worth_reading, stands) in SENTENCE_CHECKS.items():
            said_across_cues(pairs, findings, checks[name], name, self.context, stands,
                             worth_reading)
        for name, check in FILE_CHECKS.items():
            try:
                by_pair = check(pairs, self.context)
            except Exception as exc:  # noqa: BLE001 - as _guarded, for the whole lecture
                log.warning("check %s failed (%s: %s); the lecture is scored without it. "
                            "Please report this with the files.", name, type(exc).__name__, exc)
                continue
            for i, found_in_pair in enumerate(by_pair):
                findings[i].extend(found_in_pair)
        return findings


_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")


def _names_in(english: str) -> set[str]:
    """Capitalised words inside a sentence: names ("Priya Nair"), not a sentence's first
    word ("His nose")."""
    return {m.group() for m in _NAME.finditer(english)
            if english[:m.start()].rstrip()[-1:] not in ("", ".", "!", "?", '"', "“", ":", "—")}


def _without_names_said(pairs: list[AlignedPair], nouns: list[list[str]]) -> list[list[str]]:
    """Each cue's Korean nouns without the transliterated names of its English or its
    neighbours' (나이르 for "Nair"): a name matches its word by sound, and the embedding
    does not know it."""
    own = [_names_in(p.source_text) for p in pairs]
    kept = []
    for i, cue in enumerate(nouns):
        names = set().union(*own[max(0, i - 1):i + 2])
        kept.append([x for x in cue if len(x) < 2 or not names
                     or not any(says_name(name, x) for name in names)])
    return kept


def _guarded(name: str, check):
    """`check`, but a bug in it on one cue costs that check's findings there, not the scan:
    the rest of the lecture is still scored, and the log says which check and cue to report."""

    def run(pair: AlignedPair, ctx: CheckContext) -> list:
        try:
            return check(pair, ctx)
        except Exception as exc:  # noqa: BLE001 - any bug in a check, by design
            log.warning("check %s failed on cue %s (%s: %s); the cue is scored without it. "
                        "Please report this with the cue's text.", name, pair.target.index,
                        type(exc).__name__, exc)
            return []

    return run


def _to_confirm(by_check: dict[str, list]) -> bool:
    """Whether confirm_across_boundaries will re-run a check on this cue."""
    return any(found for name, found in by_check.items() if name not in CONTENT_CHECKS_EXEMPT)

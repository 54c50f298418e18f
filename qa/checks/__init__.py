"""Rule checks: one module per check, each a pure function, all listed here.

A *pair check* looks at one aligned pair: ``check(pair, ctx) -> list[Finding]``.
A *file check* needs the whole lecture (consistency of renderings, speech level):
``check(pairs, ctx) -> list[list[Finding]]``, one list per pair, in order.

`CheckContext` carries everything heavy a check needs (termbase, Korean
analyser, subtitle-form rules); it is built once per run and passed in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from qa.model import AlignedPair, Finding
from qa.checks.terminology import check_terminology
from qa.checks.technical_terms import check_technical_terms
from qa.checks.consistency import check_consistency


@dataclass
class CheckContext:
    termbase: object = None  # qa.termbase.Termbase
    korean: object = None  # qa.korean.KoreanAnalyzer
    form: object = None  # qa.checks.subtitle_form.FormRules
    options: dict = field(default_factory=dict)


PairCheck = Callable[[AlignedPair, CheckContext], list[Finding]]
FileCheck = Callable[[Sequence[AlignedPair], CheckContext], list[list[Finding]]]

# name -> check. Order matters only for which replacement wins an overlap.
PAIR_CHECKS: dict[str, PairCheck] = {}
FILE_CHECKS: dict[str, FileCheck] = {}
PAIR_CHECKS["terminology"] = check_terminology
PAIR_CHECKS["technical_terms"] = check_technical_terms
FILE_CHECKS["consistency"] = check_consistency

# Imported here, after CheckContext exists: these modules import it from this package.
from qa.checks import (names, numbers_mismatch, polarity, subtitle_form,  # noqa: E402
                       target_language, untranslated)

PAIR_CHECKS["numbers_mismatch"] = numbers_mismatch.check
PAIR_CHECKS["names"] = names.check
PAIR_CHECKS["untranslated"] = untranslated.check
PAIR_CHECKS["target_language"] = target_language.check
PAIR_CHECKS["polarity"] = polarity.check
PAIR_CHECKS["subtitle_form"] = subtitle_form.check
FILE_CHECKS["subtitle_timing"] = subtitle_form.check_timing


def run_checks(pairs: Sequence[AlignedPair], ctx: CheckContext,
               only: Sequence[str] | None = None) -> list[list[Finding]]:
    """Run every registered check (or those named in `only`) over a lecture."""
    results: list[list[Finding]] = [[] for _ in pairs]
    for name, check in PAIR_CHECKS.items():
        if only is not None and name not in only:
            continue
        for i, pair in enumerate(pairs):
            results[i].extend(check(pair, ctx))
    for name, check in FILE_CHECKS.items():
        if only is not None and name not in only:
            continue
        for i, found in enumerate(check(pairs, ctx)):
            results[i].extend(found)
    return results

"""Rule checks: one module per check, each a pure function, all listed here.

A *pair check* looks at one aligned pair: ``check(pair, ctx) -> list[Finding]``.
A *file check* needs the whole lecture (consistency of renderings, speech level,
gaps between cues): ``check(pairs, ctx) -> list[list[Finding]]``, one list per
pair, in order.

`CheckContext` carries everything heavy a check needs (termbase, Korean
analyser, subtitle-form rules); it is built once per run and passed in.
"""

from __future__ import annotations

from collections.abc import Sequence

from qa.checks.base import CheckContext, FileCheck, PairCheck
from qa.checks import (code_identifiers, consistency, contrast_swap, direction_flip,
                       dropped_alternative, dropped_list_item, hallucination, literal_idiom, names, numbers_mismatch,
                       particle_agreement, polarity, sentence_mood, step_order,
                       subtitle_form, swapped_sentences, swapped_values, target_language,
                       technical_terms, terminology, unfinished_sentence, untranslated)
from qa.model import AlignedPair, Finding

__all__ = ["CheckContext", "FILE_CHECKS", "PAIR_CHECKS", "run_checks"]

# name -> check. Order matters only for which replacement wins when two overlap.
PAIR_CHECKS: dict[str, PairCheck] = {
    "terminology": terminology.check,
    "technical_terms": technical_terms.check,
    "numbers_mismatch": numbers_mismatch.check,
    "swapped_values": swapped_values.check,
    "names": names.check,
    "code_identifiers": code_identifiers.check,
    "untranslated": untranslated.check,
    "target_language": target_language.check,
    "polarity": polarity.check,
    "direction_flip": direction_flip.check,
    "contrast_swap": contrast_swap.check,
    "step_order": step_order.check,
    "dropped_alternative": dropped_alternative.check,
    "dropped_list_item": dropped_list_item.check,
    "literal_idiom": literal_idiom.check,
    "hallucination": hallucination.check,
    "sentence_mood": sentence_mood.check,
    "particle_agreement": particle_agreement.check,
    "unfinished_sentence": unfinished_sentence.check,
    "subtitle_form": subtitle_form.check,
}
FILE_CHECKS: dict[str, FileCheck] = {
    "consistency": consistency.check,
    "swapped_sentences": swapped_sentences.check,
    "subtitle_timing": subtitle_form.check_timing,
}


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

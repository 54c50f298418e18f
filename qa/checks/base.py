"""What every check shares: the context it is given and the two check signatures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from qa.model import AlignedPair, Finding


@dataclass
class CheckContext:
    """Everything heavy a check needs, built once per run (qa.scan.build_context)."""

    termbase: object = None  # qa.termbase.Termbase
    korean: object = None  # qa.korean.KoreanAnalyzer
    form: object = None  # qa.checks.subtitle_form.FormRules
    # Known model, product and company names -> accepted Korean forms (data/names.csv).
    known_names: dict = field(default_factory=dict)
    options: dict = field(default_factory=dict)


PairCheck = Callable[[AlignedPair, CheckContext], list[Finding]]
FileCheck = Callable[[Sequence[AlignedPair], CheckContext], list[list[Finding]]]

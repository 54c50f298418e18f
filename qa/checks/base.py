"""What every check shares: the context it is given and the two check signatures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from qa.model import AlignedPair, Finding


@dataclass
class CheckContext:
    """Everything heavy a check needs, built once per run (qa.scan.build_context)."""

    termbase: object = None  # qa.termbase.Termbase
    idioms: object = None  # qa.termbase.Termbase of idioms and their calques (data/idioms.csv)
    korean: object = None  # qa.korean.KoreanAnalyzer
    form: object = None  # qa.checks.subtitle_form.FormRules
    # Known model, product and company names -> accepted Korean forms (data/names.csv).
    known_names: dict = field(default_factory=dict)
    options: dict = field(default_factory=dict)


# English words that only prose has: a run of Latin words holding two of them is a sentence
# left in English ("See you there", "we will look at this"), not a term kept in Latin
# script ("temperature, top-p, max tokens", "Mixture of Experts"). (qa.semantic.STOPWORDS is
# another list for another job: words too common to carry meaning, three letters or more.)
ENGLISH_FUNCTION_WORDS = frozenset("""i you he she it we they me him her us them my your his its
our their this that these those there here is are was were be been being am do does did
have has had will would can could shall should may might must not don't can't won't isn't
aren't it's that's there's let's i'm i'll we'll we're you'll you're they're
what which who when where why how if so but because then
to at on in into from with for by about as than a an the no""".split())


PairCheck = Callable[[AlignedPair, CheckContext], list[Finding]]
FileCheck = Callable[[Sequence[AlignedPair], CheckContext], list[list[Finding]]]

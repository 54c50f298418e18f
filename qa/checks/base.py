"""What every check shares: the context it is given and the two check signatures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from qa.model import AlignedPair, Finding
from qa.termbase import rendering_pattern


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
to at on in into from with for by about as than a an the no
rarely seldom usually always often never sometimes really actually basically simply generally
typically mostly nearly almost barely hardly quite very too also just even still already""".split())


def idioms_set_aside(pair: AlignedPair, ctx: CheckContext | None) -> AlignedPair:
    """The pair with each idiom that the Korean renders as approved blanked out on both
    sides, for the checks that read words literally: "robbing Peter to pay Paul" said
    아랫돌 빼서 윗돌 괴기 has no names to keep, and 두 마리 토끼 ("have your cake and eat
    it") counts nothing. Blanks keep the length, so spans still point into the cue."""
    if ctx is None or ctx.idioms is None or not pair.sources:
        return pair
    rendered = ctx.idioms.rendered_in(pair.source_text, pair.target.text)
    if not rendered:
        return pair
    source, target = pair.source_text, pair.target.text
    for _, match, form in rendered:
        source = _blank(source, match.span())
        said = rendering_pattern(form).search(target)
        if said:
            target = _blank(target, said.span())
    return AlignedPair(target=replace(pair.target, text=target),
                       sources=(replace(pair.sources[0], text=source),), method=pair.method)


def findings_with_idioms_set_aside(find: Callable[[AlignedPair], list[Finding]],
                                   pair: AlignedPair, ctx: CheckContext | None) -> list[Finding]:
    """`find(pair)`, judged again on `idioms_set_aside(pair)` when it found something: most
    cues have no finding, so most never pay for the idiom lookup."""
    findings = find(pair)
    if findings:
        aside = idioms_set_aside(pair, ctx)
        if aside is not pair:
            findings = find(aside)
    return findings


def chars_without_spaces(text: str) -> int:
    """A text's length as its lengths are compared across the languages (Korean spaces
    words differently)."""
    return len(text) - text.count(" ")


def _blank(text: str, span: tuple[int, int]) -> str:
    return text[:span[0]] + " " * (span[1] - span[0]) + text[span[1]:]


PairCheck = Callable[[AlignedPair, CheckContext], list[Finding]]
FileCheck = Callable[[Sequence[AlignedPair], CheckContext], list[list[Finding]]]

"""Check: the English sentence ends in this cue but the Korean stops in mid-sentence.

A translation cut short ends on a connective ending (울리고, 이해하지 못했기에), an
adnominal ending (돌아왔을, 생각하는) or a particle (부르카를): what should follow it is
missing. When the English cue closes its sentence, Korean word order has no reason to
carry the rest into the next cue, which starts a new sentence, so this finding is not
re-checked against the neighbours.

Left alone, because they do close a sentence: two parallel halves that stop on the same
particle (정적인 내용은 앞에, 동적인 내용은 뒤에.), questions (Kiwi reads some question
endings, 하니?, as connective) and exclamations (a toast, ... 위하여!), the polite 요 after a particle (저요., 모델이요.), the
vocative (얘야.), the 하오체 ending -소, which Kiwi sometimes reads as connective, and
a last word of one syllable (네.), the polite concessive (…했습니다만.), a wish (부디 편히
잠들기를.), and a connective followed by a comma (알려 주셨고,), with which Korean joins the
English sentence to the next one. Nominal endings (-음, -기) and nouns are not open endings at all.

Needs the Kiwi analyser (ctx.korean); without one the check stays silent.
"""

from __future__ import annotations

import re

from qa.checks.base import CheckContext, chars_without_spaces
from qa.model import AlignedPair, Finding

NAME = "unfinished_sentence"
# Connective and adnominal endings, and particles: a sentence cannot stop on them.
OPEN_TAGS = frozenset({"EC", "ETM", "JKS", "JKC", "JKG", "JKO", "JKB", "JKQ", "JX", "JC"})
_PUNCTUATION_TAGS = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW"})
_CLOSED = {("요", "JX"), ("이요", "JX"), ("소", "EC")}
_POLITE_CLOSINGS = ("니다", "니까")
# Only a full stop closes the English sentence: after a colon or semicolon (the settings
# you see in every API: / temperature, top-p...) the sentence runs on into the next cue.
# A quoted question at the end ("How do I cancel?" and "How do I pause?") may be the object
# of a sentence that goes on in the next cue: a closing quote does not close the sentence.
_ENGLISH_END = re.compile(r"[.?!…][)\]]*$")
# ... but the point of an abbreviation ends no sentence for sure: "No algorithm has ever
# stayed until 7 p.m. / to help a kid finish a volcano" goes on.
_ABBREVIATION_END = re.compile(r"(?:\b[ap]\.m|\be\.g|\bi\.e|\betc|\bvs|\bM[rs]s?|\bDr|\bSt|"
                               r"\bJr|\bSr|\bU\.S)\.$", re.IGNORECASE)
# (an exclamation closes one too: a toast, 리버사이드 공공도서관과 여러분을 위하여!)
_TRAILING_OFF = re.compile(r"(?:\.\.\.|…)['\"”’)\]]*$")
_ASKED_OR_EXCLAIMED = re.compile(r"[?!]['\"”’)\]]*$")
_LAST_WORD = re.compile(r"\S+$")
# Connectives that join two sentences into one ("and", "but"), not one that makes the first
# the reason or condition of what follows (이해하지 못했기에, "because")
_JOINING = {"고", "는데", "ᆫ데", "은데", "며", "으며", "면서", "으면서", "지만"}
# Endings Kiwi reads as open that close a spoken sentence: the polite concessive
# (성실하지 못했습니다만.) and a wish (부디 편히 잠들기를., 나아가길.: 기 and its 를)
_POLITE_CONCESSIVE = re.compile(r"니다만[.!]?['\"”’)\]]*$")
_WISH = (("기", "ETN"), ("를", "JKO")), (("기", "ETN"), ("ᆯ", "JKO"))
# Korean written without spaces is about 0.53 times as long as the English (median of the
# jhe-dev pairs; a quarter are below 0.47).
SHORT_RATIO = 0.55
_HANGUL = re.compile(r"[가-힣]")


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    source, target = pair.source_text.strip(), pair.target.text.strip()
    if (ctx.korean is None or not source or not target or not _ENGLISH_END.search(source)
            or _ABBREVIATION_END.search(source)):
        return []
    if _ASKED_OR_EXCLAIMED.search(target):
        return []
    if _TRAILING_OFF.search(source) and _TRAILING_OFF.search(target):
        return []  # both trail off: "In third place, with sixty-one points..." said 61점을 얻은...
    words = [t for t in ctx.korean.tokens(pair.target.text) if t.tag not in _PUNCTUATION_TAGS]
    if not words or words[-1].tag not in OPEN_TAGS or (words[-1].form, words[-1].tag) in _CLOSED:
        return []
    if words[-1].form.endswith(_POLITE_CLOSINGS):
        return []  # (대체로는 말입니다 with no full stop: Kiwi may read its 니다 as connective)
    if _POLITE_CONCESSIVE.search(target) or (
            tuple((w.form, w.tag) for w in words[-2:]) in _WISH and target.endswith((".", "!"))):
        return []
    if _parallel_ellipsis(ctx.korean.tokens(pair.target.text), words[-1]):
        return []
    last = _LAST_WORD.search(pair.target.text.rstrip())
    if len(_HANGUL.findall(last.group())) < 2:
        return []  # a one-syllable word ("네.") is an answer Kiwi may read as 너 + 의
    if words[-1].tag == "EC" and words[-1].form in _JOINING and target.endswith(","):
        # "You taught us to breathe from the stomach." said 배로 숨 쉬는 법을 알려 주셨고, and
        # the next sentence follows in the next cue: the comma says the Korean joined them
        return []
    # Cut short, the Korean is short too; one that says as much as the English usually
    # carries on into the next cue (Korean joined the two sentences), so then it is weak.
    short = chars_without_spaces(target) < SHORT_RATIO * chars_without_spaces(source)
    return [Finding(
        NAME, "omission", "major",
        f'the English sentence ends here but the Korean stops in mid-sentence at '
        f'"{last.group()}": the rest of the sentence is missing',
        span=last.span(), weight=0.65 if short else 0.35)]


def _parallel_ellipsis(tokens, last) -> bool:
    """Whether the sentence is verbless on purpose: two parallel halves that stop on the same
    particle, 정적인 내용은 앞에, 동적인 내용은 뒤에. ("static content first, dynamic last")"""
    commas = [k for k, t in enumerate(tokens) if t.form == "," and t.start < last.start]
    if not last.tag.startswith("J") or not commas or commas[-1] == 0:
        return False
    before = tokens[commas[-1] - 1]
    return (before.form, before.tag) == (last.form, last.tag)

"""Cases for the polarity check: tests/data/checks/polarity/cases.csv.

One row per expected finding (category, severity, the text of its span, its
replacement: empty for none, <delete> for an empty string); a row with no
category says the pair must raise no finding.
"""

import csv
from pathlib import Path

import pytest

from qa.checks import CheckContext
from qa.checks.polarity import check
from qa.model import AlignedPair, Cue

CASES = Path(__file__).parent.parent / "data" / "checks" / "polarity" / "cases.csv"


def load_cases():
    expected = {}
    with open(CASES, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            found = expected.setdefault((row["source"], row["target"]), [])
            if row["category"]:
                replacement = {"": None, "<delete>": ""}.get(row["replacement"],
                                                              row["replacement"])
                found.append((row["category"], row["severity"], row["span"], replacement))
    return [pytest.param(source, target, sorted(found), id=f"{i}-{target[:20]}")
            for i, ((source, target), found) in enumerate(expected.items(), 1)]


def make_pair(source: str, target: str) -> AlignedPair:
    return AlignedPair(Cue(1, 0, 3000, target, target, (target,)),
                       (Cue(1, 0, 3000, source, source, (source,)),), "time")


def findings_of(source: str, target: str, ctx: CheckContext) -> list[tuple]:
    return sorted((f.category, f.severity, target[f.span[0]:f.span[1]] if f.span else "",
                   f.replacement) for f in check(make_pair(source, target), ctx))


class KiwiTokens:
    """What the check needs of qa.korean.KoreanAnalyzer: tokens(text) -> Kiwi tokens."""

    def __init__(self):
        from kiwipiepy import Kiwi
        self.tokens = Kiwi().tokenize


@pytest.fixture(scope="module", params=["surface", "kiwi"])
def ctx(request):
    return CheckContext(korean=KiwiTokens() if request.param == "kiwi" else None)


@pytest.mark.parametrize("source,target,expected", load_cases())
def test_cases(source, target, expected, ctx):
    assert findings_of(source, target, ctx) == expected

"""Cases for the technical-terms check: tests/data/checks/technical_terms/cases.csv.

One row per expected finding (span text, replacement); a row with no span text
says the pair must raise no finding.
"""

import csv
from pathlib import Path

import pytest

from qa.checks import CheckContext
from qa.checks.technical_terms import check_technical_terms, is_technical, keeps_word
from qa.korean import KoreanAnalyzer
from qa.model import AlignedPair, Cue
from qa.termbase import default_termbase_path, load_termbase

CASES = Path(__file__).parent.parent / "data" / "checks" / "technical_terms" / "cases.csv"


def load_cases():
    expected = {}
    with open(CASES, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            found = expected.setdefault((row["english"], row["korean"]), [])
            if row["expected_span_text"]:
                found.append((row["expected_span_text"], row["expected_replacement"] or None))
    return [pytest.param(english, korean, sorted(found), id=f"{i}-{korean[:16]}")
            for i, ((english, korean), found) in enumerate(expected.items(), 1)]


def make_pair(source: str, target: str) -> AlignedPair:
    return AlignedPair(Cue(1, 0, 3000, target, target, (target,)),
                       (Cue(1, 0, 3000, source, source, (source,)),), "time")


@pytest.fixture(scope="module")
def ctx():
    return CheckContext(termbase=load_termbase(default_termbase_path()), korean=KoreanAnalyzer())


@pytest.mark.parametrize("source, target, expected", load_cases())
def test_case(source, target, expected, ctx):
    findings = check_technical_terms(make_pair(source, target), ctx)
    assert sorted((target[f.span[0]:f.span[1]], f.replacement) for f in findings) == expected
    assert all(f.category == "terminology" and f.severity == "minor" for f in findings)


def test_message_names_the_term_and_the_loanword(ctx):
    [finding] = check_technical_terms(make_pair("Register a hook in the API.", "API에 갈고리를 등록하세요"),
                                      ctx)
    assert finding.message == ('"hook" is a technical term here but is translated as 갈고리, '
                               "its everyday sense; keep hook or write 훅")


@pytest.mark.parametrize("source, technical", [
    ("Call the API.", True),
    ("The GPU is busy.", True),
    ("We fine-tune the model on tokens.", True),  # two termbase terms
    ("He watched TV in the US.", False),
    ("She is a role model.", False),  # one everyday-looking term is not enough
])
def test_is_technical(source, technical, ctx):
    assert is_technical(source, ctx.termbase) == technical


@pytest.mark.parametrize("target, english, kept", [
    ("웹훅 대신 훅을 쓰세요", "hook", True),
    ("Hook을 쓰세요", "hook", True),
    ("갈고리를 쓰세요", "hook", False),
])
def test_keeps_word(target, english, kept, ctx):
    assert keeps_word(target, english, ctx.korean) == kept

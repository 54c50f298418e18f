"""Cases for the technical-terms check: tests/data/checks/technical_terms/cases.csv.

One row per expected finding (span text, replacement); a row with no span text
says the pair must raise no finding. `ctx` (conftest.py) has the default
termbase and the Korean analyser.
"""

import pytest

from qa.checks.technical_terms import check, is_technical, keeps_word
from tests.checks.cases import findings_of, load_cases, make_pair, span_text


def expected_of(row: dict) -> tuple | None:
    """Every finding of this check is a minor terminology one; the file gives span and fix."""
    if not row["expected_span_text"]:
        return None
    return (row["expected_span_text"], row["expected_replacement"] or None,
            "terminology", "minor")


def described(finding, target: str) -> tuple:
    return span_text(finding, target), finding.replacement, finding.category, finding.severity


@pytest.mark.parametrize("source, target, expected",
                         load_cases("technical_terms", expected_of, columns=("english", "korean")))
def test_case(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx, described) == expected


def test_message_names_the_term_and_the_loanword(ctx):
    [finding] = check(make_pair("Register a hook in the API.", "API에 갈고리를 등록하세요"),
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

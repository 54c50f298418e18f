"""Cases for the terminology check: tests/data/checks/terminology/cases.csv.

One row per expected finding (the text of its span, its replacement, its
severity); a row with no span text says the pair must raise no finding.
`ctx` (conftest.py) has the default termbase and the Korean analyser.
"""

import pytest

from qa.checks import CheckContext
from qa.checks.terminology import check
from qa.korean import adapt_suffix
from qa.model import AlignedPair, Cue
from qa.termbase import default_termbase_path, load_termbase, merge
from tests.checks.cases import DATA, findings_of, load_cases, make_pair, span_text


def expected_of(row: dict) -> tuple | None:
    if not row["expected_span_text"]:
        return None
    return (row["expected_span_text"], row["expected_replacement"] or None,
            row["expected_severity"])


def described(finding, target: str) -> tuple:
    return span_text(finding, target), finding.replacement, finding.severity


def terminology_findings(source: str, target: str, ctx: CheckContext) -> list[tuple]:
    return findings_of(check, source, target, ctx, described)


@pytest.mark.parametrize("source, target, expected",
                         load_cases("terminology", expected_of, columns=("english", "korean")))
def test_case(source, target, expected, ctx):
    assert terminology_findings(source, target, ctx) == expected


def test_finding_explains_itself(ctx):
    [finding] = check(make_pair("These weights are updated.", "이 무게는 바뀌어요"), ctx)
    assert finding.check == "terminology" and finding.category == "terminology"
    assert finding.message.startswith('"weights" is translated as 무게 (physical weight')
    assert finding.message.endswith("; use 가중치")
    assert 0 < finding.weight <= 1


def test_no_source_text_means_no_finding(ctx):
    pair = AlignedPair(Cue(1, 0, 3000, "무게를 조정해요", "무게를 조정해요"), (), "none")
    assert check(pair, ctx) == []


def test_user_termbase_takes_precedence(korean):
    user = load_termbase(DATA / "terminology" / "user.csv")
    default = load_termbase(default_termbase_path())
    ctx = CheckContext(termbase=merge(user, default), korean=korean)
    assert terminology_findings("Adjust the weights.", "무게를 조정하세요", ctx) == [
        ("무게를", "웨이트를", "major")]
    # the user's glossary bans a rendering the default approves ...
    assert terminology_findings("Frontier models.", "프런티어 모델이에요", ctx) == [
        ("프런티어", "최첨단", "major")]
    # ... and the default entries the user did not override still apply
    assert terminology_findings("Count the tokens.", "동전을 세요", ctx) == [
        ("동전을", "토큰을", "major")]


def _sentence_with(noun: str) -> str:
    return f"그래서 이 {noun}{adapt_suffix(noun, '를')} 봐요"


def test_every_wrong_rendering_of_the_default_termbase_is_found(ctx):
    missed = []
    for entry in ctx.termbase.entries:
        for wrong in entry.wrong:
            target = _sentence_with(wrong)
            # (with a word that gives the term its technical sense, where it needs one)
            context = f" ({entry.only_with[0]})" if entry.only_with else ""
            spans = [target[f.span[0]:f.span[1]]
                     for f in check(make_pair(f"Look at this {entry.english[0]}{context}.",
                                              target), ctx)]
            if not any(wrong in span for span in spans):
                missed.append((entry.english[0], wrong, spans))
    assert missed == []


def test_no_approved_rendering_of_the_default_termbase_is_flagged(ctx):
    flagged = []
    for entry in ctx.termbase.entries:
        for approved in entry.approved:
            target = _sentence_with(approved)
            found = check(make_pair(f"Look at this {entry.english[0]}.", target), ctx)
            if found:
                flagged.append((entry.english[0], approved, [f.message for f in found]))
    assert flagged == []

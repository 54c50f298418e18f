"""Cases for the untranslated check: tests/data/checks/untranslated/cases.csv
(columns explained in tests/checks/cases.py)."""

import pytest

from qa.checks.untranslated import check, pronouns_named
from tests.checks.cases import findings_of, load_cases, make_pair, span_text


@pytest.mark.parametrize("source,target,expected", load_cases("untranslated"))
def test_cases(source, target, expected, ctx):
    assert findings_of(check, source, target, ctx) == expected


@pytest.mark.parametrize("introduced, source, target, kept", [
    # "she" said by the name an earlier cue gave: a subtitler's choice, not junk
    ("This is my cofounder Dana.", "She didn't laugh.", "Dana는 웃지 않았어요.", []),
    # a name the lecture never says is still reported
    ("This is my cofounder Dana.", "She didn't laugh.", "Dina는 웃지 않았어요.", ["Dina"]),
    # the cue's English has no pronoun for the name to stand for
    ("This is my cofounder Dana.", "The room didn't laugh.", "Dana는 웃지 않았어요.", ["Dana"]),
])
def test_a_pronoun_said_by_the_name_the_lecture_gives_is_no_junk(introduced, source, target,
                                                                  kept, ctx):
    pairs = [make_pair(introduced, "제 공동 창업자 Dana예요."), make_pair(source, target)]
    findings = [check(pair, ctx) for pair in pairs]
    pronouns_named(pairs, findings)
    assert [span_text(f, target).strip() for f in findings[1]] == kept


def test_it_said_by_the_name_the_lecture_gives_is_no_addition(ctx):
    pairs = [make_pair("Whisper is a speech recognition model.", "Whisper는 음성 인식 모델이에요."),
             make_pair("Its native timestamps are segment-level.",
                       "Whisper의 기본 타임스탬프는 세그먼트 단위예요.")]
    findings = [check(pair, ctx) for pair in pairs]
    assert findings[1]  # alone, the name is one the English of the cue does not say
    pronouns_named(pairs, findings)
    assert findings[1] == []

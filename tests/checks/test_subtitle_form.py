"""Subtitle-form rules: tests/data/checks/subtitle_form/cases.csv gives a cue's lines
(separated by |), its timing and the one message expected (empty for none)."""

import pytest

from qa.checks import CheckContext
from qa.checks.subtitle_form import FormRules, check, check_timing, display_length
from qa.model import AlignedPair, Cue
from tests.checks.cases import read_rows


def load_cases():
    return [pytest.param(row["lines"].split("|"), int(row["start"]), int(row["end"]),
                         row["message"], id=row["lines"][:16])
            for row in read_rows("subtitle_form")]


def make_pair(lines, start, end, index=1):
    """A target cue alone, with its own lines and timing (no source needed)."""
    text = " ".join(lines)
    return AlignedPair(Cue(index, start, end, text, "\n".join(lines), tuple(lines)), (), "time")


@pytest.mark.parametrize("lines,start,end,message", load_cases())
def test_cue_rules(lines, start, end, message):
    found = check(make_pair(lines, start, end), CheckContext())
    assert [f.message for f in found] == ([message] if message else [])
    assert all((f.category, f.severity) == ("style", "minor") for f in found)


@pytest.mark.parametrize("text,width", [
    ("가나다", 3), ("GPT", 1.5), ("GPT-4 모델", 5.0), ("1,750억", 3.5), ("", 0)])
def test_display_length_counts_latin_digits_spaces_punctuation_half(text, width):
    assert display_length(text) == width


def test_rules_are_configurable():
    rules = FormRules(max_line_length=30, max_chars_per_second=20, count_digits_narrow=False)
    assert display_length("1,750억", rules) == 5.5
    pair = make_pair(["LLM의 아주 근본적인 것에 대해 잠시 얘기하고 싶습니다"], 0, 6600)
    assert check(pair, CheckContext(form=rules)) == []


@pytest.mark.parametrize("previous_end,start,message", [
    (2000, 1500, "starts 500 ms before cue 1 ends (overlap)"),
    (2000, 2040, "only 40 ms after cue 1 (at least 83 ms)"),
    (2000, 2000, None),  # chained cues are common; a zero gap is only flagged when asked
    (2000, 2500, None),
])
def test_gaps_and_overlaps_need_the_previous_cue(previous_end, start, message):
    pairs = [make_pair(["앞 자막"], 0, previous_end, 1), make_pair(["뒤 자막"], start, 4000, 2)]
    found = check_timing(pairs, CheckContext())
    assert found[0] == []
    assert [f.message for f in found[1]] == ([message] if message else [])


def test_zero_gap_flagged_when_the_rules_say_so():
    pairs = [make_pair(["앞 자막"], 0, 2000, 1), make_pair(["뒤 자막"], 2000, 4000, 2)]
    found = check_timing(pairs, CheckContext(form=FormRules(zero_gap_is_too_short=True)))
    assert [f.message for f in found[1]] == ["only 0 ms after cue 1 (at least 83 ms)"]

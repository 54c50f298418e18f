"""PatternIndex: which patterns may match a text, never skipping one that does."""

import re
from pathlib import Path

import pytest

from qa.checks import direction_flip
from qa.prefilter import PatternIndex, openings

SCAN = Path(__file__).parent / "data" / "scan"


@pytest.mark.parametrize("pattern, length, expected", [
    (r"이상|초과", 2, {"이상", "초과"}),
    (r"싸", 2, {"싸"}),  # a match shorter than the opening length
    (r"(?<![가-힣])먼저 ", 2, {"먼저"}),  # a lookbehind takes no character
    (r"(?:^|[,.]\s|[을를]\s)같은", 2, {"같은", ",\t", ", ", ".\n", "을 ", "를\u3000"}),
    (r"(?:(?!))|(?:전에)", 2, {"전에"}),  # (?!) never matches: no opening
    (r"a{0,2}bc", 2, {"ab", "aa", "bc"}),
    (r"(?:더 )?긴", 2, {"더 ", "긴"}),
    (r"\d+개", 1, {"1", "٣"}),  # \d is every Unicode digit, as re has it
    (r"Ab", 1, {"A"}),
])
def test_openings_hold_what_a_match_may_start_with(pattern, length, expected):
    found = openings(re.compile(pattern), length)
    assert found is not None and expected <= found
    if length == 1:
        assert all(len(s) == 1 for s in found)


@pytest.mark.parametrize("pattern", [
    r"[가-힣]{0,2}지 않",  # a wide class first
    r".+요",  # any character
    r"\w+",
    r"(?:아니)?",  # may match the empty string
    r"[^,]+다",
])
def test_unbounded_patterns_have_no_openings(pattern):
    assert openings(re.compile(pattern), 2) is None


@pytest.mark.parametrize("text, expected", [
    ("가격이 두 배 이상 올랐어요", [0, 1, 2]),
    ("more than TWICE", [1, 3]),  # a case-blind pattern, indexed in both cases
    ("아무것도 없어요", [1]),  # unbounded: tried on every text
    ("", [1]),
])
def test_candidates_keep_every_pattern_that_can_match(text, expected):
    index = PatternIndex([re.compile(r"이상|초과"), re.compile(r"[가-힣]+요"),
                          re.compile(r"두 배"), re.compile(r"\btwice\b", re.IGNORECASE)])
    assert index.candidates(text) == expected


def test_no_pattern_of_a_check_is_skipped_on_a_cue_it_matches():
    """Every Korean pattern of direction_flip against every Korean cue of the scan fixtures:
    the index's matches are exactly the patterns' own."""
    patterns = [side[2] for entry in direction_flip.OPPOSITES + direction_flip.ROLES
                for side in entry]
    index = PatternIndex(patterns)
    texts = [line for path in sorted(SCAN.glob("*ko*"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    assert len(texts) > 1000
    for text in texts:
        assert index.matching(text) == [k for k, p in enumerate(patterns) if p.search(text)]

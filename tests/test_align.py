"""Alignment: every Korean cue is paired with the English it translates."""

from pathlib import Path

import pytest

from qa.align import align_cues
from qa.subtitles import read_subtitles

DATA = Path(__file__).parent / "data" / "align"


@pytest.fixture(scope="module")
def english():
    return read_subtitles(DATA / "en.vtt").cues


@pytest.mark.parametrize("target, expected_sources, method", [
    ("same.ko.vtt", [(1,), (2,), (3,), (4,), (5,), (6,), (7,), (8,)], "time"),
    ("merged.ko.vtt", [(1,), (2, 3), (4,), (5,), (6, 7), (8,)], "time"),
    ("split_shifted.ko.vtt", [(1,), (2,), (3,), (4,), (4,), (5,), (6,), (7,), (8,)], "offset"),
    ("jittered.ko.vtt", [(1,), (2,), (3,), (4,), (5,), (6,), (7,), (8,)], "time"),
    ("offset.ko.vtt", [(1,), (2,), (3,), (4,), (5,), (6,), (7,), (8,)], "offset"),
    ("retimed.ko.vtt", [(1,), (2,), (3,), (4,), (5,), (6,), (7,), (8,)], "embedding"),
])
def test_each_korean_cue_gets_the_english_it_translates(english, encoder, target,
                                                        expected_sources, method):
    korean = read_subtitles(DATA / target).cues
    pairs = align_cues(english, korean, encoder)
    assert [p.source_indices for p in pairs] == expected_sources
    assert {p.method for p in pairs} == {method}


def test_target_cues_with_no_source_in_time_are_marked_unaligned(english):
    korean = read_subtitles(DATA / "same.ko.vtt").cues
    pairs = align_cues(english[:4], korean)
    assert [p.method for p in pairs][4:] == ["none"] * 4
    assert pairs[4].sources == ()


def test_empty_source_gives_unaligned_pairs(english):
    pairs = align_cues([], english)
    assert all(p.method == "none" and not p.sources for p in pairs)


@pytest.mark.parametrize("target, expected_groups", [
    ("merged.ko.vtt", [[0], [1, 2], [3], [4], [5, 6], [7]]),
    ("split_shifted.ko.vtt", [[0], [1], [2], [3], [3], [4], [5], [6], [7]]),
])
def test_embedding_alignment_finds_merges_and_splits_without_timings(english, encoder, target,
                                                                      expected_groups):
    from qa.align import align_by_embedding

    korean = read_subtitles(DATA / target).cues
    assert align_by_embedding(english, korean, encoder) == expected_groups

"""Review logic without Streamlit: opening a course folder, the queue, highlighting."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.course import lecture_name as course_lecture_name
from qa.course import pair_folder
from qa.errors import CourseError
from qa.review import Filters, build_queue, highlight, step, telling_spans
from qa.store import ReviewCue
from qa.store import lecture_name as store_lecture_name


def touch(folder: Path, *names: str) -> None:
    for name in names:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("WEBVTT\n", encoding="utf-8")


@pytest.mark.parametrize("files, expected", [
    (["lecture01.en.vtt", "lecture01.ko.vtt", "lecture02.en.vtt"], [("lecture01", "lecture01.en.vtt", "lecture01.ko.vtt")]),
    (["en/intro.srt", "ko/intro.srt", "ko/extra.srt"], [("intro", "en/intro.srt", "ko/intro.srt")]),
    (["a_EN.vtt", "a_KO.vtt", "notes.txt"], [("a", "a_EN.vtt", "a_KO.vtt")]),
    (["b-english.srt", "b.ko-KR.vtt"], [("b", "b-english.srt", "b.ko-KR.vtt")]),
    # Subfolders win over side-by-side files when both are there.
    (["en/a.vtt", "ko/a.vtt", "c.en.vtt", "c.ko.vtt"], [("a", "en/a.vtt", "ko/a.vtt")]),
    (["lecture2.en.vtt", "lecture2.ko.vtt", "lecture10.en.vtt", "lecture10.ko.vtt"],
     [("lecture2", "lecture2.en.vtt", "lecture2.ko.vtt"),
      ("lecture10", "lecture10.en.vtt", "lecture10.ko.vtt")]),
])
def test_pair_folder(tmp_path, files, expected):
    touch(tmp_path, *files)
    pairs, _ = pair_folder(tmp_path)
    assert [(p.name, p.source.relative_to(tmp_path).as_posix(),
             p.target.relative_to(tmp_path).as_posix()) for p in pairs] == expected


def test_pair_folder_says_why_a_file_is_left_out(tmp_path):
    touch(tmp_path, "a.en.vtt", "a.ko.vtt", "b.en.vtt", "c.vtt")
    _, unpaired = pair_folder(tmp_path)
    assert [str(u) for u in unpaired] == [
        f"{tmp_path / 'b.en.vtt'}: no Korean file for lecture 'b' in {tmp_path}",
        f"{tmp_path / 'c.vtt'}: no language tag in the name, so it is neither English nor "
        "Korean; name it like lecture01.en.vtt or lecture01.ko.vtt"]


def test_pair_folder_of_a_missing_folder_says_so(tmp_path):
    with pytest.raises(CourseError) as err:
        pair_folder(tmp_path / "nowhere")
    assert str(err.value) == f"{tmp_path / 'nowhere'}: the course folder does not exist; check the path"


@pytest.mark.parametrize("path", ["ko/lecture01.ko.vtt", "en/lecture01.en.srt", "lecture01.vtt"])
def test_the_store_names_lectures_as_pairing_does(path):
    assert store_lecture_name(path) == course_lecture_name(path) == "lecture01"


@pytest.mark.parametrize("text, spans, html", [
    ("<b>가중치</b>", [(3, 6)], "&lt;b&gt;<mark>가중치</mark>&lt;/b&gt;"),
    ("**a** [x](y)", [], "**a** [x](y)"),
    ("abcdef", [(0, 2), (1, 3), (5, 9)], "<mark>abc</mark>de<mark>f</mark>"),
])
def test_highlight_escapes_then_marks(text, spans, html):
    assert highlight(text, spans) == html


def test_whole_cue_spans_give_way_to_narrow_ones():
    assert telling_spans("무게의 수", [(0, 5), (0, 2)]) == [(0, 2)]
    assert telling_spans("무게의 수", [(0, 5)]) == [(0, 5)]


def cue(cue_id: int, risk: float, start: int, flagged: bool = True) -> ReviewCue:
    return ReviewCue(cue_id, 1, cue_id, start, start + 1000, "en", "ko", "ko", risk, flagged,
                     0.5, [], [], None, None, [], [])


def test_queue_is_riskiest_first_then_by_time():
    cues = [cue(1, 0.5, 3000), cue(2, 0.9, 5000), cue(3, 0.5, 1000), cue(4, 0.99, 0, False)]
    assert [c.cue_id for c in build_queue(cues, Filters())] == [2, 3, 1]


@pytest.mark.parametrize("current, offset, expected", [
    (20, 1, 30), (30, 1, 30), (10, -1, 10), (99, 1, 10), (None, 0, 10),
])
def test_step_is_clamped(current, offset, expected):
    assert step([10, 20, 30], current, offset) == expected

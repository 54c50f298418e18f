"""Review logic without Streamlit: opening a course folder, the queue, highlighting."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.course import lecture_name as course_lecture_name
from qa.course import pair_folder
from qa.errors import CourseError
from qa.subtitles import read_subtitles
from qa.model import AlignedPair, ScanReport, ScoredCue
from qa.review import (Filters, Press, build_queue, highlight, is_repeat, open_course, step,
                       telling_spans)
from qa.scoring import quality_summary
from qa.store import ReviewCue, Store
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


COURSE = Path(__file__).parent / "data" / "review_app" / "course"


class QuietScanner:
    """Flags nothing; reports its progress cue by cue like the real scanner."""

    def __init__(self):
        self.scanned = []

    def scan(self, source_path, target_path, progress=None) -> ScanReport:
        self.scanned.append(Path(target_path).name)
        source, target = read_subtitles(source_path), read_subtitles(target_path)
        scored = []
        for done, (english, korean) in enumerate(zip(source.cues, target.cues), 1):
            scored.append(ScoredCue(AlignedPair(korean, (english,), "time"), 0.9, 0.0, []))
            if progress:
                progress(done, len(target.cues))
        return ScanReport(source, target, scored, settings={}, quality=quality_summary(scored))


def test_open_course_counts_files_and_cues_and_lists_failures(tmp_path):
    store, scanner, seen = Store(tmp_path / "review.sqlite"), QuietScanner(), []
    course = open_course(store, COURSE, lambda: scanner, progress=seen.append)
    assert [(x.name, x.status, x.quality.get("cues")) for x in course.lectures] == [
        ("lecture3", "failed", None), ("lecture1", "ok", 3), ("lecture2", "ok", 2)]
    assert course.lectures[0].error.startswith(f"{COURSE / 'lecture3.ko.vtt'}: not a subtitle")
    assert [u.path.name for u in course.unpaired] == ["notes.en.vtt"]
    # lecture3's Korean file has no timing line: 3 + 2 cues in all.
    assert [(p.lecture, p.files_done, p.cues_done) for p in seen] == [
        ("lecture1", 0, 0), ("lecture1", 0, 1), ("lecture1", 0, 2), ("lecture1", 0, 3),
        ("lecture1", 1, 3), ("lecture2", 1, 3), ("lecture2", 1, 4), ("lecture2", 1, 5),
        ("lecture2", 2, 5), ("lecture3", 2, 5), ("lecture3", 3, 5)]
    assert {(p.files_total, p.cues_total) for p in seen} == {(3, 5)}
    assert seen[-1].failed == 1
    assert scanner.scanned == ["lecture1.ko.vtt", "lecture2.ko.vtt"]
    open_course(store, COURSE, lambda: scanner)  # again: nothing changed, nothing scanned
    assert scanner.scanned == ["lecture1.ko.vtt", "lecture2.ko.vtt"]


def test_open_course_without_any_pair_says_how_to_name_files(tmp_path):
    touch(tmp_path, "a.en.vtt", "b.ko.vtt")
    with pytest.raises(CourseError) as err:
        open_course(Store(tmp_path / "review.sqlite"), tmp_path, lambda: None)
    assert str(err.value) == (
        f"{tmp_path}: no lecture has both an English and a Korean file; name them alike, e.g. "
        "lecture01.en.vtt and lecture01.ko.vtt")


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


@pytest.mark.parametrize("previous, button, now, expected", [
    (None, "accept", 10.0, False),  # the first press
    (Press("accept", 10.0), "accept", 10.2, True),  # the second click of a double click
    (Press("accept", 10.0), "accept", 10.7, False),  # time enough to read the next card
    (Press("accept", 10.0), "fix", 10.2, False),  # another button is another decision
    (Press("undo", 10.0), "undo", 10.1, True),
])
def test_a_repeated_press_is_told_from_a_decision(previous, button, now, expected):
    assert is_repeat(previous, button, now) is expected

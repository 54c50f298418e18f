"""The corrections CSV and the corrected subtitle files."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone
from pathlib import Path

import pytest
import webvtt

from qa.errors import ExportError
from qa.export import (
    CORRECTION_COLUMNS, corrected_subtitles, corrections_csv, export_corrections,
    export_subtitles, spreadsheet_safe,
)
from qa.model import AlignedPair, Finding, ScanReport, ScoredCue
from qa.store import Store
from qa.subtitles import read_subtitles

DATA = Path(__file__).parent / "data" / "export"


def scan_by_hand(source_path: Path, target_path: Path) -> ScanReport:
    """Pair cues by number and flag cue 1 with a major terminology finding (no encoder)."""
    source, target = read_subtitles(source_path), read_subtitles(target_path)
    scored = []
    for english, korean in zip(source.cues, target.cues):
        findings = []
        if korean.index == 1:
            findings = [Finding("terminology", "terminology", "major", "weights -> 가중치")]
        scored.append(ScoredCue(AlignedPair(korean, (english,), "time"), 0.5, 0.2, findings,
                                risk=0.9 if findings else 0.1, flagged=bool(findings)))
    return ScanReport(source, target, scored, settings={"model": "none"})


NOW = datetime(2025, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


@pytest.fixture
def store(tmp_path):
    opened = Store(tmp_path / "review.sqlite", clock=lambda: NOW)
    yield opened
    opened.close()


def save(store: Store, fmt: str = "vtt"):
    saved = store.save_scan(scan_by_hand(DATA / f"lecture.en.{fmt}", DATA / f"lecture.ko.{fmt}"))
    return saved.file_id, {c.position: c.cue_id for c in store.scan_cues(saved.scan_id)}


def read_csv(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to see UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_corrections_csv_has_one_row_per_cue_and_reviewer(store):
    _, cue = save(store)
    store.decide(cue[1], "Ana", "skip")
    store.decide(cue[1], "Ana", "fix", corrected_text="매개변수는 가중치라고도 합니다.",
                 comment="용어")
    store.decide(cue[1], "Ben", "accept")
    store.decide(cue[2], "Ben", "accept")

    data = corrections_csv(store)
    assert data.decode("utf-8-sig").splitlines()[0] == ",".join(CORRECTION_COLUMNS)
    rows = read_csv(data)
    assert [(r["cue"], r["reviewer"], r["decision"], r["current"]) for r in rows] == [
        ("1", "Ana", "fix", "no"), ("1", "Ben", "accept", "yes"), ("2", "Ben", "accept", "yes")]
    assert rows[0] == {
        "file": "lecture", "cue": "1", "start": "00:00:01.000", "end": "00:00:03.500",
        "source": "Parameters are also called weights.", "original": "매개변수는 무게라고도 합니다.",
        "corrected": "매개변수는 가중치라고도 합니다.", "decision": "fix",
        "categories": "terminology", "severity": "major", "reviewer": "Ana",
        "time": "2025-03-04T05:06:07Z", "comment": "용어", "current": "no",
    }


@pytest.mark.parametrize("text, safe", [
    ("=SUM(A1:A2)", "'=SUM(A1:A2)"),
    ("+82 10", "'+82 10"),
    ("-1", "'-1"),
    ("@cmd", "'@cmd"),
    ("\tx", "'\tx"),
    ("\rx", "'\rx"),
    ("가중치 = weight", "가중치 = weight"),
    (None, ""),
    (3, "3"),
])
def test_spreadsheet_safe(text, safe):
    assert spreadsheet_safe(text) == safe


def test_formula_cells_are_neutralised_in_the_csv(store):
    _, cue = save(store)
    store.decide(cue[3], "Ana", "fix", corrected_text="=HYPERLINK(\"http://x\")", comment="@here")
    row = read_csv(corrections_csv(store))[0]
    assert (row["source"], row["original"], row["corrected"], row["comment"]) == (
        "'=SUM(A1:A2) is not a formula here.", "'=SUM(A1:A2)는 여기서 수식이 아닙니다.",
        "'=HYPERLINK(\"http://x\")", "'@here")


def test_corrections_for_one_lecture_or_the_whole_course(store, tmp_path):
    vtt_id, vtt_cue = save(store, "vtt")
    srt_id, srt_cue = save(store, "srt")  # the same lecture name: stored as one lecture
    assert vtt_id == srt_id
    store.decide(srt_cue[2], "Ana", "accept")

    other = scan_by_hand(DATA / "lecture.en.vtt", DATA / "lecture.ko.vtt")
    other_id = store.save_scan(other, name="lecture02").file_id
    store.decide(store.cue(store.latest_scan(other_id), 1).cue_id, "Ben", "skip")

    out = tmp_path / "corrections.csv"
    assert export_corrections(store, out) == 2
    assert [r["file"] for r in read_csv(out.read_bytes())] == ["lecture", "lecture02"]
    assert export_corrections(store, out, file_ids=[other_id]) == 1
    assert [r["file"] for r in read_csv(out.read_bytes())] == ["lecture02"]


def test_an_undo_to_undecided_exports_no_row(store):
    _, cue = save(store)
    store.decide(cue[1], "Ana", "accept")
    store.undo(cue[1], "Ana")
    assert read_csv(corrections_csv(store)) == []


def test_an_unknown_lecture_is_an_export_error(store):
    save(store)
    with pytest.raises(ExportError) as error:
        corrections_csv(store, file_ids=[99])
    assert str(error.value) == "no scanned lecture with id 99 in the review database"


@pytest.mark.parametrize("fmt", ["vtt", "srt"])
def test_corrected_subtitles_apply_fixes_and_keep_timings(store, tmp_path, fmt):
    file_id, cue = save(store, fmt)
    store.decide(cue[1], "Ana", "fix", corrected_text="매개변수는 가중치라고도 합니다.")
    store.decide(cue[2], "Ana", "accept")

    out = tmp_path / f"corrected.{fmt}"
    assert export_subtitles(store, file_id, out) == 1
    reader = webvtt.read if fmt == "vtt" else webvtt.from_srt
    original, corrected = reader(str(DATA / f"lecture.ko.{fmt}")), reader(str(out))
    assert [(c.start, c.end) for c in corrected] == [(c.start, c.end) for c in original]
    assert corrected[0].text == "매개변수는 가중치라고도 합니다."
    assert [c.raw_text for c in corrected[1:]] == [c.raw_text for c in original[1:]]


def test_corrected_subtitles_can_change_format(store):
    file_id, cue = save(store, "vtt")
    store.decide(cue[2], "Ana", "fix", corrected_text="모델은 다음 토큰을\n예측해요.")
    data = corrected_subtitles(store, file_id, format="srt")
    captions = webvtt.from_buffer(io.StringIO(data.decode("utf-8")), format="srt")
    assert [c.start for c in captions] == ["00:00:01.000", "00:00:03.500", "00:01:02.345"]
    assert captions[1].raw_text == "모델은 다음 토큰을\n예측해요."


def test_qa_export_command_writes_the_csv_and_the_corrected_subtitles(tmp_path, capsys):
    from qa.cli import main

    db = tmp_path / "review.sqlite"
    store = Store(db)
    saved = store.save_scan(scan_by_hand(DATA / "lecture.en.vtt", DATA / "lecture.ko.vtt"))
    first = store.scan_cues(saved.scan_id)[0]
    store.decide(first.cue_id, "Ana", "fix", corrected_text="가중치를 조정해요")
    store.close()
    out = tmp_path / "out"
    assert main(["export", "--db", str(db), "--csv", str(out / "c.csv"),
                 "--subtitles-dir", str(out)]) == 0
    rows = read_csv((out / "c.csv").read_bytes())
    assert [(r["cue"], r["decision"], r["corrected"], r["current"]) for r in rows] == [
        ("1", "fix", "가중치를 조정해요", "yes")]
    corrected = read_subtitles(out / "lecture.ko.vtt")
    assert corrected.cues[0].text == "가중치를 조정해요"
    assert capsys.readouterr().out.splitlines() == [
        f"1 correction rows for 1 lecture(s): {out / 'c.csv'}",
        f"lecture: 1 cue(s) corrected: {out / 'lecture.ko.vtt'}"]


@pytest.mark.parametrize("args, message", [
    ([], "nothing to export; give --csv FILE and/or --subtitles-dir DIR"),
    (["--csv", "c.csv", "--lecture", "nope"],
     "no lecture named 'nope' in the database; known: lecture"),
])
def test_qa_export_errors_are_one_line_and_exit_2(tmp_path, capsys, args, message):
    from qa.cli import main

    db = tmp_path / "review.sqlite"
    store = Store(db)
    store.save_scan(scan_by_hand(DATA / "lecture.en.vtt", DATA / "lecture.ko.vtt"))
    store.close()
    assert main(["export", "--db", str(db), *args]) == 2
    assert capsys.readouterr().err == f"Error: {message}\n"

"""What leaves the review database: the corrections CSV and the corrected subtitles.

Both are built from each lecture's latest scan: decisions taken on cue versions
that a later scan no longer contains stay in the database (nothing is lost) but
no longer describe the file, so they are not exported.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from qa.errors import ExportError
from qa.model import Cue, SubtitleFile
from qa.store import OPEN, Decision, LectureFile, ReviewCue, Store
from qa.subtitles import format_timestamp, write_subtitles

CORRECTION_COLUMNS = (
    "file", "cue", "start", "end", "source", "original", "corrected", "decision",
    "categories", "severity", "reviewer", "time", "comment", "current",
)
# A cell starting with one of these is run as a formula by spreadsheet programs.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def correction_rows(store: Store, file_ids: Iterable[int] | None = None) -> list[dict]:
    """One row per decided cue and reviewer: that reviewer's latest word on the cue.

    `current` is "yes" on the row that is the cue's resolution (its latest decision
    overall). Rows come in lecture name, cue number, decision order.
    """
    rows: list[dict] = []
    for lecture in _lectures(store, file_ids):
        review_cues = store.scan_cues(lecture.latest_scan)
        histories = store.histories(cue.cue_id for cue in review_cues)
        for cue in review_cues:
            rows.extend(_rows_for_cue(lecture, cue, histories[cue.cue_id]))
    return rows


def corrections_csv(store: Store, file_ids: Iterable[int] | None = None) -> bytes:
    """The corrections CSV as bytes: UTF-8 with a BOM (so Excel shows Hangul), formulas defused."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=CORRECTION_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in correction_rows(store, file_ids):
        writer.writerow({key: spreadsheet_safe(value) for key, value in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def export_corrections(store: Store, out_path: str | os.PathLike,
                       file_ids: Iterable[int] | None = None) -> int:
    """Write the corrections CSV for some lectures (default: all); returns the row count."""
    data = corrections_csv(store, file_ids)
    _write_bytes(out_path, data)
    return data.count(b"\r\n") - 1


def corrected_subtitles(store: Store, file_id: int, format: str | None = None) -> bytes:
    """The lecture's Korean subtitles with the current fixes applied, as UTF-8 bytes."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "corrected"
        export_subtitles(store, file_id, path, format)
        return path.read_bytes()


def export_subtitles(store: Store, file_id: int, out_path: str | os.PathLike,
                     format: str | None = None) -> int:
    """Write the Korean VTT/SRT with the current fixes applied, timings untouched.

    `format` is "vtt" or "srt" (default: the lecture's own). Returns how many cues
    were replaced.
    """
    lecture = store.file(file_id)
    if lecture.latest_scan is None:
        raise ExportError(f"the lecture {lecture.name!r} has no scan to export", value=lecture.name)
    review_cues = store.scan_cues(lecture.latest_scan)
    subtitle = SubtitleFile(
        path=lecture.target_path, format=lecture.format, encoding="utf-8",
        cues=tuple(Cue(c.position, c.start, c.end, c.target, c.raw_target) for c in review_cues))
    fixes = {c.position: c.current.corrected_text for c in review_cues
             if c.current and c.current.decision == "fix" and c.current.corrected_text}
    write_subtitles(subtitle, fixes, out_path, format=format or lecture.format)
    return len(fixes)


def spreadsheet_safe(value) -> str:
    """Text a spreadsheet shows as text: a leading formula character gets a quote before it."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _lectures(store: Store, file_ids: Iterable[int] | None) -> list[LectureFile]:
    lectures = [lecture for lecture in store.files() if lecture.latest_scan is not None]
    if file_ids is None:
        return lectures
    wanted = set(file_ids)
    unknown = wanted - {lecture.id for lecture in lectures}
    if unknown:
        raise ExportError(f"no scanned lecture with id {min(unknown)} in the review database",
                          value=str(min(unknown)))
    return [lecture for lecture in lectures if lecture.id in wanted]


def _rows_for_cue(lecture: LectureFile, cue: ReviewCue, history: list[Decision]) -> list[dict]:
    latest_by_reviewer: dict[str, Decision] = {}
    for decision in history:
        latest_by_reviewer[decision.reviewer] = decision
    resolution = history[-1] if history else None
    return [_row(lecture, cue, decision, decision is resolution)
            for decision in sorted(latest_by_reviewer.values(), key=lambda d: d.id)
            if decision.decision != OPEN]  # an undo back to "never decided" is no decision


def _row(lecture: LectureFile, cue: ReviewCue, decision: Decision, current: bool) -> dict:
    return {
        "file": lecture.name,
        "cue": cue.position,
        "start": format_timestamp(cue.start),
        "end": format_timestamp(cue.end),
        "source": cue.source,
        "original": cue.target,
        "corrected": decision.corrected_text or "",
        "decision": decision.decision,
        "categories": "; ".join(cue.categories),
        "severity": cue.severity or "",
        "reviewer": decision.reviewer,
        "time": decision.decided_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "comment": decision.comment or "",
        "current": "yes" if current else "no",
    }


def _write_bytes(path: str | os.PathLike, data: bytes) -> None:
    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_bytes(data)
    except OSError as error:
        raise ExportError(f"cannot write the file ({error.strerror or error}); check that the "
                          "folder is writable", path=str(path)) from None

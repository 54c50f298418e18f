"""The review queue without the user interface: courses, lectures, filters, ordering, cards.

review_app.py draws what these functions decide, so the logic is testable
without a browser. Cue text is always treated as text: every function that
returns HTML escapes the subtitle text first.
"""

from __future__ import annotations

import html
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from qa.course import (CourseTracker, LecturePair, Progress as CourseProgressCallback,
                       Unpaired, count_cues, pair_folder, require_pairs, review_priority)
from qa.errors import QAError
from qa.store import OPEN, Claim, Decision, ReviewCue, Store, content_hash
from qa.subtitles import format_timestamp, read_subtitles

# Statuses in queue order of interest; "open" is "never decided" (or undone).
STATUSES = ("open", "skip", "fix", "accept")
STATUS_LABELS = {"open": "to review", "skip": "skipped", "fix": "fixed",
                 "accept": "accepted (false alarm)"}
# Single keys work when no text box has the focus; Ctrl+Enter works from inside the
# editor too. Streamlit reserves C and R; Ctrl+W/T/L/N belong to the browser.
SHORTCUTS = {"accept": "A", "fix": "Ctrl+Enter", "skip": "S", "previous": "P", "next": "N",
             "undo": "U"}

log = logging.getLogger("qa")


@dataclass(frozen=True)
class Filters:
    statuses: tuple[str, ...] = ("open", "skip")
    flagged_only: bool = True
    categories: tuple[str, ...] = ()  # empty: any
    severities: tuple[str, ...] = ()  # empty: any
    text: str = ""  # case-insensitive, in English or Korean (original or fixed)


# -- opening lectures ---------------------------------------------------------------


def open_lecture(store: Store, pair: LecturePair, get_scanner: Callable[[], object],
                 progress: Callable[[int, int], None] | None = None,
                 rescan: bool = False) -> int:
    """The scan id to review for a lecture: the stored one if its files are unchanged.

    Otherwise (or with `rescan`) the lecture is scanned with `get_scanner()` (called
    only then, so the encoder loads only when needed) and the result stored;
    decisions on unchanged cues carry over.
    """
    if not rescan:
        source, target = read_subtitles(pair.source), read_subtitles(pair.target)
        stored = store.find_scan(pair.name, content_hash(source.cues), content_hash(target.cues))
        if stored is not None:
            return stored
    report = get_scanner().scan(str(pair.source), str(pair.target), progress=progress)
    return store.save_scan(report, name=pair.name).scan_id


# -- opening a course ------------------------------------------------------------------


@dataclass
class CourseLecture:
    """One lecture of a course opened for review."""

    name: str
    status: str  # "ok", or "failed" when its files could not be read or scanned
    error: str = ""  # why it failed, as one line for the reviewer
    file_id: int | None = None  # in the store, for an "ok" lecture
    quality: dict = field(default_factory=dict)  # qa.scoring.quality_summary of its scan

    def row(self) -> dict:
        """The figures qa.course.review_priority ranks by."""
        return {"name": self.name, "status": self.status,
                **{key: self.quality.get(key, "")
                   for key in ("cues", "flagged", "major", "quality_score")}}


@dataclass
class Course:
    folder: str
    lectures: list[CourseLecture]  # the lectures needing review most first
    unpaired: list[Unpaired] = field(default_factory=list)  # files left out, with the reason


def open_course(store: Store, folder, get_scanner: Callable[[], object],
                progress: CourseProgressCallback | None = None) -> Course:
    """Open every lecture of a course folder for review, scanning those not stored yet.

    Pairs the folder's files by name (qa.course.pair_folder), opens each lecture
    with `open_lecture` (unchanged lectures are not scanned again), reports
    files and cues done to `progress` (a qa.course.CourseProgress), and ranks
    the lectures by qa.course.review_priority. A lecture that cannot be read or
    scanned is listed as failed with its error; the others are opened.
    """
    pairs, unpaired = pair_folder(folder)
    require_pairs(pairs, folder)
    cue_counts = {pair.name: count_cues(pair.target) for pair in pairs}
    tracker = CourseTracker(progress, len(pairs), sum(cue_counts.values()))
    lectures = []
    for pair in pairs:
        cues = cue_counts[pair.name]
        tracker.report(pair.name)
        lecture = _open_course_lecture(
            store, pair, get_scanner,
            lambda done, total, name=pair.name, cues=cues:
                tracker.report(name, round(cues * done / max(total, 1))))
        tracker.finish(pair.name, cues, lecture.status == "ok")
        lectures.append(lecture)
    return Course(str(folder), sorted(lectures, key=lambda x: review_priority(x.row())),
                  list(unpaired))


def _open_course_lecture(store: Store, pair: LecturePair, get_scanner, progress) -> CourseLecture:
    try:
        scan_id = open_lecture(store, pair, get_scanner, progress=progress)
        file_id = store.file_named(pair.name).id
    except QAError as error:
        log.warning("lecture %s not opened: %s", pair.name, error)
        return CourseLecture(pair.name, "failed", error=str(error))
    except Exception as error:  # a bug on one odd file must not cost the rest of the course
        log.exception("lecture %s failed with an internal error", pair.name)
        return CourseLecture(pair.name, "failed", error=f"internal error "
                             f"({type(error).__name__}: {error}); please report it")
    return CourseLecture(pair.name, "ok", file_id=file_id, quality=store.scan_quality(scan_id))


def course_table(course: Course, done: dict[int, Progress]) -> list[dict]:
    """Rows for the course table, in ranked order; `done` is each opened lecture's progress
    by file id (lectures missing from it show no review progress)."""
    rows = []
    for lecture in course.lectures:
        q, reviewed = lecture.quality, done.get(lecture.file_id)
        rows.append({
            "lecture": lecture.name, "cues": q.get("cues"), "flagged": q.get("flagged"),
            "major": q.get("major"), "quality score": q.get("quality_score"),
            "reviewed": (f"{reviewed.flagged_reviewed} of {reviewed.flagged} flagged"
                         if reviewed else ""),
            "problem": lecture.error,
        })
    return rows


def openable(course: Course) -> list[CourseLecture]:
    """The lectures a reviewer can open (scanned and stored), most in need of review first."""
    return [lecture for lecture in course.lectures if lecture.file_id is not None]


# -- the queue -----------------------------------------------------------------------


def matches(cue: ReviewCue, filters: Filters) -> bool:
    if filters.flagged_only and not cue.flagged:
        return False
    if filters.statuses and cue.status not in filters.statuses:
        return False
    if filters.categories and not set(filters.categories) & set(cue.categories):
        return False
    if filters.severities and cue.severity not in filters.severities:
        return False
    needle = filters.text.strip().casefold()
    if needle and not any(needle in text.casefold()
                          for text in (cue.source, cue.target, cue.text)):
        return False
    return True


def build_queue(cues: Sequence[ReviewCue], filters: Filters) -> list[ReviewCue]:
    """The cues to review: filtered, riskiest first, then in time order."""
    chosen = [cue for cue in cues if matches(cue, filters)]
    return sorted(chosen, key=lambda c: (-round(c.risk, 6), c.start, c.file_id, c.position))


def step(queue_ids: Sequence[int], current: int | None, offset: int) -> int | None:
    """The cue `offset` places from `current` in the queue (clamped); the first if unknown."""
    if not queue_ids:
        return None
    if current not in queue_ids:
        return queue_ids[0]
    where = queue_ids.index(current) + offset
    return queue_ids[min(max(where, 0), len(queue_ids) - 1)]


# A second press of the same button this soon is the second half of a double click or a
# held key, not a decision on the card drawn since: no one reads a card that fast. (Under
# load the second click of a double click reached the server after the next card's buttons
# were drawn, and was recorded on that card.)
REPEAT_WINDOW_S = 0.6


@dataclass(frozen=True)
class Press:
    button: str  # "accept", "fix", "skip" or "undo"
    at: float  # time.monotonic() when the server handled it


def is_repeat(previous: Press | None, button: str, now: float) -> bool:
    """Whether pressing `button` at `now` only repeats the `previous` press."""
    return (previous is not None and previous.button == button
            and 0 <= now - previous.at < REPEAT_WINDOW_S)


def after_action(queue_ids: Sequence[int], current: int) -> int | None:
    """Where to go once `current` is decided: the next cue, or the previous at the end."""
    if current not in queue_ids:
        return queue_ids[0] if queue_ids else None
    where = queue_ids.index(current)
    if where + 1 < len(queue_ids):
        return queue_ids[where + 1]
    return queue_ids[where - 1] if where > 0 else current


def with_state(cues: Sequence[ReviewCue], current: dict[int, Decision],
               claims: dict[int, Claim]) -> list[ReviewCue]:
    """Copies of (cached) cues carrying the given decisions and claims."""
    return [replace(cue, current=current.get(cue.cue_id), claim=claims.get(cue.cue_id))
            for cue in cues]


def editor_text(cue: ReviewCue) -> str:
    """What the editor starts with: the saved fix, else the suggestion, else the Korean."""
    if cue.current and cue.current.decision == "fix" and cue.current.corrected_text:
        return cue.current.corrected_text
    return cue.suggestion or cue.target


def queue_table(queue: Sequence[ReviewCue], names: dict[int, str]) -> list[dict]:
    """Rows for the queue list: plain values (a table widget shows them as text)."""
    return [{"lecture": names.get(c.file_id, ""), "cue": c.position,
             "time": format_timestamp(c.start)[:-4], "risk": round(c.risk, 2),
             "status": STATUS_LABELS[c.status], "severity": c.severity or "",
             "categories": ", ".join(c.categories), "Korean": c.text,
             "on it": c.claim.reviewer if c.claim else ""} for c in queue]


# -- progress and summary ------------------------------------------------------------


@dataclass
class Progress:
    total: int
    flagged: int
    reviewed: int  # cues with a decision other than skip/open
    flagged_reviewed: int
    by_status: dict[str, int] = field(default_factory=dict)
    by_category: dict[str, dict[str, int]] = field(default_factory=dict)  # category -> status


def progress(cues: Sequence[ReviewCue]) -> Progress:
    done = {"accept", "fix"}
    by_category: dict[str, Counter] = {}
    for cue in cues:
        for category in cue.categories:
            by_category.setdefault(category, Counter())[cue.status] += 1
    return Progress(
        total=len(cues),
        flagged=sum(c.flagged for c in cues),
        reviewed=sum(c.status in done for c in cues),
        flagged_reviewed=sum(c.flagged and c.status in done for c in cues),
        by_status={status: sum(c.status == status for c in cues) for status in STATUSES},
        by_category={category: dict(counts) for category, counts in sorted(by_category.items())},
    )


# -- the card ------------------------------------------------------------------------


def highlight(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """HTML of `text` with the character spans wrapped in <mark>; all text escaped."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, at = [], 0
    for start, end in merged:
        parts.append(html.escape(text[at:start]))
        parts.append(f"<mark>{html.escape(text[start:end])}</mark>")
        at = end
    parts.append(html.escape(text[at:]))
    return "".join(parts)


def telling_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans that cover the whole cue (e.g. 'line too long') when narrower ones exist:
    marking everything would hide the words that are actually wrong."""
    narrow = [(s, e) for s, e in spans if e - s < len(text.strip())]
    return narrow or list(spans)


def timing(cue: ReviewCue) -> str:
    return f"{format_timestamp(cue.start)} → {format_timestamp(cue.end)}"


CARD_STYLE = """
<style>
table.qa-card {border-collapse: collapse; width: 100%; font-size: 1rem;}
table.qa-card th {text-align: left; color: #666; font-weight: 600; padding: 4px 8px;}
table.qa-card td {vertical-align: top; padding: 6px 8px; border-top: 1px solid #e6e6e6;
                  white-space: pre-wrap;}
table.qa-card tr.context td {color: #888; font-size: 0.9rem;}
table.qa-card tr.current td {background: #fffbea;}
table.qa-card td.when {color: #888; font-size: 0.8rem; white-space: nowrap; width: 7rem;}
table.qa-card mark {background: #ffd54f; padding: 0 2px;}
ul.qa-reasons {margin: 0.25rem 0 0 1.2rem; padding: 0;}
</style>
"""


def card_html(cue: ReviewCue, previous: ReviewCue | None, following: ReviewCue | None) -> str:
    """The cue with its neighbours, English and Korean side by side, offending spans marked."""
    rows = []
    for kind, item in (("context", previous), ("current", cue), ("context", following)):
        if item is None:
            continue
        korean = (highlight(item.target, telling_spans(item.target, item.spans)) if item is cue
                  else html.escape(item.text))
        if item is cue and item.text != item.target:
            korean += f"<br><b>Fixed:</b> {html.escape(item.text)}"
        rows.append(f'<tr class="{kind}"><td class="when">#{item.position}<br>'
                    f'{html.escape(format_timestamp(item.start))}</td>'
                    f"<td>{html.escape(item.source)}</td><td>{korean}</td></tr>")
    reasons = "".join(f"<li>{html.escape(reason)}</li>" for reason in cue.reasons)
    reasons_html = (f'<ul class="qa-reasons">{reasons}</ul>' if reasons
                    else "<p>No rule fired; the cue is here for its semantic risk or by choice.</p>")
    return (CARD_STYLE + '<table class="qa-card"><tr><th></th><th>English</th><th>Korean</th>'
            "</tr>" + "".join(rows) + "</table>" + reasons_html)


def card_heading(cue: ReviewCue, lecture: str) -> str:
    """One line about the cue: plain text, no markup."""
    parts = [f"{lecture} · cue {cue.position}", timing(cue), f"risk {cue.risk:.2f}"]
    if cue.severity:
        parts.append(cue.severity)
    if cue.categories:
        parts.append(", ".join(cue.categories))
    parts.append(STATUS_LABELS[cue.status])
    return " · ".join(parts)


def claim_notice(cue: ReviewCue, reviewer: str) -> str | None:
    if cue.claim and cue.claim.reviewer != reviewer:
        return f"{cue.claim.reviewer} is on this cue."
    return None


def is_open(cue: ReviewCue) -> bool:
    return cue.status == OPEN

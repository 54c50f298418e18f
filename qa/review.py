"""The review queue without the user interface: lecture pairs, filters, ordering, cards.

review_app.py draws what these functions decide, so the logic is testable
without a browser. Cue text is always treated as text: every function that
returns HTML escapes the subtitle text first.
"""

from __future__ import annotations

import html
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from qa.store import OPEN, Claim, Decision, ReviewCue, Store, content_hash, lecture_name
from qa.subtitles import format_timestamp, read_subtitles

# Statuses in queue order of interest; "open" is "never decided" (or undone).
STATUSES = ("open", "skip", "fix", "accept")
STATUS_LABELS = {"open": "to review", "skip": "skipped", "fix": "fixed",
                 "accept": "accepted (false alarm)"}
# Single keys work when no text box has the focus; Ctrl+Enter works from inside the
# editor too. Streamlit reserves C and R; Ctrl+W/T/L/N belong to the browser.
SHORTCUTS = {"accept": "A", "fix": "Ctrl+Enter", "skip": "S", "previous": "P", "next": "N",
             "undo": "U"}
SUBTITLE_SUFFIXES = (".vtt", ".srt")
_LANGUAGE_TAG = re.compile(r"^(?P<name>.+?)[._-](?P<lang>en|eng|english|ko|kor|korean)$",
                           re.IGNORECASE)
_ENGLISH = {"en", "eng", "english"}


@dataclass(frozen=True)
class LecturePair:
    name: str
    source: Path  # English
    target: Path  # Korean


@dataclass(frozen=True)
class Filters:
    statuses: tuple[str, ...] = ("open", "skip")
    flagged_only: bool = True
    categories: tuple[str, ...] = ()  # empty: any
    severities: tuple[str, ...] = ()  # empty: any
    text: str = ""  # case-insensitive, in English or Korean (original or fixed)


# -- opening lectures ---------------------------------------------------------------


def pair_lectures(folder: str | os.PathLike) -> list[LecturePair]:
    """English/Korean subtitle pairs in a folder, matched by name.

    Understands `lecture01.en.vtt` + `lecture01.ko.vtt` side by side (also `_en`/`-ko`)
    and `en/lecture01.vtt` + `ko/lecture01.vtt` subfolders. Files without a partner
    are left out.
    """
    folder = Path(folder)
    english: dict[str, Path] = {}
    korean: dict[str, Path] = {}
    for path in _subtitle_files(folder):
        match = _LANGUAGE_TAG.match(path.stem)
        if match:
            side = english if match["lang"].lower() in _ENGLISH else korean
            side.setdefault(match["name"], path)
    for sub in ("en", "ko"):
        side = english if sub == "en" else korean
        for path in _subtitle_files(folder / sub):
            side.setdefault(lecture_name(path), path)
    return [LecturePair(name, english[name], korean[name])
            for name in sorted(english.keys() & korean.keys())]


def _subtitle_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in SUBTITLE_SUFFIXES)


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
    # Two findings can say the same thing about two spans; one line is enough.
    reasons = "".join(f"<li>{html.escape(reason)}</li>" for reason in dict.fromkeys(cue.reasons))
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

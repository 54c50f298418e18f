"""The review queue: `streamlit run review_app.py`.

Open the sample, one uploaded lecture, or a course folder (every lecture scanned,
then ranked by how much it needs review); review one lecture's queue at a time.
Thin on purpose: widgets and layout here, decisions in qa.review / qa.course / qa.store.
Every action is written to the database in its button's callback, with an
action id so a double click or a replayed rerun is recorded once.
The database is QA_DATABASE_URL, or qa-review.sqlite in the working directory.
"""

from __future__ import annotations

import hashlib
import html
import tempfile
import time
import uuid
from pathlib import Path

import pandas as pd
import streamlit as st

from qa import review
from qa.course import CourseProgress, LecturePair
from qa.errors import QAError
from qa.export import corrected_subtitles, corrections_csv
from qa.model import CATEGORIES, SEVERITIES
from qa.store import Store, default_database_url, lecture_name

ROOT = Path(__file__).resolve().parent
SAMPLE = LecturePair("sample", ROOT / "data" / "sample.en.vtt",
                            ROOT / "data" / "sample.ko.vtt")
UPLOADS = Path(tempfile.gettempdir()) / "qa-review-uploads"
ALL_LECTURES = 0  # file filter value meaning "every lecture in the database"
COURSE_PAGE, QUEUE_PAGE = "Course", "Lecture queue"  # the main area, once a course is open
QUEUE_ROWS_SHOWN = 300


@st.cache_resource
def get_store(url: str) -> Store:
    return Store(url)


@st.cache_resource(show_spinner="Loading the sentence encoder…")
def get_scanner():
    from qa.scan import Scanner  # heavy: imported only when a lecture needs scanning

    return Scanner()


def store() -> Store:
    return get_store(default_database_url())


state = st.session_state


# -- opening lectures --------------------------------------------------------------------


def scan_with_progress(pair: LecturePair, rescan: bool = False) -> None:
    """Open a lecture (scanning it if needed, with a progress bar) and show its queue."""
    bar = st.progress(0.0, text=f"Scanning {pair.name}…")
    try:
        scan_id = review.open_lecture(
            store(), pair, get_scanner, rescan=rescan,
            progress=lambda done, total: bar.progress(done / max(total, 1),
                                                      text=f"Scanning {pair.name}: {done}/{total}"))
    except QAError as error:
        bar.empty()
        st.error(str(error))
        return
    bar.empty()
    lecture = next(f for f in store().files() if f.latest_scan == scan_id)
    state.lecture = lecture.id
    st.query_params["lecture"] = lecture.name
    state.current = None


def sidebar_open() -> None:
    st.sidebar.subheader("Open a lecture")
    how = st.sidebar.radio("From", ["Sample", "Course", "Upload"], horizontal=True,
                           key="open_from", label_visibility="collapsed")
    if how == "Sample":
        if st.sidebar.button("Open the sample lecture"):
            scan_with_progress(SAMPLE)
    elif how == "Course":
        folder = st.sidebar.text_input("Course folder", key="course_folder",
                                       help="lecture01.en.vtt + lecture01.ko.vtt side by side, "
                                            "or en/ and ko/ subfolders")
        if folder and st.sidebar.button("Scan the course",
                                        help="Lectures scanned before and unchanged are not "
                                             "scanned again"):
            open_course_with_progress(folder.strip())
    elif how == "Upload":
        english = st.sidebar.file_uploader("English subtitles", type=["vtt", "srt"])
        korean = st.sidebar.file_uploader("Korean subtitles", type=["vtt", "srt"])
        if english and korean and st.sidebar.button("Scan"):
            scan_with_progress(save_uploads(english, korean))


def open_course_with_progress(folder: str) -> None:
    """Open every lecture of a course (scanning what changed) and show the course table."""
    bar = st.progress(0.0, text=f"Opening the course in {folder}…")

    def show(p: CourseProgress) -> None:
        bar.progress(p.cues_done / p.cues_total if p.cues_total else p.files_done / p.files_total,
                     text=f"{p.lecture}: {p.files_done} of {p.files_total} lectures, "
                          f"{p.cues_done} of {p.cues_total} cues")

    try:
        course = review.open_course(store(), folder, get_scanner, progress=show)
    except QAError as error:
        st.error(str(error))
        st.query_params.pop("course", None)  # a reload should not try it again
        return
    finally:
        bar.empty()
    state.course = course
    state.page = COURSE_PAGE
    st.query_params["course"] = folder


def sidebar_rescan(lectures) -> None:
    """Scan the open lecture again (new model, edited files); unchanged cues keep decisions."""
    lecture = next((f for f in lectures if f.id == state.get("lecture")), None)
    if lecture is None:
        return
    pair = LecturePair(lecture.name, Path(lecture.source_path), Path(lecture.target_path))
    if pair.source.exists() and pair.target.exists():
        if st.sidebar.button(f"Re-scan {lecture.name}", help="Decisions on unchanged cues are kept"):
            scan_with_progress(pair, rescan=True)


def save_uploads(english, korean) -> LecturePair:
    """Uploaded files go to a folder named by their content, so the scan can re-read them."""
    data = english.getvalue() + b"\0" + korean.getvalue()
    folder = UPLOADS / hashlib.sha256(data).hexdigest()[:16]
    folder.mkdir(parents=True, exist_ok=True)
    source, target = folder / ("en-" + Path(english.name).name), folder / Path(korean.name).name
    source.write_bytes(english.getvalue())
    target.write_bytes(korean.getvalue())
    return LecturePair(lecture_name(korean.name), source, target)


# -- filters -------------------------------------------------------------------------------


def sidebar_filters(lectures) -> review.Filters:
    st.sidebar.subheader("Queue")
    names = {f.id: f.name for f in lectures}
    st.sidebar.selectbox("Lecture", [*names, ALL_LECTURES], key="lecture",
                         format_func=lambda i: names.get(i, "All lectures"))
    statuses = st.sidebar.multiselect("Status", review.STATUSES, default=["open", "skip"],
                                      format_func=review.STATUS_LABELS.get, key="f_status")
    flagged = st.sidebar.toggle("Flagged cues only", value=True, key="f_flagged")
    categories = st.sidebar.multiselect("Category", CATEGORIES, key="f_category")
    severities = st.sidebar.multiselect("Severity", SEVERITIES, key="f_severity")
    text = st.sidebar.text_input("Search English or Korean", key="f_text")
    return review.Filters(tuple(statuses), flagged, tuple(categories), tuple(severities), text)


# -- actions (callbacks: they run before the rerun that draws the next card) ----------------


def repeated(button: str) -> bool:
    """Whether this press only repeats the last one (a double click, a held key)."""
    now = time.monotonic()
    repeat = review.is_repeat(state.get("last_press"), button, now)
    state.last_press = review.Press(button, now)  # a held key keeps being a repeat
    return repeat


def act(decision: str, cue_id: int, action_id: str) -> None:
    """Record a decision on the card the button was drawn for (see action_buttons)."""
    if repeated(decision):
        return
    try:
        store().decide(cue_id, state.reviewer, decision,
                       corrected_text=state.get(f"edit-{cue_id}"),
                       comment=state.get(f"comment-{cue_id}"), action_id=action_id)
    except QAError as error:
        state.flash = str(error)
        return
    state.undo_stack = [*state.get("undo_stack", []), cue_id]
    go_to(review.after_action(state.queue_ids, cue_id))


def undo(action_id: str) -> None:
    if repeated("undo"):
        return
    stack = list(state.get("undo_stack", []))
    cue_id = stack.pop() if stack else state.current
    try:
        if not store().undo(cue_id, state.reviewer, action_id=action_id):
            state.flash = "Nothing to undo on this cue."
    except QAError as error:
        state.flash = str(error)
        return
    state.undo_stack = stack
    state.pop(f"edit-{cue_id}", None)  # the editor shows the restored state
    go_to(cue_id)


def go_to(cue_id: int | None) -> None:
    state.current = cue_id
    state.action_id = uuid.uuid4().hex  # a fresh idempotency key for the next action


def choose_from_table() -> None:
    rows = state.queue_table.selection.rows  # row numbers in the listed head of the queue
    if rows:
        go_to(state.queue_ids[rows[0]])


# -- the course page ---------------------------------------------------------------------------


def page_choice() -> str:
    """With a course open, the main area shows its lectures or one lecture's queue."""
    if "course" not in state:
        return QUEUE_PAGE
    return st.radio("Page", [COURSE_PAGE, QUEUE_PAGE], key="page", horizontal=True,
                    label_visibility="collapsed")


def course_view() -> None:
    """The course's lectures, those needing review most first; pick one to review its queue."""
    course: review.Course = state.course
    lectures = review.openable(course)
    done = {x.file_id: review.progress(load_cues(x.file_id)) for x in lectures}
    st.subheader(f"Course: {course.folder}")
    st.caption("Failed lectures first, then the lowest quality score, the most major errors, "
               "the most flagged cues. Select a row, or pick a lecture below, to review it.")
    table = pd.DataFrame(review.course_table(course, done)).astype(
        {"cues": "Int64", "flagged": "Int64", "major": "Int64", "quality score": "Float64"})
    st.dataframe(table, hide_index=True, on_select=open_from_table,
                 selection_mode="single-row", key="course_table")
    if course.unpaired:
        with st.expander(f"{len(course.unpaired)} file(s) not paired, not scanned"):
            st.text("\n".join(str(u) for u in course.unpaired))
    if lectures:
        names = {x.file_id: x.name for x in lectures}
        left, right = st.columns([3, 1], vertical_alignment="bottom")
        left.selectbox("Lecture to review", list(names), format_func=names.get,
                       key="course_lecture")
        right.button("Open its queue", on_click=lambda: open_lecture_queue(
            state.course_lecture), width="stretch")


def open_from_table() -> None:
    rows = state.course_table.selection.rows
    if rows:
        lecture = state.course.lectures[rows[0]]
        if lecture.file_id is None:
            state.flash = f"{lecture.name} could not be opened: {lecture.error}"
        else:
            open_lecture_queue(lecture.file_id)


def open_lecture_queue(file_id: int) -> None:
    state.lecture = file_id
    state.page = QUEUE_PAGE
    state.current = None
    st.query_params["lecture"] = store().file(file_id).name


def restore_course() -> None:
    """After a reload, open the course named in the URL again (nothing unchanged is rescanned)."""
    folder = st.query_params.get("course")
    if folder and "course" not in state:
        open_course_with_progress(folder)


# -- the review area -------------------------------------------------------------------------


@st.fragment
def review_area(file_ids: list[int], names: dict[int, str], filters: review.Filters) -> None:
    cues = [cue for file_id in file_ids for cue in load_cues(file_id)]
    queue = review.build_queue(cues, filters)
    state.queue_ids = [cue.cue_id for cue in queue]
    if state.get("current") not in state.queue_ids:  # filtered out, or first visit
        go_to(review.step(state.queue_ids, None, 0))
    st.query_params["cue"] = str(state.current or "")

    done = review.progress(cues)
    st.progress(done.flagged_reviewed / max(done.flagged, 1),
                text=f"Reviewed {done.flagged_reviewed} of {done.flagged} flagged cues "
                     f"({done.reviewed} of {done.total} cues decided) · {len(queue)} in the queue")
    if state.get("flash"):
        st.warning(state.pop("flash"))

    # One view at a time (not tabs): only what is on screen is computed on each action.
    view = st.radio("View", ["Review", "Summary", "Export"], horizontal=True, key="view",
                    label_visibility="collapsed")
    if view == "Review":
        by_id = {cue.cue_id: cue for cue in cues}
        if state.current is None:
            st.info("The queue is empty with these filters. Widen the status filter or switch "
                    "off 'Flagged cues only' to browse every cue.")
        else:
            card(by_id[state.current], cues, names)
        # Only the head of a long queue is listed: drawing 2,000 rows on every action
        # costs more than a reviewer gains; search and filters reach the rest.
        shown = queue[:QUEUE_ROWS_SHOWN]
        st.dataframe(pd.DataFrame(review.queue_table(shown, names)), hide_index=True,
                     on_select=choose_from_table, selection_mode="single-row",
                     key="queue_table", height=300)
        if len(queue) > len(shown):
            st.text(f"Listing the first {len(shown)} of {len(queue)} cues in the queue.")
    elif view == "Summary":
        summary(done)
    else:
        exports(file_ids, names)


def load_cues(file_id: int):
    """The lecture's cues with their current state: the scan is cached, the state is fresh."""
    scan_id = store().latest_scan(file_id)
    if scan_id is None:
        return []
    cached = scanned_cues(default_database_url(), scan_id)
    return review.with_state(cached, *store().scan_state(scan_id))


@st.cache_resource(max_entries=32)
def scanned_cues(database_url: str, scan_id: int):
    """A scan never changes once stored; only decisions and claims do (read per rerun)."""
    return get_store(database_url).scan_cues(scan_id)


def card(cue, cues, names) -> None:
    reviewer = state.reviewer
    if reviewer and state.get("claimed") != cue.cue_id:
        holder = store().claim(cue.cue_id, reviewer)
        state.claimed = cue.cue_id
        if holder.reviewer != reviewer:
            cue.claim = holder
    same_file = {c.position: c for c in cues if c.file_id == cue.file_id}
    st.html(f'<h4 style="margin:0">{html.escape(review.card_heading(cue, names[cue.file_id]))}</h4>')
    notice = review.claim_notice(cue, reviewer)
    if notice:
        st.warning(notice)
    st.html(review.card_html(cue, same_file.get(cue.position - 1), same_file.get(cue.position + 1)))

    editor_key = f"edit-{cue.cue_id}"
    if editor_key not in state:
        state[editor_key] = review.editor_text(cue)
    st.text_area("Corrected Korean (pre-filled with the suggestion)", key=editor_key, height=80)
    st.text_input("Comment (optional)", key=f"comment-{cue.cue_id}")
    action_buttons(cue.cue_id, disabled=not reviewer)
    history = store().history(cue.cue_id)
    if history:
        with st.expander(f"History ({len(history)})"):
            st.dataframe(pd.DataFrame([{
                "time": d.decided_at.strftime("%Y-%m-%d %H:%M"), "reviewer": d.reviewer,
                "decision": review.STATUS_LABELS.get(d.decision, d.decision),
                "text": d.corrected_text or "", "comment": d.comment or ""} for d in history]),
                hide_index=True)


def action_buttons(cue_id: int, disabled: bool) -> None:
    """One row of buttons, each with its shortcut.

    The arguments bind the cue and action id of the card as drawn, so a repeated click
    handled before the next card is drawn is the same action, recorded once. The keys
    stay the same from card to card: buttons re-created for every card (keys naming the
    cue) lost their keyboard shortcuts now and then in Chromium.
    """
    keys, action_id = review.SHORTCUTS, state.action_id
    columns = iter(st.columns(6))
    for decision, label, hint in (("accept", "Accept", "False alarm: keep the Korean"),
                                  ("fix", "Fix", "Save the edited Korean"),
                                  ("skip", "Skip", "Come back later")):
        next(columns).button(label, key=decision, on_click=act,
                             args=(decision, cue_id, action_id), shortcut=keys[decision],
                             help=hint, disabled=disabled, width="stretch",
                             type="primary" if decision == "fix" else "secondary")
    for offset, label in ((-1, "Previous"), (1, "Next")):
        next(columns).button(label, on_click=lambda offset=offset: go_to(
            review.step(state.queue_ids, state.current, offset)),
            shortcut=keys[label.lower()], width="stretch")
    next(columns).button("Undo", key="undo", on_click=undo, args=(action_id,),
                         shortcut=keys["undo"], help="Restore the state before your last action",
                         disabled=disabled, width="stretch")


def summary(done: review.Progress) -> None:
    columns = st.columns(4)
    columns[0].metric("Cues", done.total)
    columns[1].metric("Flagged", done.flagged)
    columns[2].metric("Flagged reviewed", done.flagged_reviewed)
    columns[3].metric("Fixed", done.by_status["fix"])
    st.dataframe(pd.DataFrame([{"status": review.STATUS_LABELS[s], "cues": n}
                               for s, n in done.by_status.items()]), hide_index=True)
    if done.by_category:
        table = pd.DataFrame(done.by_category).T.fillna(0).astype(int)
        table.columns = [review.STATUS_LABELS[c] for c in table.columns]
        st.bar_chart(table, horizontal=True)
        st.dataframe(table)


def exports(file_ids: list[int], names: dict[int, str]) -> None:
    label = "this lecture" if len(file_ids) == 1 else "these lectures"
    st.download_button(f"Corrections CSV ({label})", key="dl_csv",
                       data=lambda: corrections_csv(store(), file_ids),
                       file_name="corrections.csv", mime="text/csv", on_click="ignore")
    if len(file_ids) == 1:
        name = names[file_ids[0]]
        for fmt in ("vtt", "srt"):
            st.download_button(f"Corrected Korean .{fmt}", key=f"dl_{fmt}",
                               data=lambda fmt=fmt: corrected_subtitles(store(), file_ids[0], fmt),
                               file_name=f"{name}.ko.{fmt}", mime="text/plain", on_click="ignore")


# -- the page --------------------------------------------------------------------------------


def main() -> None:
    st.set_page_config(page_title="Korean subtitle review", layout="wide")
    if "reviewer" not in state:
        state.reviewer = st.query_params.get("reviewer", "")
    reviewer = st.sidebar.text_input("Your name", key="reviewer")
    if reviewer:
        st.query_params["reviewer"] = reviewer
    else:
        st.sidebar.info("Enter your name to record decisions.")
    try:
        lectures = store().files()
    except QAError as error:
        st.error(str(error))
        return
    if not lectures:  # a fresh database: open the bundled sample, no set-up needed
        scan_with_progress(SAMPLE)
        lectures = store().files()
    restore_lecture(lectures)
    restore_course()
    sidebar_open()
    sidebar_rescan(lectures)
    lectures = store().files()
    if not lectures:
        return
    filters = sidebar_filters(lectures)
    names = {f.id: f.name for f in lectures}
    file_ids = list(names) if state.lecture == ALL_LECTURES else [state.lecture]
    if "current" not in state and st.query_params.get("cue", "").isdigit():
        state.current = int(st.query_params["cue"])  # back on the same card after a reload
    if "action_id" not in state:
        state.action_id = uuid.uuid4().hex
    if page_choice() == COURSE_PAGE:
        if state.get("flash"):
            st.warning(state.pop("flash"))
        course_view()
    else:
        review_area(file_ids, names, filters)


def restore_lecture(lectures) -> None:
    """Pick the lecture after a reload (from the URL) or on first visit (the first one)."""
    if state.get("lecture") in {f.id for f in lectures} | {ALL_LECTURES}:
        return
    wanted = st.query_params.get("lecture")
    chosen = next((f for f in lectures if f.name == wanted), lectures[0] if lectures else None)
    if chosen:
        state.lecture = chosen.id


main()

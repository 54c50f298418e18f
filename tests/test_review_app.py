"""The review app's logic, driven by Streamlit's AppTest (no browser).

The scanner is replaced by a stand-in that pairs cues by number and flags
every third one, so the app's behaviour is tested without loading an encoder.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from qa.model import AlignedPair, Finding, ScanReport, ScoredCue
from qa.scoring import quality_summary
from qa.store import Store
from qa.subtitles import read_subtitles

APP = str(Path(__file__).parent.parent / "review_app.py")
# lecture1 (3 cues, 1 flagged), lecture2 (2 cues, 1 flagged, few words: a low quality score),
# lecture3 (its Korean file is not subtitles), notes.en.vtt (no Korean partner).
COURSE = Path(__file__).parent / "data" / "review_app" / "course"


class StandInScanner:
    """Flags cues 1, 4, 7, …: the first two characters are 'wrong' and get a replacement."""

    def scan(self, source_path, target_path, progress=None) -> ScanReport:
        source, target = read_subtitles(source_path), read_subtitles(target_path)
        scored = []
        for english, korean in zip(source.cues, target.cues):
            flagged = korean.index % 3 == 1
            findings = [Finding("terminology", "terminology", "major" if korean.index % 2 else
                                "minor", f"cue {korean.index}: <b>term</b> **wrong**",
                                span=(0, 2), replacement="가중")] if flagged else []
            scored.append(ScoredCue(AlignedPair(korean, (english,), "time"), 0.5, 0.1, findings,
                                    risk=1 - korean.index / 100 if flagged else 0.05,
                                    flagged=flagged))
            if progress:
                progress(korean.index, len(target.cues))
        return ScanReport(source, target, scored, settings={"model": "stand-in"},
                          quality=quality_summary(scored))


@pytest.fixture
def database(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'review.sqlite'}"
    monkeypatch.setenv("QA_DATABASE_URL", url)
    fake = types.ModuleType("qa.scan")
    fake.Scanner = StandInScanner
    monkeypatch.setitem(sys.modules, "qa.scan", fake)
    return url


def start(reviewer: str = "Ana") -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)
    if reviewer:
        app.query_params["reviewer"] = reviewer
    app.run()
    assert not app.exception, app.exception
    return app


def heading(app: AppTest) -> str:
    return next(h.proto.body for h in app.get("html") if "<h4" in h.proto.body)


def button(app: AppTest, label: str):
    return next(b for b in app.button if b.label.startswith(label))


def test_opens_on_the_sample_with_the_riskiest_cue_first(database):
    app = start()
    assert "sample · cue 1 ·" in heading(app)
    assert app.text_area[0].value == "가중" + read_subtitles(
        "data/sample.ko.vtt").cues[0].text[2:]
    assert "Reviewed 0 of 20 flagged cues" in app.get("progress")[0].proto.text
    assert [f.name for f in Store(database).files()] == ["sample"]


def test_cue_text_and_reasons_are_shown_as_text_not_markup(database):
    app = start()
    card = next(h.proto.body for h in app.get("html") if "qa-card" in h.proto.body)
    assert "&lt;b&gt;term&lt;/b&gt; **wrong**" in card
    assert "<b>term</b>" not in card


@pytest.mark.parametrize("action, decision", [("Accept", "accept"), ("Skip", "skip"),
                                              ("Fix", "fix")])
def test_actions_write_to_the_store_and_move_on(database, action, decision):
    app = start()
    app.text_area[0].set_value("고친 문장")
    button(app, action).click().run()
    assert not app.exception
    assert "sample · cue 4 ·" in heading(app)
    store = Store(database)
    history = store.history(store.cue(store.files()[0].latest_scan, 1).cue_id)
    assert [(d.reviewer, d.decision) for d in history] == [("Ana", decision)]
    assert history[0].corrected_text == ("고친 문장" if decision == "fix" else None)


def test_undo_appends_a_row_and_returns_to_the_cue(database):
    app = start()
    button(app, "Accept").click().run()
    button(app, "Undo").click().run()
    assert "sample · cue 1 ·" in heading(app)
    store = Store(database)
    history = store.history(store.cue(store.files()[0].latest_scan, 1).cue_id)
    assert [d.decision for d in history] == ["accept", "open"]


def test_without_a_name_nothing_can_be_decided(database):
    app = start(reviewer="")
    assert button(app, "Accept").disabled
    assert button(app, "Fix").disabled


def test_next_and_previous_walk_the_queue(database):
    app = start()
    button(app, "Next").click().run()
    assert "sample · cue 4 ·" in heading(app)
    button(app, "Previous").click().run()
    assert "sample · cue 1 ·" in heading(app)


@pytest.mark.parametrize("set_filter, first_cue, queue_length", [
    (lambda app: app.toggle(key="f_flagged").set_value(False), 1, 60),
    (lambda app: app.multiselect(key="f_severity").set_value(["minor"]), 4, 10),
    (lambda app: app.text_input(key="f_text").set_value("fundamental"), 1, 1),
    (lambda app: app.multiselect(key="f_category").set_value(["numbers"]), None, 0),
])
def test_filters(database, set_filter, first_cue, queue_length):
    app = start()
    set_filter(app)
    app.run()
    assert not app.exception
    assert f"{queue_length} in the queue" in app.get("progress")[0].proto.text
    if first_cue is None:
        assert "The queue is empty" in app.info[0].value
    else:
        assert f"sample · cue {first_cue} ·" in heading(app)


def test_decided_cues_leave_the_default_queue_but_stay_reachable(database):
    app = start()
    button(app, "Accept").click().run()
    assert "19 in the queue" in app.get("progress")[0].proto.text
    app.multiselect(key="f_status").set_value(["accept"]).run()
    assert "sample · cue 1 ·" in heading(app)
    assert "accepted (false alarm)" in heading(app)


def test_a_cue_claimed_by_someone_else_says_who(database):
    start()  # Ana opens the app: cue 1 is hers
    other = start(reviewer="Ben")
    assert other.warning[0].value == "Ana is on this cue."


def test_rescan_keeps_the_decisions(database):
    app = start()
    button(app, "Fix").click().run()
    button(app, "Re-scan sample").click().run()
    assert not app.exception
    store = Store(database)
    scans = store.scan_cues(store.files()[0].latest_scan)
    assert scans[0].status == "fix"
    assert store.files()[0].latest_scan == 2



def test_summary_and_export_views(database):
    app = start()
    button(app, "Fix").click().run()
    app.radio(key="view").set_value("Summary").run()
    assert not app.exception
    assert {m.label: m.value for m in app.metric} == {
        "Cues": "60", "Flagged": "20", "Flagged reviewed": "1", "Fixed": "1"}
    app.radio(key="view").set_value("Export").run()
    assert not app.exception
    assert [b.proto.label for b in app.get("download_button")] == [
        "Corrections CSV (this lecture)", "Corrected Korean .vtt", "Corrected Korean .srt"]


# -- a course -------------------------------------------------------------------------------


def open_course(app: AppTest, folder) -> AppTest:
    app.radio(key="open_from").set_value("Course").run()
    app.text_input(key="course_folder").set_value(str(folder)).run()
    button(app, "Scan the course").click().run()
    assert not app.exception, app.exception
    return app


def course_rows(app: AppTest) -> list[dict]:
    table = next(t for t in app.dataframe if "quality score" in t.value.columns)
    return table.value.astype(object).where(table.value.notna(), None).to_dict("records")


def test_a_course_is_scanned_and_its_lectures_ranked_by_review_need(database):
    app = open_course(start(), COURSE)
    assert [(r["lecture"], r["cues"], r["flagged"], r["major"], r["reviewed"])
            for r in course_rows(app)] == [
        ("lecture3", None, None, None, ""),  # failed: fix its file first
        ("lecture2", 2, 1, 1, "0 of 1 flagged"),  # few words, one major error: lowest score
        ("lecture1", 3, 1, 1, "0 of 1 flagged"),
    ]
    scores = [r["quality score"] for r in course_rows(app)[1:]]
    assert scores == sorted(scores) and scores[0] < scores[1]
    assert course_rows(app)[0]["problem"] == (
        f"{COURSE / 'lecture3.ko.vtt'}: not a subtitle file (neither WebVTT nor SRT); "
        "give the path of a .vtt or .srt subtitle file")
    assert app.expander[0].label == "1 file(s) not paired, not scanned"
    assert app.expander[0].text[0].value == (
        f"{COURSE / 'notes.en.vtt'}: no Korean file for lecture 'notes' in {COURSE}")
    assert sorted(f.name for f in Store(database).files()) == ["lecture1", "lecture2", "sample"]


def test_a_lecture_is_opened_from_the_course_and_its_progress_shows_there(database):
    app = open_course(start(), COURSE)
    lecture2 = Store(database).file_named("lecture2").id
    assert app.selectbox(key="course_lecture").value == lecture2  # the most in need first
    button(app, "Open its queue").click().run()
    assert not app.exception
    assert "lecture2 · cue 1 ·" in heading(app)
    assert "Reviewed 0 of 1 flagged cues" in app.get("progress")[0].proto.text
    button(app, "Accept").click().run()
    app.radio(key="page").set_value("Course").run()
    assert [r["reviewed"] for r in course_rows(app)] == ["", "1 of 1 flagged", "0 of 1 flagged"]
    lecture1 = Store(database).file_named("lecture1").id
    app.selectbox(key="course_lecture").set_value(lecture1).run()
    button(app, "Open its queue").click().run()
    assert "lecture1 · cue 1 ·" in heading(app)


def test_opening_a_course_again_scans_nothing_unchanged(database):
    app = open_course(start(), COURSE)
    scans = {f.name: f.latest_scan for f in Store(database).files()}
    open_course(app, COURSE)
    assert {f.name: f.latest_scan for f in Store(database).files()} == scans


def test_a_missing_course_folder_is_one_clear_error(database, tmp_path):
    app = open_course(start(), tmp_path / "nowhere")
    assert app.error[0].value == (f"{tmp_path / 'nowhere'}: the course folder does not exist; "
                                  "check the path")

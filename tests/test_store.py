"""The review database, on a real SQLite file and (when QA_TEST_DATABASE_URL is set) PostgreSQL."""

from __future__ import annotations

import os
import threading
from datetime import datetime, timedelta, timezone

import pytest

from qa.errors import StoreError
from qa.model import AlignedPair, Cue, Finding, ScanReport, ScoredCue, SubtitleFile
from qa.store import Store, cue_version, lecture_name, metadata

POSTGRES_ENV = "QA_TEST_DATABASE_URL"

LECTURE = [  # (start ms, end ms, English, Korean)
    (0, 2000, "Parameters are also called weights.", "매개변수는 무게라고도 합니다."),
    (2000, 4000, "Generally they are synonymous.", "보통 동의어입니다."),
    (4000, 6000, "The model predicts the next token.", "모델은 다음 토큰을 예측합니다."),
]


def make_report(lecture=LECTURE, path="course/lecture01.ko.vtt", flagged=(1,)) -> ScanReport:
    """A ScanReport built by hand: cue numbers in `flagged` get a terminology finding."""
    sources, targets, scored = [], [], []
    for number, (start, end, english, korean) in enumerate(lecture, start=1):
        source = Cue(number, start, end, english, english)
        target = Cue(number, start, end, korean, korean)
        findings = []
        if number in flagged:
            findings = [Finding("terminology", "terminology", "major",
                                "'weights' should be 가중치", span=(6, 8), replacement="가중치")]
        sources.append(source)
        targets.append(target)
        scored.append(ScoredCue(AlignedPair(target, (source,), "time"), similarity=0.5,
                                semantic_risk=0.2, findings=findings,
                                risk=0.9 if findings else 0.1, flagged=bool(findings)))
    return ScanReport(SubtitleFile(path.replace(".ko.", ".en."), "vtt", "utf-8", tuple(sources)),
                      SubtitleFile(path, "vtt", "utf-8", tuple(targets)), scored,
                      settings={"model": "test-encoder"})


class Clock:
    """A clock the test moves by hand, so claim expiry needs no waiting."""

    def __init__(self):
        self.now = datetime(2025, 1, 1, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def _postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server to test against")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'review.sqlite'}"
    url = _postgres_url()
    fresh = Store(url)  # creates the tables; drop them so each test starts empty
    metadata.drop_all(fresh.engine)
    fresh.close()
    return url


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(database_url, clock):
    opened = Store(database_url, clock=clock)
    yield opened
    opened.close()


def first_cue(store: Store, scan_id: int, position: int = 1):
    return store.cue(scan_id, position)


def test_save_scan_stores_cues_in_file_order_with_results(store):
    saved = store.save_scan(make_report())
    cues = store.scan_cues(saved.scan_id)
    assert [c.position for c in cues] == [1, 2, 3]
    assert [c.flagged for c in cues] == [True, False, False]
    assert cues[0].categories == ["terminology"]
    assert cues[0].severity == "major"
    assert cues[0].suggestion == "매개변수는 가중치라고도 합니다."
    assert cues[0].spans == [(6, 8)]
    assert cues[0].source == "Parameters are also called weights."
    assert cues[0].status == "open"
    assert [f.name for f in store.files()] == ["lecture01"]


def test_decisions_are_appended_and_the_latest_is_current(store):
    cue = first_cue(store, store.save_scan(make_report()).scan_id)
    assert store.decide(cue.cue_id, "Ana", "skip")
    assert store.decide(cue.cue_id, "Ana", "fix", corrected_text="가중치는 웨이트라고도 합니다.",
                        comment="term")
    assert store.decide(cue.cue_id, "Ben", "accept")

    history = store.history(cue.cue_id)
    assert [(d.reviewer, d.decision) for d in history] == [
        ("Ana", "skip"), ("Ana", "fix"), ("Ben", "accept")]
    assert history[1].corrected_text == "가중치는 웨이트라고도 합니다."
    assert history[1].comment == "term"
    assert store.current_decisions([cue.cue_id])[cue.cue_id].decision == "accept"


def test_a_repeated_action_id_is_recorded_once(store):
    cue = first_cue(store, store.save_scan(make_report()).scan_id)
    assert store.decide(cue.cue_id, "Ana", "accept", action_id="click-1") is True
    assert store.decide(cue.cue_id, "Ana", "accept", action_id="click-1") is False
    assert len(store.history(cue.cue_id)) == 1


def test_undo_appends_the_previous_state_and_keeps_history(store):
    cue = first_cue(store, store.save_scan(make_report()).scan_id)
    store.decide(cue.cue_id, "Ana", "fix", corrected_text="가중치")
    store.decide(cue.cue_id, "Ana", "accept")

    assert store.undo(cue.cue_id, "Ana")
    current = store.current_decisions([cue.cue_id])[cue.cue_id]
    assert (current.decision, current.corrected_text) == ("fix", "가중치")

    assert store.undo(cue.cue_id, "Ana")
    assert store.current_decisions([cue.cue_id])[cue.cue_id].decision == "open"
    assert store.undo(cue.cue_id, "Ana") is False  # nothing left to undo
    assert [d.decision for d in store.history(cue.cue_id)] == ["fix", "accept", "fix", "open"]


@pytest.mark.parametrize("decision, text, message", [
    ("delete", None, "unknown decision 'delete': use one of accept, fix, skip"),
    ("fix", "  ", "a fix needs the corrected Korean text"),
])
def test_bad_decisions_are_refused(store, decision, text, message):
    cue = first_cue(store, store.save_scan(make_report()).scan_id)
    with pytest.raises(StoreError) as error:
        store.decide(cue.cue_id, "Ana", decision, corrected_text=text)
    assert str(error.value) == message


def test_a_decision_needs_a_reviewer_name(store):
    cue = first_cue(store, store.save_scan(make_report()).scan_id)
    with pytest.raises(StoreError) as error:
        store.decide(cue.cue_id, " ", "accept")
    assert str(error.value) == (
        "enter your name before reviewing: every decision records its reviewer")


def test_claims_hold_until_they_expire(store, clock):
    cue = first_cue(store, store.save_scan(make_report()).scan_id)
    assert store.claim(cue.cue_id, "Ana", minutes=10).reviewer == "Ana"
    clock.now += timedelta(minutes=5)
    assert store.claim(cue.cue_id, "Ben").reviewer == "Ana"  # Ana is on this cue
    assert store.live_claims([cue.cue_id])[cue.cue_id].reviewer == "Ana"

    clock.now += timedelta(minutes=6)
    assert store.live_claims([cue.cue_id]) == {}
    taken = store.claim(cue.cue_id, "Ben", minutes=10)
    assert (taken.reviewer, taken.expires_at) == ("Ben", clock.now + timedelta(minutes=10))


def test_a_decision_releases_the_reviewers_claim(store):
    cue = first_cue(store, store.save_scan(make_report()).scan_id)
    store.claim(cue.cue_id, "Ana")
    store.decide(cue.cue_id, "Ana", "skip")
    assert store.live_claims([cue.cue_id]) == {}


def test_rescan_keeps_decisions_of_unchanged_cues_wherever_they_moved(store):
    first = store.save_scan(make_report())
    cues = store.scan_cues(first.scan_id)
    store.decide(cues[0].cue_id, "Ana", "fix", corrected_text="가중치")
    store.decide(cues[1].cue_id, "Ana", "accept")

    # The new version of the lecture has a cue inserted before, and cue 2 re-translated.
    edited = [(-2000, 0, "Hello.", "안녕하세요."), LECTURE[0],
              (2000, 4000, "Generally they are synonymous.", "일반적으로 같은 뜻입니다."), LECTURE[2]]
    second = store.save_scan(make_report(edited))

    assert (second.file_id, second.kept_decisions) == (first.file_id, 1)
    again = store.scan_cues(second.scan_id)
    assert [(c.position, c.status) for c in again] == [
        (1, "open"), (2, "fix"), (3, "open"), (4, "open")]
    assert again[1].text == "가중치"
    assert store.history(cues[1].cue_id)[0].decision == "accept"  # never lost


def test_cue_version_changes_with_text_and_timing():
    base = cue_version("Hello.", "안녕.", 0, 1000)
    assert base == cue_version("Hello.", "안녕.", 0, 1000)
    assert len({base, cue_version("Hello!", "안녕.", 0, 1000),
                cue_version("Hello.", "안녕!", 0, 1000), cue_version("Hello.", "안녕.", 0, 1001)}) == 4


@pytest.mark.parametrize("path, name", [
    ("course/lecture01.ko.vtt", "lecture01"),
    ("ko/lecture01.srt", "lecture01"),
    ("Intro_KO.vtt", "Intro"),
    ("ko.vtt", "ko"),
])
def test_lecture_name(path, name):
    assert lecture_name(path) == name


def test_two_writers_at_once_lose_nothing(database_url):
    setup = Store(database_url)
    scan_id = setup.save_scan(make_report()).scan_id
    cue_ids = [c.cue_id for c in setup.scan_cues(scan_id)]
    setup.close()
    errors: list[Exception] = []

    def review(reviewer: str):
        store = Store(database_url)  # each writer its own engine, as two app processes would
        try:
            for round_ in range(20):
                for cue_id in cue_ids:
                    store.decide(cue_id, reviewer, "skip", action_id=f"{reviewer}-{round_}-{cue_id}")
                    store.claim(cue_id, reviewer)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            store.close()

    writers = [threading.Thread(target=review, args=(name,)) for name in ("Ana", "Ben")]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()

    assert errors == []
    check = Store(database_url)
    assert sum(len(check.history(cue_id)) for cue_id in cue_ids) == 2 * 20 * len(cue_ids)
    check.close()


def test_one_store_shared_by_threads_lose_nothing(store):
    cue_ids = [c.cue_id for c in store.scan_cues(store.save_scan(make_report()).scan_id)]
    errors: list[Exception] = []

    def review(reviewer: str):
        try:
            for round_ in range(20):
                store.decide(cue_ids[round_ % 3], reviewer, "accept")
        except Exception as error:  # noqa: BLE001
            errors.append(error)

    writers = [threading.Thread(target=review, args=(f"r{i}",)) for i in range(4)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert errors == []
    assert sum(len(store.history(cue_id)) for cue_id in cue_ids) == 80


@pytest.mark.parametrize("url, message", [
    ("{tmp}/missing/review.sqlite",
     "{tmp}/missing/review.sqlite: cannot open the database file: the folder "
     "{tmp}/missing does not exist"),
    ("mysql://user@host/db",
     "unsupported database 'mysql' in 'mysql://user@host/db': use SQLite or PostgreSQL"),
    ("not a url://x", "the database URL 'not a url://x' is not valid: use a file path, "
     "sqlite:///FILE or postgresql+psycopg://USER:PASSWORD@HOST/DB"),
])
def test_unusable_databases_are_one_clear_line(tmp_path, url, message):
    with pytest.raises(StoreError) as error:
        Store(url.format(tmp=tmp_path))
    assert str(error.value) == message.format(tmp=tmp_path)


def test_an_unreadable_database_file_is_a_store_error(tmp_path):
    bad = tmp_path / "review.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError) as error:
        Store(bad)
    assert str(error.value) == (
        f"sqlite:///{bad}: the review database failed: file is not a database")


def test_lectures_are_found_by_name(store):
    saved = store.save_scan(make_report())
    assert store.file_named("lecture01").id == saved.file_id
    with pytest.raises(StoreError) as error:
        store.file_named("lecture02")
    assert str(error.value) == (
        "there is no lecture 'lecture02' in the review database (lectures: lecture01)")

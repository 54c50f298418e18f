"""Course mode: pairing by name, a failing lecture skipped, the summary, resume, worker
processes, the CLI."""

import csv
import json
import shutil
from pathlib import Path

import pytest

from qa.cli import main
from qa.course import (LectureResult, ScanWorkers, lecture_name, pair_lectures,
                       rank_lectures, read_course_summary, scan_course)
from qa.errors import CourseError
from qa.scan import Scanner

DATA = Path(__file__).parent / "data" / "course"
EN, KO = DATA / "en", DATA / "ko"
BROKEN_ERROR = (f"{KO / 'broken.ko.vtt'}: not a subtitle file (neither WebVTT nor SRT); "
                "give the path of the Korean .vtt or .srt subtitle file")


class CountingEncoder:
    """The real encoder, counting the texts it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.name, self.version = inner, inner.name, inner.version
        self.texts = 0

    def encode(self, texts):
        self.texts += len(texts)
        return self.inner.encode(texts)


@pytest.fixture(scope="module")
def scanner(encoder):
    return Scanner(encoder=CountingEncoder(encoder))


@pytest.fixture
def course(tmp_path):
    """A writable copy of the test course (resume tests change files)."""
    shutil.copytree(DATA, tmp_path / "course")
    return tmp_path / "course" / "en", tmp_path / "course" / "ko", tmp_path / "out"


# --------------------------------------------------------------------------- pairing


@pytest.mark.parametrize("path, name", [
    ("lecture01.en.vtt", "lecture01"),
    ("lecture01.ko.vtt", "lecture01"),
    ("lecture01.vtt", "lecture01"),
    ("Lecture 3_KO.SRT", "Lecture 3"),
    ("intro-english.srt", "intro"),
    ("lecture01.en-US.vtt", "lecture01"),
    ("en.vtt", "en"),  # a tag alone is the name, not nothing
])
def test_lecture_name_drops_extension_and_language_tag(path, name):
    assert lecture_name(path) == name


def test_pairs_by_name_and_lists_unpaired_files():
    pairs, unpaired = pair_lectures(EN, KO)
    assert [(p.name, p.source.name, p.target.name) for p in pairs] == [
        ("broken", "broken.en.vtt", "broken.ko.vtt"),
        ("intro", "intro.en.vtt", "intro.ko.vtt"),
        ("lecture2", "lecture2.en.srt", "lecture2.ko.srt"),  # natural order: 2 before 10
        ("lecture10", "lecture10.vtt", "lecture10.vtt"),
    ]
    assert [str(u) for u in unpaired] == [
        f"{EN / 'extra.en.vtt'}: no Korean file for lecture 'extra' in {KO}",
        f"{KO / 'orphan.ko.vtt'}: no English file for lecture 'orphan' in {EN}",
    ]


@pytest.mark.parametrize("english, korean, pairs, unpaired", [
    (["a.en.vtt", "b.en.srt"], ["a.ko.vtt", "b.ko.srt"], ["a", "b"], []),
    (["a.vtt"], ["a.srt"], ["a"], []),  # the format may differ between the two sides
    (["a.en.vtt"], ["b.ko.vtt"], [], ["a.en.vtt", "b.ko.vtt"]),
    (["a.en.vtt", "a.vtt"], ["a.ko.vtt"], [], ["a.en.vtt", "a.vtt", "a.ko.vtt"]),
    (["readme.txt"], [], [], []),  # only subtitle files count
])
def test_pairing_cases(tmp_path, english, korean, pairs, unpaired):
    for folder, names in (("en", english), ("ko", korean)):
        (tmp_path / folder).mkdir()
        for name in names:
            (tmp_path / folder / name).write_text("WEBVTT\n", encoding="utf-8")
    found, left = pair_lectures(tmp_path / "en", tmp_path / "ko")
    assert [p.name for p in found] == pairs
    assert [u.path.name for u in left] == unpaired


def test_two_files_for_one_lecture_say_so(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "ko").mkdir()
    for name in ("a.en.vtt", "a.vtt"):
        (tmp_path / "en" / name).write_text("WEBVTT\n", encoding="utf-8")
    (tmp_path / "ko" / "a.ko.vtt").write_text("WEBVTT\n", encoding="utf-8")
    _, left = pair_lectures(tmp_path / "en", tmp_path / "ko")
    assert [u.reason for u in left] == 2 * [
        "several files for lecture 'a' (a.en.vtt, a.vtt); keep one to pair it with the Korean "
        "file"] + [f"several English files for lecture 'a' in {tmp_path / 'en'}; keep one"]


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "the English folder does not exist; check the path"),
    (lambda p: p.write_text("x"), "the English folder is a file, not a folder; give the folder "
                                  "that holds the lecture files"),
])
def test_unusable_folder_is_one_clear_error(tmp_path, make, message):
    make(tmp_path / "en")
    with pytest.raises(CourseError) as err:
        pair_lectures(tmp_path / "en", KO)
    assert str(err.value) == f"{tmp_path / 'en'}: {message}"


# --------------------------------------------------------------------------- scanning


def test_failing_lecture_is_recorded_and_the_others_complete(scanner, tmp_path):
    pairs, unpaired = pair_lectures(EN, KO)
    summary = scan_course(scanner, pairs, tmp_path, unpaired=unpaired)
    by_name = {x.name: x for x in summary.lectures}
    assert by_name["broken"].status == "failed"
    assert by_name["broken"].error == BROKEN_ERROR
    assert [x.name for x in summary.failed] == ["broken"]
    assert {n: by_name[n].status for n in ("intro", "lecture2", "lecture10")} == dict.fromkeys(
        ("intro", "lecture2", "lecture10"), "ok")
    for name in ("intro", "lecture2", "lecture10"):
        assert (tmp_path / f"{name}.report.csv").is_file()
    assert not (tmp_path / "broken.report.csv").exists()


def test_summary_has_one_row_per_lecture_with_its_figures(scanner, tmp_path):
    pairs, unpaired = pair_lectures(EN, KO)
    scan_course(scanner, pairs, tmp_path, unpaired=unpaired)
    with (tmp_path / "course-summary.csv").open(encoding="utf-8") as fh:
        rows = {row["name"]: row for row in csv.DictReader(fh)}
    assert list(next(iter(rows.values())))[:9] == [
        "rank", "name", "status", "cues", "flagged", "major", "quality_score",
        "mqm_penalty_per_1000_words", "source_words"]
    for pair in pairs[1:]:  # the scanned ones agree with a scan of the lecture alone
        quality = scanner.scan(pair.source, pair.target).quality
        row = rows[pair.name]
        assert (row["status"], row["error"]) == ("ok", "")
        assert int(row["cues"]) == quality["cues"]
        assert int(row["flagged"]) == quality["flagged"]
        assert int(row["major"]) == quality["major"]
        assert float(row["quality_score"]) == quality["quality_score"]
        for category, count in quality["flagged_by_category"].items():
            assert int(row[category]) == count
    assert rows["intro"]["cues"] == "3" and rows["lecture2"]["cues"] == "2"
    assert (rows["broken"]["status"], rows["broken"]["error"]) == ("failed", BROKEN_ERROR)
    data = json.loads((tmp_path / "course-summary.json").read_text(encoding="utf-8"))
    assert data["totals"] == {"lectures": 4, "failed": 1, "reused": 0, "unpaired": 2,
                              "cues": 7, "flagged": data["totals"]["flagged"],
                              "major": data["totals"]["major"]}
    assert [u["path"] for u in data["unpaired"]] == [str(EN / "extra.en.vtt"),
                                                    str(KO / "orphan.ko.vtt")]


def test_summary_puts_the_lectures_needing_review_first(scanner, tmp_path):
    pairs, _ = pair_lectures(EN, KO)
    summary = scan_course(scanner, pairs, tmp_path)
    rows = read_course_summary(tmp_path)
    assert rows[0]["name"] == "broken"  # failed: needs fixing before anything else
    scores = [row["quality_score"] for row in rows[1:]]
    assert scores == sorted(scores)
    assert [r["name"] for r in rows] == [x.name for x in summary.lectures]
    assert [r["rank"] for r in rows] == [1, 2, 3, 4]


@pytest.mark.parametrize("rows, order", [
    ([{"name": "a", "status": "ok", "quality_score": 99.0, "major": 0, "flagged": 1},
      {"name": "b", "status": "ok", "quality_score": 80.0, "major": 2, "flagged": 3}], ["b", "a"]),
    ([{"name": "a", "status": "ok", "quality_score": 90.0, "major": 1, "flagged": 1},
      {"name": "b", "status": "ok", "quality_score": 90.0, "major": 3, "flagged": 3}], ["b", "a"]),
    ([{"name": "a", "status": "ok", "quality_score": 0.0, "major": 9, "flagged": 9},
      {"name": "b", "status": "failed", "quality_score": "", "major": "", "flagged": ""}],
     ["b", "a"]),
    ([{"name": "lecture10", "status": "ok", "quality_score": 100.0},
      {"name": "lecture9", "status": "ok", "quality_score": 100.0}], ["lecture9", "lecture10"]),
])
def test_rank_lectures(rows, order):
    assert [r["name"] for r in rank_lectures(rows)] == order


def test_rank_lectures_takes_results_too():
    results = [LectureResult("a", "", "", "ok", quality={"quality_score": 100.0}),
               LectureResult("b", "", "", "ok", quality={"quality_score": 50.0})]
    assert [r.name for r in rank_lectures(results)] == ["b", "a"]


def test_missing_summary_says_how_to_make_one(tmp_path):
    with pytest.raises(CourseError) as err:
        read_course_summary(tmp_path)
    assert str(err.value) == (f"{tmp_path}: no course summary here; run `qa scan --source-dir "
                              "EN_DIR --target-dir KO_DIR --out DIR` first")


# --------------------------------------------------------------------------- resume


def test_rerun_reuses_unchanged_lectures_without_scoring_them(scanner, course):
    en, ko, out = course
    pairs, _ = pair_lectures(en, ko)
    first = scan_course(scanner, pairs, out)
    before = scanner.encoder.texts
    second = scan_course(scanner, pairs, out)
    assert scanner.encoder.texts == before  # nothing embedded, nothing scored
    assert {x.name: x.reused for x in second.lectures} == {
        "broken": False, "intro": True, "lecture2": True, "lecture10": True}
    assert [x.row()["quality_score"] for x in second.lectures] == [
        x.row()["quality_score"] for x in first.lectures]


def test_rerun_rescans_a_changed_lecture_only(scanner, course):
    en, ko, out = course
    pairs, _ = pair_lectures(en, ko)
    scan_course(scanner, pairs, out)
    target = ko / "lecture2.ko.srt"
    target.write_text(target.read_text(encoding="utf-8").replace("발산합니다", "수렴합니다"),
                      encoding="utf-8")
    summary = scan_course(scanner, pairs, out)
    assert {x.name: x.reused for x in summary.lectures if x.status == "ok"} == {
        "intro": True, "lecture2": False, "lecture10": True}


def test_rerun_rescans_when_the_report_is_gone(scanner, course):
    en, ko, out = course
    pairs, _ = pair_lectures(en, ko)
    scan_course(scanner, pairs, out)
    (out / "intro.report.csv").unlink()
    summary = scan_course(scanner, pairs, out)
    assert {x.name: x.reused for x in summary.lectures if x.status == "ok"} == {
        "intro": False, "lecture2": True, "lecture10": True}
    assert (out / "intro.report.csv").is_file()


def test_rerun_with_other_settings_rescans(encoder, course):
    from qa.scoring import Thresholds

    en, ko, out = course
    pairs, _ = pair_lectures(en, ko)
    scan_course(Scanner(encoder=encoder), pairs, out)
    strict = Scanner(encoder=encoder, thresholds=Thresholds(flag=0.2))
    assert all(not x.reused for x in scan_course(strict, pairs, out).lectures)


@pytest.mark.parametrize("data_file", ["default_termbase_path", "default_idioms_path"])
def test_rerun_rescans_when_a_shipped_word_list_changes(encoder, course, tmp_path,
                                                        monkeypatch, data_file):
    import qa.termbase

    en, ko, out = course
    pairs, _ = pair_lectures(en, ko)
    scan_course(Scanner(encoder=encoder), pairs, out)
    edited = tmp_path / "edited.csv"
    edited.write_bytes(getattr(qa.termbase, data_file)().read_bytes() + b"\n")
    monkeypatch.setattr(qa.termbase, data_file, lambda: edited)
    assert all(not x.reused for x in scan_course(Scanner(encoder=encoder), pairs, out).lectures)


def test_progress_counts_files_and_cues(scanner, tmp_path):
    pairs, _ = pair_lectures(EN, KO)
    seen = []
    scan_course(scanner, pairs, tmp_path, progress=seen.append)
    last = seen[-1]
    assert (last.files_done, last.files_total, last.failed) == (4, 4, 1)
    assert last.cues_done == last.cues_total == 3 + 2 + 2  # broken.ko.vtt has no timing line
    assert [p.cues_done for p in seen] == sorted(p.cues_done for p in seen)


# --------------------------------------------------------------------------- worker processes


def _reports(folder: Path) -> dict[str, list[dict]]:
    reports = {}
    for path in sorted(folder.glob("*.report.csv")):
        with path.open(encoding="utf-8") as fh:
            reports[path.name] = list(csv.DictReader(fh))
    return reports


def _same_up_to_rounding(one: dict[str, list[dict]], other: dict[str, list[dict]]) -> None:
    """Workers run the encoder on fewer threads, which sums in another order."""
    assert one.keys() == other.keys()
    for name in one:
        for a, b in zip(one[name], other[name], strict=True):
            assert abs(float(a.pop("risk")) - float(b.pop("risk"))) < 1e-3
            for column in [c for c in a if "semantic" in c or "similarity" in c]:
                a.pop(column), b.pop(column)
            assert a == b


@pytest.fixture(scope="module")
def scanner_with_cache(tmp_path_factory):
    """A scanner built from its settings, which worker processes can build again."""
    return Scanner(cache_dir=tmp_path_factory.mktemp("embeddings"))


def test_workers_write_the_reports_one_process_writes(scanner_with_cache, tmp_path, caplog):
    pairs, unpaired = pair_lectures(EN, KO)
    one = scan_course(scanner_with_cache, pairs, tmp_path / "one", unpaired=unpaired)
    with ScanWorkers(scanner_with_cache, 2) as workers:
        two = scan_course(scanner_with_cache, pairs, tmp_path / "two", unpaired=unpaired,
                          workers=workers)
    assert [(x.name, x.status, x.error) for x in two.lectures] == [
        (x.name, x.status, x.error) for x in one.lectures]
    _same_up_to_rounding(_reports(tmp_path / "one"), _reports(tmp_path / "two"))
    # a worker's warning is logged by this process
    assert f"lecture broken skipped: {BROKEN_ERROR}" in caplog.messages
    # and a re-run with workers re-uses what they wrote
    with ScanWorkers(scanner_with_cache, 2) as workers:
        again = scan_course(scanner_with_cache, pairs, tmp_path / "two", workers=workers)
        # ... and with nothing left to scan, the workers get nothing to do
        readable = [pair for pair in pairs if pair.name != "broken"]
        unchanged = scan_course(scanner_with_cache, readable, tmp_path / "two",
                                workers=workers)
    assert again.totals()["reused"] == 3
    assert unchanged.totals()["reused"] == unchanged.totals()["lectures"] == 3


def test_lectures_a_dead_worker_left_are_scanned_here(scanner_with_cache, tmp_path, caplog):
    pairs, _ = pair_lectures(EN, KO)
    with ScanWorkers(scanner_with_cache, 2) as workers:
        workers.wait_until_loaded()
        for process in list(workers.pool._processes.values()):
            process.kill()
            process.join()
        summary = scan_course(scanner_with_cache, pairs, tmp_path, workers=workers)
    assert {x.name: x.status for x in summary.lectures} == {
        "broken": "failed", "intro": "ok", "lecture2": "ok", "lecture10": "ok"}
    assert "a worker process stopped; scanning the 4 lecture(s) it left here" in caplog.messages


def test_a_handed_in_encoder_cannot_go_to_workers(scanner, tmp_path):
    with pytest.raises(CourseError) as caught:
        ScanWorkers(scanner, 2)
    assert str(caught.value) == ("this scanner's encoder was handed in ready-made; other "
                                 "processes cannot build it: scan with one worker")
    # asked for by number, workers are then simply not used
    pairs, _ = pair_lectures(EN, KO)
    summary = scan_course(scanner, pairs * 4, tmp_path, workers=2)
    assert summary.totals()["lectures"] == 16


# --------------------------------------------------------------------------- command line


def test_cli_course_mode_exit_status_and_messages(scanner, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("qa.scan.Scanner", lambda **kwargs: scanner)
    code = main(["scan", "--source-dir", str(EN), "--target-dir", str(KO),
                 "--out", str(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 1
    assert err.splitlines()[:3] == [
        "2 file(s) not paired, not scanned:",
        f"  {EN / 'extra.en.vtt'}: no Korean file for lecture 'extra' in {KO}",
        f"  {KO / 'orphan.ko.vtt'}: no English file for lecture 'orphan' in {EN}"]
    assert err.splitlines()[-1] == ("1 lecture(s) failed and were skipped: broken "
                                    "(errors in the summary)")
    assert out.splitlines()[0].startswith("4 lectures (0 unchanged, re-used), 7 cues, ")
    assert (tmp_path / "course-summary.csv").is_file()


def test_cli_course_mode_all_ok_is_exit_0(scanner, course, capsys, monkeypatch):
    en, ko, out = course
    (ko / "broken.ko.vtt").unlink()
    monkeypatch.setattr("qa.scan.Scanner", lambda **kwargs: scanner)
    assert main(["scan", "--source-dir", str(en), "--target-dir", str(ko),
                 "--out", str(out)]) == 0


@pytest.mark.parametrize("argv, message", [
    (["--source", "a.vtt", "--source-dir", "en", "--target-dir", "ko", "--out", "o"],
     "give either --source and --target (one lecture) or --source-dir and --target-dir "
     "(a course), not both"),
    (["--source-dir", "en", "--out", "o"], "the following arguments are required: --target-dir"),
    (["--target-dir", "ko"], "the following arguments are required: --source-dir, --out"),
])
def test_cli_mixed_or_missing_arguments_are_one_line_usage_errors(argv, message, capsys):
    assert main(["scan", *argv]) == 2
    assert capsys.readouterr().err == f"Error: {message} (see `qa scan --help`)\n"


@pytest.mark.parametrize("workers", ["0", "two"])
def test_cli_workers_must_be_a_whole_number_of_one_or_more(workers, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["scan", "--source-dir", "en", "--target-dir", "ko", "--out", "o",
              "--workers", workers])
    assert exited.value.code == 2
    assert capsys.readouterr().err == (
        f"Error: argument --workers: expected a whole number of 1 or more, got {workers!r} "
        "(see `qa scan --help`)\n")


def test_cli_course_without_any_pair_is_an_error(tmp_path, capsys):
    (tmp_path / "en").mkdir()
    (tmp_path / "ko").mkdir()
    assert main(["scan", "--source-dir", str(tmp_path / "en"), "--target-dir",
                 str(tmp_path / "ko"), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (
        f"Error: {tmp_path / 'ko'}: no lecture has both an English and a Korean file; name "
        "them alike, e.g. lecture01.en.vtt and lecture01.ko.vtt\n")

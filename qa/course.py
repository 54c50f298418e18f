"""Scan a whole course: pair lecture files by name, scan each with one Scanner, summarise.

    pairs, unpaired = pair_lectures("course/en", "course/ko")
    summary = scan_course(scanner, pairs, "out/course-report", progress=print)

* Pairing: `lecture01.en.vtt` pairs with `lecture01.ko.vtt` (or `lecture01.vtt`
  in both folders, `.srt` too). Files without a partner, or two files claiming
  the same lecture, are returned as `Unpaired` with the reason, never an error.
  `pair_folder` takes one course folder (en/ and ko/ subfolders, or both
  languages side by side); it is the pairing the review app uses too.
* Streaming: lectures are scanned one at a time and each report is written and
  dropped before the next is read, so memory does not grow with the course.
* Failures: a lecture whose files cannot be read or scanned is recorded with its
  error line and skipped; the others complete.
* Resume: each finished lecture leaves a small result file keyed by the hash of
  both subtitle files' bytes and the scanner's settings (model, thresholds,
  termbase contents, tool version and code). A re-run re-uses the report of
  every unchanged lecture without reading or scoring it; changed lectures still
  profit from the encoder's embedding cache.
* Summary: `course-summary.csv` and `course-summary.json` in the output folder,
  one row per lecture, the lectures needing review most first (`rank_lectures`).
"""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import qa
from qa.errors import CourseError, QAError
from qa.model import CATEGORIES
from qa.report import write_report

log = logging.getLogger("qa")

SUBTITLE_SUFFIXES = (".vtt", ".srt")
# A language tag between the lecture name and the extension: lecture01.en.vtt, lecture01_ko.srt.
_LANGUAGE_TAG = re.compile(r"[._-](en|eng|english|en[-_](us|gb)|ko|kor|korean|ko[-_]kr)$",
                           re.IGNORECASE)
SUMMARY_CSV = "course-summary.csv"
SUMMARY_JSON = "course-summary.json"
RESUME_DIR = ".qa-resume"  # one small JSON per finished lecture, inside the output folder
RESUME_FORMAT = 1  # bump when the resume file's content changes meaning


@dataclass(frozen=True)
class LecturePair:
    name: str  # the lecture's name: the file name without extension and language tag
    source: Path
    target: Path


@dataclass(frozen=True)
class Unpaired:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class LectureResult:
    """One row of the course summary."""

    name: str
    source: str
    target: str
    status: str  # "ok" or "failed"
    error: str = ""  # the error line of a failed lecture
    report: str = ""  # the report file, relative to the output folder
    reused: bool = False  # True when the report of an earlier run was re-used unchanged
    seconds: float = 0.0  # time spent on this lecture in this run
    quality: dict = field(default_factory=dict)  # qa.scoring.quality_summary of the scan

    def row(self) -> dict:
        """A flat row: the figures a lead sorts by, one count column per category."""
        q = self.quality
        by_category = q.get("flagged_by_category", {})
        row = {
            "name": self.name, "status": self.status,
            "cues": q.get("cues", ""), "flagged": q.get("flagged", ""),
            "major": q.get("major", ""), "quality_score": q.get("quality_score", ""),
            "mqm_penalty_per_1000_words": q.get("mqm_penalty_per_1000_words", ""),
            "source_words": q.get("source_words", ""),
        }
        for category in CATEGORIES:
            row[category] = by_category.get(category, 0) if self.status == "ok" else ""
        row.update(report=self.report, source=self.source, target=self.target,
                   reused=self.reused, seconds=round(self.seconds, 2), error=self.error)
        return row


@dataclass
class CourseSummary:
    out_dir: Path
    lectures: list[LectureResult]  # in the order of rank_lectures
    unpaired: list[Unpaired] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> list[LectureResult]:
        return [lecture for lecture in self.lectures if lecture.status != "ok"]

    @property
    def reused(self) -> int:
        return sum(1 for lecture in self.lectures if lecture.reused)

    def totals(self) -> dict:
        ok = [lecture.quality for lecture in self.lectures if lecture.status == "ok"]
        return {
            "lectures": len(self.lectures), "failed": len(self.failed), "reused": self.reused,
            "unpaired": len(self.unpaired),
            "cues": sum(q.get("cues", 0) for q in ok),
            "flagged": sum(q.get("flagged", 0) for q in ok),
            "major": sum(q.get("major", 0) for q in ok),
        }


@dataclass(frozen=True)
class CourseProgress:
    """Where a course scan stands; handed to the progress callback as it moves."""

    files_done: int
    files_total: int
    cues_done: int
    cues_total: int  # counted from the timing lines of the target files before scanning
    lecture: str  # the lecture being scanned (or just finished)
    failed: int


Progress = Callable[[CourseProgress], None]


# --------------------------------------------------------------------------- #
# Pairing
# --------------------------------------------------------------------------- #


def _stem(path: str | os.PathLike) -> str:
    """The file name without its subtitle extension."""
    stem = Path(path).name
    for suffix in SUBTITLE_SUFFIXES:
        if stem.lower().endswith(suffix):
            return stem[: -len(suffix)]
    return stem


def lecture_name(path: str | os.PathLike) -> str:
    """'en/lecture01.en.vtt' -> 'lecture01': the file name without extension or language tag.

    The one naming rule of the project: pairing here, and the lecture names the
    review database stores (qa.store uses this function).
    """
    stem = _stem(path)
    return _LANGUAGE_TAG.sub("", stem) or stem


def language_tag(path: str | os.PathLike) -> str | None:
    """'en' or 'ko' from a language tag in the file name ('a.en.vtt', 'a_KO.srt'), else None."""
    stem = _stem(path)
    match = _LANGUAGE_TAG.search(stem)
    if not match or match.start() == 0:  # 'en.vtt': a tag alone is the lecture's name
        return None
    return "en" if match[1].lower().startswith("en") else "ko"


def _natural_key(name: str):
    """'lecture2' before 'lecture10'."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name)]


def _check_folder(folder: Path, label: str) -> None:
    if not folder.exists():
        raise CourseError(f"the {label} folder does not exist; check the path", path=folder)
    if not folder.is_dir():
        raise CourseError(f"the {label} folder is a file, not a folder; give the folder "
                          "that holds the lecture files", path=folder)


def _subtitle_files(folder: Path, label: str) -> list[Path]:
    _check_folder(folder, label)
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in SUBTITLE_SUFFIXES)


def _by_name(files: list[Path], other_label: str) -> tuple[dict[str, Path], list[Unpaired]]:
    """name -> file; two files claiming one name are both set aside, with the reason."""
    claims: dict[str, list[Path]] = {}
    for path in files:
        claims.setdefault(lecture_name(path), []).append(path)
    named, clashes = {}, []
    for name, paths in claims.items():
        if len(paths) == 1:
            named[name] = paths[0]
        else:
            others = ", ".join(p.name for p in paths)
            clashes += [Unpaired(p, f"several files for lecture {name!r} ({others}); "
                                    f"keep one to pair it with the {other_label} file")
                        for p in paths]
    return named, clashes


def pair_lectures(source_dir, target_dir) -> tuple[list[LecturePair], list[Unpaired]]:
    """Pair the subtitle files of two folders by lecture name.

    Returns the pairs in natural name order and the files left without a partner
    (with the reason); raises CourseError only when a folder cannot be used.
    """
    source_dir, target_dir = Path(source_dir), Path(target_dir)
    source_files = _subtitle_files(source_dir, "English")
    target_files = _subtitle_files(target_dir, "Korean")
    untagged = []
    if source_dir.resolve() == target_dir.resolve():  # side by side: the tag tells the language
        untagged = [Unpaired(p, "no language tag in the name, so it is neither English nor "
                                "Korean; name it like lecture01.en.vtt or lecture01.ko.vtt")
                    for p in source_files if language_tag(p) is None]
        source_files = [p for p in source_files if language_tag(p) == "en"]
        target_files = [p for p in target_files if language_tag(p) == "ko"]
    sources, source_clashes = _by_name(source_files, "Korean")
    targets, target_clashes = _by_name(target_files, "English")
    pairs = [LecturePair(name, sources[name], targets[name])
             for name in sorted(sources.keys() & targets.keys(), key=_natural_key)]
    unpaired = source_clashes + target_clashes
    unpaired += [_without_partner(sources[name], name, "Korean", target_dir, target_clashes)
                 for name in sorted(sources.keys() - targets.keys(), key=_natural_key)]
    unpaired += [_without_partner(targets[name], name, "English", source_dir, source_clashes)
                 for name in sorted(targets.keys() - sources.keys(), key=_natural_key)]
    return pairs, unpaired + untagged


def require_pairs(pairs: list[LecturePair], folder) -> list[LecturePair]:
    """The pairs, or one clear error when no lecture has both of its files."""
    if not pairs:
        raise CourseError("no lecture has both an English and a Korean file; name them "
                          "alike, e.g. lecture01.en.vtt and lecture01.ko.vtt", path=folder)
    return pairs


def pair_folder(folder) -> tuple[list[LecturePair], list[Unpaired]]:
    """Pair the lectures of one course folder, laid out either way:

    * `en/` and `ko/` subfolders (`en/lecture01.vtt` + `ko/lecture01.vtt`), or
    * both languages side by side, told apart by a language tag in the name
      (`lecture01.en.vtt` + `lecture01.ko.vtt`, also `_EN`/`-ko`).

    Returns what `pair_lectures` returns; raises CourseError when the folder cannot be used.
    """
    folder = Path(folder)
    english, korean = folder / "en", folder / "ko"
    if english.is_dir() and korean.is_dir():
        return pair_lectures(english, korean)
    _check_folder(folder, "course")
    return pair_lectures(folder, folder)


def _without_partner(path: Path, name: str, other: str, other_dir: Path,
                     other_clashes: list[Unpaired]) -> Unpaired:
    if any(lecture_name(u.path) == name for u in other_clashes):
        return Unpaired(path, f"several {other} files for lecture {name!r} in {other_dir}; "
                              "keep one")
    return Unpaired(path, f"no {other} file for lecture {name!r} in {other_dir}")


# --------------------------------------------------------------------------- #
# Resume: what identifies a lecture's result
# --------------------------------------------------------------------------- #


def _digest(*parts: bytes) -> str:
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()


@functools.cache  # once per process: the code this process runs does not change under it
def _code_digest() -> bytes:
    """The qa package's own source and resources: a changed check invalidates old results."""
    package = Path(qa.__file__).parent
    files = sorted(p for p in package.rglob("*")
                   if p.is_file() and p.suffix in (".py", ".csv", ".json", ".txt"))
    return _digest(*(p.relative_to(package).as_posix().encode() + b"\0" + p.read_bytes()
                     for p in files)).encode()


def _file_bytes(path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError:
        return b""


def scanner_fingerprint(scanner) -> str:
    """A digest of everything besides the files that decides a lecture's result."""
    from qa.checks.names import default_names_path
    from qa.termbase import default_idioms_path, default_termbase_path

    settings = dict(scanner.settings(alignment=""))
    settings.pop("alignment", None)
    # The shipped data files decide findings as much as the code does.
    termbases = [_file_bytes(default_termbase_path()), _file_bytes(default_names_path()),
                 _file_bytes(default_idioms_path())]
    if scanner.termbase_path:
        termbases.append(_file_bytes(scanner.termbase_path))
    return _digest(json.dumps(settings, sort_keys=True, default=str).encode(),
                   *termbases, _code_digest(), str(RESUME_FORMAT).encode())


def lecture_key(source_bytes: bytes, target_bytes: bytes, fingerprint: str) -> str:
    return _digest(fingerprint.encode(), source_bytes, target_bytes)


def _resume_path(out_dir: Path, name: str) -> Path:
    return out_dir / RESUME_DIR / f"{name}.json"


def _reusable(out_dir: Path, pair: LecturePair, key: str, report: str) -> dict | None:
    """The stored quality of an unchanged lecture whose report is still there, else None."""
    try:
        saved = json.loads(_resume_path(out_dir, pair.name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if saved.get("key") != key or saved.get("report") != report:
        return None
    if not (out_dir / report).is_file():
        return None
    return saved.get("quality")


def _write_atomically(path: Path, text: str) -> None:
    """Readers (and a re-run after a crash) never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


# --------------------------------------------------------------------------- #
# Scanning
# --------------------------------------------------------------------------- #


def _cue_count(data: bytes) -> int:
    """Cues in a subtitle file, counted by timing arrows: good enough for a progress total."""
    return data.count(b"-->")


def count_cues(path) -> int:
    """Cues in the subtitle file at `path` (0 if unreadable), for a progress bar's total."""
    return _cue_count(_file_bytes(path))


def _report_name(name: str, fmt: str) -> str:
    return f"{name}.report.{fmt}"


class CourseTracker:
    """Counts files and cues for the progress callback (here and in the review app)."""

    def __init__(self, progress: Progress | None, files_total: int, cues_total: int):
        self.progress = progress
        self.files_total, self.cues_total = files_total, cues_total
        self.files_done = self.cues_done = self.failed = 0

    def report(self, lecture: str, within: int = 0) -> None:
        if self.progress:
            self.progress(CourseProgress(self.files_done, self.files_total,
                                         self.cues_done + within, self.cues_total,
                                         lecture, self.failed))

    def finish(self, lecture: str, cues: int, ok: bool) -> None:
        self.files_done += 1
        self.cues_done += cues
        self.failed += 0 if ok else 1
        self.report(lecture)


def scan_course(scanner, pairs: Sequence[LecturePair], out_dir, *, fmt: str = "csv",
                progress: Progress | None = None, resume: bool = True,
                unpaired: Sequence[Unpaired] = (),
                workers: int | ScanWorkers = 1) -> CourseSummary:
    """Scan every pair with one scanner, write one report per lecture and the course summary.

    A lecture that fails is recorded with its error and skipped. With `resume`, a
    lecture whose files and scanner settings are unchanged since an earlier run into
    the same folder is not scanned again: its report is re-used.

    `workers` > 1 scans lectures side by side in that many processes, each with its own
    copy of the scanner on a share of the cores, when there are at least
    MIN_LECTURES_PER_WORKER lectures to scan for each; or pass started `ScanWorkers`.
    Reports are the same either way, up to the last digit of a score (the encoder's
    sums run in another order on fewer threads).
    """
    out_dir = Path(out_dir)
    started = time.perf_counter()
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CourseError(f"cannot create the output folder ({exc.strerror}); "
                          "choose another --out", path=out_dir) from exc
    fingerprint = scanner_fingerprint(scanner)
    # Hash (and count) the files up front: cheap, and it gives the progress bar its total.
    keys, cue_counts = {}, {}
    for pair in pairs:
        source_bytes, target_bytes = _file_bytes(pair.source), _file_bytes(pair.target)
        keys[pair.name] = lecture_key(source_bytes, target_bytes, fingerprint)
        cue_counts[pair.name] = _cue_count(target_bytes)
    tracker = CourseTracker(progress, len(pairs), sum(cue_counts.values()))
    results: dict[str, LectureResult] = {}
    to_scan = []
    for pair in pairs:  # unchanged lectures first: re-using one takes no time
        reused = _reused(pair, out_dir, fmt, keys[pair.name]) if resume else None
        if reused is None:
            to_scan.append(pair)
        else:
            results[pair.name] = reused
            tracker.finish(pair.name, cue_counts[pair.name], True)
    if isinstance(workers, ScanWorkers):
        results.update(_scan_in_workers(scanner, workers, to_scan, out_dir, fmt, keys,
                                        cue_counts, tracker))
    elif (count := min(workers, len(to_scan) // MIN_LECTURES_PER_WORKER)) > 1 \
            and scanner.recipe is not None:
        with ScanWorkers(scanner, count) as started:
            results.update(_scan_in_workers(scanner, started, to_scan, out_dir, fmt, keys,
                                            cue_counts, tracker))
    else:
        results.update(_scan_here(scanner, to_scan, out_dir, fmt, keys, cue_counts, tracker))
    summary = CourseSummary(out_dir=out_dir,
                            lectures=rank_lectures(results[pair.name] for pair in pairs),
                            unpaired=list(unpaired), seconds=time.perf_counter() - started)
    write_course_summary(summary, scanner.settings(alignment="per lecture"))
    return summary


def _reused(pair: LecturePair, out_dir: Path, fmt: str, key: str) -> LectureResult | None:
    """The result of an unchanged lecture whose report an earlier run left, else None."""
    report_name = _report_name(pair.name, fmt)
    quality = _reusable(out_dir, pair, key, report_name)
    if quality is None:
        return None
    return LectureResult(name=pair.name, source=str(pair.source), target=str(pair.target),
                         status="ok", report=report_name, reused=True, quality=quality)


def _scan_lecture(scanner, pair: LecturePair, out_dir: Path, fmt: str, key: str,
                  progress=None) -> LectureResult:
    report_name = _report_name(pair.name, fmt)
    result = LectureResult(name=pair.name, source=str(pair.source), target=str(pair.target),
                           status="ok", report=report_name)
    started = time.perf_counter()
    try:
        report = scanner.scan(pair.source, pair.target, progress=progress)
        write_report(report, out_dir / report_name, fmt)
    except QAError as exc:
        result.status, result.error, result.report = "failed", str(exc), ""
        log.warning("lecture %s skipped: %s", pair.name, exc)
    except Exception as exc:  # a bug on one odd file must not cost the rest of the course
        result.status, result.report = "failed", ""
        result.error = f"internal error ({type(exc).__name__}: {exc}); please report it"
        log.exception("lecture %s failed with an internal error", pair.name)
    else:
        result.quality = report.quality
        _write_atomically(_resume_path(out_dir, pair.name), json.dumps(
            {"key": key, "report": report_name, "quality": report.quality},
            ensure_ascii=False))
    result.seconds = time.perf_counter() - started
    return result


def _scan_here(scanner, pairs: Sequence[LecturePair], out_dir: Path, fmt: str, keys: dict,
               cue_counts: dict, tracker: CourseTracker) -> dict[str, LectureResult]:
    """Scan the lectures one after the other in this process."""
    results = {}
    for pair in pairs:
        tracker.report(pair.name)
        result = _scan_lecture(scanner, pair, out_dir, fmt, keys[pair.name],
                               lambda done, total, n=cue_counts[pair.name], name=pair.name:
                               tracker.report(name, round(n * done / max(total, 1))))
        tracker.finish(pair.name, cue_counts[pair.name], result.status == "ok")
        results[pair.name] = result
    return results


# --------------------------------------------------------------------------- #
# Workers: lectures side by side
# --------------------------------------------------------------------------- #

# Why processes: the encoder on all cores keeps them busy only about 60% of the time
# (threads wait on each other), and the rule checks are Python, which threads cannot run
# beside it. One worker per core, each with the encoder on its share of the cores, keeps
# every core busy. A worker takes seconds to start (it loads its own encoder and Korean
# analyser, ~650 MB), so scan_course starts them only with a few lectures for each.
MIN_LECTURES_PER_WORKER = 4

# The scanner of a worker process, built once by _start_worker: process-wide by nature.
_worker_scanner = None


class ScanWorkers:
    """Processes that each hold a copy of a scanner, to scan lectures side by side.

    Starting them costs what loading the models costs, once per process; like a Scanner,
    start them once and hand them to any number of `scan_course` calls:

        with ScanWorkers(scanner, 2) as workers:
            scan_course(scanner, pairs, out, workers=workers)
    """

    def __init__(self, scanner, workers: int):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        if scanner.recipe is None:
            raise CourseError("this scanner's encoder was handed in ready-made; other "
                              "processes cannot build it: scan with one worker")
        self.workers = workers
        threads = max(1, (os.cpu_count() or 1) // workers)
        # spawn, not fork: a forked copy of a process holding BLAS and Kiwi threads can hang
        self.pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start_worker,
                                        initargs=(scanner.recipe, threads,
                                                  log.getEffectiveLevel()))

    def wait_until_loaded(self, timeout: float = 300) -> None:
        """Return once every worker has loaded its models (for timing a scan without it)."""
        deadline, seen = time.monotonic() + timeout, set()
        while len(seen) < self.workers and time.monotonic() < deadline:
            seen.update(f.result() for f in [self.pool.submit(_loaded)
                                             for _ in range(self.workers)])

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)

    def __enter__(self) -> ScanWorkers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _start_worker(recipe, threads: int, log_level: int) -> None:
    global _worker_scanner
    # The worker's messages go back to the parent with each result (_scan_in_worker),
    # to be logged there once, in order, under the parent's settings.
    log.setLevel(log_level)
    log.propagate = False
    # Every BLAS call of the worker on its share of the cores, not only the encoder's: the
    # semantic step's products on the library's default threads leave them spinning,
    # which costs the other workers ~4% of a scan's CPU.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads, user_api="blas")
    _worker_scanner = recipe.build(threads=threads)
    _worker_scanner.context.korean.tokens("모델을 불러옵니다")  # loads Kiwi now, not mid-scan
    # the weights too (past the embedding cache, which should not keep this text)
    getattr(_worker_scanner.encoder, "inner", _worker_scanner.encoder).encode(["load"])


def _loaded() -> int:
    time.sleep(0.05)  # long enough for the other workers to take the other calls
    return os.getpid()


class _Messages(logging.Handler):
    def __init__(self):
        super().__init__()
        self.messages: list[tuple[int, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += "\n" + logging.Formatter().formatException(record.exc_info)
        self.messages.append((record.levelno, text))


def _scan_in_worker(pair: LecturePair, out_dir: Path, fmt: str,
                    key: str) -> tuple[LectureResult, list[tuple[int, str]]]:
    handler = _Messages()
    log.addHandler(handler)
    try:
        return _scan_lecture(_worker_scanner, pair, out_dir, fmt, key), handler.messages
    finally:
        log.removeHandler(handler)


def _scan_in_workers(scanner, workers: ScanWorkers, pairs: Sequence[LecturePair],
                     out_dir: Path, fmt: str, keys: dict, cue_counts: dict,
                     tracker: CourseTracker) -> dict[str, LectureResult]:
    """Scan the lectures in the worker processes; progress moves as each lecture finishes.
    Should a worker die (killed, out of memory), the lectures it left are scanned here."""
    from concurrent.futures import as_completed

    results = {}
    if pairs:
        tracker.report(pairs[0].name)
    try:
        futures = {workers.pool.submit(_scan_in_worker, pair, out_dir, fmt, keys[pair.name]):
                   pair for pair in pairs}
    except RuntimeError:  # the pool broke before: nothing was submitted
        futures = {}
    for future in as_completed(futures):
        pair = futures[future]
        try:
            result, messages = future.result()
        except Exception:  # noqa: BLE001 - the pool broke; _scan_lecture catches the rest
            continue
        for level, message in messages:
            log.log(level, "%s", message)
        results[pair.name] = result
        tracker.finish(pair.name, cue_counts[pair.name], result.status == "ok")
    left = [pair for pair in pairs if pair.name not in results]
    if left:
        log.warning("a worker process stopped; scanning the %d lecture(s) it left here",
                    len(left))
        results.update(_scan_here(scanner, left, out_dir, fmt, keys, cue_counts, tracker))
    return results


# --------------------------------------------------------------------------- #
# Summary
# --------------------------------------------------------------------------- #


def review_priority(row: dict) -> tuple:
    """Sort key: failed lectures first (they need fixing), then the lowest quality score,
    then the most cues with major errors, the most flagged cues, and the name."""
    failed = row.get("status", "ok") != "ok"

    def number(key):
        value = row.get(key)
        return float(value) if value not in (None, "") else 0.0

    quality = number("quality_score") if not failed else 0.0
    return (not failed, quality, -number("major"), -number("flagged"),
            _natural_key(str(row.get("name", ""))))


def rank_lectures(lectures: Iterable) -> list:
    """Lectures (LectureResult or summary rows as dicts) in the order a lead reviews them."""
    def key(item):
        return review_priority(item.row() if isinstance(item, LectureResult) else item)

    return sorted(lectures, key=key)


def write_course_summary(summary: CourseSummary, settings: dict | None = None) -> tuple[Path, Path]:
    """course-summary.csv and course-summary.json in the summary's output folder."""
    rows = [lecture.row() for lecture in summary.lectures]
    csv_path, json_path = summary.out_dir / SUMMARY_CSV, summary.out_dir / SUMMARY_JSON
    columns = list(LectureResult("", "", "", "ok").row())
    try:
        tmp = csv_path.with_name(csv_path.name + ".tmp")
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=["rank"] + columns)
            writer.writeheader()
            for rank, row in enumerate(rows, 1):
                writer.writerow({"rank": rank, **row})
        os.replace(tmp, csv_path)
        _write_atomically(json_path, json.dumps({
            "tool": f"qa-subtitles {qa.__version__}",
            "settings": settings or {},
            "totals": summary.totals(),
            "seconds": round(summary.seconds, 2),
            "lectures": [{"rank": rank, **row, "quality": lecture.quality}
                         for rank, (row, lecture) in enumerate(zip(rows, summary.lectures), 1)],
            "unpaired": [{"path": str(u.path), "reason": u.reason} for u in summary.unpaired],
        }, ensure_ascii=False, indent=1))
    except OSError as exc:
        raise CourseError(f"cannot write the course summary ({exc.strerror}); "
                          "choose another --out", path=summary.out_dir) from exc
    return csv_path, json_path


def read_course_summary(out_dir) -> list[dict]:
    """The lecture rows of a course summary written by scan_course, most in need of review first.

    For the review app: each row has name, status, cues, flagged, major, quality_score,
    mqm_penalty_per_1000_words, one count per category, report (relative to out_dir),
    source, target, error and quality (the full per-lecture figures).
    """
    path = Path(out_dir) / SUMMARY_JSON
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CourseError("no course summary here; run `qa scan --source-dir EN_DIR "
                          "--target-dir KO_DIR --out DIR` first", path=out_dir) from None
    except (OSError, ValueError) as exc:
        raise CourseError(f"the course summary cannot be read ({exc}); scan the course again",
                          path=path) from exc
    return rank_lectures(data.get("lectures", []))

"""Course-scan speed: cold and warm throughput, cost beyond the encoder, peak memory, per check.

    python benchmarks/course_speed.py [--course out/course]

Builds the synthetic course (benchmarks/make_course.py, fixed seed, >= 20,000 cues)
when it is missing, then in one process:

1. cold scan in one process: empty embedding cache, empty output folder,
   `scan_course` with the default encoder; cue pairs per second, wall and CPU time,
   RSS as it goes;
2. raw encoding: the same encoder embeds exactly the texts the scan sent to it,
   in the same batches, alone. "Beyond the encoder" = cold scan / raw encoding
   (target <= 1.3), in wall time and in CPU time. The encoder's own speed drifts
   by up to 20% from minute to minute on this machine, so the headline ratio
   interleaves the two: after each lecture of the cold scan, that lecture's
   batches are embedded again alone (timed apart from the scan). The whole-course
   raw passes, after step 1 and after step 3, are printed too;
2b. cold scan with --workers processes (what `qa scan --source-dir` does on this
   machine): again from an empty cache into an empty folder, the workers started
   and their models loaded before the clock starts, as the one-process scan's
   model is. Timed against a raw encoding pass of the same texts run right after
   it. Memory here is the sum over the worker processes of their proportional set
   size (shared pages counted once), sampled every 0.2 s; `qa scan`'s own parent
   process adds its imports (see the README);
3. warm re-scan: the same course again into the same folder (target <= 10% of
   cold): unchanged lectures are re-used, nothing is scored;
4. changed course: every lecture scored again (result cache off) with a warm
   embedding cache: what a new translation round of every file costs at most;
5. per check: each registered check timed over the first --check-lectures
   lectures, with the neighbour confirmation Scanner.score adds, in ms per
   1,000 cues and as a share of the raw encoding time of the same cues.

Peak memory is the process's maximum resident set (target <= 2 GB), and the
RSS after each quarter of the lectures shows whether it grows with the course.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


class Clock:
    """Wall and CPU (all threads of this process) time since start."""

    def __init__(self):
        self.wall0, self.cpu0 = time.perf_counter(), time.process_time()

    def wall(self) -> float:
        return time.perf_counter() - self.wall0

    def cpu(self) -> float:
        return time.process_time() - self.cpu0


class RecordingEncoder:
    """Passes calls to the real encoder and appends each batch of texts to a JSONL file
    (on disk, so recording does not inflate the memory being measured). The batches
    since the last `take_recent` are also kept, for replaying one lecture's."""

    def __init__(self, inner, log_path: Path):
        self.inner, self.name, self.version = inner, inner.name, inner.version
        self.log = log_path.open("w", encoding="utf-8")
        self.texts = 0
        self.recent: list[list[str]] = []

    def encode(self, texts):
        self.log.write(json.dumps(list(texts), ensure_ascii=False) + "\n")
        self.texts += len(texts)
        self.recent.append(list(texts))
        return self.inner.encode(texts)

    def take_recent(self) -> list[list[str]]:
        recent, self.recent = self.recent, []
        return recent


class InterleavedRaw:
    """Progress callback of the cold scan: after each lecture, the encoder embeds that
    lecture's batches again alone. Scan and raw encoding are then timed within seconds
    of each other, so the encoder's drift (up to 20% from minute to minute on this
    machine) cancels out of their ratio. The replay's own time is kept out of the scan's."""

    def __init__(self, recorder: RecordingEncoder):
        self.recorder, self.done = recorder, 0
        self.raw_wall = self.raw_cpu = 0.0

    def __call__(self, progress) -> None:
        if progress.files_done == self.done:
            return
        self.done = progress.files_done
        clock = Clock()
        for batch in self.recorder.take_recent():
            self.recorder.inner.encode(batch)
        self.raw_wall += clock.wall()
        self.raw_cpu += clock.cpu()


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_course(course: Path, cues: int) -> None:
    if (course / "en").is_dir() and any((course / "en").iterdir()):
        return
    import make_course

    pool = make_course.read_pool(ROOT.parent / "shared" / "data" / "jhe-dev", ROOT / "data")
    lectures, written = make_course.build_course(course, cues, pool)
    print(f"built {lectures} lectures, {written} cues in {course}")


def cold_scan(scanner, pairs, out: Path, interleaved: InterleavedRaw):
    """The cold scan's wall and CPU time, without the interleaved raw encoding in it."""
    from qa.course import scan_course

    memory = []  # (lectures done, RSS MB)
    quarters = {max(1, round(len(pairs) * q / 4)) for q in (1, 2, 3, 4)}

    def progress(p):
        interleaved(p)
        if p.files_done in quarters and (not memory or memory[-1][0] != p.files_done):
            memory.append((p.files_done, rss_mb()))

    clock = Clock()
    summary = scan_course(scanner, pairs, out, progress=progress)
    return (summary, clock.wall() - interleaved.raw_wall, clock.cpu() - interleaved.raw_cpu,
            memory)


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(x) for x in task.read_text().split()]
    return found


def pss_mb(pids: list[int]) -> float:
    """Proportional set size of these processes together: a page shared by two counts half
    in each, so the sum is what they take from the machine."""
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


class MemorySampler:
    """Samples the PSS of this process's children (the workers) every 0.2 s in a thread.
    This process is left out: it also holds step 1's scanner, which the parent process
    of `qa scan --workers` does not load (it only hands out lectures)."""

    def __init__(self):
        import threading

        self.peak, self.stopped = 0.0, False
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def now(self) -> float:
        return pss_mb(_children(os.getpid()))

    def _run(self):
        while not self.stopped:
            self.peak = max(self.peak, self.now())
            time.sleep(0.2)

    def stop(self) -> float:
        self.stopped = True
        self.thread.join()
        return self.peak


def parallel_scan(pairs, work: Path, workers: int):
    """Cold scan by `workers` processes: (wall, lectures done -> PSS MB, peak PSS MB)."""
    from qa.course import ScanWorkers, scan_course
    from qa.scan import Scanner

    scanner = Scanner(cache_dir=work / "cache-parallel")
    memory = []
    quarters = {max(1, round(len(pairs) * q / 4)) for q in (1, 2, 3, 4)}
    with ScanWorkers(scanner, workers) as started:
        started.wait_until_loaded()
        sampler = MemorySampler()

        def progress(p):
            if p.files_done in quarters and (not memory or memory[-1][0] != p.files_done):
                memory.append((p.files_done, sampler.now()))

        clock = Clock()
        scan_course(scanner, pairs, work / "out-parallel", workers=started, progress=progress)
        wall = clock.wall()
        peak = sampler.stop()
    return wall, memory, peak


def raw_encoding(inner, log_path: Path) -> tuple[float, float, int]:
    clock, texts = Clock(), 0
    with log_path.open(encoding="utf-8") as fh:
        for line in fh:
            batch = json.loads(line)
            texts += len(batch)
            inner.encode(batch)
    return clock.wall(), clock.cpu(), texts


def time_checks(scanner, pairs, lectures: int) -> tuple[int, dict[str, float]]:
    """Seconds per check over the first `lectures` lectures, as Scanner.score runs them."""
    from qa.align import align_cues
    from qa.checks import FILE_CHECKS, PAIR_CHECKS
    from qa.scan import CONTENT_CHECKS_EXEMPT
    from qa.scoring import confirm_across_boundaries
    from qa.subtitles import read_subtitles

    spent = dict.fromkeys(list(PAIR_CHECKS) + list(FILE_CHECKS), 0.0)
    spent["read + align"] = 0.0
    cues = 0
    for pair in pairs[:lectures]:
        start = time.process_time()
        try:
            source = read_subtitles(pair.source, role="source")
            target = read_subtitles(pair.target, role="target")
        except Exception:
            continue
        aligned = align_cues(source.cues, target.cues, scanner.encoder)
        spent["read + align"] += time.process_time() - start
        cues += len(aligned)
        for name, check in PAIR_CHECKS.items():
            start = time.process_time()
            for i, p in enumerate(aligned):
                found = check(p, scanner.context)
                if name not in CONTENT_CHECKS_EXEMPT:
                    confirm_across_boundaries(aligned, i, found, check, scanner.context)
            spent[name] += time.process_time() - start
        for name, check in FILE_CHECKS.items():
            start = time.process_time()
            check(aligned, scanner.context)
            spent[name] += time.process_time() - start
    return cues, spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--course", default=str(ROOT / "out" / "course"))
    parser.add_argument("--cues", type=int, default=20_000, help="size of a course built anew")
    parser.add_argument("--lectures", type=int, default=0, help="scan only the first N (0: all)")
    parser.add_argument("--check-lectures", type=int, default=15)
    parser.add_argument("--skip-changed", action="store_true", help="skip step 4")
    parser.add_argument("--workers", type=int, default=min(os.cpu_count() or 1, 2),
                        help="processes of step 2b (default: as `qa scan`)")
    args = parser.parse_args()

    from qa.course import pair_lectures, scan_course
    from qa.encoders import CachedEncoder, UsemEncoder
    from qa.scan import Scanner

    course = Path(args.course)
    ensure_course(course, args.cues)
    pairs, unpaired = pair_lectures(course / "en", course / "ko")
    if args.lectures:
        pairs = pairs[:args.lectures]
    work = Path(tempfile.mkdtemp(prefix="qa-course-speed-"))
    command = "PYTHONPATH=. python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]])
    try:
        inner = UsemEncoder()
        inner.encode(["warm up: load the weights before timing"])
        recorder = RecordingEncoder(inner, work / "texts.jsonl")
        scanner = Scanner(encoder=CachedEncoder(recorder, work / "cache"))
        scanner.context.korean.tokens("모델을 불러옵니다")  # load the Korean analyser too
        base_rss = rss_mb()

        interleaved = InterleavedRaw(recorder)
        summary, cold_wall, cold_cpu, memory = cold_scan(scanner, pairs, work / "out",
                                                         interleaved)
        recorder.log.close()
        cold_peak = peak_mb()
        cues = summary.totals()["cues"]
        raw_wall, raw_cpu, raw_texts = raw_encoding(inner, work / "texts.jsonl")

        par_wall, par_memory, par_peak = parallel_scan(pairs, work, args.workers)
        raw_wall_par, _, _ = raw_encoding(inner, work / "texts.jsonl")

        clock = Clock()
        warm = scan_course(scanner, pairs, work / "out")
        warm_wall = clock.wall()
        # The encoder's own speed drifts by up to 20% from minute to minute on a shared
        # machine: time the raw encoding a second time, after the warm re-scan.
        raw_wall2, raw_cpu2, _ = raw_encoding(inner, work / "texts.jsonl")

        changed_wall = None
        if not args.skip_changed:
            clock = Clock()
            scan_course(scanner, pairs, work / "out", resume=False)
            changed_wall = clock.wall()

        check_cues, per_check = time_checks(scanner, pairs, args.check_lectures)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"command: {command}")
    print(f"course: {len(pairs)} lectures, {cues} cues ({len(summary.failed)} failed, "
          f"{len(unpaired)} unpaired), model {inner.name}, BLAS threads {inner._model.threads}")
    print(f"cold scan:   {cold_wall:7.1f} s wall, {cold_cpu:7.1f} s CPU  "
          f"-> {cues / cold_wall:6.1f} cue pairs/s  (CPU/wall {cold_cpu / cold_wall:.2f})")
    print(f"raw encoder: {raw_wall:7.1f} s wall, {raw_cpu:7.1f} s CPU  for the same {raw_texts} "
          f"texts ({raw_texts / max(cues, 1):.2f} per cue) in the same batches")
    print(f"raw encoder again: {raw_wall2:5.1f} s wall, {raw_cpu2:7.1f} s CPU  (after the warm "
          "re-scan: how much the encoder's own speed drifts)")
    print(f"raw encoder interleaved: {interleaved.raw_wall:5.1f} s wall, "
          f"{interleaved.raw_cpu:7.1f} s CPU  (each lecture's batches again, right after its scan)")
    print(f"beyond the encoder: scan / raw encoding interleaved = "
          f"{cold_wall / interleaved.raw_wall:.2f} (wall), {cold_cpu / interleaved.raw_cpu:.2f} "
          f"(CPU)   target <= 1.3")
    print(f"  against the whole-course raw passes: {cold_wall / raw_wall:.2f} and "
          f"{cold_wall / raw_wall2:.2f} (wall), {cold_cpu / raw_cpu:.2f} and "
          f"{cold_cpu / raw_cpu2:.2f} (CPU)")
    print(f"cold scan, {args.workers} worker processes: {par_wall:7.1f} s wall -> "
          f"{cues / par_wall:6.1f} cue pairs/s; raw encoding of the same texts right after: "
          f"{raw_wall_par:.1f} s wall")
    print(f"beyond the encoder, {args.workers} workers: scan / raw encoding = "
          f"{par_wall / raw_wall_par:.2f} (wall; against the pass before it "
          f"{par_wall / raw_wall:.2f})   target <= 1.3")
    print(f"memory of the {args.workers} workers: peak {par_peak:.0f} MB PSS together "
          "(the parent process apart)   target <= 2048 MB")
    print("  PSS after lectures: " + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in par_memory))
    print(f"warm re-scan (unchanged): {warm_wall:7.2f} s -> {cues / warm_wall:8.0f} cue pairs/s, "
          f"{100 * warm_wall / cold_wall:.1f}% of cold ({warm.reused} lectures re-used)"
          f"   target <= 10%")
    if changed_wall is not None:
        print(f"every lecture changed, warm embedding cache: {changed_wall:7.1f} s "
              f"-> {cues / changed_wall:6.1f} cue pairs/s ({100 * changed_wall / cold_wall:.0f}% "
              "of cold)")
    print(f"peak memory (max RSS) after the cold scan: {cold_peak:.0f} MB "
          f"(RSS before it {base_rss:.0f} MB)   target <= 2048 MB")
    print("RSS after lectures: " + ", ".join(f"{n}: {mb:.0f} MB" for n, mb in memory))
    encode_per_cue = raw_cpu / max(cues, 1)
    print(f"per check, CPU over {check_cues} cues of the first {args.check_lectures} lectures "
          f"(raw encoding: {1000 * encode_per_cue:.1f} ms CPU per cue):")
    for name, seconds in sorted(per_check.items(), key=lambda kv: -kv[1]):
        per_cue = seconds / max(check_cues, 1)
        print(f"  {name:<18} {1000 * 1000 * per_cue:8.0f} ms per 1,000 cues  "
              f"{100 * per_cue / encode_per_cue:5.1f}% of encoding")
    return 0


if __name__ == "__main__":
    sys.exit(main())

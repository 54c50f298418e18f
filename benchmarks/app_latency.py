"""Review app: time from an action to the next card, on a 2,000-cue lecture.

    python benchmarks/app_latency.py [--cues 2000] [--actions 30]

Builds a 2,000-cue lecture deterministically (benchmarks/make_course.py's cutting
of jhe-dev + the sample), scans it with the default Scanner (embedding cache in
out/app-latency-cache, so later runs skip the encoder), stores the scan in a
fresh SQLite review database, then drives review_app.py with Streamlit's AppTest:
each action (Accept, Skip, Fix, Next, Undo in turn) is a button click followed by
the rerun that draws the next card; the time of click + rerun is the latency.
This is the server side of a rerun (the script and every store read it makes);
a browser adds its own drawing time on top. Target: <= 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SEED = 20261127
ACTIONS = ("Accept", "Skip", "Fix", "Next", "Undo")


def build_lecture(folder: Path, n_cues: int) -> tuple[Path, Path]:
    import make_course

    pool = make_course.read_pool(ROOT.parent / "shared" / "data" / "jhe-dev", ROOT / "data")
    rng = random.Random(SEED)
    stream: list[tuple[str, str]] = []
    while len(stream) < 3 * n_cues // 2:  # enough sentences for n_cues cues
        order = pool[:]
        rng.shuffle(order)
        stream += order
    cues = make_course.cut_into_cues(stream, rng, n_cues)
    ko = [make_course.corrupt(k, rng, cues) if rng.random() < make_course.CORRUPT_SHARE else k
          for _, k in cues]
    times = make_course.timings(cues)
    en_path, ko_path = folder / "long.en.vtt", folder / "long.ko.vtt"
    make_course.write_subtitles(en_path, [e for e, _ in cues], times)
    make_course.write_subtitles(ko_path, ko, times)
    return en_path, ko_path


def button(app, label: str):
    return next(b for b in app.button if b.label.startswith(label))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=2000)
    parser.add_argument("--actions", type=int, default=30)
    parser.add_argument("--cache", default=str(ROOT / "out" / "app-latency-cache"))
    args = parser.parse_args()

    from streamlit.testing.v1 import AppTest

    from qa.scan import Scanner
    from qa.store import Store

    work = Path(tempfile.mkdtemp(prefix="qa-app-latency-"))
    en_path, ko_path = build_lecture(work, args.cues)
    started = time.perf_counter()
    report = Scanner(cache_dir=args.cache).scan(en_path, ko_path)
    scan_seconds = time.perf_counter() - started
    url = f"sqlite:///{work / 'review.sqlite'}"
    store = Store(url)
    store.save_scan(report, name="long")
    store.close()
    os.environ["QA_DATABASE_URL"] = url

    app = AppTest.from_file(str(ROOT / "review_app.py"), default_timeout=120)
    app.query_params["reviewer"] = "bench"
    started = time.perf_counter()
    app.run()
    first_seconds = time.perf_counter() - started
    if app.exception:
        print(f"the app failed: {app.exception}")
        return 1
    latencies: dict[str, list[float]] = {a: [] for a in ACTIONS}
    for i in range(args.actions):
        action = ACTIONS[i % len(ACTIONS)]
        started = time.perf_counter()
        button(app, action).click().run()
        latencies[action].append(time.perf_counter() - started)
        if app.exception:
            print(f"the app failed after {action}: {app.exception}")
            return 1
    every = sorted(t for ts in latencies.values() for t in ts)

    flagged = sum(1 for c in report.cues if c.flagged)
    print(f"command: PYTHONPATH=. python {' '.join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]])}")
    print(f"lecture: {len(report.cues)} cues, {flagged} flagged (scanned in {scan_seconds:.1f} s)")
    print(f"first page (store read, queue built): {first_seconds:.2f} s")
    print(f"action -> next card, {len(every)} actions: median {statistics.median(every):.3f} s, "
          f"p90 {every[int(0.9 * (len(every) - 1))]:.3f} s, max {every[-1]:.3f} s   target <= 0.5 s")
    for action, times in latencies.items():
        if times:
            print(f"  {action:<7} median {statistics.median(times):.3f} s  max {max(times):.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

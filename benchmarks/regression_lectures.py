"""Scan every labelled lecture of tests/data/scan and print what `qa eval` gives for each,
then the figures pooled over all of them.

    python benchmarks/regression_lectures.py [--only NAME ...]

These are the blind lectures after the fixes their first scans led to, so the figures are
in-sample (optimistic); the README's "now" column is this script's per-lecture line. The
held-out figures are each round's first scan, which only that round's commit reproduces.
A lecture labelled with no errors is a correct translation: its flags are false alarms,
listed by cue.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SCANS = ROOT / "tests" / "data" / "scan"


def lecture_files(only: list[str]) -> list[tuple[str, Path, Path, Path]]:
    """(name, English, Korean, labels) of every labelled lecture, by name."""
    found = []
    for labels in sorted(SCANS.glob("*.labels.csv")):
        name = labels.name[:-len(".labels.csv")]
        if only and name not in only:
            continue
        ext = "srt" if (SCANS / f"{name}.en.srt").exists() else "vtt"
        found.append((name, SCANS / f"{name}.en.{ext}", SCANS / f"{name}.ko.{ext}", labels))
    return found


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", default=[], help="lecture names (default: all)")
    args = parser.parse_args()

    from qa.evaluate import auroc, evaluate, read_labels
    from qa.scan import Scanner

    scanner = Scanner()
    started = time.perf_counter()
    risks, majors = [], []
    caught = major = real = flags = 0
    print(f"{'lecture':<20} {'cues':>4}  AUROC / recall / precision   false alarms")
    for name, english, korean, labels_path in lecture_files(args.only):
        labels = read_labels(labels_path)
        report = scanner.scan(english, korean)
        rows = [{"cue": c.pair.target.index, "risk": c.risk, "flagged": c.flagged}
                for c in report.cues]
        result = evaluate(rows, labels)
        wrong = {cue for cue, (severity, _) in labels.items() if severity}
        false_alarms = sorted(r["cue"] for r in rows if r["flagged"] and r["cue"] not in wrong)
        print(f"{name:<20} {result.cues:>4}  {fmt(result.auroc)} / {fmt(result.recall_major)} / "
              f"{fmt(result.precision)}   {false_alarms or ''}")
        for r in rows:
            is_major = labels.get(r["cue"], ("", ""))[0] == "major"
            risks.append(r["risk"])
            majors.append(is_major)
            caught += r["flagged"] and is_major
            major += is_major
            real += r["flagged"] and r["cue"] in wrong
            flags += r["flagged"]
    print(f"pooled: {caught}/{major} major errors flagged ({caught / max(major, 1):.2f}), "
          f"{real}/{flags} flags real ({real / max(flags, 1):.2f}), "
          f"AUROC {fmt(auroc(risks, majors))}   ({time.perf_counter() - started:.0f} s)")
    command = "python " + " ".join([Path(sys.argv[0]).as_posix(), *sys.argv[1:]])
    print(f"command: {command}; model {scanner.encoder.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

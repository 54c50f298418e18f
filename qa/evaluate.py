"""Measure a report against labels: AUROC of risk, recall and precision of flags.

Labels file (CSV): `cue` (1-based target cue number) and `severity`
("major", "minor", or empty / "none" for a correct cue); an optional `category`
column gives per-category figures. Cues the labels file does not list count as
correct.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from qa.errors import EvalError

LABEL_SEVERITIES = {"major", "minor", "none", ""}


@dataclass(frozen=True)
class EvalResult:
    cues: int
    major: int
    flagged: int
    auroc: float | None  # of risk for major errors against everything else
    recall_major: float | None  # share of major errors that were flagged
    precision: float | None  # share of flagged cues that have a labelled error
    per_category: dict  # category -> {"labelled": n, "flagged": k, "recall": r}


def auroc(scores: list[float], positives: list[bool]) -> float | None:
    """Probability that a random positive outranks a random negative (ties count half)."""
    pos = [s for s, p in zip(scores, positives) if p]
    neg = [s for s, p in zip(scores, positives) if not p]
    if not pos or not neg:
        return None
    ranked = sorted((s, i) for i, s in enumerate(scores))
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[ranked[k][1]] = (i + j) / 2 + 1
        i = j + 1
    rank_sum = sum(r for r, p in zip(ranks, positives) if p)
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def _read_csv(path, required: set[str], what: str) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = required - set(reader.fieldnames or [])
            if missing:
                raise EvalError(f"the {what} has no column {', '.join(sorted(missing))}; "
                                f"expected columns {', '.join(sorted(required))}", path=path)
            return list(reader)
    except FileNotFoundError:
        raise EvalError(f"no such {what}", path=path) from None
    except UnicodeDecodeError:
        raise EvalError(f"the {what} is not UTF-8 text", path=path) from None


def read_labels(path) -> dict[int, tuple[str, str]]:
    labels: dict[int, tuple[str, str]] = {}
    for line, row in enumerate(_read_csv(path, {"cue", "severity"}, "labels file"), start=2):
        try:
            cue = int(row["cue"])
        except (TypeError, ValueError):
            raise EvalError(f"cue {row['cue']!r} is not a cue number", path=path,
                            line=line) from None
        severity = (row["severity"] or "").strip().lower()
        if severity not in LABEL_SEVERITIES:
            raise EvalError(f"severity {row['severity']!r} is not major, minor or none",
                            path=path, line=line)
        labels[cue] = (severity if severity != "none" else "",
                       (row.get("category") or "").strip())
    return labels


def read_report(path) -> list[dict]:
    rows = _read_csv(path, {"cue", "risk", "flagged"}, "report")
    for line, row in enumerate(rows, start=2):
        try:
            row["cue"] = int(row["cue"])
            row["risk"] = float(row["risk"])
        except (TypeError, ValueError):
            raise EvalError("cue or risk is not a number", path=path, line=line) from None
        row["flagged"] = str(row["flagged"]).strip().lower() == "true"
    return rows


def evaluate(report_rows: list[dict], labels: dict[int, tuple[str, str]]) -> EvalResult:
    majors = [labels.get(r["cue"], ("", ""))[0] == "major" for r in report_rows]
    wrong = [labels.get(r["cue"], ("", ""))[0] in ("major", "minor") for r in report_rows]
    flagged = [r["flagged"] for r in report_rows]
    n_flagged = sum(flagged)
    n_major = sum(majors)
    per_category: dict[str, dict] = {}
    for row, is_wrong in zip(report_rows, wrong):
        category = labels.get(row["cue"], ("", ""))[1]
        if is_wrong and category:
            entry = per_category.setdefault(category, {"labelled": 0, "flagged": 0})
            entry["labelled"] += 1
            entry["flagged"] += int(row["flagged"])
    for entry in per_category.values():
        entry["recall"] = entry["flagged"] / entry["labelled"]
    return EvalResult(
        cues=len(report_rows), major=n_major, flagged=n_flagged,
        auroc=auroc([r["risk"] for r in report_rows], majors),
        recall_major=(sum(f and m for f, m in zip(flagged, majors)) / n_major
                      if n_major else None),
        precision=(sum(f and w for f, w in zip(flagged, wrong)) / n_flagged
                   if n_flagged else None),
        per_category=dict(sorted(per_category.items())),
    )


def evaluate_files(report_path, labels_path) -> EvalResult:
    if not Path(report_path).exists():
        raise EvalError("no such report; run `qa scan` first", path=report_path)
    return evaluate(read_report(report_path), read_labels(labels_path))

"""The scan report: one row per target cue, in file order.

The CSV columns cue, start, end, source, target, risk, flagged, reasons are a
public contract (other tools and the review app read them); the rest are extra.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from qa.errors import QAError
from qa.model import ScanReport
from qa.subtitles import format_timestamp

COLUMNS = ["cue", "start", "end", "source", "target", "risk", "flagged", "reasons",
           "categories", "severity", "suggestion", "source_cues", "similarity", "alignment"]
FORMATS = ("csv", "json")


def report_rows(report: ScanReport) -> list[dict]:
    rows = []
    for scored in report.cues:
        pair = scored.pair
        rows.append({
            "cue": pair.target.index,
            "start": format_timestamp(pair.target.start),
            "end": format_timestamp(pair.target.end),
            "source": pair.source_text,
            "target": pair.target.text,
            "risk": round(scored.risk, 4),
            "flagged": "true" if scored.flagged else "false",
            "reasons": "; ".join(scored.reasons),
            "categories": ";".join(scored.categories),
            "severity": scored.severity or "",
            "suggestion": scored.suggestion or "",
            "source_cues": ";".join(str(i) for i in pair.source_indices),
            "similarity": round(scored.similarity, 4),
            "alignment": pair.method,
        })
    return rows


def report_json(report: ScanReport) -> dict:
    cues = report_rows(report)
    for row, scored in zip(cues, report.cues):
        row["flagged"] = scored.flagged
        row["findings"] = [{
            "check": f.check, "category": f.category, "severity": f.severity,
            "message": f.message, "span": list(f.span) if f.span else None,
            "span_text": scored.pair.target.text[f.span[0]:f.span[1]] if f.span else None,
            "replacement": f.replacement, "weight": round(f.weight, 3),
        } for f in scored.findings]
    return {
        "source": report.source.path,
        "target": report.target.path,
        "settings": report.settings,
        "quality": report.quality,
        "cues": cues,
    }


def write_report(report: ScanReport, path, fmt: str = "csv") -> None:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "json":
            path.write_text(json.dumps(report_json(report), ensure_ascii=False, indent=1),
                            encoding="utf-8")
            return
        with path.open("w", encoding="utf-8", newline="") as fh:
            # What produced the report travels with it (sacrebleu-style signature line).
            writer = csv.DictWriter(fh, fieldnames=COLUMNS)
            writer.writeheader()
            writer.writerows(report_rows(report))
        settings_path = path.with_suffix(path.suffix + ".settings.json")
        settings_path.write_text(json.dumps({"settings": report.settings,
                                             "quality": report.quality},
                                            ensure_ascii=False, indent=1), encoding="utf-8")
    except OSError as exc:
        raise QAError(f"cannot write the report: {exc.strerror}; choose another --out path",
                      path=path) from exc

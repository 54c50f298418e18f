"""Shared scaffolding for the check tests: case files, one-cue pairs, findings as tuples.

A case file is tests/data/checks/<check>/cases.csv with one row per expected
finding of a (source, target) pair; a row whose expectation columns are empty
says the pair must raise no finding. Most checks use the columns

    source, target, category, severity, span, replacement

where span is the text the finding points at and replacement is empty for
none or <delete> for an empty string (see `finding_row`). The termbase checks
name their columns english, korean, expected_span_text, ... and pass their own
row reader and finding description.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

from qa.checks import CheckContext
from qa.model import AlignedPair, Cue, Finding

DATA = Path(__file__).parent.parent / "data" / "checks"

# Spellings of a replacement in a case file that stand for something else.
_REPLACEMENTS = {"": None, "<delete>": ""}


def read_rows(check_name: str, file_name: str = "cases.csv") -> list[dict[str, str]]:
    """The rows of tests/data/checks/<check_name>/<file_name>, as dicts by column name."""
    with open(DATA / check_name / file_name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def finding_row(row: dict[str, str]) -> tuple | None:
    """(category, severity, span text, replacement) of a row, None for a no-finding row."""
    if not row["category"]:
        return None
    replacement = _REPLACEMENTS.get(row["replacement"], row["replacement"])
    return row["category"], row["severity"], row["span"], replacement


def load_cases(check_name: str, expected_of: Callable[[dict], tuple | None] = finding_row,
               columns: tuple[str, str] = ("source", "target")) -> list:
    """pytest params (source, target, sorted expected findings), one per pair of the case file.

    Rows of the same pair are gathered in file order; `expected_of` turns a row into
    the tuple `findings_of` should produce for it, and `columns` names the source and
    target columns.
    """
    expected: dict[tuple[str, str], list[tuple]] = {}
    for row in read_rows(check_name):
        found = expected.setdefault((row[columns[0]], row[columns[1]]), [])
        finding = expected_of(row)
        if finding is not None:
            found.append(finding)
    return [pytest.param(source, target, sorted(found), id=f"{i}-{target[:20]}")
            for i, ((source, target), found) in enumerate(expected.items(), 1)]


def make_pair(source: str, target: str) -> AlignedPair:
    """One timed one-line cue of each language, aligned by time."""
    return AlignedPair(Cue(1, 0, 3000, target, target, (target,)),
                       (Cue(1, 0, 3000, source, source, (source,)),), "time")


def span_text(finding: Finding, target: str) -> str:
    """The target text a finding points at, "" for a finding without a span."""
    return target[finding.span[0]:finding.span[1]] if finding.span else ""


def describe(finding: Finding, target: str) -> tuple:
    """A finding as `finding_row` reads a case row: (category, severity, span text, replacement)."""
    return finding.category, finding.severity, span_text(finding, target), finding.replacement


def findings_of(check, source: str, target: str, ctx: CheckContext,
                described: Callable[[Finding, str], tuple] = describe) -> list[tuple]:
    """The sorted descriptions of what `check` finds in the pair (source, target)."""
    return sorted(described(f, target) for f in check(make_pair(source, target), ctx))

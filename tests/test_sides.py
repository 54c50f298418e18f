"""Sides matched by meaning (qa/sides.py): an order or a contrast the Korean turns round where
no anchor tells the sides apart. One row per case in tests/data/sides/cases.csv: the pair and
the check a finding is reported under, or nothing for a correct rendering."""

import csv
from pathlib import Path

import pytest

from qa.model import AlignedPair, Cue, Finding
from qa.scoring import Thresholds
from qa.sides import sides_crossed

CASES = list(csv.DictReader(open(Path(__file__).parent / "data" / "sides" / "cases.csv",
                                  encoding="utf-8")))
THRESHOLDS = Thresholds()


def pair(en: str, ko: str) -> AlignedPair:
    return AlignedPair(Cue(1, 0, 3000, ko, ko), (Cue(1, 0, 3000, en, en),), "time")


@pytest.mark.parametrize("case", CASES, ids=[f"{c['check'] or 'correct'}-{k}"
                                             for k, c in enumerate(CASES)])
def test_crossed_sides_are_reported_under_their_check(encoder, case):
    found = sides_crossed([pair(case["source"], case["target"])], encoder, THRESHOLDS, [[]])[0]
    assert [f.check for f in found] == ([case["check"]] if case["check"] else [])
    assert all(f.severity == "major" and "by meaning" in f.message for f in found)


def test_a_cue_the_check_already_flagged_gets_no_second_finding(encoder):
    crossed = CASES[0]
    assert crossed["check"] == "step_order"
    already = Finding("step_order", "accuracy/mistranslation", "major", "turned round")
    assert sides_crossed([pair(crossed["source"], crossed["target"])], encoder, THRESHOLDS,
                         [[already]]) == [[]]


def test_nothing_is_embedded_for_a_lecture_without_sides():
    class NoEncoder:
        def encode(self, texts):
            raise AssertionError("nothing to embed")

    assert sides_crossed([pair("It works.", "잘 돼요.")], NoEncoder(), THRESHOLDS, [[]]) == [[]]

"""The swapped_sentences file check on two-cue lectures in
tests/data/checks/swapped_sentences/ (`ctx`, conftest.py, has the default termbase)."""

import pytest

from qa.checks.swapped_sentences import check
from tests.checks.test_consistency import lecture


@pytest.mark.parametrize("name, flagged", [
    ("swapped.csv", [1, 2]),
    ("in_order.csv", []),
    # one English sentence over two cues: Korean may move its words between them
    ("one_sentence.csv", []),
    # steps numbered alike in both languages: one step under the other's number is enough
    ("numbered_one_side.csv", [1, 2]),
    ("unnumbered_one_side.csv", []),
])
def test_two_sentences_whose_korean_says_each_others_english(ctx, name, flagged):
    pairs = lecture(name, "swapped_sentences")
    results = check(pairs, ctx)
    assert [pairs[i].target.index for i, found in enumerate(results) if found] == flagged
    assert all(f.severity == "major" and f.category == "accuracy/mistranslation"
               for found in results for f in found)

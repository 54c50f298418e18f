"""The consistency file check on small lectures in tests/data/checks/consistency/.

`ctx` (conftest.py) has the default termbase and the Korean analyser.
"""

import pytest

from qa.checks import CheckContext
from qa.checks.consistency import check, dominant_level
from qa.model import AlignedPair, Cue
from tests.checks.cases import read_rows


def lecture(name: str, check: str = "consistency") -> list[AlignedPair]:
    """A lecture of one-line cues 3 s apart from a file of english,korean rows under
    tests/data/checks/<check>/."""
    return [AlignedPair(Cue(i, i * 3000, i * 3000 + 2500, r["korean"], r["korean"]),
                        (Cue(i, i * 3000, i * 3000 + 2500, r["english"], r["english"]),), "time")
            for i, r in enumerate(read_rows(check, name), 1)]


def summary(pairs, results):
    return [(pairs[i].target.index, f.category, pairs[i].target.text[f.span[0]:f.span[1]],
             f.replacement, f.weight)
            for i, found in enumerate(results) for f in found]


def test_minority_approved_rendering_is_flagged_with_counts(ctx):
    pairs = lecture("renderings.csv")
    results = check(pairs, ctx)
    assert summary(pairs, results) == [(4, "terminology", "웨이트예요", "가중치예요", 0.3)]
    assert results[3][0].message == ('"weight" is rendered several ways in this lecture '
                                     "(가중치 ×3, 웨이트 ×1, 무게 ×1); use one, e.g. 가중치")
    assert results[3][0].severity == "minor"


def test_a_term_inside_a_product_name_is_not_a_rendering(ctx):
    pairs = lecture("product_name.csv")  # "Label Studio" is not 레이블 Studio
    assert summary(pairs, check(pairs, ctx)) == []


def test_a_wrong_rendering_alone_is_left_to_the_terminology_check(ctx):
    pairs = lecture("one_rendering.csv")
    assert summary(pairs, check(pairs, ctx)) == []


def test_cues_off_the_dominant_polite_level_are_flagged(ctx):
    pairs = lecture("speech_levels.csv")
    results = check(pairs, ctx)
    assert summary(pairs, results) == [(7, "fluency", "커", None, 0.65),
                                       (8, "style", "겁니다", None, 0.15)]
    assert results[7][0].message == ("speech level 합니다체 differs from the lecture's 해요체 "
                                     "(7 of 9 cues)")


def test_banmal_said_to_the_audience_is_a_fluency_error(ctx):
    # 안 돼. and 쉬자. speak to the viewers in 반말: the translation slipped, and so do 하지 마.
    # before a trailing reason and 알려 줘야 해. after a quotation; a toast, a child or friend
    # called by name, a question asked of oneself, a sentence trailing off and a run of
    # elliptical questions are only style findings
    results = check(lecture("talking_down.csv"), ctx)
    assert [(i, f.category, f.severity) for i, found in enumerate(results, 1) for f in found] == [
        (7, "fluency", "major"), (8, "fluency", "major"), (9, "style", "minor"),
        (10, "style", "minor"), (11, "style", "minor"), (12, "style", "minor"),
        (13, "fluency", "major"), (14, "fluency", "major"), (15, "style", "minor")]
    assert results[6][0].message == ("the cue speaks to the audience in 반말 in a lecture "
                                     "spoken in 해요체 (22 of 31 cues): say it as the lecture does")


def test_a_sentence_in_written_plain_style_is_a_fluency_error_unless_quoted(ctx):
    # 한다체 in a 해요체 lecture flags; the same ending in a quotation or in 란다 (a voice
    # talking to a child) is someone else's voice: only a style finding (커 is 반말 said to
    # the audience: see below)
    pairs = lecture("plain_written.csv")
    results = check(pairs, ctx)
    assert [(i, f.category, f.severity) for i, found in enumerate(results, 1) for f in found] == [
        (7, "fluency", "major"), (9, "style", "minor"), (10, "fluency", "major")]
    assert results[6][0].message == ("the cue ends in written 한다체 in a lecture spoken in "
                                     "해요체 (7 of 10 cues): say it as the lecture does")


def test_a_saying_announced_by_a_colon_is_quoted_in_plain_style(ctx):
    # "it's this: coverage beats rank." quotes a saying, which Korean writes in 한다체; the
    # same words without the colon, or after a colon that announces no saying ("To sum up:"),
    # are the lecturer's own sentence, a slip
    results = check(lecture("saying_after_colon.csv"), ctx)
    assert [(i, f.category, f.severity) for i, found in enumerate(results, 1) for f in found] == [
        (7, "style", "minor"), (8, "fluency", "major"), (9, "fluency", "major")]


def test_narration_in_plain_style_is_not_judged(ctx):
    pairs = lecture("narration.csv")
    assert summary(pairs, check(pairs, ctx)) == []


@pytest.mark.parametrize("levels, expected", [
    (["haeyo"] * 7 + ["banmal", "hamnida"], ("haeyo", 7, 9)),
    (["haeyo"] * 5 + [None] * 5, None),  # too few cues with an ending
    (["haeyo"] * 4 + ["hamnida"] * 4, None),  # no clear winner
])
def test_dominant_level(levels, expected):
    assert dominant_level(levels) == expected


def test_without_analyser_nothing_is_found():
    pairs = lecture("speech_levels.csv")
    assert check(pairs, CheckContext()) == [[] for _ in pairs]

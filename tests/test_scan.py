"""Scanning a whole lecture: a correct translation in the product's domain stays quiet."""

from pathlib import Path

import pytest

from qa.evaluate import read_labels
from qa.scan import Scanner

DATA = Path(__file__).parent / "data" / "scan"


@pytest.fixture(scope="module")
def scanner(encoder):
    return Scanner(encoder=encoder, cache_dir=False)


@pytest.fixture(scope="module")
def report(scanner):
    # A fine-tuning lecture we translated by hand the way Korean tech subtitles are written:
    # terms in Latin script or the usual loanword, numbers in Korean units, cues cut
    # mid-sentence. Written before the tool was run on it; nothing was changed afterwards.
    return scanner.scan(DATA / "finetuning.en.vtt", DATA / "finetuning.ko.vtt")


def test_no_rule_check_objects_to_a_correct_translation(report):
    content = [(c.pair.target.index, f.check, f.message) for c in report.cues for f in c.findings
               if f.check != "semantic" and f.category != "style"]
    assert content == []


def test_a_correct_translation_is_not_flagged(report):
    flagged = [c.pair.target.index for c in report.cues if c.flagged]
    # 33 "See you there." -> 그럼 다음 강의에서 뵙겠습니다 ("see you in the next lecture"):
    # the free rendering of a three-word cue is more than the embedding can follow.
    assert set(flagged) <= {33}


def test_the_errors_of_a_machine_translated_lecture_are_flagged_and_nothing_else(scanner):
    # A RAG lecture with ten errors of the kinds machine translation makes (a false friend
    # for a term, a changed number, a lost name or version, a dropped negation, another
    # sentence, a cut-off cue), listed in rag.labels.csv; the other 24 cues are correct.
    report = scanner.scan(DATA / "rag.en.vtt", DATA / "rag.ko.vtt")
    flagged = {c.pair.target.index for c in report.cues if c.flagged}
    assert flagged == set(read_labels(DATA / "rag.labels.csv"))

"""qa eval: metrics and the labelled-file errors."""

from pathlib import Path

import pytest

from qa.cli import main
from qa.errors import EvalError
from qa.evaluate import auroc, evaluate_files

DATA = Path(__file__).parent / "data" / "evaluate"


@pytest.mark.parametrize("scores, positives, expected", [
    ([0.9, 0.1], [True, False], 1.0),
    ([0.1, 0.9], [True, False], 0.0),
    ([0.5, 0.5], [True, False], 0.5),
    ([0.9, 0.8, 0.2, 0.6, 0.1], [True, False, True, False, False], 4 / 6),
    ([0.3, 0.4], [True, True], None),
])
def test_auroc(scores, positives, expected):
    assert auroc(scores, positives) == (pytest.approx(expected) if expected is not None else None)


def test_metrics_of_a_report_against_labels():
    result = evaluate_files(DATA / "report.csv", DATA / "labels.csv")
    assert (result.cues, result.major, result.flagged) == (5, 2, 3)
    # Majors are cues 1 and 3: cue 1 outranks all three negatives, cue 3 outranks one.
    assert result.auroc == pytest.approx(4 / 6)
    assert result.recall_major == pytest.approx(0.5)
    assert result.precision == pytest.approx(2 / 3)  # cues 1 and 4 are wrong, cue 2 is not
    assert result.per_category == {
        "numbers": {"labelled": 1, "flagged": 1, "recall": 1.0},
        "style": {"labelled": 1, "flagged": 1, "recall": 1.0},
        "terminology": {"labelled": 1, "flagged": 0, "recall": 0.0},
    }


@pytest.mark.parametrize("labels, message", [
    ("labels_bad_severity.csv", "labels_bad_severity.csv, line 2: severity 'critical' is not "
                                "major, minor or none"),
    ("labels_no_severity.csv", "labels_no_severity.csv: the labels file has no column severity; "
                               "expected columns cue, severity"),
    ("labels_bad_cue.csv", "labels_bad_cue.csv, line 2: cue 'one' is not a cue number"),
    ("missing.csv", "missing.csv: no such labels file"),
])
def test_bad_labels_are_one_clear_error(labels, message):
    with pytest.raises(EvalError) as err:
        evaluate_files(DATA / "report.csv", DATA / labels)
    assert str(err.value) == f"{DATA}/{message}"


def test_cli_prints_the_figures(capsys):
    code = main(["eval", "--labels", str(DATA / "labels.csv"), "--report", str(DATA / "report.csv")])
    out = capsys.readouterr().out
    assert code == 0
    assert "AUROC (risk, major errors)   0.667" in out
    assert "recall of major errors       0.500" in out
    assert "precision of flags           0.667" in out


def test_cli_bad_labels_exit_2_with_one_error_line(capsys):
    code = main(["eval", "--labels", str(DATA / "labels_bad_cue.csv"),
                 "--report", str(DATA / "report.csv")])
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"Error: {DATA}/labels_bad_cue.csv, line 2: cue 'one' is not a cue number\n"

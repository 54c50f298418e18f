"""Deterministic corruptions of the jhe-dev corpus, scanned and scored like lectures.

    python benchmarks/jhe_corruptions.py [--data ../shared/data/jhe-dev] [--out out/jhe]
                                         [--split-share 0.33]

Builds 12 "lectures" of 60 sentence pairs each as VTT files (a third of the
sentences split into two cues at proportional word positions, as subtitle
cues are, which also creates realistic boundary shifts; `--split-share 0`
gives one cue per sentence), corrupts about 30% of
the Korean cues (wrong sentence, truncation, changed number, dropped negation,
swapped term, added words), writes labels.csv per lecture, scans every lecture with the
default Scanner and prints AUROC, recall of major errors and precision of
flags, overall and per corruption. Same seed, same files, same figures.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED = 20261126
LECTURE_SIZE = 60
CORRUPT_SHARE = 0.3
SPLIT_SHARE = 1 / 3  # sentences split into two cues
KINDS = ("wrong_sentence", "truncation", "changed_number", "dropped_negation", "swapped_term",
         "addition")
CATEGORY = {"wrong_sentence": "accuracy/mistranslation", "truncation": "omission",
            "changed_number": "numbers", "dropped_negation": "accuracy/mistranslation",
            "swapped_term": "accuracy/mistranslation", "addition": "addition"}

NEGATION = [(re.compile(r"지\s*않"), ""), (re.compile(r"(^|\s)안\s+"), r"\1"),
            (re.compile(r"(^|\s)못\s+"), r"\1"), (re.compile(r"없"), "있"),
            (re.compile(r"지\s*못"), ""), (re.compile(r"지\s*마"), "")]


@dataclass
class Lecture:
    name: str
    en: list[str] = field(default_factory=list)
    ko: list[str] = field(default_factory=list)
    labels: dict[int, str] = field(default_factory=dict)  # 1-based cue -> corruption kind


def split_in_two(en: str, ko: str) -> list[tuple[str, str]]:
    """Split a pair at proportional word positions, the way cue boundaries fall."""
    ew, kw = en.split(), ko.split()
    if len(ew) < 8 or len(kw) < 4:
        return [(en, ko)]
    e_cut, k_cut = len(ew) // 2, max(1, round(len(kw) * 0.5))
    return [(" ".join(ew[:e_cut]), " ".join(kw[:k_cut])),
            (" ".join(ew[e_cut:]), " ".join(kw[k_cut:]))]


def corrupt(kind: str, ko: str, rng: random.Random, pool: list[str], nouns) -> str | None:
    """The corrupted Korean, or None when this sentence cannot take this corruption."""
    if kind == "wrong_sentence":
        return rng.choice(pool)
    if kind == "truncation":
        words = ko.split()
        if len(words) < 5:
            return None
        return " ".join(words[: max(1, round(len(words) * rng.uniform(0.3, 0.5)))])
    if kind == "changed_number":
        numbers = list(re.finditer(r"\d+", ko))
        if not numbers:
            return None
        m = rng.choice(numbers)
        value = int(m.group())
        new = value * 10 if rng.random() < 0.5 else value + rng.randint(1, 9)
        return ko[: m.start()] + str(new) + ko[m.end():]
    if kind == "dropped_negation":
        for pattern, repl in NEGATION:
            if pattern.search(ko):
                return pattern.sub(repl, ko, count=1)
        return None
    if kind == "swapped_term":
        candidates = [t for t in nouns(ko) if len(t.form) >= 2]
        if not candidates:
            return None
        token = rng.choice(candidates)
        others = [n for n in pool_nouns(pool, nouns, rng) if n != token.form]
        if not others:
            return None
        return ko[: token.start] + rng.choice(others) + ko[token.start + token.len:]
    if kind == "addition":
        # The closing words of another sentence, about half as many words as the cue has
        # (so every length of cue can take one), after the cue or (less often) before it.
        extra = rng.choice(pool).split()
        size = max(2, round(len(ko.split()) * rng.uniform(0.4, 0.8)))
        added = " ".join(extra[-size:])
        return f"{ko.strip()} {added}" if rng.random() < 0.7 else f"{added} {ko.strip()}"
    raise ValueError(kind)


def pool_nouns(pool: list[str], nouns, rng: random.Random) -> list[str]:
    sample = rng.sample(pool, min(5, len(pool)))
    return [t.form for s in sample for t in nouns(s) if len(t.form) >= 2]


def build_lectures(en_lines: list[str], ko_lines: list[str], seed: int = SEED,
                   split_share: float = SPLIT_SHARE) -> list[Lecture]:
    from kiwipiepy import Kiwi

    kiwi = Kiwi()

    def nouns(text):
        return [t for t in kiwi.tokenize(text) if t.tag == "NNG"]

    rng = random.Random(seed)
    lectures = []
    for start in range(0, len(en_lines), LECTURE_SIZE):
        lecture = Lecture(name=f"jhe{start // LECTURE_SIZE + 1:02d}")
        en_chunk, ko_chunk = en_lines[start:start + LECTURE_SIZE], ko_lines[start:start + LECTURE_SIZE]
        pool = ko_lines[:start] + ko_lines[start + LECTURE_SIZE:]
        for en, ko in zip(en_chunk, ko_chunk):
            parts = split_in_two(en, ko) if rng.random() < split_share else [(en, ko)]
            for en_part, ko_part in parts:
                lecture.en.append(en_part)
                if rng.random() < CORRUPT_SHARE:
                    for kind in rng.sample(KINDS, len(KINDS)):
                        bad = corrupt(kind, ko_part, rng, pool, nouns)
                        if bad is not None and bad.strip() != ko_part.strip():
                            lecture.labels[len(lecture.en)] = kind
                            ko_part = bad
                            break
                lecture.ko.append(ko_part)
        lectures.append(lecture)
    return lectures


def _ts(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def write_vtt(path: Path, texts: list[str], timing_texts: list[str]) -> None:
    """Both files of a lecture share timings (taken from the English), as MT output does."""
    lines, t = ["WEBVTT", ""], 0
    for text, timing_text in zip(texts, timing_texts):
        duration = 1500 + 60 * len(timing_text)
        lines += [f"{_ts(t)} --> {_ts(t + duration)}", text or "-", ""]
        t += duration + 200
    path.write_text("\n".join(lines), encoding="utf-8")


def write_lecture(lecture: Lecture, out: Path) -> tuple[Path, Path, Path]:
    out.mkdir(parents=True, exist_ok=True)
    en, ko, labels = (out / f"{lecture.name}.en.vtt", out / f"{lecture.name}.ko.vtt",
                      out / f"{lecture.name}.labels.csv")
    write_vtt(en, lecture.en, lecture.en)
    write_vtt(ko, lecture.ko, lecture.en)
    with labels.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["cue", "severity", "category", "corruption"])
        for cue, kind in sorted(lecture.labels.items()):
            writer.writerow([cue, "major", CATEGORY[kind], kind])
    return en, ko, labels


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "jhe-dev"))
    parser.add_argument("--out", default=str(ROOT / "out" / "jhe"))
    parser.add_argument("--model", default=None)
    parser.add_argument("--split-share", type=float, default=SPLIT_SHARE,
                        help="share of sentences split into two cues (0: one cue per sentence)")
    args = parser.parse_args()

    from qa.evaluate import evaluate, read_labels
    from qa.report import report_rows, write_report
    from qa.scan import Scanner

    data = Path(args.data)
    en_lines = (data / "jhe-dev.en").read_text(encoding="utf-8").splitlines()
    ko_lines = (data / "jhe-dev.ko").read_text(encoding="utf-8").splitlines()
    lectures = build_lectures(en_lines, ko_lines, split_share=args.split_share)
    scanner = Scanner(model=args.model)
    all_rows, all_labels, kinds = [], {}, {}
    offset = 0
    for lecture in lectures:
        en, ko, labels_path = write_lecture(lecture, Path(args.out))
        report = scanner.scan(en, ko)
        write_report(report, Path(args.out) / f"{lecture.name}.report.csv")
        for row in report_rows(report):
            row = dict(row, cue=row["cue"] + offset, risk=float(row["risk"]),
                       flagged=row["flagged"] == "true")
            all_rows.append(row)
        for cue, label in read_labels(labels_path).items():
            all_labels[cue + offset] = label
            kinds[cue + offset] = lecture.labels[cue]
        offset += len(lecture.ko)
    result = evaluate(all_rows, all_labels)
    print(f"command: python benchmarks/jhe_corruptions.py  (model {scanner.encoder.name}, "
          f"seed {SEED}, split share {args.split_share:.2f})")
    print(f"cues {result.cues}, corrupted {result.major}, flagged {result.flagged}")
    print(f"AUROC {result.auroc:.3f}  recall(major) {result.recall_major:.3f}  "
          f"precision {result.precision:.3f}")
    flagged = {r["cue"]: r["flagged"] for r in all_rows}
    for kind in KINDS:
        cues = [c for c, k in kinds.items() if k == kind]
        if cues:
            hit = sum(flagged[c] for c in cues)
            print(f"  {kind:<18} {hit:>4}/{len(cues):<4} flagged ({hit / len(cues):.2f})")
    clean = [c for c in flagged if c not in kinds]
    print(f"  {'correct cues':<18} {sum(flagged[c] for c in clean):>4}/{len(clean):<4} flagged")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build a synthetic course of machine-translated lectures, deterministically.

    python benchmarks/make_course.py [--cues 20000] [--out out/course]

Writes OUT/en/lectureNNN.en.vtt and OUT/ko/lectureNNN.ko.vtt (every tenth lecture
as .srt) from the jhe-dev corpus (720 human translations) and the sample lecture.

Each lecture is a seeded shuffle of the sentence pairs read as one running text
and cut into subtitle cues of 5-14 English words, the Korean cut at the same
relative positions (so cue boundaries fall mid-sentence, as they do in real
subtitles, and almost every cue text is unique: the embedding cache does not
flatter a cold scan). Source and target share timings, as machine-translated
files do. About 10% of the Korean cues are corrupted (another cue's text,
truncation, changed number) so that checks and scoring see realistic flag rates.
Same seed and inputs, same files.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED = 20261126
LECTURE_CUES = (120, 320)  # cues per lecture, drawn uniformly
CORRUPT_SHARE = 0.1
SRT_EVERY = 10  # every tenth lecture is written as SRT


def read_pool(jhe_dir: Path, sample_dir: Path) -> list[tuple[str, str]]:
    """(english, korean) sentence pairs: jhe-dev lines, then the sample's cue pairs."""
    from qa.subtitles import read_subtitles

    en = (jhe_dir / "jhe-dev.en").read_text(encoding="utf-8").splitlines()
    ko = (jhe_dir / "jhe-dev.ko").read_text(encoding="utf-8").splitlines()
    pool = [(e.strip(), k.strip()) for e, k in zip(en, ko) if e.strip() and k.strip()]
    s_en = read_subtitles(sample_dir / "sample.en.vtt").cues
    s_ko = read_subtitles(sample_dir / "sample.ko.vtt").cues
    pool += [(e.text, k.text) for e, k in zip(s_en, s_ko) if e.text and k.text]
    return pool


def cut_into_cues(pairs: list[tuple[str, str]], rng: random.Random,
                  n_cues: int) -> list[tuple[str, str]]:
    """Read the pairs as one running text and cut n_cues cues at proportional positions."""
    cues: list[tuple[str, str]] = []
    for en, ko in pairs:
        ew, kw = en.split(), ko.split()
        e_pos = k_pos = 0
        while e_pos < len(ew) and len(cues) < n_cues:
            e_next = min(len(ew), e_pos + rng.randint(5, 14))
            if len(ew) - e_next < 3:  # no tiny tail cue
                e_next = len(ew)
            k_next = len(kw) if e_next == len(ew) else max(
                k_pos + 1, min(len(kw) - 1, round(len(kw) * e_next / len(ew))))
            cues.append((" ".join(ew[e_pos:e_next]), " ".join(kw[k_pos:k_next])))
            e_pos, k_pos = e_next, k_next
        if len(cues) >= n_cues:
            break
    return cues


def corrupt(ko: str, rng: random.Random, others: list[tuple[str, str]]) -> str:
    """One deterministic corruption of a Korean cue."""
    kind = rng.choice(("wrong_cue", "truncation", "changed_number"))
    numbers = list(re.finditer(r"\d+", ko))
    if kind == "changed_number" and numbers:
        m = rng.choice(numbers)
        return ko[:m.start()] + str(int(m.group()) * 10 + 1) + ko[m.end():]
    words = ko.split()
    if kind == "truncation" and len(words) >= 4:
        return " ".join(words[:len(words) // 2])
    return rng.choice(others)[1]


def _timestamp(ms: int, sep: str) -> str:
    return (f"{ms // 3_600_000:02d}:{ms // 60_000 % 60:02d}:{ms // 1000 % 60:02d}"
            f"{sep}{ms % 1000:03d}")


def timings(cues: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Shared (start, end) ms per cue, paced by the English length."""
    out, t = [], 500
    for en, _ in cues:
        duration = 1200 + 55 * len(en)
        out.append((t, t + duration))
        t += duration + 120
    return out


def write_subtitles(path: Path, texts: list[str], times: list[tuple[int, int]]) -> None:
    if path.suffix == ".srt":
        blocks = [f"{i}\n{_timestamp(a, ',')} --> {_timestamp(b, ',')}\n{text}\n"
                  for i, (text, (a, b)) in enumerate(zip(texts, times), 1)]
        content = "\n".join(blocks)
    else:
        blocks = [f"{_timestamp(a, '.')} --> {_timestamp(b, '.')}\n{text}\n"
                  for text, (a, b) in zip(texts, times)]
        content = "WEBVTT\n\n" + "\n".join(blocks)
    path.write_text(content, encoding="utf-8")


def build_course(out: Path, total_cues: int, pool: list[tuple[str, str]],
                 seed: int = SEED) -> tuple[int, int]:
    """Write lectures until total_cues is reached; returns (lectures, cues)."""
    rng = random.Random(seed)
    for side in ("en", "ko"):
        (out / side).mkdir(parents=True, exist_ok=True)
        for old in (out / side).glob("lecture*.*"):  # a smaller earlier build leaves extras
            old.unlink()
    lectures = cues_written = 0
    while cues_written < total_cues:
        lectures += 1
        n_cues = rng.randint(*LECTURE_CUES)
        order = pool[:]
        rng.shuffle(order)
        cues = cut_into_cues(order, rng, n_cues)
        ko = [corrupt(k, rng, cues) if rng.random() < CORRUPT_SHARE else k for _, k in cues]
        ext = "srt" if lectures % SRT_EVERY == 0 else "vtt"
        times = timings(cues)
        write_subtitles(out / "en" / f"lecture{lectures:03d}.en.{ext}", [e for e, _ in cues], times)
        write_subtitles(out / "ko" / f"lecture{lectures:03d}.ko.{ext}", ko, times)
        cues_written += len(cues)
    return lectures, cues_written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jhe", default=str(ROOT.parent / "shared" / "data" / "jhe-dev"))
    parser.add_argument("--sample", default=str(ROOT / "data"))
    parser.add_argument("--out", default=str(ROOT / "out" / "course"))
    parser.add_argument("--cues", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    pool = read_pool(Path(args.jhe), Path(args.sample))
    lectures, cues = build_course(Path(args.out), args.cues, pool, args.seed)
    print(f"{lectures} lectures, {cues} cues: {args.out}/en, {args.out}/ko "
          f"(seed {args.seed}, {len(pool)} sentence pairs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

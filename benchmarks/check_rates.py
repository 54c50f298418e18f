"""How often each rule check fires on correct pairs, how often it catches corruptions,
and what it flags in the sample lecture.

    cd /work/main && PYTHONPATH=. python benchmarks/check_rates.py [--no-kiwi] [--show CHECK]

* False-positive rate: share of the 720 correct jhe-dev pairs (one sentence each)
  with at least one finding of the check.
* Detection rate, for two deterministic corruptions of the Korean side:
  - dropped negation: the Korean negation of a pair whose English is negated is
    removed by surface rewriting (안/못 deleted, -지 않다 -> -다, 없다 -> 있다,
    아니다 -> 이다, 모르다 -> 알다);
  - changed number: the first Arabic number of a Korean sentence is multiplied by 10.
* The sample lecture's findings, cue by cue.

Subtitle-form rules are meaningless on untimed sentences; they are shown on the sample.
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import lru_cache
from pathlib import Path

from qa.checks import CheckContext
from qa.checks import names, numbers_mismatch, polarity, subtitle_form, target_language, untranslated
from qa.model import AlignedPair, Cue

PAIR_CHECKS = {
    "numbers_mismatch": numbers_mismatch.check,
    "names": names.check,
    "untranslated": untranslated.check,
    "target_language": target_language.check,
    "polarity": polarity.check,
}
JHE = Path("/work/shared/data/jhe-dev")
SAMPLE = Path(__file__).resolve().parent.parent / "data"

# Ordered rewrites that take the negation out of a Korean sentence.
NEGATION_REMOVALS = [
    (re.compile(r"(?<![가-힣])(?:안|못)\s"), ""),
    (re.compile(r"지\s?않았"), "었"),
    (re.compile(r"지\s?않는다"), "는다"),
    (re.compile(r"지\s?않(?=[아으은을는고])"), ""),
    (re.compile(r"지\s?못했"), "었"),
    (re.compile(r"지\s?못하"), "하"),
    (re.compile(r"지\s?마"), ""),
    (re.compile(r"없"), "있"),
    (re.compile(r"아니(?=[다었라고며요])"), "이"),
    (re.compile(r"아닌"), "인"),
    (re.compile(r"모르"), "알"),
    (re.compile(r"몰랐"), "알았"),
]


class KiwiTokens:
    """Stand-in for qa.korean.KoreanAnalyzer: Kiwi loaded once, tokens cached."""

    def __init__(self):
        from kiwipiepy import Kiwi
        self._kiwi = Kiwi()
        self.tokens = lru_cache(maxsize=4096)(self._kiwi.tokenize)


def make_pair(en: str, ko: str, index: int = 1) -> AlignedPair:
    target = Cue(index, 0, 3000, ko, ko, (ko,))
    source = Cue(index, 0, 3000, en, en, (en,))
    return AlignedPair(target, (source,), "time")


def drop_negation(ko: str) -> str | None:
    for pattern, repl in NEGATION_REMOVALS:
        if pattern.search(ko):
            return pattern.sub(repl, ko, count=1)
    return None


def change_number(ko: str) -> str | None:
    m = re.search(r"\d+", ko)
    return None if m is None else ko[:m.start()] + str(int(m.group()) * 10) + ko[m.end():]


def jhe_pairs() -> list[tuple[str, str]]:
    en = (JHE / "jhe-dev.en").read_text(encoding="utf-8").splitlines()
    ko = (JHE / "jhe-dev.ko").read_text(encoding="utf-8").splitlines()
    return list(zip(en, ko))


def firing_rates(pairs, ctx, show: str | None) -> None:
    print(f"False-positive rate on {len(pairs)} correct jhe-dev pairs:")
    for name, check in PAIR_CHECKS.items():
        fired = []
        for i, (en, ko) in enumerate(pairs, 1):
            found = check(make_pair(en, ko, i), ctx)
            if found:
                fired.append((i, en, ko, found))
        print(f"  {name:18s} {len(fired):4d} / {len(pairs)} = {len(fired) / len(pairs):.1%}")
        if show == name:
            for i, en, ko, found in fired:
                print(f"    #{i} {en}\n        {ko}\n        -> {[f.message for f in found]}")


def detection(pairs, ctx, name: str, corrupt, eligible) -> None:
    check = PAIR_CHECKS[name]
    corrupted = [(en, bad) for en, ko in pairs if eligible(en, ko)
                 and (bad := corrupt(ko)) is not None and bad != ko]
    caught = sum(1 for en, bad in corrupted if check(make_pair(en, bad), ctx))
    rate = caught / len(corrupted) if corrupted else 0.0
    print(f"  {name:18s} caught {caught} / {len(corrupted)} = {rate:.1%}")


def sample_findings(ctx) -> None:
    from qa.align import align_cues
    from qa.subtitles import read_subtitles
    source = read_subtitles(SAMPLE / "sample.en.vtt", role="source")
    target = read_subtitles(SAMPLE / "sample.ko.vtt", role="target")
    pairs = align_cues(source.cues, target.cues)
    checks = dict(PAIR_CHECKS, subtitle_form=subtitle_form.check)
    print("\nSample lecture findings (subtitle_form: only counts):")
    counts = {}
    for pair in pairs:
        for name, check in checks.items():
            found = check(pair, ctx)
            counts[name] = counts.get(name, 0) + bool(found)
            if name == "subtitle_form":
                continue
            for f in found:
                text = pair.target.text[f.span[0]:f.span[1]] if f.span else ""
                print(f"  cue {pair.target.index:2d} {name}: {f.message} "
                      f"[{text!r} -> {f.replacement!r}, w={f.weight}]")
    timing = subtitle_form.check_timing(pairs, ctx)
    print("  cues flagged per check:", counts, "| timing:", sum(1 for t in timing if t))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-kiwi", action="store_true", help="surface patterns only")
    parser.add_argument("--show", help="print the correct pairs this check flags")
    args = parser.parse_args()
    ctx = CheckContext(korean=None if args.no_kiwi else KiwiTokens())
    pairs = jhe_pairs()
    firing_rates(pairs, ctx, args.show)
    print("Detection on corrupted jhe-dev pairs:")
    detection(pairs, ctx, "polarity", drop_negation,
              lambda en, ko: polarity.english_negated(en))
    detection(pairs, ctx, "numbers_mismatch", change_number,
              lambda en, ko: re.search(r"\d", en) is not None)
    sample_findings(ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())

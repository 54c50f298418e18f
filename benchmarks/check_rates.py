"""How often each rule check fires on correct pairs, how often it catches corruptions,
and what it flags in the sample lecture.

    python benchmarks/check_rates.py [--no-kiwi] [--show CHECK]

Every check registered in qa.checks (PAIR_CHECKS and FILE_CHECKS) is measured,
with the context a scan builds (qa.scan.build_context: default termbase, Korean
analyser, default subtitle-form rules).

* False-positive rate: share of the 720 correct jhe-dev pairs (one sentence each)
  with at least one finding of the check. File checks see the 720 pairs as one
  lecture of back-to-back 3-second cues.
* Detection rate, for two deterministic corruptions of the Korean side:
  - dropped negation: the Korean negation of a pair whose English is negated is
    removed by surface rewriting (안/못 deleted, -지 않다 -> -다, 없다 -> 있다,
    아니다 -> 이다, 모르다 -> 알다);
  - changed number: the first Arabic number of a Korean sentence is multiplied by 10.
* The sample lecture's findings, cue by cue.

Subtitle-form rules judge timing and line length, which untimed sentences do not
have: their jhe-dev rows are printed but marked, and on the sample only counted.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from pathlib import Path

from qa.checks import FILE_CHECKS, PAIR_CHECKS, CheckContext, polarity
from qa.model import AlignedPair, Cue, Finding
from qa.scan import build_context

JHE = Path(__file__).resolve().parents[2] / "shared" / "data" / "jhe-dev"  # beside the repo
SAMPLE = Path(__file__).resolve().parent.parent / "data"
CUE_MS = 3000
# Checks of subtitle form: on untimed sentences they measure the made-up timing.
FORM_CHECKS = {"subtitle_form", "subtitle_timing"}

# Ordered rewrites that take the negation out of a Korean sentence.
NEGATION_REMOVALS = [(re.compile(pattern), replacement) for pattern, replacement in [
    (r"(?<![가-힣])(?:안|못)\s", ""),
    (r"지\s?않았", "었"),
    (r"지\s?않는다", "는다"),
    (r"지\s?않(?=[아으은을는고])", ""),
    (r"지\s?못했", "었"),
    (r"지\s?못하", "하"),
    (r"지\s?마", ""),
    (r"없", "있"),
    (r"아니(?=[다었라고며요])", "이"),
    (r"아닌", "인"),
    (r"모르", "알"),
    (r"몰랐", "알았"),
]]


def make_pair(en: str, ko: str, index: int = 1) -> AlignedPair:
    """Cue `index` of a lecture of back-to-back 3-second cues, one line in each language."""
    start = (index - 1) * CUE_MS
    target = Cue(index, start, start + CUE_MS, ko, ko, (ko,))
    source = Cue(index, start, start + CUE_MS, en, en, (en,))
    return AlignedPair(target, (source,), "time")


def findings_per_pair(name: str, pairs: list[AlignedPair],
                      ctx: CheckContext) -> list[list[Finding]]:
    """What the registered check `name` finds in each pair, pair check or file check alike."""
    if name in PAIR_CHECKS:
        return [PAIR_CHECKS[name](pair, ctx) for pair in pairs]
    return FILE_CHECKS[name](pairs, ctx)


def findings_if_runnable(name: str, pairs: list[AlignedPair],
                         ctx: CheckContext) -> list[list[Finding]] | None:
    """findings_per_pair, or None for a check that cannot run without the analyser (--no-kiwi)."""
    try:
        return findings_per_pair(name, pairs, ctx)
    except AttributeError:  # the check called a method of the missing ctx.korean
        if ctx.korean is not None:
            raise
        return None


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


def firing_rates(texts: list[tuple[str, str]], ctx: CheckContext, show: str | None) -> None:
    pairs = [make_pair(en, ko, i) for i, (en, ko) in enumerate(texts, 1)]
    print(f"False-positive rate on {len(pairs)} correct jhe-dev pairs:")
    for name in [*PAIR_CHECKS, *FILE_CHECKS]:
        results = findings_if_runnable(name, pairs, ctx)
        if results is None:
            print(f"  {name:18s} not run: needs the Korean analyser")
            continue
        fired = [(pair, found) for pair, found in zip(pairs, results) if found]
        note = "  (untimed sentences: not meaningful)" if name in FORM_CHECKS else ""
        print(f"  {name:18s} {len(fired):4d} / {len(pairs)} = {len(fired) / len(pairs):5.1%}{note}")
        if show == name:
            for pair, found in fired:
                print(f"    #{pair.target.index} {pair.source_text}\n        {pair.target.text}"
                      f"\n        -> {[f.message for f in found]}")


def detection(texts: list[tuple[str, str]], ctx: CheckContext, name: str, corrupt,
              eligible) -> None:
    check = PAIR_CHECKS[name]
    corrupted = [(en, bad) for en, ko in texts if eligible(en, ko)
                 and (bad := corrupt(ko)) is not None and bad != ko]
    caught = sum(1 for en, bad in corrupted if check(make_pair(en, bad), ctx))
    rate = caught / len(corrupted) if corrupted else 0.0
    print(f"  {name:18s} caught {caught} / {len(corrupted)} = {rate:.1%}")


def sample_findings(ctx: CheckContext) -> None:
    from qa.align import align_cues
    from qa.subtitles import read_subtitles
    source = read_subtitles(SAMPLE / "sample.en.vtt", role="source")
    target = read_subtitles(SAMPLE / "sample.ko.vtt", role="target")
    pairs = align_cues(source.cues, target.cues)
    print(f"\nSample lecture findings ({', '.join(sorted(FORM_CHECKS))}: only counts):")
    results = {name: per_pair for name in [*PAIR_CHECKS, *FILE_CHECKS]
               if (per_pair := findings_if_runnable(name, pairs, ctx)) is not None}
    for i, pair in enumerate(pairs):
        for name, per_pair in results.items():
            if name in FORM_CHECKS:
                continue
            for f in per_pair[i]:
                text = pair.target.text[f.span[0]:f.span[1]] if f.span else ""
                print(f"  cue {pair.target.index:2d} {name}: {f.message} "
                      f"[{text!r} -> {f.replacement!r}, w={f.weight}]")
    counts = {name: sum(1 for found in per_pair if found) for name, per_pair in results.items()}
    print("  cues flagged per check:", counts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-kiwi", action="store_true", help="surface patterns only")
    parser.add_argument("--show", help="print the correct pairs this check flags")
    args = parser.parse_args()
    ctx = build_context()
    if args.no_kiwi:
        ctx = dataclasses.replace(ctx, korean=None)
    texts = jhe_pairs()
    firing_rates(texts, ctx, args.show)
    print("Detection on corrupted jhe-dev pairs:")
    detection(texts, ctx, "polarity", drop_negation,
              lambda en, ko: polarity.english_negated(en))
    detection(texts, ctx, "numbers_mismatch", change_number,
              lambda en, ko: re.search(r"\d", en) is not None)
    sample_findings(ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())

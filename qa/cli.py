"""Command line: parse arguments, call the library, print results.

Every QAError becomes one `Error: ...` line on stderr and exit status 2. A course
scan in which some lectures failed (and were skipped) exits with 1. `main`
returns the exit status so `python -m qa` and the `qa` script agree.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys

from qa.errors import QAError

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2  # 1: course mode, some lectures failed


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's usage errors: one line too, exit 2
        self.exit(EXIT_USAGE, f"Error: {message} (see `{self.prog} --help`)\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def _progress_bar(desc: str):
    """A tqdm bar on stderr, returned as a progress(done, total) callback."""
    from tqdm import tqdm

    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, desc=desc, unit="cue", file=sys.stderr, leave=False,
                       disable=None)  # disable=None: silent when stderr is not a terminal
        bar.update(done - bar.n)
        if done >= total:
            bar.close()

    return update


def cmd_scan(args) -> int:
    from qa.report import write_report
    from qa.scan import Scanner

    if _scan_mode(args) == "course":
        return cmd_scan_course(args)
    scanner = Scanner(model=args.model, termbase=args.termbase,
                      cache_dir=False if args.no_cache else None)
    report = scanner.scan(args.source, args.target, progress=_progress_bar("scoring"))
    write_report(report, args.out, args.format)
    q = report.quality
    print(f"{q['cues']} cues, {q['flagged']} flagged ({q['major']} with major errors); "
          f"quality score {q['quality_score']} "
          f"(MQM penalty {q['mqm_penalty_per_1000_words']} per 1,000 words); "
          f"report: {args.out}")
    return EXIT_OK


def _scan_mode(args) -> str:
    """"lecture" (--source/--target) or "course" (--source-dir/--target-dir); never both."""
    lecture = [a for a in ("source", "target") if getattr(args, a)]
    course = [a for a in ("source_dir", "target_dir") if getattr(args, a)]
    if lecture and course:
        raise QAError("give either --source and --target (one lecture) or --source-dir and "
                      "--target-dir (a course), not both (see `qa scan --help`)")
    mode, needed = (("course", ("source_dir", "target_dir", "out")) if course
                    else ("lecture", ("source", "target", "out")))
    missing = ["--" + a.replace("_", "-") for a in needed if not getattr(args, a)]
    if missing:
        raise QAError(f"the following arguments are required: {', '.join(missing)} "
                      "(see `qa scan --help`)")
    return mode


def _course_progress_bar():
    """A tqdm bar over the course's cues (rate, ETA) with the files done, on stderr."""
    from tqdm import tqdm

    bar = None

    def update(p) -> None:  # p: qa.course.CourseProgress
        nonlocal bar
        if bar is None:
            bar = tqdm(total=p.cues_total, desc="course", unit="cue", file=sys.stderr,
                       leave=False, disable=None, dynamic_ncols=True)
        bar.set_postfix_str(f"files {p.files_done}/{p.files_total}"
                            + (f", {p.failed} failed" if p.failed else "")
                            + f", {p.lecture}", refresh=False)
        bar.update(p.cues_done - bar.n)
        if p.files_done >= p.files_total:
            bar.close()

    return update


def cmd_scan_course(args) -> int:
    from qa.course import SUMMARY_CSV, pair_lectures, require_pairs, scan_course
    from qa.scan import Scanner

    pairs, unpaired = pair_lectures(args.source_dir, args.target_dir)
    if unpaired:
        print(f"{len(unpaired)} file(s) not paired, not scanned:\n"
              + "\n".join(f"  {u}" for u in unpaired), file=sys.stderr)
    require_pairs(pairs, args.target_dir)
    scanner = Scanner(model=args.model, termbase=args.termbase,
                      cache_dir=False if args.no_cache else None)
    summary = scan_course(scanner, pairs, args.out, fmt=args.format,
                          progress=_course_progress_bar(), unpaired=unpaired,
                          workers=args.workers)
    t = summary.totals()
    print(f"{t['lectures']} lectures ({t['reused']} unchanged, re-used), {t['cues']} cues, "
          f"{t['flagged']} flagged ({t['major']} with major errors) in {summary.seconds:.0f} s; "
          f"summary: {summary.out_dir / SUMMARY_CSV}")
    for lecture in [x for x in summary.lectures if x.status == "ok"][:5]:
        q = lecture.quality
        print(f"  {lecture.name}: quality score {q['quality_score']}, {q['flagged']} of "
              f"{q['cues']} cues flagged, {q['major']} major")
    if summary.failed:
        print(f"{len(summary.failed)} lecture(s) failed and were skipped: "
              f"{', '.join(x.name for x in summary.failed)} (errors in the summary)",
              file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def cmd_eval(args) -> int:
    from qa.evaluate import evaluate_files

    result = evaluate_files(args.report, args.labels)

    def pct(x):
        return "n/a" if x is None else f"{x:.3f}"

    print(f"cues {result.cues}, labelled major {result.major}, flagged {result.flagged}")
    print(f"AUROC (risk, major errors)   {pct(result.auroc)}")
    print(f"recall of major errors       {pct(result.recall_major)}")
    print(f"precision of flags           {pct(result.precision)}")
    for category, entry in result.per_category.items():
        print(f"  {category:<26} labelled {entry['labelled']:>4}  flagged {entry['flagged']:>4}"
              f"  recall {entry['recall']:.3f}")
    return EXIT_OK


def cmd_export(args) -> int:
    from qa.errors import ExportError
    from qa.export import export_corrections, export_subtitles
    from qa.store import Store

    if not args.csv and not args.subtitles_dir:
        raise ExportError("nothing to export; give --csv FILE and/or --subtitles-dir DIR")
    store = Store(args.db)
    try:
        lectures = store.files()
        if args.lecture:
            known = {lecture.name: lecture for lecture in lectures}
            unknown = [name for name in args.lecture if name not in known]
            if unknown:
                raise ExportError(f"no lecture named {unknown[0]!r} in the database; known: "
                                  f"{', '.join(sorted(known)) or 'none'}", value=unknown[0])
            lectures = [known[name] for name in args.lecture]
        lectures = [lecture for lecture in lectures if lecture.latest_scan is not None]
        if not lectures:
            raise ExportError("the database has no scanned lecture yet; scan and review first",
                              path=args.db)
        if args.csv:
            rows = export_corrections(store, args.csv, [lecture.id for lecture in lectures])
            print(f"{rows} correction rows for {len(lectures)} lecture(s): {args.csv}")
        if args.subtitles_dir:
            from pathlib import Path

            try:
                Path(args.subtitles_dir).mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ExportError(f"cannot create the folder ({exc.strerror}); choose another "
                                  "--subtitles-dir", path=args.subtitles_dir) from None
            for lecture in lectures:
                fmt = args.format or lecture.format
                out = Path(args.subtitles_dir) / f"{lecture.name}.ko.{fmt}"
                fixed = export_subtitles(store, lecture.id, out, fmt)
                print(f"{lecture.name}: {fixed} cue(s) corrected: {out}")
    finally:
        store.close()
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="qa", description="Find mistranslated cues in Korean subtitles.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    scan = sub.add_parser("scan", help="score every cue of a lecture (or of a whole course) "
                                       "and write a report")
    scan.add_argument("--source", help="English subtitles (VTT or SRT)")
    scan.add_argument("--target", help="Korean subtitles (VTT or SRT)")
    scan.add_argument("--source-dir", help="course mode, instead of --source/--target: folder "
                                           "of English lecture files")
    scan.add_argument("--target-dir", help="course mode: folder of Korean lecture files, "
                                           "paired by name (lecture01.en.vtt/lecture01.ko.vtt)")
    scan.add_argument("--out", help="report file to write (course mode: output folder for "
                                    "one report per lecture and the course summary)")
    scan.add_argument("--format", choices=["csv", "json"], default="csv")
    scan.add_argument("--model", help="sentence-transformers model id or path "
                                      "(default: the embedded USE multilingual model)")
    scan.add_argument("--termbase", help="your termbase CSV (english,approved,wrong,note); "
                                         "it takes precedence over the default one")
    scan.add_argument("--no-cache", action="store_true", help="do not use the embedding cache")
    scan.add_argument("--workers", type=_positive_int, default=min(os.cpu_count() or 1, 2),
                      help="course mode: lectures scanned side by side, one process each "
                           "(~650 MB each; default: the cores, at most 2)")
    scan.set_defaults(func=cmd_scan)

    ev = sub.add_parser("eval", help="measure a report against labelled cues")
    ev.add_argument("--labels", required=True, help="CSV with columns cue, severity[, category]")
    ev.add_argument("--report", required=True, help="a CSV report written by `qa scan`")
    ev.set_defaults(func=cmd_eval)

    export = sub.add_parser("export", help="export reviewers' decisions: corrections CSV and "
                                           "corrected subtitle files")
    export.add_argument("--db", default=None, help="review database: a SQLite file or a "
                                                  "SQLAlchemy URL (default: $QA_DATABASE_URL "
                                                  "or qa-review.sqlite)")
    export.add_argument("--csv", help="write the corrections CSV here")
    export.add_argument("--subtitles-dir", help="write each lecture's corrected Korean "
                                                "subtitles into this folder")
    export.add_argument("--format", choices=["vtt", "srt"], help="subtitle format "
                                                                "(default: the lecture's own)")
    export.add_argument("--lecture", action="append", help="only this lecture (repeatable; "
                                                           "default: every lecture)")
    export.set_defaults(func=cmd_export)
    parser.set_defaults(command_parsers=sub.choices)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # told by the command's own parser, so the hint names `qa scan --help`
        args.command_parsers[args.command].error("unrecognized arguments: " + " ".join(unknown))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s: %(message)s", stream=sys.stderr)
    try:
        return args.func(args)
    except QAError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("Error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stdout must stay open until exit
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

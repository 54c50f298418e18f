"""Check: the cue fits the usual Korean subtitle style rules (line length, lines, reading
speed, duration, gaps).

The defaults follow common Korean subtitling guides (e.g. Netflix's Korean
Timed Text Style Guide): 16 characters a line, two lines, 12 characters a
second for adult audiences, 5/6 s to 7 s on screen, a gap of two frames
between cues. Every number is a `FormRules` field, so a client's own guide can
replace them. Findings are minor style issues with a low weight: they should
never outweigh a meaning error.

Characters are counted by one rule, `display_length`: a Hangul syllable (or
any other full-width character) counts 1; Latin letters, digits, spaces and
punctuation count `narrow_width` (half by default), as they take about half
the width on screen.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from qa.checks.base import CheckContext
from qa.model import AlignedPair, Finding

NAME = "subtitle_form"


@dataclass(frozen=True)
class FormRules:
    max_line_length: float = 16.0  # in display_length units
    max_lines: int = 2
    max_chars_per_second: float = 12.0  # display_length units per second on screen
    min_duration_ms: int = 833  # 5/6 s (20 frames at 24 fps)
    max_duration_ms: int = 7000
    min_gap_ms: int = 83  # two frames at 24 fps
    # Many files chain cues with no gap at all; count a zero gap as too short only when asked.
    zero_gap_is_too_short: bool = False
    narrow_width: float = 0.5  # what a Latin letter, digit, space or punctuation mark counts
    count_digits_narrow: bool = True
    weight: float = 0.2  # confidence of every finding of this check


def display_length(text: str, rules: FormRules = FormRules()) -> float:
    """Width of a line in character units: wide characters 1, narrow ones `narrow_width`.

    Narrow: whitespace, and every ASCII character (letters, punctuation, and digits
    when `count_digits_narrow`). Counted with regexes: this runs on every line.
    """
    narrow = len(_ASCII_NOT_DIGIT.findall(text)) + len(_WIDE_SPACE.findall(text))
    if rules.count_digits_narrow:
        narrow += len(_ASCII_DIGIT.findall(text))
    return (len(text) - narrow) + narrow * rules.narrow_width


_ASCII_NOT_DIGIT = re.compile(r"[\x00-\x2f\x3a-\x7f]")
_ASCII_DIGIT = re.compile(r"[0-9]")
_WIDE_SPACE = re.compile(r"[^\S\x00-\x7f]")  # whitespace outside ASCII (no-break space...)


def _rules(ctx: CheckContext) -> FormRules:
    return ctx.form if isinstance(ctx.form, FormRules) else FormRules()


def _finding(message: str, rules: FormRules, span: tuple[int, int] | None = None) -> Finding:
    return Finding(NAME, "style", "minor", message, span=span, weight=rules.weight)


def _fmt(value: float) -> str:
    return f"{value:g}"


def check(pair: AlignedPair, ctx: CheckContext) -> list[Finding]:
    """Rules that need the cue alone: line length, line count, reading speed, duration."""
    rules = _rules(ctx)
    cue = pair.target
    if not cue.text.strip():
        return []
    lines = [line for line in (cue.lines or (cue.text,)) if line.strip()]
    findings = []
    offset = 0
    for number, line in enumerate(lines, 1):
        width = display_length(line, rules)
        start = cue.text.find(line, offset)
        if width > rules.max_line_length:
            span = (start, start + len(line)) if start >= 0 else None
            findings.append(_finding(
                f"line {number} is {_fmt(width)} characters long "
                f"(at most {_fmt(rules.max_line_length)})", rules, span))
        if start >= 0:
            offset = start + len(line)
    if len(lines) > rules.max_lines:
        findings.append(_finding(f"{len(lines)} lines (at most {rules.max_lines})", rules))
    seconds = cue.duration / 1000
    if seconds > 0:
        speed = sum(display_length(line, rules) for line in lines) / seconds
        if speed > rules.max_chars_per_second:
            findings.append(_finding(
                f"reading speed {speed:.1f} characters a second "
                f"(at most {_fmt(rules.max_chars_per_second)})", rules))
    if cue.duration < rules.min_duration_ms:
        findings.append(_finding(
            f"on screen {cue.duration / 1000:.2f} s (at least {rules.min_duration_ms / 1000:g} s)",
            rules))
    if cue.duration > rules.max_duration_ms:
        findings.append(_finding(
            f"on screen {cue.duration / 1000:.2f} s (at most {rules.max_duration_ms / 1000:g} s)",
            rules))
    return findings


def check_timing(pairs: Sequence[AlignedPair], ctx: CheckContext) -> list[list[Finding]]:
    """Rules that need the previous cue: overlaps and too-short gaps (file check)."""
    rules = _rules(ctx)
    results: list[list[Finding]] = [[] for _ in pairs]
    for i in range(1, len(pairs)):
        previous, cue = pairs[i - 1].target, pairs[i].target
        gap = cue.start - previous.end
        if gap < 0:
            results[i].append(_finding(
                f"starts {-gap} ms before cue {previous.index} ends (overlap)", rules))
        elif gap < rules.min_gap_ms and (gap > 0 or rules.zero_gap_is_too_short):
            results[i].append(_finding(
                f"only {gap} ms after cue {previous.index} (at least {rules.min_gap_ms} ms)",
                rules))
    return results

"""The plain dataclasses that flow through the pipeline.

Times are integer milliseconds. Text offsets (`Finding.span`) are character
offsets into `Cue.text` of the target cue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

# MQM-style error categories a finding can carry.
CATEGORIES = (
    "accuracy/mistranslation",
    "omission",
    "addition",
    "terminology",
    "numbers",
    "names",
    "untranslated",
    "fluency",
    "style",
)
SEVERITIES = ("major", "minor")


@dataclass(frozen=True)
class Cue:
    """One subtitle cue as read from a file."""

    index: int  # 1-based position in the file
    start: int  # ms
    end: int  # ms
    text: str  # cleaned for comparison: tags and entities removed, lines joined by a space
    raw: str  # the cue text exactly as in the file (markup, line breaks), for display and export
    lines: tuple[str, ...] = ()  # cleaned text of each displayed line (for subtitle-form checks)
    line: int = 0  # 1-based line number in the file where the cue's timing line is

    @property
    def duration(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class SubtitleFile:
    path: str
    format: str  # "vtt" or "srt"
    encoding: str  # the encoding the bytes were decoded with
    cues: tuple[Cue, ...]


@dataclass(frozen=True)
class AlignedPair:
    """A target (Korean) cue with the source (English) cues it translates."""

    target: Cue
    sources: tuple[Cue, ...]  # in file order; empty when nothing in the source matches
    method: str  # "time", "offset" (time after removing a constant shift), "embedding" or "none"

    @cached_property  # every check asks, several times per cue
    def source_text(self) -> str:
        return " ".join(c.text for c in self.sources if c.text)

    @property
    def source_indices(self) -> tuple[int, ...]:
        return tuple(c.index for c in self.sources)


@dataclass(frozen=True)
class Finding:
    """One problem a check found in one target cue."""

    check: str  # name of the check that produced it, e.g. "terminology"
    category: str  # one of CATEGORIES
    severity: str  # "major" or "minor"
    message: str  # the reason, in words a translator accepts
    span: tuple[int, int] | None = None  # offending characters [start, end) in target.text
    # What should stand in place of target.text[span] (particles already fixed), where the
    # check knows the right rendering. The scorer applies all of a cue's replacements.
    replacement: str | None = None
    weight: float = 1.0  # the check's confidence in [0, 1]; scales its share of the risk

    def __post_init__(self):
        if self.replacement is not None and self.span is None:
            raise ValueError("a replacement needs a span")
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if self.severity not in SEVERITIES:
            raise ValueError(f"unknown severity {self.severity!r}")


@dataclass
class ScoredCue:
    """An aligned pair with everything the scorer concluded about it."""

    pair: AlignedPair
    similarity: float  # best semantic similarity found for the cue (cosine, after context)
    semantic_risk: float  # the semantic signal alone, calibrated to [0, 1]
    findings: list[Finding] = field(default_factory=list)
    risk: float = 0.0  # combined risk in [0, 1]
    flagged: bool = False

    @property
    def suggestion(self) -> str | None:
        """The target text with every finding's replacement applied, or None if none has one."""
        return apply_replacements(self.pair.target.text, self.findings)

    @property
    def reasons(self) -> list[str]:
        """The findings' messages, each once (two spans may carry the same reason)."""
        return list(dict.fromkeys(f.message for f in self.findings))

    @property
    def categories(self) -> list[str]:
        return list(dict.fromkeys(f.category for f in self.findings))

    @property
    def severity(self) -> str | None:
        """"major" if any finding is major, "minor" if there are only minor ones, else None."""
        if not self.findings:
            return None
        return "major" if any(f.severity == "major" for f in self.findings) else "minor"


def _overlap(a: Finding, b: Finding) -> bool:
    return a.span[0] < b.span[1] and b.span[0] < a.span[1]


def apply_replacements(text: str, findings: list[Finding]) -> str | None:
    """Apply non-overlapping replacements right to left; the first finding wins an overlap.

    A replacement is left out when its words are also wrong in a way no check can
    fix (an overlapping finding without a replacement, e.g. "GPT 3,750억" is both a
    garbled number and a garbled version): fixing only the number would drop the
    version. Findings about subtitle form (category "style") do not count: they
    span whole lines and say nothing about the words.
    """
    spanned = [f for f in findings if f.span is not None]
    unfixable = [f for f in spanned if f.replacement is None and f.category != "style"]
    chosen: list[Finding] = []
    for f in spanned:
        if f.replacement is None:
            continue
        if any(_overlap(f, c) for c in chosen) or any(_overlap(f, u) for u in unfixable):
            continue
        chosen.append(f)
    if not chosen:
        return None
    for f in sorted(chosen, key=lambda f: f.span[0], reverse=True):
        text = text[: f.span[0]] + f.replacement + text[f.span[1]:]
    return text

@dataclass
class ScanReport:
    """The result of scanning one lecture: one ScoredCue per target cue, in file order."""

    source: SubtitleFile
    target: SubtitleFile
    cues: list[ScoredCue]
    settings: dict  # what produced it: model, versions, thresholds, alignment method
    quality: dict = field(default_factory=dict)  # per-lecture summary (MQM penalty, counts)

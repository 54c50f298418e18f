"""Read, clean and write subtitle files (WebVTT and SRT).

Reading goes: bytes -> text (encoding detected, Unicode NFC, newlines LF) ->
format detected from the content -> every timing line checked by our own scan
(webvtt-py silently drops cues it cannot read, and gives no line numbers) ->
cues parsed by webvtt-py -> each cue matched back to its timing line.

Every problem with the input is raised as one `SubtitleError` whose text names
the file (and line) and says what to do. Nothing else escapes on bad input.
"""

from __future__ import annotations

import codecs
import html
import io
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer
import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

from qa.errors import SubtitleError
from qa.model import Cue, SubtitleFile

log = logging.getLogger("qa")

ROLES = (None, "source", "target")
FORMATS = ("vtt", "srt")
FORMAT_NAMES = {"vtt": "WebVTT", "srt": "SRT"}

# --------------------------------------------------------------------------- #
# Timing lines
# --------------------------------------------------------------------------- #

# Stricter than webvtt-py on purpose: it accepts '00:00:0,500' (and drops VTT
# cues it cannot read without a word), so we check every timing line ourselves.
_VTT_TIME = r"(?:\d+:)?\d{2}:\d{2}\.\d{3}"
_SRT_TIME = r"\d+:\d{2}:\d{2}[,.]\d{3}"  # '.' too: a common slip webvtt-py reads fine
_TIMING_LINE = {
    "vtt": re.compile(rf"\s*(?P<start>{_VTT_TIME})\s*-->\s*(?P<end>{_VTT_TIME})(?:\s.*)?"),
    "srt": re.compile(rf"\s*(?P<start>{_SRT_TIME})\s*-->\s*(?P<end>{_SRT_TIME})(?:\s.*)?"),
}
_EXPECTED_TIMING = {
    "vtt": "HH:MM:SS.mmm --> HH:MM:SS.mmm",
    "srt": "HH:MM:SS,mmm --> HH:MM:SS,mmm",
}


@dataclass(frozen=True)
class _TimingLine:
    line: int  # 1-based line number in the file
    start: int  # ms
    end: int  # ms
    has_text: bool  # a non-blank line follows it


# --------------------------------------------------------------------------- #
# Text cleaning
# --------------------------------------------------------------------------- #

# Ruby annotations (<rt>reading</rt>) and their fallback parentheses are dropped
# with their content: they repeat the text, they are not part of it.
_RUBY_ANNOTATION = re.compile(r"<(rt|rp)\b[^<>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
# VTT/SRT tags (<i>, </b>, <v Speaker>, <c.cls>, <lang ko>, <font color=..>) and
# VTT timestamp tags (<00:01.000>). A '<' followed by a space is left alone, so
# 'a < b > c' survives as text.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][^<>]*>|<(?:\d+:)?\d{2}:\d{2}\.\d{3}>")
# ASS/SSA override blocks that SRT exports carry, e.g. {\an8} or {\i1}.
_ASS_OVERRIDE = re.compile(r"\{\\[^{}]*\}")
# Direction marks and zero-width characters (&lrm; decodes to one) are invisible
# but would make equal strings differ.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d"
                                     "\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"))
_WHITESPACE = re.compile(r"\s+")  # \s also matches NBSP (what &nbsp; decodes to)
_NEWLINES = re.compile(r"\r\n|\r|\n")


def clean_lines(raw: str) -> tuple[str, ...]:
    """The displayed lines of a cue's raw text, without markup, empty lines dropped.

    A leading speaker dash ('- Hi') is kept: it is part of how the line reads.
    """
    raw = _RUBY_ANNOTATION.sub("", raw)
    lines = (_clean_line(line) for line in _NEWLINES.split(raw))
    return tuple(line for line in lines if line)


def clean_text(raw: str) -> str:
    """A cue's raw text as one comparable string: markup removed, lines joined by a space."""
    return " ".join(clean_lines(raw))


def _clean_line(line: str) -> str:
    line = _MARKUP_TAG.sub("", line)
    line = _ASS_OVERRIDE.sub("", line)
    # Entities are decoded after tags are removed, so '&lt;i&gt;' stays visible text.
    line = html.unescape(line).translate(_INVISIBLE)
    line = unicodedata.normalize("NFC", line)
    return _WHITESPACE.sub(" ", line).strip()


# --------------------------------------------------------------------------- #
# Small public helpers
# --------------------------------------------------------------------------- #


def format_timestamp(ms: int) -> str:
    """Milliseconds as 'HH:MM:SS.mmm' for reports, e.g. 62345 -> '00:01:02.345'."""
    if ms < 0:
        raise ValueError(f"a timestamp cannot be negative: {ms} ms")
    hours, rest = divmod(int(ms), 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def detect_format(text: str) -> str | None:
    """'vtt' or 'srt' judged from the content (never the file name), or None."""
    lines = text.lstrip("\ufeff \t\r\n").splitlines()
    if not lines:
        return None
    first = lines[0]
    if first.startswith("WEBVTT") and first[6:7] in ("", " ", "\t"):
        return "vtt"
    if first.strip().isdigit() and len(lines) > 1 and "-->" in lines[1]:
        return "srt"
    return None


# --------------------------------------------------------------------------- #
# Reading
# --------------------------------------------------------------------------- #


def read_subtitles(path, *, role: str | None = None) -> SubtitleFile:
    """Read a WebVTT or SRT file into cues, or raise SubtitleError saying what to fix.

    `role` ("source" or "target") only sharpens the wording of errors.
    """
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}, not {role!r}")
    label = str(path)
    data = _read_bytes(path, label, role)
    text, encoding = _decode(data, label, role)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.strip():
        raise SubtitleError(f"{_the_file(role)} is empty; export the subtitles again", path=label)

    fmt = detect_format(text)
    if fmt is None:
        raise _not_subtitles_error(text, label, role)
    timings = _scan_timing_lines(text, fmt, label)
    captions = _parse_with_webvtt(text, fmt, label)
    cues = _build_cues(captions, timings, fmt, label)
    if not cues:
        where = "after the WEBVTT header" if fmt == "vtt" else "in the SRT file"
        raise SubtitleError(f"no subtitle cues found {where}; export the subtitles again",
                            path=label)
    return SubtitleFile(path=label, format=fmt, encoding=encoding, cues=tuple(cues))


def _the_file(role: str | None) -> str:
    return "the file" if role is None else f"the {role} file"


def _expected_file(role: str | None) -> str:
    return {None: "a .vtt or .srt subtitle file",
            "source": "the English .vtt or .srt subtitle file",
            "target": "the Korean .vtt or .srt subtitle file"}[role]


def _read_bytes(path, label: str, role: str | None) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise SubtitleError("no such file; check the path", path=label) from None
    except IsADirectoryError:
        raise SubtitleError("this is a folder, not a file; "
                            f"give the path of {_expected_file(role)}", path=label) from None
    except PermissionError:
        raise SubtitleError("permission denied; make the file readable or copy it elsewhere",
                            path=label) from None
    except OSError as error:
        raise SubtitleError(f"cannot be read ({error.strerror or error}); check the path",
                            path=label) from None


# --------------------------------------------------------------------------- #
# Encodings
# --------------------------------------------------------------------------- #

_BOMS = (  # the UTF-8 BOM stays in 'utf-8-sig' so the encoding we record says it was there
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# What Korean and English subtitle files arrive in when they are not UTF: the
# Korean Windows code page (a superset of EUC-KR, so EUC-KR files read as cp949)
# and the Western one (English files with curly quotes from Windows tools).
_LEGACY_CANDIDATES = ["cp949", "euc_kr", "cp1252"]
_KOREAN_LEGACY = {"euc_kr": "cp949", "cp949": "cp949"}


def _decode(data: bytes, label: str, role: str | None) -> tuple[str, str]:
    """(text, encoding name) for a file's bytes; BOM first, then UTF-8, then legacy code pages."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decode_strictly(data[len(bom):], encoding.removesuffix("-sig"))
            if text is None:
                raise SubtitleError(f"the file starts with a {encoding} byte order mark but "
                                    "its text is not valid in that encoding; "
                                    "save it again as UTF-8",
                                    path=label)
            return _refuse_binary(text, label, role), encoding

    if b"\x00" in data:
        # Only UTF-16 text has NUL bytes; anything else with them is binary.
        encoding = _utf16_without_bom(data)
        text = _decode_strictly(data, encoding) if encoding else None
        if text is None:
            raise _binary_error(label, role)
        return _refuse_binary(text, label, role), encoding

    text = _decode_strictly(data, "utf-8")
    if text is not None:
        return _refuse_binary(text, label, role), "utf-8"

    best = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY_CANDIDATES).best()
    encoding = _KOREAN_LEGACY.get(best.encoding, best.encoding) if best else None
    text = _decode_strictly(data, encoding) if encoding else None
    if text is None:  # also when charset-normalizer accepted a few bad bytes; we never do
        raise _unknown_encoding_error(data, label)
    return _refuse_binary(text, label, role), encoding


def _unknown_encoding_error(data: bytes, label: str) -> SubtitleError:
    """Point at the first byte that is not UTF-8: often one corrupt byte in a UTF-8 file."""
    try:
        data.decode("utf-8")
        line = None
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
    return SubtitleError("cannot tell the text encoding (not UTF-8 from here on, nor CP949/EUC-KR "
                         "or Windows-1252); save the file as UTF-8 and try again",
                         path=label, line=line)


def _decode_strictly(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NUL bytes sit where UTF-16 puts them for ASCII.

    Timing lines, digits and newlines are ASCII, so real subtitle text in UTF-16
    has a NUL in every other byte for a good share of its characters, and almost
    never on the other side.
    """
    sample = data[:4096]
    if len(data) % 2 or len(sample) < 16:
        return None
    half = len(sample) // 2
    nul_even = sample[0::2].count(0) / half
    nul_odd = sample[1::2].count(0) / half
    if nul_odd > 0.2 and nul_even < 0.02:
        return "utf-16-le"
    if nul_even > 0.2 and nul_odd < 0.02:
        return "utf-16-be"
    return None


# Control characters (Unicode category Cc: C0, DEL, C1) other than \t \n \v \f \r.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _refuse_binary(text: str, label: str, role: str | None) -> str:
    """The text itself, unless control characters show it is not text at all."""
    controls = len(_CONTROL_CHARACTERS.findall(text))
    if "\x00" in text or controls > len(text) * 0.01:
        raise _binary_error(label, role)
    return text


def _binary_error(label: str, role: str | None) -> SubtitleError:
    return SubtitleError("binary data, not a subtitle file; "
                         f"give the path of {_expected_file(role)}", path=label)


# --------------------------------------------------------------------------- #
# Structure
# --------------------------------------------------------------------------- #


def _not_subtitles_error(text: str, label: str, role: str | None) -> SubtitleError:
    for number, line in enumerate(text.split("\n"), start=1):
        if "-->" in line:
            return SubtitleError("cue timings but no 'WEBVTT' first line or SRT cue number; "
                                 "add 'WEBVTT' as the first line or export the subtitles again",
                                 path=label, line=number)
    return SubtitleError(f"not a subtitle file (neither WebVTT nor SRT); "
                         f"give the path of {_expected_file(role)}", path=label)


def _scan_timing_lines(text: str, fmt: str, label: str) -> list[_TimingLine]:
    """Every timing line with its line number; raises on the first malformed one.

    A line counts as a timing line when it has '-->' and starts with a digit, so
    cue text such as 'input --> output' is not mistaken for one.
    """
    lines = text.split("\n")
    timings = []
    for number, line in enumerate(lines, start=1):
        if "-->" not in line or not line.lstrip()[:1].isdigit():
            continue
        value = line.strip()
        match = _TIMING_LINE[fmt].fullmatch(line)
        start = _to_ms(match.group("start")) if match else None
        end = _to_ms(match.group("end")) if match else None
        if start is None or end is None:
            raise SubtitleError(f"malformed timestamp '{value}'; expected {_EXPECTED_TIMING[fmt]}",
                                path=label, line=number, value=value)
        if end < start:
            raise SubtitleError(f"the cue ends before it starts ('{value}'); "
                                "fix the timing so the end comes after the start",
                                path=label, line=number, value=value)
        has_text = number < len(lines) and bool(lines[number].strip())
        timings.append(_TimingLine(number, start, end, has_text))
    return timings


def _to_ms(stamp: str) -> int | None:
    """'01:02:03.456', '02:03,456' -> ms; None when minutes or seconds exceed 59."""
    *hours, minutes, rest = stamp.replace(",", ".").split(":")
    seconds, millis = rest.split(".")
    if int(minutes) > 59 or int(seconds) > 59:
        return None
    return ((int(hours[0]) if hours else 0) * 3600 + int(minutes) * 60 + int(seconds)) * 1000 \
        + int(millis)


def _parse_with_webvtt(text: str, fmt: str, label: str) -> list[webvtt.Caption]:
    # webvtt-py wants the header / first cue number on the very first line.
    body = text.lstrip("\ufeff \t\n")
    first, newline, rest = body.partition("\n")
    body = first.rstrip() + newline + rest  # its SRT check wants the cue number alone on line 1
    try:
        return webvtt.from_buffer(io.StringIO(body), format=fmt).captions
    except (MalformedFileError, MalformedCaptionError, ValueError) as error:
        raise SubtitleError(f"cannot be read as {FORMAT_NAMES[fmt]} ({error}); "
                            "export the subtitles again", path=label) from None


def _build_cues(captions, timings: list[_TimingLine], fmt: str, label: str) -> list[Cue]:
    """Cues in file order, each matched to its timing line by position and times."""
    cues = []
    remaining = iter(timings)
    for caption in captions:
        start, end = _caption_ms(caption.start_time), _caption_ms(caption.end_time)
        timing = _next_matching_timing(remaining, start, end, fmt, label)
        raw = caption.raw_text
        lines = clean_lines(raw)  # (clean_text joins these)
        cues.append(Cue(index=len(cues) + 1, start=start, end=end, text=" ".join(lines), raw=raw,
                        lines=lines, line=timing.line if timing else 0))
    for timing in remaining:  # timing lines after the last cue webvtt-py returned
        _skip_unread_timing(timing, fmt, label)
    return cues


def _next_matching_timing(remaining, start: int, end: int, fmt: str, label: str):
    for timing in remaining:
        if (timing.start, timing.end) == (start, end):
            return timing
        _skip_unread_timing(timing, fmt, label)
    return None


def _skip_unread_timing(timing: _TimingLine, fmt: str, label: str) -> None:
    """A timing line webvtt-py returned no cue for: fine when the cue is empty, an error if not."""
    if not timing.has_text:
        log.info("%s, line %d: cue without text skipped", label, timing.line)
        return
    if fmt == "srt":
        raise SubtitleError("this cue has no number line before its timing line; "
                            "number the cues or export the subtitles again",
                            path=label, line=timing.line)
    raise SubtitleError("this cue could not be read; check that an empty line separates it "
                        "from the cue before", path=label, line=timing.line)


def _caption_ms(stamp) -> int:
    return ((stamp.hours * 60 + stamp.minutes) * 60 + stamp.seconds) * 1000 + stamp.milliseconds


# --------------------------------------------------------------------------- #
# Writing
# --------------------------------------------------------------------------- #


def write_subtitles(subtitle: SubtitleFile, texts: dict[int, str] | None, path, *,
                    format: str | None = None) -> None:
    """Write `subtitle` to `path` as UTF-8, with cue index -> new text replacing those cues.

    Timings are kept to the millisecond and every other cue's raw text is kept
    as read. Cue identifiers, cue settings, STYLE and NOTE blocks are not kept:
    SubtitleFile does not carry them. Converting VTT to SRT keeps <i>, <b>, <u>
    and drops the other VTT tags (webvtt-py's conversion).
    """
    label = str(path)
    fmt = format or subtitle.format
    if fmt not in FORMATS:
        raise SubtitleError(f"unknown subtitle format {fmt!r}; use 'vtt' or 'srt'", path=label)
    texts = texts or {}
    _check_replaced_indices(subtitle, texts, label)
    cue_lines = [(cue, _output_lines(cue, texts.get(cue.index), label)) for cue in subtitle.cues]
    if fmt == "srt" and subtitle.format == "srt":
        # Written here, not by webvtt-py: its SRT writer re-reads the text as VTT
        # markup and would turn a bare 'a < b > c' into a <b> tag.
        content = _srt_text(cue_lines)
    else:
        content = _webvtt_text(cue_lines, fmt, label)
    _write_file(path, content, label)


def _check_replaced_indices(subtitle: SubtitleFile, texts: dict[int, str], label: str) -> None:
    known = {cue.index for cue in subtitle.cues}
    unknown = sorted(set(texts) - known)
    if unknown:
        raise SubtitleError(f"no cue {unknown[0]} in {subtitle.path} "
                            f"(it has cues 1 to {len(known)}); correct only cues that exist",
                            path=label)


def _output_lines(cue: Cue, new_text: str | None, label: str) -> list[str]:
    if new_text is None:
        return cue.raw.split("\n")
    # An empty line would end the cue early, so a new text's blank lines are dropped.
    lines = [line for line in _NEWLINES.split(unicodedata.normalize("NFC", new_text))
             if line.strip()]
    if not lines:
        raise SubtitleError(f"the new text for cue {cue.index} is empty; give it some text",
                            path=label)
    if any("-->" in line for line in lines):
        raise SubtitleError(f"the new text for cue {cue.index} contains '-->', which would start "
                            "a new cue; write it another way (e.g. '->')", path=label)
    return lines


def _srt_text(cue_lines: list[tuple[Cue, list[str]]]) -> str:
    blocks = []
    for number, (cue, lines) in enumerate(cue_lines, start=1):
        timing = f"{format_timestamp(cue.start)} --> {format_timestamp(cue.end)}".replace(".", ",")
        blocks.append("\n".join([str(number), timing, *lines]))
    return "\n\n".join(blocks) + "\n"


def _webvtt_text(cue_lines: list[tuple[Cue, list[str]]], fmt: str, label: str) -> str:
    captions = [webvtt.Caption(format_timestamp(cue.start), format_timestamp(cue.end), lines)
                for cue, lines in cue_lines]
    buffer = io.StringIO()
    try:
        # keep_formatting: VTT -> SRT keeps <i>/<b>/<u> instead of dropping every tag
        webvtt.WebVTT(captions=captions).write(buffer, format=fmt, keep_formatting=True)
    except ValueError as error:
        raise SubtitleError(f"cannot write the subtitles ({error})", path=label) from None
    return buffer.getvalue().rstrip("\n") + "\n"


def _write_file(path, content: str, label: str) -> None:
    # The content is complete before the file is opened, so only an I/O failure
    # (disk full, no permission) can interrupt the write.
    try:
        Path(path).write_text(content, encoding="utf-8", newline="\n")
    except OSError as error:
        raise SubtitleError(f"cannot write the file ({error.strerror or error}); "
                            "check that the folder exists and is writable", path=label) from None


# --------------------------------------------------------------------------- #
# Language sanity check
# --------------------------------------------------------------------------- #

_HANGUL_RANGES = (
    (0x1100, 0x11FF),  # Hangul Jamo (what NFD Korean decomposes to)
    (0x3130, 0x318F),  # Hangul Compatibility Jamo (ㅋㅋ)
    (0xA960, 0xA97F),  # Hangul Jamo Extended-A
    (0xAC00, 0xD7A3),  # Hangul Syllables
    (0xD7B0, 0xD7FF),  # Hangul Jamo Extended-B
)
# Judged on whole-file letter counts. Korean lecture subtitles measured ~95%
# Hangul letters and English ones 0%; Korean files keep English terms (LLM, GPT,
# code names), so 'Korean' needs only 30% Hangul, and 'English' means almost no
# Hangul and mostly Latin letters.
KOREAN_MIN_HANGUL = 0.30
ENGLISH_MAX_HANGUL = 0.05
ENGLISH_MIN_LATIN = 0.50
MIN_LETTERS_TO_JUDGE = 20  # fewer letters than this say nothing about the language


def hangul_ratio(text: str) -> float:
    """Share of the letters in `text` that are Hangul (0.0 when there are no letters)."""
    letters = _count_letters(text)
    if not letters:
        return 0.0
    return _count_letters(text, within=_HANGUL_RUNS) / letters


# Runs of characters in the Hangul blocks, and in Basic Latin to Latin Extended-B
# (English plus accented names: café, Gödel). A regex finds the runs, so Python only
# looks at those characters, and only to ask whether each is a letter.
_HANGUL_RUNS = re.compile("[%s]+" % "".join(f"\\u{low:04x}-\\u{high:04x}"
                                            for low, high in _HANGUL_RANGES))
_LATIN_RUNS = re.compile("[\\u0000-\\u024f]+")


def _count_letters(text: str, within: re.Pattern | None = None) -> int:
    """Letters (str.isalpha) in `text`, or only in the runs `within` finds in it."""
    if within is not None:
        text = "".join(within.findall(text))
    return sum(map(str.isalpha, text))


def _latin_ratio(text: str) -> float:
    letters = _count_letters(text)
    if not letters:
        return 0.0
    return _count_letters(text, within=_LATIN_RUNS) / letters


def _language(subtitle: SubtitleFile) -> str | None:
    """'korean', 'english' or None (too little text, or neither)."""
    text = " ".join(cue.text for cue in subtitle.cues)
    if _count_letters(text) < MIN_LETTERS_TO_JUDGE:
        return None
    hangul = hangul_ratio(text)
    if hangul >= KOREAN_MIN_HANGUL:
        return "korean"
    if hangul <= ENGLISH_MAX_HANGUL and _latin_ratio(text) >= ENGLISH_MIN_LATIN:
        return "english"
    return None


def check_languages(source: SubtitleFile, target: SubtitleFile) -> None:
    """Raise SubtitleError when the source is not English or the target not Korean."""
    source_language, target_language = _language(source), _language(target)
    if source_language == "korean" and target_language == "english":
        raise SubtitleError("the source subtitles are Korean and the target English; "
                            "did you swap --source and --target?", path=source.path)
    if source_language == "korean":
        raise SubtitleError("the source subtitles look Korean; --source takes the English file",
                            path=source.path)
    if target_language == "english":
        raise SubtitleError("the target subtitles look English, not Korean; "
                            "--target takes the Korean file", path=target.path)

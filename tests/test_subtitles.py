"""Tests for qa/subtitles.py: one fixture per case under tests/data/subtitles/.

The byte-exact fixtures (encodings, BOMs, newlines, binary) were written by
tests/data/subtitles/make_encoded_fixtures.py.
"""

from pathlib import Path

import pytest
import webvtt

from qa.errors import SubtitleError
from qa.model import Cue, SubtitleFile
from qa.subtitles import (check_languages, clean_lines, clean_text, detect_format,
                          format_timestamp, hangul_ratio, read_subtitles, write_subtitles)

DATA = Path(__file__).parent / "data" / "subtitles"
REPO = Path(__file__).parent.parent

FIRST_KOREAN = "안녕하세요. 오늘은 언어 모델의 매개변수를 봅니다."
SECOND_KOREAN = "가중치라고도 하죠."


def fixture(name: str) -> str:
    return str(DATA / name)


def error_text(name: str, **kwargs) -> str:
    with pytest.raises(SubtitleError) as caught:
        read_subtitles(fixture(name), **kwargs)
    return str(caught.value)


# --------------------------------------------------------------------------- #
# Reading well-formed files
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize("name, fmt, first_lines", [
    ("basic.vtt", "vtt", (3, 7, 10)),
    ("basic.srt", "srt", (2, 6, 10)),
])
def test_basic_files_give_cues_with_ms_times_and_timing_line_numbers(name, fmt, first_lines):
    subtitle = read_subtitles(fixture(name))
    assert subtitle.format == fmt
    assert subtitle.encoding == "utf-8"
    assert subtitle.path == fixture(name)
    assert [(c.index, c.start, c.end, c.line) for c in subtitle.cues] == [
        (1, 740, 7340, first_lines[0]),
        (2, 7340, 13190, first_lines[1]),
        (3, 3_613_310, 3_616_100, first_lines[2]),
    ]
    assert [c.text for c in subtitle.cues] == [
        "I want to talk about parameters.",
        "They are also known as weights.",
        "Generally, they are synonymous.",
    ]


@pytest.mark.parametrize("name", ["srt_named.vtt", "srt_content.txt"])
def test_format_is_detected_by_content_not_by_name(name):
    subtitle = read_subtitles(fixture(name))
    assert subtitle.format == "srt"
    assert [(c.start, c.end, c.text) for c in subtitle.cues] == [
        (1000, 2500, "This file is SRT with a .vtt name."),
        (3000, 4000, "It must still be read."),
    ]


def test_vtt_tags_entities_and_voice_spans_are_cleaned_but_raw_is_kept():
    cues = read_subtitles(fixture("tags.vtt")).cues
    assert cues[0].raw == "<v Roger Bingham><i>We are</i> in <b>New York</b> &amp; <u>Boston</u>"
    assert [c.text for c in cues] == [
        "We are in New York & Boston",
        "Tokens <3 토큰 and \u201cwords\u201d",  # &nbsp; collapsed, &lrm; gone
        "漢 then karaoke words",  # ruby reading and timestamp tags removed
    ]


def test_srt_font_tags_and_ass_overrides_are_cleaned_and_bare_angle_brackets_kept():
    cues = read_subtitles(fixture("srt_markup.srt")).cues
    assert cues[0].raw == '{\\an8}<font color="#ffff00">Top</font> <i>line</i>'
    assert [c.text for c in cues] == ["Top line", "a < b > c"]


def test_multi_line_cues_keep_lines_and_speaker_dashes():
    cues = read_subtitles(fixture("multiline.srt")).cues
    assert cues[0].raw == "- 안녕하세요?\n- 네, 반갑습니다."
    assert cues[0].lines == ("- 안녕하세요?", "- 네, 반갑습니다.")
    assert cues[0].text == "- 안녕하세요? - 네, 반갑습니다."
    assert cues[1].raw == "첫째 줄\n   둘째   줄   "
    assert cues[1].lines == ("첫째 줄", "둘째 줄")
    assert cues[1].text == "첫째 줄 둘째 줄"
    assert cues[1].line == 7


def test_a_cue_number_with_trailing_space_is_still_srt():
    cues = read_subtitles(fixture("srt_number_trailing_space.srt")).cues
    assert [(c.start, c.end, c.text) for c in cues] == [(1000, 2000, "Cue number with a trailing space.")]


@pytest.mark.parametrize("name, fmt, encoding", [
    ("utf8_bom.vtt", "vtt", "utf-8-sig"),
    ("utf16le_bom.srt", "srt", "utf-16-le"),
    ("utf16be_bom.vtt", "vtt", "utf-16-be"),
    ("utf16le_nobom.vtt", "vtt", "utf-16-le"),
    ("euckr.srt", "srt", "cp949"),  # CP949 is a superset of EUC-KR: the same text
    ("nfd.vtt", "vtt", "utf-8"),
    ("crlf.srt", "srt", "utf-8"),
    ("cr_only.vtt", "vtt", "utf-8"),
])
def test_korean_text_survives_every_encoding_and_newline_style(name, fmt, encoding):
    subtitle = read_subtitles(fixture(name))
    assert (subtitle.format, subtitle.encoding) == (fmt, encoding)
    assert [c.raw for c in subtitle.cues] == [FIRST_KOREAN, SECOND_KOREAN]
    assert [c.text for c in subtitle.cues] == [FIRST_KOREAN, SECOND_KOREAN]
    assert [(c.start, c.end) for c in subtitle.cues] == [(740, 7340), (7340, 13190)]
    assert [c.line for c in subtitle.cues] == ([3, 6] if fmt == "vtt" else [2, 6])


def test_cp949_only_syllables_are_read_correctly():
    subtitle = read_subtitles(fixture("cp949.srt"))
    assert subtitle.encoding == "cp949"
    assert [c.text for c in subtitle.cues] == [FIRST_KOREAN, "똠방각하, 햏 가중치라고도 하죠."]


def test_windows_western_english_is_not_read_as_korean():
    subtitle = read_subtitles(fixture("cp1252.srt"))
    assert subtitle.encoding == "cp1252"
    assert subtitle.cues[0].text == "It\u2019s the \u201cattention\u201d paper \u2014 a caf\u00e9 of ideas."


@pytest.mark.parametrize("name", ["sample.en.vtt", "sample.ko.vtt"])
def test_the_sample_lecture_reads_as_60_cues(name):
    subtitle = read_subtitles(REPO / "data" / name)
    assert len(subtitle.cues) == 60
    assert [c.index for c in subtitle.cues] == list(range(1, 61))
    assert all(c.start < c.end and c.text for c in subtitle.cues)


# --------------------------------------------------------------------------- #
# Bad input: one line naming the file and saying what to do
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize("name, message", [
    ("empty.vtt", "{path}: the file is empty; export the subtitles again"),
    ("whitespace.vtt", "{path}: the file is empty; export the subtitles again"),
    ("header_only.vtt",
     "{path}: no subtitle cues found after the WEBVTT header; export the subtitles again"),
    ("malformed_timestamp.srt", "{path}, line 6: malformed timestamp "
     "'00:00:0,500 --> 00:00:02,000'; expected HH:MM:SS,mmm --> HH:MM:SS,mmm"),
    ("malformed_timestamp.vtt", "{path}, line 6: malformed timestamp "
     "'00:00.500 --> 00:02.0000'; expected HH:MM:SS.mmm --> HH:MM:SS.mmm"),
    ("minutes_over_59.srt", "{path}, line 2: malformed timestamp "
     "'00:61:00,000 --> 00:62:00,000'; expected HH:MM:SS,mmm --> HH:MM:SS,mmm"),
    ("end_before_start.vtt", "{path}, line 6: the cue ends before it starts "
     "('00:05.000 --> 00:03.000'); fix the timing so the end comes after the start"),
    ("binary.vtt",
     "{path}: binary data, not a subtitle file; give the path of a .vtt or .srt subtitle file"),
    ("not_subtitles.txt", "{path}: not a subtitle file (neither WebVTT nor SRT); "
     "give the path of a .vtt or .srt subtitle file"),
    ("no_header.vtt", "{path}, line 1: cue timings but no 'WEBVTT' first line or SRT cue "
     "number; add 'WEBVTT' as the first line or export the subtitles again"),
    ("srt_missing_number.srt", "{path}, line 5: this cue has no number line before its "
     "timing line; number the cues or export the subtitles again"),
    ("utf8_bom_invalid.vtt", "{path}: the file starts with a utf-8-sig byte order mark but "
     "its text is not valid in that encoding; save it again as UTF-8"),
    ("utf8_corrupt_byte.vtt", "{path}, line 7: cannot tell the text encoding (not UTF-8 from "
     "here on, nor CP949/EUC-KR or Windows-1252); save the file as UTF-8 and try again"),
    ("missing.vtt", "{path}: no such file; check the path"),
])
def test_bad_input_raises_one_exact_line(name, message):
    assert error_text(name) == message.format(path=fixture(name))


def test_a_folder_is_refused_in_one_line():
    with pytest.raises(SubtitleError) as caught:
        read_subtitles(DATA)
    assert str(caught.value) == (
        f"{DATA}: this is a folder, not a file; give the path of a .vtt or .srt subtitle file")


@pytest.mark.parametrize("role, message", [
    ("source", "{path}: binary data, not a subtitle file; "
               "give the path of the English .vtt or .srt subtitle file"),
    ("target", "{path}: binary data, not a subtitle file; "
               "give the path of the Korean .vtt or .srt subtitle file"),
])
def test_role_names_the_expected_file(role, message):
    assert error_text("binary.vtt", role=role) == message.format(path=fixture("binary.vtt"))


def test_role_names_the_empty_file():
    assert error_text("empty.vtt", role="target") == (
        f"{fixture('empty.vtt')}: the target file is empty; export the subtitles again")


def test_malformed_error_carries_line_and_value():
    with pytest.raises(SubtitleError) as caught:
        read_subtitles(fixture("malformed_timestamp.srt"))
    assert (caught.value.line, caught.value.value) == (6, "00:00:0,500 --> 00:00:02,000")


# --------------------------------------------------------------------------- #
# Cleaning and small helpers
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize("raw, text", [
    ("<i>Hello</i>\n<b>world</b>", "Hello world"),
    ("<v.loud Mary>Hi</v>", "Hi"),
    ("<c.cls.other>x</c> <lang en>y</lang>", "x y"),
    ("<00:00:01.000>one <00:01.500>two", "one two"),
    ("<font color=\"red\">red</font> <FONT COLOR=#fff>white</FONT>", "red white"),
    ("{\\an8}{\\i1}top", "top"),
    ("A &amp; B &lt;tag&gt; &#39;q&#39; &#x27;h&#x27;", "A & B <tag> 'q' 'h'"),
    ("a&nbsp;\u200bb&lrm;c&rlm;", "a bc"),
    ("  many   \t spaces  \n\n  here ", "many spaces here"),
    ("\u1112\u1161\u11ab\u1100\u1173\u11af", "한글"),  # NFD jamo -> NFC syllables
    ("", ""),
])
def test_clean_text(raw, text):
    assert clean_text(raw) == text


def test_clean_lines_keeps_speaker_dashes_and_drops_empty_lines():
    assert clean_lines("- <i>Ready?</i>\r\n\r\n- Yes.") == ("- Ready?", "- Yes.")


@pytest.mark.parametrize("ms, stamp", [
    (0, "00:00:00.000"),
    (62_345, "00:01:02.345"),
    (3_600_000 * 123 + 1, "123:00:00.001"),
])
def test_format_timestamp(ms, stamp):
    assert format_timestamp(ms) == stamp


def test_format_timestamp_refuses_negative_times():
    with pytest.raises(ValueError):
        format_timestamp(-1)


@pytest.mark.parametrize("text, fmt", [
    ("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", "vtt"),
    ("\ufeffWEBVTT - Kind: captions\n", "vtt"),
    ("\n\nWEBVTT\n", "vtt"),
    ("1\n00:00:01,000 --> 00:00:02,000\nHi\n", "srt"),
    ("WEBVTTX\n", None),
    ("00:01.000 --> 00:02.000\nHi\n", None),
    ("Just some notes\n", None),
    ("", None),
])
def test_detect_format(text, fmt):
    assert detect_format(text) == fmt


@pytest.mark.parametrize("text, ratio", [
    ("", 0.0),
    ("123 ...", 0.0),
    ("hello", 0.0),
    ("한글", 1.0),
    ("LLM 가중치", 0.5),  # 3 Latin letters, 3 Hangul syllables
])
def test_hangul_ratio(text, ratio):
    assert hangul_ratio(text) == pytest.approx(ratio)


# --------------------------------------------------------------------------- #
# Language check
# --------------------------------------------------------------------------- #

def test_english_source_and_korean_target_pass():
    check_languages(read_subtitles(fixture("english.vtt")), read_subtitles(fixture("korean.vtt")))


@pytest.mark.parametrize("source, target, blamed, message", [
    ("korean.vtt", "english.vtt", "korean.vtt", "the source subtitles are Korean and the "
     "target English; did you swap --source and --target?"),
    ("korean.vtt", "korean.vtt", "korean.vtt",
     "the source subtitles look Korean; --source takes the English file"),
    ("english.vtt", "english.vtt", "english.vtt",
     "the target subtitles look English, not Korean; --target takes the Korean file"),
])
def test_swapped_or_wrong_languages_are_refused(source, target, blamed, message):
    with pytest.raises(SubtitleError) as caught:
        check_languages(read_subtitles(fixture(source)), read_subtitles(fixture(target)))
    assert str(caught.value) == f"{fixture(blamed)}: {message}"


def test_too_little_text_is_not_judged():
    tiny_korean = SubtitleFile("ko.vtt", "vtt", "utf-8", (Cue(1, 0, 1000, "네", "네"),))
    tiny_english = SubtitleFile("en.vtt", "vtt", "utf-8", (Cue(1, 0, 1000, "Yes", "Yes"),))
    check_languages(tiny_korean, tiny_english)


# --------------------------------------------------------------------------- #
# Writing
# --------------------------------------------------------------------------- #

@pytest.mark.parametrize("name, fmt, read_back_with_webvtt", [
    ("tags.vtt", "vtt", webvtt.read),
    ("multiline.srt", "srt", webvtt.from_srt),
])
def test_write_replaces_chosen_cues_and_keeps_the_rest(tmp_path, name, fmt, read_back_with_webvtt):
    original = read_subtitles(fixture(name))
    out = tmp_path / f"corrected.{fmt}"
    write_subtitles(original, {2: "고친 첫 줄\n고친 둘째 줄"}, out)

    again = read_subtitles(out)
    assert again.format == fmt
    assert again.encoding == "utf-8"
    assert [(c.start, c.end) for c in again.cues] == [(c.start, c.end) for c in original.cues]
    assert again.cues[0].raw == original.cues[0].raw
    assert again.cues[1].raw == "고친 첫 줄\n고친 둘째 줄"
    assert [c.raw for c in again.cues[2:]] == [c.raw for c in original.cues[2:]]
    captions = read_back_with_webvtt(str(out)).captions
    assert [c.raw_text for c in captions] == [c.raw for c in again.cues]


def test_srt_markup_is_written_back_verbatim(tmp_path):
    original = read_subtitles(fixture("srt_markup.srt"))
    out = tmp_path / "markup.srt"
    write_subtitles(original, {}, out)
    assert out.read_bytes() == (DATA / "srt_markup.srt").read_bytes()


def test_write_without_replacements_round_trips_every_cue(tmp_path):
    original = read_subtitles(fixture("cp949.srt"))
    out = tmp_path / "copy.srt"
    write_subtitles(original, None, out)
    assert read_subtitles(out).cues == original.cues  # same layout, so even line numbers match


def test_write_can_convert_vtt_to_srt(tmp_path):
    original = read_subtitles(fixture("basic.vtt"))
    out = tmp_path / "basic.srt"
    write_subtitles(original, {3: "Replaced."}, out, format="srt")
    converted = read_subtitles(out)
    assert converted.format == "srt"
    assert [(c.start, c.end, c.text) for c in converted.cues] == [
        (740, 7340, "I want to talk about parameters."),
        (7340, 13190, "They are also known as weights."),
        (3_613_310, 3_616_100, "Replaced."),
    ]
    assert out.read_text(encoding="utf-8").startswith("1\n00:00:00,740 --> 00:00:07,340\n")


@pytest.mark.parametrize("texts, fmt, message", [
    ({9: "x"}, None, "no cue 9 in {source} (it has cues 1 to 3); correct only cues that exist"),
    ({1: " \n "}, None, "the new text for cue 1 is empty; give it some text"),
    ({1: "a --> b"}, None, "the new text for cue 1 contains '-->', which would start a new "
                           "cue; write it another way (e.g. '->')"),
    ({}, "ass", "unknown subtitle format 'ass'; use 'vtt' or 'srt'"),
])
def test_write_refuses_bad_requests(tmp_path, texts, fmt, message):
    out = tmp_path / "out.vtt"
    with pytest.raises(SubtitleError) as caught:
        write_subtitles(read_subtitles(fixture("basic.vtt")), texts, out, format=fmt)
    assert str(caught.value) == f"{out}: " + message.format(source=fixture("basic.vtt"))
    assert not out.exists()


def test_write_into_a_missing_folder_is_one_line(tmp_path):
    out = tmp_path / "no-such-folder" / "out.vtt"
    with pytest.raises(SubtitleError) as caught:
        write_subtitles(read_subtitles(fixture("basic.vtt")), None, out)
    assert str(caught.value) == (f"{out}: cannot write the file (No such file or directory); "
                                 "check that the folder exists and is writable")

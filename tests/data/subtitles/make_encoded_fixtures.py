"""Write the fixtures whose exact bytes matter (encodings, BOMs, newlines, binary).

Run once from this folder: `python make_encoded_fixtures.py`. The files it
writes are committed; this script records how they were made.
"""

import unicodedata
from pathlib import Path

HERE = Path(__file__).parent

KOREAN_VTT = (
    "WEBVTT\n"
    "\n"
    "00:00.740 --> 00:07.340\n"
    "안녕하세요. 오늘은 언어 모델의 매개변수를 봅니다.\n"
    "\n"
    "00:07.340 --> 00:13.190\n"
    "가중치라고도 하죠.\n"
)
KOREAN_SRT = (
    "1\n"
    "00:00:00,740 --> 00:00:07,340\n"
    "안녕하세요. 오늘은 언어 모델의 매개변수를 봅니다.\n"
    "\n"
    "2\n"
    "00:00:07,340 --> 00:00:13,190\n"
    "가중치라고도 하죠.\n"
)
# 똠 and 햏 are in CP949 but not in EUC-KR (KS X 1001): a real CP949-only file.
CP949_SRT = KOREAN_SRT.replace("가중치라고도 하죠.", "똠방각하, 햏 가중치라고도 하죠.")
# Curly quotes and an accent: bytes that are invalid UTF-8 and that CP949
# would wrongly read as Hangul.
CP1252_SRT = (
    "1\n"
    "00:00:01,000 --> 00:00:02,000\n"
    "It\u2019s the \u201cattention\u201d paper \u2014 a caf\u00e9 of ideas.\n"
)
PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                          "1f15c4890000000d49444154789c6360000002000154a24f5d00000000"
                          "49454e44ae426082")


def write(name: str, data: bytes) -> None:
    (HERE / name).write_bytes(data)


write("utf8_bom.vtt", b"\xef\xbb\xbf" + KOREAN_VTT.encode("utf-8"))
write("utf16le_bom.srt", b"\xff\xfe" + KOREAN_SRT.encode("utf-16-le"))
write("utf16be_bom.vtt", b"\xfe\xff" + KOREAN_VTT.encode("utf-16-be"))
write("utf16le_nobom.vtt", KOREAN_VTT.encode("utf-16-le"))
write("cp949.srt", CP949_SRT.encode("cp949"))
write("euckr.srt", KOREAN_SRT.encode("euc_kr"))
write("cp1252.srt", CP1252_SRT.encode("cp1252"))
write("nfd.vtt", unicodedata.normalize("NFD", KOREAN_VTT).encode("utf-8"))
write("crlf.srt", KOREAN_SRT.replace("\n", "\r\n").encode("utf-8"))
write("cr_only.vtt", KOREAN_VTT.replace("\n", "\r").encode("utf-8"))
write("utf8_bom_invalid.vtt", b"\xef\xbb\xbf" + KOREAN_VTT.encode("cp949"))
# One corrupt byte on line 7 of an otherwise UTF-8 Korean file.
write("utf8_corrupt_byte.vtt", KOREAN_VTT.encode("utf-8").replace("가중치".encode("utf-8"), b"\xff\xfe\x80"))
write("empty.vtt", b"")
write("whitespace.vtt", b"  \n\n\t\r\n")
write("binary.vtt", PNG_BYTES)

"""Decoding: BOM, UTF-8, detection of legacy encodings, binary refusal."""

from __future__ import annotations

import pytest

from unionkit.decode import DecodeError, decode, sniff_binary
import pathlib

PAGES = sorted((pathlib.Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


def page_text(i: int) -> str:
    return PAGES[i].read_text(encoding="utf-8")


@pytest.mark.parametrize("enc", ["gb18030", "gbk", "utf-16", "utf-16-le", "utf-8-sig"])
def test_simplified_page_round_trips(enc):
    text = page_text(3).encode("gbk", errors="ignore").decode("gbk")  # what GBK can hold
    assert decode(text.encode(enc)).text.lstrip("\ufeff") == text


def test_big5_page_round_trips():
    # Big5 lacks tone-marked pinyin and some symbols: keep only what Big5 can encode.
    text = page_text(1).encode("big5", errors="ignore").decode("big5")
    assert decode(text.encode("big5")).text == text


def test_invalid_byte_in_utf8_page_is_replaced_and_reported():
    data = page_text(0).encode("utf-8")
    at = data.index("。".encode())
    bad = data[:at] + b"\xff" + data[at:]
    got = decode(bad)
    assert got.encoding == "utf-8"
    assert got.text.count("\ufffd") == 1
    assert got.warnings and f"byte {at};" in got.warnings[0]


def test_encoding_override_wins():
    text = page_text(3)
    assert decode(text.encode("gb18030"), encoding="gb18030").text == text


def test_unknown_override_is_an_error():
    with pytest.raises(DecodeError):
        decode(b"abc", encoding="no-such-codec")


@pytest.mark.parametrize("data", [b"\x1f\x8b\x08\x00rest", b"\x7fELF\x02\x01", b"ab\x00\x00\x00\x01cd" * 10])
def test_binary_is_refused(data):
    assert sniff_binary(data)
    with pytest.raises(DecodeError):
        decode(data)


def test_plain_text_is_not_binary():
    assert sniff_binary(page_text(2).encode("utf-8")) is None

"""The shipped char -> readings table answers like pypinyin, and pypinyin is not loaded for it."""

import random
import subprocess
import sys

from unionkit.clean import pinyin


def sample_chars():
    rng = random.Random(3)
    common = "创網网建乐行长重的了着还女绿律發发展會会工劳模〇"
    return list(common) + [chr(rng.randrange(0x4E00, 0x9FFF)) for _ in range(300)] + ["𠀀", "a", "#", "\t", "\n"]


def test_table_matches_pypinyin():
    table = pinyin._table()
    assert table is not None
    for ch in sample_chars():
        assert table.readings(ch) == pinyin.readings_from_pypinyin(ch), ch


def test_heteronyms_and_neutral_tone():
    assert {("zhong", 4), ("chong", 2)} <= pinyin.readings("重")
    assert ("de", 5) in pinyin.readings("的")
    assert ("lü", 4) in pinyin.readings("绿")
    assert pinyin.readings("a") == frozenset()


def test_fallback_without_table(monkeypatch):
    monkeypatch.setattr(pinyin, "_table", lambda: None)
    pinyin.readings.cache_clear()
    try:
        assert pinyin.is_reading("創", "chuàng")
    finally:
        pinyin.readings.cache_clear()


def test_stripping_does_not_import_pypinyin():
    code = ("import sys; from unionkit.clean.pinyin import strip_pinyin; "
            "assert strip_pinyin('助創(chuàng)文明')[0] == '助創文明'; print('pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_table_rows_in_code_point_order():
    """``Table.row`` searches by halves: the shipped rows must stay sorted, one character per key."""
    data = pinyin._table().data
    keys = [ln.split(b"\t", 1)[0] for ln in data.split(b"\n") if ln and not ln.startswith(b"#")]
    assert len(keys) > 20000 and all(len(k.decode("utf-8")) == 1 for k in keys)
    assert keys == sorted(keys)


def test_row_search_agrees_with_a_scan():
    """The binary search finds each row a plain scan finds (first, last, sampled keys) and no row for others."""
    table = pinyin._table()
    data = table.data
    keys = [ln.split(b"\t", 1)[0].decode("utf-8") for ln in data.split(b"\n") if ln and not ln.startswith(b"#")]
    for ch in [keys[0], keys[1], keys[-2], keys[-1], *keys[::97], *sample_chars(), "\x00", "~", "\uffff", "\U0010ffff"]:
        if ch in "\t\n#":
            continue
        key = b"\n" + ch.encode("utf-8") + b"\t"
        at = data.find(key)
        assert table.row(ch.encode("utf-8")) == (at + len(key) if at >= 0 else -1), ch
    assert pinyin.Table(b"#header\n").readings("a") == frozenset()
    small = pinyin.Table("#h\n一\tyi1\n丁\tding1 zheng1\n七\tqi1\n".encode())
    assert small.readings("丁") == {("ding", 1), ("zheng", 1)}
    assert small.readings("七") == {("qi", 1)} and small.readings("一") == {("yi", 1)}
    assert small.readings("万") == frozenset()

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

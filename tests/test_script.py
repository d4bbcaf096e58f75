"""Script detection and conversion with OpenCC."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from test_pinyin import SEED_001  # noqa: E402  (the traditional-script seed lines)

from unionkit.clean.pinyin import strip_pinyin  # noqa: E402
from unionkit.clean.script import (  # noqa: E402
    SAMPLE_WINDOW, convert, is_traditional, script_shares, to_simplified, to_traditional)

TRAD = "\n".join(strip_pinyin(line)[0] for line in SEED_001)

SIMPLIFIED_PARAGRAPH = ("2021年是昆明中国共产党成立100周年,也是“十四五”开局之年。为庆祝建党100周年,"
                        "盘龙区总工会聚焦中国共产党百年奋斗历程,弘扬红船精神和劳模精神。")


def _han_diff(a: str, b: str) -> int:
    assert len(a) == len(b)
    return sum(x != y for x, y in zip(a, b))


def test_detects_seed_001_as_traditional():
    assert is_traditional(TRAD)
    assert not is_traditional(to_simplified(TRAD))


def test_detects_simplified():
    assert not is_traditional(SIMPLIFIED_PARAGRAPH)
    assert is_traditional(to_traditional(SIMPLIFIED_PARAGRAPH))


def test_round_trip_seed_001():
    simp = to_simplified(TRAD)
    assert "广元工会网" in simp and "凝聚职工力量 助创文明城市" in simp
    back = to_traditional(simp)
    # Back in traditional script: the same text but for one-to-many characters (布/佈, 干/幹, 并/並 ...).
    han = script_shares(TRAD)[0]
    assert _han_diff(TRAD, back) <= 0.03 * len(TRAD)
    assert han > 500
    # And converting again is stable.
    assert to_simplified(back) == simp
    assert to_traditional(to_simplified(back)) == back


def test_round_trip_simplified():
    trad = to_traditional(SIMPLIFIED_PARAGRAPH)
    assert trad != SIMPLIFIED_PARAGRAPH
    assert "國" in trad and "會" in trad
    assert to_simplified(trad) == SIMPLIFIED_PARAGRAPH


def test_convert_targets():
    assert convert("工會網", "simplified") == "工会网"
    assert convert("工会网", "traditional") == "工會網"
    assert convert("", "traditional") == ""
    with pytest.raises(ValueError, match="simplified"):
        convert("工会", "klingon")


def test_non_han_text():
    assert not is_traditional("")
    assert not is_traditional("UID: 2170 http://www.x.com")
    assert to_simplified("abc 123") == "abc 123"


def test_long_text_is_sampled():
    # A simplified page with a traditional block in the middle: the middle window sees it.
    big = SIMPLIFIED_PARAGRAPH * 200 + TRAD * 3 + SIMPLIFIED_PARAGRAPH * 200
    assert len(big) > 3 * SAMPLE_WINDOW
    han, t, s = script_shares(big)
    assert han <= 3 * SAMPLE_WINDOW
    assert t > 0
    assert not is_traditional(SIMPLIFIED_PARAGRAPH * 400)
    assert is_traditional(TRAD * 20)


def test_short_texts():
    assert is_traditional("工會")
    assert not is_traditional("工会")
    assert not is_traditional("了")  # the same in both scripts

"""``shapes.long_plain`` (the long-line shortcut of ``_shape_kind``) never says None for a line a shape rule takes."""

from __future__ import annotations

import pathlib

from hypothesis import given, settings, strategies as st

from unionkit.clean import shapes
from unionkit.clean.lines import split_lines

ROOT = pathlib.Path(__file__).resolve().parent.parent

# Pieces the shape rules look for (labels, credits, brackets, rules, widget and forum words), and prose to pad with.
_PIECES = ["来源:", "作者:", "记者 王刚", "责任编辑:李明", "(供图)", "摄", "[", "]", "(", ")", "附件:", "下载次数:3",
           "原标题:", "微信号", "功能介绍", "以下文章来源于", "本帖最后由 abc 于 2024-1-2 12:00 编辑", "━━━━━━", "-----",
           "分享到", "微信", "微博", "打印", "关闭", "首页", " | ", " > ", "回复", "举报", "2024年5月10日", "图片", "现场",
           "Federation of Trade Unions ", "Hello ", "。", ",", " ", "  ", "\t", "\u3000", "职工们在工会的组织下参加了技能比赛",
           "转载自某某公众号", "号", "〔2024〕18号", "点击:123", "·", "…"]
# … without the marks that keep a line from the shortcut (brackets, runs of spaces): more lines reach it
_OPEN_PIECES = [p for p in _PIECES if not any(c in p for c in "[]()\t\u3000") and "  " not in p]


def _lines():
    """The folded lines of the example and layout pages, and their texts run together into long lines."""
    out = []
    for path in sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests/data/layouts").glob("*.txt")):
        folded = [ln.folded for ln in split_lines(path.read_text(encoding="utf-8")) if not ln.blank]
        out.extend(folded)
        out.extend(" ".join(folded[k:k + 6]) for k in range(0, len(folded), 3))
    return out


def test_long_plain_lines_of_the_pages_take_no_shape():
    said = 0
    for f in _lines():
        if shapes.long_plain(f):
            said += 1
            assert shapes._shape_rules(f, True) is None and shapes._shape_rules(f, False) is None, f
    assert said  # (the pages have long paragraphs: the shortcut is exercised)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=8, max_size=60) | st.lists(st.sampled_from(_OPEN_PIECES), min_size=20,
                                                                              max_size=80), st.booleans())
def test_long_plain_lines_built_of_rule_pieces_take_no_shape(pieces, strict):
    f = "".join(pieces).strip()
    if shapes.long_plain(f):
        assert shapes._shape_rules(f, strict) is None


def test_short_or_marked_lines_go_to_the_rules():
    prose = "职工们在工会的组织下参加了技能比赛。" * 14
    assert shapes.long_plain(prose)
    assert not shapes.long_plain(prose[:150])                 # short: the rules decide
    assert not shapes.long_plain(prose + "(记者 王刚 摄)")   # a closing credit
    assert not shapes.long_plain("附件:" + prose)             # an attachment stamp's head
    assert not shapes.long_plain(prose.replace("。", "  ", 1))  # not tidy

"""A WeChat article copied as text: the account's name standing alone between the header line and the "点击蓝字
关注我们" prompt is the account's, and a photo's caption set in one block with its [图片] placeholder is a
caption; look-alikes (a kicker phrase there, a paragraph after a photo, a caption glued to the text) stay."""

from __future__ import annotations

import pytest

from unionkit.clean import chrome, clean_text
from unionkit.clean.lines import fold

P1 = ("春茶飘香，匠心竞技。3月27日，由某某县总工会主办的首届“茶乡工匠”职工技能比武在茶园举行，"
      "来自全县茶企的58名职工参加比赛。")
P2 = ("比武设置手工制茶、机械制茶、茶艺表演三个项目，选手们摊青、杀青、揉捻、理条，"
      "双手在滚烫的锅中翻飞，一芽一叶在指尖渐成形。")
P3 = "经过激烈角逐，共评出各项目一等奖3名、二等奖6名、三等奖9名，各项目第一名将被推荐参评市级工匠。"
HEAD = "某某县首届“茶乡工匠”职工技能比武落幕\n原创 某某县总工会 某某工会 2024-03-28 17:50 浙江\n\n"


def page(between: str, figure: str = "[图片]\n比武现场，选手们正在进行手工制茶。\n\n") -> str:
    return HEAD + between + P1 + "\n\n" + figure + P2 + "\n\n" + P3 + "\n"


def test_account_name_over_the_follow_prompt_goes():
    art = clean_text(page("某某工会\n\n点击蓝字 关注我们\n\n"))
    assert art.body[0] == P1
    assert "某某工会" not in art.body


def test_account_name_right_over_the_text_still_goes():
    art = clean_text(page("某某工会\n\n"))
    assert art.body[0] == P1


@pytest.mark.parametrize("kicker", ["匠心竞技展风采", "编者按"])
def test_a_kicker_phrase_over_the_prompt_is_no_account_name(kicker):
    art = clean_text(page(f"{kicker}\n\n点击蓝字 关注我们\n\n"))
    assert kicker in art.body


def test_caption_in_one_block_with_its_placeholder_is_a_caption():
    art = clean_text(page("点击蓝字 关注我们\n\n"))
    assert art.captions == ["比武现场，选手们正在进行手工制茶。"]
    assert art.body == [P1, P2, P3]


@pytest.mark.parametrize("figure, kept", [
    # a paragraph set apart from the photo above it: text
    ("[图片]\n\n现场气氛热烈，选手们正在进行手工制茶。\n\n", "现场气氛热烈，选手们正在进行手工制茶。"),
    # the line under the photo runs straight into the next line: no block of its own
    ("[图片]\n比武现场，选手们正在进行手工制茶。\n" + "另有12名选手参加茶艺表演。\n\n", "比武现场，选手们正在进行手工制茶。"),
    # two sentences, or a quote, under the photo: text, not a caption
    ("[图片]\n选手们专注制茶。现场观众热情高涨。\n\n", "选手们专注制茶。现场观众热情高涨。"),
    ("[图片]\n“这是最好的一届比赛。”评委说。\n\n", "“这是最好的一届比赛。”评委说。"),
])
def test_lines_under_a_placeholder_that_are_no_figure_caption_stay(figure, kept):
    art = clean_text(page("点击蓝字 关注我们\n\n", figure))
    assert any(kept in b for b in art.body), art.body


def test_original_row_over_its_date_line_is_no_headline():
    # a text save puts the 原创 row's date on the next line: the row is the byline, the line above the headline
    art = clean_text("“茶”香四溢｜某某县总工会举办首届职工茶艺大赛\n原创 某某县总工会 某某工会\n2024年08月12日 18:30 浙江\n"
                     + P1 + "\n" + P2 + "\n")
    assert art.title == "“茶”香四溢｜某某县总工会举办首届职工茶艺大赛"
    assert art.body == [P1, P2]
    assert chrome.original_row(fold("原创 某某县总工会 某某工会"))
    assert not chrome.original_row(fold("原创作品展示：职工书法、绘画、摄影作品"))

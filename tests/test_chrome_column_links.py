"""A column's name and its headlines under an article's share bar: a related-links block."""
from unionkit.clean import chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

PAGE = """某某工会网 | 首页 | 工会动态 | 县区传真

某县总工会组织一线职工免费健康体检
2025-03-07　来源：某县总工会　作者：张三

3月5日起，某县总工会联合县人民医院，为4家企业的一线职工开展免费健康体检，预计惠及职工1500余人。
体检项目重点包括肺功能和心电图检查。体检报告会一对一反馈给职工，发现问题及时复查和跟踪。

责任编辑：李四
分享到：

县区传真
某县总工会开展“春送岗位”专场招聘
某县：产业工人技能比武开赛
Copyright © 2025 某市总工会 版权所有
"""


def test_shapes():
    assert chrome.column_label(fold("县区传真"))
    assert not chrome.column_label(fold("县区传真："))
    assert chrome.headline_line(fold("寻乌县：脐橙产业工人技能比武开赛"))
    assert not chrome.headline_line(fold("体检报告会一对一反馈给职工。"))


def test_column_and_headlines_after_share_bar_are_links():
    body = clean_page(PAGE).body
    assert body[-1].startswith("体检项目")
    assert not any("县区传真" == p or "专场招聘" in p for p in body)


def test_without_share_bar_the_lines_stay():
    # the same short lines right under the text (no share bar closing it) may be the text's own list
    body = clean_page(PAGE.replace("分享到：\n", "")).body
    assert any("专场招聘" in p for p in body)


def test_label_followed_by_prose_stays():
    page = PAGE.replace("某县总工会开展“春送岗位”专场招聘\n某县：产业工人技能比武开赛\n",
                        "体检结束后，工会将为发现健康风险的职工安排复查。职工可到工会服务站预约。\n")
    body = clean_page(page).body
    assert any("县区传真" == p for p in body)

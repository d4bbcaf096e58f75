"""Jammers drawn from full-width punctuation with some ASCII, after a paragraph or on lines of their own; the text's
own punctuation at a line's end (closing quotes, book titles, ellipses, brackets round real words) stays. And a
browser print's margins (time printed over the page's title, its address and sheet count) are page chrome."""

import pytest

from unionkit.clean import chrome
from unionkit.clean.jammer import punct_jammer_spans
from unionkit.clean.pipeline import clean_page

PARA = "5月以来，某某区总工会围绕职工“急难愁盼”开展走访活动，目前已为基层职工办成实事15件。"


@pytest.mark.parametrize("run", ["〔』—【」;,", "。:「〕、3…", "』,…Y7》", "!K<【…5〈T?〔』﹏", "、8,;〃…"])
def test_punct_run_after_a_paragraph_is_jammer(run):
    line = PARA + " " + run
    assert punct_jammer_spans(line) == [(len(PARA), len(line))]


def test_punct_run_glued_after_the_sentence_end():
    line = PARA + "々〈』〉5~?"
    assert punct_jammer_spans(line) == [(len(PARA), len(line))]


@pytest.mark.parametrize("run", ["。:〔、8「…", "V〃k﹏{}:?〔》『… 」~。》", "」〉H「、B【·〃"])
def test_punct_line_of_its_own_is_jammer(run):
    assert punct_jammer_spans(run) == [(0, len(run))]


@pytest.mark.parametrize("line", [
    "他说：“以后有事就找工会。”",
    "详见《某某市职工互助保障办法》。",
    "会上，大家纷纷表示……",
    "“这是我们应该做的。”（完）",
    "活动现场气氛热烈！！！",
    "……",
    "——“",
    "“……”",
    "【 】",
    "《某某》、《某某》",
    "他问：“真的吗？”「是的。」",
    "Work hard, play hard!",
    "网址：http://www.example.cn/a/b_1.html",
])
def test_real_punctuation_stays(line):
    assert punct_jammer_spans(line) == []


def test_punct_jammers_leave_the_paragraphs():
    page = ("某某区总工会为一线职工办实事\n\n" + PARA + " 〔』—【」;,\n。:「〕、3…\n"
            "今年以来，区总工会投入资金30万元，为12个基层站点配备微波炉等设施。々〈』〉5~?\n"
            "一名职工说：“现在有热饭吃了。”\n")
    art = clean_page(page)
    assert art.body == [PARA, "今年以来，区总工会投入资金30万元，为12个基层站点配备微波炉等设施。", "一名职工说：“现在有热饭吃了。”"]


def test_print_margins_are_chrome():
    assert chrome.print_margin("2024/5/6 09:15 某某工会举办技能竞赛_某某网")
    assert chrome.print_margin("http://www.example.cn/news/2024/0506/123.html 1/3")
    assert not chrome.print_margin("http://www.example.cn/news/2024/0506/123.html 4/3")
    assert not chrome.print_margin("2024/5/6 09:15 记者从现场获悉，比赛共吸引200名职工参赛。")
    assert not chrome.print_margin("某某工会举办技能竞赛 2024/5/6")


def test_print_margins_between_sheets_leave_the_text():
    head = "2024/5/6 09:15\t某某工会举办技能竞赛_某某网"
    page = (head + "\n\n某某网\n某某工会举办技能竞赛\n发布时间:2024-05-05  来源:某某工会\n\n" + PARA + "\n"
            "http://www.example.cn/news/123.html\t1/2\n" + head + "\n"
            "比赛设钳工、电工两个项目，共有80名职工参赛。\n"
            "http://www.example.cn/news/123.html\t2/2\n")
    art = clean_page(page)
    assert art.title == "某某工会举办技能竞赛"
    assert art.body == [PARA, "比赛设钳工、电工两个项目，共有80名职工参赛。"]

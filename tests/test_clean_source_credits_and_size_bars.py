"""Closing credits and bars of particular page kinds: a reprint's source line that goes on with the source's byline
(本文来源：某报，记者 X 通讯员 Y), a column's credit to the body that co-runs it ((本栏目由…协办)), a Taiwan page's
font-size and share bar (字級：大 中 小 分享：…), and a figure's caption naming a place in quotation marks."""

import pytest

from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page
from unionkit.extract import extract

P1 = "走进某某重工的“王建国技能大师工作室”，墙上挂满了专利证书：近五年，工作室累计完成技术革新项目52项，为企业节约成本1800万元。"
P2 = "某某市总工会有关负责人介绍，全市已建成各级技能大师工作室186家，今年还将新认定市级示范工作室20家，每家给予资金补助。"
P3 = "据了解，市总工会今年将继续开展职工技术创新成果评选活动，对获奖成果和个人给予表彰奖励，推动成果转化应用。"


@pytest.mark.parametrize("line", ["本文来源：江南工人报，记者 周晓岚 通讯员 马骏", "来源：江南日报 记者 周晓岚",
                                  "文章来源:某某晚报,记者 周晓岚"])
def test_source_line_with_the_sources_byline(line):
    assert byline.sourced_byline(fold(line))


@pytest.mark.parametrize("line", ["本文来源：江南工人报，记者近日从市总工会获悉", "来源：江南工人报，转载请注明出处",
                                  "来源于职工的创新，记者 周晓岚"])
def test_source_line_look_alikes(line):
    assert not byline.sourced_byline(fold(line))


def test_reprint_source_and_byline_removed_and_read():
    page = "\n".join(["职工之声", "", "某某市技能大师工作室成创新高地", "2023-04-12 09:30", "", P1, "", P2, P3, "",
                      "本文来源：江南工人报，记者 周晓岚 通讯员 马骏", "声明：本文内容为作者转载，如有侵权请联系删除", ""])
    art = extract(clean_page(page))
    assert art.body == [P1, P2, P3]
    assert (art.meta.source, art.meta.reporter, art.meta.author) == ("江南工人报", "周晓岚", None)


@pytest.mark.parametrize("line", ["（本栏目由某某市总工会法律工作部协办）", "本专栏由某某律师事务所提供", "(本版由某某市总工会主办)"])
def test_column_credit_is_a_credit(line):
    assert byline.credit_line(fold(line))


@pytest.mark.parametrize("line", ["（本次活动由某某市总工会主办）", "本栏目由市总工会协办，欢迎职工来信咨询。"])
def test_column_credit_look_alikes(line):
    assert not byline.credit_line(fold(line))


def test_column_credit_removed_and_read():
    page = "\n".join(["某某工会网", "", "加班费怎么算？", "[2016-03-02] 来源：法律工作部", "", P1, P2, "",
                      "（本栏目由某某市总工会法律工作部协办）", "责任编辑：李明", ""])
    art = extract(clean_page(page))
    assert art.body == [P1, P2]
    assert art.meta.credit == "本栏目由某某市总工会法律工作部协办"


@pytest.mark.parametrize("line", ["字級：大 中 小　　分享：Facebook　LINE　Twitter　列印", "字級：大 中 小"])
def test_taiwan_font_size_bar_is_a_widget(line):
    assert chrome.is_widget_line(fold(line))


def test_figure_caption_with_a_quoted_name():
    assert byline.figure_sentence(fold("职工在“暖心驿站”内休息。"))
    assert not byline.figure_sentence(fold("他说“我们很满意，谢谢”。"))  # a quote with a clause inside is speech
    page = "\n".join(["某某资讯网", "", "区总工会慰问一线职工", "", "  " + P1, "", "[图片]", "  职工在“暖心驿站”内休息。", "",
                      "  " + P3, ""])
    art = clean_page(page)
    assert art.body == [P1, P3]
    assert art.captions == ["职工在“暖心驿站”内休息。"]

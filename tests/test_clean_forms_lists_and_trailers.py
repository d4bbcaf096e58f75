"""A letter form's 标题 row, a news list with one item expanded, and the trailers of journals, courts and bilingual pages."""

from __future__ import annotations

import pytest

from unionkit.clean import byline, chrome
from unionkit.clean.jammer import is_jammer_line, token_class
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

LETTER = """某某县总工会
首页 | 主席信箱 | 办事指南
信件详情
信件编号:QSX20230901012
标题:夜班补贴怎么算?厂里少发了能找谁?
来信人:李**
来信时间:2023-09-01 08:12:30
处理状态:已办结
来信内容:
主席好!我在县里一家纺织厂做挡车工,今年起厂里把夜班津贴从每晚二十元降到十元,也没有开职代会讨论,请问这样合规吗?谢谢。
回复内容:
李女士您好!企业调整涉及职工切身利益的津贴标准,应当经职工代表大会或全体职工讨论。我们已联系该厂工会了解情况,并督促企业依法整改。
浏览次数:120
"""


def test_letter_forms_title_row_in_two_sentences_is_the_headline():
    # (the 标题 row holds two questions: read as prose, it hid itself and left the 信件编号 row as the only headline)
    art = clean_page(LETTER)
    assert art.title == "夜班补贴怎么算?厂里少发了能找谁?"
    assert art.body[0].startswith("主席好!")
    assert not any(p.startswith(("信件编号", "来信人", "处理状态")) for p in art.body)


LIST_PAGE = """青山工会网
首页 | 基层动态 | 联系我们
当前位置:首页 > 基层动态

· 东湖区总工会举办职工象棋比赛  2023-10-12
10月10日,东湖区总工会在职工活动中心举办象棋比赛,五十余名职工报名参赛……[展开]

· 西岭县总工会为高温岗位职工送清凉  2023-10-11
来源:西岭县总工会  浏览:132
10月11日,西岭县总工会走进建筑工地和物流园区,为坚守高温岗位的四百余名职工送去绿豆汤、藿香正气水和防暑毛巾。
工地钢筋工老周说,天热活重,喝上一碗冰镇绿豆汤,心里也凉快了不少。
县总工会有关负责人表示,送清凉活动将持续到九月底,覆盖全县所有重点工程项目。
[收起]

· 南山镇工会开展职工读书分享会  2023-10-09
10月8日,南山镇工会组织机关和企业职工开展读书分享会……[展开]

共40条  第1/4页  首页 上一页 1 2 3 4 下一页 尾页
"""


def test_news_list_item_expanded_in_place_is_the_article():
    art = clean_page(LIST_PAGE)
    assert art.title == "西岭县总工会为高温岗位职工送清凉"  # no bullet, no list date
    assert art.body[0].startswith("10月11日,西岭县总工会走进")
    assert len(art.body) == 3 and not any("[展开]" in p or "象棋" in p for p in art.body)


@pytest.mark.parametrize("line", ["10月10日,东湖区总工会在职工活动中心举办象棋比赛……[展开]",
                                  "近日,某区总工会慰问一线职工…… 阅读全文", "5月3日,某厂工会召开职代会...[详细]"])
def test_teaser_lines(line):
    assert chrome.teaser_line(fold(line))


@pytest.mark.parametrize("line", ["他说:“这事还没完……”", "展开全文", "大家纷纷表示要把活动继续展开……"])
def test_look_alike_teasers(line):
    assert not chrome.teaser_line(fold(line))


def test_english_plural_possessive_is_no_jammer():
    assert token_class("Workers'") == 1 and token_class("employees',") == 1
    assert is_jammer_line("xK3s' q~d(k,e") and token_class("s'") == -1
    assert not is_jammer_line("The city's Teachers' Union opened a service station for migrant workers in May.")


def test_bilingual_editor_line():
    assert byline.editor_line(fold("编辑 Editor:王小丽"))
    assert not byline.editor_line(fold("编辑 Editor:王小丽在会上说,今年要把双语报道做得更好。"))


@pytest.mark.parametrize("line", ["本刊所有文章版权归《职工之友》杂志社所有,未经许可不得转载。",
                                  "本站所有内容版权均属某某工会网所有"])
def test_journal_rights_line_is_footer(line):
    assert chrome.tail_kind(fold(line)) == "site_footer"


@pytest.mark.parametrize("line", ["本刊所有文章都来自一线职工的投稿。", "本刊版权意识淡薄的问题已经整改。"])
def test_sentences_about_a_journal_stay(line):
    assert chrome.tail_kind(fold(line)) is None


@pytest.mark.parametrize("line", ["(作者单位:东湖区总工会)", "（作者系西岭县总工会干部）"])
def test_author_unit_line_is_a_credit(line):
    assert byline.credit_line(fold(line))


def test_unit_of_measure_is_no_credit():
    assert not byline.credit_line(fold("(单位:万元)"))


@pytest.mark.parametrize("line", ["资料来源：东湖区统计局、东湖区总工会。", "数据来源:某某市人力资源和社会保障局"])
def test_table_data_source_line_is_a_credit(line):
    assert byline.credit_line(fold(line))


@pytest.mark.parametrize("line", ["资料来源:据调查,多数职工认为培训有用。", "数据来源于全市386名职工的问卷调查。"])
def test_sentences_on_where_figures_come_from_stay(line):
    assert not byline.credit_line(fold(line))


@pytest.mark.parametrize("line", ["（案号：（2023）浙0102民初456号）", "案号:(2022)京03民终1234号",
                                  "(案号:(2023)苏0506民初88号、(2023)苏05民终901号)"])
def test_case_number_line(line):
    assert chrome.doc_number_line(fold(line))


@pytest.mark.parametrize("line", ["本案案号为(2023)浙0102民初456号。", "案号:待定"])
def test_sentences_naming_a_case_number_stay(line):
    assert not chrome.doc_number_line(fold(line))

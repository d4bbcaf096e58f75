"""A newspaper's headline stack (引题 / headline / 副题, each on a line of its own) on a plain-text page: the middle
line is the headline, whichever of the three scores highest, on an e-paper page or when the page's title row repeats
the middle line; an e-paper's list of its page's headlines, the page's own among them, is no stack."""

from unionkit.clean.pipeline import clean_page

TEXT = ("本报讯 3月25日晚,某区总工会“工匠夜校”春季班开课,首批80名一线职工走进课堂,学习数控加工和设备维修。\n"
        "夜校开设工业机器人操作、数控加工等6个专业,学员结业考核合格后可以参加职业技能等级认定。\n")


def test_kicker_over_headline_on_an_epaper_page_is_no_title():
    # (three lines of equal score with the text right under them: the first would win the tie)
    page = ("2024年03月27日 星期三 上一期 下一期\n第03版：基层\n第04版：副刊\n"
            "推动职工技能素质全面提升\n某区“工匠夜校”春季班开进产业园区\n首批学员来自园区十余家制造企业\n" + TEXT +
            "上一篇 下一篇\n")
    art = clean_page(page)
    assert art.title == "某区“工匠夜校”春季班开进产业园区"
    assert art.body[0].startswith("3月25日晚")
    assert not any(b.startswith(("推动职工", "首批学员")) for b in art.body)


def test_subtitle_over_metadata_under_a_title_row_naming_the_headline_is_no_title():
    # (no edition line: the title row, "headline_site", names the middle line, and the metadata sits under the 副题)
    page = ("某区“工匠夜校”春季班开进产业园区_某某法治网\n首页 要闻 时评 基层\n当前位置：首页 > 基层 > 正文\n"
            "搭建校企合作的职工培训平台\n某区“工匠夜校”春季班开进产业园区\n首批学员来自园区十余家制造企业\n"
            "发布时间：2024-03-27 07:43 来源：某某日报\n" + TEXT)
    assert clean_page(page).title == "某区“工匠夜校”春季班开进产业园区"


def test_epaper_list_of_the_pages_headlines_is_no_stack():
    # (the page's own headline is listed between two others and set again over its text)
    page = ("某某日报数字报-某区“工匠夜校”春季班开进产业园区\n第03版：基层 上一版 下一版\n本版新闻\n"
            "某县开展春季防火安全演练活动\n某区“工匠夜校”春季班开进产业园区\n某镇新建蔬菜温室大棚二十余座\n"
            "某区“工匠夜校”春季班开进产业园区\n本报记者 王某某\n" + TEXT)
    assert clean_page(page).title == "某区“工匠夜校”春季班开进产业园区"

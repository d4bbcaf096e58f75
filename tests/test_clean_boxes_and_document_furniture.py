"""Chrome a page sets as loose lines: a right-column info box flattened to label and value lines, a disclosure
table's values over the headline, a sponsor line over the menus, an e-paper's issue date in Chinese numerals,
an account card around its id line, a workflow editor's staff code, and a printed document's imprint and page
numbers. Look-alike lines of the text stay."""

from __future__ import annotations

import pytest

from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

PARAS = ("4月26日，全省庆祝“五一”国际劳动节暨劳模表彰大会在长沙举行。大会表彰了一批先进集体和个人。\n"
         "周海波在讲话中指出，全省各级工会要深入开展主题劳动和技能竞赛。会上，多家单位作了交流发言。\n")


def _clean(text):
    art = clean_page(text)
    return art.title, art.body


def test_flattened_info_box_under_the_text_is_removed():
    page = ("湖南200名劳动者获2024年湖南省五一劳动奖章\n\n" + PARAS +
            "\n文章信息\n发布时间\n2024年4月27日 09:30\n来源\n湖南工人报\n记者\n李湘君 周文\n责任编辑\n彭丽\n浏览量\n4,826\n")
    title, body = _clean(page)
    assert title == "湖南200名劳动者获2024年湖南省五一劳动奖章"
    assert body == PARAS.split("\n")[:2]


def test_one_label_over_its_value_in_a_notice_stays():
    """A notice's lone 时间 line over its value is one pair, no box: the notice's own text."""
    page = ("关于举办职工趣味运动会的通知\n\n各基层工会：为丰富职工文化生活，市总工会定于五月举办职工趣味运动会。请各单位认真组织。\n"
            "时间\n2024年5月18日上午\n请各单位于5月10日前报送参赛名单。逾期不再受理。\n")
    _, body = _clean(page)
    assert "2024年5月18日上午" in body


def test_disclosure_table_value_over_the_headline_is_no_title():
    page = ("某某市人民政府\n首页　政务公开　互动交流\n\n索引号：\n003651273/2024-00187\n发布机构：\n某某市总工会\n"
            "生成日期：\n2024-07-09\n\n闽北五县工会协作交流会在建瓯召开\n\n" + PARAS)
    title, _ = _clean(page)
    assert title == "闽北五县工会协作交流会在建瓯召开"


def test_sponsor_line_over_the_menus_is_no_title():
    page = ("湖南工会网\n湖南省总工会主办\n首页 | 新闻中心 | 工会要闻 | 市州动态\n\n湖南200名劳动者获2024年湖南省五一劳动奖章\n"
            "【字体：大 中 小】【打印】【关闭】\n\n" + PARAS)
    title, _ = _clean(page)
    assert title == "湖南200名劳动者获2024年湖南省五一劳动奖章"


@pytest.mark.parametrize("line, footer", [
    ("湖南省总工会主办", True),
    ("某某日报社主管", True),
    ("第三届职工运动会由市总工会主办", False),  # a sentence naming the sponsor of an event
    ("职工书屋建设经验交流会在长沙举办", False),
])
def test_sponsor_lines(line, footer):
    assert (chrome.tail_kind(line) == "site_footer") is footer


@pytest.mark.parametrize("line, dated", [
    ("二〇二四年五月十日 星期五", True),
    ("二〇二四年五月十日", True),
    ("二〇二四年五月十日召开职工代表大会", False),
    ("五月十日 星期五", False),
])
def test_chinese_numeral_issue_date_line(line, dated):
    assert chrome.cn_date_line(line) is dated


def test_chinese_numeral_date_over_an_epaper_page_is_no_title():
    page = ("某某工人报数字报\n二〇二四年五月十日　星期五\n第03版：综合新闻\n\n全省建设建材系统“安康杯”竞赛推进会在沧州召开\n\n" + PARAS)
    title, body = _clean(page)
    assert title == "全省建设建材系统“安康杯”竞赛推进会在沧州召开"
    assert not any("二〇二四" in p for p in body)


def test_account_card_around_its_id_line_is_removed():
    page = ("技能比武展风采 配网带电作业技能竞赛圆满落幕\n\n" + PARAS +
            "\n宿迁供电工会\n微信号 sqgdgh\n电网铁军 工会同行\n阅读 2365\n分享 收藏 点赞 在看\n")
    _, body = _clean(page)
    assert body == PARAS.split("\n")[:2]


def test_short_closing_lines_without_an_id_line_stay():
    """Two short lines under the text with no account id among them are not taken for a card."""
    page = "技能比武展风采 配网带电作业技能竞赛圆满落幕\n\n" + PARAS + "\n宿迁供电工会\n电网铁军 工会同行\n"
    _, body = _clean(page)
    assert "宿迁供电工会" in body or "电网铁军 工会同行" in body


@pytest.mark.parametrize("line, editor", [
    ("流程编辑：U028", True),
    ("值班编辑:BJ1024", True),
    ("编辑部：2024年工作要点", False),
    ("流程编辑：先审后发", False),
])
def test_workflow_editor_signed_by_a_staff_code(line, editor):
    assert byline.editor_line(fold(line)) is editor


@pytest.mark.parametrize("line, yes", [("— 2 —", True), ("- 13 -", True), ("—2024—", False), ("2-3", False)])
def test_page_number_between_dashes(line, yes):
    assert chrome.page_number_line(line) is yes


@pytest.mark.parametrize("line, yes", [
    ("克拉玛依市总工会办公室 2024年4月25日印发", True),
    ("某某县总工会办公室 二〇二四年三月一日印发", True),
    ("市总工会2024年4月25日印发了《职工疗休养管理办法》", False),
    ("关于印发2024年工作要点的通知", False),
])
def test_document_imprint_line(line, yes):
    assert chrome.imprint_line(line) is yes


NOTICE_WITH_ORGANISERS = """关于举办2024年职工乒乓球比赛的通知
各基层工会：
为丰富职工文化生活，经研究，决定举办2024年全市职工乒乓球比赛。现将有关事项通知如下：
一、组织单位
主办单位：市总工会
承办单位：市体育中心
二、比赛时间
2024年6月15日至16日。
三、参赛对象
全市在职职工均可报名参加，每个单位限报男女各2名。
市总工会
2024年5月20日"""


def test_an_event_notices_organiser_lines_are_its_text():
    # 主办单位:/承办单位: open a site's footer too; with the notice's signature below them they are its own lines
    art = clean_page(NOTICE_WITH_ORGANISERS)
    assert "主办单位：市总工会" in art.body and "承办单位：市体育中心" in art.body
    assert art.body[-2:] == ["市总工会", "2024年5月20日"]


def test_an_unsigned_notices_organiser_lines_are_its_text_when_its_next_section_follows():
    # no signature on the page: the next numbered section head (二、…) under them tells them from a footer
    unsigned = "\n".join(NOTICE_WITH_ORGANISERS.split("\n")[:-2])
    art = clean_page(unsigned)
    assert "承办单位：市体育中心" in art.body and art.body[-1].startswith("全市在职职工")
    footer = "\n".join(NOTICE_WITH_ORGANISERS.split("\n")[:4] + ["主办单位：市总工会", "网站地图 | 联系我们"])
    assert "主办单位：市总工会" not in clean_page(footer).body  # a footer's 主办 row: no section under it


DOCUMENT = """某某县总工会文件
某工发〔2025〕7号
某某县总工会关于开展职工健步走活动的通知
各基层工会：
为丰富职工业余生活，经研究，决定在全县开展职工健步走活动。请各基层工会认真组织，确保活动安全有序。
各基层工会于5月10日前将参赛名单报县总工会宣教部。
联系人：县总工会宣教部 某某某
联系电话：0123-4567890
某某县总工会
2025年4月28日
（此件公开发布）
抄送：某某市总工会。
某某县总工会办公室　　　　2025年4月29日印发
"""


def test_official_document_signature_goes_with_its_imprint():
    # an official document copied whole from its PDF (its imprint, …印发, below): the issuer over the date is the
    # seal's block, not the text; the contact lines above it stay, and the date is still the publish date
    from unionkit.extract.meta import extract_meta
    art = clean_page(DOCUMENT)
    assert art.body[-2:] == ["联系人：县总工会宣教部 某某某", "联系电话：0123-4567890"]
    assert [r.kind for r in art.removed if r.text in ("某某县总工会", "2025年4月28日")] == ["byline", "byline"]
    assert extract_meta(art).published == "2025-04-28"
    again = clean_page("\n".join([art.title, *art.body]))
    assert again.body == art.body  # (the contact phone under its contact person stays with no signature below)
    # a notice with no imprint keeps its signature (most notice golds do)
    plain = clean_page(DOCUMENT.replace("某某县总工会办公室　　　　2025年4月29日印发\n", ""))
    assert plain.body[-2:] == ["某某县总工会", "2025年4月28日"]


@pytest.mark.parametrize("line, label", [
    ("阅\u3000\u3000读", True),
    ("作  者", True),
    ("审 核：", True),
    ("王 刚", False),  # a name padded to three characters: no label
    ("阅读全文 更多", False),
])
def test_a_spaced_out_label_alone_on_its_line(line, label):
    assert chrome.lone_field_label(fold(line)) is label


@pytest.mark.parametrize("line, labels", [
    ("作\u3000\u3000者 李某某", {"author"}),  # the label padded to four, its value after a gap
    ("发布单位 某某区总工会", {"source"}),
    ("来源\t某某日报", {"source"}),
    ("来源 不明的说法，还有待核实。", set()),  # a sentence opening with the word: no field
    ("作者说 几句", set()),
    ("发布机构 某某局 生成日期 2025-03-02", set()),  # a disclosure table's row of fields: its own rules
])
def test_a_label_and_its_value_set_apart_by_spacing_alone(line, labels):
    assert chrome.header_labels(fold(line)) == labels


def test_an_info_box_saved_as_text_row_by_row_is_no_headline():
    page = "\n".join(["‹ 某某工会 ···", "首页", "工会动态", "我的",
                      "某某区总工会开展职工技能培训进社区活动",
                      "发布单位 某某区总工会", "作\u3000\u3000者 李某某", "发布时间 2025-03-02 09:10", "阅\u3000\u3000读 1234",
                      "3月1日，某某区总工会在城东社区开展职工技能培训活动，邀请技师为职工讲授电工实操技能。",
                      "活动现场，30余名职工参加培训，并就安全用电等问题与技师交流。"])
    from unionkit.extract.meta import extract_meta

    art = clean_page(page)
    assert art.title == "某某区总工会开展职工技能培训进社区活动"
    meta = extract_meta(art)
    assert (meta.author, meta.source, meta.views) == ("李某某", "某某区总工会", 1234)


@pytest.mark.parametrize("line, widget", [
    ("👍 赞 57☆ 收藏 分享", True),  # icons drawn beside the buttons' words
    ("♡ 喜欢 ☆ 收藏", True),
    ("▼", True),
    ("★★★", False),  # icons alone: no button word went
    ("☆ 收藏好文 分享心得", False),
])
def test_a_button_row_with_icon_glyphs_is_a_widget_line(line, widget):
    assert chrome.is_widget_line(fold(line)) is widget

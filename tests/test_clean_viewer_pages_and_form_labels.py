"""A document shown page by page on a document-sharing site (page markers, a cover, a running footer), a notice's
contact section, counters and read receipts under the text, an intranet form's body label and numbered captions,
and an old CMS's entry clerk row. Look-alike lines of the text stay."""

from __future__ import annotations

import pytest

from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

HEAD = ("某某文档网\n首页 | 文档分类 | 上传赚钱\n\n职工书屋建设工作实务（2024版）\n"
        "上传人：小周　上传时间：2024-03-05　页数：4页　浏览：1,203\n"
        "文档简介：本课件为某某区总工会培训班授课课件，介绍职工书屋建设的依据和程序。\n"
        "本文档由用户上传，某某文档网仅提供信息存储空间服务。如有侵权请联系删除。\n\n")
FOOT = "某某区总工会 · 工会干部培训班"
PAGES = [
    ["一、建设依据", "职工书屋是工会服务职工精神文化需求的重要阵地，各级工会应当统筹规划建设。"],
    ["二、建设程序", "基层工会向上一级工会提出申请，上一级工会审核后择优推荐为示范点。"],
    ["三、工作安排", "5月至9月，分批指导基层工会完成书屋建设，区总工会全程跟踪指导。"],
]
TAIL = "\n预览已结束，下载文档查看全文\n免费下载此文档\n相关文档\n工会经费收支管理办法解读.ppt\n"


def _deck(cover: bool = True, running: bool = True, total: int = 4) -> str:
    out = [HEAD]
    n = 1
    if cover:
        out.append(f"第1页 / 共{total}页\n职工书屋建设工作实务\n主讲人：周海燕\n某某区总工会组织部\n2024年3月\n\n")
        n = 2
    for k, page in enumerate(PAGES):
        out.append(f"第{n + k}页 / 共{total}页\n" + "\n".join(page) + (f"\n{FOOT}" if running else "") + "\n\n")
    return "".join(out) + TAIL


def test_slide_deck_pages_are_the_text():
    art = clean_page(_deck())
    assert art.title == "职工书屋建设工作实务（2024版）"
    assert art.body == [line for page in PAGES for line in page]


def test_deck_without_a_cover_keeps_its_first_page():
    art = clean_page(_deck(cover=False, total=3))
    assert art.body == [line for page in PAGES for line in page]


def test_page_markers_under_each_page_of_an_article_leave_the_text_alone():
    """Markers that close a paginated article's pages (no cover, no running footer): the text before the first
    marker is the article's first page, and stays; the markers go."""
    first = "某某市总工会近日召开全市工会工作会议，总结去年工作，部署今年任务。会议由市总工会主席主持。"
    page = ("某某市总工会召开全市工会工作会议\n\n" + first + "\n第1页 / 共3页\n" + PAGES[0][1] + "\n第2页 / 共3页\n"
            + PAGES[1][1] + "\n第3页 / 共3页\n")
    art = clean_page(page)
    assert first in art.body
    assert not any("共3页" in p for p in art.body)  # the markers are page furniture all the same
    assert sum(r.text.startswith("第") and r.kind == "navigation" for r in art.removed) == 3


def test_viewer_end_prompt_and_related_documents_are_chrome():
    assert chrome.tail_kind(fold("预览已结束，下载文档查看全文")) == "navigation"
    assert chrome.tail_kind(fold("免费下载此文档")) == "navigation"
    assert chrome.tail_kind(fold("相关文档")) == "related_links"
    assert chrome.tail_kind(fold("下载文档后请按要求填写并报送。")) is None  # a notice's sentence


NOTICE = ("某某市总工会劳模疗休养服务项目竞争性磋商公告\n\n"
          "某某市总工会劳模疗休养服务项目的潜在供应商应在市总工会财务部获取磋商文件，并按时提交响应文件。\n"
          "一、项目基本情况\n项目名称：某某市总工会劳模疗休养服务项目\n采购方式：竞争性磋商\n"
          "二、对本次采购提出询问，请按以下方式联系\n采购人：某某市总工会\n地址：某某市英雄中路\n联系人：郭晓峰\n"
          "联系电话：0355-2023516\n\n【打印】【关闭】\n\n版权所有：某某市总工会　地址：某某市英雄中路\n")


def test_contact_lines_of_a_notice_s_contact_section_stay():
    art = clean_page(NOTICE)
    assert art.body[-4:] == ["采购人：某某市总工会", "地址：某某市英雄中路", "联系人：郭晓峰", "联系电话：0355-2023516"]


def test_contact_lines_under_a_story_are_the_footer():
    page = ("某某市总工会开展送清凉活动\n\n"
            "7月10日，某某市总工会组织慰问组走进建筑工地，为一线职工送去清凉物资。活动共慰问职工300余人。\n"
            "二、活动安排已于上月下发各单位，各单位要认真组织实施。\n\n"
            "地址：某某市英雄中路\n联系电话：0355-2023516\n")
    art = clean_page(page)
    assert "地址：某某市英雄中路" not in art.body


@pytest.mark.parametrize("line, widget", [
    ("收藏 (97)", True),
    ("赞 (286)", True),
    ("收藏 12", True),
    ("已阅读人员（1436）　未阅读人员（2371）", True),  # an intranet notice's read receipts
    ("收藏家协会", False),
    ("已阅读人员名单见附件（共1436人）", False),
])
def test_counters_under_the_text(line, widget):
    assert chrome.is_widget_line(fold(line)) is widget


OA = ("某某医院 协同办公平台\n新闻公告 > 工会动态 > 查看\n\n标题：院工会举办护士职业技能竞赛\n"
      "发布人：孙建国　　发布时间：2024-05-13 17:08\n附件：无\n正　文：\n"
      "5月10日至11日，某某医院工会联合护理部举办护士职业技能竞赛，来自全院38个护理单元的112名护士参加比赛。\n"
      "竞赛分为理论考试和技能操作两部分，由护理部组织12名副主任护师以上专家担任评委。\n"
      "图片1：竞赛技能操作比赛现场\n"
      "院工会主席王丽娟表示，院工会将把技能竞赛作为服务职工成长成才的重要载体，持续开展岗位练兵活动。\n\n"
      "已阅读人员（1436）　未阅读人员（2371）\n上一条：关于开展职工健康查体的通知\n")


def test_intranet_form_label_caption_and_read_receipts_go():
    art = clean_page(OA)
    assert art.title == "院工会举办护士职业技能竞赛"
    assert len(art.body) == 3 and art.body[0].startswith("5月10日")
    assert art.captions == ["图片1：竞赛技能操作比赛现场"]


@pytest.mark.parametrize("line, label", [
    ("正　文：", True),
    ("正文:", True),
    ("正文如下：", False),
    ("正是文化的力量：", False),
])
def test_body_label(line, label):
    assert byline.body_label(fold(line)) is label


@pytest.mark.parametrize("line, editor", [
    ("文章录入：admin    责任编辑：王喆", True),
    ("文章录入：张三 责任编辑：王喆", True),
    ("【文章录入：webmaster 责任编辑：webmaster】", True),  # the row in brackets, both by a login
    ("(文章录入：张三 责任编辑：王喆)", True),
    ("【文章录入：张三 责任编辑：王喆", False),  # a bracket opened and never closed
    ("文章录入：admin", False),  # no editor named: a header row's field
    ("文章录入工作由办公室负责，责任编辑为王喆。", False),
])
def test_entry_clerk_and_editor_row(line, editor):
    assert byline.editor_line(fold(line)) is editor


WEIBO = ("微博\n首页　热门　视频　消息　发现\n\n某某工会\n某某市总工会官方微博\n24-6-18 10:32 来自 微博网页版\n\n"
         "【某某市总工会启动2024年“夏送清凉”活动】6月17日，某某市总工会在建筑工地举行“夏送清凉”活动启动仪式，"
         "为坚守高温一线的建筑工人送去清凉物资。\n"
         "据悉，今年市总工会共筹措资金860万元，在7月至9月期间开展系列活动，预计惠及一线职工12万人次。\n"
         "#夏送清凉#\n收起\n\n转发 36　　评论 12　　赞 158\n")


def test_bracketed_headline_opening_a_microblog_post_is_the_title():
    art = clean_page(WEIBO)
    assert art.title == "某某市总工会启动2024年“夏送清凉”活动"
    assert art.body[0].startswith("6月17日，某某市总工会")
    assert len(art.body) == 2
    again = clean_page("\n".join([art.title, *art.body]))
    assert (again.title, again.body) == (art.title, art.body)


def test_bracketed_lead_under_a_real_headline_stays_in_its_paragraph():
    page = ("某某市总工会多措并举为职工办实事\n\n"
            "【坚持党建引领持续深化改革】今年以来，某某市总工会坚持以党建带工建，推动工会工作提质增效。全年共办实事20件。\n"
            "【聚焦职工急难愁盼问题】市总工会持续开展“四季送”活动，累计慰问一线职工3万余人次。\n")
    art = clean_page(page)
    assert art.title == "某某市总工会多措并举为职工办实事"
    assert art.body[0].startswith("【坚持党建引领持续深化改革】今年以来")


def test_bracketed_dateline_opening_the_text_is_no_headline():
    page = WEIBO.replace("【某某市总工会启动2024年“夏送清凉”活动】", "【某某日报全媒体记者报道讯】")
    art = clean_page(page)
    assert art.title != "某某日报全媒体记者报道讯"

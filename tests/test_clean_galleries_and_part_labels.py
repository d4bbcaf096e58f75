"""A report's photo gallery (captions beside 1/N counters, 上一组/下一组 links), a Q&A column's button and
answer signature, a TV page's part labels, an intranet article's classification row, a dateline tag set apart,
and a role credited with a picture but no name (session 23)."""

from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page
from unionkit.extract.meta import parse_byline
from unionkit.extract.people.bylines import _signature

HEAD = ["某某市新闻网", "首页 | 本地 | 图片 | 视频", "某某区举办职工趣味运动会",
        "2024-05-10 09:30  来源：某某日报  编辑：张某某"]
TEXT = ["5月9日，某某区总工会在区体育中心举办职工趣味运动会，来自全区28家基层工会的500余名职工参加了比赛。",
        "运动会设置了拔河、跳绳、托球跑、毛毛虫竞速等8个集体项目，各代表队赛出了风格，赛出了水平。",
        "区总工会负责人表示，将继续组织开展形式多样的文体活动，丰富职工精神文化生活。"]
CAPS = ["拔河比赛中，队员们奋力向后拉绳。", "跳绳项目考验团队的默契配合。", "区总工会领导为获奖队伍颁奖。"]
TAIL = ["上一组：春日公园花开正艳", "下一组：夜市烟火气十足", "【打印】 【关闭】", "版权所有 某某日报社"]


def _gallery(counter_first: bool) -> list[str]:
    out = []
    for k, cap in enumerate(CAPS, 1):
        out += [f"{k}/{len(CAPS)}", cap] if counter_first else [cap, f"{k}/{len(CAPS)}"]
    return out


def test_gallery_captions_under_a_report_are_captions():
    for counter_first in (False, True):
        art = clean_page("\n".join(HEAD + TEXT + [""] + _gallery(counter_first) + TAIL))
        assert art.body == TEXT, counter_first
        assert art.captions == CAPS, counter_first


def test_photo_story_captions_after_an_intro_line_stay_text():
    # the captions tell the story when the page's own text is one short intro line
    intro = ["5月9日，某某区职工趣味运动会举行。"]
    art = clean_page("\n".join(HEAD + intro + _gallery(True) + TAIL))
    assert art.body == intro + CAPS


def test_counters_out_of_order_mark_no_caption():
    gallery = [CAPS[0], "1/3", CAPS[1], "3/3", CAPS[2], "2/3"]
    art = clean_page("\n".join(HEAD + TEXT + [""] + gallery + TAIL))
    assert art.captions == []


def test_gallery_set_links_are_navigation():
    for line in TAIL[:2]:
        assert chrome.tail_kind(fold(line)) == "navigation", line
    assert chrome.gallery_counter(fold("2/4")) == (2, 4)
    assert chrome.gallery_counter(fold("2024/5")) is None


def test_ask_button_is_a_widget():
    assert chrome.is_widget_line(fold("【我要提问】"))
    assert chrome.is_widget_line(fold("[我要咨询]"))
    # the bare words under the text head the question form: that block's marker, no widget
    assert not chrome.is_widget_line(fold("我要提问"))
    assert chrome.tail_kind(fold("我要提问")) == "comment_form"
    assert not chrome.is_widget_line(fold("我要提问：单位不给缴社保怎么办？"))


def test_answer_signature_is_a_credit():
    for line in ("（某某市总工会法律援助中心 律师 王某某）", "(某某区人民法院 法官：李某)", "（律师 赵某）"):
        assert byline.credit_line(fold(line)), line
    # a law firm's name alone signs as no one's credit
    assert not byline.credit_line(fold("（某某律师事务所）"))
    assert not byline.credit_line(fold("（某某律师事务所律师认为，该做法违法）"))


def test_transcript_part_labels_are_markup():
    for label in ("【视频文字稿】", "【文字实录】", "【节目文稿】"):
        assert byline.section_label(fold(label)) == len(fold(label)), label
    assert byline.section_label(fold("【记录】")) is None


def test_classification_row_is_header():
    for row in ("密级：内部公开    有效期：长期", "密级：普通"):
        art = clean_page("\n".join(HEAD + [row] + TEXT))
        assert art.body == TEXT, row
        assert any(r.kind == "page_header" and r.text.startswith("密级") for r in art.removed), row


def test_dateline_tag_with_spaced_credits_alone_is_the_dateline():
    # its credits set apart by spaces read as a run of short menu words: the tag's line is still the dateline
    for tag in ("本报讯(记者 王某某 通讯员 李某)", "某某日报讯（记者 赵某某 通讯员 钱某 孙某）"):
        art = clean_page("\n".join(HEAD[:3] + [tag] + TEXT))
        assert art.body == TEXT, tag
        assert any(r.kind == "dateline" for r in art.removed), tag
    # a menu of short words stays navigation
    assert not byline.lone_tag(fold("首页 新闻 视频 本报讯"))


def test_role_credited_with_a_picture_names_no_author():
    assert parse_byline("（通讯员 供图）") == {"credit": "通讯员 供图"}
    assert parse_byline("（记者 供稿）") == {"credit": "记者 供稿"}
    assert parse_byline("（通讯员 王某某）") == {"author": "王某某"}


def test_answer_signature_titles_its_answerer():
    got = [(p.name, p.titles) for p in _signature("（某某市总工会法律援助中心 律师 王建华）")]
    assert got == [("王建华", ["律师"])]
    # the writer's plain signature stays untitled
    assert [(p.name, p.titles) for p in _signature("（某某区总工会宣传部 王建华）")] == [("王建华", [])]


def test_a_lone_bracketed_name_signs_the_report():
    """A closing (name) alone is the writer's signature, whatever a header's 作者 slot holds (a unit, say)."""
    assert [(p.name, p.titles) for p in _signature("（郝建平）")] == [("郝建平", [])]
    assert _signature("（待续）") == [] and _signature("（宣传部）") == []

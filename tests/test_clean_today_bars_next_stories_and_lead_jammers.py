"""A portal's date-of-today bar under the site's name (no headline's metadata), a notice's mailing-address line above
its signature, the page's next story under the article's closing lines, an app's fold counting what it hides
(展开剩余40%), and jammers opening a paragraph with spaces inside them or after them."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from test_jammer import PAIRED, _cut_page  # noqa: E402

from unionkit.clean import chrome, clean_text  # noqa: E402
from unionkit.clean.jammer import inline_jammer_spans  # noqa: E402
from unionkit.clean.lines import fold  # noqa: E402

NOTICE_PARA = ("经各基层工会推荐、市总工会审核，拟推荐某某公司等5个集体为市级模范职工之家。现予以公示，公示期为5个工作日。"
               "如有异议，请以书面形式向市总工会组织部反映。")


# --- a portal's top bar dating the day the page is read ----------------------------------------------------------
@pytest.mark.parametrize("line", ["某某工会网 | 今天是:2025年4月9日 星期三 | 设为首页 加入收藏", "今天是2024年6月3日 星期一",
                                  "欢迎访问本站 今日:2023-05-02"])
def test_today_bar(line):
    assert chrome.today_bar(fold(line))


@pytest.mark.parametrize("line", ["发布时间:2025年4月9日 来源:某某市总工会", "2025年4月9日 星期三", "今天是个好日子"])
def test_today_bar_negatives(line):
    assert not chrome.today_bar(fold(line))


def test_site_name_over_a_today_bar_is_no_headline():
    # the site's name over its date-of-today bar, repeated by the notice's signature: the notice's headline wins
    page = "\n".join([
        "某某市总工会", "某某工会网 | 今天是:2025年4月9日 星期三 | 设为首页 加入收藏", "首页 | 工会动态 | 通知公告 | 网上工会", "",
        "关于2025年度市级模范职工之家拟推荐对象的公示", "发布时间:2025-04-08 09:30  来源:组织部  浏览次数:312", "",
        NOTICE_PARA, "某某市总工会", "2025年4月8日"])
    art = clean_text(page)
    assert art.title == "关于2025年度市级模范职工之家拟推荐对象的公示"
    assert art.body[0] == NOTICE_PARA


# --- a notice's mailing address above its signature ------------------------------------------------------------
def test_mailing_address_is_a_contact_line():
    for line in ("通讯地址:某某市人民路8号市总工会302室,邮编:100000", "通信地址:某某区建设街12号"):
        assert chrome.contact_line(fold(line)), line


def test_notice_contact_lines_above_its_signature_stay():
    page = "\n".join([
        "关于2025年度市级模范职工之家拟推荐对象的公示", "发布时间:2025-04-08 09:30  来源:组织部", "",
        NOTICE_PARA, "联系电话:0000-1234567", "通讯地址:某某市人民路8号市总工会302室,邮编:100000",
        "某某市总工会", "2025年4月8日", "", "上一篇:某某市总工会召开全委会议", "版权所有:某某市总工会  地址:某某市人民路8号"])
    body = clean_text(page).body
    assert body[1:] == ["联系电话:0000-1234567", "通讯地址:某某市人民路8号市总工会302室,邮编:100000", "某某市总工会",
                        "2025年4月8日"]


# --- the page's next story under the article's closing lines -----------------------------------------------------
STORY = ["某某县总工会为环卫工人送清凉", "发布时间:2024年07月20日 10:05   作者:张某   来源:某某县总工会", "",
         "7月19日,某某县总工会党组书记带领工会干部来到县城环卫站,为环卫工人送去绿豆、白糖、藿香正气水等防暑用品。",
         "据了解,今年送清凉活动将持续到8月底,预计慰问户外劳动者500余人。"]
OTHER = ["某某县开展防汛应急演练", "发布时间:2024年07月20日 08:40   作者:李某   来源:某某县应急管理局", "",
         "7月18日上午,某某县防汛抗旱指挥部在县城段组织开展防汛抢险应急演练,12家单位的200余人参加演练。",
         "编辑:王某   审核:赵某"]
TAIL = ["", "相关新闻", "· 某某县总工会开展安康杯知识竞赛", "", "主办:某某县新闻中心  地址:某某县人民路1号"]


def test_next_story_after_the_closing_lines_goes():
    page = "\n".join(["某某新闻网", "当前位置:首页 > 部门动态", "", *STORY, "(某某县总工会 供稿)", "编辑:孙某   审核:赵某",
                      "", "————————————————", "", *OTHER, *TAIL])
    art = clean_text(page)
    assert art.title == STORY[0]
    assert art.body == STORY[3:]
    gone = {r.text: r.kind for r in art.removed}
    assert gone["某某县开展防汛应急演练"] == "related_links"
    assert gone["编辑:王某 审核:赵某"] == "related_links"  # the other story's editor names no one of this one


def test_a_headed_section_before_any_closing_line_stays():
    # a section with its own dated row inside the text, before the article's closing lines: the text's
    page = "\n".join(["某某新闻网", "", *STORY, "", *OTHER[:4], "(某某县总工会 供稿)", *TAIL])
    assert "7月18日上午,某某县防汛抗旱指挥部在县城段组织开展防汛抢险应急演练,12家单位的200余人参加演练。" in clean_text(page).body


# --- an app's fold counting what it hides -------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["展开剩余40%", "展开剩余 7%"])
def test_fold_with_a_share_is_a_widget(line):
    assert chrome.is_widget_line(fold(line))


def test_fold_with_a_share_leaves_the_body():
    page = "\n".join(["某某新闻", *STORY[:2], "", STORY[3], "展开剩余40%", "打开APP阅读全文", STORY[4]])
    art = clean_text(page)
    assert art.body == [STORY[3], STORY[4]]


# --- jammers opening a paragraph -----------------------------------------------------------------------------------
def test_ascii_tokens_before_a_random_string_opening_the_line_go_with_it():
    line = "KQB Ty;Pq$Zv 某某县总工会主席介绍,近年来县总工会把维权作为工作重点。"
    [(a, e)] = inline_jammer_spans(line)
    assert a == 0 and line[e:].lstrip().startswith("某某县")
    # a footer's words before a string, nothing Han after it; a sentence's words before one: left as they were
    assert inline_jammer_spans("Powered by XyCms$k9 © 2004-2024")[0][0] > 0
    assert inline_jammer_spans("他说这是 KQB Ty;Pq$Zv 的做法。")[0][0] > 0


@pytest.mark.parametrize("head", ["k-3@7 ", "Pk ", "s;Wv ", "k-3@7 Pk "])
def test_junk_tokens_opening_a_paragraph_on_a_jammed_page(head):
    text = "“以前欠薪不知道找谁，现在知道了。”一位农民工说。"
    assert _cut_page(PAIRED[:4] + [head + text, "活动由王明主持。"])[4] == text


@pytest.mark.parametrize("head", ["CCTV ", "iPhone ", "08:46| ", "(186.42 ", "# ", "A. "])
def test_words_marks_and_counts_opening_a_paragraph_stay(head):
    text = "5月16日，某某县总工会开展送法进工地活动。"
    assert _cut_page(PAIRED[:4] + [head + text, "活动由王明主持。"])[4] == head + text
    # and nothing opening a line is looked at on a page without jammers
    assert _cut_page(["首批服务站在渔港挂牌。", "k-3@7 " + text])[1] == "k-3@7 " + text

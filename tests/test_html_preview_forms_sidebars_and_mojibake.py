"""A CMS preview page (its <title> 预览 - Headline - Site, its record form around the text, its vendor's footer), a
left-hand sidebar of headed boxes, a <title> in mojibake, an info row's 文/图 credit span. Each rule with a look-alike
that must stay as it was."""

from __future__ import annotations

from unionkit.clean import clean_article
from unionkit.decode import undo_cp1252
from unionkit.html import html_to_article
from unionkit.html.title import headline_index

HEADLINE = "某县总工会举办职工茶艺技能比武"
PARA = ("5月9日，某县总工会在县职工服务中心举办职工茶艺技能比武，来自全县18家茶企的42名职工参加冲泡、"
        "品鉴和茶席设计三个项目的比拼，评委组由省茶叶学会推荐的五名高级茶艺师组成。")
PARA2 = ("经过一天角逐，某茶业公司职工李某获得冲泡项目第一名。县总工会负责人表示，将把比武与职工技能提升行动"
         "结合起来，为茶产业培养一批技术骨干，让更多一线职工凭技能成长成才。")
PARA3 = ("据悉，近两年来，某县总工会共投入资金一百二十余万元，建成茶产业职工技能实训基地三个、劳模和工匠人才"
         "创新工作室六家，带动三千余名茶产业职工提升技能，一批青年职工在省市比赛中获奖。")
TEXT = f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p>"


def _clean(html: str):
    return clean_article(html_to_article(html))


# --- the headline between two parts of the <title> ------------------------------------------------------

def test_a_headline_between_a_preview_word_and_the_site_is_found():
    title = f"预览 - {HEADLINE} - 某市工会网 内容管理系统"
    assert headline_index(["后台首页 退出", HEADLINE, "作者"], set(), title, None) == 1


def test_a_channel_between_the_headline_and_the_site_is_not_the_headline():
    # (the headline is the longest part; a tag's closing bracket joins no parts: 【经验分享】Headline)
    assert headline_index(["维权互助"], set(), f"{HEADLINE} - 维权互助 - 某某社区", None) is None
    assert headline_index([HEADLINE], set(), f"【经验分享】{HEADLINE} - 维权互助 - 某某社区", None) is None


# --- a CMS's record form around the article -----------------------------------------------------------

FORM = f"""<html><head><meta charset="utf-8"><title>预览 - {HEADLINE} - 某市工会网 内容管理系统</title></head><body>
<div class="bar">某市工会网 内容管理系统 V3.1 <a href="/cms/">后台首页</a> <a href="/logout">退出</a></div>
<table class="form">
<tr><th>标题</th><td><h1>{HEADLINE}</h1></td></tr>
<tr><th>副标题</th><td></td></tr>
<tr><th>作者</th><td>王某某</td></tr>
<tr><th>来源</th><td>某县总工会</td></tr>
<tr><th>录入时间</th><td>2024-05-09 16:20:05</td></tr>
<tr><th>关键词</th><td>茶艺 技能比武</td></tr>
<tr><th>摘要</th><td><textarea readonly>某县总工会举办职工茶艺技能比武。</textarea></td></tr>
<tr><th>正文</th><td><div class="body">{TEXT}</div></td></tr>
<tr><th>标题图片</th><td>无</td></tr>
<tr><th>字数统计</th><td>512</td></tr>
</table>
<div class="foot">某市工会网内容管理系统 &copy; 2016-2024　技术支持：某某信息技术有限公司</div>
</body></html>"""


def test_a_record_form_leaves_the_headline_and_the_text():
    art = _clean(FORM)
    assert art.title == HEADLINE
    assert art.body == [PARA, PARA2, PARA3]
    removed = [r.text for r in art.removed]
    assert "关键词" in removed and "正文" in removed and "字数统计" in removed


def test_a_record_forms_fields_are_still_read():
    from unionkit.extract import extract

    meta = extract(_clean(FORM)).meta
    assert (meta.author, meta.source) == ("王某某", "某县总工会")
    # the back office signed with the site's name, the vendor's credit naming no site
    assert meta.site == "某市工会网"


def test_a_label_value_table_without_the_text_is_left_alone():
    # (an information table over the article: no value cell holds the text)
    html = FORM.replace(f"<div class=\"body\">{TEXT}</div>", "见下文").replace("</body>", f"{TEXT}</body>")
    art = _clean(html)
    assert "正文" not in [r.text for r in art.removed if r.line is None]


# --- a left-hand sidebar of headed boxes ----------------------------------------------------------------

SIDEBAR = f"""<html><head><meta charset="utf-8"><title>工作动态 - 某市总工会</title></head><body>
<div id="header"><h1 class="slogan">爱岗敬业 争创一流 当好主人翁 建功新时代</h1>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/a/">工会新闻</a></li><li><a href="/b/">工作动态</a></li></ul>
<div class="banner"><h2>{HEADLINE}</h2><span>您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/b/">工作动态</a></span></div></div>
<div id="main"><div id="side">
<div class="box"><h2>通知公告</h2><ul><li><a href="/n/1.html">关于开展职工疗休养工作的通知</a></li>
<li><a href="/n/2.html">关于做好金秋助学申报工作的通知</a></li></ul></div>
<div class="box"><h2>网上服务</h2><ul><li><a href="#">职工入会</a></li><li><a href="#">困难帮扶</a></li>
<li><a href="#">法律援助</a></li><li><a href="#">12351热线</a></li></ul></div></div>
<div id="content"><div class="info">发布时间：2024-05-10　浏览次数：186</div>
<div class="text">{TEXT}</div></div></div></body></html>"""


def test_a_left_sidebar_of_headed_boxes_is_dropped():
    art = _clean(SIDEBAR)
    assert art.title == HEADLINE
    assert art.body == [PARA, PARA2, PARA3]


def test_one_headed_list_before_the_text_is_no_sidebar():
    # (an e-paper's edition list or a header's menu stands before the article too: one box is not a column)
    html = SIDEBAR.replace('<div class="box"><h2>网上服务</h2>', '<div class="box">')
    removed = {r.text: r.kind for r in html_to_article(html).removed}
    assert "职工入会 困难帮扶 法律援助 12351热线" not in removed and "通知公告" not in removed


# --- a <title> in mojibake ---------------------------------------------------------------------------------

def _mojibake(text: str) -> str:
    """``text``'s UTF-8 bytes read as Windows-1252, the five bytes it leaves undefined as Latin-1's C1 controls."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b)
                   for b in text.encode("utf-8"))


def test_a_mojibake_title_is_repaired():
    assert undo_cp1252(_mojibake("某市工会网")) == "某市工会网"
    assert undo_cp1252("Café Müller") is None  # Latin text that is no mojibake
    assert undo_cp1252("plain title") is None


def test_a_mojibake_title_still_names_the_headline_and_the_site():
    html = (f"<html><head><meta charset='utf-8'><title>{_mojibake(HEADLINE + '_某市工会网')}</title></head><body>"
            "<div class='head'><a class='logo' href='/'><img src='/logo.png' alt='某市工会网'></a></div>"
            f"<h1>{HEADLINE}</h1>{TEXT}</body></html>")
    art = html_to_article(html)
    assert art.raw.splitlines()[0] == HEADLINE
    assert art.meta.site == "某市工会网"


# --- an info row's 文/图 credit span ---------------------------------------------------------------------

def test_a_words_and_pictures_credit_span_is_read_apart_from_the_source():
    # (a row too long to be read as bare classed values: its labelled spans are spaced, 文/图 among them)
    from unionkit.extract import extract

    html = (f"<html><head><meta charset='utf-8'><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
            "<div class='info'><span class='time'>2024-05-10 09:30</span><span class='src'>来源：某县总工会</span>"
            "<span class='by'>文/图 记者 张某某</span><span class='hits'>阅读：<em>312</em></span>"
            "<span class='size'>字号：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a></span></div>"
            f"{TEXT}</body></html>")
    meta = extract(_clean(html)).meta
    assert (meta.source, meta.reporter) == ("某县总工会", "张某某")

"""Markdown exports of articles (reader-mode tools, note apps) and a note app's share page of a clipped article:
the Markdown syntax is markup, the note app's chrome goes, and the address the page was taken from is its url."""
from unionkit.clean import chrome
from unionkit.clean.lines import fold
from unionkit.clean.markdown import heading_marks, link_spans
from unionkit.clean.pipeline import clean_page
from unionkit.extract import extract
from unionkit.extract.meta.urls import _labelled_url


def test_heading_marks():
    assert heading_marks("### 一线职工的心里话") == [(0, 3)]
    assert heading_marks("# 某某工会举办技能比武") == [(0, 1)]
    assert heading_marks("## 赛场见真章 ##") == [(0, 2), (8, 11)]
    # hashtags have no space after their #; a row of spaced hashtags is a tag line; a bare # is nothing
    for line in ("#劳动最光荣#", "#工会 #职工 #技能", "# 话题一# 话题二#", "#3楼 作者:某某", "#", "####### 七个井号"):
        assert heading_marks(line) == [], line


def test_link_spans():
    line = "详见[某某工会官网](https://example.org/a/1.html)发布的通知"
    kept = _kept(line, link_spans(line))
    assert kept == "详见某某工会官网发布的通知"
    # an image link goes whole, the alt text with it
    line = "![会场一角](http://example.org/img/2.jpg)"
    assert link_spans(line) == [(0, len(line))]
    # a link whose text is the address cut short reads as its full address
    line = "原文地址 [example.org](http://example.org/news/2024/3.html)"
    assert _kept(line, link_spans(line)) == "原文地址 http://example.org/news/2024/3.html"
    # brackets without an address after them are text (a reference, a lenticular headline folded)
    assert link_spans("见[注1](2024年版)") == []
    assert link_spans("职工[2]指出") == []


def _kept(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without ``spans``."""
    out, at = [], 0
    for a, b in spans:
        out.append(text[at:a])
        at = b
    return "".join(out) + text[at:]


EXPORT = """> 本文由 [某某阅读器](http://reader.example.com/) 转码， 原文地址 [www.example-gh.cn](http://www.example-gh.cn/news/2024-05/20/content_123.html)

# 某某区总工会举办新就业形态劳动者技能比武

发布时间：2024-05-20 09:30　来源：某某区总工会

![](http://www.example-gh.cn/images/2024-05/20/123_01.jpg)

5月18日，某某区总工会在区职工服务中心举办新就业形态劳动者技能比武，全区120余名快递员、外卖送餐员参加比赛。

### 比技能也比服务

比赛设置理论知识、安全驾驶和客户服务三个项目，选手们沉着应战，展现了良好的职业素养。

### 以赛促学增本领

区总工会有关负责人表示，将持续开展技能比武活动，帮助新就业形态劳动者提升职业技能。#劳动最光荣#

上一篇：[某某区总工会开展送清凉活动](http://www.example-gh.cn/news/2024-05/18/content_120.html)

下一篇：[某某区总工会召开全委会议](http://www.example-gh.cn/news/2024-05/21/content_125.html)
"""


def test_reader_mode_export():
    art = extract(clean_page(EXPORT))
    assert art.title == "某某区总工会举办新就业形态劳动者技能比武"
    assert art.body[1] == "比技能也比服务" and art.body[3] == "以赛促学增本领"
    assert art.body[-1].endswith("#劳动最光荣#")  # a hashtag stays the text's
    assert not any("上一篇" in p or "下一篇" in p or "](" in p for p in art.body)
    # the banner's original address is the page's, not the reader tool's homepage
    assert art.meta.url == "http://www.example-gh.cn/news/2024-05/20/content_123.html"


def test_a_jammer_opening_with_a_hash_stays_a_jammer():
    page = EXPORT.replace("### 比技能也比服务", "比技能也比服务\n# %+7cUG")
    kinds = {r.text: r.kind for r in clean_page(page).removed}
    assert kinds.get("# %+7cUG") == "jammer"


NOTE = """某某云笔记
登录 | 注册

某某市总工会开展职工技能培训
来自 张***** 的分享　　2024-04-02 20:15　　浏览 31

时间：2024-04-01 10:00　　来源：某某市总工会

4月1日，某某市总工会在市职工培训基地开展职工技能培训，来自全市30家企业的150名职工参加。

培训邀请高级技师现场授课，内容包括设备维护、安全生产等，受到职工欢迎。

剪藏自：https://www.example-zgh.cn/news/2024/0401/88.html

笔记标签：技能培训　职工
该笔记已被 12 人保存

下载某某云笔记客户端
"""


def test_note_share_page_chrome_and_url():
    art = extract(clean_page(NOTE))
    assert art.body[-1].startswith("培训邀请高级技师")
    assert art.meta.url == "https://www.example-zgh.cn/news/2024/0401/88.html"


def test_note_lines_shapes():
    assert chrome.tail_kind(fold("笔记标签：劳模　工匠")) == "related_links"
    assert chrome.tail_kind(fold("该笔记已被 3 人保存")) == "navigation"
    assert chrome.tail_kind(fold("本文已被1.2万人收藏")) == "navigation"
    assert chrome.tail_kind(fold("该笔记已被删除。")) is None
    assert chrome.is_header_line(fold("剪藏自：https://example.org/a/1.html"), strict=True)
    assert _labelled_url("剪藏自：https://example.org/a/1.html") == "https://example.org/a/1.html"

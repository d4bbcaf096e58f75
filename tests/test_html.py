"""HTML pages in: the same article as the text path, with what the markup hides or marks as chrome removed."""

from __future__ import annotations

import json
import pathlib

import pytest

from html_build import CHROME_ASIDE, CHROME_FOOTER, CHROME_NAV, build_bytes, build_html
from unionkit.clean import clean_article, clean_text
from unionkit.extract import extract
from unionkit.html import decode_html, declared_charset, html_to_article, html_to_lines, parse
from unionkit.html.lines import squash
from unionkit.html.meta import iso_date
from unionkit.inputs import read_inputs
from unionkit.record import to_dict

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"
PAGES = sorted(EXAMPLES.glob("*.txt"))
# The traditional-script page: its characters are in GBK but not in GB2312.
TRADITIONAL = next(p for p in PAGES if p.name.startswith("001_"))


def text_lines(text: str) -> list[str]:
    """The text page's non-blank lines as HTML shows them (ASCII whitespace collapsed)."""
    return [squash(ln.strip()) for ln in text.splitlines() if ln.strip()]


def kept(article) -> list[str]:
    return [article.title or "", *article.body]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name[:3])
def test_html_lines_are_the_text_page_lines(page):
    text = page.read_text(encoding="utf-8")
    html, _ = build_html(text, seed=3)
    lines, _ = html_to_lines(html)
    assert lines == text_lines(text)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name[:3])
def test_clean_output_equals_the_text_path(page):
    text = page.read_text(encoding="utf-8")
    html, _ = build_html(text, seed=5)
    assert kept(clean_article(html_to_article(html, path="page.html"))) == kept(clean_text(text))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name[:3])
def test_hidden_jammers_never_reach_the_output(page):
    text = page.read_text(encoding="utf-8")
    html, planted = build_html(text, seed=7)
    assert planted
    naive = parse(html).body.text()  # what a scraper ignoring CSS gets
    assert all(j in naive for j in planted)
    art = html_to_article(html)
    markup = {r.text for r in art.removed_of("markup")}
    assert all(j in markup for j in planted)
    out = "\n".join(kept(clean_article(art)))
    assert not [j for j in planted if j in out]


def test_chrome_elements_are_removed_with_their_kinds():
    html, _ = build_html(PAGES[3].read_text(encoding="utf-8"))
    art = html_to_article(html)
    assert {r.text for r in art.removed_of("navigation")} == {" ".join(CHROME_NAV)}  # a menu bar is one line
    assert {r.text for r in art.removed_of("related_links")} == set(CHROME_ASIDE)
    assert {r.text for r in art.removed_of("site_footer")} == set(CHROME_FOOTER)
    assert "请开启浏览器的JavaScript功能" in {r.text for r in art.removed_of("markup")}
    assert not any(x in art.raw for x in (*CHROME_NAV, "pageConfig", "count.gif"))


def test_an_aside_inside_the_article_is_an_inset_box_and_the_article_goes_on():
    page = ('<html><body><article><h1>某县总工会开展职工技能培训</h1><p>第一段讲培训开班的情况。</p>'
            '<aside class="rel"><b>相关阅读</b><a href="/a.html">另一条新闻的标题</a></aside>'
            '<p>第二段讲培训的课程安排。</p><footer><p>责任编辑:某某</p></footer></article></body></html>')
    lines, removed = html_to_lines(page)
    assert lines == ["某县总工会开展职工技能培训", "第一段讲培训开班的情况。", "第二段讲培训的课程安排。", "责任编辑:某某"]
    assert ("related_links", "相关阅读另一条新闻的标题") in {(r.kind, r.text) for r in removed}


def test_a_closed_dialog_is_hidden_and_an_open_one_shown():
    box = '<dialog{open}><div>文件名:</div><div>通知.pdf</div><button>关闭</button></dialog>'
    page = '<html><body><p>某市总工会关于开展疗休养工作的通知。</p>{box}</body></html>'
    closed, removed = html_to_lines(page.format(box=box.format(open="")))
    assert closed == ["某市总工会关于开展疗休养工作的通知。"]
    assert "文件名:" in {r.text for r in removed}
    shown, _ = html_to_lines(page.format(box=box.format(open=" open")))
    assert "文件名:" in shown and "通知.pdf" in shown


_TWO_COLUMNS = ('<html><head><title>{title}</title></head><body><table><tr>'
                '<td><div class="yt">引题一行</div><h1>甲市举办职工技能大赛</h1><p>{a}</p></td>'
                '<td><h1>乙区总工会帮助农民工讨薪</h1><p>{b}</p></td></tr></table></body></html>')
_PARA_A = "甲市总工会日前举办职工技能大赛,来自全市各行业的一百多名选手参加了比赛,比赛分理论和实操两部分进行。" * 2
_PARA_B = "乙区总工会职工法律援助工作站近日接到农民工求助,经多方协调,企业已将拖欠的工资全部发放到位。" * 2


def test_the_other_article_beside_the_one_the_title_names_is_dropped():
    lines, removed = html_to_lines(_TWO_COLUMNS.format(title="甲市举办职工技能大赛--某某职工报", a=_PARA_A, b=_PARA_B))
    assert lines == ["引题一行", "甲市举办职工技能大赛", _PARA_A]
    assert {r.text: r.kind for r in removed}["乙区总工会帮助农民工讨薪"] == "related_links"
    # a <title> naming neither headline (a page of the issue) keeps both
    lines, _ = html_to_lines(_TWO_COLUMNS.format(title="第03版:基层工会", a=_PARA_A, b=_PARA_B))
    assert _PARA_A in lines and _PARA_B in lines


def test_a_subheading_inside_the_named_article_is_no_other_article():
    page = ('<html><head><title>甲市举办职工技能大赛_某某网</title></head><body><div class="head"><h1>甲市举办职工技能大赛'
            f'</h1></div><div class="body"><p>{_PARA_A}</p><h1>比赛现场</h1><p>{_PARA_B}</p></div></body></html>')
    lines, _ = html_to_lines(page)
    assert lines == ["甲市举办职工技能大赛", _PARA_A, "比赛现场", _PARA_B]


# --- encodings -------------------------------------------------------------------------------


def test_gb2312_declared_gbk_page_decodes_exactly():
    text = TRADITIONAL.read_text(encoding="utf-8")
    data, _ = build_bytes(text, seed=1, charset="gb2312")
    with pytest.raises(UnicodeDecodeError):
        data.decode("gb2312")  # really GBK, as such servers send
    assert declared_charset(data) == "gb2312"
    dec = decode_html(data)
    assert dec.warnings == []
    assert html_to_lines(dec.text)[0] == text_lines(text)


def test_gbk_page_file_reads_like_the_utf8_page(tmp_path):
    text = TRADITIONAL.read_text(encoding="utf-8")
    data, _ = build_bytes(text, seed=1, charset="gb2312")
    (tmp_path / "gbk.html").write_bytes(data)
    (tmp_path / "utf8.html").write_bytes(build_bytes(text, seed=1)[0])
    a, b = read_inputs([str(tmp_path / "gbk.html"), str(tmp_path / "utf8.html")])
    assert a.raw == b.raw and a.warnings == []
    assert kept(clean_article(a)) == kept(clean_text(text))


def test_big5_declared_page_decodes():
    page = '<html><head><meta charset="big5"><title>工會</title></head><body><p>廣元市總工會舉辦職工運動會</p></body></html>'
    dec = decode_html(page.encode("cp950"))
    assert "廣元市總工會舉辦職工運動會" in dec.text


def test_bom_wins_over_declaration():
    page = '<html><head><meta charset="gbk"></head><body><p>职工之家建设</p></body></html>'
    dec = decode_html(b"\xef\xbb\xbf" + page.encode("utf-8"))
    assert "职工之家建设" in dec.text


def test_declaration_that_does_not_fit_falls_back_to_utf8():
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>职工之家建设 “劳动创造幸福”</p></body></html>'
    dec = decode_html(page.encode("utf-8"))
    assert "职工之家建设 “劳动创造幸福”" in dec.text and dec.warnings


def test_undeclared_gbk_page_is_detected():
    text = PAGES[3].read_text(encoding="utf-8")
    page = "<html><head><title>t</title></head><body>" + "".join(f"<p>{ln}</p>" for ln in text_lines(text)) + "</body></html>"
    dec = decode_html(page.encode("gb18030"))
    assert html_to_lines(dec.text)[0] == text_lines(text)


# --- markup to lines -------------------------------------------------------------------------


def test_blocks_breaks_cells_and_inline_text():
    html = """<html><body><div>当前位置:<a href="/">首页</a> &gt; <a>工会动态</a></div>
    <table><tr><td>来源:市总工会</td><td>时间:2024-03-22</td></tr></table>
    <p>第一段<b>加粗</b>文字<br>换行之后</p><pre>甲
乙</pre><p>&nbsp;</p></body></html>"""
    lines, _ = html_to_lines(html)
    assert lines == ["当前位置:首页 > 工会动态", "来源:市总工会 时间:2024-03-22", "第一段加粗文字", "换行之后", "甲", "乙"]


def test_hidden_by_stylesheet_attribute_and_comment():
    html = """<html><head><style>.x-cover{ color:#fff; display : none }</style></head><body>
    <p>正文<span class="x-cover">abc123</span>继续<em hidden>藏起来</em><i style="font-size:0px">q9w8</i>。</p>
    <!-- 广告位 --><script>var a = 1;</script></body></html>"""
    lines, removed = html_to_lines(html)
    assert lines == ["正文继续。"]
    assert [(r.kind, r.text) for r in removed] == [
        ("markup", "abc123"), ("markup", "藏起来"), ("markup", "q9w8"), ("markup", "广告位"), ("markup", "var a = 1;")]
    assert all(r.line is None for r in removed)


def test_article_footer_is_kept_page_footer_is_not():
    html = """<body><article><h1>标题文字很长</h1><p>正文。</p><footer>责任编辑:张三</footer></article>
    <footer>版权所有</footer></body>"""
    lines, removed = html_to_lines(html)
    assert lines == ["标题文字很长", "正文。", "责任编辑:张三"]
    assert [(r.kind, r.text) for r in removed] == [("site_footer", "版权所有")]


# --- metadata and the headline ---------------------------------------------------------------


HEAD = """<html><head>
<title>{title}</title>
<meta property="og:site_name" content="某市工会网">
<meta name="PubDate" content="2021-04-30 12:43">
<meta name="author" content="admin">
<meta name="ContentSource" content="工人日报">
<link rel="canonical" href="https://example.org/a/1.html">
{extra}</head><body>{body}</body></html>"""


def test_meta_fields_from_the_head():
    art = html_to_article(HEAD.format(title="t", extra="", body="<p>正文。</p>"))
    m = art.meta
    assert (m.published, m.source, m.site, m.url, m.author) == (
        "2021-04-30T12:43", "工人日报", "某市工会网", "https://example.org/a/1.html", None)


def test_published_time_meta_wins_and_keeps_its_offset():
    extra = '<meta property="article:published_time" content="2024-04-18T06:04:03+08:00"><meta name="author" content="王刚">'
    m = html_to_article(HEAD.format(title="t", extra=extra, body="<p>x</p>")).meta
    assert m.published == "2024-04-18T06:04:03+08:00" and m.author == "王刚"


@pytest.mark.parametrize("value,iso", [
    ("2018-06-01", "2018-06-01"), ("2021/4/30 12:43", "2021-04-30T12:43"), ("2024年4月18日", "2024-04-18"),
    ("20240418", None), ("yesterday", None), ("2024-13-01", None),
    # a 12-hour clock after its part of the day, both scripts (extract.dates.clock_hour)
    ("2024/04/02 上午 10:15:32", "2024-04-02T10:15:32"), ("2024-04-02 下午3:05", "2024-04-02T15:05"),
    ("2024/4/2 上午 12:05", "2024-04-02T00:05"), ("2024年4月2日 下午3時05分", "2024-04-02T15:05"),
    ("2024-04-02 晚上 12:00", "2024-04-02"), ("2024-04-02 25:00", "2024-04-02")])
def test_iso_date(value, iso):
    assert iso_date(value) == iso


def test_headline_below_breadcrumbs_goes_first():
    body = "<div class='logo'><h1>某市工会网</h1></div><div>首页 > 工会动态</div><div class='tit'>市总工会开展送温暖活动</div><p>正文。</p>"
    art = html_to_article(HEAD.format(title="市总工会开展送温暖活动_工会动态_某市工会网", extra="", body=body))
    assert art.raw.splitlines()[0] == "市总工会开展送温暖活动"


def test_title_is_put_first_when_the_body_has_no_headline():
    extra = '<meta property="og:title" content="市总工会开展送温暖活动">'
    art = html_to_article(HEAD.format(title="市总工会开展送温暖活动 - 某市工会网", extra=extra, body="<p>正文。</p>"))
    assert art.raw.splitlines() == ["市总工会开展送温暖活动", "正文。"]


# --- inputs and the CLI ----------------------------------------------------------------------


def test_crawler_jsonl_record_with_html(tmp_path):
    text = PAGES[4].read_text(encoding="utf-8")
    html, planted = build_html(text)
    rec = {"url": "https://example.org/x.html", "html": html}
    (tmp_path / "crawl.jsonl").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    (art,) = read_inputs([str(tmp_path / "crawl.jsonl")])
    assert art.raw.splitlines() == text_lines(text)
    assert kept(clean_article(art)) == kept(clean_text(text))


@pytest.mark.parametrize("command", ["clean", "extract"])
def test_cli_reads_html_pages(runner, app, tmp_path, command):
    text = PAGES[4].read_text(encoding="utf-8")
    data, planted = build_bytes(text, charset="gb2312")
    page = tmp_path / "page.html"
    page.write_bytes(data)
    r = runner.invoke(app, [command, "-f", "jsonl", str(page)], catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    rec = json.loads(r.stdout)
    want = clean_text(text)
    assert [rec["title"], *rec["body"]] == kept(want)
    kept_text = "\n".join([rec["title"], *rec["body"], *rec["captions"]])
    assert not any(j in kept_text for j in planted)
    assert not any(x in kept_text for x in CHROME_NAV[1:3])
    # what the markup hid is accounted for, not lost
    removed = "\n".join(r["text"] for r in rec["removed"] if r["kind"] == "markup")
    assert all(j in removed for j in planted)


def test_cli_walks_a_directory_of_html(runner, app, tmp_path):
    for p in PAGES[:2]:
        (tmp_path / (p.stem + ".html")).write_text(build_html(p.read_text(encoding="utf-8"))[0], encoding="utf-8")
    r = runner.invoke(app, ["clean", "-f", "jsonl", str(tmp_path)], catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    assert [json.loads(x)["id"] for x in r.stdout.splitlines()] == [p.stem for p in PAGES[:2]]


def _warc(tmp_path, pages: list[tuple[str, bytes, str]], gz: bool) -> pathlib.Path:
    """A WARC file with one HTTP response record per (uri, body, content-type)."""
    warcio = pytest.importorskip("warcio")
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for uri, body, ctype in pages:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http))
    assert warcio
    return path


@pytest.mark.parametrize("gz", [False, True])
def test_warc_response_records_are_articles(tmp_path, gz):
    text = TRADITIONAL.read_text(encoding="utf-8")
    gbk, planted = build_bytes(text, charset="gb2312")
    other = PAGES[3].read_text(encoding="utf-8")
    path = _warc(tmp_path, [
        ("https://example.org/a.html", gbk, "text/html; charset=gbk"),
        ("https://example.org/logo.png", b"\x89PNG\r\n", "image/png"),
        ("https://example.org/b.html", build_bytes(other)[0], "text/html"),
    ], gz)
    a, b = read_inputs([str(path)])
    assert a.meta.url == "https://example.org/a.html" and a.id != b.id
    assert kept(clean_article(a)) == kept(clean_text(text))
    assert kept(clean_article(b)) == kept(clean_text(other))
    assert not any(j in a.raw for j in planted)


def test_warc_without_warcio_is_a_one_line_failure(tmp_path, monkeypatch):
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n\r\n\r\n")
    monkeypatch.setitem(__import__("sys").modules, "warcio.archiveiterator", None)
    (fail,) = read_inputs([str(path)])
    assert "needs warcio" in str(fail) and "\n" not in str(fail)


# --- real-world markup: layout tables, soft breaks, script-revealed bodies, ruby, meta hygiene ----------


def test_layout_table_cells_are_regions_data_table_rows_are_lines():
    html = """<html><body><table><tr><td><img src="logo.gif">工人日报 电子版</td><td>2024年03月15日 星期五</td></tr></table>
    <div class="content"><table><tr><td>姓名</td><td>单位</td></tr><tr><td>王刚</td><td>市总工会</td></tr></table></div>
    <table><tr><td>左栏<table><tr><td>内表</td></tr></table></td><td>右栏</td></tr></table></body></html>"""
    lines, _ = html_to_lines(html)
    assert lines == ["工人日报 电子版", "2024年03月15日 星期五", "姓名 单位", "王刚 市总工会", "左栏", "内表", "右栏"]


def test_source_line_breaks_inside_chinese_text_vanish_between_elements_they_separate():
    html = "<p>决定举办\n<span>2024</span>年比赛、\n  女子双打</p><div>来源: <a>中工网</a>\n<a>举报</a></div><p>a\nb</p>"
    lines, _ = html_to_lines(html)
    assert lines == ["决定举办2024年比赛、女子双打", "来源: 中工网 举报", "a b"]


def test_indents_and_padding_are_trimmed():
    lines, _ = html_to_lines("<p>&#12288;&#12288;正文&nbsp;</p><td>&nbsp;&nbsp;首页 &gt; 通知</td>")
    assert lines == ["正文", "首页 > 通知"]


def test_transparent_and_block_styled_inlines():
    html = ('<p>原创 <span style="opacity:0;position:absolute">，</span>发表于湖北'
            '<span style="opacity:0.5">半透明</span><span style="opacity: 0">淡入</span></p>'
            '<p><span style="display:block">来源：甲</span>乙</p>')
    lines, removed = html_to_lines(html)
    assert lines == ["原创 发表于湖北半透明淡入", "来源：甲", "乙"]  # opacity alone: a fade-in, still text
    assert [r.text for r in removed] == ["，"]


def test_body_hidden_until_script_runs_is_read_but_small_hidden_text_is_not():
    body = "连日来，我市持续高温，户外作业的劳动者顶着烈日坚守岗位。" * 10
    html = (f'<div id="js_content" style="visibility: hidden;"><p>{body}</p>'
            f'<p>第二段<span style="display:none">xY7#mN2</span>。</p></div><div>阅读 3562</div>')
    lines, removed = html_to_lines(html)
    assert lines == [body, "第二段。", "阅读 3562"]
    assert [r.text for r in removed] == ["xY7#mN2"]


def test_ruby_readings_are_recorded_as_pinyin_not_printed():
    lines, removed = html_to_lines("<p>职<ruby>工<rp>(</rp><rt>gōng</rt><rp>)</rp></ruby>之家</p>")
    assert lines == ["职工之家"]
    assert [(r.kind, r.text) for r in removed if r.kind == "pinyin"] == [("pinyin", "gōng")]


def test_author_metas_that_name_no_writer_are_dropped_and_labels_stripped():
    def meta(author, source="来源：工人日报"):
        html = (f'<html><head><title>工会新闻</title><meta name="author" content="{author}">'
                f'<meta name="source" content="{source}"></head><body><p>正文。</p></body></html>')
        return html_to_article(html).meta

    assert meta("105125").author is None  # CMS user number
    assert meta("Discuz! Team and Comsenz UI Team").author is None  # template credit
    assert meta("chinanews").author is None  # site code
    assert meta("作者：赵敏").author == "赵敏"
    assert meta("赵敏").source == "工人日报"


def test_day_only_publish_meta_takes_the_headers_time_of_the_same_day():
    head = '<meta name="publishdate" content="2024-04-28">'
    body = "<h1>标题</h1><div>2024年04月28日08:21 | 来源：工人日报</div><p>正文提到2024年04月28日09:30的事。</p>"
    art = html_to_article(f"<html><head><title>标题</title>{head}</head><body>{body}</body></html>")
    assert art.meta.published == "2024-04-28T08:21"
    other = body.replace("04月28日08:21", "04月27日08:21")
    art = html_to_article(f"<html><head><title>标题</title>{head}</head><body>{other}</body></html>")
    assert art.meta.published == "2024-04-28"


def test_headline_found_behind_a_thread_tag_or_label():
    # the headline put first is the subject alone; the tagged line stays for the cleaner (a thread's mark)
    for line in ("[分享] 我们车间的职工书屋开张了", "主题: 我们车间的职工书屋开张了"):
        html = (f"<html><head><title>我们车间的职工书屋开张了 - 职工书屋 - 某论坛</title></head><body>"
                f"<div>论坛 › 职工书屋</div><h1>{line}</h1><p>正文。</p></body></html>")
        raw = html_to_article(html).raw.splitlines()
        assert raw[0] == "我们车间的职工书屋开张了" and line in raw
    # a tag the <title> (or og:title) keeps is part of the headline; a line without a tag has none to drop
    from unionkit.html.title import untagged_headline

    assert untagged_headline("【视频】职工书屋开张了", "【视频】职工书屋开张了 - 某网", None) is None
    assert untagged_headline("【视频】职工书屋开张了", "职工书屋开张了 - 某网", "【视频】职工书屋开张了") is None
    assert untagged_headline("职工书屋开张了", "职工书屋开张了 - 某网", None) is None
    assert untagged_headline("【视频】职工书屋开张了", "职工书屋开张了 - 某网", None) == ("【视频】", "职工书屋开张了")


def test_a_touch_threads_type_tag_is_no_part_of_the_title():
    """A Discuz! touch thread prints its type (<em>[工会动态]</em>) before the subject in a div, no heading."""
    page = ('<html><head><title>县总工会举办化妆刷技能培训 - 鹿邑新闻 - 某某论坛 - 手机版 - Powered by Discuz!</title></head>'
            '<body><div class="header"><h2>鹿邑新闻</h2></div><div class="view_tit"><em>[工会动态]</em>县总工会举办化妆刷技能培训'
            '</div>' + _BODY + '</body></html>')
    art = clean_article(html_to_article(page))
    assert art.title == "县总工会举办化妆刷技能培训"


def test_menu_lists_are_one_line_other_lists_one_line_per_item():
    html = ("<ul><li><a>首页</a></li><li>|</li><li><a>工会动态</a></li><li><a>联系我们</a></li></ul>"
            "<ul><li><a>全市职工技能大赛圆满落幕</a></li><li><a>劳模进校园</a></li><li><a>送温暖</a></li></ul>"
            "<ol><li>第一条</li><li>第二条</li><li>第三条</li></ol>")
    lines, _ = html_to_lines(html)
    assert lines == ["首页 | 工会动态 联系我们", "全市职工技能大赛圆满落幕", "劳模进校园", "送温暖", "第一条", "第二条", "第三条"]


def test_headline_wrapped_with_br_stays_one_line_and_site_prefix_titles_match():
    body = ("<div class='logo'>江城市总工会</div><div>首页 &gt; 工会新闻</div>"
            "<h1>市总工会举办“劳动者之歌”<br>职工文艺汇演</h1><p>正文。</p>")
    art = html_to_article(HEAD.format(title="江城市总工会--市总工会举办“劳动者之歌”职工文艺汇演", extra="", body=body))
    assert art.raw.splitlines()[0] == "市总工会举办“劳动者之歌”职工文艺汇演"


_SITE_PAGE = """<html><head><title>{title}</title></head><body>
<div class="top"><img src="/images/{logo}.png" alt="{alt}"></div>
<h1>市总工会为环卫工人送清凉</h1><p>7月15日，市总工会慰问一线环卫工人。</p></body></html>"""


@pytest.mark.parametrize("title, logo, alt, site", [
    ("市总工会为环卫工人送清凉 - 市州动态 - 青海工会网", "logo", "青海工会网", "青海工会网"),  # suffix = logo alt
    ("市总工会为环卫工人送清凉_青海工会网", "logo", "青海工会网", "青海工会网"),
    ("市总工会为环卫工人送清凉-工会要闻", "logo", "青海工会网", None),  # the suffix is a channel
    ("市总工会为环卫工人送清凉 - 青海工会网", "banner", "西宁新闻网", None),  # no image says so
    ("市总工会为环卫工人送清凉 - 论坛 - 青海工会网 - Powered by Discuz!", "banner", "青海工会网", "青海工会网"),
    ("市总工会为环卫工人送清凉", "logo", "青海工会网", None),  # no suffix
    ("环卫工人 - 青海工会网", "logo", "青海工会网", None),  # the <title>'s first part is no headline
])
def test_site_from_the_title_suffix_the_logo_confirms(title, logo, alt, site):
    html = _SITE_PAGE.format(title=title, logo=logo, alt=alt)
    assert html_to_article(html).meta.site == site


_TITLED_PAGE = """<html><head><title>{title}</title>{og}</head><body>
<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></div>{heading}
<p>7月15日，市总工会慰问一线环卫工人，送去防暑降温物品。</p>{footer}</body></html>"""
_HEADING = "<h1>市总工会为环卫工人送清凉</h1>"


def _title_pieces(title, og="", heading=_HEADING, footer=""):
    art = html_to_article(_TITLED_PAGE.format(title=title, og=og, heading=heading, footer=footer))
    return [(r.text, r.line) for r in art.removed_of("title_suffix")]


@pytest.mark.parametrize("title, og, heading, pieces", [
    ("市总工会为环卫工人送清凉 - 本地新闻 - 江城新闻网", "", _HEADING, [("- 本地新闻 - 江城新闻网", None)]),
    ("市总工会为环卫工人送清凉_江城新闻网", "", _HEADING, [("_江城新闻网", None)]),
    # no headline in the body: the suffix after the og:title put first in its place
    ("市总工会为环卫工人送清凉-江城新闻网", '<meta property="og:title" content="市总工会为环卫工人送清凉">', "",
     [("-江城新闻网", None)]),
    # the site's name first, the headline after (its name opening the headline too): the name is the dropped part
    ("市总工会--市总工会为环卫工人送清凉", "", _HEADING, [("市总工会--", None)]),
    ("市总工会为环卫工人送清凉", "", _HEADING, []),  # the <title> is the headline: nothing dropped
    ("工会之窗 - 江城新闻网", "", _HEADING, []),  # a column's title, no headline in it: no suffix of one
])
def test_the_title_suffix_after_the_headline_is_a_removed_piece_without_a_line(title, og, heading, pieces):
    assert _title_pieces(title, og, heading) == pieces


@pytest.mark.parametrize("footer, site", [
    ("", None),  # the <title> alone names the site: the HTML golds leave it empty
    ('<div class="footer">Copyright © 2024 滨湖网 版权所有</div>', "滨湖网"),  # the page names itself at its foot
])
def test_an_html_title_suffix_gives_extract_no_site_the_page_does_not_confirm(footer, site):
    html = _TITLED_PAGE.format(title="市总工会为环卫工人送清凉_江城新闻网", og="", heading=_HEADING, footer=footer)
    art = extract(clean_article(html_to_article(html)))
    assert ("title_suffix", "_江城新闻网") in [(r.kind, r.text) for r in art.removed]
    assert art.meta.site == site
    # the same title as a text page's first line names the site
    text = "市总工会为环卫工人送清凉_江城新闻网\n7月15日，市总工会慰问一线环卫工人，送去防暑降温物品。\n"
    assert extract(clean_text(text)).meta.site == "江城新闻网"


@pytest.mark.parametrize("title, alt, site", [
    # a <title> suffix that abbreviates the name the banner spells out (an autonomous prefecture's short form)
    ("市总工会为环卫工人送清凉_黔东南州总工会", "黔东南苗族侗族自治州总工会", "黔东南州总工会"),
    ("市总工会为环卫工人送清凉_黔东南州总工会", "黔南布依族苗族自治州总工会", None),  # another prefecture
    ("市总工会为环卫工人送清凉_州总工会", "黔东南苗族侗族自治州总工会", None),  # too short to say which
])
def test_site_from_a_suffix_abbreviating_the_banner(title, alt, site):
    html = _SITE_PAGE.format(title=title, logo="banner", alt=alt)
    assert html_to_article(html).meta.site == site


_INTRANET_PAGE = """<html><head><title>{title}</title></head><body>
<div id="header"><div class="logo"><img src="../images/logo.png" alt=""><span>{logo}</span></div></div>
<div id="menu"><a href="../Default.aspx">门户首页</a> | <a href="List.aspx?c=1">公司要闻</a> | <a href="List.aspx?c=17">工会之窗</a></div>
<div class="lm_title">工会之窗</div>
<h1>公司工会开展女职工健康讲座</h1><div>发布部门：公司工会　发布日期：2024/3/12 15:30</div>
<p>3月8日，公司工会在职工活动中心举办女职工健康讲座，180余名女职工参加活动。</p></body></html>"""


@pytest.mark.parametrize("title, logo, site", [
    # a <title> naming the column and the site, not the article (an intranet's pages): the logo confirms it
    ("工会之窗 - 某某供电公司综合门户", "某某供电公司综合门户", "某某供电公司综合门户"),
    ("工会之窗 - 某某供电公司综合门户", "某某供电公司", None),  # the header shows another name
    ("基层工会动态和女职工工作专栏 - 某某供电公司综合门户", "某某供电公司综合门户", None),  # too long for a column's name
    ("某某供电公司综合门户", "某某供电公司综合门户", None),  # no column before the name: no suffix
])
def test_site_from_a_column_and_site_title_the_logo_confirms(title, logo, site):
    assert html_to_article(_INTRANET_PAGE.format(title=title, logo=logo)).meta.site == site


_FORUM_PAGE = """<html><head><title>{title}</title></head><body>
<div id="hd"><h2><a href="./">{logo}</a></h2></div>
<div id="pt"><a href="./">延某论坛</a> <em>›</em> <a href="forum.php">论坛</a> <em>›</em> <a href="f.html">热点</a></div>
<h1>市总工会为环卫工人送清凉</h1><p>7月15日，市总工会慰问一线环卫工人。</p></body></html>"""


@pytest.mark.parametrize("title, logo, site", [
    # a desktop Discuz thread: the forum named before the engine's credit, its header logo showing the name
    ("市总工会为环卫工人送清凉 - 热点 - 延某论坛 - Powered by Discuz!", "延某论坛", "延某论坛"),
    ("市总工会为环卫工人送清凉 - 热点 - 延某论坛 - Powered by Discuz!", "首页", None),  # the crumb alone
    ("市总工会为环卫工人送清凉 - 延某论坛 - Powered by Discuz!", "延某论坛", None),  # one part: the section
])
def test_site_of_a_desktop_forum_thread(title, logo, site):
    assert html_to_article(_FORUM_PAGE.format(title=title, logo=logo)).meta.site == site


def test_site_when_the_headline_line_carries_a_forum_thread_type():
    html = _SITE_PAGE.format(title="市总工会为环卫工人送清凉 - 职场维权 - 鄂尔多斯论坛 - Powered by Discuz!",
                             logo="logo", alt="鄂尔多斯论坛").replace("<h1>", "<h1>[求助维权] ")
    assert html_to_article(html).meta.site == "鄂尔多斯论坛"


_PARA = "市总工会在全市开展职工技能竞赛活动，吸引了来自各行业的数百名一线职工参赛，展示了新时代劳动者的风采。"


def test_photo_captions_get_a_placeholder_and_are_kept_as_captions():
    html = (f'<html><head><title>技能竞赛</title></head><body><h1>技能竞赛</h1><p>{_PARA}</p>'
            '<figure><img src="a.jpg"><figcaption>选手在比赛中。</figcaption></figure>'
            f'<p>{_PARA}</p><table><tr><td><img src="b.jpg"></td></tr>'
            '<tr><td class="pic-caption">老师傅在指导徒弟进行焊接作业。</td></tr></table>'
            f'<p>{_PARA}</p><section style="text-align: center;"><img data-src="c.jpg"></section>'
            '<section style="text-align: center;"><span style="font-size: 12px">骑手们领取防寒物品</span></section>'
            f'<p>{_PARA}</p></body></html>')
    lines, _ = html_to_lines(html)
    assert "[图片] 选手在比赛中。" in lines and "[图片] 老师傅在指导徒弟进行焊接作业。" in lines
    assert "[图片] 骑手们领取防寒物品" in lines
    art = clean_article(html_to_article(html))
    assert art.captions == ["选手在比赛中。", "老师傅在指导徒弟进行焊接作业。", "骑手们领取防寒物品"]
    assert not [b for b in art.body if "图片" in b or len(b) < 20]


def test_lines_after_images_that_are_no_captions_stay_lines():
    html = ('<p style="text-align:center"><img src="a.jpg"></p><p style="text-align:center"><strong>一、强化服务</strong></p>'
            '<p><img src="b.jpg"></p><p>不居中的短句。</p>'  # not centred
            '<p style="text-align:center"><img src="qr.png"></p><p style="text-align:center">长按识别二维码 关注我们</p>'
            '<p style="text-align:center"><img src="c.jpg">图片在句中，后面还有文字</p>'
            '<p style="text-align:center"><img src="d.jpg"></p><p style="text-align:center"><a href="/p">打印</a></p>')
    lines, _ = html_to_lines(html)
    assert not [ln for ln in lines if ln.startswith("[图片]")]


def test_flush_line_after_an_image_in_an_indented_br_article_is_its_caption():
    # an old CMS's article: one block of <br><br>-separated paragraphs indented with &nbsp;, the line under the
    # photo's centred block set flush
    para = "&nbsp;&nbsp;&nbsp;&nbsp;" + _PARA + "<br />\n<br />\n"
    html = (f'<html><body><h1>标题</h1><div id="content">{para * 2}<div align="center"><img src="a.jpg" /></div><br />\n'
            f'职工们在驿站里休息。<br />\n<br />\n{para}</div></body></html>')
    lines, _ = html_to_lines(html)
    assert "[图片] 职工们在驿站里休息。" in lines
    assert clean_article(html_to_article(html)).captions == ["职工们在驿站里休息。"]
    # where the paragraphs are flush too, the line is the article's
    lines, _ = html_to_lines(html.replace("&nbsp;", ""))
    assert "职工们在驿站里休息。" in lines


def test_numbered_title_of_a_data_table_is_a_caption():
    rows = "<tr><th>年度</th><th>人数</th></tr><tr><td>2022</td><td>315</td></tr><tr><td>2023</td><td>402</td></tr>"
    html = (f'<html><body><h1>标题</h1><div class="content"><p>{_PARA}</p><p><b>表2 近两年参训职工人数</b></p>'
            f'<table>{rows}</table><table><caption>表三：驿站数量</caption>{rows}</table><p>表格之后的段落。</p>'
            f'<p>{_PARA}</p></div></body></html>')
    lines, _ = html_to_lines(html)
    assert "[图片] 表2 近两年参训职工人数" in lines and "[图片] 表三：驿站数量" in lines
    assert clean_article(html_to_article(html)).captions == ["表2 近两年参训职工人数", "表三：驿站数量"]
    # a sentence naming a table is the text's
    lines, _ = html_to_lines(html.replace("<b>表2 近两年参训职工人数</b>", "表2显示，参训人数逐年增加。"))
    assert "表2显示，参训人数逐年增加。" in lines


def test_white_ink_inside_sentences_is_a_jammer_unless_on_a_painted_background():
    html = ('<p>职工们说，<font color=#ffffff>bvtwn</font>工会的服务很贴心，<span style="color: #FFF">a1B</span>大家都满意。</p>'
            '<div style="background:#c00"><p>欢迎<font color="white">光临</font>本站</p></div>'
            '<p><font color=#ffffff>整段白字</font></p>')
    lines, removed = html_to_lines(html)
    assert lines[0] == "职工们说，工会的服务很贴心，大家都满意。"
    assert [(r.kind, r.text) for r in removed] == [("jammer", "bvtwn"), ("jammer", "a1B")]
    assert "欢迎光临本站" in lines and "整段白字" in lines  # a dark banner's text; a line of its own, not salted


def test_forum_signature_and_sidebar_link_lists_are_chrome():
    post = ('<div id="postlist"><table><tr><td class="t_f" id="postmessage_1">工资终于要回来了，感谢工会。</td></tr></table>'
            '<div class="sign">打工不易，且行且珍惜。</div></div>')
    lines, removed = html_to_lines(post)
    assert lines == ["工资终于要回来了，感谢工会。"] and ("signature", "打工不易，且行且珍惜。") in [
        (r.kind, r.text) for r in removed]
    # the same class on a page that is no forum thread is left alone
    assert html_to_lines('<p>正文。</p><div class="sign">某某市总工会</div>')[0] == ["正文。", "某某市总工会"]
    page = (f'<div id="main"><div class="left"><div id="content">{f"<p>{_PARA}</p>" * 5}</div>'
            '<ul><li><a href="/1">相关新闻：全市职工运动会开幕</a></li><li><a href="/2">相关新闻：劳模工匠进校园</a></li></ul></div>'
            '<div class="right"><h4>通知公告</h4><ul><li><a href="/t1">关于开展年度评选活动的通知</a></li>'
            '<li><a href="/t2">关于申报补助资金的通知</a> 2024-04-01</li></ul></div></div>')
    lines, removed = html_to_lines(page)
    assert "关于开展年度评选活动的通知" not in lines and "关于申报补助资金的通知 2024-04-01" not in lines
    # (the box's heading goes with its list)
    assert [r.text for r in removed if r.kind == "related_links"] == ["通知公告", "关于开展年度评选活动的通知",
                                                                       "关于申报补助资金的通知 2024-04-01"]
    assert "相关新闻：全市职工运动会开幕" in lines  # the article column's own list is the cleaner's to judge


def test_wechat_author_is_the_meta_text_before_the_account_name():
    def author(label):
        html = ('<html><head><title>标题</title></head><body><div id="meta_content">'
                f'<span class="rich_media_meta rich_media_meta_text">{label}</span>\n'
                '<span class="rich_media_meta rich_media_meta_nickname"><a id="js_name">某某工会</a></span>'
                '</div><p>正文。</p></body></html>')
        return html_to_article(html).meta.author
    assert author("杨雪") == "杨雪"
    assert author("原创") is None


def test_markup_source_without_its_note_and_baidu_pubdate():
    html = ('<html><head><title>职工书屋揭牌</title><meta name="source" content="人民网－四川频道 原创稿">'
            '<script type="application/ld+json">{"title": "职工书屋揭牌", "pubDate": "2024-04-26T18:42:07"}</script>'
            '</head><body><h1>职工书屋揭牌</h1><p>市总工会职工书屋日前揭牌。</p></body></html>')
    meta = html_to_article(html).meta
    assert (meta.source, meta.published) == ("人民网－四川频道", "2024-04-26T18:42:07")


def test_markup_url_author_and_platform_site():
    html = ('<html><head><title>送温暖</title><meta name="Url" content="http://www.example.gov.cn/a/1.shtml">'
            '<meta name="author" content="河南工会网"><meta property="og:site_name" content="微信公众平台">'
            '</head><body><h1>送温暖</h1><p>市总工会开展送温暖活动。</p></body></html>')
    meta = html_to_article(html).meta
    assert meta.url == "http://www.example.gov.cn/a/1.shtml"
    assert meta.author is None  # a site's name copied into the author meta
    assert meta.site is None  # the hosting platform, not the account it hosts


# --- batch 17 kinds: threads, blog comments, slides, OA tables, self links, info spans, app pages ---

_BODY = "<p>" + "市总工会开展职工技能竞赛活动，来自全市的选手同台竞技。" * 3 + "</p>"


def _removed(html: str) -> dict[str, str]:
    """Removed line text → removal kind."""
    _, removed = html_to_lines(html)
    return {r.text: r.kind for r in removed}


def test_thread_replies_topic_map_and_suggested_topics_are_chrome():
    post = ('<div class="topic-post"><article data-post-id="{n}"><span class="username">{user}</span>'
            '<div class="cooked">{body}</div></article></div>')
    html = ('<html><body><h1>求助帖</h1>' + post.format(n=1, user="楼主甲", body=_BODY)
            + post.format(n=2, user="网友乙", body='<aside class="quote"><div class="title">楼主甲：</div>'
                          '<blockquote><p>引用的一句</p></blockquote></aside><p>回复的话。</p>')
            + '<div class="topic-map"><h4>浏览</h4><span>1.1k</span></div>'
            '<div class="more-topics"><h3>相关话题</h3><table><tr><td><a href="/t/2">别的帖子</a></td></tr></table></div>'
            '</body></html>')
    lines, _ = html_to_lines(html)
    assert "楼主甲" in lines and any("技能竞赛" in ln for ln in lines)
    assert not {"网友乙", "楼主甲：", "引用的一句", "回复的话。", "浏览", "1.1k", "相关话题"} & set(lines)
    kinds = _removed(html)
    assert kinds["回复的话。"] == "forum_chrome" and kinds["1.1k"] == "forum_chrome"
    assert kinds["相关话题"] == "related_links"
    # one post alone is the article
    lines, _ = html_to_lines('<html><body>' + post.format(n=1, user="楼主甲", body=_BODY) + '</body></html>')
    assert any("技能竞赛" in ln for ln in lines)


def test_blog_comments_and_entry_footer_are_chrome_and_its_time_is_the_date():
    html = ('<html><head><title>活动标题</title></head><body><main><article><h1>活动标题</h1>'
            f'<div class="entry-content">{_BODY}</div>'
            '<footer class="entry-footer"><span class="posted-on">发布于 <time class="entry-date published" '
            'datetime="2024-03-08T16:42:10+08:00">2024年3月8日</time></span>'
            '<span class="cat-links">分类 <a href="/c">工会动态</a></span></footer></article>'
            '<div id="comments"><ol class="comment-list"><li><b>刘女士</b> 说：<time datetime="2024-03-09T08:21">'
            '2024年3月9日</time><p>点赞！</p></li></ol><div id="respond"><h2>发表回复</h2></div></div>'
            '</main></body></html>')
    art = html_to_article(html)
    assert "点赞！" not in art.raw and "发表回复" not in art.raw and "发布于" not in art.raw
    assert art.meta.published == "2024-03-08T16:42:10+08:00"
    kinds = _removed(html)
    assert kinds["点赞！"] == "comment_form" and kinds["发布于 2024年3月8日"] == "page_header"
    # a comment's <time> (no published class) is never the article's date
    assert html_to_article(html.replace("entry-date published", "x")).meta.published is None


def test_carousel_slide_text_is_a_caption_but_not_its_counter():
    slide = '<div class="swiper-slide"><img src="/{n}.jpg"><p class="pic-desc">{cap}</p><span class="num">{n}/2</span></div>'
    html = (f'<html><body><h1>标题</h1>{_BODY}<div class="swiper-wrapper">'
            + slide.format(n=1, cap="选手进行修剪比赛。") + slide.format(n=2, cap="评委打分。") + '</div></body></html>')
    lines, _ = html_to_lines(html)
    assert "[图片] 选手进行修剪比赛。" in lines and "[图片] 评委打分。" in lines
    assert "1/2" in lines  # (the counter is no caption: the text cleaner drops it)


def test_oa_page_title_cell_read_receipts_and_bare_attachment_heading():
    html = ('<html><head><title>新闻中心-查看信息</title></head><body><table class="formTable">'
            '<tr><td>标\u3000\u3000题</td><td><b>公司启动安全生产月活动</b></td></tr>'
            '<tr><td>发布时间</td><td>2024-06-03 08:52:17</td></tr></table>'
            f'<div class="newsContent">{_BODY}</div>'
            '<div><p><b>附件：</b></p><p>1. <a href="/oa/file/download.do?id=1">实施方案.docx</a>（56KB）</p></div>'
            '<div><p><b>已阅人员（356人）：</b>郜志远\u3000李建伟\u3000<a href="/more">更多&gt;&gt;</a></p></div>'
            '</body></html>')
    art = clean_article(html_to_article(html))
    assert art.title == "公司启动安全生产月活动"
    assert not any("已阅人员" in ln or ln == "附件：" for ln in art.body)
    # an attachment named in the text stays: only a heading over file links goes
    lines, _ = html_to_lines(f'<html><body>{_BODY}<p>附件：</p><p>参赛报名表</p></body></html>')
    assert "附件：" in lines


def test_link_to_the_canonical_page_alone_on_its_line_is_chrome():
    url = "https://news.example.cn/2024/content_1.htm"
    html = (f'<html><head><link rel="canonical" href="{url}"></head><body><h1><a href="{url}">标题在此</a></h1>'
            f'{_BODY}<p class="full"><a href="{url}">查看完整版</a></p></body></html>')
    lines, _ = html_to_lines(html)
    assert "查看完整版" not in lines and "标题在此" in lines


def test_info_span_after_a_break_in_the_headline_is_its_own_line():
    html = ('<html><head><title>帮扶直通车开到家门口 - 网站</title></head><body><h1>帮扶直通车开到家门口<br />'
            '<span>2024-11-20 15:33:41&nbsp;&nbsp;来源：工人日报&nbsp;&nbsp;作者：温雪</span></h1>'
            f'{_BODY}</body></html>')
    lines, _ = html_to_lines(html)
    assert lines[0] == "帮扶直通车开到家门口" and lines[1].startswith("2024-11-20 15:33:41")
    # a hand-wrapped long headline stays one line
    lines, _ = html_to_lines("<html><body><h1>上半句标题<br/>下半句标题</h1></body></html>")
    assert lines == ["上半句标题下半句标题"]


def test_app_share_page_source_site_and_script_state():
    html = ('<html><head><title>标题</title></head><body><div class="open-app-bar"><p class="app-name">掌上某市</p>'
            '<p class="app-slogan">某市人的新闻客户端</p></div><h1>标题</h1><div class="info">'
            '<span class="source">某市日报</span><span class="time">2024-06-14 10:20</span></div>'
            f'{_BODY}</body></html>')
    meta = html_to_article(html).meta
    assert meta.site == "掌上某市" and meta.source == "某市日报"
    state = ('<html><head><title>标题</title></head><body><h1>标题</h1>' + _BODY + '<script>window.__INITIAL_STATE__'
             ' = {"data": {"source": "某市日报"}, "app": {"appName": "掌上某市"}};</script></body></html>')
    meta = html_to_article(state).meta
    assert meta.site == "掌上某市" and meta.source == "某市日报"
    # a labelled source element is the text cleaner's to read; a state-less script is not read
    meta = html_to_article(html.replace('<span class="source">某市日报', '<span class="source">来源：某市日报')).meta
    assert meta.source is None
    meta = html_to_article(state.replace("__INITIAL_STATE__", "config")).meta
    assert meta.source is None and meta.site is None


def test_open_app_bar_bold_name_glued_to_its_slogan():
    # an app share page's bar sets the name in bold and the slogan beside it in one box: the name is the site
    bar = ('<div class="open-app-top"><img src="i.png" alt=""><div class="txt"><b>某市新闻</b>'
           '<span>某市人自己的新闻客户端</span></div><a class="btn" href="/d">打开APP</a></div>')
    html = f'<html><head><title>标题</title></head><body>{bar}<h1>标题</h1>{_BODY}</body></html>'
    assert html_to_article(html).meta.site == "某市新闻"
    # negatives: a bold word outside an open-app bar (a box neither classed as one nor holding its button),
    # a bold name with nothing after it but the button,
    # and a page whose copyright footer names the site (the footer's name is read instead)
    plain = html.replace('class="open-app-top"', 'class="top"').replace('<a class="btn" href="/d">打开APP</a>', "")
    assert html_to_article(plain).meta.site is None
    assert html_to_article(html.replace("<span>某市人自己的新闻客户端</span>", "")).meta.site is None
    footer = html.replace("</body>", "<footer>某市新闻网 © 2024 某ICP备12345678号</footer></body>")
    assert html_to_article(footer).meta.site is None


def test_top_banner_with_an_open_app_button_names_the_app():
    """A share page's top banner classed as no app bar (top-banner): its 打开APP button makes it one, and the bold
    name before the slogan is the site, not the two glued (掌上某市某市人自己的新闻客户端)."""
    banner = ('<div class="top-banner"><img class="logo" src="l.png" alt="掌上某市"><div class="txt"><b>掌上某市</b>'
              '<span>某市人自己的新闻客户端</span></div><a class="btn" href="/download">打开APP</a></div>')
    html = f'<html><head><title>标题</title></head><body>{banner}<h1>标题</h1>{_BODY}</body></html>'
    assert html_to_article(html).meta.site == "掌上某市"
    # negatives: a <title> naming the site after the headline (the banner only advertises an app), a button
    # with more words than the bare prompt (a link to another page), no button at all
    titled = html.replace("<title>标题</title>", "<title>标题 - 某市新闻网</title>")
    assert html_to_article(titled).meta.site != "掌上某市"
    assert html_to_article(html.replace(">打开APP<", ">打开APP看更多精彩视频<")).meta.site is None
    assert html_to_article(html.replace('<a class="btn" href="/download">打开APP</a>', "")).meta.site is None


def test_epaper_title_names_the_paper_as_source_and_site():
    html = ('<html><head><title>某省日报数字报-集体协商谈出幸福感</title></head><body>'
            f'<table><tr><td class="font01">集体协商谈出幸福感</td></tr></table>{_BODY}</body></html>')
    meta = html_to_article(html).meta
    assert meta.source == "某省日报" and meta.site == "某省日报"


def test_utc_published_time_is_given_in_china_time():
    html = ('<html lang="zh-CN"><head><meta property="article:published_time" content="2024-05-19T20:30:00+00:00">'
            f'<title>标题</title></head><body><h1>标题</h1>{_BODY}</body></html>')
    assert html_to_article(html).meta.published == "2024-05-20T04:30:00+08:00"


def test_print_media_rules_hide_nothing_on_screen():
    html = ('<html><head><style>.print-box{display:none}\n@media print { .noprint{display:none} '
            '.print-box{display:block} }\n@media screen and (max-width:600px){.pc{display:none}}</style></head><body>'
            f'<div class="noprint pc"><h1>标题</h1>{_BODY}</div><div class="print-box"><p>打印版副本</p></div>'
            '</body></html>')
    lines, _ = html_to_lines(html)
    assert "标题" in lines and "打印版副本" not in lines
    # the same rules on screen do hide
    lines, _ = html_to_lines(html.replace("@media print", "@media screen, print"))
    assert "标题" not in lines


def test_article_only_in_noscript_is_read_when_the_body_is_a_skeleton():
    article = f'<h1>标题</h1>{_BODY}<p><a href="https://m.example.cn/">返回某某+首页</a></p>'
    html = ('<html><head><title>标题 - 某某+</title></head><body><div id="__next"><div class="sk-line"></div></div>'
            '<noscript><div class="tip">您的浏览器未启用JavaScript，当前为简易阅读模式。</div>'
            f'<div>{article}</div></noscript></body></html>')
    lines, _ = html_to_lines(html)
    assert lines[0] == "标题" and not any("JavaScript" in ln or "首页" in ln for ln in lines)
    assert len(lines) == 2
    # a page showing its article ignores the noscript copy (a lazy image's fallback, a duplicate)
    shown = html.replace('<div class="sk-line"></div>', article)
    assert html_to_lines(shown)[0] == lines


def test_qa_page_other_answers_copyright_and_related_questions_are_chrome():
    answer = ('<div class="ContentItem AnswerItem" itemprop="{}"><div class="AuthorInfo"><a>{}</a></div>'
              '<span class="RichText">{}</span></div>')
    html = ('<html><head><title>骑手可以入会吗？ - 问答</title></head><body><div class="main"><div class="col">'
            '<h1>骑手可以入会吗？</h1><div class="Card">'
            + answer.format("acceptedAnswer", "答主甲", _BODY * 3)
            + '<p class="copyright">著作权归作者所有。商业转载请联系作者获得授权。</p></div>'
            '<div class="Card MoreAnswers"><h4>更多回答</h4>'
            + answer.format("suggestedAnswer", "答主乙", "<p>我在站点入了会，挺好。</p>")
            + answer.format("suggestedAnswer", "答主丙", "<p>补充一点，入会和劳动关系是两回事。</p>")
            + '</div></div><div class="side"><div class="Card"><div class="Card-header">相关问题</div><ul>'
            '<li><a href="/q/1">灵活就业人员如何参加职工医保？</a><span>23 个回答</span></li>'
            '<li><a href="/q/2">快递员送件途中受伤算工伤吗？</a><span>112 个回答</span></li></ul></div></div>'
            '</div></body></html>')
    lines, removed = html_to_lines(html)
    assert "答主甲" in lines and _BODY[3:20] in lines[-1]
    gone = {r.text: r.kind for r in removed}
    assert gone["更多回答"] == gone["答主乙"] == "forum_chrome" and gone["相关问题"] == "related_links"
    assert gone["著作权归作者所有。商业转载请联系作者获得授权。"] == "site_footer"


def test_attachment_table_and_standfirst_box_are_chrome():
    html = ('<html><body><h1>标题</h1><div class="preface"><p>导语：今年上半年新建驿站36座。</p></div>'
            f'<div class="content">{_BODY * 3}</div><table class="fj">'
            '<tr><th>序号</th><th>附件名称</th><th>下载次数</th></tr>'
            '<tr><td>1</td><td><a href="/download.jsp?id=1">附件：拟资助对象名单.xls</a></td><td>215</td></tr>'
            '</table><table><tr><td>项目</td><td>人数</td></tr><tr><td>本科生</td><td>38</td></tr></table>'
            '</body></html>')
    lines, _ = html_to_lines(html)
    assert not any("导语" in ln or "附件" in ln for ln in lines)
    assert "本科生 38" in lines  # a data table stays
    # a 导语 paragraph inside the article's text block is the article's
    lines, _ = html_to_lines(html.replace('<div class="content">', '<div class="content"><p>导语：今年上半年。</p>'))
    assert "导语：今年上半年。" in lines


def test_journal_abstract_and_keywords_boxes_in_the_column_are_chrome():
    # a journal's article page: 【摘要】 and 【关键词】 boxes (bracketed labels, no colon) above the text block, in the
    # same column as it
    html = ('<html><body><div class="main"><h1>标题</h1><div class="abstract"><b>【摘要】</b>本文梳理了驿站建设的做法。</div>'
            '<div class="kw"><b>【关键词】</b>驿站;服务;工会</div>'
            f'<div class="content">{_BODY * 3}</div><p class="unit">(作者单位:某某工会)</p></div></body></html>')
    lines, removed = html_to_lines(html)
    assert not any("摘要" in ln or "关键词" in ln for ln in lines)
    assert [r.kind for r in removed if "【" in r.text] == ["page_header", "page_header"]
    # a bracketed label opening the text block's own first paragraph stays
    lines, _ = html_to_lines(html.replace('<div class="content">', '<div class="content"><p>【导语】今年上半年新建驿站36座。</p>'))
    assert "【导语】今年上半年新建驿站36座。" in lines


_SUMMARY_LEAD = ("7月16日，县总工会慰问小分队先后来到县治沙站、压沙造林工地和城区环卫作业点，为奋战在高温一线的职工送去"
         "矿泉水、藿香正气水等慰问品。")
_SUMMARY_REST = ("<p>在压沙造林工地上，治沙工人们正顶着烈日铺设草方格，工会的同志这么热的天跑来看望大家，"
                 "叮嘱大家合理调整作业时间，避开午间高温时段，做好防暑降温措施。</p>") * 3


def _summary_page(box: str, lead: str = _SUMMARY_LEAD) -> str:
    """A CMS article page: headline, info line, ``box``, then the article's text block."""
    return (f'<html><body><h2>县总工会为治沙一线职工送清凉</h2><div class="info">时间:2024-07-18 来源:县总工会</div>'
            f'{box}<div class="content"><p>{lead}</p>{_SUMMARY_REST}</div></body></html>')


def test_summary_box_restating_the_lead_is_chrome():
    box = '<div class="intro">7月16日，县总工会慰问小分队深入治沙站、压沙造林工地和环卫作业点慰问一线职工。</div>'
    lines, removed = html_to_lines(_summary_page(box))
    assert not any("深入治沙站" in ln for ln in lines) and any(ln.startswith("7月16日，县总工会慰问") for ln in lines)
    assert [r.kind for r in removed if "深入治沙站" in r.text] == ["page_header"]
    for name in ('class="art_summary"', 'id="zhaiyao"', 'class="news-abstract box"'):
        lines, _ = html_to_lines(_summary_page(box.replace('class="intro"', name)))
        assert not any("深入治沙站" in ln for ln in lines), name


def test_summary_named_box_kept_unless_restated():
    # a first paragraph the template classes "intro" that the text after it does not say again is the article's
    own = '<div class="intro">今年以来，全县各级工会坚持把户外劳动者的冷暖放在心上，建成驿站二十余个。</div>'
    lines, _ = html_to_lines(_summary_page(own))
    assert any("建成驿站二十余个" in ln for ln in lines)
    # a photo's description is no summary, though its words recur in the article (a site's description is the
    # site's tagline: see test_a_wordpress_site_description_is_chrome_not_the_headline)
    box = '<p class="img-desc">县总工会慰问小分队来到压沙造林工地和城区环卫作业点</p>'
    lines, _ = html_to_lines(_summary_page(box))
    assert any(ln.endswith("县总工会慰问小分队来到压沙造林工地和城区环卫作业点") for ln in lines)
    # inside the article's text block the box is the article's own paragraph
    inside = _summary_page("").replace('<div class="content">', '<div class="content"><div class="intro">'
                                       '7月16日，县总工会慰问小分队深入治沙站、压沙造林工地和环卫作业点。</div>')
    lines, _ = html_to_lines(inside)
    assert any("深入治沙站" in ln for ln in lines)


def test_app_shell_article_from_its_script_state_when_no_noscript_copy():
    state = {"props": {"pageProps": {"article": {"title": "标题", "publishTime": "2024-10-12 11:20:36",
                                                 "source": "某市日报", "editor": "邝美玲", "content": _BODY * 2}}}}
    html = ('<html><head><title>标题 - 某某+</title></head><body><div id="__next"><div class="sk"></div></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
            '</body></html>')
    art = html_to_article(html)
    lines = art.raw.splitlines()
    assert lines[0].startswith("标题") and len(lines) == 3 and lines[1] == _BODY[3:-4]
    assert (art.meta.published, art.meta.source, art.meta.editor) == ("2024-10-12T11:20:36", "某市日报", "邝美玲")
    # a page that shows its article does not read the state's copy
    shown = html.replace('<div class="sk"></div>', f"<h1>标题</h1>{_BODY}")
    art = html_to_article(shown)
    assert art.raw.count(_BODY[3:-4]) == 1 and art.meta.editor is None


_WECHAT = ('<html><head><meta property="og:site_name" content="微信公众平台"><title>标题</title></head><body>'
           '<div id="js_article" class="rich_media"><h1 class="rich_media_title" id="activity-name">标题</h1>'
           '<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta_nickname" id="profileBt">'
           '<a id="js_name">某某工会</a></span><em id="publish_time" class="rich_media_meta_text">{shown}</em>'
           '<em id="js_ip_wording_wrp" style="display: none;"><span id="js_ip_wording"></span></em></div>'
           '<div class="rich_media_content" id="js_content" style="visibility: hidden;">{body}</div>'
           '<div class="rich_media_tool"><a id="js_view_source">阅读原文</a><span class="media_tool_meta">阅读 '
           '<span id="readNum3">1,482</span></span><span>分享</span><span>在看</span></div></div>'
           '<script>var ct = "1716802320"; var publish_time = "2024-05-27" || "";{script}</script></body></html>')


def test_wechat_body_saved_hidden_is_read_whatever_follows_it():
    script = "var x = 1;" * 400  # the tens of KB of inline script after a real WeChat article
    html = _WECHAT.format(shown="", body=_BODY, script=script) + f"<p>{'其他文字。' * 300}</p>"
    lines, removed = html_to_lines(html)
    assert _BODY[3:-4] in lines
    # the header row showing only the account's name is the page's byline, not a paragraph
    assert "某某工会" not in lines and ("page_header", "某某工会") in [(r.kind, r.text) for r in removed]
    # the tool bar's items are read apart: the count is a line of its own
    assert "阅读 1,482" in lines and "阅读原文" in lines


def test_wechat_header_of_badge_and_name_with_its_hidden_profile_card_is_the_byline():
    """A header row of the 原创 badge and the account's name, whose element holds the profile card hidden until a
    tap (name, 微信号, 功能介绍): the name alone is shown, and it is no paragraph."""
    card = ('<div id="js_profile_qrcode" style="display:none;"><strong>某某工会</strong><p><label>微信号</label>'
            '<span>mmgh</span></p><p><label>功能介绍</label><span>某某区总工会官方公众号,服务广大职工。</span></p></div>')
    html = _WECHAT.format(shown="{shown}", body=_BODY, script="").replace(
        '<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">某某工会</a></span>',
        '<span id="copyright_logo" class="rich_media_meta">原创</span>'
        '<span class="rich_media_meta_nickname" id="profileBt"><a id="js_name">某某工会</a>' + card + '</span>')
    lines, removed = html_to_lines(html.format(shown=""))
    assert "某某工会" not in lines and ("page_header", "某某工会") in [(r.kind, r.text) for r in removed]
    assert html_to_article(html.format(shown="")).meta.site == "某某工会"
    # negative: a row that shows its date too stays a row of the page (the text cleaner reads name and date)
    lines, _ = html_to_lines(html.format(shown="2024-05-28 09:00"))
    assert any("某某工会" in ln for ln in lines)


def test_wechat_time_from_the_header_else_the_page_script():
    art = html_to_article(_WECHAT.format(shown="", body=_BODY, script=""))
    assert art.meta.published == "2024-05-27T17:32"  # ct is Unix time, read as China time
    assert art.meta.site == "某某工会"  # og:site_name names the platform; the header names the account
    shown = html_to_article(_WECHAT.format(shown="2024-05-28 09:00", body=_BODY, script=""))
    # the header's date is read from its element: a SingleFile copy drops the header row as markup
    assert shown.meta.published == "2024-05-28T09:00"
    art = html_to_article(_WECHAT.format(shown="", body=_BODY, script="").replace('var ct = "1716802320";', ""))
    assert art.meta.published == "2024-05-27"


def test_element_a_page_script_shows_by_id_is_not_hidden():
    html = ('<html><body><h1>标题</h1><div id="art" style="display:none">' + _BODY * 3 + '</div>'
            f'<div class="more">{"推荐文字。" * 200}</div><div id="pop" style="display:none">{"弹窗说明。" * 60}</div>'
            '<script>document.getElementById("art").style.display = "block";</script></body></html>')
    lines, _ = html_to_lines(html)
    assert _BODY[3:-4] in lines and not any("弹窗说明" in ln for ln in lines)


def test_attribute_selector_hiding_rules_hide_like_class_rules():
    html = ('<html><head><style>.txt span[data-ac]{display:none} [v-cloak]{display:none}</style></head><body>'
            '<h1>标题</h1><div class="txt"><p>启动仪式。<span data-ac="1">某某工会网</span>市总工会主席出席。</p></div>'
            '<p v-cloak>模板渲染后的文字。</p></body></html>')
    lines, removed = html_to_lines(html)
    assert "启动仪式。市总工会主席出席。" in lines and ("markup", "某某工会网") in [(r.kind, r.text) for r in removed]
    assert "模板渲染后的文字。" in lines  # a cloak attribute is removed by the framework once it renders


def test_state_publish_time_of_the_record_titled_as_the_page():
    state = {"article": {"title": "爱心托管班开班", "publishTime": "2024-07-10 16:42:18"},
             "hot": [{"title": "别的文章标题", "publishTime": "2024-07-01 08:00:00"}]}
    html = ('<html><head><title>爱心托管班开班</title></head><body><h1>爱心托管班开班</h1><span class="time">07-10 '
            f'16:42</span>{_BODY}<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>'
            '</body></html>')
    assert html_to_article(html).meta.published == "2024-07-10T16:42:18"
    # a recommended item's time is never the page's
    assert html_to_article(html.replace("2024-07-10 16:42:18", "")).meta.published is None


def test_info_row_fields_are_spaced_and_file_lines_are_chrome():
    html = ('<html><body><h1>标题</h1><div class="atl-info"><span>楼主：<a>某网友</a></span><span>时间：2024-08-03 '
            '10:12:31</span><span>点击：3862</span></div><div class="info"><small>作者：</small>机关工会</div>'
            f'{_BODY}<div class="art-statement">本网站所刊登的各种新闻均为本网版权所有，未经协议授权禁止下载使用。</div>'
            '<div class="fj"><p>附件：</p><p><a href="/down.jsp?f=1.docx">申请表.docx</a></p>'
            '<p><a href="/down.jsp?f=2.xls">名单.xls</a></p></div></body></html>')
    lines, removed = html_to_lines(html)
    assert "楼主：某网友 时间：2024-08-03 10:12:31 点击：3862" in lines and "作者：机关工会" in lines
    # a count's label with no colon (阅读 512) is a field as well: glued, the label ran into the name before it
    lines, _ = html_to_lines('<html><body><h1>标题</h1><div class="post-meta"><time>2022-05-06 10:20</time>'
                             '<span class="src">来源:某某区总工会宣传教育部</span><span class="au">作者:李文</span>'
                             f'<span class="pv">阅读 512</span></div>{_BODY}</body></html>')
    assert "2022-05-06 10:20 来源:某某区总工会宣传教育部 作者:李文 阅读 512" in lines
    gone = {r.text: r.kind for r in removed}
    assert gone["申请表.docx"] == gone["名单.xls"] == gone["附件："] == "related_links"
    assert gone["本网站所刊登的各种新闻均为本网版权所有，未经协议授权禁止下载使用。"] == "site_footer"


def test_off_screen_styles_hide_like_display_none():
    from unionkit.html.lines import hides

    for style in ("position:absolute;left:-9999px;top:-9999px", "position: fixed; top: -10000px",
                  "text-indent:-9999px", "text-indent: -100em; white-space: nowrap", "clip-path: inset(50%)",
                  "clip-path:circle(0)", "width:0;overflow:hidden", "height: 0px; overflow: hidden"):
        assert hides(style), style
    for style in ("left:-9999px", "position:absolute;left:-20px", "text-indent:2em", "text-indent:-2em",
                  "text-indent:-9999px;background:url(logo.png) no-repeat",  # an image-replacement logo
                  "clip-path:inset(10%)", "width:0", "height:0;overflow:visible", "max-width:0;overflow:hidden"):
        assert not hides(style), style
    html = ('<html><head><style>.wm{position:absolute;left:-9999px}</style></head><body><h1>标题</h1>'
            '<p>慰问组把绿豆、藿香正气水<span class="wm">www.example.cn</span>、毛巾送到工人手中。</p></body></html>')
    lines, removed = html_to_lines(html)
    assert "慰问组把绿豆、藿香正气水、毛巾送到工人手中。" in lines
    assert ("markup", "www.example.cn") in [(r.kind, r.text) for r in removed]


_FOLD = ('<html><body><h1>标题</h1><div class="content" id="art">' + _BODY
         + '<div class="mask"></div><div id="more" style="display:none;">{rest}</div></div>{button}</body></html>')
_REST = "<p>" + "县总工会还将在全县各乡镇再布点十个服务站点，打造职工服务圈。" * 2 + "</p>"
_MORE_BUTTON = '<div class="more-btn" onclick="document.getElementById(\'more\').style.display=\'block\'">展开全文 ∨</div>'


def test_folded_rest_of_the_article_behind_a_show_more_button_is_read():
    lines, removed = html_to_lines(_FOLD.format(rest=_REST, button=_MORE_BUTTON))
    assert any("再布点十个服务站点" in ln for ln in lines) and "展开全文 ∨" not in lines
    assert ("navigation", "展开全文 ∨") in [(r.kind, r.text) for r in removed]
    # the button named by id elsewhere on the page (a link to #more after the share bar)
    far = _FOLD.format(rest=_REST, button='<div class="share">分享</div><p><a href="#more">阅读全文</a></p>')
    assert any("再布点十个服务站点" in ln for ln in html_to_lines(far)[0])
    # no button: the hidden block stays hidden
    assert not any("再布点十个服务站点" in ln for ln in html_to_lines(_FOLD.format(rest=_REST, button=""))[0])
    # an anti-copy string hidden next to a button holds no paragraph: it stays hidden
    lines, _ = html_to_lines(_FOLD.format(rest="<span>某某工会网</span>", button=_MORE_BUTTON))
    assert not any("某某工会网" in ln for ln in lines)
    # a hidden block beside a button, in a container that shows no article text (a pop-up), stays hidden
    popup = ('<html><body><h1>标题</h1>' + _BODY + '<div class="box"><b>公告</b><div style="display:none">' + _REST
             + '</div><a>展开全文</a></div></body></html>')
    assert not any("再布点十个服务站点" in ln for ln in html_to_lines(popup)[0])
    # an anti-copy string inside the folded block stays hidden
    jammed = _REST.replace("打造", '<span style="display:none">某某工会网</span>打造', 1)
    lines, _ = html_to_lines(_FOLD.format(rest=jammed, button=_MORE_BUTTON))
    assert any("再布点十个服务站点" in ln for ln in lines) and not any("某某工会网" in ln for ln in lines)


def test_a_bar_of_bare_links_is_read_apart():
    lines, _ = html_to_lines('<html><body><div class="tools"><a>转藏</a><a>全屏</a><a>打印</a><a>分享</a></div>'
                             '<div class="nav"><a href="/">首页</a><a href="/a">工会要闻</a><a href="/b">基层动态</a></div>'
                             '<p><a>市总工会</a>、<a>区总工会</a>和<a>县总工会</a>联合举办。</p>'
                             '<div><a>上一篇</a><a>下一篇</a></div></body></html>')
    assert "转藏 全屏 打印 分享" in lines and "首页 工会要闻 基层动态" in lines
    assert "市总工会、区总工会和县总工会联合举办。" in lines  # text between the links: a sentence
    assert "上一篇下一篇" in lines  # two links are no bar


def test_repost_library_header_row_with_bare_counters():
    html = ('<html><head><title>某旗总工会推动竞赛进班组</title></head><body><div class="logo">'
            '<a href="http://www.example.com/">个人书馆</a></div><div class="nav"><a>首页</a><a>我的书馆</a><a>发现</a></div>'
            '<div class="a_title"><h2>某旗总工会推动竞赛进班组</h2></div><div class="a_info"><span>某网友</span> '
            '<span>2024-06-18</span> <span>发布于内蒙古</span> <span>| 阅 56</span> <span>| 转藏 3</span></div>'
            '<div class="a_tools"><a>转藏</a><a>全屏</a><a>打印</a><a>分享</a></div><div class="a_content">'
            '<p>来源：某某日报</p>' + _BODY + _BODY.replace("市总工会", "旗总工会") + '</div></body></html>')
    art = clean_article(html_to_article(html, path="page.html"))
    assert art.title == "某旗总工会推动竞赛进班组"
    from unionkit.extract import extract

    meta = extract(art).meta
    assert meta.published == "2024-06-18" and meta.source == "某某日报" and meta.site == "个人书馆"


_THREAD = ('<html><head><title>绣娘同台比拼技艺-某某生活论坛</title></head><body><header><div class="container">'
           '<a class="navbar-brand" href="./">某某生活论坛</a></div></header><div class="card"><h4>绣娘同台比拼技艺</h4>'
           '<div class="small"><span class="username"><a href="user-1.htm">某老表</a></span> <span>2024-6-3</span> '
           '<a href="{edit}" class="post_update"><i class="icon-edit"></i> 编辑</a></div>'
           '<div class="message" isfirst="1">' + _BODY * 3 + '</div></div>'
           '<div class="card"><div class="card-title"><div><b>{heading}</b> (<span>4</span>)</div></div>'
           '<ul class="postlist"><li class="post"><a href="user-2.htm">网友甲</a> 3小时前 <div>顶一个，说得好。</div></li>'
           '</ul></div></body></html>')


def test_reply_list_heading_and_post_action_links_are_chrome():
    html = _THREAD.format(edit="post-update-88119.htm", heading="最新回复")
    lines, removed = html_to_lines(html)
    kinds = {r.text: r.kind for r in removed}
    assert kinds["最新回复 (4)"] == kinds["编辑"] == kinds["顶一个，说得好。"] == "forum_chrome"
    assert "某老表 2024-6-3" in lines and not any("编辑" in ln for ln in lines)
    # an 编辑 link to a profile is a name's link, not an action; a heading that names no reply list stays
    lines, _ = html_to_lines(_THREAD.format(edit="user-9.htm", heading="相关推荐"))
    assert "某老表 2024-6-3 编辑" in lines and "相关推荐 (4)" in lines
    # readers' comments under a 最新评论 heading are a comment area
    kinds = _removed(_THREAD.format(edit="post-update-1.htm", heading="最新评论"))
    assert kinds["最新评论 (4)"] == kinds["顶一个，说得好。"] == "comment_form"
    # a comment count above the article's text is left to the cleaner
    top = ('<html><body><h1>标题</h1><div class="info"><div>评论(3)</div><div>2024-06-03</div></div>'
           '<div class="content">' + _BODY * 3 + '</div></body></html>')
    assert "评论(3)" in html_to_lines(top)[0]


def test_site_from_a_title_suffix_the_header_brand_confirms_or_the_logo_linking_home():
    assert html_to_article(_THREAD.format(edit="x", heading="最新回复")).meta.site == "某某生活论坛"
    page = ('<html><head><title>汉阴县竞赛推动安全生产_江城网东区_江城网</title></head><body><div class="index_logo_1yWxk">'
            '<a href="https://east.example.com/"><img src="logo.png" alt="{alt}"></a></div>'
            '<h1>汉阴县竞赛推动安全生产</h1>' + _BODY + '<div class="footer">江城新媒体 版权所有</div></body></html>')
    assert html_to_article(page.format(alt="江城网东区")).meta.site == "江城网"  # the logo names a channel of it
    assert html_to_article(page.format(alt="江城网")).meta.site == "江城网"
    # a logo naming neither: its own name, as it links home
    assert html_to_article(page.format(alt="东区频道")).meta.site == "东区频道"
    # a logo that links elsewhere confirms nothing and names nothing
    away = page.format(alt="东区频道").replace('href="https://east.example.com/"', 'href="/about/intro.html"')
    assert html_to_article(away).meta.site is None
    # a home link's 首页 names no site, a brand's "X首页" names X
    home = page.replace("_江城网东区_江城网</title>", "</title>")
    assert html_to_article(home.replace('<img src="logo.png" alt="{alt}">', "首页")).meta.site is None
    assert html_to_article(home.replace('<img src="logo.png" alt="{alt}">', "江城网首页")).meta.site == "江城网"


# --- batch 29: custom elements, touch threads, category fields, comment widgets, site and author metas -----

def test_custom_elements_lay_out_as_their_framework_renders_them():
    """uni-app's uni-view is a div and uni-text a span (Taro, Vant, Element alike): views break lines, text
    components of one row are set apart, an unknown hyphenated tag inside a sentence stays inline."""
    from unionkit.html.lines import custom_role

    assert custom_role("uni-view") == custom_role("van-cell") == custom_role("taro-view-core") == "div"
    assert custom_role("uni-text") == custom_role("el-icon") == custom_role("taro-text-core") == "span"
    html = ('<uni-view class="title">标题在这里</uni-view><uni-view class="info"><uni-text><span>某区总工会</span></uni-text>'
            '<uni-text><span>2024-10-15 17:03</span></uni-text></uni-view><uni-view>阅读 <uni-text>3526</uni-text></uni-view>'
            '<p>今天<uni-text>工会</uni-text>召开会议。</p>')
    lines, _ = html_to_lines(html)
    assert lines == ["标题在这里", "某区总工会 2024-10-15 17:03", "阅读 3526", "今天工会召开会议。"]


def test_a_uni_app_share_page_reads_its_title_date_and_views():
    page = ('<html><head><title>齐鲁某某</title></head><body><uni-app><uni-page-head><div class="uni-page-head">'
            '<div class="uni-page-head__title">资讯详情</div></div></uni-page-head><uni-page-body>'
            '<uni-view class="title">蓬莱区总工会开展安康杯竞赛观摩</uni-view><uni-view class="info-line"><uni-text><span>'
            '蓬莱区总工会</span></uni-text><uni-text><span>2024-10-15 17:03</span></uni-text></uni-view>'
            '<uni-view class="content"><uni-rich-text>' + _BODY * 2 + '</uni-rich-text></uni-view>'
            '<uni-view class="stat"><uni-text><span>阅读 3526</span></uni-text><uni-text><span>点赞 56</span></uni-text>'
            '</uni-view></uni-page-body></uni-app></body></html>')
    art = extract(clean_article(html_to_article(page)))
    assert art.title == "蓬莱区总工会开展安康杯竞赛观摩"
    assert art.meta.published == "2024-10-15T17:03" and art.meta.views == 3526


_TOUCH_FLOOR = ('<div class="plc cl" id="pid{n}"><div class="display pi"><ul class="authi"><li class="grey"><em>{floor}</em>'
                '<b><a href="home.php?uid={n}" class="blue">{user}</a></b></li><li class="grey rela">2024-11-8 09:41</li></ul>'
                '<div class="message">{body}</div>{sign}</div></div>')


def test_a_touch_threads_later_floors_and_signature_are_chrome():
    page = ('<html><body><div class="viewthread"><div class="view_tit">县总工会举办技能培训</div>'
            + _TOUCH_FLOOR.format(n=1, floor="楼主", user="老子故里人", body=_BODY, sign='<div class="sign">常回家看看</div>')
            + _TOUCH_FLOOR.format(n=2, floor="沙发", user="太康小伙", body="我们太康县也搞一个？", sign="")
            + '</div></body></html>')
    lines, removed = html_to_lines(page)
    kinds = {r.text: r.kind for r in removed}
    assert kinds["常回家看看"] == "signature" and kinds["我们太康县也搞一个？"] == "forum_chrome"
    # the floor label before the poster's name is chrome: the name line is the name alone
    assert "老子故里人" in lines and kinds["楼主"] == "forum_chrome"
    # without touch floors (no div.plc#pidN) the same blocks are left to the cleaner
    plain = page.replace('class="plc cl"', 'class="post"').replace('class="sign"', 'class="note"')
    lines, _ = html_to_lines(plain)
    assert "常回家看看" in lines and "我们太康县也搞一个？" in lines


def test_a_floor_label_is_chrome_only_before_a_name():
    kinds = _removed('<p><em>楼主</em><b><a href="#">某网友</a></b></p><p><em>沙发</em><sup>#</sup></p>')
    assert kinds.get("楼主") == "forum_chrome" and "沙发" not in kinds
    lines, _ = html_to_lines('<p>这座<em>楼主</em>体已完工。</p><p><em>5楼</em> 说得好</p>')
    assert lines == ["这座楼主体已完工。", "5楼 说得好"]  # in a sentence, or text after it: not a label before a name


def test_a_category_field_linking_its_channel_is_navigation():
    kinds = _removed('<dl class="article-info"><dd>作者: 某办公室</dd><dd class="category-name">分类: '
                     '<a href="/gonghui.html">工会动态</a></dd><dd>发布时间: 2024年6月12日</dd></dl>')
    assert kinds == {"分类: 工会动态": "navigation"}
    # a category written as plain text, or a sentence naming a category, stays
    lines, _ = html_to_lines('<p>分类: 工会动态</p><p>栏目：<a href="/x">工会动态</a>开展了活动</p>')
    assert lines == ["分类: 工会动态", "栏目：工会动态开展了活动"]


def test_a_tag_field_with_a_tag_set_as_a_bare_link_is_navigation():
    # a blog's tag cell: a heading label, then the tags as links, one of them an <a> without href (Sina's 杂谈)
    kinds = _removed('<table><tr><td class="blog_tag"><h3>标签：</h3><a href="/t?q=1">工会</a><a href="/t?q=2">货车司机</a>'
                     '<a>杂谈</a></td></tr></table><p>周五下午跟着县总工会的同事去了一趟物流园。</p>')
    assert kinds == {"标签：": "navigation", "工会货车司机杂谈": "navigation"}
    # a sentence after a bare link, or a label before plain text, stays
    lines, _ = html_to_lines('<p>标签：<a>工会</a>是职工之家</p><p>标签：工会 杂谈</p>')
    assert lines == ["标签：工会是职工之家", "标签：工会 杂谈"]


def test_a_joomla_category_line_is_not_the_title():
    """Joomla's article-info list (作者 / 分类 / 发布时间 / 点击数) under an h2 headline, print and e-mail buttons above."""
    paras = ("<p>6月11日，某市总工会在口岸联检楼举行职工书屋揭牌暨赠书仪式，为口岸查验单位和货运企业职工送去各类图书1200册。</p>"
             "<p>口岸是对外重要口岸之一，驻口岸各单位职工常年坚守在边境一线，业余文化生活相对单调，市总工会将书屋纳入实事项目。</p>")
    page = ('<html><head><title>某市总工会职工书屋走进边境口岸 - 某某工会</title></head><body>'
            '<header><a class="brand" href="/"><span class="site-title">某某工会</span><div>某市总工会主办</div></a></header>'
            '<form><label>搜索...</label><input type="search"></form><ul class="breadcrumb"><li>当前位置: </li>'
            '<li><a href="/">首页</a> / </li><li><a href="/gh.html">工会动态</a></li></ul><div class="item-page">'
            '<div class="page-header"><h2 itemprop="headline">某市总工会职工书屋走进边境口岸</h2></div><div class="icons">'
            '<ul class="dropdown-menu"><li><a href="/p?print=1">打印</a></li><li><a href="/mailto">电子邮件</a></li></ul></div>'
            '<dl class="article-info"><dt>详细信息</dt><dd>作者: 某市总工会办公室</dd><dd class="category-name">分类: '
            '<a href="/gh.html">工会动态</a></dd><dd>发布时间: 2024年6月12日</dd><dd>点击数: 431</dd></dl>'
            '<div itemprop="articleBody">' + paras + '</div></div></body></html>')
    assert clean_article(html_to_article(page)).title == "某市总工会职工书屋走进边境口岸"


_PORTAL = ('<html><head><title>竹山绿松石雕刻工人同台比技艺_网易湖北</title><meta name="author" content="{author}"></head>'
           '<body><h1>竹山绿松石雕刻工人同台比技艺</h1><div class="post_body">' + _BODY * 3 + '</div>{after}</body></html>')


def test_a_comment_widget_after_the_article_is_chrome():
    box = ('<div class="post_tie_top" id="tieArea"><div class="tie-titlebar"><span>跟贴</span><span><a>0</a>参与<a>0</a>跟贴'
           '</span></div><div class="tie-tips">文明上网，登录发贴 网友评论仅供其表达个人看法。</div></div>')
    kinds = _removed(_PORTAL.format(author="x", after=box))
    assert kinds["文明上网，登录发贴 网友评论仅供其表达个人看法。"] == "comment_form"
    # a box named so that says nothing of comments, or one in a sidebar <aside>, is not taken
    lines, _ = html_to_lines(_PORTAL.format(author="x", after='<div class="tie-box">扫码下载客户端</div>'))
    assert "扫码下载客户端" in lines
    kinds = _removed(_PORTAL.format(author="x", after='<aside><div class="recent-comments">近期评论</div></aside>'))
    assert kinds["近期评论"] == "related_links"


def test_an_author_meta_naming_the_site_is_no_author():
    assert html_to_article(_PORTAL.format(author="网易", after="")).meta.author is None
    assert html_to_article(_PORTAL.format(author="网易湖北", after="")).meta.author is None
    assert html_to_article(_PORTAL.format(author="晏子涵", after="")).meta.author == "晏子涵"
    blog = _PORTAL.format(author="王明", after="").replace("_网易湖北", " - 王明的博客")
    assert html_to_article(blog).meta.author == "王明"  # a person's own page names the person


def test_a_mobile_forum_title_names_the_forum_before_its_edition_word():
    page = ('<html><head><title>县总工会举办技能培训 - 鹿邑新闻 - 某某论坛 -  手机版 - Powered by Discuz!</title></head>'
            '<body><div class="header"><h2>鹿邑新闻</h2></div><div class="view_tit">县总工会举办技能培训</div>'
            + _BODY + '</body></html>')
    assert html_to_article(page).meta.site == "某某论坛"
    # a desktop title (no edition word) is left to the page's own navigation and logo; so is a title that
    # names only the section before the credit
    assert html_to_article(page.replace(" -  手机版", "")).meta.site is None
    assert html_to_article(page.replace(" - 某某论坛", "")).meta.site is None


def test_view_counts_with_a_thousand_or_ten_thousand_unit():
    from unionkit.extract.meta import parse_views

    assert parse_views("1.2k") == parse_views("1.2K") == parse_views("1.2千") == 1200
    assert parse_views("1.2w") == parse_views("1.2W") == parse_views("1.2万") == 12000
    assert parse_views("0.29万") == 2900 and parse_views("1,236") == 1236 and parse_views("10万+") == 100000
    # a decimal without its unit is no count; a unit glued into a word is no unit
    assert parse_views("1.5") is None and parse_views("100km") == 100


def test_a_labelled_article_address_outranks_the_logos_site_root():
    """A print view shows the site root by the logo and the article's own address, labelled, at the foot."""
    from unionkit.extract.meta import extract_meta
    from unionkit.extract.meta.urls import _labelled_url
    from unionkit.record import Article, Removal

    for label in ("本文地址：", "原文地址:", "本文链接："):
        art = Article(id="x", title="法律援助律师走进工业园", body=["正文。"], removed=[
            Removal("navigation", "茂名网 www.mm111.net", 3),
            Removal("page_header", "时间：2024-08-06 09:12:45 来源：茂名日报", 5),
            Removal("page_header", label + "http://www.mm111.net/content/2024-08/06/content_5218736.htm", 11)])
        assert extract_meta(art).url == "http://www.mm111.net/content/2024-08/06/content_5218736.htm"
    # an address that is no article's (联系地址, a postal address) is no label of the page's URL
    assert _labelled_url("联系地址：http://www.mm111.net/about.htm") is None
    assert _labelled_url("本文地址：http://www.mm111.net/a.htm") == "http://www.mm111.net/a.htm"
    # a message board's or a post's own link (留言链接:), a share widget's copy button holding the address, also
    # where the cleaner left the row at the body's end; a related link names another page
    assert _labelled_url("留言链接:https://ly.example.cn/t?id=5") == "https://ly.example.cn/t?id=5"
    assert _labelled_url("复制链接 https://v.example.com/video/77") == "https://v.example.com/video/77"
    assert _labelled_url("相关链接：https://www.example.cn/b.htm") is None
    art = Article(id="x", title="驿站能否延长开放时间", body=["问:能否延长?", "答:已延长。", "留言链接:https://ly.example.cn/t?id=5"],
                  removed=[Removal("navigation", "某某留言板", 1)])
    assert extract_meta(art).url == "https://ly.example.cn/t?id=5"


def test_a_flarum_streams_replies_likes_and_reply_box_are_chrome():
    """Flarum: only the first .PostStream-item is the article; likes line, buttons, replies, reply box are not."""
    post = ('<div class="PostStream-item" data-number="{n}"><article class="CommentPost Post">'
            '<header class="Post-header"><h3 class="PostUser-name">{user}</h3></header>'
            '<div class="Post-body"><p>{text}</p></div>{foot}'
            '<aside class="Post-actions"><ul><li><button>赞</button></li><li><button>回复</button></li></ul></aside>'
            '</article></div>')
    html = ('<html><head><title>帖子标题 - 某某社区</title></head><body><h1>帖子标题</h1><div class="PostStream">'
            + post.format(n=1, user="楼主", text="市总工会今天举办了职工技能竞赛。",
                          foot='<aside class="Post-footer"><div class="Post-likedBy">甲 和 另外 5 人 觉得很赞。</div></aside>')
            + post.format(n=2, user="网友乙", text="恭喜获奖的师傅们！", foot="")
            + '<div class="PostStream-item"><article class="Post ReplyPlaceholder"><header>说点什么...</header>'
              '</article></div></div></body></html>')
    lines, _ = html_to_lines(html)
    assert "市总工会今天举办了职工技能竞赛。" in lines
    for chrome in ("甲 和 另外 5 人 觉得很赞。", "恭喜获奖的师傅们！", "说点什么...", "赞", "回复"):
        assert chrome not in lines
    # negative: a page with no post stream keeps a paragraph that mentions likes
    plain, _ = html_to_lines("<html><body><h1>标题</h1><p>甲 和 另外 5 人 觉得很赞。</p></body></html>")
    assert "甲 和 另外 5 人 觉得很赞。" in plain


def test_a_newspaper_headline_stacks_kicker_and_subtitle_blocks_are_no_title():
    """引题/副题 blocks by their template class next to the one h1 are dropped; the h1 is the title."""
    stack = ('<html><head><title>一纸调解书讨回工钱_某报网</title></head><body><div class="art">'
             '<div class="yinti">某县搭建诉调对接平台</div><h1>一纸调解书讨回工钱</h1>'
             '<div class="futi">去年以来累计化解纠纷186件</div>{after}'
             '<p>“这些工钱能拿回来，多亏了工会和法院。”7月5日，农民工代表接过调解书，连声道谢。</p></div></body></html>')
    lines, removed = html_to_lines(stack.format(after=""))
    assert "某县搭建诉调对接平台" not in lines and "去年以来累计化解纠纷186件" not in lines
    assert any(r.text == "去年以来累计化解纠纷186件" for r in removed)
    assert clean_article(html_to_article(stack.format(after=""))).title == "一纸调解书讨回工钱"
    # negatives: a block of another class, or a sentence in a subtitle-classed block, stays
    other, _ = html_to_lines(stack.replace('class="futi"', 'class="info"').format(after=""))
    assert "去年以来累计化解纠纷186件" in other
    long_text, _ = html_to_lines(stack.replace("去年以来累计化解纠纷186件", "去年以来累计化解纠纷186件。").format(after=""))
    assert "去年以来累计化解纠纷186件。" in long_text


def test_an_author_meta_naming_the_pages_editor_is_no_author():
    """Some portals' <meta name=author> holds the on-duty editor (【编辑:X】 under the text): no author."""
    page = ('<html><head><title>标题-某新闻网</title><meta name="author" content="{meta}"></head><body><h1>标题</h1>'
            '<p>市总工会开展送清凉活动，为户外劳动者送去防暑降温物品，覆盖全市各个街道和乡镇。</p>'
            '<p>【编辑:苗雨菲】</p></body></html>')
    assert html_to_article(page.format(meta="苗雨菲")).meta.author is None
    # negative: a writer other than the editor stays the author
    assert html_to_article(page.format(meta="粟文婷")).meta.author == "粟文婷"


def test_site_from_a_forum_header_title_or_a_protocol_relative_home_logo():
    """The <title> suffix is the site when a Header-title brand shows it; a //host/ logo link is a home link."""
    body = '<h1>帖子标题很长</h1><p>市总工会开展送清凉活动，为户外劳动者送去防暑降温物品。</p>'
    forum = ('<html><head><title>帖子标题很长 - 边城社区</title></head><body>'
             '<div class="Header-title"><a href="https://bbs.example.net">边城社区</a></div>' + body + '</body></html>')
    assert html_to_article(forum).meta.site == "边城社区"
    # negative: a header block of another class (no brand) confirms nothing
    other = forum.replace('class="Header-title"', 'class="Header-secondary"')
    assert html_to_article(other).meta.site is None
    portal = ('<html><head><title>帖子标题很长-某网</title></head><body><a href="//www.example.com.cn/" class="logo">'
              '<img src="/logo.png" alt="某某新闻网"></a>' + body + '</body></html>')
    assert html_to_article(portal).meta.site == "某某新闻网"
    # negative: a logo linking to a page deeper than the home page names no site
    assert html_to_article(portal.replace('//www.example.com.cn/', '//www.example.com.cn/a/b.html')).meta.site is None


def test_a_drupal_inline_field_reads_label_and_value_on_one_line():
    """Drupal's .field-label-inline: the 来源: label div and the value's divs are one row on screen."""
    field = ('<div class="field field-label-inline{extra}"><div class="field-label">来源:&nbsp;</div>'
             '<div class="field-items"><div class="field-item even">{value}</div></div></div>')
    page = '<html><body><h1>标题</h1>{f}<p>正文。</p></body></html>'
    lines, _ = html_to_lines(page.format(f=field.format(extra="", value="某县总工会")))
    assert any(ln.startswith("来源:") and ln.endswith("某县总工会") for ln in lines)
    # negatives: a field not laid out inline, or an inline field holding a long text, keeps its lines apart
    lines, _ = html_to_lines(page.format(f=field.format(extra="-above", value="某县总工会")))
    assert "某县总工会" in lines
    long_value = "市总工会开展送清凉活动，为户外劳动者送去防暑降温物品。" * 4
    lines, _ = html_to_lines(page.format(f=field.format(extra="", value=long_value)))
    assert long_value in lines


def test_an_rdfa_date_on_the_visible_span_is_the_publish_time():
    """Drupal 7 prints 提交于 周二, 05/14/2024 - 10:22 with the machine date in an RDFa content attribute."""
    page = ('<html><head><title>标题</title></head><body><h1>标题</h1><span property="{prop}" '
            'content="2024-05-14T10:22:37+08:00">由 admin 提交于 周二, 05/14/2024 - 10:22</span>'
            '<p>市总工会开展送清凉活动，为户外劳动者送去防暑降温物品。</p></body></html>')
    assert html_to_article(page.format(prop="dc:date dc:created")).meta.published.startswith("2024-05-14T10:22")
    # negative: another RDFa property's content is no date of the page
    assert html_to_article(page.format(prop="dc:title")).meta.published is None


def test_an_old_wechat_header_badge_is_dropped_and_its_writer_read():
    """The 2016-17 WeChat header: 原创 badge, em#post-date, the writer's unlabelled em, a#post-user."""
    page = ('<html><head><title>标题</title></head><body><h2 class="rich_media_title">标题</h2>'
            '<div id="meta_content" class="rich_media_meta_list">'
            '<span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span>'
            '<em id="post-date" class="rich_media_meta rich_media_meta_text">2017-01-16</em>{writer}'
            '<a class="rich_media_meta rich_media_meta_link rich_media_meta_nickname" id="post-user">某区总工会</a></div>'
            '<div id="js_content"><p>区总工会开展冬送温暖走访慰问活动，慰问困难职工和一线职工。</p></div></body></html>')
    art = html_to_article(page.format(writer='<em class="rich_media_meta rich_media_meta_text">拉巴旺姆</em>'))
    assert art.meta.author == "拉巴旺姆"
    assert not any("原创" in ln for ln in art.raw.splitlines())
    assert clean_article(art).meta.source is None
    # negative: no writer em, no author (the date em before the account is no name)
    assert html_to_article(page.format(writer="")).meta.author is None


def test_a_statement_box_disowning_the_articles_views_is_chrome():
    """An app page's platform statement (本文仅代表作者观点，不代表X立场) in a statement-class box is chrome."""
    page = ('<html><body><h1>标题</h1><p>市总工会开展送清凉活动，为户外劳动者送去防暑降温物品。</p>'
            '<div class="{cls}">{text}</div></body></html>')
    lines, _ = html_to_lines(page.format(cls="news-statement", text="本文仅代表作者观点，不代表某某平台立场"))
    assert "本文仅代表作者观点，不代表某某平台立场" not in lines
    # negatives: the same words in a plain block stay (the text cleaner judges them), and a statement box
    # that speaks of neither rights nor views stays
    lines, _ = html_to_lines(page.format(cls="news-body", text="本文仅代表作者观点，不代表某某平台立场"))
    assert "本文仅代表作者观点，不代表某某平台立场" in lines
    lines, _ = html_to_lines(page.format(cls="news-statement", text="活动共吸引职工300余人参加"))
    assert "活动共吸引职工300余人参加" in lines


_P34 = "<p>市总工会开展送清凉活动，为户外劳动者送去防暑降温物品，惠及一线职工三千余人次。</p>"


def test_an_oa_documents_counted_trailer_sections_are_chrome():
    """An OA document page's 附件（1）, 阅读记录（417）, 文档回复（2） boxes under the document are the platform's."""
    page = ('<html><body><h2>标题</h2><div id="c">' + _P34 + '</div>'
            '<div class="a"><div class="t">{head}</div><div class="r">张三　李四　王五　…　<a href="#">更多</a></div></div>'
            '<div class="b"><div class="t">文档回复（2）</div><div><span>赵六</span> 2024-10-19 08:31'
            '<p>恭喜获奖的工友们！</p></div></div></body></html>')
    lines, _ = html_to_lines(page.format(head="阅读记录（417）"))
    assert not any("张三" in ln or "恭喜" in ln or "阅读记录" in ln for ln in lines)
    # negative: a heading without a count is not a trailer's (the text cleaner judges the names)
    lines, _ = html_to_lines(page.format(head="阅读记录"))
    assert any("张三" in ln for ln in lines)


def test_an_ad_box_inside_the_article_is_chrome():
    """A block labelled 广告 with a banner link and a slogan between the article's parts is an ad slot."""
    page = ('<html><body><h1>标题</h1>' + _P34 + '<div class="x"><span>{label}</span><a href="/c?id=1">'
            '<img src="a.jpg"></a><p>温泉度假区 暑期亲子套餐限时特惠</p></div>' + _P34 + '</body></html>')
    lines, _ = html_to_lines(page.format(label="广告"))
    assert "温泉度假区 暑期亲子套餐限时特惠" not in lines and "广告" not in lines
    for label in ("AD", "ad", "推廣"):  # every spelling the label rule knows passes the page's pre-check too
        lines, _ = html_to_lines(page.format(label=label))
        assert "温泉度假区 暑期亲子套餐限时特惠" not in lines, label
    # negative: without the label the slogan stays (no sign it is an ad)
    lines, _ = html_to_lines(page.format(label="图说"))
    assert "温泉度假区 暑期亲子套餐限时特惠" in lines
    # negative: a 广告 label over a sentence is no ad box (a paragraph about advertising)
    sentence = ('<html><body><h1>标题</h1><div><span>广告</span><a href="/x">链接</a>'
                '<p>县总工会提醒职工警惕虚假招聘广告。</p></div></body></html>')
    lines, _ = html_to_lines(sentence)
    assert "县总工会提醒职工警惕虚假招聘广告。" in lines


def test_a_forum_post_button_bar_and_an_epaper_tool_line_are_not_text():
    """发帖 回复 上一主题 | 下一主题 and 返回本版目录 打印本文 are page actions; a bare print/close bar stays."""
    page = '<html><body><h1>标题</h1><div>{bar}</div>' + _P34 + '</body></html>'
    for bar in ('<a href="post.php">发帖</a> <span>上一主题 | 下一主题</span>',
                '<a href="n.htm">返回本版目录</a>　<a href="javascript:print()">打印本文</a>'):
        lines, _ = html_to_lines(page.format(bar=bar))
        assert not any("主题" in ln or "本版目录" in ln for ln in lines), bar
    # negatives: a print/close bar alone is left to the cleaner (an end mark); a headline naming 主题 stays
    lines, _ = html_to_lines(page.format(bar="【打印本页】 【关闭窗口】"))
    assert "【打印本页】 【关闭窗口】" in lines
    lines, _ = html_to_lines(page.format(bar="工会开展主题党日活动"))
    assert "工会开展主题党日活动" in lines


def test_an_epaper_headline_navigation_box_is_not_text():
    """An e-paper's 本版标题导航 box (a heading and links only) names other articles, not this one's title."""
    page = ('<html><head><title>某日报数字报-代县职工同台竞技</title></head><body><div class="l"><h4>{head}</h4>'
            '<ul><li><a href="c1.htm">繁峙县推进农村公路建设</a></li><li><a href="c2.htm">代县职工同台竞技</a></li>'
            '<li><a href="c3.htm">宁武县开展安全生产月活动</a></li></ul></div>'
            '<div><h1>代县职工同台竞技</h1>' + _P34 + '</div></body></html>')
    lines, _ = html_to_lines(page.format(head="本版标题导航"))
    assert "宁武县开展安全生产月活动" not in lines
    # negative: a box under another heading keeps its links (the sidebar rules judge it)
    lines, _ = html_to_lines(page.format(head="图片新闻"))
    assert "宁武县开展安全生产月活动" in lines


def test_a_phpwind_signature_is_chrome():
    """phpwind prints the poster's signature as .tpc_signature under the post's .tpc_content."""
    page = ('<html><body><h1>标题</h1><div class="tpc_content">' + _P34 +
            '<div class="{cls}">—— 劳动最光荣 ——</div></div></body></html>')
    lines, _ = html_to_lines(page.format(cls="tpc_signature"))
    assert "—— 劳动最光荣 ——" not in lines
    # negative: another box under the post stays
    lines, _ = html_to_lines(page.format(cls="tpc_note"))
    assert "—— 劳动最光荣 ——" in lines


def test_a_discuz7_signatures_block_is_chrome():
    """Discuz! 7 prints the poster's signature as div.signatures under the post's postmessage_N cell."""
    page = ('<html><body><h1>标题</h1><table><tr><td class="t_msgfont" id="postmessage_1">' + _P34 +
            '</td></tr></table><div class="{cls}">某某人讲某某事，有事冇事上论坛</div></body></html>')
    lines, _ = html_to_lines(page.format(cls="signatures"))
    assert "某某人讲某某事，有事冇事上论坛" not in lines
    # negative: another box under the post stays
    lines, _ = html_to_lines(page.format(cls="notices"))
    assert "某某人讲某某事，有事冇事上论坛" in lines


def test_an_app_share_pages_classed_info_spans_are_read_apart():
    """<span class=info-source>X</span><span class=info-time>2024-…</span>: the template spaces them; a like
    button's bare count is no part of the read count; the open-app bar's name is the site, not its slogan."""
    page = ('<html><head><title>标题很长的一篇文章</title></head><body><div class="open-app-top"><div class="slogan">'
            '<p class="name">某某云</p><p class="desc">某某人的新闻客户端</p></div></div><h1>标题很长的一篇文章</h1>'
            '<div class="detail-info"><span class="info-source">某某零距离</span><span class="info-time">'
            '2024-09-05 11:26</span></div>' + _P34 + '<div class="bottom"><span class="read-count">阅读量 8362</span>'
            '<span class="like"><i class="icon-like"></i>126</span></div></body></html>')
    art = html_to_article(page)
    lines = art.raw.splitlines()
    assert "某某零距离 2024-09-05 11:26" in lines and "阅读量 8362" in lines
    assert (art.meta.site, art.meta.source, art.meta.views) == ("某某云", "某某零距离", 8362)
    # negatives: a date split over classed spans stays whole; spans inside a paragraph stay glued
    split = ('<html><body><h1>标题</h1><div class="t"><span class="year"><em>2024</em></span><span class="day">'
             '-04-28</span> <span class="time">18:32:10</span></div><p><span class="a">职工</span><span class="b">'
             '书屋</span>开放。</p></body></html>')
    lines, _ = html_to_lines(split)
    assert "2024-04-28 18:32:10" in lines and "职工书屋开放。" in lines
    # negative: a bare count on a button not named as a like stays
    lines, _ = html_to_lines(page.replace('class="like"', 'class="share"').replace("icon-like", "icon-share"))
    assert any("126" in ln for ln in lines)


def test_a_mobile_info_rows_count_after_a_whole_time_is_read_apart():
    """<span class=time>2024-… 08:05</span><span class=pv>1562阅读</span>: a mobile page's read count glued after
    the time is a value of its own; glued, the time and the count run into one number (08:051562)."""
    page = ('<html><head><title>某某区总工会开展送技能活动</title></head><body><h1>某某区总工会开展送技能活动</h1>'
            '<div class="info"><span class="src">某某晚报</span><span class="time">2023-10-08 19:40</span>'
            '<span class="pv">{count}</span></div>' + _P34 + '</body></html>')
    art = html_to_article(page.format(count="2875阅读"))
    assert "某某晚报 2023-10-08 19:40 2875阅读" in art.raw.splitlines()
    meta = extract(clean_article(art)).meta
    assert (meta.published, meta.views) == ("2023-10-08T19:40", 2875)
    assert extract(clean_article(html_to_article(page.format(count="3.4万阅读")))).meta.views == 34000
    # negative: a time split over spans (19:4|0) stays whole
    split = '<html><body><h1>标题</h1><div class="t"><span class="a">2023-10-08 19:4</span><span class="b">0</span></div></body></html>'
    assert "2023-10-08 19:40" in html_to_lines(split)[0]


def test_a_stamp_rows_dot_elements_read_apart():
    """<span>原创</span><span>X</span><span class=dot>·</span><span>2024-06-03 17:42</span><span class=dot>·</span>
    <span>浙江</span>: a self-media platform's stamp row spaces its values with dot elements; read apart, the row
    is the page's header (badge, account, time, IP region), not the first paragraph."""
    page = ('<html><body><h1>区总工会举办技能骨干研修班结业仪式</h1><div class="article-meta"><span class="original-tag">'
            '原创</span><span class="name"><a href="/c/user/1/">某某发布</a></span><span class="dot">·</span><span>'
            '2024-06-03 17:42</span><span class="dot">·</span><span>浙江</span></div><article>' + _P34 + '</article>'
            '</body></html>')
    art = html_to_article(page)
    assert "原创 某某发布 · 2024-06-03 17:42 · 浙江" in art.raw.splitlines()
    assert not any("2024-06-03" in p for p in clean_article(art).body)
    # negatives: a name's dot element with no date, time or count stays glued; a dash element inside a date
    # is no dot; spans inside a paragraph stay glued
    other = ('<html><body><h1>标题</h1><div class="n"><span>阿依古丽</span><span class="dot">·</span><span>买买提'
             '</span></div><div class="t"><span>2024</span><span class="sep">-</span><span>04-28</span></div>'
             '<p><span>职工</span><span>·</span><span>2024年</span>书屋开放。</p></body></html>')
    lines, _ = html_to_lines(other)
    assert "阿依古丽·买买提" in lines and "2024-04-28" in lines and "职工·2024年书屋开放。" in lines


def test_an_epaper_issue_bars_date_is_the_published_date():
    """An e-paper page's issue bar (2024年05月16日 星期四　上一期 | 下一期) dates the article."""
    page = ('<html><head><title>某日报数字报-代县职工同台竞技</title></head><body><div>{bar}</div>'
            '<h1>代县职工同台竞技</h1>' + _P34 + '</body></html>')
    art = html_to_article(page.format(bar='2024年05月16日 星期四　<a href="a.htm">上一期</a> | <a href="b.htm">下一期</a>'))
    assert art.meta.published == "2024-05-16"
    # negatives: a dated line without the issue stepper, or a page that is no e-paper, gives no date
    assert html_to_article(page.format(bar="2024年05月16日 星期四")).meta.published is None
    other = page.replace("某日报数字报-", "").format(bar='2024年05月16日 星期四　<a href="a.htm">上一期</a>')
    assert html_to_article(other).meta.published is None


def test_an_info_tables_label_and_value_cells_give_author_and_source():
    """An OA document's info table (创建人 | 麻丽娜 | 所属部门 | 党群工作部): the value is the next cell."""
    page = ('<html><head><title>公司工会举办职工技能比武大赛</title></head><body><h2>公司工会举办职工技能比武大赛</h2>'
            '<table><tr><td>{label}</td><td><a href="#">麻丽娜</a></td><td>所属部门</td><td>{dept}</td></tr>'
            '<tr><td>创建日期</td><td>2024-10-18 16:42:07</td></tr></table>' + _P34 + '</body></html>')
    meta = html_to_article(page.format(label="创建人", dept="党群工作部")).meta
    assert (meta.author, meta.source) == ("麻丽娜", "党群工作部")
    # negatives: another label names no author; a value cell holding a sentence is no department
    meta = html_to_article(page.format(label="审核状态", dept="本文已由部门负责人审核通过。")).meta
    assert (meta.author, meta.source) == (None, None)


# --- batch 36 kinds: self-media platform pages, a linked source before an IP-location icon, AMP JSON-LD ---

_PLATFORM_PAGE = ('<html><head><title>县总工会送温暖</title>{head}</head><body><h1>县总工会送温暖</h1>'
                  '<div class="post_info">2024-04-16 19:32:05　{row}</div>' + _P34 + '{tail}</body></html>')


@pytest.mark.parametrize("url, site", [
    ("https://www.sohu.com/a/839152603_121106842", "搜狐"),
    ("https://www.163.com/dy/article/J0B3E7FT0534A4KP.html", "网易"),
    ("https://baijiahao.baidu.com/s?id=1797412635580914527", "百家号"),
    ("https://www.toutiao.com/article/7405218836617822754/", "今日头条"),
])
def test_a_self_media_articles_platform_is_the_site(url, site):
    """An account's article on a self-media platform (by its address): the platform is the site, not the account."""
    head = f'<link rel="canonical" href="{url}">'
    meta = html_to_article(_PLATFORM_PAGE.format(head=head, row="", tail="")).meta
    assert meta.site == site


def test_a_platform_site_needs_an_account_articles_address():
    """Negatives: the platform's other pages, a look-alike host, or an og:site_name that says otherwise."""
    for url in ("https://www.sohu.com/", "https://news.163.com/24/0416/a.html", "https://www.notsohu.com/a/1",
                "https://example.cn/a/1.html"):
        head = f'<link rel="canonical" href="{url}">'
        assert html_to_article(_PLATFORM_PAGE.format(head=head, row="", tail="")).meta.site is None, url
    head = ('<link rel="canonical" href="https://www.toutiao.com/article/1/">'
            '<meta property="og:site_name" content="今日头条号">')
    assert html_to_article(_PLATFORM_PAGE.format(head=head, row="", tail="")).meta.site == "今日头条号"


def test_the_source_is_the_link_after_the_source_label():
    """来源: <a>account</a><img>新疆: the link's text is the source, not the IP-location text the icon heads."""
    row = ('来源: <a href="/dy/media/T1.html">某县工会</a><img src="ipLocation.svg" />新疆<br/>'
           '<a class="post_jubao" href="#">举报</a>')
    assert html_to_article(_PLATFORM_PAGE.format(head="", row=row, tail="")).meta.source == "某县工会"
    # negatives: a link without the label, a label then plain text, two links naming different sources
    for other in ('<a href="/m/1">某县工会</a><img src="i.svg" />新疆', "来源: 某县工会 新疆",
                  '来源: <a href="/1">某县工会</a> 来源: <a href="/2">某市日报</a>',
                  '来源: <a href="/1">点击这里查看本文的原始出处和更多的相关报道内容吧</a>'):
        assert html_to_article(_PLATFORM_PAGE.format(head="", row=other, tail="")).meta.source is None, other


def test_a_bracketed_read_count_below_the_article_is_the_views():
    """A read row below the article (<span class="read-num">阅读 (<em>2841</em>)</span>) gives the views."""
    tail = '<div class="read-wrap"><span class="read-num">阅读 (<em data-role="pv">{n}</em>)</span></div>'
    assert html_to_article(_PLATFORM_PAGE.format(head="", row="", tail=tail.format(n="2841"))).meta.views == 2841
    assert html_to_article(_PLATFORM_PAGE.format(
        head="", row="", tail=tail.replace("(", "（").replace(")", "）").format(n="96"))).meta.views == 96
    # negatives: a count that is not a number, a counter class-less, or a half-bracketed count
    assert html_to_article(_PLATFORM_PAGE.format(head="", row="", tail=tail.format(n="10万+"))).meta.views is None
    plain = tail.replace(' class="read-num"', "").format(n="2841")
    assert html_to_article(_PLATFORM_PAGE.format(head="", row="", tail=plain)).meta.views is None


def test_an_amp_pages_json_ld_publisher_is_the_site():
    """An AMP page with no og:site_name: its NewsArticle JSON-LD's publisher names the site."""
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"罗某"},'
          '"publisher":{"@type":"Organization","name":"%s","logo":{"@type":"ImageObject","url":"/l.png"}}}</script>')
    assert html_to_article(_PLATFORM_PAGE.format(head=ld % "某西新闻网", row="", tail="")).meta.site == "某西新闻网"
    # negatives: an og:site_name wins; a Latin or empty publisher name; no publisher (the author's name is no site)
    og = '<meta property="og:site_name" content="某东新闻网">'
    assert html_to_article(_PLATFORM_PAGE.format(head=og + ld % "某西新闻网", row="", tail="")).meta.site == "某东新闻网"
    for name in ("ACME", ""):
        assert html_to_article(_PLATFORM_PAGE.format(head=ld % name, row="", tail="")).meta.site is None
    no_pub = ld.replace('"publisher":{"@type":"Organization","name":"%s",', '"x":{').replace("}}}", "}}")
    assert html_to_article(_PLATFORM_PAGE.format(head=no_pub, row="", tail="")).meta.site is None


def test_a_dublin_core_publisher_is_the_site():
    """A Taiwanese site's DC metadata (<meta name="DC.Publisher">, its accessibility standard) names the body running
    the site: the site, when no og:site_name or JSON-LD publisher names it."""
    dc = '<meta name="DC.Publisher" content="%s">'
    assert html_to_article(_PLATFORM_PAGE.format(head=dc % "某某勞工資訊網", row="", tail="")).meta.site == "某某勞工資訊網"
    # negatives: an og:site_name wins; a Latin name or a sentence is no site's name
    og = '<meta property="og:site_name" content="某东新闻网">'
    assert html_to_article(_PLATFORM_PAGE.format(head=og + dc % "某某勞工資訊網", row="", tail="")).meta.site == "某东新闻网"
    for name in ("ACME Inc.", "本網站由某某總工會維護，歡迎指教。"):
        assert html_to_article(_PLATFORM_PAGE.format(head=dc % name, row="", tail="")).meta.site is None


def test_a_title_naming_the_site_before_the_headline_gives_the_site_its_logo_confirms():
    """A <title> that names the site first ("Site-Channel-Headline", a Taiwanese ASP.NET or e-paper template) gives
    the site when the header's logo shows the same name, or shows no site's name at all; a logo naming another site
    gives none."""
    page = ('<html><head><title>{prefix}某某工會推出職工服務品牌</title></head><body>'
            '<div id="header"><a href="/Default.aspx"><img src="/logo.gif" alt="{alt}"></a></div>'
            '<h2>某某工會推出職工服務品牌</h2><p>今年以來，某某工會整合服務資源，建成職工服務中心。</p></body></html>')
    site = lambda prefix, alt: html_to_article(page.format(prefix=prefix, alt=alt)).meta.site  # noqa: E731
    assert site("某某勞工資訊網-兩岸工會動態-", "某某勞工資訊網") == "某某勞工資訊網"
    assert site("甘肃工人报-数字报刊-", "甘肃工人报") == "甘肃工人报"
    # no logo names it: a prefix shaped as a site's name still names the site (the golds of a Java CMS's
    # 某某工会网--Headline and an e-paper's 某某日报-Headline pages give it)
    assert site("某某勞工資訊網-兩岸工會動態-", "回首頁") == "某某勞工資訊網"
    # look-alikes: a logo naming another site; the headline not at the title's end
    assert site("某某勞工資訊網-兩岸工會動態-", "某某新聞網") is None
    assert html_to_article(page.format(prefix="", alt="某某勞工資訊網").replace(
        "<title>某某工會", "<title>某某勞工資訊網-某某工會").replace("品牌</title>", "品牌-首頁</title>")).meta.site is None


def test_a_header_stamp_on_a_twelve_hour_clock_refines_a_markup_day():
    """A zh-TW ASP.NET page stamps its header 2024/04/02 上午 10:15:32 under a DC.Date of the day alone: the shown
    moment, read on its 12-hour clock, is the publish time (下午 adds 12 hours)."""
    page = ('<html><head><meta name="DC.Date" content="2024/04/02"><title>t</title></head><body><h2>某某工會舉辦講座</h2>'
            '<table><tr><th>發佈日期：</th><td>2024/04/02 %s</td></tr></table><p>本會舉辦講座，職工踴躍參加。</p></body></html>')
    assert html_to_article(page % "上午 10:15:32").meta.published == "2024-04-02T10:15:32"
    assert html_to_article(page % "下午 03:05:32").meta.published == "2024-04-02T15:05:32"
    assert html_to_article(page % "").meta.published == "2024-04-02"
    assert html_to_article(page.replace("2024/04/02 %s", "2024/04/03 下午 3:05")).meta.published == "2024-04-02"


# --- batch 38: stylesheet tag paths, mobile captions, aggregator source, vote widgets, tag fields ----------


def test_stylesheet_rule_ending_in_a_tag_hides_it_unless_a_rule_shows_it_again():
    html = """<html><head><style>.article-con i{display:none} #zoom u{font-size:0}
    .tab div{display:none} .tab div.on{display:block} .other b{color:red}</style></head><body>
    <div class="article-con"><p>职工<i>k7Qz</i>书屋开班。</p></div><div id="zoom"><p>驿站<u>xR2m</u>建成。</p></div>
    <div class="tab"><div class="on">当前标签的内容。</div></div><div class="other"><p>这是<b>加粗</b>的字。</p></div>
    <p>外面的<i>斜体</i>照常显示。</p></body></html>"""
    lines, removed = html_to_lines(html)
    assert lines == ["职工书屋开班。", "驿站建成。", "当前标签的内容。", "这是加粗的字。", "外面的斜体照常显示。"]
    assert {r.text for r in removed if r.kind == "markup"} >= {"k7Qz", "xR2m"}


def test_css_hidden_tag_paths_takes_simple_descendant_selectors_only():
    from unionkit.html.lines import css_hidden_tag_paths

    css = (".a i{display:none} #z u, div.c span.x{visibility:hidden} .n li:hover ul{display:none} "
           "body{display:none} i{display:none} .b em{color:red} .d p{font-size:0} .d p.on{display:block}")
    assert css_hidden_tag_paths(css) == {".a i", "#z u", "div.c span.x"}


def test_mobile_prefixed_image_description_is_a_caption():
    html = """<html><head><title>某县总工会建成职工驿站</title></head><body><h1>某县总工会建成职工驿站</h1>
    <p class="m-img"><img src="/a.jpg"></p><p class="m-imgdesc">建在景区的职工驿站</p>
    <p>县总工会在景区建成职工驿站，为一线职工提供歇脚服务。</p>
    <p class="m-intro">这一段不是图片说明而是正文里的一段介绍文字。</p></body></html>"""
    lines, _ = html_to_lines(html)
    assert "[图片] 建在景区的职工驿站" in lines
    assert "这一段不是图片说明而是正文里的一段介绍文字。" in lines


def test_aggregator_source_link_opening_the_date_line():
    page = """<html><head><title>{t}</title></head><body><h1>{t}</h1>
    <div class="art-meta">{first}<span>·</span><span>2024-11-14 08:47</span><span>·</span><span>阅读 12846</span></div>
    <p>近日，县总工会联合县人社局举办技能培训班，86名妇女参加培训。</p>
    <div class="rec"><div class="rec-item"><a href="/1">县总工会开展活动</a><span>2024-11-21</span></div>
    <div class="rec-item"><a href="/2">某县召开职代会</a><span>2024-11-20</span></div></div></body></html>"""
    t = "县总工会开展彝绣技能培训"
    art = html_to_article(page.format(t=t, first='<a class="src-name" href="/source/x">凉山日报</a>'))
    assert art.meta.source == "凉山日报"
    # a person's account (a short name without an outlet word) and a labelled author are no source
    assert html_to_article(page.format(t=t, first='<a href="/u/1">张伟</a>')).meta.source is None
    assert html_to_article(page.format(t=t, first='作者：<a href="/u/1">凉山日报</a>')).meta.source is None



def test_outlet_in_a_bare_span_opening_a_news_meta_line():
    # an AMP page's meta line: the paper's name in a span of its own, then the stamp
    page = """<html><head><title>{t}</title></head><body><article><h1>{t}</h1>
    <div class="meta"><span>{first}</span><span>{stamp}</span></div>{more}
    <p>近日，区总工会举办女职工技能比赛，来自全区的120名女职工参加比赛。</p></article></body></html>"""
    t = "某区总工会举办女职工技能比赛"

    def source(first="某某晚报", stamp="2023-09-12 10:40", more=""):
        return html_to_article(page.format(t=t, first=first, stamp=stamp, more=more)).meta.source

    assert source() == "某某晚报"
    assert source(first="某某县融媒体中心") == "某某县融媒体中心"
    # look-alikes: a person's or a column's name; an e-paper's issue bar (the edition, the issue's weekday, no
    # time); a page labelling its source elsewhere, which the label names
    assert source(first="王小明") is None
    assert source(first="工会动态") is None
    assert source(first="某某日报数字报", stamp="2023年09月12日 星期二") is None
    assert source(more="<p>来源：某某市总工会</p>") is None


def test_account_nickname_span_holding_its_link_is_no_outlet():
    # a WeChat article's meta row: the account's nickname is a span holding a link (the site's, not a source)
    t = "某县总工会开展金秋助学活动"
    page = f"""<html><head><title>{t}</title></head><body><h1>{t}</h1>
    <div id="meta_content"><span id="profileBt"><a href="javascript:void(0);" id="js_name">某县工会</a></span>
    <em id="publish_time">2023年9月12日 18:30</em></div>
    <p>近日，县总工会为困难职工子女送上助学金，帮助他们顺利入学。</p></body></html>"""
    assert html_to_article(page).meta.source is None

# A portal article's page (Discuz! portal view): its info row labels the source (来自: X); its readers' comments
# under it are rows of a user's name linked and a time, the shape of an aggregator's source-and-date row.
_COMMENTED = """<html><head><title>{t}</title></head><body><div class="h hm"><h1>{t}</h1>
<p class="xg1"> 2024-7-9 08:46<span>|</span> 发布者: <a href="/u/2">小编</a><span>|</span> 评论: 2<span>|</span>原作者: 蒋晓燕<span>|</span>来自: 常州日报</p></div>
<div class="d"><p>7月8日，市总工会为全市2.6万名新就业形态劳动者每人赠送一份意外伤害保险。</p>
<p>劳动者只需通过“苏工惠”APP实名认证，即可自动参保，保障期限为一年。</p></div>
{comments}</body></html>"""
_COMMENT_ROWS = """<dl class="ptm"><dt><a href="#">天目湖跑腿小王</a><span>2024-7-9 10:12</span></dt><dd>点赞工会</dd></dl>"""


@pytest.mark.parametrize("comments", [
    '<div id="comment"><div class="bm_h"><h3>网友留言</h3></div><div class="bm_c">{rows}</div></div>',  # area by id
    '<div class="bm"><div class="bm_h"><h3>最新评论</h3></div><div class="bm_c">{rows}</div></div>',  # by heading
    '<div class="pinglun-list">{rows}</div>',
])
def test_comment_rows_are_no_aggregator_info_row(comments):
    page = _COMMENTED.format(t="市总工会为新就业形态劳动者送上暖心保", comments=comments.format(rows=_COMMENT_ROWS))
    assert html_to_article(page).meta.source is None
    assert extract(clean_article(html_to_article(page))).meta.source == "常州日报"


def test_aggregator_info_row_still_read_beside_a_comment_list():
    t = "县总工会开展彝绣技能培训"
    page = f"""<html><head><title>{t}</title></head><body><h1>{t}</h1>
    <div class="art-meta"><a href="/source/x">凉山日报</a><span>·</span><span>2024-11-14 08:47</span></div>
    <p>近日，县总工会联合县人社局举办技能培训班，86名妇女参加培训。</p>
    <div class="comment-list"><div class="comment-item"><a href="/u/9">天目湖跑腿小王</a><span>2024-11-15 10:12</span>
    </div></div></body></html>"""
    assert html_to_article(page).meta.source == "凉山日报"
    # the same row outside any comment area is an info row (a long name needs no outlet word)
    alone = _COMMENTED.format(t="市总工会为新就业形态劳动者送上暖心保",
                              comments='<div class="bm"><div class="bm_c">' + _COMMENT_ROWS + "</div></div>")
    assert html_to_article(alone).meta.source == "天目湖跑腿小王"


def test_vote_widget_and_keyword_field_are_dropped_but_body_words_are_not():
    html = """<html><body><h1>职工技能大赛举行</h1><p>大赛共设6个项目，86名选手参赛。</p>
    <p><strong>相关热词搜索：</strong><a href="/tag/1">送清凉</a> <a href="/tag/2">五指山</a></p>
    <div class="digg"><a href="javascript:makeRequest('/e/public/digg/?id=1')">顶一下(<span>12</span>)</a></div>
    <p>支持</p><p>标签：本次大赛的标签是“以赛促学”。</p></body></html>"""
    lines, removed = html_to_lines(html)
    assert lines == ["职工技能大赛举行", "大赛共设6个项目，86名选手参赛。", "支持", "标签：本次大赛的标签是“以赛促学”。"]
    assert {(r.kind, r.text) for r in removed} >= {("navigation", "顶一下(12)"), ("navigation", "相关热词搜索：送清凉 五指山")}


def test_raw_lt_in_a_hidden_jammer_does_not_hide_the_rest_of_the_post():
    # a forum post whose anti-copy string holds a raw "<" just before its </font>: read as a tag, "<q</font>"
    # would open an element that swallows the closing tag and the paragraphs after it into the hidden jammer
    html = """<html><head><style>.jammer{font-size:0px;color:#fff}</style></head><body>
    <h1>职工法律援助帮我讨回工伤赔偿</h1><div class="t_f">
    第一段：我在厂里受了工伤，厂里一直拖着不给赔偿，找了好几次都说等等再说。<br />
    <font class="jammer">gUGsih<q</font><br />
    第二段：工友告诉我可以找工会，值班律师当天就受理了我的援助申请。<br />
    第三段：厂里终于同意支付各项费用共计8.6万元，钱已经全部打到我卡上了。<br />
    </div></body></html>"""
    lines, removed = html_to_lines(html)
    assert [ln[:3] for ln in lines[1:]] == ["第一段", "第二段", "第三段"]
    assert ("markup", "gUGsih<q") in {(r.kind, r.text) for r in removed}


def test_raw_lt_repair_leaves_real_markup_code_and_text_alone():
    # look-alikes that must stay as they are: tags with attributes or broken over lines, a "<" in a script,
    # a style, a comment or a quoted attribute, book-title brackets and a "<" before a digit
    from unionkit.html import escape_stray_lt

    same = ['<p class="a"\n   id="b">正文</p>', "<br><p>x</p>", "<script>if(a<b<c){x()}</script>",
            "<style>a<b<c{}</style>", "<!-- a<b<c -->", '<a title="a<b">链接</a>', "<<工会法>>", "价格<5元<br>",
            "<textarea>a<b<c</textarea>", "<p>a < b</p>"]
    for html in same:
        assert escape_stray_lt(html) == html
    assert escape_stray_lt("x<q</font>") == "x&lt;q</font>"
    assert escape_stray_lt("ab<wcBh</font><br />") == "ab&lt;wcBh</font><br />"


def test_heading_blocks_stacked_round_the_one_h1_are_kicker_and_subtitle():
    """An e-paper's <h3>引题</h3><h1>主题</h1><h2>副题</h2> (or Founder's yt/ft classes) under a <title> naming only
    the paper: the h1 is the title, the 引题 and 副题 are headline furniture, not body lines."""
    page = ('<html><head><title>某某日报</title></head><body><div class="logo"><span>某某日报</span></div>'
            '<table><tr><td><{k} class="x">聚焦新就业形态劳动者</{k}><h1>街道为快递小哥建起驿站</h1>'
            '<{s} class="y">首批320名快递员入会</{s}>'
            '<p>本报讯 6月11日下午，街道快递行业联合工会成立大会在网点举行，首批快递员现场填写入会申请。</p>'
            '<p>记者在现场看到，新成立的联合工会设在网点二楼，配有休息区、充电柜和药箱。</p></td></tr></table></body></html>')
    for k, s in (("h3", "h2"), ("div", "div")):
        html = page.format(k=k, s=s)
        if k == "div":
            html = html.replace('class="x"', 'class="yt"').replace('class="y"', 'class="ft"')
        art = clean_article(html_to_article(html))
        assert art.title == "街道为快递小哥建起驿站"
        assert not any("聚焦新就业" in b or "首批320名" in b for b in art.body)
    # negatives: a div of no headline class beside the h1 stays; a heading holding a sentence stays
    lines, _ = html_to_lines(page.format(k="div", s="div"))
    assert "首批320名快递员入会" in lines
    lines, _ = html_to_lines(page.format(k="h3", s="h2").replace("首批320名快递员入会", "首批320名快递员入会。"))
    assert "首批320名快递员入会。" in lines


def test_a_row_of_bare_spans_opening_with_a_whole_date_is_read_apart():
    """<span>2024年06月12日</span><span>某某日报</span>: an e-paper's date and paper, set apart by the stylesheet."""
    row = '<html><body><div class="attr"><span>{a}</span><span>{b}</span></div></body></html>'
    assert html_to_lines(row.format(a="2024年06月12日", b="鄞州日报"))[0] == ["2024年06月12日 鄞州日报"]
    assert html_to_lines(row.format(a="2024-06-12", b="鄞州日报"))[0] == ["2024-06-12 鄞州日报"]
    # negatives: a Word paste's split words, a date run on into its sentence, classed spans of one class stay glued
    assert html_to_lines(row.format(a="2024", b="年6月12日"))[0] == ["2024年6月12日"]
    assert html_to_lines(row.format(a="市总工会", b="2024年"))[0] == ["市总工会2024年"]
    assert html_to_lines(row.format(a="2024年6月12日上午", b="市总工会"))[0] == ["2024年6月12日上午市总工会"]
    para = '<html><body><p><span>2024年06月12日</span><span>上午，市总工会召开会议。</span></p></body></html>'
    assert html_to_lines(para)[0] == ["2024年06月12日上午，市总工会召开会议。"]


def test_an_empty_paragraph_is_read_from_its_lazy_text_attribute():
    """<p class="lazy-text" data-text="sentence"></p> among the article's paragraphs: script fills it in, so it is read."""
    lazy = "据了解，今年以来，全市各级工会已建成户外劳动者服务站点216个，全部配备饮水机和医药箱。"
    page = ('<html><body><h1>市总工会夏送清凉</h1><div class="vtext"><p>连日来，我市持续高温，市总工会慰问一线职工。</p>'
            '{el}</div></body></html>')
    lines, _ = html_to_lines(page.format(el=f'<p class="lazy-text" data-text="{lazy}"></p>'))
    assert lines[-1] == lazy
    lines, _ = html_to_lines(page.format(el=f'<div data-content="{lazy}"></div>'))
    assert lines[-1] == lazy
    # negatives: a share button's text, a tooltip-short label, a paragraph with its own text, a lone element
    for el in (f'<a class="share" data-text="{lazy}"></a>', '<p data-text="点击查看"></p>',
               f'<p data-text="{lazy}">已显示的文字。</p>'):
        lines, _ = html_to_lines(page.format(el=el))
        assert lazy not in lines
    alone = f'<html><body><h1>标题</h1><div class="x"><p data-text="{lazy}"></p></div></body></html>'
    assert lazy not in html_to_lines(alone)[0]


def test_a_video_players_control_bar_is_no_text():
    """播放 00:00 / 02:36 beside the <video> element is the player's chrome; text around an inline video is kept."""
    page = ('<html><body><h1>市总工会夏送清凉</h1><div class="player"><video src="a.mp4"></video>'
            '<div class="vbar"><span>播放</span><span>00:00 / 02:36</span></div></div>'
            '<div class="text"><p>连日来，我市持续高温，市总工会慰问一线职工。</p></div></body></html>')
    lines, removed = html_to_lines(page)
    assert not any("02:36" in ln for ln in lines) and any("02:36" in r.text for r in removed)
    inline = ('<html><body><h1>标题</h1><div class="text"><video src="a.mp4"></video>'
              '<p>连日来，我市持续高温，市总工会慰问一线职工。</p></div></body></html>')
    assert "连日来，我市持续高温，市总工会慰问一线职工。" in html_to_lines(inline)[0]
    caption = '<html><body><div class="v"><video src="a.mp4"></video><span>职工在驿站歇脚。</span></div></body></html>'
    assert "职工在驿站歇脚。" in html_to_lines(caption)[0]


def test_an_info_tables_label_with_an_empty_value_is_not_read():
    """名　　称： headline | 文　　号： (empty cell): the bare label would run on from the headline."""
    page = ('<html><head><title>某区人民政府</title></head><body><table class="xxgk"><tr><td>名　　称：</td>'
            '<td>区总工会推进诉调对接工作</td><td>文　　号：</td><td>{v}</td></tr></table>'
            '<h1>区总工会推进诉调对接工作</h1><p>为进一步畅通职工维权渠道，区总工会与区法院深化诉调对接机制。</p></body></html>')
    lines, _ = html_to_lines(page.format(v=""))
    assert not any("文　　号" in ln or "文 号" in ln for ln in lines)
    assert clean_article(html_to_article(page.format(v=""))).title == "区总工会推进诉调对接工作"
    # negative: a label with its value is read as it is
    lines, _ = html_to_lines(page.format(v="武工发〔2024〕5号"))
    assert any("武工发〔2024〕5号" in ln and "号" in ln for ln in lines)


def test_the_visible_byline_wins_over_a_meta_tags_source_and_author():
    """<meta name=source/author> hold a template's default; the header's 来源：/作者： (or a 记者 byline) win."""
    page = ('<html><head><title>区总工会举办焊工决赛-某工会网</title><meta name="source" content="{ms}">'
            '<meta name="author" content="{ma}"></head><body><h1>区总工会举办焊工决赛</h1><div>{row}</div>'
            '<p>5月15日，由区总工会联合主办的职工职业技能大赛焊工决赛在区职业教育中心举行，56名焊工同台竞技。</p>'
            '</body></html>')
    row = "发布时间：2024-05-16 10:22  来源：夷陵区总工会  作者：向丽娟  浏览次数：436"
    art = extract(clean_article(html_to_article(page.format(ms="宜昌市总工会", ma="网站管理员甲", row=row))))
    assert (art.meta.source, art.meta.author) == ("夷陵区总工会", "向丽娟")
    # a header crediting reporters and no author: the office in the tag wrote nothing
    rep = "2024-03-07 17:45 来源：江西工人报 记者 刘晓燕 通讯员 胡志强"
    assert html_to_article(page.format(ms="江西工人报", ma="省总宣教部", row=rep)).meta.author is None
    # negatives: the tag agrees with (or is the fuller form of) the header, or the header names nothing
    same = html_to_article(page.format(ms="夷陵区总工会", ma="向丽娟", row=row)).meta
    assert (same.source, same.author) == ("夷陵区总工会", "向丽娟")
    bare = html_to_article(page.format(ms="武侯区总工会", ma="区政府办", row="发布时间：2024-08-02 16:10")).meta
    assert (bare.source, bare.author) == ("武侯区总工会", "区政府办")


def test_an_epaper_picture_explanation_is_a_caption():
    """E-paper templates put the photo's caption in a class that explains the picture (picexplain, pic_explain)."""
    html = """<html><head><title>某报数字报-某区工会法律明白人走进车间</title></head><body>
    <h1 class="bt">某区工会法律明白人走进车间</h1><div class="author">本报记者 某某</div>
    <div class="pic"><img src="a.jpg" width="420"><p class="{cls}">“工会法律明白人”在车间为职工讲解法律知识。</p></div>
    <div class="content"><p>3月19日，在某镇一家建材企业的生产车间里，法律明白人正在为职工讲解劳动合同签订等法律知识。</p>
    <p class="explain">据介绍，今年以来区总工会遴选出112名法律明白人，分派到各镇开展普法活动。</p></div></body></html>"""
    for cls in ("picexplain", "pic_explain", "img-explain"):
        art = clean_article(html_to_article(html.format(cls=cls)))
        assert art.captions == ["“工会法律明白人”在车间为职工讲解法律知识。"], cls
        assert not any("在车间为职工讲解" in b for b in art.body), cls
    # a paragraph whose class only explains (no picture word) stays text
    art = clean_article(html_to_article(html.format(cls="picexplain")))
    assert "据介绍，今年以来区总工会遴选出112名法律明白人，分派到各镇开展普法活动。" in art.body


def test_an_empty_ad_slot_label_is_chrome():
    """An ad slot whose banner a script fills in is left with its label alone (<div class="ad">廣告</div>)."""
    page = ('<html><body><h1>标题</h1>' + _P34 + '{slot}' + _P34 + '</body></html>')
    for slot in ('<div id="div-gpt-ad-lrec" class="ad">廣告</div>', '<div class="adv"><span>广告</span></div>',
                 '<p>推广</p>'):
        lines, removed = html_to_lines(page.format(slot=slot))
        assert not {"廣告", "广告", "推广"} & set(lines), slot
        assert any(r.kind == "related_links" for r in removed), slot
    # negatives: a label over text, a sentence about advertising, a Latin AD alone, a table cell
    for slot, kept in (('<p>广告法</p>', "广告法"), ('<p>AD</p>', "AD"),
                       ('<p>县总工会提醒职工警惕虚假招聘广告。</p>', "县总工会提醒职工警惕虚假招聘广告。")):
        lines, _ = html_to_lines(page.format(slot=slot))
        assert kept in lines, slot


def test_a_hong_kong_share_row_is_chrome():
    art = clean_text("某某工会为新业态劳动者建驿站\n\n" + "惠州市惠阳区总工会日前在淡水街道启用首批10个驿站，为外卖骑手、快递员等劳动者提供免费服务。\n"
                     "分享：Facebook WhatsApp 微博 複製連結\n")
    assert art.body == ["惠州市惠阳区总工会日前在淡水街道启用首批10个驿站，为外卖骑手、快递员等劳动者提供免费服务。"]


def test_a_one_pixel_box_with_its_overflow_cut_hides_its_text():
    """A WeChat editor's divider section (opacity:0;height:1px;overflow:hidden) keeps a word for its layout that
    no reader sees; a 1px box whose overflow shows, or a taller one, still shows its text."""
    from unionkit.html.lines import hides

    for style in ("opacity:0;height:1px;overflow:hidden;", "height:1px;overflow:hidden", "width: 1px; overflow: hidden"):
        assert hides(style), style
    for style in ("height:1px", "height:1px;overflow:visible", "height:10px;overflow:hidden", "height:12px;overflow:hidden",
                  "line-height:1px;overflow:hidden", "opacity:0"):
        assert not hides(style), style
    lines, removed = html_to_lines('<p>甲段。</p><section style="opacity:0;height:1px;overflow:hidden;">分割线</section>'
                                   '<p>乙段。</p>')
    assert lines == ["甲段。", "乙段。"]
    assert ("markup", "分割线") in [(r.kind, r.text) for r in removed]


def test_a_read_counter_saved_before_its_script_filled_the_count_is_chrome():
    """WeChat's tool bar keeps its read label with an empty slot for the count (阅读 <span id="readNum3"></span>)."""
    bar = ('<div class="rich_media_tool"><a id="js_view_source">阅读原文</a>{item}<a id="like3">在看</a></div>')
    for item in ('<span id="js_read_area3">阅读 <span id="readNum3"></span></span>',
                 '<div class="media_tool_meta">閱讀<em class="num"></em></div>', '<span>浏览量<i></i></span>'):
        lines, removed = html_to_lines(bar.format(item=item))
        assert not {"阅读", "閱讀", "浏览量"} & set(lines), item
        assert any(r.kind == "page_header" and r.text in ("阅读", "閱讀", "浏览量") for r in removed), item
    # negatives: a count in the slot is read (the cleaner files it), an icon before the label is no slot, a
    # labelled field (浏览次数：<em></em>) is an info row's, a word of a sentence stays
    for item, kept in (('<span>阅读 <span id="readNum3">1,482</span></span>', "阅读 1,482"),
                       ('<span><i class="icon-eye"></i>阅读</span>', "阅读"),
                       ('<span>浏览次数：<em id="hits"></em></span>', "浏览次数："),
                       ('<p>鼓励职工多阅读<span></span>。</p>', "鼓励职工多阅读。")):
        lines, _ = html_to_lines(bar.format(item=item))
        assert kept in lines, item


def test_a_pdf_page_converted_line_by_line_has_its_paragraphs_joined():
    """pdf2htmlEX places every visual line of a PDF in its own div.t: a line at the body's place and font, not
    indented, under a full line or one cut mid-clause, goes on the paragraph; an indented line opens one, a page
    number between two parts of a paragraph moves after it, and a heading's two lines in its own font join."""
    def t(x, fs, text):
        return f'<div class="t m0 {x} h2 {fs} fc0 sc0 ls0 ws0">{text}</div>'
    full = "一二三四五六七八九十" * 2
    page = ('<div id="page-container"><div id="pf1" class="pf w0 h0"><div class="pc pc1 w0 h0">'
            + t("x4", "fs3", "关于开展2024年“金秋助学”") + t("x4", "fs3", "活动的通知")
            + t("x1", "fs1", "各县总工会：")
            + t("x1", "fs1", "\u3000\u3000为做好帮扶工作，" + full) + t("x1", "fs1", "现将有关事项通知如下：")
            + t("x1", "fs1", "\u3000\u3000本科生每人一次性资助5000元，专科生每人一") + t("x6", "fs1", "— 1 —")
            + t("x1", "fs1", "次性资助4000元。")
            + t("x1", "fs1", "\u3000\u3000在校就读的本科、专科学生" + full + "。") + t("x1", "fs1", "因突发疾病的职工子女也可纳入。")
            + t("x1", "fs1", "\u3000\u3000附件：申请表") + t("x5", "fs1", "某市总工会") + t("x5", "fs1", "2024年7月2日")
            + t("x1", "fs1", "（此件公开发布）") + t("x1", "fs4", "抄送：省总工会。") + t("x1", "fs4", "某市总工会办公室印发")
            + '</div></div></div>')
    lines, _ = html_to_lines(page)
    assert lines == ["关于开展2024年“金秋助学”活动的通知", "各县总工会：",
                     "为做好帮扶工作，" + full + "现将有关事项通知如下：",
                     "本科生每人一次性资助5000元，专科生每人一次性资助4000元。", "— 1 —",
                     "在校就读的本科、专科学生" + full + "。因突发疾病的职工子女也可纳入。",
                     "附件：申请表", "某市总工会", "2024年7月2日", "（此件公开发布）", "抄送：省总工会。", "某市总工会办公室印发"]
    # negative: the same lines outside a pdf2htmlEX page container stay lines
    plain, _ = html_to_lines(page.replace('id="page-container"', 'id="main"'))
    assert "活动的通知" in plain and "次性资助4000元。" in plain


def test_a_blogger_header_tagline_and_unlabelled_share_buttons_are_chrome():
    """A Blogger blog's description under its name is a motto (read over the date it passed for the author),
    and its share buttons glued into one line are no text; a share bar opening with its 分享到 label is left to
    the text cleaner, and one share button alone is no box."""
    page = ("<header><div class='titlewrapper'><h1 class='title'><a href='https://x.blogspot.com/'>工運札記</a></h1></div>"
            "<div class='descriptionwrapper'><p class='description'><span>記錄職工與工會的點滴</span></p></div></header>"
            "<p>2024年10月8日</p><div class='post-body'>吳江區總工會開辦培訓班，學員全部免費參加。</div>"
            "<div class='post-share-buttons'><a class='share-button sb-email' href='#'>以電子郵件傳送這篇文章</a>"
            "<a class='share-button sb-blog' href='#'>BlogThis！</a><a class='share-button' href='#'>分享至 Facebook</a></div>"
            "<div class='share-bar'>分享到：<a href='#'>微信</a><a href='#'>微博</a></div>"
            "<p>更多：<a class='share-link' href='#'>分享</a></p>")
    lines, removed = html_to_lines(page)
    assert "記錄職工與工會的點滴" not in lines and "工運札記" in lines
    assert not any("BlogThis" in ln for ln in lines)
    assert "分享到：微信微博" in lines and "更多：分享" in lines
    assert ("page_header", "記錄職工與工會的點滴") in [(r.kind, r.text) for r in removed]


def test_a_wordpress_site_description_is_chrome_not_the_headline():
    """A WordPress theme's site-description (the blog's tagline under its name) is the site's motto: kept as a
    line above the entry-title it was taken for the headline."""
    page = ("<header><p class='site-title'><a href='/' rel='home'>老李的工会日记</a></p>"
            "<p class='site-description'>记下车间里的每件小事</p></header>"
            "<article><h1 class='entry-title'>班组长培训班结业了</h1>"
            "<div class='entry-content'><p>十二名班组长参加了为期三天的培训，考核全部合格。</p></div></article>")
    lines, removed = html_to_lines(page)
    assert "记下车间里的每件小事" not in lines and "班组长培训班结业了" in lines
    assert ("page_header", "记下车间里的每件小事") in [(r.kind, r.text) for r in removed]


def test_a_qr_code_box_and_its_heading_are_chrome():
    """A side column's QR-code box (the app's name over its code, a scan prompt under it) is the platform's, heading
    and all; an article photo with its caption, and a paragraph that mentions scanning a code, stay."""
    page = ("<div class='main'><p>市总工会开通线上入会通道，职工可随时办理。</p>"
            "<div class='pic'><img src='a.jpg'><p>职工在服务站扫码入会</p></div>"
            "<p>职工扫描二维码即可填写入会申请。</p></div>"
            "<div class='side'><div class='box'><div class='hd'>某某工会客户端</div>"
            "<div class='code'><img src='qr.png'></div><p>扫描二维码下载</p></div></div>")
    lines, removed = html_to_lines(page)
    assert "某某工会客户端" not in lines and "扫描二维码下载" not in lines
    assert {("social_links", "某某工会客户端"), ("social_links", "扫描二维码下载")} <= {(r.kind, r.text) for r in removed}
    assert "职工扫描二维码即可填写入会申请。" in lines and any("职工在服务站扫码入会" in ln for ln in lines)


def test_a_wechat_account_slogan_atop_the_text_is_chrome():
    """An editor template's centred slogan (关注工会 · 服务职工) opening a WeChat article's text is the account's;
    a label and its value set apart by a bar, or a dotted phrase after the first paragraph, stay."""
    def page(first, then=""):
        return (f'<div id="js_content"><section><p><span>{first}</span></p></section>'
                f'<p>麦积区总工会开展健康体检活动，为180余名快递小哥送上体检。</p>{then}</div>')
    lines, _ = html_to_lines(page("关注工会 · 服务职工"))
    assert lines == ["麦积区总工会开展健康体检活动，为180余名快递小哥送上体检。"]
    for first in ("来源 | 麦积区总工会", "记者 · 王某某报道"):
        assert first.replace(" ", "") in [ln.replace(" ", "") for ln in html_to_lines(page(first))[0]], first
    lines, _ = html_to_lines(page("本报讯", "<p>安全生产 · 健康同行</p>"))
    assert "安全生产 · 健康同行" in lines


def test_a_blog_platform_ending_the_title_is_the_site_and_microdata_names_the_author():
    """A <title> ending in a blog platform (…_博主_新浪博客) names the platform as the site, not the blogger the
    avatar's alt shows; schema.org microdata's author (itemprop=author > itemprop=name) is the post's author."""
    page = ("<html><head><title>驿站里的一杯凉白开_杨建华_新浪博客</title></head><body>"
            "<div class='blogtitle'><h1><a href='http://blog.sina.com.cn/u/1'>杨建华的博客</a></h1></div>"
            "<img src='a.jpg' alt='杨建华'><h2>驿站里的一杯凉白开</h2><p>七月的宜昌，驿站里很凉快，户外劳动者常来歇脚。</p>"
            "<span itemprop='author' itemscope><span itemprop='name'>阿明</span></span></body></html>")
    art = html_to_article(page)
    assert art.meta.site == "新浪博客" and art.meta.author == "阿明"
    # negative: a suffix that is no platform under the same avatar keeps the confirmed name
    art = html_to_article(page.replace("_新浪博客", "_工运博客站"))
    assert art.meta.site == "杨建华"


def test_the_first_home_link_on_the_article_host_named_again_in_the_footer_is_the_site():
    """A reprint library's top bar links its home under its name, and the footer names it again: the site. A
    first home link to another host (a portal's main site over a channel's page), or a name the footer does not
    repeat, names nothing."""
    def page(top, foot="360doc个人图书馆 | 关于我们"):
        return ("<html><head><title>兴庆区总工会开展集中入会活动</title>"
                "<link rel='canonical' href='http://www.360doc.com/content/24/0522/1.shtml'></head><body>"
                f"<div class='top_bar'>{top} | <a href='#'>首页</a></div><h1>兴庆区总工会开展集中入会活动</h1>"
                "<p>兴庆区总工会开展新就业形态劳动者集中入会活动，现场发放入会申请表。</p>"
                f"<div class='footer'><p>{foot}</p></div></body></html>")
    assert html_to_article(page("<a href='http://www.360doc.com/'>360doc个人图书馆</a>")).meta.site == "360doc个人图书馆"
    assert html_to_article(page("<a href='//www.other.com/'>360doc个人图书馆</a>")).meta.site is None
    assert html_to_article(page("<a href='http://www.360doc.com/'>360doc个人图书馆</a>", "关于我们")).meta.site is None


# --- where the article lives: a server-rendered app's state, a framed document; consent banners -------------

def _app_shell(state: dict, title: str = "区总工会为一线职工送清凉", dom: str = '<div class="skeleton"></div>',
               script: str = "next") -> str:
    """An app page saved before its script ran: a skeleton (or ``dom``) in the body, the state in a script."""
    data = json.dumps(state, ensure_ascii=False)
    tag = (f'<script id="__NEXT_DATA__" type="application/json">{data}</script>' if script == "next"
           else f"<script>window.__INITIAL_STATE__={data};</script>")
    return (f"<html><head><title>{title}-某某新闻</title></head><body><header><a href='/'>首页</a></header>"
            f"<main>{dom}</main>{tag}</body></html>")


_STATE_HTML = "".join(f"<p>{s}</p>" for s in (
    "7月5日，区总工会为户外劳动者送去防暑降温物资，走访建筑工地、环卫站点和快递网点，慰问一线职工300余人。",
    "区总工会负责人表示，将持续做好高温季节职工权益保障工作，督促企业依法足额发放高温津贴，合理安排作业时间。"))


def test_app_state_article_found_by_its_shape_with_headline_byline_and_read_count():
    """An app shell's article record is found by its fields' shapes, whatever the app names its path: a long
    HTML field under a content-like key, the record titled as the page; the hydrated page's headline and byline
    are put over its text, and a read counter's key gives the views."""
    state = {"data": {"detail": {"subTitle": "x", "newsTitle": "区总工会为一线职工送清凉",
                                 "writer": "某某", "author": "某某新闻记者 张三 通讯员 李四",
                                 "viewCount": 2301, "newsText": _STATE_HTML},
                      "hotList": [{"title": "别的新闻", "content": _STATE_HTML * 3}]}}
    art = html_to_article(_app_shell(state, script="initial"))
    lines = art.raw.splitlines()
    assert lines[0] == "区总工会为一线职工送清凉" and "某某新闻记者 张三 通讯员 李四" in lines
    assert sum("送去防暑降温物资" in ln for ln in lines) == 1  # the titled record's text, not the longer list item's
    assert art.meta.views == 2301
    rec = to_dict(extract(clean_article(art)))
    assert rec["meta"]["reporter"] == "张三" and rec["meta"]["views"] == 2301
    # a bare name in the author field is the author, not a byline line
    state["data"]["detail"]["author"] = "张三"
    art = html_to_article(_app_shell(state, script="initial"))
    assert art.meta.author == "张三" and "张三" not in art.raw.splitlines()


def test_app_state_plain_text_content_read_as_paragraphs():
    text = "7月5日，区总工会为户外劳动者送去防暑降温物资。\n区总工会负责人表示，将持续做好高温季节职工权益保障工作。" * 2
    state = {"props": {"pageProps": {"news": {"title": "区总工会为一线职工送清凉", "body": text}}}}
    lines = html_to_article(_app_shell(state)).raw.splitlines()
    assert lines[0] == "区总工会为一线职工送清凉" and len([ln for ln in lines if "防暑降温物资" in ln]) == 2


def test_app_state_not_read_when_the_dom_shows_the_article():
    """A page whose DOM has the article reads the DOM: its script state (a comment list, a recommended item with
    its own long text and counter) is another thing."""
    state = {"comments": [{"nick": "网友", "content": _STATE_HTML, "readCount": 9}],
             "recommend": {"title": "别的新闻", "content": _STATE_HTML * 2, "viewCount": 77}}
    dom = "<h1>区总工会为一线职工送清凉</h1>" + _BODY
    art = html_to_article(_app_shell(state, dom=dom))
    assert "送去防暑降温物资" not in art.raw and art.meta.views is None
    assert "市总工会开展职工技能竞赛活动" in art.raw


def _framed(doc: str, outer: str = "") -> str:
    """A page saved with SingleFile: its chrome, then ``doc`` as an iframe's srcdoc (entity-escaped)."""
    from html import escape

    return ("<!-- Page saved with SingleFile --><html><head><title>区总工会为一线职工送清凉_部门动态_某某市人民政府</title>"
            "</head><body><div class='top'>欢迎访问某某市人民政府门户网站</div>"
            f"{outer}<iframe id='contentFrame' srcdoc=\"{escape(doc)}\"></iframe>"
            "<div class='foot'><p>主办：某某市人民政府办公室</p></div></body></html>")


_FRAMED_DOC = ("<!DOCTYPE html><html><head><style>.hide{display:none}</style></head><body>"
               "<div class='tit'>区总工会为一线职工送清凉</div><div class='info'>发布时间：2024-07-05 10:20:00 "
               "来源：某某区总工会 浏览次数：<span>512</span></div><div class='TRS_Editor'>" + _STATE_HTML +
               "<span class='hide'>xq9Zk</span></div><div>责任编辑：王五</div></body></html>")


def test_a_framed_documents_article_is_read_in_the_frames_place():
    """A SingleFile save keeps the article in an ``<iframe srcdoc>``: its document is read where the frame
    sits (between the outer page's header and footer), its own stylesheet's hiding rules included."""
    art = html_to_article(_framed(_FRAMED_DOC))
    lines = art.raw.splitlines()
    at = next(i for i, ln in enumerate(lines) if "送去防暑降温物资" in ln)
    assert lines.index("主办：某某市人民政府办公室") > at > lines.index("欢迎访问某某市人民政府门户网站")
    assert "xq9Zk" not in art.raw and "责任编辑：王五" in lines
    rec = to_dict(extract(clean_article(art)))
    assert rec["meta"]["published"] == "2024-07-05T10:20:00" and rec["meta"]["views"] == 512


def test_a_framed_ad_or_player_does_not_replace_the_article():
    """A frame whose document has no paragraph of prose (an ad, a video player, a share widget) stays unread,
    and the outer page's article is read as it is."""
    outer = "<h1>区总工会为一线职工送清凉</h1>" + _BODY
    for doc in ("<html><body><a href='/ad'><img src='ad.jpg'>夏季大促 点击领取</a></body></html>",
                "<html><body><video src='v.mp4' controls></video><p>视频加载中</p></body></html>"):
        art = html_to_article(_framed(doc, outer))
        assert "夏季大促" not in art.raw and "视频加载中" not in art.raw
        assert art.raw.count("市总工会开展职工技能竞赛活动") == 3


_NOFRAMES_DOC = ("<BODY><TABLE><TR><TD>当前位置:<A href='/'>首页</A> &gt;&gt; 工会动态</TD></TR>"
                 "<TR><TD align=center><STRONG>区总工会为一线职工送清凉</STRONG></TD></TR><TR><TD>发布时间:2024-7-5&nbsp;&nbsp;"
                 "点击:<FONT color=red>512</FONT>次</TD></TR><TR><TD class=nr>" + _STATE_HTML.upper() +
                 "</TD></TR></TABLE></BODY>")


def _frameset(noframes: str, body: str = "") -> str:
    """An old frameset page saved without its frames: the main frame's article kept in ``<noframes>``."""
    frames = ("<frameset rows='100,*'><frame src='top.htm'><frame src='show.asp?id=7' name='main'></frameset>"
              if not body else f"<body>{body}")
    return (f"<html><head><title>某某区总工会网站</title></head>{frames}<NOFRAMES>{noframes}</NOFRAMES>"
            f"{'</body>' if body else ''}</html>")


def test_a_frameset_pages_noframes_article_is_read_as_markup():
    """An HTML5 parser reads ``<noframes>`` as raw text; on a frameset page (or one whose body shows no
    article) it is the page's only article, read as markup: lines, not tags printed as words."""
    for page in (_frameset(_NOFRAMES_DOC), _frameset(_NOFRAMES_DOC, body="<div>欢迎访问</div>")):
        art = html_to_article(page)
        lines = art.raw.splitlines()
        assert "<" not in art.raw and "区总工会为一线职工送清凉" in lines, lines
        assert "发布时间:2024-7-5\xa0\xa0点击:512次" in lines
        rec = to_dict(extract(clean_article(art)))
        assert rec["title"] == "区总工会为一线职工送清凉"
        assert rec["meta"]["published"] == "2024-07-05" and rec["meta"]["views"] == 512


def test_noframes_beside_a_body_showing_an_article_is_not_shown():
    """``<noframes>`` beside a body that shows its article is the notice a browser never shows (frames are
    supported): neither its words nor its tags become lines."""
    body = "<h1>区总工会为一线职工送清凉</h1>" + _BODY
    lines, _ = html_to_lines(_frameset("<p>您的浏览器不支持框架，请升级浏览器。</p>", body=body))
    assert not any("浏览器" in ln or "<" in ln for ln in lines)
    assert "市总工会开展职工技能竞赛活动" in "".join(lines)


def test_cookie_consent_banners_are_chrome():
    """A cookie-consent banner (a cookie/consent class or id, or a fixed overlay with an agree button) is site
    chrome, listed in ``removed``; the same words in the article, or a fixed bar asking nothing of cookies or
    privacy, stay."""
    notice = "我们使用Cookie及类似技术来改善您的浏览体验。继续浏览即表示您同意我们的《隐私政策》。"
    page = "<html><body><h1>标题</h1>" + _BODY + "{tail}</body></html>"
    for tail in (f"<div class='cookie-bar' id='cookieBar'><p>{notice}</p><button>接受</button></div>",
                 f"<div id='cookieNotice'><p>{notice}</p></div>",
                 f"<div class='gdpr_tip'><p>{notice}</p></div>",
                 f"<div class='GDPRBox'><p>{notice}</p></div>",
                 f"<div class='cc-window cookieconsent'><p>{notice}</p></div>",
                 f"<div style='position:fixed;bottom:0'><p>{notice}</p><a href='#'>我知道了</a></div>"):
        lines, removed = html_to_lines(page.format(tail=tail))
        assert notice not in lines and ("site_footer", notice) in [(r.kind, r.text) for r in removed], tail
    # negatives: a paragraph on cookies in the article; a fixed bar with an agree button about something else
    said = "<p>专家提醒，网站收集Cookie须征得用户同意，职工要注意保护个人信息。</p>"
    lines, _ = html_to_lines(page.format(tail=said))
    assert "专家提醒，网站收集Cookie须征得用户同意，职工要注意保护个人信息。" in lines
    recipe = f"<div class='cookiejar'><p>{notice}</p></div>"  # a word running on past cookie names no banner
    assert notice in html_to_lines(page.format(tail=recipe))[0]
    vote = "<div style='position:fixed;bottom:0'><p>您是否支持职工书屋延长开放时间？</p><button>同意</button></div>"
    lines, _ = html_to_lines(page.format(tail=vote))
    assert "您是否支持职工书屋延长开放时间？" in lines


def test_a_framed_article_beside_a_page_showing_a_longer_one_is_not_read():
    """A page that shows its own, longer article keeps it alone: a frame's shorter piece is an embed."""
    outer = "<h1>区总工会为一线职工送清凉</h1>" + _BODY * 3
    art = html_to_article(_framed(_FRAMED_DOC, outer))
    assert "送去防暑降温物资" not in art.raw and art.raw.count("市总工会开展职工技能竞赛活动") == 9


def test_a_flattened_nuxt_payload_is_read_like_any_app_state():
    """Nuxt 3 keeps its state as one array whose objects hold the indexes of their values (``__NUXT_DATA__``):
    the article record is found once the indexes are looked up."""
    payload = [["ShallowReactive", 1], {"data": 2}, {"news": 3},
               {"title": 4, "content": 5, "author": 6, "readNum": 7, "publishTime": 8},
               "区总工会为一线职工送清凉", _STATE_HTML, "某某新闻记者 张三", 815, "2024-07-05 10:20:00"]
    html = _app_shell({}).replace('id="__NEXT_DATA__" type="application/json">{}',
                                  f'type="application/json" id="__NUXT_DATA__">{json.dumps(payload, ensure_ascii=False)}')
    art = html_to_article(html)
    lines = art.raw.splitlines()
    assert lines[0] == "区总工会为一线职工送清凉" and "某某新闻记者 张三" in lines and any("防暑降温物资" in ln for ln in lines)
    assert (art.meta.views, art.meta.published) == (815, "2024-07-05T10:20:00")


def test_app_state_plain_text_of_an_untitled_record_is_not_the_article():
    """A list page's state holds items with blurbs of a few sentences: without a record titled as the page,
    only article HTML is read, so no blurb becomes the article."""
    text = "7月5日，区总工会为户外劳动者送去防暑降温物资。区总工会负责人表示，将持续做好高温季节职工权益保障工作。" * 2
    state = {"list": [{"title": "别的新闻标题", "introText": text}]}
    assert "防暑降温物资" not in html_to_article(_app_shell(state)).raw


def test_a_platform_post_page_names_its_platform_and_the_stamps_full_date():
    """A platform's post page (<title>… - 微博</title>, an icon for a logo) is the platform's, not the account's; its
    stamp's two-digit year (25-3-8 09:05) is written in full in the link's title attribute."""
    from unionkit.html.meta import html_meta

    html = ('<html><head><title>微博正文 - 微博</title></head><body><a aria-label="微博" href="/"><i></i></a>'
            '<div class="head"><a href="/u/1"><span>某县工会</span></a><a class="time" title="2025-03-08 09:05" '
            'href="/1/x">25-3-8 09:05</a></div><div class="text">今天,县总工会走访慰问环卫工人。</div></body></html>')
    meta = html_meta(parse(html))
    assert (meta.site, meta.published) == ("微博", "2025-03-08T09:05")
    # a title attribute naming another day is no reading of the stamp; a <title> with no platform names none
    other = html.replace('title="2025-03-08 09:05"', 'title="2025-03-09 09:05"').replace(" - 微博", " - 某县新闻")
    meta = html_meta(parse(other))
    assert (meta.site, meta.published) == (None, None)


_LOGO_FOOTER_PAGE = """<html><head><title>区总工会开展送法进工地活动</title></head><body>
<header class="m-head"><a class="back" href="javascript:history.back()">&lt;</a><span class="logo">{logo}</span></header>
<h1>区总工会开展送法进工地活动</h1><p>6月3日，区总工会律师团走进建筑工地，为农民工提供法律咨询。</p>
<footer class="m-foot"><p>{footer} 版权所有</p></footer></body></html>"""


@pytest.mark.parametrize("logo, footer, site", [
    ("滨湖职工报", "滨湖职工报社", "滨湖职工报"),  # a header logo linking nowhere, the footer's copyright naming it
    ("滨湖职工报", "江城日报社", None),  # the footer names another body: the logo is not confirmed
    ("返回首页", "返回首页", None),  # a link word, no site's name
])
def test_site_from_a_header_logo_the_footer_names(logo, footer, site):
    assert html_to_article(_LOGO_FOOTER_PAGE.format(logo=logo, footer=footer)).meta.site == site


_LISTING_PAGE = """<html><head><title>区总工会为骑手送清凉</title></head><body>
<div id="header"><a href="https://www.example-search.com/">某某首页</a></div>
<h1>区总工会为骑手送清凉</h1><p>7月8日，区总工会为快递员、外卖骑手送去清凉物资。</p>
<div class="more">{links}</div></body></html>"""


@pytest.mark.parametrize("hosts, site", [
    (["https://baijiahao.baidu.com/s?id=1"] * 3, "百家号"),  # the platform's other articles listed: the page is on it
    (["https://baijiahao.baidu.com/s?id=1"] * 2, None),  # two links prove nothing
    (["https://baijiahao.baidu.com/s?id=1"] * 3 + ["https://www.sohu.com/a/1_2"], None),  # two platforms: no one's
])
def test_site_from_the_platform_a_page_lists_articles_of(hosts, site):
    links = "".join(f'<a href="{h}">相关文章{i}</a>' for i, h in enumerate(hosts))
    assert html_to_article(_LISTING_PAGE.format(links=links)).meta.site == site

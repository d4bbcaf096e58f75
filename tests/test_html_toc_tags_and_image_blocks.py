"""Markup kinds around a blog or CMS article: a closed <details> (only its summary shows), a table of contents of
links into the page, a post's unlabelled tag list, an app banner after the text, and an old CMS's centred block
setting a photo and its caption line alone together."""

from __future__ import annotations

from unionkit.clean import clean_article
from unionkit.html import html_to_article, html_to_lines

_P1 = "5月8日，某市总工会在市职工服务中心举办家政服务职工技能培训班，来自全市20家家政企业的60名职工参加培训。"
_P2 = "培训内容涵盖母婴护理、老年照护和居家保洁等项目，由职业院校教师和行业专家现场授课并进行实操指导。"
_P3 = "市总工会有关负责人表示，将持续开展家政服务职工技能提升行动，帮助职工拓宽就业渠道、增加劳动收入。"


def _page(before: str = "", after: str = "") -> str:
    return (f"<html><head><title>某市总工会举办家政服务职工技能培训</title></head><body><article>"
            f"<h1>某市总工会举办家政服务职工技能培训</h1>{before}<div class=\"content\"><p>{_P1}</p>"
            f"<p id=\"s1\">{_P2}</p><p id=\"s2\">{_P3}</p></div>{after}</article></body></html>")


def test_a_closed_details_shows_only_its_summary():
    box = '<details{open}><summary>说明</summary><div>本页内容仅供职工参考</div><p>更多信息请咨询</p></details>'
    lines, removed = html_to_lines(_page(box.format(open="")))
    assert "说明" in lines and not any("仅供职工参考" in ln or "请咨询" in ln for ln in lines)
    assert ("markup", "本页内容仅供职工参考") in [(r.kind, r.text) for r in removed]
    lines, _ = html_to_lines(_page(box.format(open=" open")))
    assert "本页内容仅供职工参考" in lines and "更多信息请咨询" in lines


def test_a_table_of_contents_is_navigation_folded_or_not():
    toc = ('<div class="toc"><details{open}><summary><span>本文目录</span></summary><ul>'
           '<li><a href="#s1">培训内容</a></li><li><a href="#s2">下一步</a></li></ul></details></div>')
    for state in ("", " open"):
        html = _page(toc.format(open=state))
        lines, removed = html_to_lines(html)
        assert not any("目录" in ln or "培训内容" == ln for ln in lines), state
        assert ("navigation", "本文目录") in [(r.kind, r.text) for r in removed], state
        assert clean_article(html_to_article(html)).body == [_P1, _P2, _P3], state


def test_in_page_links_beside_text_or_bare_hash_buttons_are_no_table_of_contents():
    # a line of text with its anchors, and a bar of script buttons (href="#")
    lines, _ = html_to_lines(_page('<p>详见<a href="#s1">培训内容</a>和<a href="#s2">下一步安排</a>两部分的说明。</p>'
                                   '<div><a href="#">收藏</a><a href="#">打印</a></div>'))
    assert "详见培训内容和下一步安排两部分的说明。" in lines
    assert any("收藏" in ln for ln in lines)


def test_an_unlabelled_tag_list_is_navigation():
    for tags in ('<ul class="post-tags"><li><a href="/t/1">巾帼建功</a></li><li><a href="/t/2">职工之家</a></li></ul>',
                 '<div class="entry-meta"><a rel="tag" href="/t/1">巾帼建功</a>、<a rel="tag" href="/t/2">职工之家</a></div>',
                 '<div class="tag-list"><a href="/t/1">#巾帼建功</a> <a href="/t/2">#职工之家</a></div>'):
        html = _page(after=tags)
        lines, removed = html_to_lines(html)
        assert not any("巾帼建功" in ln for ln in lines), tags
        assert any(r.kind == "navigation" and "职工之家" in r.text for r in removed), tags
        assert clean_article(html_to_article(html)).body == [_P1, _P2, _P3], tags


def test_a_tag_classed_box_with_text_or_a_long_link_stays():
    lines, _ = html_to_lines(_page(after='<div class="tags">职工可拨打热线咨询<a href="/t/1">家政服务</a></div>'
                                         '<div class="post-tags"><a href="/a/2">某市总工会为环卫工人送上清凉慰问品一批</a></div>'))
    assert "职工可拨打热线咨询家政服务" in lines
    assert "某市总工会为环卫工人送上清凉慰问品一批" in lines


def test_an_app_banner_after_the_headline_is_social_links():
    bar = ('<div class="m-app-bar"><b>某某新闻</b><span>打开APP，阅读体验更佳</span>'
           '<a href="app://x">立即打开</a></div>')
    lines, removed = html_to_lines(_page(after=bar))
    assert not any("APP" in ln for ln in lines)
    assert any(r.kind == "social_links" and "打开APP" in r.text for r in removed)
    # a banner over the headline is left to the text cleaner, with the page's header
    html = _page().replace("<article>", "<article>" + bar)
    lines, _ = html_to_lines(html)
    assert any("打开APP" in ln for ln in lines)


def test_an_app_banner_whose_button_alone_says_open_is_social_links():
    """The slogan stands between the client's name and a bare 立即打开 button: the box still prompts for the app."""
    bar = ('<div class="m-app-banner"><div><strong>某某新闻客户端</strong><p>本地资讯 随时掌握</p></div>'
           '<a href="news://open">立即打开</a></div>')
    lines, removed = html_to_lines(_page(after=bar))
    assert not any("客户端" in ln or "立即打开" in ln for ln in lines)
    assert any(r.kind == "social_links" and "立即打开" in r.text for r in removed)
    # a box naming no app keeps its line (a 立即下载 link under a form to fill in)
    lines, _ = html_to_lines(_page(after='<div class="m-app-banner"><p>报名表</p><a href="f.doc">立即下载</a></div>'))
    assert any("报名表" in ln for ln in lines)


def test_a_centred_block_of_a_photo_and_its_line_is_a_caption():
    block = '<div align="center"><img src="p.jpg" width="600"><br>职工在培训现场练习母婴护理</div>'
    art = clean_article(html_to_article(_page(before=block)))
    assert art.captions == ["职工在培训现场练习母婴护理"]
    assert art.body == [_P1, _P2, _P3]


def test_a_photo_inside_a_block_of_text_or_an_uncentred_one_has_no_caption_line():
    for block in ('<div align="center">职工合影<img src="p.jpg" width="600"><br>职工在培训现场练习母婴护理</div>',
                  '<div><img src="p.jpg" width="600"><br>职工在培训现场练习母婴护理</div>'):
        lines, _ = html_to_lines(_page(before=block))
        assert not any(ln.startswith("[图片]") for ln in lines), block


def test_a_line_glued_to_a_photo_in_its_block_is_no_caption():
    lines, _ = html_to_lines(_page(before='<div align="center"><img src="p.jpg" width="600">职工在培训现场练习母婴护理</div>'))
    assert "职工在培训现场练习母婴护理" in lines

"""Markup kinds of a news page's body and head: a social post embedded between the article's paragraphs, the
caption under an AMP or MIP page's image element, a channel head's logo link beside the day's date."""

from __future__ import annotations

from unionkit.clean import clean_article
from unionkit.html import html_to_article, html_to_lines

_P1 = "4月2日，某县总工会在县文化广场举办职工技能培训成果展，全县30余家企业的职工代表参加了活动。"
_P2 = "展示现场，来自各企业的职工分别展示了电工、焊接、面点制作等技能，吸引了众多市民驻足观看。"
_P3 = "县总工会主席张某某表示，县总工会将继续开展技能培训，帮助职工提升就业能力和收入水平。"

# A Weibo card a page embeds between its paragraphs: avatar and name, the post, its time and client, the counts.
_CARD = ('<blockquote class="{cls}"><div class="head"><img class="avatar" src="a.jpg"><a href="https://weibo.com/x">'
         '某县总工会</a></div><div class="text">#技能成果展# 今天上午，职工技能成果展开幕，欢迎大家来看！</div>'
         '<div class="foot"><span>4月2日 10:15</span> <span>来自 微博网页版</span></div>'
         '<div class="stat"><span>转发 12</span><span>评论 5</span><span>赞 88</span></div></blockquote>')


def _page(middle: str, top: str = "") -> str:
    return (f"<html><head><title>某县举办职工技能成果展</title></head><body><h1>某县举办职工技能成果展</h1>"
            f'<div class="content">{top}<p>{_P1}</p>{middle}<p>{_P2}</p><p>{_P3}</p></div></body></html>')


def test_an_embedded_social_post_is_dropped_and_the_article_runs_on():
    for cls in ("weibo-card", "wb-embed", "quote"):
        html = _page(_CARD.format(cls=cls))
        lines, removed = html_to_lines(html)
        assert not any("转发" in ln or "成果展开幕" in ln or "微博网页版" in ln for ln in lines), cls
        assert ("social_links", "转发 12评论 5赞 88") in [(r.kind, r.text) for r in removed], cls
        art = clean_article(html_to_article(html))
        assert art.body == [_P1, _P2, _P3], cls


def test_a_counts_row_outside_a_card_or_a_post_that_is_the_page_stays():
    # the article's own action bar (no card box around it) is left to the cleaner
    bar = '<div class="tools"><span>转发 12</span><span>评论 5</span><span>赞 88</span></div>'
    lines, removed = html_to_lines(_page(bar))
    assert not [r for r in removed if r.kind == "social_links"]
    # a page that is the post: the card is most of its parent's text
    alone = (f"<html><body><div>{_CARD.format(cls='weibo-card')}</div></body></html>")
    lines, removed = html_to_lines(alone)
    assert any("成果展开幕" in ln for ln in lines)


def test_the_caption_under_an_amp_image_is_a_caption():
    for img in ('<amp-img src="a.jpg" width="800" height="533" layout="responsive"></amp-img>',
                '<mip-img src="a.jpg"></mip-img>', '<img src="a.jpg">'):
        # (the photo heads the article, where no paragraph before it marks the short line as an aside)
        html = _page("", top=f'{img}<p class="cap">职工代表在展台前演示焊接技能。</p>')
        art = clean_article(html_to_article(html))
        assert art.captions == ["职工代表在展台前演示焊接技能。"], img
        assert art.body == [_P1, _P2, _P3], img


def test_a_cap_class_away_from_an_image_is_no_caption():
    # the abbreviated class is trusted only right under an image: elsewhere it may be a headline's echo
    lines, _ = html_to_lines(_page("", top='<p class="cap">职工代表在展台前演示焊接技能。</p>'))
    assert "职工代表在展台前演示焊接技能。" in lines


_HEADED = """<html><head><title>某县举办职工技能成果展_某某新闻网</title></head><body>
<div class="channel-head"><a href="{href}" class="{cls}">某某新闻网·某县</a><span>2024年4月3日</span></div>
<h1>某县举办职工技能成果展</h1>
<div class="info"><span>2024-04-03 09:12</span><span>来源：某某日报</span></div>
<div class="content"><p>""" + _P1 + """</p><p>""" + _P2 + """</p></div></body></html>"""


def test_a_channel_logo_beside_the_date_is_no_source():
    for href, cls in (("//xian.example.cn/", "ch-logo"), ("/", "head-link"), ("/channel/xian", "site-logo")):
        assert html_to_article(_HEADED.format(href=href, cls=cls)).meta.source is None, (href, cls)
    # an aggregator's source link to the outlet's page on it is still the source
    art = html_to_article(_HEADED.format(href="/source/x", cls="src-name"))
    assert art.meta.source == "某某新闻网·某县"

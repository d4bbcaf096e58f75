"""Clean and extract on hand-written real-world-style HTML pages (tests/data/html), scored with the scorer's rules.

Each <name>.html is marked up the way Chinese CMS, portal, forum, WeChat and e-paper
pages are (div soup, old table layouts, Word-pasted spans, <br><br> paragraphs,
&nbsp;/&#12288; indents, hidden jammers, scripts, GBK/Big5 bytes) around the article of
tests/data/layouts/<name>.txt, and <name>.gold.json gives the expected title, body and
meta (plus the URL the page's markup states). Per page: title exact, character F1 of
title+body >= 0.98, no stray output line, every meta field right, and no text the markup
hides (display:none, jammer classes, zero-size fonts) in the title or body.
"""

from __future__ import annotations

import json
import pathlib
import re

import pytest

import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from scoring import f1, squash, stray_lines, wrong_meta  # noqa: E402 - the scorer's rules, shared by the layout tests

from unionkit.clean import clean_article
from unionkit.extract import extract
from unionkit.html import decode_html, html_to_article, parse
from unionkit.record import to_dict

DATA = pathlib.Path(__file__).parent / "data" / "html"
GOLDS = sorted(DATA.glob("*.gold.json"))
MIN_F1 = 0.98

# Lines the text cleaner keeps although they are page chrome (xfail strict: the test fails once
# the cleaner drops them, so the entry must then be removed). Both are text-cleaner issues,
# reproducible from a text page alone.
KNOWN_STRAYS = {
    # batch 56 (12 unseen HTML pages, 3 damaged: session 10's final HTML measure, scored on d08da0c, added after it was scored)
    # batch 50 (12 unseen HTML pages, 3 damaged: the session's final HTML measure, scored on 257f872, added after it was scored)
    # batch 46 (12 unseen HTML pages, 3 damaged: the session's final HTML measure, scored on 1c8c59c, not fixed after)
    # batch 44 (12 unseen HTML pages, 3 damaged, scored on a07fefd, added after it was scored)
    # batch 42 (12 unseen HTML pages, 3 damaged, scored on e71e25c, added after it was scored)
    # batch 40 (12 unseen HTML pages, 3 damaged: the session's final HTML measure, scored on 0582f6d, not fixed after)
    # batch 38 (12 unseen HTML pages, 3 damaged, scored on 94b7db1, added after it was scored)
    # batch 34 (12 unseen HTML pages, scored on 3674d7a, added after it was scored)
    # batch 31 (the session's final unseen measure, added after it was scored)
    # batch 72 (session 12, scored on 63f2477 after the fixes of batches 69-71)
    # batch 84 (session 13, 8 HTML pages stressing markup, scored on df3a668)
    # batch 82 (session 13's final HTML measure, a plain cross-section scored on 2559594, added after it was scored)
    # batch 88 (session 14, 8 HTML pages of less common markup, 3 damaged, scored on 2502a56)
    # batch 90 (session 15, 8 HTML pages, 3 damaged, a cross-section scored on b41f0bd, session 14's final code)
    # batch 98 (session 18, 8 HTML pages, 3 damaged, scored on dff0e48, session 17's final code)
    # batch 103 (session 19, 8 HTML pages, 3 damaged, scored on 28ca36b)
    "crawl103_html_p02": "a pdf2htmlEX notice: 附件 lines kept (most golds keep a notice's tail; its signer and date go with the imprint)",
    # batch 106 (session 19, 8 HTML pages, 3 damaged, scored on f41d68f)
    # batch 108 (session 20, 8 HTML pages, 3 damaged, less common markup, scored on 9ab3f17)
    # batch 118 (session 21, 8 HTML pages, 3 damaged, less common markup, scored by the tester mid-session 21)
    # batch 122 (session 21, 8 HTML pages, 3 damaged, less common markup, scored by the tester)
    # batch 124 (session 22, 8 HTML pages, 2 damaged, less common markup, scored by the tester on 6c7dcf62)
    # batch 134 (session 23, 8 HTML pages, 2 damaged, less common markup, scored by the tester on 8722fcbc)
    # batch 136 (session 23, 8 HTML pages, 2 damaged, less common generators, scored by the tester on 8e5f7f39)
    # batch 138 (session 24, 8 HTML pages, 2 damaged, scored by the tester on 5b9b5f0e)
    # batch 140 (session 25, 8 HTML pages, 2 damaged, mobile and syndicated markup, scored by the tester on 139c23ea)
    # batch 146 (session 26, 8 HTML pages, 2 damaged, a mix of markup, frozen at the session's start, scored once on 1afc4a83)
    # batch 148 (session 26, 8 HTML pages, 2 damaged, less common markup: one cell per paragraph, Big5 release, br-separated div, SSR with hydration JSON, dl metadata, magazine article, scored by the tester on dca45bd7)
    "crawl148_html_p06": "a magazine article's data table rows and footnotes (注释:, [1]…) kept (debatable: crawl118_html_p04's and crawl135_text_d3's golds keep footnotes, crawl118_html_p03's a data table)",
    # batch 158 (session 28, 8 HTML pages, 2 damaged, scored by the tester on 49bede26)
}
# Stray lines on pages whose character F1 still passes (xfail strict on the stray test only).
KNOWN_STRAYS_ONLY: dict[str, str] = {
    # batch 54 (12 unseen HTML pages, 3 damaged: session 10's first HTML measure, scored on ce93f69, added after it was scored)
    # batch 52 (12 unseen HTML pages, 3 damaged: the session's last HTML measure, scored on b84b77d, not fixed after)
    # batch 48 (12 unseen HTML pages, 3 damaged, scored on 7cda162, added after it was scored)
    # batch 40 (12 unseen HTML pages, 3 damaged: the session's final HTML measure, scored on 0582f6d, not fixed after)
    # batch 38 (12 unseen HTML pages, 3 damaged, scored on 94b7db1, added after it was scored)

    # batch 90 (session 15, 8 HTML pages, 3 damaged, a cross-section scored on b41f0bd, session 14's final code)
    # batch 106 (session 19, 8 HTML pages, 3 damaged, scored on f41d68f)
    # batch 108 (session 20, 8 HTML pages, 3 damaged, less common markup, scored on 9ab3f17)
    # batch 111 (session 20, 6 HTML pages, 2 damaged, scored on 308df3a)
    # batch 124 (session 22, scored by the tester on 6c7dcf62)
    # batch 128 (session 22, 8 HTML pages, 2 damaged, less common markup, scored by the tester on 6ef19444)
    # batch 126 (frozen at session 22's start, scored once on f9f3ccbe)
    # batch 136 (session 23, scored by the tester on 8e5f7f39)
    # batch 160 (session 28, 8 HTML pages, 2 damaged, frozen, scored once on 24ea6d91)
}

# Hidden elements a test looks for independently of the reader: inline hiding styles and jammer classes.
HIDDEN_SELECTOR = ('[style*="display:none"], [style*="display: none"], [style*="font-size:0"], '
                   '[style*="font-size: 0"], .jammer, [hidden]')
MIN_HIDDEN = 4  # shorter hidden strings ("，") also occur as ordinary text


def page_id(p: pathlib.Path) -> str:
    return p.name.split(".")[0]


def load(gold_path: pathlib.Path):
    """(gold, decoded HTML text, cleaned article) of one page."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    html = decode_html((DATA / f"{gold['id']}.html").read_bytes()).text
    return gold, html, clean_article(html_to_article(html, path=f"{gold['id']}.html"))


def out_lines(art) -> list[str]:
    """What ``unionkit clean`` prints: the title, then the body lines."""
    return [ln for ln in [art.title or "", *art.body] if ln.strip()]


# A show-more button (展开全文 ∨, 阅读全文 >>, 点击展开): the element hidden beside it is the folded rest of the article.
EXPAND_CONTROL = re.compile(r"^(?:点击|点此)?(?:展开|查看|阅读)(?:全文|全部)|^点击展开")


def _element_siblings(node):
    """The element siblings of a node, before and after it."""
    for step in ("prev", "next"):
        sib = getattr(node, step)
        while sib is not None:
            if sib.tag[0] not in "-!_":
                yield sib
            sib = getattr(sib, step)


def folded_continuation(node) -> bool:
    """Whether a hidden element is hidden together with a sibling expand control: it, or the container
    holding it, has a sibling that is a short show-more button (the reader reveals what a click reveals)."""
    for n in (node, node.parent):
        if n is None:
            continue
        for sib in _element_siblings(n):
            text = squash(sib.text(deep=True) or "")
            if len(text) <= 12 and EXPAND_CONTROL.match(text):
                return True
    return False


def hidden_strings(html: str) -> list[str]:
    """Texts of small elements the markup hides, found without the reader's code (the folded rest of an
    article behind a show-more button aside)."""
    out = []
    for node in parse(html).css(HIDDEN_SELECTOR):
        if folded_continuation(node):
            continue
        t = (node.text(deep=True) or "").strip()
        if len(squash(t)) >= MIN_HIDDEN and len(t) < 200:
            out.append(t)
    return out


# Metadata the extractor gets wrong on some pages (xfail strict, as above).
KNOWN_META = {
    # batch 58 (8 unseen HTML pages, 2 damaged: session 10's last HTML measure, scored on ef989fb, added after it was scored)
    # batch 56 (12 unseen HTML pages, 3 damaged: session 10's final HTML measure, scored on d08da0c, added after it was scored)
    # batch 52 (12 unseen HTML pages, 3 damaged: the session's last HTML measure, scored on b84b77d, not fixed after)
    # batch 50 (12 unseen HTML pages, 3 damaged: the session's final HTML measure, scored on 257f872, added after it was scored)
    # batch 48 (12 unseen HTML pages, 3 damaged, scored on 7cda162, added after it was scored)
    # batch 46 (12 unseen HTML pages, 3 damaged: the session's final HTML measure, scored on 1c8c59c, not fixed after)
    # batch 42 (12 unseen HTML pages, 3 damaged, scored on e71e25c, added after it was scored)
    # batch 40 (12 unseen HTML pages, 3 damaged: the session's final HTML measure, scored on 0582f6d, not fixed after)
    # batch 38 (12 unseen HTML pages, 3 damaged, scored on 94b7db1, added after it was scored)
    # batch 36 (12 unseen HTML pages, 3 damaged, scored on 07ba0b2, added after it was scored)
    # batch 34 (12 unseen HTML pages, scored on 3674d7a, added after it was scored)
    # batch 31 (the session's final unseen measure, added after it was scored)
    "crawl31_html_p03": "author: a stand-alone 通讯员 line read as the author (two names joined)",
    # batch 70 (session 12, scored on 7962ce2 before any fix)
    # batch 72 (session 12, scored on 63f2477 after the fixes of batches 69-71)
    # batch 79 (session 13, 8 HTML pages, a plain cross-section scored on 5331fe3, session 12's final code)
    # batch 84 (session 13, 8 HTML pages stressing markup, scored on df3a668)
    # batch 86 (session 14, 8 HTML pages, 3 damaged, a cross-section scored on ab3d739, session 13's final code)
    # batch 88 (session 14, 8 HTML pages of less common markup, 3 damaged, scored on 2502a56)
    "crawl88_html_p02": "reporter: 通讯员 names read as the author (debatable: correspondents, not reporters)",
    # batch 90 (session 15, 8 HTML pages, 3 damaged, a cross-section scored on b41f0bd, session 14's final code)
    # batch 95 (session 17, 8 HTML pages, 3 damaged, scored on 1f4740b, session 16's final code)
    # batch 98 (session 18, 8 HTML pages, 3 damaged, scored on dff0e48, session 17's final code)
    # batch 101 (session 18, 6 HTML pages, 2 damaged, scored on 15ce134, after batches 97/98's fixes)
    # batch 103 (session 19, 8 HTML pages, 3 damaged, scored on 28ca36b)
    "crawl103_html_p03": "reporter: a 通讯员 byline without 记者 not read (gold conflict: of the golds naming only a 通讯员, 16 "
                         "read the names as the author, 8 of them from a stand-alone byline, and 3 as the reporter: this "
                         "page, crawl88_html_p02, crawl76_text_p08)",
    # batch 106 (session 19, 8 HTML pages, 3 damaged, scored on f41d68f)
    # batch 108 (session 20, 8 HTML pages, 3 damaged, less common markup, scored on 9ab3f17)
    # batch 113 (scored by the tester on d2fad16e)
    # batch 118 (scored by the tester mid-session 21)
    # batch 122 (scored by the tester, session 21)
    # batch 115 (frozen, scored once on 9e83455a)
    "crawl115_html_d3": "url: a mobile page's address taken where the gold has none",
    # batch 124 (session 22, scored by the tester on 6c7dcf62)
    # batch 128 (session 22, 8 HTML pages, 2 damaged, less common markup, scored by the tester on 6ef19444)
    "crawl128_html_p02": "url: the canonical link taken where the page shows no address (debatable)",
    # batch 126 (frozen at session 22's start, scored once on f9f3ccbe)
    "crawl126_html_p06": "url: og:url taken where the gold gives none (debatable: 127 of 144 golds keep a canonical link)",
    # batch 130 (session 23, scored by the tester on 6793ad3d)
    # batch 134 (session 23, scored by the tester on 8722fcbc)
    "crawl134_html_p05": "url: og:url taken where the gold gives none (debatable, as crawl126_html_p06)",
    # batch 136 (session 23, scored by the tester on 8e5f7f39)
    "crawl136_html_p01": "url: a canonical link taken where the gold gives none (debatable, as crawl126_html_p06)",
    "crawl136_html_p02": "url: a canonical link taken where the gold gives none (debatable)",
    "crawl136_html_p03": "url: a Hanweb <meta name=Url> taken where the gold gives none (debatable)",
    # batch 138 (session 24, scored by the tester on 5b9b5f0e)
    # batch 140 (session 25, 8 HTML pages, 2 damaged, mobile and syndicated markup, scored by the tester on 139c23ea)
    # batch 142 (session 25, 8 HTML pages, 2 damaged, a mix of CMS markup, frozen at the session's start, scored once on dd675163)
    "crawl142_html_p03": "url: a WordPress canonical link taken where the gold gives none (debatable, as crawl136_html_p01)",
    # batch 144 (session 26, 8 HTML pages, 2 damaged, older government and union CMS templates in GBK, scored by the tester on f99cc240)
    "crawl62_html_d2": "site: 椰风资讯 read off the menu row it opens (椰风资讯 | 首页 | 本地 …) where the gold gives none "
                       "(debatable: the <title> suffix names it too, its .txt twin reads it, and 172 golds give a site "
                       "equal to the source)",
    # batch 148 (session 26, 8 HTML pages, 2 damaged, less common markup: one cell per paragraph, Big5 release, br-separated div, SSR with hydration JSON, dl metadata, magazine article, scored by the tester on dca45bd7)
    "crawl148_html_p04": "url: og:url / the hydration JSON's shareUrl taken where the gold gives none (debatable, as crawl126_html_p06)",
    # batch 152 (session 27, 8 HTML pages, 2 damaged, frozen at the session's start, scored once on b4608002)
    "crawl152_html_p06": "url: a WeChat page's msg_link in its script taken where the gold gives none (debatable, as crawl126_html_p06)",
    # batch 158 (session 28, 8 HTML pages, 2 damaged, scored by the tester on 49bede26)
    # batch 160 (session 28, 8 HTML pages, 2 damaged, frozen, scored once on 24ea6d91)
    "crawl160_html_p03": "url: a WeChat page's og:url taken where the gold gives none (debatable, as crawl126_html_p06: 24 WeChat golds take it)",
    # batch 166 (session 29, 8 HTML pages, 2 damaged, scored on 50547f69)
    "crawl166_html_p01": "url: a WordPress post's canonical link taken where the gold gives none (debatable: the test "
                         "pages' golds disagree on a canonical link)",
    "crawl166_html_p06": "url: a mobile page's canonical link taken where the gold gives none (debatable, as crawl166_html_p01)",
}
# Headlines the text cleaner does not take (xfail strict, as above): text-cleaner issues.
KNOWN_TITLES: dict[str, str] = {
    # batch 34 (12 unseen HTML pages, scored on 3674d7a, added after it was scored)
    # batch 84 (session 13, 8 HTML pages stressing markup, scored on df3a668)
    # batch 106 (session 19, 8 HTML pages, 3 damaged, scored on f41d68f)
    # batch 108 (session 20, 8 HTML pages, 3 damaged, less common markup, scored on 9ab3f17)
    # batch 118 (scored by the tester mid-session 21)
    # batch 122 (scored by the tester, session 21)
    # batch 124 (session 22, scored by the tester on 6c7dcf62)
    # batch 134 (session 23, scored by the tester on 8722fcbc)
}
# Pages whose gold keeps text the other golds remove (xfail strict on the character F1).
KNOWN_F1 = {
    "crawl60_html_d3": "title salt: real title words cut (江孜县总工会, 农牧民工, 培训, also in an unsalted paragraph), 2-character pieces kept",
    # batch 58 (8 unseen HTML pages, 2 damaged: session 10's last HTML measure, scored on ef989fb, added after it was scored)
    "crawl58_html_p08": "title salt kept, whole title words after commas and the whole title glued after paragraph 1's last 。",
    # batch 56 (12 unseen HTML pages, 3 damaged: session 10's final HTML measure, scored on d08da0c, added after it was scored)
    # batch 52: p10 (a jammer's raw "<" opened an unclosed element hiding paragraphs 2-5) fixed by html.escape_stray_lt
    # batch 50 (12 unseen HTML pages, 3 damaged: the session's final HTML measure, scored on 257f872, added after it was scored)
    # batch 38 (12 unseen HTML pages, 3 damaged, scored on 94b7db1, added after it was scored)
    # the gold keeps a wire dateline (人民网成都…电（记者…）) that seven other golds drop
    "crawl12_html_p05": "the gold keeps the wire dateline opening the first paragraph",
    "crawl64_html_p08": "title salt after commas kept (培训椰雕, 椰雕职工, 技能职工) and a real 椰雕 cut",
    # batch 98 (session 18, 8 HTML pages, 3 damaged, scored on dff0e48, session 17's final code)
    # batch 108 (session 20, 8 HTML pages, 3 damaged, less common markup, scored on 9ab3f17)
    # batch 122 (scored by the tester, session 21)
    # batch 115 (8 HTML pages, 3 damaged, a cross-section frozen at session 21's start, scored once on its final code 9e83455a)
    "crawl115_html_d1": "title salt partly left (F1 0.976)",
    # batch 134 (session 23, scored by the tester on 8722fcbc)
    "crawl134_html_d1": "title salt left (章贡区, 骑手开通, 健康体检绿色, 总工会为外卖) and a real 外卖骑手 cut",
    # batch 132 (session 23, frozen, scored once on fd55077d, session 24's final code)
    "crawl132_html_d1": "title salt left (工会, 市总, 寿光, 技能, 种植) while real title words are cut where they stand (开展, 蔬菜)",
    # batch 140 (session 25, 8 HTML pages, 2 damaged, mobile and syndicated markup, scored by the tester on 139c23ea)
    "crawl140_html_d1": "title salt in a transcript: real words cut (焊花, 覃美玲), chunks kept (柳州, 焊花, 姑娘)",
    # batch 162 (session 29, 8 HTML pages, 2 damaged, scored on 39933d3a): crawl162_html_d1 kept title salt (西区总,
    # 竞赛) and cut a real 安全生产 out of a law's name (F1 0.988, no strict entry); since s29-salt2 only 竞赛 is left (0.997)
    # batch 166 (session 29, 8 HTML pages, 2 damaged, scored on 50547f69): salting misses whose F1 still passes MIN_F1,
    # crawl166_html_d1 kept salt (送法 doubled, 盖职 .8 万人 in the last paragraph) and cut real 十堰 and 工会 (十堰汇达,
    # 工会律师), F1 0.985; since s29-salt3 only 盖职 .8 万人 are left (0.993); crawl166_html_d2 (traditional) keeps title
    # salt carried on from paragraph to paragraph, pieces inside words (驛站, 年內, 新增, 60, 會工, 職工, 幸福), F1 0.980
}


def _cases(with_known: bool, known: dict = KNOWN_STRAYS):
    for p in GOLDS:
        marks = []
        if with_known and page_id(p) in known:
            marks = [pytest.mark.xfail(reason=known[page_id(p)], strict=True)]
        yield pytest.param(p, id=page_id(p), marks=marks)


def test_enough_pages_of_each_kind():
    assert len(GOLDS) >= 12
    raw = [(DATA / f"{page_id(p)}.html").read_bytes() for p in GOLDS]
    assert any(b"charset=gb2312" in r for r in raw)  # GBK bytes behind a gb2312 declaration
    assert any(b"charset=big5" in r for r in raw)
    assert any(b'class="jammer"' in r for r in raw)
    assert any(b"article:published_time" in r for r in raw)


@pytest.mark.parametrize("gold_path", list(_cases(True, KNOWN_TITLES)))
def test_title_exact(gold_path):
    gold, _, art = load(gold_path)
    assert squash(art.title) == squash(gold["title"])


@pytest.mark.parametrize("gold_path", list(_cases(True, {**KNOWN_STRAYS, **KNOWN_F1})))
def test_char_f1(gold_path):
    gold, _, art = load(gold_path)
    assert f1(gold, out_lines(art)) >= MIN_F1


@pytest.mark.parametrize("gold_path", list(_cases(True, {**KNOWN_STRAYS, **KNOWN_STRAYS_ONLY})))
def test_no_stray_lines(gold_path):
    gold, _, art = load(gold_path)
    assert stray_lines(gold, out_lines(art)) == []


@pytest.mark.parametrize("gold_path", list(_cases(True, KNOWN_META)))
def test_meta_fields(gold_path):
    gold, _, art = load(gold_path)
    rec = to_dict(extract(art))
    assert wrong_meta(gold, rec["meta"]) == {}


#: Pages whose salter hid copies of the title pieces it also salted visibly: a visible piece left in the body is
#: caught here too (the salting miss is the page's KNOWN_F1 entry).
KNOWN_LEAKS: dict[str, str] = {
}


@pytest.mark.parametrize("gold_path", list(_cases(True, KNOWN_LEAKS)))
def test_hidden_text_never_reaches_title_or_body(gold_path):
    gold, html, art = load(gold_path)
    text = "\n".join(out_lines(art))
    # (a spam page may hide a piece of its own title in the body: the title line itself then holds it, rightly)
    leaked = [h for h in hidden_strings(html)
              if squash(h) in squash(text) and squash(h) not in squash(gold["title"])]
    body = squash("\n".join(art.body))
    leaked += [h for h in hidden_strings(html) if squash(h) in squash(gold["title"]) and squash(h) in body
               and body.count(squash(h)) > squash("\n".join(gold["body"])).count(squash(h))]
    assert leaked == []


def test_pages_with_planted_hidden_text_are_checked():
    """The hidden-text test is not vacuous: forum pages hide jammers a naive scraper would print."""
    for name in ("forum_discuz_replies", "forum_jammer_trad"):
        html = (DATA / f"{name}.html").read_text(encoding="utf-8")
        assert len(hidden_strings(html)) >= 3


def test_script_revealed_content_is_kept():
    """A WeChat copy ships its body with visibility:hidden until script runs: the body is still read."""
    gold, html, art = load(DATA / "wechat_article.gold.json")
    assert 'id="js_content" style="visibility: hidden;"' in html
    assert f1(gold, out_lines(art)) >= MIN_F1


def test_folded_continuation_is_told_from_hidden_text():
    """The hidden-text test leaves out the folded rest of an article (a click shows it), not a jammer."""
    rest = "县总工会还将在全县各乡镇再布点十个服务站点，打造十五分钟职工服务圈，让户外劳动者歇脚有去处。"
    html = ('<html><body><h1>县总工会建起驿站</h1><div id="art"><p>11月8日，县总工会在蜜桔交易市场旁建成的驿站投入使用，'
            '为桔农、分拣工和快递员提供饮水、休息、热饭、充电等服务。</p>'
            '<p>慰问组把绿豆<span style="display:none">某某工会网</span>、毛巾等物品送到工人手中，叮嘱大家避开高温时段。</p>'
            f'<div id="more" style="display:none"><p>{rest}</p></div></div><div class="btn">展开全文 ∨</div></body></html>')
    assert hidden_strings(html) == ["某某工会网"]
    assert hidden_strings(html.replace("展开全文 ∨", "分享")) == ["某某工会网", rest]
    text = "\n".join(out_lines(clean_article(html_to_article(html))))
    assert squash(rest) in squash(text) and "某某工会网" not in text

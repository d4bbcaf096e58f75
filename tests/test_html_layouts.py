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
}
# Stray lines on pages whose character F1 still passes (xfail strict on the stray test only).
KNOWN_STRAYS_ONLY = {
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


def hidden_strings(html: str) -> list[str]:
    """Texts of small elements the markup hides, found without the reader's code."""
    out = []
    for node in parse(html).css(HIDDEN_SELECTOR):
        t = (node.text(deep=True) or "").strip()
        if len(squash(t)) >= MIN_HIDDEN and len(t) < 200:
            out.append(t)
    return out


# Metadata the extractor gets wrong on some pages (xfail strict, as above).
KNOWN_META = {
    # batch 26 (unseen pages, added after they were scored, not fixed yet)
    "crawl26_html_p05": "site: a repost site's counter (转藏 3) read as the site",
    "crawl26_html_p06": "author: a post's edit link (编辑) read as the author; site: the forum's name in the <title> suffix missed",
    "crawl26_html_p12": "site: the footer's copyright owner (凤凰新媒体), the gold 凤凰网",
    # batch 24 (final unseen measure, not fixed yet): a Discuz portal's 来自: label is no source label yet
    "crawl24_html_p12": "source: 来自: 宣威市总工会 is not read as the source",
    # batch 12 (debatable gold): the site of a page hosted on a platform (百家号); the extractor reads the
    # footer's owner (百度). (p07, shared from an app, now takes the app's name from its open-app bar.)
    "crawl12_html_p04": "site: the hosting platform's footer owner (百度), the gold takes 百家号 or none",
    # batch 14 (debatable gold): a portal company's copyright line (网易公司版权所有), the gold takes 网易 or none
    "crawl14_html_p05": "site: the copyright owner 网易公司, the gold takes 网易 / 网易号 or none",
}
# Headlines the text cleaner does not take (xfail strict, as above): text-cleaner issues.
KNOWN_TITLES: dict[str, str] = {
    # batch 26 (unseen pages, added after they were scored, not fixed yet)
    "crawl26_html_p05": "a repost whose content opens with 来源：… and a | 转藏 3 counter: the first paragraph taken as the title",
}
# Pages whose gold keeps text the other golds remove (xfail strict on the character F1).
KNOWN_F1 = {
    # batch 26 (unseen pages, added after they were scored, not fixed yet)
    "crawl26_html_p02": "an anti-copy class that moves text off-screen (left:-9999px) is not read as hidden",
    "crawl26_html_p05": "the headline lost (the first paragraph taken as the title)",
    "crawl26_html_p11": "the article's second half in a display:none block a 展开全文 button reveals is dropped",
    # the gold keeps a wire dateline (人民网成都…电（记者…）) that seven other golds drop
    "crawl12_html_p05": "the gold keeps the wire dateline opening the first paragraph",
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


@pytest.mark.parametrize("gold_path", list(_cases(False)))
def test_hidden_text_never_reaches_title_or_body(gold_path):
    gold, html, art = load(gold_path)
    text = "\n".join(out_lines(art))
    leaked = [h for h in hidden_strings(html) if squash(h) in squash(text)]
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

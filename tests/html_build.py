"""Build HTML versions of the example text pages, the way a CMS or forum would serve them.

Each text line becomes one block (the first a page header ``<div>``, the rest
``<p>``), site chrome goes into ``<nav>``/``<aside>``/``<footer>``, and
anti-copy jammer strings are hidden in the paragraphs the way forums hide
them (``<font class="jammer">`` styled away by a stylesheet rule, or a
``<span style="display:none">``). A browser — and unionkit's HTML reader —
shows exactly the text page's lines; a naive scraper also shows the jammers.
"""

from __future__ import annotations

import html
import random

#: Characters anti-copy jammers are drawn from (printable ASCII, as forums generate them).
JAMMER_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789$#&*%^+=|;:<>"

CHROME_NAV = ["首页", "新闻中心", "工会动态", "基层风采", "政策法规", "网上服务", "联系我们"]
CHROME_ASIDE = ["相关阅读", "全市职工技能大赛圆满落幕", "劳模工匠进校园活动启动", "工会帮扶中心开展送温暖"]
CHROME_FOOTER = ["版权所有 © 某市总工会 未经许可不得转载", "备案号:某ICP备00000000号-1 技术支持:某网络公司"]


def jammer(rng: random.Random) -> str:
    """One random anti-copy string of 6-10 ASCII characters."""
    return "".join(rng.choice(JAMMER_ALPHABET) for _ in range(rng.randint(6, 10)))


def with_jammers(line: str, rng: random.Random, planted: list[str]) -> str:
    """The line as HTML with a hidden jammer after each sentence end (。!?)."""
    out = []
    for i, ch in enumerate(line):
        out.append(html.escape(ch, quote=False))
        if ch in "。!?" and i + 1 < len(line):
            j = jammer(rng)
            planted.append(j)
            if len(planted) % 2:
                out.append(f'<font class="jammer">{html.escape(j)}</font>')
            else:
                out.append(f'<span style="display: none">{html.escape(j)}</span>')
    return "".join(out)


def build_html(text: str, *, seed: int = 0, charset: str = "utf-8") -> tuple[str, list[str]]:
    """(HTML page, the jammer strings hidden in it) for one text page."""
    rng = random.Random(seed)
    planted: list[str] = []
    lines = [ln for ln in text.splitlines() if ln.strip()]
    head_line = lines[0].strip() if lines else ""
    nav = "".join(f'<li><a href="/c{i}/">{x}</a></li>' for i, x in enumerate(CHROME_NAV))
    aside = "".join(f"<li><a href='/a/{i}.html'>{x}</a></li>" for i, x in enumerate(CHROME_ASIDE))
    footer = "".join(f"<p>{html.escape(x)}</p>" for x in CHROME_FOOTER)
    paras = "\n".join(f"<p>{with_jammers(ln.strip(), rng, planted)}</p>" for ln in lines[1:])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(head_line)}</title>
<style type="text/css">
body {{ font-size: 14px; }}
.t_f .jammer {{ display: none; }}
</style>
<script type="text/javascript">var pageConfig = {{ "tpl": "<p>not text</p>" }};</script>
</head>
<body>
<!-- header begin -->
<nav class="topnav"><ul>{nav}</ul></nav>
<div class="wrap">
<div class="hd">{html.escape(head_line)}</div>
<div class="t_f">
{paras}
</div>
<aside class="side"><ul>{aside}</ul></aside>
</div>
<noscript>请开启浏览器的JavaScript功能</noscript>
<footer>{footer}</footer>
<script>document.write('<img src="/count.gif">');</script>
</body>
</html>
"""
    return page, planted


def build_bytes(text: str, *, seed: int = 0, charset: str = "utf-8") -> tuple[bytes, list[str]]:
    """The page encoded in ``charset``; characters it lacks become &#NNNN; references, as a CMS writes them.

    A page declared gb2312 is written as GBK (traditional characters and all),
    as many Chinese servers do.
    """
    page, planted = build_html(text, seed=seed, charset=charset)
    codec = "gbk" if charset.lower() in ("gb2312", "gbk") else charset
    return page.encode(codec, errors="xmlcharrefreplace"), planted

"""Hand-written pages in the layouts of many kinds of sites (tests/data/layouts), scored like the project's scorer.

Each <name>.txt is a plain-text scrape (one line per block, with the site's
chrome) and <name>.gold.json its hand-made title, body and metadata. Per page:
character F1 against gold title + body ≥ 0.98, the title exact, no output line
foreign to the gold paragraphs (stray chrome), and ≥ 95% of the page's
non-gold characters removed.
"""

from __future__ import annotations

import difflib
import json
import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from clean_metrics import char_f1, noise_removed  # noqa: E402

from unionkit.clean import clean_text  # noqa: E402
from unionkit.clean.whitespace import squash  # noqa: E402

DATA = pathlib.Path(__file__).parent / "data" / "layouts"
GOLDS = sorted(DATA.glob("*.gold.json"))
META_FIELDS = {"published", "source", "author", "editor", "reporter", "views", "site", "url", "credit"}


def load(gold_path: pathlib.Path) -> tuple[str, dict]:
    """The raw page and its gold record."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return (DATA / f"{gold['id']}.txt").read_text(encoding="utf-8"), gold


def stray(lines: list[str], gold: dict) -> list[str]:
    """Output lines that match no gold paragraph (the scorer's definition)."""
    golds = [squash(x) for x in [gold["title"], *gold["body"]]]
    return [ln for ln in lines if not any(
        squash(ln) in g or difflib.SequenceMatcher(None, squash(ln), g, autojunk=False).ratio() > 0.8 for g in golds)]


def test_enough_layouts():
    assert len(GOLDS) >= 20


#: Pages the cleaner is known to get wrong (second batch of pages written as unseen pages), with the reason;
#: strict xfails: when a fix makes one pass, remove it here.
KNOWN_MISSES = {
    # batch 59 (session 11, scored on 98a69dc before any fix)
    # batch 57 (12 unseen text pages, 3 damaged: session 10's last text measure, scored on ef989fb, added after it was scored)
    "crawl57_text_d1": "title salt: real words cut (玫瑰, 培训, 平阴, one in a paragraph with no salt) and ，玫瑰并组织 kept",
    "crawl57_text_p06": "a forum title's status prefix 【求助已解决】 dropped (debatable: the gold keeps it)",
    # batch 55 (20 unseen text pages, 6 damaged: session 10's final text measure, scored on d08da0c, added after it was scored;
    # golds mended on the tester's report: traditional place keys on d2/d5, places inside union names on d3/d6, p06's union, p01/p10 sites)
    "crawl55_text_d6": "title salt of whole title words at clause openings in no title order left (no piece cut inside a word), and a jammer (Pri+T/w) at a salted paragraph's end",
    # batch 53 (20 unseen text pages, 6 damaged: session 10's first text measure, scored on ce93f69, added after it was scored)
    "crawl53_text_d6": "title salt left while real words are cut (在建光伏和储能项目的 -> 在建和储能的)",
    # batch 51 (20 unseen text pages, 6 damaged: the session's last text measure, scored on b84b77d, not fixed after)
    "crawl51_text_d2": "title salt on a traditional page left: whole title words at clause openings in no title order (the gate opens, the ordered readings find no chunk list)",
    "crawl51_text_d6": "title salt on a traditional page with jammers left: title words at clause openings in no title order, only one cut piece (縣總共 reads 總共)",
    # batch 49 (20 unseen text pages, 6 damaged: the session's final text measure, scored on 257f872, added after it was scored)
    # batch 47 (20 unseen text pages, 6 damaged, scored on 7cda162, added after it was scored)
    # batch 43 (20 unseen text pages, 6 damaged, scored on a07fefd, added after it was scored)
    # batch 41 (20 unseen text pages, 6 damaged, scored on e71e25c, added after it was scored)
    # batch 39 (20 unseen text pages, 6 damaged: the session's final measure, scored on 0582f6d, not fixed after)
    # batch 37 (20 unseen text pages, 6 damaged, scored on e880f12, added after it was scored)
    "crawl37_text_04": "an e-paper's subtitle line (——…见闻) that this gold keeps as body is joined to the title (as seed 003 and "
                       "crawl153_text_p03 keep theirs)",
    "crawl37_text_08": "a Q&A page's other answers (under 其他回答(2)) that this gold keeps are dropped as related links",
    "crawl37_text_09": "a short-video description's hashtag line (#劳模风采 #…) that this gold keeps is dropped, as the "
                       "golds of the same layout drop it (crawl25_text_u06, crawl33_text_10, crawl35_text_09); "
                       "the counters, follow button and comments are dropped as chrome",
    "crawl37_text_10": "a PDF notice's signature (issuer, date) kept as notices' golds keep it; this gold drops it",
    "crawl37_text_11": "the signature (issuer, date) and the 附件: line kept, as notices' golds keep them; this gold "
                       "drops them",
    "crawl37_text_d03": "title salt at a paragraph start or right before the final 。 left",
    "crawl37_text_d06": "title salt right after a name (司马振华送温暖带领) left",
    # batch 35 (20 unseen text pages, 5 damaged, entity-dense, scored on 1d77ab0, added after it was scored)
    "crawl35_text_d03": "title salt right after a single opening quote left (real quotations open with title phrases too)",
    # batch 33 (20 unseen text pages, 6 damaged, scored on 3674d7a, added after it was scored)
    # batch 16: whole title words put at clause starts in no title order (港口, 安全生产, the union's name
    # before another union's name); the salt gates look for title-ordered chunk lists, as real salted pages show
    "crawl16_text_s01": "title salt of whole title words at clause starts, in no title order, left",
    # batch 13 (unseen pages, added after they were scored)
    "crawl13_text_s01": "title salt left (为一, 清凉 chunks), the sentence's own 宝安区总工会 taken instead",
    "crawl13_text_o01": "an obituary's closing slogan line (…同志永垂不朽！) that the gold drops as page chrome",
    # batch 11 (unseen pages, added after they were scored): salt put inside words and at clause starts
    "crawl11_text_s02": "title salt left, real title words taken",
    "crawl11_text_s04": "title salt on a traditional page with pinyin left",
    # seventh batch (the session's final unseen measure, added after it was scored)
    "county_city_union_salt_wugang": "title salt left in two paragraphs",
    # fourth batch (the session's last unseen measure, added after it was scored)
    "countypaper_salt_yuyao": "title salt with no dangling chunk and chunks inside words is not found",
    # third batch (written as the session's final unseen measure, added after it was scored)
    "media_salt_jammer_yubei": "title salt whose chunks all read as words is not found (the rule that found it also "
                               "cut real title words out of an unsalted page, and was taken out)",
    "chaoyang_changchun_salt_jammer": "title salt left inside clauses, a real title word taken",
    "county_salt_jammer_yudu": "title salt left (one-character chunks, chunks inside clauses)",
    "town_salt_dup_changan": "title salt left, real title words taken",
    # batch 63 (session 11, scored on 7eec065 before any fix)
    # batch 65 (session 11, scored on 53a47e2 before any fix)
    # batch 67 (session 11's final text measure, scored on 86f4b12 before any fix)
    # batch 69 (session 12, scored on 7962ce2 before any fix)
    "crawl69_text_p06": "the 附件: line kept, as notices' golds keep it; this gold drops it (the title, the annexed list "
                         "and the colophon are read as the gold has them; the signature goes with the imprint)",
    # batch 71 (session 12, scored on 7962ce2 before any fix)
    # batch 73 (session 12, scored on 0d89746 after the fixes of batches 69-71)
    "crawl73_text_p06": "the notice's signature date kept (debatable: 31 of 37 notice golds keep the signature; this one drops it)",
    # batch 74 (session 12, a plain cross-section scored on 2539aa6 after the fixes of batches 69-72)
    # batch 76 (session 12's final text measure, a plain cross-section scored on 2d60397, not fixed after)
    # batch 78 (session 13, a plain cross-section scored on 5331fe3, session 12's final code)
    # batch 80 (session 13, 12 pages all damaged, scored on 5331fe3)
    # batch 83 (session 13, 14 text pages stressing the extractor, scored on df3a668)
    "crawl83_text_d5": "the notice's signature (issuer over its date) kept: debatable, 31 of 37 notice golds keep it",
    # batch 81 (session 13's final text measure, a plain cross-section scored on 2559594, added after it was scored)
    # batch 85 (session 14, 14 text pages, 5 damaged, a cross-section scored on ab3d739, session 13's final code)
    # batch 87 (session 14, 14 text pages of less common kinds, 5 damaged, scored on 2502a56)
    # batch 89 (session 15, 14 text pages, 5 damaged, a cross-section scored on b41f0bd, session 14's final code)
    # batch 91 (session 16, 14 text pages, 7 damaged, a cross-section scored on 74df685, session 15's final code)
    # batch 93 (session 16, 12 text pages, 4 damaged, a cross-section scored once on abb2364, session 16's final code)
    # batch 94 (session 17, 14 text pages, 5 damaged, a cross-section scored on 1f4740b, session 16's final code)
    # batch 96 (session 17, 12 text pages, 4 damaged, a cross-section scored once on 573c7c4, session 17's final code)
    # batch 97 (session 18, 14 text pages, 5 damaged, scored on dff0e48, session 17's final code)
    "crawl97_text_p05": "a PDF notice's 附件 list kept, as most notice golds keep it (18 of 20 annex lists); this gold "
                        "drops it, as the PDF notices' golds do (debatable; the signature goes with the imprint)",
    # batch 100 (session 18, 10 text pages, 3 damaged, scored on 15ce134, after batches 97/98's fixes)
    # batch 99 (session 18, 12 text pages, 4 damaged, a cross-section frozen at the session's start, scored once on cd05e41, session 18's final code)
    "crawl99_text_d3": "title salt: 13 of 17 pieces kept while real 劳模工匠 and 洛阳 are cut from unsalted text",
    # batch 102 (session 19, 12 text pages, 4 damaged, scored on 28ca36b)
    # batch 105 (session 19, 12 text pages of less common kinds, 4 damaged, scored on f41d68f)
    # batch 104 (session 19, 12 text pages, 4 damaged, a cross-section frozen at the session's start, scored once on 04af640, session 19's final code)
    # batch 107 (session 20, 12 text pages, 4 damaged, less common kinds, scored on 9ab3f17)
    "crawl107_text_p02": "a notice's signature and date block after 特此公告 kept (debatable: of 49 golds titled as a document "
                         "with an issuer-over-date signature, 39 keep it, 10 drop it; after 特此… 1 keeps, 2 drop)",
    # batch 110 (session 20, 10 text pages, 3 damaged, scored on 308df3a)
    "crawl110_text_d1": "a voting announcement's signature and date kept (debatable: most notice golds keep it)",
    "crawl110_text_d3": "a recruitment notice's signature and date kept (debatable: most notice golds keep it)",
    # batch 109 (session 20, 12 text pages, 4 damaged, a cross-section frozen at the session's start, scored once on its final code)
    "crawl109_text_d1": "a forum signature slogan (工会是职工之家，有事找工会！欢迎大家多多关注…~) kept",
    "crawl109_text_d3": "title salt on a content-farm reprint: fragments left and some real text cut (F1 0.974)",
    # batches 112 (12 text pages, 4 damaged, scored by the tester on d2fad16e) and 114 (12 text pages, 4 damaged, a frozen
    # measure scored on d2fad16e before any fix; golds of 112 p02, 114 p03/p06 mended to the seed's district-union form)
    "crawl112_text_d1": "title salt inside sentences left, real words cut from an unsalted paragraph",
    "crawl112_text_d2": "title salt in the prose paragraphs of an award list left",
    # batch 117 (12 text pages, 4 damaged, less common kinds, scored by the tester on main mid-session 21, f855e818 to fdb5f52f)
    "crawl117_text_d4": "title salt left on a traditional page (the page's own union and English names among the chunks)",
    # batch 121 (12 text pages, 4 damaged, less common kinds, scored by the tester on main 4723b37c-era code, session 21)
    # batch 116 (12 text pages, 4 damaged, a cross-section frozen at session 21's start, scored once on its final code 9e83455a)
    "crawl116_text_d4": "title salt partly left on a traditional page with jammers (F1 0.978)",
    "crawl116_text_p07": "the notice's signature (issuer, date) kept: most notice golds keep it, this one drops it",
    # batch 123 (session 22, 12 text pages, 4 damaged, less common kinds, scored by the tester on 6c7dcf62)
    # batch 127 (session 22, 12 text pages, 4 damaged, less common kinds, scored by the tester on 69ee9d80)
    # batch 125 (session 22, 12 text pages, 4 damaged, frozen at session 22's start, scored once on f9f3ccbe, session 23)
    # batch 129 (session 23, 12 text pages, 4 damaged, less common kinds, scored by the tester on 6793ad3d)
    # batch 135 (session 23, 12 text pages, 4 damaged, non-union sites carrying union news, scored by the tester on 8e5f7f39)
    "crawl135_text_d4": "title salt on a mixed simplified/traditional page left (市總業態勞工會, 市柳州总工会联柳州合)",
    # batch 133 (session 23, 12 text pages, 4 damaged, less common kinds, scored by the tester on 8722fcbc)
    "crawl133_text_d1": "whole title words salted in random order partly left (新就业总工会形态, 会员关临泉县系)",
    # batch 137 (session 24, 12 text pages, 4 damaged, scored by the tester on 5b9b5f0e)
    # batch 131 (session 23, 12 text pages, 4 damaged, frozen at session 23's start, scored once on fd55077d, session 24's final code)
    "crawl131_text_d1": "title salt of non-words (助工会, 金助) left while real title words are cut (发放, 区总工会 where the title holds 麦积区总工会发放…助学金)",
    "crawl131_text_p06": "the gold keeps a leading 本报讯(记者… 通讯员…) in the body, which the issue and the seeds remove (gold policy)",
    # batch 139 (session 25, 12 text pages, 4 damaged, pages saved by unusual scrapers and readers, scored by the tester on 139c23ea)
    # batch 141 (session 25, 12 text pages, 4 damaged, a month's mixed crawl, frozen at the session's start, scored once on dd675163)
    # batch 143 (session 26, 12 text pages, 4 damaged, sector and county union sites, bulletins, photo reports, scored by the tester on f99cc240)
    # batch 145 (session 26, 12 text pages, 4 damaged, a week's mixed crawl, frozen at the session's start, scored once on 1afc4a83)
    "crawl145_text_d1": "heavy title salt left nearly whole (pieces out of title order and interleaved: 年职工涧数控西区总工会)",
    # batch 147 (session 26, 12 text pages, 4 damaged, places and kinds rarely seen: autonomous regions, Hong Kong and Macau, work report, training notice, interview, browser text save, video transcript, scored by the tester on dca45bd7)
    "crawl147_text_d1": "whole title words salted at clause openings left (送技能, 总工会, 侗乡, 黔东南州)",
    "crawl147_text_p04": "a notice's signature and date dropped by this gold, kept (debatable: most notice golds keep them)",
    # batch 149 (session 27, 12 text pages, 4 damaged, scored by the tester on f464a619)
    "crawl149_text_d1": "salt: title salt cut from real words (格尔木市 → 木市, 组织劳模工匠) while a run of it is left (劳模工工匠走会)",
    # batch 153 (session 27, 12 text pages, 4 damaged, scored by the tester on d77f611c)
    "crawl153_text_d2": "salt: title salt left in every paragraph (马铃薯, 田间地头, 送到) while a whole 西吉县总工会 is cut",
    # batch 151 (session 27, 12 text pages, 4 damaged, a week's mixed crawl frozen at the session's start, scored once on b4608002)
    "crawl151_text_d2": "heavy title salt on a reprint farm: pieces left in every paragraph (第二会主办比武, 一比武线) while real words are cut (晋江市总工会, 鞋服, 缝纫工, 许雅玲)",
    # batch 155 (session 27, 10 text pages, 3 damaged, scored by the tester on e7bc20fe)
    "crawl155_text_p05": "a notice's signature and date kept, this gold drops them (debatable: most notice golds keep them)",
    # batch 157 (session 28, 12 text pages, 5 damaged, scored by the tester on 49bede26)
    # batch 161 (session 29, 12 text pages, 3 damaged, scored on 39933d3a: F1 0.9935, titles 11/12, stray 4, meta 61/62)
    # batch 165 (session 29, 12 text pages, 4 damaged, scored on 50547f69: F1 0.9879, titles 12/12, stray 4); d1 and d2
    # pass with title salt left (免费, 筛查; 总工, 成长, 助力) and two real words cut (技能, the salting helper's)
    "crawl165_text_p01": "a speech's heading set under the info bar (——在…讲话 / speaker / (date)) dropped, this gold keeps it in "
                         "the body; crawl145_text_p07 and the unit test of a speech's title want the stack under the title "
                         "joined to it, speaker and date dropped, and the output of a kept heading reads as that stack",
}


def _page_cases():
    for p in GOLDS:
        name = p.name.split(".")[0]
        marks = [pytest.mark.xfail(reason=KNOWN_MISSES[name], strict=True)] if name in KNOWN_MISSES else []
        yield pytest.param(p, id=name, marks=marks)


@pytest.mark.parametrize("gold_path", list(_page_cases()))
def test_layout_page(gold_path):
    raw, gold = load(gold_path)
    art = clean_text(raw)
    out = [art.title or "", *art.body]
    exp = [gold["title"], *gold["body"]]
    assert squash(art.title) == squash(gold["title"])
    assert stray(out, gold) == []
    assert char_f1(exp, out) >= 0.98
    assert noise_removed(raw, exp, out) >= 0.95


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_layout_page_is_a_fixed_point(gold_path):
    raw, _ = load(gold_path)
    art = clean_text(raw)
    again = clean_text("\n".join([art.title or "", *art.body]))
    assert (again.title, again.body) == (art.title, art.body)


@pytest.mark.parametrize("gold_path", GOLDS, ids=lambda p: p.name.split(".")[0])
def test_layout_gold_is_well_formed(gold_path):
    raw, gold = load(gold_path)
    assert set(gold["meta"]) == META_FIELDS
    assert gold["id"] == gold_path.name.split(".")[0]
    # Every gold paragraph's characters occur in the page in order (gold is cut from the page, never invented).
    # (a greedy walk decides "in order" exactly; difflib's blocks miss characters between salt fragments)
    page = squash(raw)
    for para in [gold["title"], *gold["body"]]:
        rest = iter(page)
        assert all(ch in rest for ch in squash(para)), para

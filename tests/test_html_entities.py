"""Entities extracted from the saved HTML pages (tests/data/html), scored against their golds.

The HTML pages' titles, text and meta are checked in test_html_layouts; this file checks what
`extract` finds in them (unions, people, places) with the scorer's rules: precision and recall
of at least 0.95 per page and kind, as the text layouts' entities are checked. Misses that are
known are strict xfails, so a fix shows up as an unexpected pass.
"""

from __future__ import annotations

import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from scoring import names, place_keys, pr  # noqa: E402 - the scorer's rules, shared by the layout tests
from test_html_layouts import GOLDS, load, page_id  # noqa: E402 - the pages and how they are read

from unionkit.extract import extract
from unionkit.record import to_dict

# (page, kind) -> why it misses (xfail strict).
# Recorded when this test was written (session 10, on 8bd0207): what each page's extraction lacked or added.
# Debatable golds among them: Hong Kong, Macau and Taiwan places (other such golds list none); 全国总工会
# expanded to the federation's full name; a bare province in an organisation's name.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    # batch 62 (session 11, scored on f83224e before any fix)
    # batch 60 (session 11, scored on 98a69dc before any fix)
    # batch 58 (8 unseen HTML pages, added after they were scored on ef989fb; gold conflict on p02/p04/p05/p08: this tester's
    # golds list only reporters, the older golds list editors, reviewers and authors too)
    ("crawl58_html_p02", "people"): "extra 程刚, 童欣: editor and reviewer (gold conflict, see above)",
    ("crawl58_html_p04", "people"): "extra 池晓雯, an editor (gold conflict, see above)",
    ("crawl58_html_p05", "people"): "extra 段云飞, 苏婧: editor and reviewer (gold conflict, see above)",
    ("crawl58_html_p08", "people"): "extra 王雅琴, an editor (gold conflict, see above)",
    # batch 56 (12 unseen HTML pages, added after they were scored on d08da0c; golds mended on the tester's report)
    ("crawl56_html_p03", "places"): "missed 云南 written inside a company name and the page chrome (debatable)",
    ("crawl12_html_p11", "unions"): "missed 桃園市產業總工會",
    ("crawl12_html_p11", "places"): "missed 臺灣省/桃園市/-, 臺灣省/桃園市/中壢區",
    ("crawl17_html_p08", "places"): "missed 香港特別行政區/-/-",
    ("crawl20_html_p03", "unions"): "missed 全国总工会 (gold conflict: gov_province_cms and people_style_news expand a bare 全国总工会)",
    ("crawl22_html_p05", "places"): "missed 广东省/-/-",
    ("crawl29_html_p08", "people"): "extra 刘云 (gold conflict: 初审：刘云 of the editor line; the other golds with a 初审 reviewer list them)",
    ("crawl38_html_p01", "places"): "missed 澳門特別行政區/-/-",
    ("crawl38_html_p02", "places"): "missed 香港特別行政區/-/-",
    ("crawl40_html_p08", "people"): "missed 蒲德贵 (clean drops the 工 of 钢筋工蒲德贵 with the page's salt: 的钢筋蒲德贵说)",
    ("crawl48_html_p09", "places"): "missed 新疆维吾尔自治区/-/-",
    ("crawl54_html_p09", "unions"): "missed 全国总工会; extra 中华全国总工会 (gold conflict: gov_province_cms and people_style_news expand a bare 全国总工会)",
    ("crawl56_html_p12", "people"): "missed 罗晓燕, 母春兰 (salt 开展 left by clean before the list: ,开展罗晓燕、母春兰分获; the unsalted sentence is read)",
    ("crawl8_html_h12", "unions"): "extra 抚州市总工会",
    ("tw_union_trad", "unions"): "missed 產業總工會",
    # batch 64 (session 11, scored on 7eec065 before any fix)
    ("crawl64_html_p05", "unions"): "达茂旗总工会 given in full as 达尔罕茂明安联合旗总工会 (debatable: other golds, e.g. crawl33_text_05, want the official name for a bare 旗/县总工会)",
    # batch 66 (session 11, scored on 53a47e2 before any fix)
    ("crawl66_html_p06", "people"): "missed 鄂晓东 after 的 (今年考入…的鄂晓东是一名…学生; debatable)",
    # batch 70 (session 12, scored on 7962ce2 before any fix); a bare province inside a firm's or bank's name is left
    # out, as 34 of the 44 older golds with one do (debatable: this tester lists it)
    ("crawl70_html_d2", "places"): "missed 黑龍江 in a bank's name and 牡丹江 in a campaign name (debatable, see above)",
    ("crawl70_html_p02", "places"): "missed 甘肃 in a firm's name (debatable, see above)",
    ("crawl70_html_p04", "places"): "missed 河北 in a firm's union name (debatable, see above)",
    ("crawl70_html_p05", "places"): "missed 山西 in a firm's union name (debatable, see above)",
    # batch 72 (session 12, scored on 63f2477 after the fixes of batches 69-71)
    ("crawl72_html_p03", "places"): "district short forms inside branch-company names (翠屏供电分公司) not listed (debatable)",
    # batch 75 (session 12, a plain cross-section scored on 2539aa6 after the fixes of batches 69-72)
    # batch 77 (session 12's final HTML measure, a plain cross-section scored on 2d60397, not fixed after)
    ("crawl77_html_d1", "places"): "江苏 only inside an app's name (江苏工会) not listed (debatable)",
    # batch 84 (session 13, 8 HTML pages stressing markup, scored on df3a668)
    # batch 82 (session 13's final HTML measure, a plain cross-section scored on 2559594, added after it was scored)
    ("crawl82_html_d1", "places"): "the municipality's short form 重庆 inside a union name not listed",
    # batch 86 (session 14, 8 HTML pages, 3 damaged, a cross-section scored on ab3d739, session 13's final code)
    ("crawl86_html_p05", "places"): "兰州 only inside a university's and a campaign's name not listed (debatable)",
    # batch 88 (session 14, 8 HTML pages of less common markup, 3 damaged, scored on 2502a56)
    ("crawl88_html_d3", "unions"): "蘭州市七里河區總工會 given as its short form 七里河區總工會",
    ("crawl88_html_p03", "unions"): "安康市汉滨区富硒茶产业工会联合会 given short (most golds name a district's union without its city)",
    # batch 90 (session 15, 8 HTML pages, 3 damaged, a cross-section scored on b41f0bd, session 14's final code)
    ("crawl90_html_p02", "unions"): "the full 张掖市甘州区总工会 given short (debatable: of 123 city + district unions the golds' "
                                    "texts write in full, 103 golds list the district's short form, 20 the full one)",
    # batch 95 (session 17, 8 HTML pages, 3 damaged, scored on 1f4740b, session 16's final code)
    ("crawl95_html_d3", "unions"): "蘭州市安寧區總工會 given as 安寧區總工會",
    # batch 98 (session 18, 8 HTML pages, 3 damaged, scored on dff0e48, session 17's final code)
    ("crawl98_html_p05", "places"): "扬州 inside a university's name not listed (debatable, as older golds)",
    # batch 101 (session 18, 6 HTML pages, 2 damaged, scored on 15ce134, after batches 97/98's fixes)
    ("crawl101_html_p02", "places"): "浙江 inside a firm's union name not listed (debatable, as older golds)",
    # batch 103 (session 19, 8 HTML pages, 3 damaged, scored on 28ca36b)
    ("crawl103_html_d2", "people"): "missed the blog author 阿明, a nickname (gold conflict: of 31 other byline nicknames 阿X/小X/老X in the "
                                    "golds' meta, 30 are not listed as people (阿旺 is a Tibetan name), among them the authors 小椰, 小新, 小蔷, 老周, 老蒋)",
    ("crawl103_html_p01", "places"): "missed 湖北 named only in an app (gold conflict: crawl46_html_p11, county_jammer_tiandong, "
                                     "crawl37_text_12, crawl81_text_p02, crawl89_text_d2 list no province named only in an app)",
    ("crawl103_html_p04", "places"): "missed 宁夏 named only in a mini-program (gold conflict, see crawl103_html_p01)",
    # batch 106 (session 19, 8 HTML pages, 3 damaged, scored on f41d68f)
    # batch 108 (session 20, 8 HTML pages, 3 damaged, less common markup, scored on 9ab3f17)
    # batch 111 (session 20, 6 HTML pages, 2 damaged, scored on 308df3a)
    # batch 113 (8 HTML pages, 3 damaged, scored by the tester on d2fad16e)
    # batch 118 (8 HTML pages, 3 damaged, less common markup, scored by the tester mid-session 21)
    # batch 120 (8 HTML pages, 3 damaged, a plain cross-section, scored by the tester on 50a6ea27)
    ("crawl120_html_p02", "places"): "missed 陕西省 inside an event name (陕西省职工职业技能大赛, debatable)",
    # batch 122 (8 HTML pages, 3 damaged, less common markup, scored by the tester, session 21)
    # batch 128 (session 22, 8 HTML pages, 2 damaged, less common markup, scored by the tester on 6ef19444)
    ("crawl128_html_p08", "places"): "missed 香港, written only inside two unions' names (debatable: of the golds with a bare "
                                     "香港/澳門 only inside a union's name, 8 list none, 3 list it; a suffixed name there always counts)",
    # batch 126 (session 22, 8 plain HTML pages, frozen at session 22's start, scored once on f9f3ccbe, session 23)
    ("crawl126_html_p02", "unions"): "张掖市甘州区总工会 given by district (golds split, see p03)",
    ("crawl126_html_p03", "unions"): "a district union given by district where the page writes it with its city too (128 golds of 137 name it by district; this batch's 4 with the city)",
    ("crawl126_html_p05", "unions"): "成都市武侯区总工会 given by district (golds split, see p03)",
    ("crawl126_html_p08", "unions"): "鞍山市铁西区总工会 given by district (golds split, see p03)",
    # batch 130 (session 23, 8 HTML pages, 2 damaged, less common markup, scored by the tester on 6793ad3d)
    ("crawl130_html_d1", "unions"): "道里区总工会 given by district where the page writes it with its city too (golds split, see crawl126_html_p03)",
    ("crawl130_html_p02", "unions"): "圣城街道…联合工会, a town's union named from the town on (gold conflict: this "
                                     "gold keeps the city before the town; 11 golds drop it, crawl84_html_p03 among them)",
    # batch 134 (session 23, 8 HTML pages, 2 damaged, less common markup, scored by the tester on 8722fcbc)
    # batch 136 (session 23, scored by the tester on 8e5f7f39)
    # batch 138 (session 24, scored by the tester on 5b9b5f0e)
    # batch 132 (session 23, 8 HTML pages, frozen, scored once on fd55077d, session 24's final code)
    ("crawl132_html_d1", "people"): "a name cut by title salt left in its sentence (王立新 in a salted paragraph) missed",
    # batch 140 (session 25, 8 HTML pages, 2 damaged, mobile and syndicated markup, scored by the tester on 139c23ea)
    # batch 142 (session 25, 8 HTML pages, 2 damaged, a mix of CMS markup, frozen at the session's start, scored once on dd675163)
    # batch 144 (session 26, 8 HTML pages, 2 damaged, older government and union CMS templates in GBK, scored by the tester on f99cc240)
    # batch 148 (session 26, 8 HTML pages, 2 damaged, less common markup: one cell per paragraph, Big5 release, br-separated div, SSR with hydration JSON, dl metadata, magazine article, scored by the tester on dca45bd7)
    ("crawl148_html_p01", "people"): "a photographer named only in a caption's credit ((摄影:X)) missed (debatable)",
    ("crawl148_html_p02", "people"): "a media contact after the end mark (傳媒查詢:X(總幹事)) missed (debatable)",
    ("crawl148_html_p02", "places"): "香港 inside the unions' names not listed (golds split on a bare 香港)",
    ("crawl148_html_p06", "unions"): "a union named only in the author-unit line ((作者单位:许昌市总工会)) missed (debatable)",
    # batch 152 (session 27, 8 HTML pages, 2 damaged, frozen at the session's start, scored once on b4608002)
    # batch 158 (session 28, 8 HTML pages, 2 damaged, scored by the tester on 49bede26)
    ("crawl158_html_d1", "places"): "a bare 包头 not listed",
    # batch 160 (session 28, 8 HTML pages, 2 damaged, frozen, scored once on 24ea6d91)
}


def _cases():
    for p in GOLDS:
        for kind in ("unions", "people", "places"):
            why = KNOWN_MISSES.get((page_id(p), kind))
            marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
            yield pytest.param(p, kind, id=f"{page_id(p)}-{kind}", marks=marks)


def entity_pr(gold: dict, found: dict, kind: str) -> tuple[float, float]:
    """Precision and recall of one kind of entity, with the scorer's rules (optional unions count either way)."""
    if kind == "places":
        return pr(place_keys(gold["places"]), place_keys(found["places"]))
    opt = names(gold.get("optional_unions", [])) if kind == "unions" else set()
    return pr(names(gold[kind]), names(found[kind]), opt)


@pytest.mark.parametrize("gold_path,kind", list(_cases()))
def test_html_entities(gold_path, kind):
    gold, _, art = load(gold_path)
    found = to_dict(extract(art))["entities"]
    p, r = entity_pr(gold["entities"], found, kind)
    assert p >= 0.95 and r >= 0.95, (sorted(names(gold["entities"][kind])), sorted(names(found[kind])))


def test_entity_pr_can_fail():
    """The restated rules reject a wrong or missing entity."""
    gold = {"unions": [{"name": "甲市总工会"}], "people": [], "places": [], "optional_unions": [{"name": "乙工会"}]}
    assert entity_pr(gold, {"unions": [{"name": "甲市总工会"}, {"name": "乙工会"}]}, "unions") == (1.0, 1.0)
    assert entity_pr(gold, {"unions": [{"name": "丙工会"}]}, "unions") == (0.0, 0.0)

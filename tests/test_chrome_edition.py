"""An e-paper's edition line without the paper's name, and a national body's English name closing on its country,
with their negatives; a headline list's heading after the page index's label ([版面导航] 本版标题)."""

from unionkit.clean import chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

BODY = ("6月12日，某某市总工会举办船舶涂装工职业技能竞赛，来自全市12家企业的48名选手参赛。\n"
        "竞赛分理论考试和实际操作两部分，实际操作包括喷涂、膜厚检测等项目。\n")


def test_edition_line_without_paper():
    for t in ("A3版 县域 2024-06-14", "第03版:要闻", "3版 综合新闻", "A03版 县区新闻 2024年06月14日", "某某日报 A03 县区新闻"):
        assert chrome.epaper_label(t), t
        assert chrome.tail_kind(t) == "navigation", t


def test_edition_look_alikes_stay():
    for t in ("第3版刊登文章", "3版面", "A3版 县域 2024-06-14 记者张三报道", "第二版", "新版 服务指南",
              "本报第3版刊登了这篇文章。"):
        assert not chrome.epaper_label(t), t


def test_edition_line_under_text_removed():
    art = clean_page("某某市举办船舶涂装技能竞赛\n\n" + BODY + "\nA3版 县域 2024-06-14\n")
    assert len(art.body) == 2
    assert [r.kind for r in art.removed if "A3版" in r.text] == ["navigation"]


def test_english_name_closing_on_country():
    for t in ("National Committee of Agriculture, Forestry, Water Conservancy and Meteorology Trade Union of China",
              "Seamen's Union of China", "Federation of Trade Unions of the People's Republic of China"):
        assert chrome.english_name_line(t), t


def test_english_headline_with_country_stays():
    for t in ("Trade Union Leaders of China Meet in Beijing", "The Union of China", "Workers of China",
              "Union members visit the factory of China Steel."):
        assert not chrome.english_name_line(t), t


def test_headline_list_heading_after_the_page_index_label():
    # an e-paper's list of its page's stories, headed by the page index's label and the list's heading on one line
    for t in ("[版面导航] 本版标题", "【版面导航】本版新闻", "版面导航] 本版文章:"):
        assert chrome.tail_kind(fold(t)) == "related_links", t
    assert chrome.tail_kind("版面导航显示本版标题和图片") is None
    page = ("某某日报\n第A05版:职工天地\n\n某某公司工会举办职工书画展\n本报记者 某某\n\n" + BODY
            + "\n[版面导航] 本版标题\n· 某某区总工会开展送清凉活动\n· 一线来信：食堂里的“家常菜”\n")
    art = clean_page(page)
    assert not any("送清凉" in p or "版面导航" in p for p in art.body), art.body

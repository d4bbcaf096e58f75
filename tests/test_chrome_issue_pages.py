"""An e-paper's footer line counting the issue's pages (本期共有 12 版), with the other e-paper chrome under the text,
and the counts of people or items that stay."""

from unionkit.clean import chrome
from unionkit.clean.pipeline import clean_page

BODY = ("6月12日，某某市总工会举办职工技能竞赛，来自全市12家企业的48名选手参赛。\n"
        "竞赛分理论考试和实际操作两部分，实际操作包括喷涂、膜厚检测等项目。\n")


def test_issue_page_count_is_navigation():
    for t in ("本期共有 12 版", "本期共12版", "今日共8版", "本期共有十二版", "本期共有 12 个版面", "本期共有１２版"):
        assert chrome.tail_kind(t) == "navigation", t


def test_issue_count_look_alikes_stay():
    for t in ("本期共有12名学员", "本期共有12版，欢迎阅读。", "本期共有12期学员参加培训", "共有12版块内容"):
        assert chrome.tail_kind(t) is None, t


def test_epaper_footer_under_text_removed():
    page = "某某市举办职工技能竞赛\n\n" + BODY + "\n本版责编：张静\n上一版 下一版\n第05版：综合\n版面导航\n本期共有 12 版\n"
    art = clean_page(page)
    assert len(art.body) == 2
    assert {r.kind for r in art.removed if "版" in r.text} <= {"navigation", "editor_line"}
    assert any("本期共有" in r.text for r in art.removed)

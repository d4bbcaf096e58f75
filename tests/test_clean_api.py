"""The clean API: clean_text, clean_article, explain; idempotence and line numbers."""

from __future__ import annotations

import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from clean_pagegen import make_page  # noqa: E402

from unionkit.clean import clean_article, clean_text, explain  # noqa: E402
from unionkit.record import Article  # noqa: E402

EXAMPLES = sorted((pathlib.Path(__file__).parent.parent / "examples").glob("*.txt"))
PAGE = """某某工会网
首页 > 工会新闻 > 正文
市总工会举办职工技能大赛 - 工会新闻 - 某某工会网
发布时间:2024-05-01 10:00  来源:某某日报  点击:35次
□记者 王刚
本报讯 近日,市总工会举办第五届职工职业技能大赛,全市30家企业的200余名职工参赛。
比赛设电工、焊工等8个项目,获奖选手将被推荐申报市五一劳动奖章。(李明)
(责任编辑:张三)
相关阅读
某某区总工会开展送清凉活动
版权所有 某某工会网
"""


def test_clean_text_sample_page():
    art = clean_text(PAGE, path="x/page.txt")
    assert art.id == "page"
    assert art.title == "市总工会举办职工技能大赛"
    assert art.body == ["近日,市总工会举办第五届职工职业技能大赛,全市30家企业的200余名职工参赛。",
                        "比赛设电工、焊工等8个项目,获奖选手将被推荐申报市五一劳动奖章。"]
    got = {(r.kind, r.text, r.line) for r in art.removed}
    assert ("title_suffix", "- 工会新闻 - 某某工会网", 3) in got
    assert ("page_header", "发布时间:2024-05-01 10:00 来源:某某日报 点击:35次", 4) in got
    assert ("byline", "□记者 王刚", 5) in got
    assert ("byline", "本报讯", 6) in got
    assert ("byline", "(李明)", 7) in got
    assert ("editor_line", "(责任编辑:张三)", 8) in got
    assert ("related_links", "某某区总工会开展送清凉活动", 10) in got
    assert ("site_footer", "版权所有 某某工会网", 11) in got


def test_explain_reconstructs_and_labels():
    segs = explain(PAGE)
    assert "".join(s for s, _ in segs) == PAGE
    kinds = {k for _, k in segs}
    assert {None, "page_header", "byline", "title_suffix", "site_footer"} <= kinds
    assert ("(责任编辑:张三)", "editor_line") in [(s.strip(), k) for s, k in segs]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_idempotent_on_examples(path):
    art = clean_text(path.read_text(encoding="utf-8"))
    again = clean_text(art.text())
    assert again.title == art.title
    assert again.body == art.body


@pytest.mark.parametrize("seed", range(0, 200, 13))
def test_idempotent_on_generated(seed):
    art = clean_text(make_page(seed)[0])
    again = clean_text(art.text())
    assert (again.title, again.body) == (art.title, art.body)


def test_clean_article_raw_and_clean():
    raw = Article(id="a1", raw=PAGE)
    raw.meta.url = "http://example.com/a"
    out = clean_article(raw)
    assert out.title == "市总工会举办职工技能大赛" and out.meta.url == "http://example.com/a" and out.id == "a1"
    same = clean_article(out)
    assert (same.title, same.body, same.removed) == (out.title, out.body, out.removed)


def test_warns_on_lost_characters():
    art = clean_text("标题一个很长的标题啊\n社会氛围?!?·8”前选树四川省五一巾帼标兵岗,是为了更好的明天而努力奋斗的一年。\n")
    assert any("?!?" in w for w in art.warnings)
    assert "?!?" in art.body[0]


def test_traditional_page():
    text, exp = next(make_page(s) for s in range(200) if make_page(s)[1]["style"] == "news-trad")
    art = clean_text(text)
    assert art.title == exp["title"]


def test_forum_thread_traditional_with_replies():
    text = (pathlib.Path(__file__).parent / "data" / "clean_forum_trad.txt").read_text(encoding="utf-8")
    art = clean_text(text)
    assert art.title == "我們廠的工會真給力"
    assert len(art.body) == 2 and art.body[1].startswith("工會主席")
    kinds = {r.line: r.kind for r in art.removed}
    assert kinds[4] == "user_profile" and kinds[8] == "forum_chrome"
    assert kinds[12] == "signature" and kinds[15] == "forum_chrome"


def test_script_conversion_of_kept_text():
    pytest.importorskip("unionkit.clean.script")
    art = clean_text("凝聚職工力量 助創文明城市\n今年以來,全市工會緊緊圍繞各項部署要求,積極動員全市廣大職工群眾主動參與。\n", to="simplified")
    assert art.title == "凝聚职工力量 助创文明城市"
    assert art.body[0].startswith("今年以来,全市工会")


def _clean(text: str):
    from unionkit.clean import clean_text
    return clean_text(text)


def test_newspaper_stack_kicker_headline_subtitle():
    """引题 / 主题 / 副题: the middle line is the title, the 副题 with its figures is no paragraph."""
    page = ("某某工人报数字报\n2024年03月27日 星期三\n版面导航\n第03版:工会新闻\n"
            "搭平台 优服务 强技能\n某区“工匠夜校”开进产业园\n今年已培训职工2300余人次\n"
            "本报讯(记者 王某)3月25日晚,某区总工会“工匠夜校”春季班开课,首批80名一线职工走进课堂。\n"
            "夜校开设工业机器人操作、数控加工等6个专业,学员结业考核合格后可以参加职业技能等级认定。\n"
            "本版编辑:许诺\n版面导航\n第01版:要闻 第02版:综合 第03版:基层\n")
    art = _clean(page)
    assert art.title == "某区“工匠夜校”开进产业园"
    assert len(art.body) == 2 and art.body[0].startswith("3月25日晚")
    kinds = {(r.kind, r.text) for r in art.removed}
    assert ("page_header", "今年已培训职工2300余人次") in kinds and ("editor_line", "本版编辑:许诺") in kinds


def test_section_heading_under_a_title_stays():
    page = ("某市总工会为陶瓷产业工人开展职业病免费筛查\n2024-06-11 来源:某某日报\n把职业病挡在厂门外\n"
            "6月上旬,某市总工会组织医疗队走进12家陶瓷企业,为1380名职工开展职业病免费筛查。\n")
    assert _clean(page).body[0] == "把职业病挡在厂门外"


def test_tieba_thread_first_post_only():
    page = ("百度贴吧\n某区吧\n关注  签到\n某区总工会给快递小哥送“清凉包”了\n只看楼主  收藏  回复\n"
            "天中小蚂蚁 楼主\nLv.7 吧主\n"
            "7月18日上午,某区总工会在新就业形态劳动者服务中心开展“夏送清凉”活动,为200名快递员送上“清凉包”。\n"
            "来自Android客户端 1楼 2023-07-18 19:26 IP属地:河南\n回复\n我是路人\n去过那个服务站,有空调\n"
            "来自iPhone客户端 2楼 2023-07-18 20:03 IP属地:河南\n")
    art = _clean(page)
    assert art.title == "某区总工会给快递小哥送“清凉包”了"
    assert art.body == ["7月18日上午,某区总工会在新就业形态劳动者服务中心开展“夏送清凉”活动,为200名快递员送上“清凉包”。"]


def test_image_placeholder_and_its_caption():
    page = ("某区总工会为困难职工子女发放助学金\n2023-08-29 16:40\n"
            "8月28日,某区总工会举行“金秋助学”资金发放仪式,为300名困难职工子女发放助学金。\n图片\n助学金发放仪式现场\n"
            "今年考上大学的小陈说:“我会把这份关爱记在心里。”\n")
    art = _clean(page)
    assert art.captions == ["助学金发放仪式现场"] and len(art.body) == 2
    assert ("markup", "图片") in {(r.kind, r.text) for r in art.removed}

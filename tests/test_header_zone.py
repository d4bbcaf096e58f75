"""A Latin-only line in a Chinese page's header zone (an English slogan or site name with commas, no sentence end)
does not open the body: the menus after it go as navigation. English paragraphs in a Chinese article and
English-only articles keep their text."""

from unionkit.clean import chrome
from unionkit.clean.pipeline import clean_page

# A variant of crawl56_html_p07's text dump: the English line under the logo no longer closes on a body's name
# ("… Trade Union of China"), so english_name_line misses it and only the header-zone rule can keep it out.
PAGE = """扎鲁特旗林草系统开展春季防火劳动竞赛--某某农林水利气象工会
某某农林水利气象工会
{english}
首页
工作要闻
基层动态
劳动竞赛
职工之家
林业
水利
气象
当前位置:首页>>基层动态>>林业
扎鲁特旗林草系统开展春季防火劳动竞赛
发布时间:2024-04-08    来源:通辽市总工会    字号:大 中 小
为做好春季森林草原防火工作,扎鲁特旗林业和草原局工会在全旗12个国有林场、草原管护站开展“护绿争先”春季防火劳动竞赛,480余名护林员、草管员参赛。
竞赛设置风力灭火机操作、火场通讯联络、巡护轨迹上报等6个项目,按照平时巡护考核与集中比武各占一半的方式计分。
据悉,竞赛结果将作为推荐“工人先锋号”和旗级五一劳动奖章的重要依据,旗总工会拿出5万元专项经费用于竞赛奖励。
打印 关闭
某某农林水利气象工会 版权所有 地址:北京市西城区 京ICP备05004321号
"""

SLOGANS = ("National Committee of Agriculture, Forestry, Water Conservancy and Meteorology",
           "Serving Workers, Building Harmony, Sharing Development Together",
           "Agriculture, Forestry, Water Conservancy, Meteorology and Land Reclamation")


def test_latin_label_line():
    for t in SLOGANS + ("Abc Machinery Co., Ltd.", "Home, News, Union Work, Contact Us"):
        assert chrome.latin_label_line(t), t


def test_latin_sentences_and_han_lines_are_not_labels():
    for t in ("On June 7, the union held a gathering. More than 150 workers came.",
              "Workers came from 12 enterprises, the union said.",
              "Is this the union's hall, or the workers' club?",
              "昆山市总工会, Kunshan Federation of Trade Unions, 举办活动",
              "2024, 05, 01", ""):
        assert not chrome.latin_label_line(t), t


def test_slogan_in_header_zone_does_not_open_body():
    for english in SLOGANS:
        art = clean_page(PAGE.format(english=english))
        assert len(art.body) == 3, english
        assert art.body[0].startswith("为做好春季森林草原防火工作"), english
        removed = {r.text for r in art.removed}
        assert english in removed and "工作要闻" in removed and "气象" in removed, english


def test_english_paragraph_inside_chinese_article_stays():
    text = ("某某市总工会举办职工联谊活动\n发布时间:2024-06-08 来源:某某市总工会\n"
            "6月7日，某某市总工会在职工服务中心举办联谊活动，来自12家企业的150余名职工参加。\n"
            "Union members, workers and their families, from twelve enterprises\n"
            "活动现场，职工们一起包粽子、做香囊，气氛热烈。\n")
    art = clean_page(text)
    assert "Union members, workers and their families, from twelve enterprises" in art.body
    assert len(art.body) == 3


def test_english_lede_over_chinese_text_stays():
    text = ("某某市总工会举办职工联谊活动\n发布时间:2024-06-08 来源:某某市总工会\n\n"
            "Workers, families and union staff, together at the Dragon Boat Festival\n"
            "6月7日，某某市总工会在职工服务中心举办联谊活动，来自12家企业的150余名职工参加。\n"
            "活动现场，职工们一起包粽子、做香囊，气氛热烈。\n")
    art = clean_page(text)
    assert art.body[0] == "Workers, families and union staff, together at the Dragon Boat Festival"
    assert len(art.body) == 3


def test_english_only_article_keeps_its_text():
    text = ("Union Holds Dragon Boat Festival Gathering\nDate: 2024-06-08\n\n"
            "Workers, families and union staff, all together at the hall of the federation\n"
            "On June 7, the federation held a Dragon Boat Festival gathering at the service center. "
            "More than 150 employees made zongzi together.\n"
            "The federation said it would keep helping enterprises set up trade unions, so that workers share its services.\n")
    art = clean_page(text)
    assert any(p.startswith("Workers, families and union staff") for p in art.body)
    assert any(p.startswith("On June 7") for p in art.body)


DATA = __import__("pathlib").Path(__file__).resolve().parent / "data" / "html"


def test_p07_dump_with_an_english_slogan_the_name_rule_misses():
    """crawl56_html_p07's text dump with its English name cut before "Trade Union of China": the gold body still."""
    import json
    text = (DATA / "crawl56_html_p07.txt").read_text(encoding="utf-8")
    name = next(ln for ln in text.splitlines() if ln.startswith("National Committee"))
    short = "National Committee of Agriculture, Forestry, Water Conservancy and Meteorology"
    assert not chrome.english_name_line(short)
    art = clean_page(text.replace(name, short))
    gold = json.loads((DATA / "crawl56_html_p07.gold.json").read_text(encoding="utf-8"))
    assert art.body == gold["body"]  # (the title is the dump's <title> row with its site suffix, as on the dump itself)
    assert short in {r.text for r in art.removed}

"""A Hong Kong paper's reporter credit naming where the report was filed from (【香江商報訊】記者何詠詩佛山報道：):
on a line of its own or opening the first paragraph, with or without its 【…訊】 tag; the reporter is the name
without the place, the tag is no author. Look-alike sentences on what a reporter did stay."""

import pytest

from unionkit.clean import byline
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page
from unionkit.extract import extract
from unionkit.extract.meta import parse_byline

TEXT = "佛山市南海區總工會日前啟動粵港青年職業交流計劃，首批22名香港青年將在南海區的智能製造企業進行為期六周的實習。"
MORE = "據了解，實習期間，南海區總工會將為港青提供住宿補貼及意外保險，並安排參觀廣州、深圳等地的科技企業。"


def _lead(paragraph: str) -> str:
    """The lead the rules take off the paragraph ('' when none)."""
    f = fold(paragraph)
    spans = byline.lead_spans(f)
    return f[:spans[0][1]].strip() if spans else ""


@pytest.mark.parametrize("line", ["【香江商報訊】記者何詠詩佛山報道：", "記者梁嘉欣惠州報道：", "【華南時報訊】記者梁嘉欣惠州報道：",
                                  "【香港商報訊】記者何嘉欣報道：", "【本報訊】記者何嘉欣報道", "記者于洋報道："])
def test_filed_from_credit_alone_is_a_byline(line):
    assert byline.byline_line(fold(line))


@pytest.mark.parametrize("line", ["記者在深圳報道了有關情況。", "記者近日報道：", "記者從市總工會獲悉：", "【香江商報訊】記者在深圳報道了"])
def test_reporter_sentences_are_no_byline(line):
    assert not byline.byline_line(fold(line))


@pytest.mark.parametrize("lead", ["【香江商報訊】記者何詠詩佛山報道：", "記者梁嘉欣惠州報道：", "【香港商報訊】記者何嘉欣報道："])
def test_filed_from_credit_opening_the_text_taken_off_and_text_kept(lead):
    assert _lead(lead + TEXT) == fold(lead).strip()
    art = clean_page("\n".join(["港聞", "", "南海區總工會推「灣區工匠」交流計劃", "", lead + TEXT, MORE, ""]))
    assert art.body[0] == TEXT


@pytest.mark.parametrize("paragraph, kept", [
    ("【華南時報訊】記者在深圳報道了有關情況，" + TEXT, "記者在深圳報道了"),
    ("記者近日報道：" + TEXT, "記者近日報道"),
    ("記者從市總工會獲悉：" + TEXT, "記者從市總工會"),
])
def test_reporter_sentence_opening_the_text_stays(paragraph, kept):
    assert kept not in _lead(paragraph)


@pytest.mark.parametrize("credit, reporter", [
    ("【香江商報訊】記者何詠詩佛山報道：", "何詠詩"), ("記者梁嘉欣惠州報道：", "梁嘉欣"), ("记者何嘉欣深圳报道:", "何嘉欣"),
    ("記者歐陽小明深圳報道：", "歐陽小明"),  # a four-character name
    ("記者張文昌報道：", "張文昌"), ("記者何嘉欣報道：", "何嘉欣"),  # no place: the name whole (文昌 is a place too)
    ("灣區新聞網記者 何嘉敏 深圳報道", "何嘉敏"),
])
def test_filed_from_reporter_is_the_name_without_the_place(credit, reporter):
    assert parse_byline(credit) == {"reporter": reporter}


def test_news_tag_alone_is_no_author():
    assert parse_byline("【香江商報訊】") == {}
    assert parse_byline("（市總工會宣教部）") == {"author": "市總工會宣教部"}  # a bracketed department still signs


def test_filed_from_page_meta():
    page = "\n".join(["香江商報網", "", "南海區總工會推「灣區工匠」交流計劃", "2024年7月3日 星期三 14:28", "",
                      "【香江商報訊】記者何詠詩佛山報道：", TEXT, MORE, "", "責任編輯：梁志豪", ""])
    meta = extract(clean_page(page)).meta
    assert (meta.reporter, meta.author) == ("何詠詩", None)


# Taiwan papers set the place after a slash, the credit in brackets: 【記者X／台北報導】, 〔記者X、Y／綜合報導〕.
@pytest.mark.parametrize("line", ["【記者陳美玲／台中報導】", "〔記者王俊傑、李佳蓉／綜合報導〕", "記者陳美玲／高雄報導",
                                  "【中央社記者黃文雄／台北報導】"])
def test_slash_filed_credit_alone_is_a_byline(line):
    assert byline.byline_line(fold(line))


@pytest.mark.parametrize("line", ["記者會上，他說／報導", "【記者會／台中報導】有關情況", "【產業中心／台北報導】"])
def test_slash_look_alikes_are_no_byline(line):
    assert not byline.byline_line(fold(line))


def test_slash_filed_credit_opening_the_text_taken_off():
    lead = "【記者陳美玲／台中報導】"
    assert _lead(lead + TEXT) == fold(lead)


def test_slash_filed_credit_removed_and_its_reporter_read():
    page = "\n".join(["台中新聞網", "", "台中市總工會推「職工技能月」", "2023年05月10日 上午 10:05", "",
                      "【記者陳美玲／台中報導】", "", TEXT, MORE, ""])
    art = extract(clean_page(page))
    assert art.body == [TEXT, MORE]
    assert art.meta.reporter == "陳美玲"

"""A railway or enterprise site's stamp row (bracketed date, 供稿单位, 作者, 摄影) and a meta bar's name glued to
its stamp, with their negatives."""

import pytest

from unionkit.clean import chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

BODY = ("近日，某某车务段某某站“职工小家”完成升级改造并投入使用，新增了健身区、阅读角、母婴室和心理疏导室。\n"
        "车务段工会今年投入18万元改造“职工小家”，配齐了按摩椅、微波炉、洗衣机等设施。\n")


def test_supplier_unit_is_a_source_label():
    row = "[ 2024-12-03 ]  供稿单位:某某车务段  作者:张三  摄影:李四"
    assert "source" in chrome.header_labels(row)
    assert chrome.is_header_line(row) and chrome.is_header_line(row, strict=True)


def test_supplier_unit_sentence_stays():
    t = "本次活动的供稿单位:某某车务段工会宣传部,负责活动的全部报道。"
    assert not chrome.is_header_line(t, strict=True)


def test_stamp_row_removed_as_page_header():
    page = "某某站“职工小家”焕新\n\n[ 2024-12-03 ]　　供稿单位：某某车务段　　作者：张三　　摄影：李四\n\n" + BODY
    art = clean_page(page)
    assert not any("供稿单位" in p for p in art.body)
    assert [r.kind for r in art.removed if "供稿单位" in r.text] == ["page_header"]
    assert len(art.body) == 2


# A meta bar of two spans (the paper's or account's name, then the date and time) read without the space the
# page's style sets between them: one glued line under the headline.
@pytest.mark.parametrize("row", ["某某晚报2024-05-12 09:30", "城关区融媒体中心2023-11-02 08:15:40"])
def test_name_glued_to_its_stamp_is_a_header_line(row):
    assert chrome.is_header_line(fold(row))


@pytest.mark.parametrize("line", ["县总工会举办职工运动会2024年5月10日", "县总工会2024-05-10 14:30召开全委会议"])
def test_words_glued_to_a_date_stay_a_headline(line):
    assert not chrome.is_header_line(fold(line))


def test_glued_name_and_stamp_is_no_title():
    page = ("某某区总工会为户外劳动者送清凉\n某某晚报2024-07-12 10:05\n记者 王某某\n" + BODY)
    art = clean_page(page)
    assert art.title == "某某区总工会为户外劳动者送清凉"
    assert [r.kind for r in art.removed if "某某晚报" in r.text] == ["page_header"]
    assert len(art.body) == 2

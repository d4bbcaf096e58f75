"""A railway or enterprise site's stamp row (bracketed date, 供稿单位, 作者, 摄影), with its negatives."""

from unionkit.clean import chrome
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

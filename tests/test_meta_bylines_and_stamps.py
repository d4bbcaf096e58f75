"""Meta: a byline whose photo tail belongs to its last role, an unlabelled info row under the headline, and the
visible stamp over a markup date that names another moment."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import extract_meta, parse_byline
from unionkit.record import Article, Meta, Removal


@pytest.mark.parametrize("text, want", [
    # staff reporters, then a correspondent whose picture it is: the reporters wrote the piece
    ("记者 詹雨桐 邬建华 通讯员 甘露 摄", {"reporter": "詹雨桐 邬建华", "credit": "甘露 摄"}),
    ("（记者 张三 通讯员 李四 摄）", {"reporter": "张三", "credit": "李四 摄"}),
    ("记者 张三、李四 实习生 王五 摄", {"reporter": "张三、李四", "credit": "王五 摄"}),
    ("本报记者 覃 雯 通讯员 李四摄", {"reporter": "覃雯", "credit": "李四摄"}),
    # look-alikes: a photographer alone is no reporter; a sentence between the roles is no list of names
    ("记者 龙海燕 摄", {"credit": "记者 龙海燕 摄"}),
    ("新华社记者 李明 摄", {"credit": "新华社记者 李明 摄"}),
    ("记者王刚摄", {"credit": "记者王刚摄"}),
    ("记者在现场看到的情景 通讯员 李四 摄", {"credit": "记者在现场看到的情景 通讯员 李四 摄"}),
    ("通讯员 李四 记者 张三 摄", {"credit": "通讯员 李四 记者 张三 摄"}),
])
def test_reporters_then_photographer(text, want):
    assert parse_byline(text) == want


@pytest.mark.parametrize("row, source, author", [
    # a portal's unlabelled row under the headline: date, organ, person, count
    ("2025-05-27 德兴市总工会 汪丽萍 浏览:531次", "德兴市总工会", "汪丽萍"),
    ("2025-05-27\u00a0\u00a0\u00a0德兴市总工会\u00a0\u00a0\u00a0汪丽萍\u00a0\u00a0\u00a0531次", "德兴市总工会", "汪丽萍"),
    ("2024-11-02 09:30 某某县融媒体中心 李明", "某某县融媒体中心", "李明"),
    ("2024-11-02 某某日报", "某某日报", None),
    # look-alikes: no date first, a weekday, a word or a sentence among the parts, a name with no organ
    ("德兴市总工会 汪丽萍 2025-05-27", None, None),
    ("2025-05-27 星期二 德兴市总工会", None, None),
    ("2025-05-27 德兴市总工会 召开会议", None, None),
    ("2025-05-27 德兴市总工会 组织部", None, None),
    ("2025-05-27 汪丽萍 浏览:531次", None, None),
])
def test_unlabelled_info_row(row, source, author):
    art = Article(id="t", title="某某工会开展活动", body=["正文第一段。"],
                  removed=[Removal("navigation", "首页 > 工会动态", 1), Removal("page_header", row, 3)])
    m = extract_meta(art)
    assert (m.source, m.author) == (source, author)


@pytest.mark.parametrize("markup, row, want", [
    # the markup names another moment than the page's stamp (pushed the next morning): the stamp wins
    ("2025-06-19T08:00:00+08:00", "发布时间：2025-06-18 17:20", "2025-06-18T17:20"),
    ("2023-07-03", "发布日期：2023-06-30 10:12 来源：某某县总工会", "2023-06-30T10:12"),
    # look-alikes: the same moment at another precision keeps the markup's reading; no stamp keeps it too
    ("2024-04-28T08:21:36+08:00", "发布时间：2024-04-28 08:21", "2024-04-28T08:21:36+08:00"),
    ("2024-04-28", "2024-04-28 来源：工人日报", "2024-04-28"),
    ("2024-04-28T08:21:00+08:00", "来源：工人日报 作者：张三", "2024-04-28T08:21:00+08:00"),
])
def test_visible_stamp_over_markup_date(markup, row, want):
    art = Article(id="t", title="某某工会开展活动", body=["正文第一段。"], meta=Meta(published=markup),
                  removed=[Removal("page_header", row, 2)])
    assert extract_meta(art).published == want


@pytest.mark.parametrize("text, author", [
    ("（文/图 古丽米热·艾买提）", "古丽米热·艾买提"),  # a dotted name runs on through its dot
    ("（文/图 郭茜 段晓峰）", "郭茜 段晓峰"),
    ("文/图 张三·", "张三"),  # a dot with no name after it ends the name
])
def test_text_and_photo_credit_keeps_a_dotted_name_whole(text, author):
    assert parse_byline(text) == {"author": author}


def _signed(body, *pieces):
    """extract_meta of an article with ``body`` and removed pieces (kind, text), one per line in order."""
    removed = [Removal(kind, text, i + 1) for i, (kind, text) in enumerate(pieces)]
    return extract_meta(Article(id="t", title="标题", body=list(body), removed=removed))


_NOTICE = ["各区总工会：", "经研究，决定命名9个集体为工人先锋号。"]


@pytest.mark.parametrize("body, iso", [
    # a notice with no stamp but its signature: the issuer, then the date, ending the body
    (_NOTICE + ["某市总工会", "2024年4月25日"], "2024-04-25"),
    (_NOTICE + ["某县总工会　　某县人力资源和社会保障局", "二〇二四年十月九日"], "2024-10-09"),
    # a PDF notice's signature over the annexed list it names (附件：…名单)
    (_NOTICE + ["附件：2024年度工人先锋号名单", "某市总工会", "2024年4月25日", "2024年度工人先锋号名单",
                "1.某某公司焊装车间", "2.某某医院急诊科"], "2024-04-25"),
    # look-alikes: a name and a date inside the text with prose after them (no annex named)
    (_NOTICE + ["某市总工会", "2024年4月25日", "会议要求，各单位认真抓好落实。"], None),
    # a date under a sentence, not under an issuer
    (_NOTICE + ["特此通知。", "2024年4月25日"], None),
    # a date under a person's name in a list
    (_NOTICE + ["张伟", "2024年4月25日"], None),
])
def test_signature_date_of_a_notice_with_no_stamp(body, iso):
    assert _signed(body).published == iso


def test_page_stamp_wins_over_the_signature_date():
    body = _NOTICE + ["某市总工会", "2024年4月25日"]
    assert _signed(body, ("page_header", "发布时间：2024-04-28 09:00")).published == "2024-04-28T09:00"

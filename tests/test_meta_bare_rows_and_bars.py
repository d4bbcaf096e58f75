"""A publication named bare in the row under the headline, a WeChat bottom bar's view count, a masthead naming
its sponsor, and a year-less stamp under a dated address (meta.extract_meta)."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import extract_meta, site_from_logo
from unionkit.record import Article, Meta, Removal


def _article(*removed, body=("正文。",)):
    return Article(id="t", title="标题", body=list(body), removed=list(removed), meta=Meta())


@pytest.mark.parametrize("row,source", [
    ("2025-04-22 10:15  某省工人报  阅读 3405", "某省工人报"),
    ("2025-04-22 10:15  某市日报  浏览 1.2万", "某市日报"),
    ("2025-04-22 某县融媒体中心 点击 12 次", "某县融媒体中心"),
    # negatives
    ("2025-04-22 10:15  阅读 3405", None),  # no name
    ("2025-04-22 10:15  某省工人报  阅读原文", None),  # a link, not a count
    ("2025-04-22 10:15  今天天气很好  阅读 3405", None),  # a phrase, no publication
])
def test_bare_publication_row(row, source):
    assert extract_meta(_article(Removal("page_header", row, 3))).source == source


@pytest.mark.parametrize("bar,views", [
    ("阅读原文 阅读 4,516 赞 36 分享 在看 12", 4516),
    ("阅读原文 阅读 1.2万 赞 36 在看 12", 12000),
    ("阅读 892 赞 24 在看 5", 892),
    # negatives
    ("阅读原文", None),
    ("阅读原文 分享 在看", None),
])
def test_wechat_bottom_bar(bar, views):
    assert extract_meta(_article(Removal("navigation", bar, 20))).views == views


@pytest.mark.parametrize("line,site", [
    ("某城工会网 某市总工会主办", "某城工会网"),
    ("某城工会網 某市总工会主辦", "某城工会網"),
    # negatives
    ("某市总工会主办", None),  # the sponsor alone names no site
    ("某城工会网 某市总工会承办的活动", None),
])
def test_masthead_with_sponsor(line, site):
    assert site_from_logo(line)[0] == site


def test_yearless_stamp_under_dated_url():
    rows = (Removal("page_header", "发布时间：3月7日 14:05　浏览次数：356次", 6),
            Removal("page_header", "本文链接：http://www.example.org.cn/xqdt/2025/0307/8842.html", 7))
    assert extract_meta(_article(*rows)).published == "2025-03-07T14:05"
    other = (rows[0], Removal("page_header", "本文链接：http://www.example.org.cn/xqdt/2025/0309/8842.html", 7))
    assert extract_meta(_article(*other)).published is None


@pytest.mark.parametrize("row,author,published", [
    ("文/图　高雪梅　　2024.09.20　　点击数：278", "高雪梅", "2024-09-20"),
    ("文／图 高雪梅 2024-09-20", "高雪梅", "2024-09-20"),
    # negatives: a bare name before the date credits no one; a sentence is no header row
    ("高雪梅 2024.09.20 点击数：278", None, "2024-09-20"),
    ("文/图记录了2024.09.20的答辩会，共18名班组长参加。", None, None),
    # the credit as one part of a barred row: date, source, 文/图, count
    ("2024.05.09　｜　来源：工会办公室　｜　文/图：林秀云　｜　浏览量：120", "林秀云", "2024-05-09"),
    ("2024-05-09 | 文/图：林秀云 | 点击：120", "林秀云", "2024-05-09"),
    # negatives: a photographer's part credits no writer; a sentence in a part is no credit
    ("2024.05.09　｜　来源：工会办公室　｜　图片：林秀云　｜　浏览量：120", None, "2024-05-09"),
    ("2024.05.09　｜　文/图记录了答辩会，共18名班组长参加", None, None),
    # the writer alone, the row going on with its source (under the text on a local portal)
    ("文/储小燕  来源：某某市融媒体中心", "储小燕", None),
    ("文/储小燕", "储小燕", None),
    ("文/化是城市的灵魂，需要传承。", None, None),  # (no credit: a sentence)
])
def test_a_header_row_crediting_text_and_photos_names_its_author_and_date(row, author, published):
    meta = extract_meta(_article(Removal("page_header", row, 3)))
    assert (meta.author, meta.published) == (author, published)


def test_a_qa_page_takes_its_first_answer_stamp():
    """A Q&A page's answer is the first one shown: a later answer's stamp, labelled or not, is not the page's."""
    rows = (Removal("page_header", "编辑于 2024-04-02 09:10・IP 属地江苏", 20),
            Removal("related_links", "另一位答主", 24),
            Removal("page_header", "发布于 2024-04-06 18:30・IP 属地江苏", 26))
    assert extract_meta(_article(*rows)).published == "2024-04-02T09:10"
    # negatives: a lone stamp is read as it is; a labelled header date over the answer still wins
    assert extract_meta(_article(rows[2])).published == "2024-04-06T18:30"
    dated = (Removal("page_header", "发布时间：2024-04-01 08:00", 3), *rows)
    assert extract_meta(_article(*dated)).published == "2024-04-01T08:00"

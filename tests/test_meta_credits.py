"""Credit-row labels (文字, 小编), English info rows and a year-less stamp dated by the footer (session 10)."""

from __future__ import annotations

import pytest

from unionkit.extract import extract
from unionkit.extract.meta import FOOTER_YEAR_WARNING, extract_meta, labelled_fields, parse_byline
from unionkit.record import Article, Meta, Removal


def _article(*removed, body=("正文。",)):
    return Article(id="t", title="标题", body=list(body), removed=list(removed), meta=Meta())


CREDIT_ROWS = [
    # a credit row's text field is the author, its picture field no one's
    ("文字：向晓燕", {"author": "向晓燕"}),
    ("文字：向晓燕 图片：滕磊", {"author": "向晓燕"}),  # (图片 is the next field's label, no name)
    ("文字 | 冉晓雪　图片 | 苟明亮", {"author": "冉晓雪"}),
    ("文/张三 李四", {"author": "张三 李四"}),  # several names stay (no label after them)
    # the row's editor field is read beside its writer (a WeChat article's closing row); a picture editor is no editor
    ("文字:宋立新 | 图片:网络 | 编辑:邵佳", {"author": "宋立新", "editor": "邵佳"}),
    ("文字：宋立新 图片编辑：邵佳", {"author": "宋立新"}),
    # negatives: a picture field alone names no author; a photo credit stays a credit
    ("图片：滕磊", {}),
    ("记者王刚摄", {"credit": "记者王刚摄"}),
]


@pytest.mark.parametrize("text,expected", CREDIT_ROWS)
def test_credit_rows(text, expected):
    assert parse_byline(text) == expected


EDITOR_LABELS = [
    ("发布时间：2024-10-15 14:33:08 文章来源：网络整理 小编：晓雨 浏览：87 次",
     {"published": "2024-10-15 14:33:08", "source": "网络整理", "editor": "晓雨", "views": "87 次"}),
    ("小编：晓雨", {"editor": "晓雨"}),
    # negatives: 小编 as a value (an aggregator signs its posts 作者:小编) and 小编 in a sentence
    ("时间:2024-07-16 09:31:27 来源:潍坊头条网 作者:小编 点击:57次",
     {"published": "2024-07-16 09:31:27", "source": "潍坊头条网", "author": "小编", "views": "57次"}),
    ("小编提醒大家注意安全", {}),
    ("小编整理了常见问题，一起来看", {}),
]


@pytest.mark.parametrize("line,expected", EDITOR_LABELS)
def test_editor_label_stands_alone(line, expected):
    assert dict(labelled_fields(line)) == expected


ENGLISH_INFO = [
    ("Posted on 2024-12-03 by admin　|　News　|　Views: 276", "2024-12-03", 276),
    ("Published: 2024-05-06 | Hits: 1,024", "2024-05-06", 1024),
    ("Date: 2024-05-06 10:20 Reads: 88", "2024-05-06T10:20", 88),
]


@pytest.mark.parametrize("line,published,views", ENGLISH_INFO)
def test_english_info_row(line, published, views):
    m = extract_meta(_article(Removal("page_header", line, 3)))
    assert (m.published, m.views) == (published, views)


def test_english_info_in_a_body_sentence_is_not_read():
    a = _article(body=["The report was posted on 2024-12-03 and had 276 views.", "Posted on 2024-12-03 by admin | Views: 276"])
    m = extract_meta(a)
    assert (m.published, m.views) == (None, None)


FOOTER = "Copyright © 2024 某某融媒体中心 All Rights Reserved"
BODY_2024 = ("近日，某某医院工会举办2024年护理技能竞赛。",)

YEARLESS = [
    # (header row, footer row, body, expected published)
    ("12月03日 09:15   融媒记者：闵小娟   浏览：643", FOOTER, BODY_2024, "2024-12-03T09:15"),
    ("某某融媒 11-26 09:15", "© 2024 某某州融媒体中心 版权所有", BODY_2024, "2024-11-26T09:15"),
    ("12月03日 09:15", "Copyright © 2010-2024 某某网", BODY_2024, "2024-12-03T09:15"),  # a range's end
    # negatives
    ("12月03日 09:15", "Copyright © 2023 某某网 © 2024 某某台", BODY_2024, None),  # two © years
    ("12月03日 09:15", "某某融媒体中心 版权所有", BODY_2024, None),  # no year in the footer
    ("12月03日 09:15", FOOTER, ("近日，某某医院工会举办护理技能竞赛。",), None),  # the body names no year
    ("12月03日 09:15", "Copyright © 2019 某某网", ("2024年护理技能竞赛。",), None),  # a stale footer
    ("12月03日", FOOTER, BODY_2024, None),  # no time: a bare month-day may be anything
    ("02月30日 09:15", FOOTER, BODY_2024, None),  # no such day
    ("今天12月03日 09:15，我们召开了会议。", FOOTER, BODY_2024, None),  # a sentence, no stamp row
]


@pytest.mark.parametrize("row,footer,body,iso", YEARLESS)
def test_yearless_stamp_takes_the_footer_year(row, footer, body, iso):
    a = _article(Removal("page_header", row, 3), Removal("site_footer", footer, 20), body=body)
    assert extract_meta(a).published == iso
    assert (FOOTER_YEAR_WARNING in extract(a).warnings) == (iso is not None)
    assert a.warnings == []  # the input is not changed


def test_a_full_date_in_the_header_wins_over_the_footer_year():
    a = _article(Removal("page_header", "12月03日 09:15", 3), Removal("page_header", "发布时间：2023-12-03", 4),
                 Removal("site_footer", FOOTER, 20), body=BODY_2024)
    assert extract_meta(a).published == "2023-12-03" and extract(a).warnings == []


def test_the_footer_warning_is_written_once():
    a = _article(Removal("page_header", "12月03日 09:15", 3), Removal("site_footer", FOOTER, 20), body=BODY_2024)
    assert extract(extract(a)).warnings == [FOOTER_YEAR_WARNING]


@pytest.mark.parametrize("suffix,site", [
    ("_基層風采 àng)工會新聞網", "工會新聞網"),  # a reading cut in two by a jammer: its tail is no part of the name
    ("_某市烟草专卖局（公司）", "某市烟草专卖局（公司）"),  # a bracket the name itself opens stays
    ("_新闻中心_某某(集团)网", "某某(集团)网"),
])
def test_site_from_suffix_drops_what_precedes_an_unopened_bracket(suffix, site):
    from unionkit.extract.meta import site_from_suffix

    assert site_from_suffix(suffix) == site


def test_a_title_suffix_cut_by_a_jammer_gives_no_invented_site():
    """Found by the property test: a reading put after the suffix's separator, half taken as a jammer."""
    page = ("某某驛站建設提質擴面 戶外勞動者有了暖心家_基層風采_(chuàng)工會新聞網\n\n某某驛站建設提質擴面 戶外勞動者有了暖心家\n"
            "2024-06-10 03:32  來源:工會新聞網\n\n以前中午沒地方休息,現在走幾步就能到驛站喝口熱水。外賣配送員小李說,驛站讓他們感受到了溫度。\n")
    from unionkit.clean import clean_text

    assert extract(clean_text(page)).meta.site == "工會新聞網"


# --- a source named in quotes, then what it is (a repost's “X”微信公众号) -----------------------------

@pytest.mark.parametrize("line, source", [
    ("作者：某某律师 | 转载自：“某某工会”微信公众号 | 阅读 512", "“某某工会”微信公众号"),  # the opening quote stays
    ("来源：“学习强国”某某学习平台", "“学习强国”某某学习平台"),
    ("来源：“某某工会”", "某某工会"),           # a whole value in quotes: the name inside them
    ("来源：某某工会”", "某某工会"),            # a stray closing quote with no opening one goes
    ("来源：某某电视台《某某新闻》", "某某电视台《某某新闻》"),
])
def test_a_quoted_name_in_a_source_keeps_its_pair(line, source):
    assert dict(labelled_fields(line))["source"] == source


def test_a_policy_interpretation_row_names_its_source_and_author():
    """A government portal's 政策解读 row: 解读机构 is the body interpreting the policy, 解读人 its writer."""
    a = Article(id="t", title="某某办法政策解读", body=["现就有关问题解读如下。"], removed=[
        Removal("page_header", "解读机构：某某市总工会 | 解读人：市总工会权益保障部 王建平 | 2024/03/15 | 浏览量：2671", 3)])
    m = extract_meta(a)
    assert (m.source, m.author, m.views) == ("某某市总工会", "王建平", 2671)
    assert dict(labelled_fields("解读人：王建平 解读机构：某某市总工会")) == {"author": "王建平", "source": "某某市总工会"}


def test_a_roundups_last_item_credit_is_no_author():
    """A roundup of items each closing with its own credit: the bracketed credit removed under the last item is
    that item's, not the article's author; under a single article it is."""
    body = ["甲地工会举办比武，200名职工参加。（通讯员 王小明）", "乙县工会开展宣讲活动。（张大伟 李红）", "丙区工会启动竞赛。"]
    credit = Removal("byline", "（通讯员 赵丽）", 12)
    assert extract_meta(_article(credit, body=body)).author is None
    assert extract_meta(_article(credit, body=["丙区工会启动竞赛。"])).author == "赵丽"


def test_item_credits_removed_under_several_paragraphs_name_no_author():
    """The cleaner takes each roundup item's closing credit off its paragraph: bracketed credits removed from two
    lines or more are the items' writers', so none is the article's author."""
    credits = [Removal("byline", "（通讯员 王小明）", 8), Removal("byline", "（张大伟 李红）", 10),
               Removal("byline", "（通讯员 赵丽）", 12)]
    body = ["甲地工会举办比武，200名职工参加。", "乙县工会开展宣讲活动。", "丙区工会启动竞赛。"]
    assert extract_meta(_article(*credits, body=body)).author is None
    assert extract_meta(_article(credits[2], body=body)).author == "赵丽"

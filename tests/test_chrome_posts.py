"""Chrome kinds of English blog pages and of share bars laid out one target per line, with their negatives."""

from unionkit.clean import chrome
from unionkit.clean.pipeline import clean_page

BODY = ("12月2日，某某市某某食品有限公司召开第二届职工代表大会第三次会议，审议通过并签订了2025年度工资专项集体合同。\n"
        "合同约定，一线职工月工资平均增幅不低于5%，夜班津贴由每班30元提高到45元，每年安排一次免费体检。\n")


def test_english_post_meta_rows():
    for t in ("Posted on 2024-12-03 by admin | News | Views: 276", "By Jane Doe on March 8, 2024 · 3 Comments",
              "Posted on December 3, 2024 by admin", "Updated 2024-03-08 10:20 | Category: 工会动态"):
        assert chrome.english_post_meta(t), t
        assert chrome.is_header_line(t) and chrome.is_header_line(t, strict=True), t


def test_english_post_meta_negatives():
    for t in ("Posted by admin", "By 2025 the union will have 300 members",
              "By the way, we went home on 2024-12-03 and did a lot",
              "Posted on 2024-12-03 by admin | News | Views: 276 and then we talked for a long time about it"):
        assert not chrome.english_post_meta(t), t


def test_english_post_meta_removed_as_the_chinese_rows():
    page = "某某公司工会签订工资专项集体合同\n\nPosted on 2024-12-03 by admin | News | Views: 276\n\n" + BODY
    art = clean_page(page)
    assert not any("Posted on" in p for p in art.body)
    assert [r.kind for r in art.removed if "Posted on" in r.text] == ["page_header"]
    zh = clean_page("某某公司工会签订工资专项集体合同\n\n发布时间：2024-12-03 作者：admin 浏览：276\n\n" + BODY)
    assert [r.kind for r in zh.removed if "发布时间" in r.text] == ["page_header"]


def test_share_bar_a_target_a_line():
    art = clean_page("某某公司工会签订工资专项集体合同\n\n" + BODY + "编辑：沈佳\n分享到：\n微信\n微博\nQQ\n上一篇：某某活动\n")
    assert art.body == BODY.strip().split("\n")
    assert [r.kind for r in art.removed if r.text in ("微信", "微博", "QQ")] == ["social_links"] * 3


def test_share_menu_of_an_older_forum_a_target_a_line():
    """An older Discuz share menu names QQ好友和群 and 腾讯微博 among its buttons, one a line."""
    art = clean_page("某某公司工会签订工资专项集体合同\n\n" + BODY + "分享到:\nQQ好友和群\nQQ空间\n腾讯微博\n")
    assert art.body == BODY.strip().split("\n")
    assert [r.kind for r in art.removed if "QQ" in r.text or "腾讯" in r.text] == ["social_links"] * 3


def test_share_target_negatives():
    assert not chrome.share_target_line("微信公众号") and not chrome.share_target_line("微")
    # a lone target word with no share label before it is not a bar
    art = clean_page("某某公司工会签订工资专项集体合同\n\n" + BODY + "微信\n")
    assert art.body[-1] == "微信"


def test_address_line_after_a_colon_stays():
    page = ("某某县总工会举办职工培训班\n\n" + BODY
            + "课程回放和报名信息可在县总工会网站查询：\nwww.example-gh.cn　邮箱：gh@example.com\n\n"
            "声明：本站部分稿件转自网络，如有侵权请联系删除。\n")
    art = clean_page(page)
    assert art.body[-1] == "www.example-gh.cn 邮箱：gh@example.com"


def test_footer_contact_block_stays_removed():
    page = ("某某县总工会举办职工培训班\n\n" + BODY
            + "\n联系我们\n地址：某某县人民路1号\n电话：0453-1234567\n邮箱：gh@example.com\n")
    art = clean_page(page)
    assert not any("@" in p or "电话" in p for p in art.body)
    assert not chrome.address_line("电话：0433-1234 邮箱：a@b.com")
    # the address after a sentence that does not end in a colon is the footer's
    art = clean_page("某某县总工会举办职工培训班\n\n" + BODY + "邮箱：gh@example.com\n")
    assert not any("@" in p for p in art.body)

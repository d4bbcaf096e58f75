"""A channel tag before the headline ("【基层动态】X") goes when the page's breadcrumb or menu names that channel, even
where the h1 repeats the tagged headline; a tag no navigation names stays."""

from unionkit.clean import clean_text

BODY = ("3月6日，某某县总工会联合县交通运输局工会，前往国道养护一线慰问道班职工，送去羽绒服和防滑靴等物资。\n"
        "道班班长在这条路上干了16年，他说，现在道班有了暖气房和职工书屋，冬天再冷心里也是热的。\n")
HEAD = "某某县总工会为道班职工送去冬季暖心包"
META = "发布时间：2025-07-16　　来源：某某县总工会　　浏览次数：356次\n"


def _title(text: str) -> str | None:
    """The headline clean finds on a page."""
    return clean_text(text).title


def test_tag_named_by_breadcrumb_goes_though_h1_repeats_it():
    page = f"【基层动态】{HEAD}丨某某工会网\n首页 > 基层动态 > 县市工会\n\n【基层动态】{HEAD}\n\n{META}{BODY}"
    assert _title(page) == HEAD


def test_tag_named_by_breadcrumb_on_a_bare_h1():
    page = f"当前位置：首页 >> 工会要闻 >> 正文\n【工会要闻】{HEAD}\n{META}{BODY}"
    assert _title(page) == HEAD


def test_tag_named_by_menu_bar():
    page = f"首页 | 基层动态 | 工会要闻 | 劳模风采\n【基层动态】{HEAD}\n{META}{BODY}"
    assert _title(page) == HEAD


def test_tag_not_named_by_navigation_stays():
    """The breadcrumb names another channel: the tag is the headline's own wording."""
    page = f"首页 > 基层动态 > 县市工会\n【劳模风采】{HEAD}\n{META}{BODY}"
    assert _title(page) == f"【劳模风采】{HEAD}"


def test_tag_only_inside_a_longer_crumb_stays():
    """A crumb that holds the tag's words inside a longer name is another channel."""
    page = f"首页 > 基层动态专栏 > 县市工会\n【基层动态】{HEAD}\n{META}{BODY}"
    assert _title(page) == f"【基层动态】{HEAD}"


def test_tag_named_only_in_the_body_stays():
    """Only navigation above the headline counts: a sentence naming the channel is no menu."""
    page = f"【劳模风采】{HEAD}\n{META}{BODY}本文收录于劳模风采栏目。\n"
    assert _title(page) == f"【劳模风采】{HEAD}"

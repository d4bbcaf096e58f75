"""extract_meta: a personal blog's own name over the post (郑建民的博客) names its owner, the author (pieces as the
cleaner files them, with look-alikes that must not change)."""

from __future__ import annotations

import pytest

from meta_pieces import meta_of  # noqa: E402 - tests/ is on sys.path


@pytest.mark.parametrize("pieces, author", [
    ((("navigation", "郑建民的博客"), ("navigation", "首页 博文目录 图片 关于我")), "郑建民"),
    ((("navigation", "新浪博客"), ("navigation", "老周的博客"), ("navigation", "[订阅][手机订阅]")), "老周"),
    ((("navigation", "雪域博客 > 高原行者的博客 > 正文"),), "高原行者"),        # a breadcrumb's item
])
def test_blog_owner_is_the_author(pieces, author):
    assert meta_of(*pieces).author == author


def test_labelled_author_outranks_the_blog_owner():
    m = meta_of(("navigation", "郑建民的博客"), ("page_header", "作者：李明 2024-01-05"))
    assert m.author == "李明"


@pytest.mark.parametrize("pieces", [
    (("navigation", "新浪博客"), ("navigation", "首页 博文目录 图片 关于我")),     # the platform alone
    (("navigation", "欢迎访问我的博客"), ("navigation", "首页")),                  # a sentence, no blog's name
    (("navigation", "热门博客 | 名人的博客推荐"),),                                 # a menu's link words
])
def test_no_blog_owner(pieces):
    assert meta_of(*pieces).author is None


@pytest.mark.parametrize("pieces, author", [
    ((("navigation", "个人资料"), ("repeated_title", "湖畔老李"), ("navigation", "微博"),
      ("user_profile", "加好友 发纸条 写留言 加关注")), "湖畔老李"),
    ((("comment_form", "个人资料"), ("comment_form", "老钱"), ("comment_form", "加好友 发纸条 写留言 加关注"),
      ("comment_form", "博客等级：9")), "老钱"),                                # the card in the sidebar after the comments
])
def test_a_blogs_profile_card_names_its_owner(pieces, author):
    """个人资料 / name / 微博 / 加好友 …: the profile card of the blog the post is on names its owner, the author."""
    assert meta_of(*pieces).author == author


@pytest.mark.parametrize("pieces", [
    (("navigation", "个人资料"), ("navigation", "修改密码"), ("navigation", "退出")),  # an account menu, no card's buttons
    (("navigation", "个人资料"), ("navigation", "博客等级：12"), ("navigation", "加好友")),  # no handle under the heading
])
def test_a_profile_heading_without_a_card_names_no_owner(pieces):
    assert meta_of(*pieces).author is None

"""A comment area's labels (作者 回复, 置顶, 赞) are no author: not as a value, not as a byline piece."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import extract_meta, name_list, parse_byline
from unionkit.record import Article, Meta, Removal


def _article(*removed):
    return Article(id="t", title="标题", body=["正文。"], removed=list(removed), meta=Meta())


@pytest.mark.parametrize("line", ["作者 回复", "作者 回覆", "作者 回复过", "作者 置顶", "作者 赞过", "(置顶)"])
def test_comment_label_is_no_author(line):
    assert "author" not in parse_byline(line)


def test_comment_label_ends_a_name_list():
    assert name_list("王建华 回复") == "王建华"
    assert name_list("回复 王建华") is None


def test_byline_piece_inside_the_comments_is_not_read():
    # a commenter's row, then the author's reply under a label the cleaner took for a byline
    m = extract_meta(_article(Removal("editor_line", "编辑:周敏", 10),
                              Removal("comment_form", "精选留言", 12),
                              Removal("comment_form", "江边的小船 湖北 5", 13),
                              Removal("byline", "作者:林晓东", 14),
                              Removal("comment_form", "谢谢支持", 15)))
    assert m.author is None and m.editor == "周敏"


def test_byline_before_the_comments_is_read():
    m = extract_meta(_article(Removal("byline", "作者:林晓东", 8),
                              Removal("comment_form", "精选留言", 12),
                              Removal("comment_form", "写得好", 13)))
    assert m.author == "林晓东"

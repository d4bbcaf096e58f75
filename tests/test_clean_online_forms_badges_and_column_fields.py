"""An online form under a notice, a platform's creator badges and call to comment, picture credits in words, and a
CMS's column field under the text."""

from __future__ import annotations

import pytest

from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold

@pytest.mark.parametrize("line", ["（图片由某某市某某精密机械制造有限公司工会提供）", "(本文照片均由某某县人民医院工会委员会提供)",
                                  "[配图由某某公司提供]"])
def test_picture_credits_in_words(line):
    assert byline.credit_line(fold(line))


@pytest.mark.parametrize("line", ["图片由职工自发拍摄并上传至群里，引发热议。", "（资料由某某档案馆提供）"])
def test_sentences_on_pictures_are_no_credits(line):
    assert not byline.credit_line(fold(line))


@pytest.mark.parametrize("line", ["栏目: 职工风采", "所属栏目：基层动态", "频道：工会要闻"])
def test_column_fields_are_tail_markers(line):
    assert chrome.tail_kind(fold(line)) == "related_links"


@pytest.mark.parametrize("line", ["栏目设置丰富多彩", "栏目：职工风采，每周一期"])
def test_sentences_naming_columns_stay(line):
    assert chrome.tail_kind(fold(line)) is None

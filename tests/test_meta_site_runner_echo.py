"""A site named on its first row and again in the footer as the body running it (承办:X), whatever its name's ending."""

from __future__ import annotations

from unionkit.extract.meta import extract_meta
from unionkit.record import Article, Meta, Removal


def _site(*removed):
    return extract_meta(Article(id="t", title="标题", body=["正文。"], removed=list(removed), meta=Meta())).site


MENU = Removal("navigation", "首页 | 中心简介 | 服务指南 | 典型案例 | 联系我们", 2)


def test_runner_in_the_footer_names_the_site():
    assert _site(Removal("navigation", "临江市职工帮扶中心", 1), MENU,
                 Removal("site_footer", "主办:临江市总工会 承办:临江市职工帮扶中心", 30)) == "临江市职工帮扶中心"


def test_runner_in_a_traditional_footer_with_a_label_word():
    assert _site(Removal("navigation", "臨江市職工幫扶中心", 1), MENU,
                 Removal("site_footer", "主辦單位：臨江市總工會　承辦單位：臨江市職工幫扶中心", 30)) == "臨江市職工幫扶中心"


def test_pinyin_split_first_row_is_read_joined():
    # the cleaner cuts the reading out of the name: the pieces of the row are read as one
    assert _site(Removal("navigation", "臨江市職", 1), Removal("pinyin", "(zhí)", 1), Removal("navigation", "工幫扶中心", 1),
                 MENU, Removal("site_footer", "主辦:臨江市總", 30), Removal("pinyin", "(zǒng)", 30),
                 Removal("site_footer", "工會 承辦:臨江市職", 30), Removal("pinyin", "(zhí)", 30),
                 Removal("site_footer", "工幫扶中心", 30)) == "臨江市職工幫扶中心"


def test_runner_the_header_does_not_name_is_no_site():
    assert _site(Removal("navigation", "临江市职工帮扶中心", 1), MENU,
                 Removal("site_footer", "主办:临江市总工会 承办:临江市信息中心", 30)) is None

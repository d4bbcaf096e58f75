"""Random lowercase-and-digit runs glued into Chinese text on a jammed page (a text dump of a page whose stylesheet
hid them): cut; codes, units, model names and words glued the same way stay, and nothing is cut on a clean page."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from test_jammer import PAIRED, _cut_page  # noqa: E402

from unionkit.clean.jammer import shapes  # noqa: E402

LAST = "活动由王明主持，职工代表参加。"


@pytest.mark.parametrize("run", ["pban94a", "58whrnc", "wo8xtpm", "cjlynjdn", "qexlxhg", "x7dpy", "kwfws9blj",
                                 "hbzbkj9", "7r02us80"])
def test_random_lower_shape(run):
    assert shapes._random_lower(run)


@pytest.mark.parametrize("run", ["win10", "html5", "iphone15", "covid19", "office2019", "110kv", "35kva", "1080p",
                                 "60fps", "100mbps", "wechat", "python", "excel", "gonghui", "admin", "20240"])
def test_random_lower_negatives(run):
    assert not shapes._random_lower(run)


def test_wedged_runs_cut_on_a_jammed_page():
    line = "12月18日，pban94a日土县总工会党组书记、58whrnc常务副主席带领工作人员，cjlynjdn前往口岸。"
    assert _cut_page(PAIRED[:4] + [line, LAST])[4] == "12月18日，日土县总工会党组书记、常务副主席带领工作人员，前往口岸。"


def test_glued_tail_cut_where_the_page_glues_runs_into_its_sentences():
    lines = PAIRED[:4] + ["职工们纷纷表示，x7dpy收获很大。", "一定会保障好冬季用电安全。kwfws9blj", LAST]
    assert _cut_page(lines)[5] == "一定会保障好冬季用电安全。"


@pytest.mark.parametrize("word", ["win10", "html5", "iphone15", "110kv", "1080p", "wechat", "python", "excel"])
def test_legit_glued_latin_stays_on_a_jammed_page(word):
    line = f"职工们纷纷表示，{word}系统使用方便，{word}。"
    assert _cut_page(PAIRED[:4] + [line, LAST])[4] == line


def test_nothing_cut_on_a_page_without_jammers():
    line = "12月18日，pban94a日土县总工会党组书记、58whrnc常务副主席带领工作人员前往口岸。"
    assert _cut_page([line, LAST])[0] == line

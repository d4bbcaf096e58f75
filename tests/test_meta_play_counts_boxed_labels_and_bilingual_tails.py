"""Meta of video, bilingual and Q&A pages: a play count as the views where no other count is, a section label in
lenticular brackets that signs nothing, a credit row before a bilingual page's English summary, an answerer's card
whatever chrome it was filed with."""

from __future__ import annotations

import pytest

from unionkit.extract.meta import parse_byline
from unionkit.extract.meta.values import play_count
from meta_pieces import meta_of as _meta  # noqa: E402 - tests/ is on sys.path


# --- a video page's play count ------------------------------------------------------------

@pytest.mark.parametrize("row, views", [
    ("播放:8841", 8841),
    ("发布时间：2023-05-12 19:40　来源：某某电视台　播放量：2.1万", 21000),
    ("735播放 · 12弹幕", 735),  # a count written before its label
    ("5217次播放 · 2024-03-08 09:12:40", 5217),  # … with 次 between (N次播放)
    ("3.2万次播放", 32000),
])
def test_play_count_is_the_views_of_a_video_page(row, views):
    assert _meta(("page_header", row)).views == views


def test_read_count_wins_over_a_play_count():
    """An article with a video inside counts its own reads under 阅读: the play count is the video's."""
    assert _meta(("page_header", "阅读：1203 播放：88")).views == 1203
    assert _meta(("page_header", "播放：88"), ("page_header", "阅读：1203")).views == 1203


@pytest.mark.parametrize("value", ["00:00 / 03:12", "00:00 / 03:12 全屏", "全屏 倍速"])
def test_player_clock_after_a_play_button_is_no_count(value):
    assert play_count(value) is None
    assert _meta(("navigation", "播放 " + value)).views is None


# --- a section label in lenticular brackets -----------------------------------------------

@pytest.mark.parametrize("line", ["【文字稿】", "【解说词】", "【现场报道】"])
def test_boxed_section_label_signs_nothing(line):
    assert "author" not in parse_byline(line)


@pytest.mark.parametrize("line, author", [("(喻娟)", "喻娟"), ("（李卫东）", "李卫东")])
def test_bare_name_in_round_brackets_still_signs(line, author):
    assert parse_byline(line)["author"] == author


# --- a credit row before a bilingual page's English summary -------------------------------

def test_credit_row_before_an_english_summary():
    body = ["某园区工会举办职工趣味运动会，300余名职工参加。", "文字 Text:周雪 摄影 Photo:韩冬", "English Summary",
            "The park's trade union held a sports day for its employees."]
    assert _meta(("navigation", "首页 Home")).author is None  # (nothing in the header)
    assert _meta(("navigation", "首页 Home"), body=body).author == "周雪"


def test_english_body_still_reads_its_last_lines():
    body = ["The union held a sports day for its employees.", "Editor: Zhou Xue"]
    assert _meta(("navigation", "Home"), body=body).editor == "Zhou Xue"


# --- a Q&A answerer's card, whatever chrome it was filed with -----------------------------

def test_answerer_card_filed_with_the_answer_lists_links():
    m = _meta(("navigation", "首页"), ("related_links", "查看全部 12 个回答"), ("related_links", "工会老刘"),
              ("related_links", "基层工会干部，只谈实务"), ("related_links", "536 人赞同了该回答"))
    assert m.author == "工会老刘"

"""A TV station's news page: its video player's clock and controls, and the bare 导语:/正文: labels over the lead
and the text. A clock inside a sentence, a headline about 高清 screens and a 正文 heading with words
after it stay."""

from unionkit.clean import chrome
from unionkit.clean.pipeline import clean_page


def test_player_clock_and_controls_are_widgets():
    assert chrome.is_widget_line("00:00 / 01:58")
    assert chrome.is_widget_line("1:02:10/1:15:00")
    assert chrome.is_widget_line("倍速  高清  全屏")
    assert chrome.is_widget_line("播放 1.5x 全屏")


def test_player_look_alikes_stay():
    assert not chrome.is_widget_line("比赛于19:30开始,21:00结束")
    assert not chrome.is_widget_line("全屏高清大屏进车间")  # words besides the controls
    assert not chrome.is_widget_line("倍速成长")


def test_lead_and_text_labels_go():
    page = ("某某广电网\n首页 | 新闻 | 视频点播\n\n区总工会为环卫工人送上“冬日暖包”\n来源：某某广播电视台　　2023-12-21 19:35:02\n\n"
            "▶\n00:00 / 01:58\n倍速  高清  全屏\n\n导语：\n12月20日，区总工会在环卫站举行慰问活动，为全区360名一线环卫工人送上棉手套、护膝等“冬日暖包”。\n"
            "正文：\n入冬以来，气温持续走低，环卫工人凌晨四五点就要上岗清扫。区总工会提前调研、精心挑选物资，并将慰问与“工会驿站”服务结合。\n")
    art = clean_page(page)
    assert art.title == "区总工会为环卫工人送上“冬日暖包”"
    assert len(art.body) == 2 and art.body[0].startswith("12月20日") and art.body[1].startswith("入冬以来")


def test_label_with_words_after_it_is_no_bare_label():
    assert not chrome.is_header_line("正文:本办法自发布之日起施行。", strict=True)
    assert not chrome.is_header_line("导语", strict=True)  # no colon: a heading word

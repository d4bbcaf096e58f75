"""Quoted campaign/slogan/brand names: kept by rule, ordinary quoted words and speech skipped."""

from __future__ import annotations

import pytest

from unionkit.extract.campaigns import find_campaigns, is_campaign


def test_campaign_names_in_order_deduplicated():
    text = ("4月12日,盘龙区总工会“红船领航·建党百年工会行”系列活动拉开帷幕。"
            "积极开展“中国梦·劳动美”主题活动,“红船领航·建党百年工会行”持续到十二月。")
    assert find_campaigns(text) == ["红船领航·建党百年工会行", "中国梦·劳动美"]


@pytest.mark.parametrize("q", [
    "红船领航·建党百年工会行", "中国梦·劳动美", "我爱红桥", "两学一做", "不忘初心 牢记使命",
    "進企業、進車間、進班組", "建功‘十四五’、奋进新征程", "工会+互联网+社会组织",
])
def test_kept(q):
    assert is_campaign(q)


@pytest.mark.parametrize("q,before", [
    ("小哥", ""),            # ordinary quoted word
    ("娘家人", ""),          # 3 characters and fewer: words, not names
    ("十四五", ""),
    ("1+8+X", ""),           # no Han text
    ("5·1", ""),
    ("坚持用习近平新时代中国特色社会主义思想引领广大职工,是做好职工思想政治工作的首要任务。", "孙玉龙说:"),  # speech
    ("好好干", "他说:"),
    ("我们要把实事做实、好事办好、让职工满意的事情做得更加扎实更加到位更加细致更好", ""),  # longer than 30
])
def test_skipped(q, before):
    assert not is_campaign(q, before)


def test_quoted_speech_after_a_verb_is_skipped():
    assert find_campaigns("孙玉龙说:“劳动竞赛已成为加速器”") == []

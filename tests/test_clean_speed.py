"""The cheap pre-tests that let the line rules skip their patterns: never a different verdict."""

from __future__ import annotations

import pathlib

import pytest

from unionkit.clean import chrome, pipeline
from unionkit.clean.chrome import tails
from unionkit.clean.lines import STOPS, fold

ROOT = pathlib.Path(__file__).resolve().parent.parent


def _lines() -> list[str]:
    """Every folded line of the repo's sample pages (examples and layouts)."""
    out: list[str] = []
    for p in sorted([*(ROOT / "examples").glob("*.txt"), *(ROOT / "tests" / "data" / "layouts").glob("*.txt")]):
        out.extend(fold(ln.strip()) for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip())
    return out


# One line per DISCLAIMER branch (each must pass may_disclaim, and the pattern must match it).
DISCLAIMERS = [
    "特别声明:以上内容为自媒体平台用户上传并发布", "声明:本文转自网络", "某某网版权与免责声明:凡本网注明",
    "工人网免责声明: 本网转载", "凡本网注明来源的作品", "本站转载此文目的在于传递更多信息", "并不代表本站赞同其观点",
    "如有侵权请联系管理员删除", "侵权必删", "均为某某网版权所有,未经协议授权禁止下载使用", "本站部分内容来自互联网",
    "本公众号文章来源于网络", "本平台仅提供信息存储服务", "提供信息存储空间服务", "观点仅代表作者本人",
    "不代表本站观点", "以上内容由某某号作者上传", "本号内容转载自网络",
]


@pytest.mark.parametrize("t", DISCLAIMERS)
def test_every_disclaimer_branch_passes_the_pretest(t):
    t = fold(t)
    assert chrome.DISCLAIMER.search(t), t
    assert chrome.may_disclaim(t)


def test_pretest_rejects_plain_prose():
    assert not chrome.may_disclaim("5月22日，市总工会在车间举办宣讲会，200余名职工参加。")
    assert not chrome.may_disclaim("本次活动由市总工会主办")  # 本 alone is no anchored head


def test_pretest_never_hides_a_disclaimer_on_sample_pages():
    lines = _lines()
    assert len(lines) > 1000
    for t in lines:
        s = t.lstrip("•·●◆■□>-*#【[ ").strip()
        if chrome.DISCLAIMER.search(s):
            assert chrome.may_disclaim(s), s


def test_stop_count_is_the_pattern_count():
    for t in [*_lines()[:3000], "。!?", "", "a!b?c。。"]:
        assert pipeline._stops(t) == len(STOPS.findall(t))


def test_link_box_head_split_keeps_the_related_links_verdict():
    """The bracketed link-box header, tested apart from the related_links markers, finds what the one
    alternation found where it found it (tail_kind reads only whether and where the markers match)."""
    import regex

    joined = regex.compile(dict(chrome.TAIL_MARKERS)["related_links"] + "|" + tails._LINK_BOX_HEAD.pattern, regex.I)
    markers = dict(tails._TAIL)["related_links"]

    def start(t):
        if tails._LINK_BOX_HEAD.match(t):
            return 0
        m = markers.search(t)
        return m.start() if m else None

    samples = ["法条链接]", "政策链接]", "复制链接]", "友情链接]", "相关阅读", "某某 详见原文", "法条链接", "更多新闻"]
    for t in [*samples, *(x[:60] for x in _lines())]:
        m = joined.search(t)
        assert (m.start() if m else None) == start(t), t
    assert chrome.tail_kind(fold("【法条链接】")) == "related_links" and chrome.tail_kind(fold("【复制链接】")) is None


POST_HEADS = ["楼主:某某 时间:2024-5-2", "沙发", "板凳 ", "地板", "地下室", "2楼", "3#", "#4", "第5楼", "发表于 2024-5-2 12:00",
              "只看该作者", "只看楼主", "某某 楼主", "某某 | 楼主 | 2024-5-2", "来自客户端 1楼 2023-07-18 19:26",
              "引用 #2 某某 2024/05/27 09:02", "作者:某某 回复日期:2024-5-2", "3楼2024-05-20 16:47"]


@pytest.mark.parametrize("t", POST_HEADS)
def test_every_post_start_branch_passes_the_pretest(t):
    from unionkit.clean import forum

    t = fold(t)
    assert forum.POST_START.search(t) or forum.GLUED_FLOOR.search(t), t
    assert forum.may_start_post(t)


def test_post_pretest_never_hides_a_post_header_on_sample_pages():
    from unionkit.clean import forum

    hits = 0
    for t in _lines():
        if forum.POST_START.search(t) or forum.GLUED_FLOOR.search(t):
            hits += 1
            assert forum.may_start_post(t), t
    assert hits

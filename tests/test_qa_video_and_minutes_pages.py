"""Q&A answer pages, video pages, bar-labelled info rows, meeting minutes and app title bars: their chrome and meta."""

import pytest

from unionkit.clean import byline, chrome, forum
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page
from unionkit.extract import meta
from unionkit.extract.meta import counts, posters, site_echoes
from unionkit.record import Removal

BODY = ("近日，某某区总工会在中心城区的工会驿站开展慰问活动，为外卖骑手、快递员送去防暑降温物品。"
        "“驿站开放时间延长到了晚上十点。”区总工会副主席说。")
BODY2 = "据悉，今年区总工会共筹措资金62万元，计划分三批开展活动，覆盖一线职工1.2万人次。活动还将持续到八月底。"


def test_player_rows_between_headline_and_its_metadata():
    page = "\n".join(["某某新闻网 | 某某广播电视台官方网站", "首页  新闻  直播  点播  专题", "",
                      "【视频】某某区总工会为新就业形态劳动者送清凉", "", "00:00 / 01:58", "播放", "视频加载中，请稍候…",
                      "全屏   倍速   清晰度：高清", "", "2024年07月16日 20:31   来源：某某广播电视台《某某新闻》",
                      "记者：张三  李四（摄像）", "", BODY, "", BODY2])
    art = clean_page(page)
    assert art.title == "某某区总工会为新就业形态劳动者送清凉"
    assert art.body == [BODY, BODY2]


@pytest.mark.parametrize("row", ["全屏 倍速 清晰度：高清", "00:00 / 01:58", "视频加载中，请稍候…", "正在加载"])
def test_player_line(row):
    assert chrome.player_line(fold(row))


@pytest.mark.parametrize("row", ["播放量破千万的短视频背后", "清晰度决定一切", "加载机械作业规范"])
def test_player_line_not_a_headline(row):
    assert not chrome.player_line(fold(row))


def test_account_with_relative_stamp_is_a_header_row():
    assert chrome.dated_name_line(fold("某某融媒　3天前"))
    assert chrome.dated_name_line(fold("某某发布 2小时前"))
    assert not chrome.dated_name_line(fold("三年前的一次见面"))


@pytest.mark.parametrize("row", ["搜索你感兴趣的问题", "请输入关键词", "输入关键字搜索"])
def test_search_prompt_is_a_widget(row):
    assert chrome.is_widget_line(fold(row))


@pytest.mark.parametrize("row", ["搜索救援队员的感人故事", "输入法大赛圆满落幕"])
def test_search_words_in_a_headline_stay(row):
    assert not chrome.is_widget_line(fold(row))


def test_question_toolbar_is_a_widget_row():
    assert chrome.is_widget_line(fold("关注问题  写回答  邀请回答"))


QA = ["知道吧 · 问答社区", "首页  发现  等你来答  消息", "搜索你感兴趣的问题", "",
      "在东莞打工被拖欠工资，能找工会帮忙吗？", "劳动维权  农民工  工会  欠薪", "关注问题  写回答  邀请回答",
      "被浏览 4,217 次  关注者 36", "", "3 个回答  默认排序", "", "某某律师王某某", "劳动争议方向执业律师，已帮助600+劳动者",
      "112 人赞同了该回答", "", BODY, "", BODY2, "", "回答于 2023-11-06 21:14 · 著作权归作者所有",
      "赞同 112  |  14 条评论  |  分享", "", "14 条评论", "阿强在长安", "感谢律师，明天去服务中心", "11-07", "",
      "匿名用户", "直接去劳动监察大队投诉也可以，效率也不低。", "回答于 2023-11-07 09:02"]


def test_qa_answer_page():
    art = clean_page("\n".join(QA))
    assert art.title == "在东莞打工被拖欠工资，能找工会帮忙吗？"
    assert art.body == [BODY, BODY2]
    m = meta.extract_meta(art)
    assert (m.published, m.author, m.views) == ("2023-11-06T21:14", "某某律师王某某", 4217)


def test_answer_stamp_closes_the_answer_only_with_its_rights_note():
    assert chrome.closing_stamp(fold("回答于 2023-11-06 21:14 · 著作权归作者所有"))
    assert not chrome.closing_stamp(fold("回答于 2023-11-07 09:02"))


def test_answerer_card_skips_buttons_and_bio():
    rows = [Removal("navigation", "默认排序", 9), Removal("navigation", "某某律师", 10),
            Removal("navigation", "执业律师 · 某某工会签约律师", 11), Removal("navigation", "关注", 12)]
    assert posters._answerer(rows, Removal("navigation", "138 人赞同了该文章", 13)) == "某某律师"
    assert posters._answerer(rows[:2], Removal("navigation", "138 人赞同了该文章", 11)) == "某某律师"
    assert posters._answerer(rows, Removal("navigation", "138 人赞同", 13)) is None


def test_passive_view_count():
    assert counts._views_phrase("被浏览 4,217 次  关注者 36") == 4217
    assert counts._views_phrase("被浏览器拦截 3 次") is None


def test_barred_labels_make_a_header_row():
    row = fold("发稿时间｜2024.05.20　　供稿部门｜某某市交通运输工会　　阅读｜596")
    assert chrome.is_header_line(row)
    assert dict(meta.labelled_fields("发稿时间｜2024.05.20　　供稿部门｜某某市交通运输工会　　阅读｜596")) == {
        "published": "2024.05.20", "source": "某某市交通运输工会", "views": "596"}
    assert not chrome.header_labels(fold("时间 | 地点"))


def test_crew_byline_with_work_in_brackets():
    assert byline.byline_line(fold("记者：张三  李四（摄像）"))
    assert not byline.byline_line(fold("记者：张三  李四（摄像）到现场采访了职工。"))


def test_source_keeps_its_closing_title_mark():
    assert meta.single_value("某某广播电视台《某某新闻》") == "某某广播电视台《某某新闻》"
    assert meta.single_value("《工人日报》") == "工人日报"
    assert meta.single_value("某某烟草专卖局（公司）") == "某某烟草专卖局（公司）"


def test_minutes_head_and_distribution_lines():
    page = "\n".join(["某某公司工会第三届委员会第五次会议纪要", "时间：2024年2月26日上午9:00   地点：公司三楼会议室",
                      "主持：刘某某（公司工会主席）   记录：詹某", "", BODY, "", BODY2, "", "报送：某某市总工会，公司党委。",
                      "发送：各基层分会。", "某某公司工会办公室          2024年2月28日印发"])
    art = clean_page(page)
    assert art.body == [BODY, BODY2]


@pytest.mark.parametrize("row", ["发送：姓名+电话至12351", "发送短信报名即可参加。"])
def test_instructions_to_send_are_no_distribution_line(row):
    assert chrome.tail_kind(fold(row)) is None


def test_phpwind_edit_note():
    note = fold("[ 此帖被某某在2023-11-03 09:15重新编辑 ]")
    assert forum.edit_notice(note) == len(note)
    assert forum.edit_notice(fold("此帖被大家重新编辑成了一首诗")) is None


def test_thread_counter_glued_to_replies():
    rows = [Removal("user_profile", "阅读：1532回复：3", 5)]
    assert counts._late_views(rows, 100) == 1532


def test_app_name_run_on_into_its_slogan():
    top = [Removal("navigation", "某某云河北人的新闻客户端", 2)]
    foot = [Removal("related_links", "打开某某云APP，查看更多精彩内容", 17)]
    assert site_echoes._app_site(top, foot) == "某某云"
    assert site_echoes._app_site([Removal("navigation", "某某云", 1)], foot) == "某某云"
    assert site_echoes._app_site([Removal("navigation", "某某云新闻发布会", 2)], foot) is None

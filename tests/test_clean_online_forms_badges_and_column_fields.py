"""An online form under a notice, a platform's creator badges and call to comment, picture credits in words, and a
CMS's column field under the text."""

from __future__ import annotations

import pytest

from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold, split_lines
from unionkit.clean.pipeline import clean_page
from unionkit.clean.shapes import form_block

NOTICE_WITH_FORM = """青川工会网
首页 | 通知公告 | 办事服务
关于举办2024年职工书法培训班的通知
发布时间：2024-06-03 09:00　来源：县总工会宣教部
各基层工会：
为丰富职工文化生活，县总工会决定举办2024年职工书法培训班。现将有关事项通知如下：
一、培训时间：6月15日至6月30日，每周六上午。
二、报名方式：请于6月10日前通过本页在线申请，或将报名表报县总工会宣教部。
青川县总工会
2024年6月3日
附件：2024年职工书法培训班报名表.docx
网上申请
*申请人：
所在单位：
联系电话：
验证码：点击刷新
[提交] [取消]
注：带*号为必填项，提交后请留意短信通知。
相关公告
关于开展职工摄影比赛的通知
关于评选优秀职工书屋的通知
版权所有：青川县总工会　备案号：川ICP备00000000号
"""


def test_online_form_under_a_notice_is_chrome():
    art = clean_page(NOTICE_WITH_FORM)
    assert art.body[-2:] == ["青川县总工会", "2024年6月3日"]  # the signature stays
    kinds = {r.text.strip(): r.kind for r in art.removed}
    for line in ("网上申请", "*申请人：", "所在单位：", "联系电话：", "[提交] [取消]"):
        assert kinds[line] == "comment_form"
    assert kinds["附件：2024年职工书法培训班报名表.docx"] == "related_links"  # the form follows the download link
    assert not any("相关公告" in p or "摄影比赛" in p or "必填项" in p for p in art.body)


@pytest.mark.parametrize("line", ["姓名：", "*身份证号：", "手机号码 *:", "验证码：看不清？换一张", "验证码: 获取验证码"])
def test_empty_form_fields(line):
    assert chrome.empty_field(fold(line))


@pytest.mark.parametrize("line", ["姓名：王某", "时间：5月1日", "现将有关事项通知如下：讲解", "请回答：今天是几号？",
                                  "张先生您好：", "各位会员大家好：", "尊敬的会员："])  # (salutations: a greeting)
def test_filled_fields_are_no_empty_fields(line):
    assert not chrome.empty_field(fold(line))


@pytest.mark.parametrize("text, end", [
    ("姓名：\n单位：\n\n电话：\n提交 重置\n温馨提示：请如实填写。\n下文", 6),  # fields, buttons and their tip
    ("姓名：\n单位：\n正文", 2),
])
def test_form_block(text, end):
    assert form_block(split_lines(text), 0) == end


@pytest.mark.parametrize("text", [
    "具体安排如下：\n活动地点：职工之家二楼\n活动内容：阅读、健身",  # a lead-in over filled fields
    "姓名：\n温馨提示：请如实填写。",  # one empty field, no form
])
def test_no_form_block(text):
    assert form_block(split_lines(text), 0) is None


@pytest.mark.parametrize("line", ["提交　重置", "[提交] [取消]", "立即报名", "确定 清空"])
def test_form_buttons(line):
    assert chrome.form_buttons(fold(line))


@pytest.mark.parametrize("line", ["提交材料", "报名截止时间", "确定人选"])
def test_words_of_the_text_are_no_buttons(line):
    assert not chrome.form_buttons(fold(line))


@pytest.mark.parametrize("line", ["你家附近有职工书屋吗？欢迎在评论区留言～", "欢迎留言讨论", "快来评论区聊聊吧！",
                                  "你怎么看？欢迎在留言区分享你的看法"])
def test_calls_to_comment_open_the_comment_block(line):
    assert chrome.tail_kind(fold(line)) == "comment_form"


@pytest.mark.parametrize("line", ["职工们纷纷在评论区留言点赞。", "请职工在留言区留言反映诉求，工会将及时回复。",
                                  "我们一起分享！"])
def test_sentences_about_comments_stay(line):
    assert chrome.tail_kind(fold(line)) is None


@pytest.mark.parametrize("line", ["百家号创作者 优质教育领域创作者", "头条号作者 · 三农领域创作者", "认证体育领域博主"])
def test_creator_badges(line):
    assert chrome.creator_badges(fold(line))


@pytest.mark.parametrize("line", ["作者：李某", "优秀创作者代表发言", "百家号", "教育领域专家"])
def test_names_and_words_are_no_badges(line):
    assert not chrome.creator_badges(fold(line))


def test_badge_line_under_a_post_header_is_removed():
    page = """某某工友圈
环卫工人有了歇脚点
某某工友圈
2024-12-01 09:00 发布于：河北省
头条号创作者 优质社会领域创作者
12月1日，某某县总工会新建的户外劳动者服务站投入使用，站内配有饮水机、微波炉和急救药箱。
站点负责人说，服务站每天早六点到晚八点开放，环卫工人和快递员都可以进来歇脚。
"""
    art = clean_page(page)
    assert art.body[0].startswith("12月1日")
    assert any(r.kind == "user_profile" and "创作者" in r.text for r in art.removed)


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


@pytest.mark.parametrize("line", ["相关通知", "相关公告："])
def test_notice_list_headings_are_tail_markers(line):
    assert chrome.tail_kind(fold(line)) == "related_links"


def test_sentence_on_notices_stays():
    assert chrome.tail_kind(fold("相关通知要求各单位按时上报")) is None

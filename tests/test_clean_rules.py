"""Unit tests of the clean rules: each kind of line, in simplified and traditional script."""

from __future__ import annotations

import pytest

from unionkit.clean import byline, chrome, clean_text, forum, title
from unionkit.clean.lines import fold
from unionkit.clean.whitespace import damage, squash, tidy


@pytest.mark.parametrize("line", [
    "[休闲] 时间:2024-04-18 06:04:03 来源:蓝影头条 作者:休闲 点击:31次",
    "某某工会網 http://www.example.com/   發布時間:2024-03-22  點擊量:2286   來源:系統管理",
    "更新时间:2018-06-01\xa0\xa0来源:攀枝花日报",
    "来源:中工网",
    "2021-04-30 12:43",
    "发布日期：2023年5月6日  浏览次数：120",
])
def test_header_lines(line):
    assert chrome.is_header_line(fold(tidy(line)))


@pytest.mark.parametrize("line", [
    "时间:5月1日上午9时,地点:市工人文化宫。",
    "2021年,贵州省铜仁市工会将围绕全市“十四五”发展的新形势新任务新要求和“五大工程”目标。",
    "强化理论武装,夯实党建基础",
])
def test_not_header_lines(line):
    assert not chrome.is_header_line(fold(line), strict=True)


@pytest.mark.parametrize("line", [
    "1206阅读", "3.2万次浏览",  # a self-media app's count under the post, the number first
    "（内容来源：孟村回族自治县总工会　图片来源于网络，侵删）",  # a repost's source note with its takedown plea
])
def test_header_lines_inside_the_body(line):
    assert chrome.is_header_line(fold(tidy(line)), strict=True)


@pytest.mark.parametrize("line", [
    "发布于 2024年3月8日作者 夷陵工会",  # a blog's date row after the text, the author glued on
    "已阅人员（356人）：郜志远　李建伟　常晓军　更多>>",  # an office system's read receipt
])
def test_rows_after_the_text_that_are_metadata(line):
    assert chrome.is_header_line(fold(tidy(line)), strict=True)


def test_blog_entry_footer_and_full_version_link():
    assert chrome.tail_kind(fold("分类 女职工工作 标签 三八节、两癌筛查、母婴关爱室")) == "related_links"
    assert chrome.is_widget_line(fold("查看完整版"))
    assert not chrome.is_header_line(fold("发布于2024年3月8日的通知要求各级工会做好准备工作,确保活动顺利开展。"), strict=True)


def test_office_system_subject_row_is_the_headline():
    assert title.subject(fold("标　　题 公司启动2024年“安康杯”竞赛暨安全生产月活动")) is not None
    assert title.subject(fold("标题党的说法不可取")) is None


def test_headline_asking_two_questions():
    assert title.plausible_title(fold("外卖骑手可以加入工会吗？入会之后到底有什么用？"))
    assert not title.plausible_title(fold("今天很热。大家都去了。"))


def test_batch19_line_shapes():
    """Bilingual labels, a live report's closing status, English button glosses, memorial comments,
    a Discuz counter bar, a named signature rule."""
    assert chrome.is_header_line(fold(tidy("发布日期 Date：2024-06-08 来源 Source：昆山市总工会 浏览 Views：356")), strict=True)
    assert not chrome.is_header_line(fold("网址 http://www.example.org 欢迎访问"), strict=True)
    assert chrome.tail_kind(fold("直播已结束，感谢关注。")) == "navigation"
    assert chrome.is_widget_line(fold("【打印 Print】 【关闭 Close】"))
    assert not chrome.is_widget_line(fold("Stop"))
    assert chrome.tail_kind(fold("网友寄语:")) == "comment_form"
    assert forum.tool_row(fold("收藏0 分享 淘帖0 支持0 反对0"))
    assert forum.SIGNATURE_SEP.match("-------- 签名 --------")
    assert byline.caption_line(fold("关长海同志生前照片")) and byline.caption_line(fold("王师傅工作照"))
    assert not byline.caption_line(fold("整理生前照片,他们说了很多往事。"))


def test_batch21_line_shapes():
    """An app's byline row barring the outlet from the reporter, a view count in ten thousands, an
    e-paper's other-news block."""
    assert byline.byline_line(fold("北京日报客户端 | 记者 邸若冰"))
    assert not byline.byline_line(fold("北京日报客户端 | 首页"))
    assert chrome.is_header_line(fold("阅读量 3.6万"), strict=True)
    assert chrome.tail_kind(fold("本版其他新闻:")) == "related_links"


def test_batch22_line_shapes():
    assert chrome.tail_kind(fold("本网站所刊登的各种新闻、信息和各种专题专栏资料，均为某某新闻网版权所有，未经协议授权禁止下载使用。")) == "site_footer"
    assert byline.caption_line(fold("签约仪式现场。"))
    assert not byline.caption_line(fold("大家都来到了现场。"))


def test_batch23_24_line_shapes():
    """A closing staff line (the writer with the editors), an empty editor label, an app platform's
    note under a member's post, a WeChat dialog's button, a Discuz action bar."""
    assert byline.editor_line(fold(tidy("通讯员：鲍晓琳　　编辑：黄珊　　审核：吴德胜")))
    assert byline.editor_line(fold("责任编辑："))
    assert not byline.editor_line(fold(tidy("通讯员：鲍晓琳")))
    assert chrome.tail_kind(fold("以上内容由某某号作者上传，不代表平台观点")) == "site_footer"
    assert chrome.is_widget_line(fold("取消允许")) and chrome.is_widget_line(fold("收藏 邀请 分享"))


def test_thread_replies_and_topics_under_a_post_dumped_as_text():
    """A Discourse-style thread as text: the post's reply button opens the replies; 相关话题 the links."""
    assert chrome.tail_kind(fold("回复")) == "comment_form"
    assert chrome.tail_kind(fold("回复 #1")) == "comment_form"
    assert chrome.tail_kind(fold("相关话题")) == "related_links"
    assert chrome.tail_kind(fold("回复了老乡的问题,大家都很感动。")) is None


def test_epaper_headline_list_and_rest_of_text_prompt():
    """An e-paper's list of the page's other headlines opens links; "阅读剩余全文()" is a button."""
    assert chrome.tail_kind(fold("本版标题导航")) == "related_links"
    assert chrome.is_widget_line(fold(tidy("阅读剩余全文（）")))


@pytest.mark.parametrize("line", ["阅读1206本书的心得。", "（来源：记者在现场看到，职工们排起了长队。）"])
def test_body_lines_like_counts_or_source_notes(line):
    assert not chrome.is_header_line(fold(tidy(line)), strict=True)


@pytest.mark.parametrize("line", [
    "首页 > 工会新闻 > 正文",
    "当前位置:首页 > 要闻",
    "聯繫我們 | 網站地圖 | 返回頂部 | 設為首頁 | 加入收藏",
    "统计排行幸运大转盘每日签到社区服务会员列表最新帖子精华区博客帮助",
    "首页 新闻 社区 论坛 帮助",
])
def test_nav_lines(line):
    assert chrome.is_nav_line(fold(line))


@pytest.mark.parametrize("line", [
    "强化理论武装,夯实党建基础",
    "“1+N”思想矩阵:引领职工听党话跟党走",
    "编者按",
    "激扬时代精神凝聚职工力量",
])
def test_subheadings_are_not_nav(line):
    assert not chrome.is_nav_line(fold(line))
    assert chrome.tail_kind(fold(line)) is None


def test_name_lists_stay_in_body():
    assert not chrome.is_nav_line(fold("王小明 李红 张伟 刘洋 陈立"), strict=True)


@pytest.mark.parametrize("line,kind", [
    ("相关阅读:", "related_links"), ("熱門點擊", "related_links"), ("网友评论:", "comment_form"),
    ("媒体矩阵", "social_links"), ("版權所有", "site_footer"), ("備案號:蜀ICP備2021007964號-1", "site_footer"),
    ("Copyright © 2008-2023 by www.example.cn. all rights reserved", "site_footer"), ("上一篇:某某新闻", "navigation"),
    # a site's hotline box, its number and office hours
    ("【职工维权热线】12351  周一至周五 9:00-17:30", "site_footer"), ("【心理咨询电话】0771-5551234", "site_footer"),
    ("【维权热线】12351职工服务热线开通一周年", None),
])
def test_tail_markers(line, kind):
    assert chrome.tail_kind(fold(line)) == kind


@pytest.mark.parametrize("line", ["收录于合集", "收录于话题 #工会动态 36个", "#工会动态 36个", "#我为职工办实事 12个 #劳模 3个"])
def test_wechat_collection_block(line):
    # a WeChat post's collection block (over its text or under it) files the post: links, not text
    assert chrome.tail_kind(fold(line)) == "related_links"


@pytest.mark.parametrize("line", ["收录于《中国工会年鉴》的这篇文章,讲的是三十年前的事。", "#工会动态 共有36个会员单位参加"])
def test_wechat_collection_look_alikes(line):
    assert chrome.tail_kind(fold(line)) is None


def test_bylines_editors_credits():
    assert byline.byline_line(fold("□记者\xa0王刚".replace("\xa0", " ")))
    assert byline.byline_line(fold("記者 王剛 通訊員 李明"))
    assert byline.editor_line(fold("(责任编辑:焦点)"))
    assert byline.editor_line(fold("責任編輯:朱晶晶"))
    assert byline.credit_line(fold("(盘龙工会供稿供图)"))
    assert not byline.byline_line(fold("记者从市总工会获悉,今年全市将新建工会驿站50个。"))


def test_caption_with_credit():
    line = "市委常委、秘书长、市总工会主席吴成钢为攀枝花工匠颁奖。 (市总工会供图)"
    a, b = byline.caption_split(fold(line))
    assert line[a:b].strip() == "(市总工会供图)"


@pytest.mark.parametrize("credit", ["（宝安区总工会 供稿）", "（宝安区总工会 供图）", "（记者 王刚 摄）"])
def test_paragraph_closed_by_a_credit_is_no_caption(credit):
    # a text credit closes the last paragraph; so may a photo credit, after a paragraph longer than a caption
    para = "据了解，今年以来，深圳市总工会持续推进“新业态劳动者入会集中行动”，广东省总工会也将宝安区列为新就业形态劳动者权益保障工作试点。"
    assert byline.caption_split(fold(para + credit)) is None
    (a, b, k), = byline.trail_spans(fold(para + credit))
    assert (a, k) == (len(para), "credit")
    assert (byline.caption_split(fold("大会现场。" + credit)) is None) == ("供稿" in credit)  # short: a caption


def test_lead_and_trail_spans():
    t = "本报讯(记者 王刚 通讯员 李明)近日,市总工会召开会议。"
    (a, b, k), = byline.lead_spans(fold(t))
    assert (t[a:b], k) == ("本报讯(记者 王刚 通讯员 李明)", "byline")
    # the paper's tag with the place (and day) it reports from
    for tag in ("本报邯郸讯（记者单丽娜 通讯员申海涛）", "本报北京3月5日讯(记者 王刚)", "南方工报讯 (记者 严慧芳 通讯员 清工宣) "):
        (a, b, k), = byline.lead_spans(fold(tag + "3月12日午饭后,职工书屋里坐满了人。"))
        assert b == len(tag) and k in ("byline", "dateline")  # (with its day it reads as a dateline too)
    t = "新华社北京4月28日电(记者 张三)全国总工会28日发布消息。"
    (a, b, k), = byline.lead_spans(fold(t))
    assert (t[a:b], k) == ("新华社北京4月28日电(记者 张三)", "dateline")
    t = "不断提高基层工会的影响力、凝聚力、吸引力。(喻娟)"
    (a, b, k), = byline.trail_spans(fold(t))
    assert (t[a:b], k) == ("(喻娟)", "byline")
    t = "近1.7萬人。(市總組宣部)"
    assert [k for *_, k in byline.trail_spans(fold(t))] == ["byline"]
    assert byline.trail_spans(fold("培育一批省级模范职工之家(小家),不断提高吸引力。")) == []


def test_title_suffix_and_repeats():
    head, at = title.split_suffix("贵州铜仁市总工会:奋力开创工会工作新局面 - 贵州 - 中工网")
    assert head == "贵州铜仁市总工会:奋力开创工会工作新局面"
    assert title.split_suffix("红桥区总工会党组书记、主席孙玉龙—— 服务职工 责任在肩")[1] is None
    assert title.split_suffix("不忘初心再出发 ——市总工会为建设美丽繁荣和谐攀枝花创新发展纪实(一)")[1] is None
    assert title.split_suffix("标题很长的一条工会新闻_工会动态_某某网")[0] == "标题很长的一条工会新闻"
    t = "昆明市盘龙区总工会“红船领航·建党百年工会行”拉开帷幕"
    assert title.repeats_title("盘龙区总工会“红船领航·建党百年工会行”拉开帷幕", t)
    assert not title.repeats_title("拉开帷幕", t)
    assert title.subject("主题 : 红桥区总工会党组书记") == len("主题 : ")


def test_forum_lines():
    for line in ["级别: 管理员", "UID: 2170", "在线时间: 8570(时)", "注册时间: 2008-02-02", "dongzi离线"]:
        assert forum.profile_line(fold(line)), line
    assert forum.post_start(fold("楼主 发表于: 2022-07-25"))
    assert forum.rating_head(fold("评价一下你浏览此帖子的感受"))
    assert forum.rating_word(fold("灌水"))
    assert forum.reply_form_line(fold("快速回复"))
    assert not forum.profile_line(fold("前不久,红桥区职工思想引领阵地迎来了一批特别的参观者。"))


def test_whitespace_and_damage():
    assert tidy("\u3000\u3000强化思想引领\xa0把握\u200b正确政治方向  ") == "强化思想引领 把握正确政治方向"
    assert squash("a b\u200bc\n") == "abc"
    assert damage("社會氛圍?!?·8”前") == ["?!?"]
    assert damage("你知道吗?今天") == []


def test_fold_is_index_aligned():
    s = "發布時間：2024（測試）"
    assert len(fold(s)) == len(s)
    assert fold(s).startswith("发布时间:")


@pytest.mark.parametrize("line", [
    "江城晚报 2024-01-08 06:50", "2024年03月15日 星期五", "原创 张晓红 江城工会 2024-07-15 20:30 发表于湖北",
    "版次：03  作者：本报记者 陈立  2024年03月15日", "點閱次數：523",
    "某某区总工会 作者：张三 李四 2024-03-08 09:15",  # an app's source, writer and time spans set one space apart
])
def test_unlabelled_and_edition_metadata(line):
    assert chrome.is_header_line(fold(tidy(line)))


@pytest.mark.parametrize("line", ["2024年5月10日召开全市工会工作会议", "2024年5月10日起，全市职工可申请疗休养",
                                  "他说：作者 2024-03-08"])
def test_dated_headlines_are_not_metadata(line):
    assert not chrome.is_header_line(fold(line))


@pytest.mark.parametrize("line", ["【字体：大 中 小】", "阅读 (1327)", "举报/反馈", "【我要纠错】【打印】【关闭】", "展开全文", "在看", "列印"])
def test_page_widgets(line):
    assert chrome.is_widget_line(fold(line))


def test_widgets_leave_subheadings():
    assert not chrome.is_widget_line(fold("关注职工心理健康"))


def test_outlet_bylines_captions_and_end_marks():
    assert byline.byline_line(fold("澎湃新闻记者 钱思雨"))
    assert byline.byline_line(fold("（通讯员 张晓红 记者 李明）"))
    assert byline.credit_line(fold("（摄影 王刚）"))
    assert byline.editor_line(fold("责任编辑：李四_NBJ11823"))
    assert byline.caption_line(fold("▲ 配送员合唱团演唱原创歌曲《奔跑》。"))
    line = "工会干部向农民工宣讲劳动法律知识。新华社记者 张涛 摄"
    a, b = byline.caption_split(fold(line))
    assert line[a:b].strip() == "新华社记者 张涛 摄"
    t = "做到件件有着落、事事有回音。（完）"
    assert [(t[a:b], k) for a, b, k in byline.trail_spans(fold(t))] == [("（完）", "navigation")]


def test_a_news_apps_flash_name_before_the_reporter_is_a_byline():
    # (a city's news app named for its flashes, 某某快讯, credits its reporter under the headline; a sentence
    # on what the app's reporter did runs on and stays prose)
    assert byline.byline_line(fold("闽快讯记者 林晓燕"))
    page = "闽快讯\n打开APP\n某某区总工会为外卖骑手建起十个暖心驿站\n闽快讯记者 林晓燕\n2024/5/6 09:10\n\n" + \
        "5月5日，某某区总工会在商圈和社区建成十个暖心驿站，为外卖骑手提供饮水、充电和休息服务。\n"
    assert clean_text(page).title == "某某区总工会为外卖骑手建起十个暖心驿站"
    assert not byline.byline_line(fold("闽快讯记者从区总工会了解到，今年共建成驿站十个。"))


def test_forum_tool_bars_and_thread_tags():
    assert forum.toolbar_line(fold("回复 使用道具"))
    assert forum.toolbar_line(fold("回复 支持 反对"))
    assert not forum.toolbar_line(fold("支持工会为职工办实事"))
    assert forum.thread_tag(fold("[分享] 我们车间的职工书屋开张了")) == len("[分享] ")
    assert forum.is_forum([fold("发表于 2023-9-05 14:22 | 只看该作者"), fold("沙发")])


def test_notice_closing_lines():
    assert chrome.notice_line(fold("联系人：周老师，联系电话：0571-87651234"))
    assert chrome.issuer_line(fold("市总工会")) and chrome.issue_date_line(fold("2024年5月10日"))
    assert not chrome.issuer_line(fold("市总工会召开会议"))


def test_title_row_above_the_headline_keeps_its_site_suffix_apart():
    """A <title>-style row ("headline - channel - site") above the h1 headline is a repeat, and its
    suffix is a title_suffix (the extractor's site), not navigation."""
    from unionkit.clean import clean_text

    page = ("某市总工会开展夏送清凉慰问活动 - 要闻 - 某某工人网\n\n频道首页\n\n某市总工会开展夏送清凉慰问活动\n"
            "来源:某某工人网\n2023-07-12 09:30\n\n  连日来,某市总工会组织慰问组深入建筑工地、环卫站点,"
            "为一线职工送去防暑降温物资,叮嘱大家注意劳逸结合。\n")
    art = clean_text(page)
    assert art.title == "某市总工会开展夏送清凉慰问活动"
    kinds = {(r.kind, r.text) for r in art.removed}
    assert ("title_suffix", "- 要闻 - 某某工人网") in kinds
    assert ("repeated_title", "某市总工会开展夏送清凉慰问活动") in kinds


def test_a_title_row_barring_the_site_off_with_two_bare_hyphens_repeats_the_headline():
    """A small CMS's <title> row "headline--site" (two hyphens, no spaces) above the headline line: its suffix
    is the site's, so the row is the headline's copy and the headline line under it is the title."""
    from unionkit.clean import clean_text

    assert title.split_suffix("某县总工会开展“金秋助学”活动--某某工会在线") == ("某县总工会开展“金秋助学”活动", 15)
    page = ("某县总工会开展“金秋助学”活动--某某工会在线\n某某工会在线  www.example.net  今天是2024年9月1日\n"
            "首页 | 工会要闻 | 县市动态 | 联系我们\n某县总工会开展“金秋助学”活动\n发布时间:2024-09-01 10:00  来源:某县总工会\n"
            "近日,某县总工会为32名困难职工子女发放助学金9.6万元,帮助他们顺利入学。\n")
    assert clean_text(page).title == "某县总工会开展“金秋助学”活动"


def test_an_epaper_headline_list_under_its_heading_gives_no_title_and_a_report_drops_its_speaker_line():
    """An e-paper lists its page's stories under 本版标题导航 (one repeated in the issue's 本期要闻 sidebar): none is
    the headline, which stands on its own with its report's subtitle; the speaker's line under it is no paragraph."""
    from unionkit.clean import clean_text

    page = ("某某工人报数字报\n本版标题导航\n奋力谱写全市工会工作新篇章\n市总工会召开十届三次全委会议\n"
            "全市职工书屋建设现场推进会召开\n上一篇 下一篇 返回目录\n"
            "奋力谱写全市工会工作新篇章 ——市总工会2024年工作报告(摘要)\n市总工会党组书记、副主席 某某某\n"
            "2024年,全市各级工会团结动员广大职工建功立业,各项工作取得新进展,全年新建职工书屋120家。\n"
            "全年开展劳动和技能竞赛860项,参赛职工21万人次,职工提出合理化建议1.2万条。\n"
            "本期要闻\n市总工会召开十届三次全委会议\n全市职工书屋建设现场推进会召开\n")
    art = clean_text(page)
    assert art.title == "奋力谱写全市工会工作新篇章 ——市总工会2024年工作报告(摘要)"
    assert art.body[0].startswith("2024年,全市各级工会")
    assert len(art.body) == 2


@pytest.mark.parametrize("line, speaker", [("某某市总工会党组书记、常务副主席 某某某", True), ("市总工会副主席 王某", True),
                                           ("市总工会副主席王某介绍,全年新建驿站30个", False)])
def test_a_speaker_line_is_posts_then_a_name(line, speaker):
    assert byline.speaker_line(fold(line)) is speaker


@pytest.mark.parametrize("line", ["------分隔线----------------------------", "＝＝＝＝＝＝＝＝＝＝", "*****", "—————— 完 ——————"])
def test_drawn_rules_are_template_furniture(line):
    from unionkit.clean.chrome import separator_line
    from unionkit.clean.lines import fold

    assert separator_line(fold(line))


@pytest.mark.parametrize("line", ["2024-05-11", "1+8+X", "——注重思想引领,增强政治意识。", "A-B-C-D-E 五类人员"])
def test_text_with_dashes_is_not_a_rule(line):
    from unionkit.clean.chrome import separator_line
    from unionkit.clean.lines import fold

    assert not separator_line(fold(line))


@pytest.mark.parametrize("notice", ["本帖最后由 老李头 于 2023-3-18 21:06 编辑", "本帖最後由 老李頭 於 2023-3-18 21:06 編輯"])
def test_forum_edit_notice_leaves_the_post(notice):
    from unionkit.clean import clean_text

    page = (f"主题: 工会帮我们追回了被拖欠的工资\n老李头 当前离线\n楼主\n发表于: 2023-03-18 21:05\n{notice}\n"
            "去年年底工地老板跑了，我们十几个工友三个月的工资没着落，找了好几个部门都没有结果。\n")
    art = clean_text(page)
    assert art.body == ["去年年底工地老板跑了，我们十几个工友三个月的工资没着落，找了好几个部门都没有结果。"]
    assert any(r.kind == "forum_chrome" and "本帖" in r.text for r in art.removed)


# --- forum stamps, e-paper stacks, image placeholders (unseen batch 5 of hand-made pages) -----------------

@pytest.mark.parametrize("line, is_post", [
    ("来自Android客户端 1楼 2023-07-18 19:26 IP属地:河南", True),   # Tieba: the post's stamp under its text
    ("引用 2楼 秣陵路人 2024/05/27 09:02", True),                   # a board quoting a reply's floor
    ("#1楼  作者:金阳新区打工仔  日期:2023-03-08 11:42:03", True),    # Tianya-like floors
    ("天中小蚂蚁 楼主", True),                                       # a poster's name with the starter's badge
    ("壮乡阿强 | 楼主 | 2024-5-2 12:37 | 来自手机", True),             # … barred from it and the date
    ("楼主 | 只看楼主", True), ("工友 | 楼主说的对 | 2024-5-2", False),
    ("我家住在3楼,2023年搬进来的。", False),                           # prose about a floor
    ("楼主说得对", False),
])
def test_post_stamps(line, is_post):
    assert forum.post_start(fold(line)) is is_post


def test_level_badge_is_a_profile_line():
    assert forum.profile_line("Lv.7 吧主") and forum.profile_line("LV3")
    assert not forum.profile_line("Lv.7 吧主说得对不对呢我们看看")


def test_link_button_after_a_subject():
    f = fold("嘉定区总工会给园区“蓝领公寓”配上了职工书屋 [复制链接]")
    assert f[:forum.link_button(f)].strip().endswith("职工书屋")
    assert forum.link_button(fold("[复制链接]")) is None


@pytest.mark.parametrize("line, hit", [
    ("附件:厨艺大赛现场.jpg (128.5 KB, 下载次数: 12)", True),
    ("附件: 报名表.doc (23 KB)", True),
    ("附件：1.职工技能大赛报名表", False),      # a notice's attachment list belongs to the notice
])
def test_attachment_stamps(line, hit):
    assert forum.attachment_line(fold(line)) is hit


@pytest.mark.parametrize("line", ["[图片] 联谊会现场", "【图】培训现场", "比赛现场", "参赛选手合影留念"])
def test_caption_lines_without_credit(line):
    assert byline.caption_line(fold(line))


@pytest.mark.parametrize("line", ["一、赛事现场", "他说:“来到现场", "近日,工会组织职工来到比赛现场"])
def test_not_caption_lines(line):
    assert not byline.caption_line(fold(line))


def test_image_placeholders():
    assert all(byline.image_placeholder(fold(x)) for x in ["图片", "(图片)", "[图片]", "【图】"])
    assert not byline.image_placeholder("图片展示了职工风采")


@pytest.mark.parametrize("line", ["本版编辑:许诺", "本版责编：赵一鸣", "版面编辑:王芳"])
def test_edition_editor_lines(line):
    assert byline.editor_line(fold(line))


@pytest.mark.parametrize("line", ["来源 | 泰州日报", "【发布单位:桐城市总工会】", "来源于:黔东南日报  发布者:admin"])
def test_more_header_labels(line):
    assert chrome.is_header_line(fold(line))


@pytest.mark.parametrize("line", ["来源丨某某县总工会组宣部", "来源 丨 某某日报", "稿源︱某某融媒", "作者∣王某某"])
def test_bar_look_alikes_set_a_label_off(line):
    # (WeChat tails bar the label with the ideograph 丨; the fold reads it and the vertical forms as "|")
    assert chrome.is_header_line(fold(line))


def test_barred_source_line_under_the_text_is_metadata():
    text = ("某某县职工运动会开幕\n"
            "6月2日上午，某某县第三届职工运动会在县体育馆开幕，来自全县各乡镇和企业的28支代表队、900余名职工参加。\n"
            "本届运动会设篮球、拔河、跳绳等8个项目，赛期半个月，县总工会为各代表队配备了医疗和后勤保障。\n"
            "来源丨某某县总工会组宣部\n")
    art = clean_text(text)
    assert art.body[-1].startswith("本届运动会")
    assert any(r.text == "来源丨某某县总工会组宣部" for r in art.removed)


def test_epaper_site_names_are_not_headlines():
    assert not title.plausible_title("天津工人报数字报")
    assert title.plausible_title("天津工人报社举办职工运动会")


@pytest.mark.parametrize("line", ["《工人日报》(2024年07月12日 05版)", "字数：986"])
def test_paper_stamps_are_header_lines(line):
    assert chrome.is_header_line(fold(line))


@pytest.mark.parametrize("line, stamp", [
    # an e-paper dump's edition line under the text: the paper's name inside the brackets, its date and page
    ("（大众日报 2024年03月12日 05版）", True),
    ("(某某工人报 2024-03-12 第A03版)", True),
    # a bracketed pointer or a body sentence naming a paper's page stays
    ("（详见大众日报2024年3月12日05版）", False),
    ("（大众日报 2024年03月12日 05版刊发了这篇评论）", False),
    ("大众日报2024年03月12日05版刊发了评论员文章。", False),
    ("（2024年03月12日 05版）", False),
])
def test_epaper_edition_lines_with_the_paper_inside_the_brackets(line, stamp):
    assert bool(chrome.PAPER_STAMP.match(fold(line))) is stamp


def test_an_epaper_dumps_closing_edition_line_leaves_the_body():
    from unionkit.clean import clean_text

    page = ("某某日报数字报\n第05版：要闻\n市总工会服务新就业形态劳动者\n\n"
            "　　市总工会聚焦快递员、外卖送餐员等新就业形态劳动者，全市已建成户外劳动者服务站点1260个。\n"
            "　　此前，大众日报2024年03月05日05版刊发了这一做法，引起各地工会关注。\n\n"
            "（大众日报 2024年03月12日 05版）\n本版其他新闻：\n")
    art = clean_text(page)
    assert art.body[-1].endswith("引起各地工会关注。")
    assert ("page_header", "（大众日报 2024年03月12日 05版）") in {(r.kind, r.text) for r in art.removed}


@pytest.mark.parametrize("line", ["声明：本站转载此文目的在于传递更多信息，并不代表赞同其观点和对其真实性负责。",
                                  "免责声明:本文仅代表作者个人观点"])
def test_reprint_disclaimers_open_the_footer(line):
    assert chrome.tail_kind(fold(line)) == "site_footer"


def test_original_title_note():
    assert title.ORIGINAL_TITLE.match("原标题:海城区总工会开办暑期职工子女爱心托管班")
    assert not title.ORIGINAL_TITLE.match("原标题")


@pytest.mark.parametrize("line", ["原创2024-01-12 16:40·红山区融媒体中心", "编辑于 2023-09-12 21:47・IP 属地福建"])
def test_platform_stamps_are_header_lines(line):
    assert chrome.is_header_line(fold(line))


@pytest.mark.parametrize("line", ["以下文章来源于美兰工会 ，作者美兰区总工会", "美兰工会.", "海口市美兰区总工会官方账号，发布工会动态、服务职工群众。"])
def test_repost_source_box_lines(line):
    assert chrome.account_card_line(fold(line))


def test_a_body_sentence_naming_an_official_account_is_no_card():
    assert not chrome.account_card_line(fold("报名可通过区总工会官方微信公众号进行,名额有限。"))


@pytest.mark.parametrize("line", ["【打印】 【关闭】 【顶部】", "友善列印 回上頁", "回上頁 回首頁", "听全文", "【返回】【打印】"])
def test_more_page_buttons(line):
    assert chrome.is_widget_line(fold(line))


def test_a_notice_supervision_phone_above_the_issuer_is_text():
    assert chrome.contact_line(fold("监督电话：0937-6220000"))


def test_paper_lead_with_the_papers_name():
    assert byline.lead_spans(fold("随州日报讯（记者 詹若云 通讯员 柯静）3月12日，曾都区总工会举办培训班。"))[0][2] == "byline"


@pytest.mark.parametrize("text, tag", [
    ("荔枝新闻讯 “最近订单多，心里总是烦躁。”4月25日，挡车工王秀梅说。", "荔枝新闻讯 "),
    ("某某日报讯　近日，市总工会召开会议，部署全年工作。", "某某日报讯 "),
    ("某某新闻客户端讯 近日，市总工会召开会议，部署全年工作。", "某某新闻客户端讯 "),
])
def test_an_outlets_lead_tag_set_off_by_a_space(text, tag):
    """An outlet's 讯 tag with nothing after it but a space (荔枝新闻讯 “…”) leaves the first paragraph."""
    spans = byline.lead_spans(fold(text))
    assert spans and fold(text)[:spans[0][1]] == tag


@pytest.mark.parametrize("text", ["近日通报讯息显示，市总工会召开会议，部署工作。", "某某新闻讯息 显示，市总工会召开会议，部署工作。",
                                  "喜讯 传来，市总工会获得表彰，职工很高兴。", "某某电台讯号不好，市总工会召开会议。"])
def test_words_with_xun_open_no_lead_tag(text):
    assert byline.lead_spans(fold(text)) == []


def test_author_post_list_is_no_byline():
    assert not byline.byline_line(fold("作者最新文章"))
    assert chrome.tail_kind(fold("作者最新文章")) == "related_links"


def test_epaper_site_name_with_a_space():
    assert not title.plausible_title("锦州日报 数字报")


@pytest.mark.parametrize("line", ["索 引 号：JLZGH-2024-00315", "文　　号：吉工发〔2024〕21号", "发 布 机 构：某某市总工会"])
def test_disclosure_table_labels_spaced_out_letter_by_letter(line):
    assert chrome.is_header_line(fold(tidy(line)))


def test_a_table_row_with_a_spaced_label_after_a_value_reads_both_labels():
    """A TRS portal's metadata table on one line: 作　　者： | 胡晓岚 | 点 击 数： | 1326, each label spaced out to fill
    its cell: both labels are read, so the row is a header line, not navigation."""
    f = fold(tidy("作\u3000\u3000者： 胡晓岚 点 击 数： 1326"))
    assert chrome.header_labels(f) == {"author", "views"}
    assert chrome.is_header_line(f, strict=True)
    # a spaced run glued to the word before it is no label cell (年 会 is inside the sentence's words)
    assert chrome.despace_label(fold("第十届年 会:开幕")) == fold("第十届年 会:开幕")


def test_a_spaced_name_before_a_colon_in_a_sentence_is_no_label():
    assert chrome.despace_label(fold("王 刚:我们一定做好")) == fold("王刚:我们一定做好")  # closed up, yet no label word
    assert not chrome.header_labels(fold("王 刚:我们一定做好"))


def test_breadcrumb_with_your_current_place():
    assert chrome.is_nav_line(fold("您当前的位置：首页 > 通知公告"))


@pytest.mark.parametrize("line", ["工人日报 - 数字报", "南充日报数字报刊平台", "某某晚报 | 电子版"])
def test_epaper_branding_is_no_title(line):
    assert not title.plausible_title(fold(line))


def test_epaper_headline_is_a_title():
    assert title.plausible_title(fold("郑州：工会法律援助帮1300余名农民工追回欠薪"))


@pytest.mark.parametrize("line,kind", [
    ("相关信息", "related_links"),
    ("【本版导读】", "related_links"),
    ("下载齐鲁工惠APP 享受会员专属福利", "social_links"),
])
def test_more_tail_markers(line, kind):
    assert chrome.tail_kind(fold(line)) == kind


def test_related_information_inside_a_sentence_opens_no_block():
    assert chrome.tail_kind(fold("相关信息将在官网公布")) is None


@pytest.mark.parametrize("line", ["湘潭日报全媒体记者 唐慧 实习生 谭雨", "融媒体记者 张三"])
def test_all_media_reporter_bylines(line):
    assert byline.byline_line(fold(tidy(line)))


@pytest.mark.parametrize("line, is_post", [
    ("来自Android客户端1楼2024-05-20 14:33", True),   # Tieba: floor glued to the client and the date
    ("3楼2024-05-20 16:47", True),
    ("住在12楼2024-05-20那天搬的家", False),            # no floor stamp: words run on after the date
    ("他在3楼办公，2024-05-20起对外开放。", False),
])
def test_glued_floor_stamps(line, is_post):
    assert forum.post_start(fold(line)) is is_post


def test_tieba_thread_keeps_only_the_first_post():
    """A Tieba page: board header, tool bar, subject, poster's name and level, the post, then its floor stamp
    ("来自…客户端1楼DATE") and the replies: the stamp closes the first post, a short first paragraph stays."""
    from unionkit.clean import clean_text

    page = ("工会帮我们讨回了工资_某某吧_百度贴吧\n百度贴吧\n某某吧\n关注：1,234 贴子：5,678\n看贴 图片 精品 视频\n"
            "只看楼主 收藏 回复\n工会帮我们讨回了工资\n工地老王\n8\n说说工会帮我们讨薪的事，给大家参考。\n"
            "去年年底老板跑了，我们十几个工友三个月的工资没着落，找了区总工会的法律援助律师，最后全部要回来了。\n"
            "来自Android客户端1楼2024-05-20 14:33\n回复\n路人甲\n5\n厉害，求个电话\n2楼2024-05-20 15:02\n回复\n")
    art = clean_text(page)
    assert art.title == "工会帮我们讨回了工资"
    assert art.body == ["说说工会帮我们讨薪的事，给大家参考。",
                        "去年年底老板跑了，我们十几个工友三个月的工资没着落，找了区总工会的法律援助律师，最后全部要回来了。"]
    kinds = {r.text: r.kind for r in art.removed}
    assert kinds["工地老王"] == "user_profile" and kinds["百度贴吧"] == "forum_chrome"


def test_a_unit_name_a_later_list_line_starts_with_is_no_preview():
    from unionkit.clean.duplicates import duplicate_paragraphs

    assert duplicate_paragraphs(["某某电气股份有限公司", "某某市第一医院", "某某电气股份有限公司变压器车间二班"]) == []
    cut = "今年以来，市总工会联合住建部门在全市"  # cut inside running text: still a preview
    assert duplicate_paragraphs([cut, cut + "建成驿站五十个，户外劳动者有了歇脚地。"]) == [0]


def test_a_notice_address_over_its_lists_and_signature_is_text():
    """A 公示: contact and address lines, an attachment's lists, then the issuer over the date: the address
    is the notice's (its signature follows), not the site's footer; the footer after the date still goes."""
    from unionkit.clean import clean_text

    page = ("关于某某市五一劳动奖拟表彰对象的公示\n发布时间：2024-04-15　来源：某某市总工会\n\n"
            "经基层推荐、县级工会审核、市总工会审定，拟授予下列单位和个人某某市五一劳动奖，现予公示。\n"
            "联系人：张三　电话：0312-0000000\n地址：某某市某某路100号某某市总工会经济技术部\n附件：拟表彰对象名单\n\n"
            "一、五一劳动奖状（2个）\n某某电气股份有限公司\n某某市第一医院\n二、五一劳动奖章（1名）\n李四　某某医院护士长\n\n"
            "某某市总工会\n2024年4月15日\n\n附件下载：名单.docx\n上一条：关于开展技能大赛的通知\n"
            "主办单位：某某市总工会\n冀ICP备00000000号-1\n")
    art = clean_text(page)
    assert art.body[-2:] == ["某某市总工会", "2024年4月15日"]
    assert "地址：某某市某某路100号某某市总工会经济技术部" in art.body and "某某市第一医院" in art.body
    kinds = {r.text: r.kind for r in art.removed}
    assert kinds["冀ICP备00000000号-1"] == "site_footer" and kinds["附件下载：名单.docx"] == "navigation"


def test_a_site_footer_address_without_a_signature_below_ends_the_article():
    from unionkit.clean import clean_text

    page = ("某市总工会开展夏送清凉活动\n来源：某某工人网　2023-07-12\n\n"
            "连日来，某市总工会组织慰问组深入建筑工地、环卫站点，为一线职工送去防暑降温物资。\n"
            "地址：某某市某某路1号　电话：0000-0000000\n某某工会网\n冀ICP备00000000号\n")
    art = clean_text(page)
    assert art.body == ["连日来，某市总工会组织慰问组深入建筑工地、环卫站点，为一线职工送去防暑降温物资。"]


@pytest.mark.parametrize("line", ["某某市总工会 > 工会动态", "工会要闻 » 基层风采", "某某工会网 >> 通知公告"])
def test_two_crumbs_joined_by_an_arrow_are_navigation(line):
    assert chrome.is_nav_line(fold(line))
    assert not title.plausible_title(fold(line))


@pytest.mark.parametrize("line", ["从“要我安全”→“我要安全”", "从车间→课堂 职工技能提升记", "安全>效益:某厂班组长的一堂课"])
def test_an_arrow_inside_a_headline_is_no_breadcrumb(line):
    assert not chrome.is_nav_line(fold(line))
    assert title.plausible_title(fold(line))


@pytest.mark.parametrize("line", ["2024-03-05  B3版:地方新闻", "2023年11月02日 03版：要闻"])
def test_an_edition_without_di_is_metadata(line):
    assert "edition" in chrome.header_labels(fold(tidy(line)))
    assert chrome.is_header_line(fold(tidy(line)))


def test_an_edition_number_inside_a_word_is_no_label():
    assert "edition" not in chrome.header_labels(fold("改版后AB12版：新栏目"))


def test_a_papers_masthead_over_the_date_is_not_the_headline():
    """An e-paper page: the paper's name, the date and edition, the headline, then a 本报讯 paragraph
    without brackets: the headline is the article's, the reporters go as a byline."""
    from unionkit.clean import clean_text

    page = ("某某工人日报\n2024-03-05  B3版:地方新闻\n\n某某区总工会开展春季职工健步走\n\n"
            "本报讯 记者 李明 通讯员 王芳 3月3日,某某区总工会组织300余名职工开展春季健步走活动,全程约8公里。\n"
            "活动中,区总工会还为一线职工送去了慰问品。\n")
    art = clean_text(page)
    assert art.title == "某某区总工会开展春季职工健步走"
    assert art.body[0].startswith("3月3日,")
    kinds = {r.text: r.kind for r in art.removed}
    assert kinds["本报讯 记者 李明 通讯员 王芳"] == "byline" and kinds["2024-03-05 B3版:地方新闻"] == "page_header"


@pytest.mark.parametrize("text, lead", [
    ("本报讯 记者 李明 通讯员 王芳 3月3日,区总工会举办培训。", "本报讯 记者 李明 通讯员 王芳 "),
    ("本报讯 通讯员 阿依古丽·买买提 近日,区总工会举办培训。", "本报讯 通讯员 阿依古丽·买买提 "),
    ("本报讯 记者从市总工会获悉,全市今年将新建驿站50个。", "本报讯 "),      # no name: the sentence starts
    ("本报讯 记者 李明近日走访了多家企业,了解职工需求。", "本报讯 "),        # the name runs into the text
])
def test_a_bracketless_paper_lead_byline(text, lead):
    (a, b, k), = byline.lead_spans(fold(text))
    assert (text[a:b], k) == (lead, "byline")


@pytest.mark.parametrize("line, kind", [
    ("附件:无", "related_links"), ("附件：（暂无）", "related_links"), ("【附件：暂无】", "related_links"), ("(下载次数:35)", "navigation"),
    ("下载量：12次", "navigation"), ("某工〔2024〕18号", "page_header"), ("某某发[2023]5号", "page_header"),
])
def test_notice_furniture_lines(line, kind):
    from unionkit.clean.shapes import shape_kind

    assert shape_kind(fold(line), True) == kind


@pytest.mark.parametrize("line", ["附件:2024年获奖名单", "根据某工〔2024〕18号文件精神,现将有关事项通知如下:", "下载次数较多的文件"])
def test_notice_lines_with_text_stay(line):
    from unionkit.clean.shapes import shape_kind

    assert shape_kind(fold(line), True) is None


def test_an_attachment_with_a_file_is_still_a_notice_line():
    assert chrome.notice_line(fold("附件:2024年获奖名单")) and not chrome.notice_line(fold("附件:无"))


def test_joint_issuers_side_by_side_sign_a_notice():
    assert chrome.issuer_line(fold(tidy("某某县总工会　　　某某县人力资源和社会保障局")))
    assert not chrome.issuer_line(fold("某某县总工会 召开 全体会议"))


def test_a_unit_union_and_an_office_sign_a_campus_notice():
    # a university's notice signed by its union and an office (校工会　教务处): the date under them stays too
    assert chrome.issuer_line(fold(tidy("校工会　教务处"))) and chrome.issuer_line(fold("人事处"))
    assert not chrome.issuer_line(fold("工会")) and not chrome.issuer_line(fold("校工会 到处"))


@pytest.mark.parametrize("tok, lone", [
    ("E4fra", True), ("k7Qmz", True), ("xzomq", True),
    ("H1N1", False), ("B2B", False), ("COP15", False), ("Mate60", False), ("iPhone15", False), ("Zhang", False),
    ("A320neo", False), ("Mate60Pro", False), ("w3school", False), ("Ke4u", False),
])
def test_lone_random_tokens(tok, lone):
    from unionkit.clean.jammer.shapes import _random_lone

    assert _random_lone(tok) is lone


def test_a_lone_token_after_a_jammed_line_goes_only_on_a_jammed_page():
    from unionkit.clean.jammer import jammed_page_spans

    texts = ["第一段文字。", "E4fra", "第二段文字。", "H1N1"]
    assert jammed_page_spans(texts, [True, False, True, False], [False] * 4) == [[], [(0, 5)], [], []]
    assert jammed_page_spans(texts, [True, False, False, False], [False] * 4) == [[]] * 4  # one jammed line: no page


@pytest.mark.parametrize("line, tagged", [
    ("#劳模 #工匠 #进校园", True), ("＃五一劳动节＃", True), ("#职工书屋# #全民阅读#", True),
    ("#1 #2", False), ("# 一、工作目标", False), ("#劳模精神#在车间里代代相传", False),
])
def test_a_line_of_topic_tags_opens_the_links(line, tagged):
    assert chrome.hashtag_line(fold(line)) is tagged
    assert (chrome.tail_kind(fold(line)) == "related_links") is tagged


@pytest.mark.parametrize("line, promo", [
    ("打开新于都APP，阅读体验更佳", True), ("打开某某客户端", True), ("打开APP查看更多", True),
    ("下载某某APP 享受会员专属福利", True),
    ("打开“鄂汇办”APP，进入工会服务专区即可报名。", False), ("打开手机APP，在首页点击工会服务，填写个人信息", False),
])
def test_app_open_prompts_are_chrome(line, promo):
    assert (chrome.tail_kind(fold(line)) is not None) is promo


@pytest.mark.parametrize("line", ["更多图集", "更多视频", "更多新闻"])
def test_a_more_heading_opens_related_links_though_made_of_menu_words(line):
    assert chrome.more_heading(fold(line))
    assert not chrome.more_heading(fold("首页 新闻 更多新闻"))


@pytest.mark.parametrize("line, widget", [
    ("相關附件：講座簡報.pdf（1.2MB）", True), ("附件：报名表.docx (35 KB)", True), ("会议通知.pdf [356K]", True),
    ("附件:1.于都县2024年职工职业技能竞赛获奖名单.xlsx", False), ("附件：参赛报名表", False),
    ("全年共处理数据1.2MB，同比增长3.5%。", False),
])
def test_a_file_offered_with_its_size_is_the_download_box(line, widget):
    f = fold(line)
    assert chrome.file_download_line(f) is widget
    if line.startswith("附件"):
        assert chrome.notice_line(f) is not widget  # a notice's own attachment line (no size) stays


def test_the_download_box_and_more_links_leave_the_body():
    from unionkit.clean import clean_text

    para = "本会于9月12日晚间举办劳动权益讲座，邀请律师主讲，共有会员及移工近百人参加，现场气氛热烈。"
    page = "\n".join(["讲座举办", para, para.replace("本会", "工会"), "相关附件：讲座简报.pdf（1.2MB）",
                      "更多图集", "沙县小吃职业技能大赛举行", "大田县举办职工趣味运动会", ""])
    art = clean_text(page)
    assert art.body == [para, para.replace("本会", "工会")]
    assert {r.kind for r in art.removed} == {"related_links"}


@pytest.mark.parametrize("line, pager", [("共2页:", True), ("共 12 页 上一页 1 2 下一页", True), ("共12页的调研报告", False)])
def test_a_page_count_over_the_pager_is_navigation(line, pager):
    assert (chrome.tail_kind(fold(line)) == "navigation") is pager


def test_the_title_row_with_a_long_suffix_still_repeats_the_headline():
    """A text dump opens with the page's <title> row (headline - channel - site); the headline further down
    wins over a labelled service line that a metadata-looking line follows."""
    from unionkit.clean import clean_text

    para = "為協助會員了解自身勞動權益，本會於9月12日晚間在會館舉辦講座，邀請律師主講，共有會員近百人參加。"
    page = "\n".join(["本會舉辦勞動權益講座 協助移工了解勞基法 - 最新消息 - 桃園市產業總工會", "", "服務專線：(03)425-1234",
                      "服務時間：週一至週五 09:00-17:30", "", "本會舉辦勞動權益講座 協助移工了解勞基法", "",
                      "發布日期：2024-09-14　點閱次數：412", "", para, ""])
    assert clean_text(page).title == "本會舉辦勞動權益講座 協助移工了解勞基法"


@pytest.mark.parametrize("line, widget", [
    ("微信微博QQ空间", True), ("微信 微博 QQ空间", True),  # a share bar with no 分享到 label
    ("市总工会开通微信微博", False), ("微信", False),
])
def test_bare_share_bar_is_a_widget_line(line, widget):
    from unionkit.clean.chrome import is_widget_line
    assert is_widget_line(line) is widget


# ---- batch 13 (crawl13 text pages): the kinds of line its pages showed, each with a look-alike that stays

@pytest.mark.parametrize("line, is_byline", [
    ("□本报记者 杨柳 文/图", True),  # the reporter's work closes the byline, no name after it
    ("【香港商報訊】記者何嘉欣報道：", True), ("【本報訊】", True),  # HK/TW papers' tag, alone or with the reporter
    ("【重要通知】", False), ("本报记者杨柳深入车间采访。", False),
])
def test_byline_shapes(line, is_byline):
    assert byline.byline_line(fold(line)) is is_byline


def test_bracketed_news_tag_opens_the_first_paragraph():
    f = fold("【香港商報訊】記者何嘉欣報道：香港天文台本月多次發出酷熱天氣警告")
    (a, b, kind), = byline.lead_spans(f)
    assert kind == "byline" and f[b:].startswith("香港天文台")


@pytest.mark.parametrize("line, caption", [
    ("唐毅（右）接受记者采访。", True), ("王刚（左二）与李明（右一）交流。", True), ("市总工会领导（中）为劳模颁奖", True),
    ("他说（左）边的机器……", False),
    ("唐毅（右）接受记者采访，他表示，今年将在全市建成1000个工会驿站，推动平台企业开展集体协商。", False),
])
def test_caption_pointing_at_a_person(line, caption):
    assert byline.pointed_caption(fold(line)) is caption


def test_pointed_caption_is_not_the_headline():
    """The lead photo's caption above the first paragraph is a caption; the headline-shaped line is the title."""
    from unionkit.clean import clean_text

    para = "近日，某市总工会党组书记、主席接受本报专访，就推进产业工人队伍建设改革等问题回答了记者提问，谈了今后的打算。"
    page = "\n".join(["某某工人日报 | 2024年04月25日 | 第A3版：访谈", "", "专访｜某市总工会主席：让产业工人既有面子又有里子", "",
                      "□本报记者 杨柳 文/图", "", "唐毅（右）接受记者采访。", "", para, para.replace("近日", "此前"), ""])
    art = clean_text(page)
    assert art.title == "专访｜某市总工会主席：让产业工人既有面子又有里子"
    assert art.body == [para, para.replace("近日", "此前")]
    assert art.captions == ["唐毅（右）接受记者采访。"]


@pytest.mark.parametrize("line, nav", [
    ("【收藏本页】【打印】【关闭】", True), ("【打印此页】　【关闭窗口】", True), ("【首页】【工会动态】", True),
    ("【法条链接】", False), ("【香港商報訊】記者何嘉欣報道：", False),
])
def test_rows_of_bracketed_buttons(line, nav):
    f = fold(line)
    assert (chrome.is_nav_line(f) or chrome.is_widget_line(f)) is nav


@pytest.mark.parametrize("line, kind", [
    ("【法条链接】", "related_links"), ("《中华人民共和国劳动合同法》第四十条  详见原文", "related_links"),
    ("[复制链接]", None), ("【友情链接】", "site_footer"),
])
def test_link_sidebar_markers(line, kind):
    assert chrome.tail_kind(fold(line)) == kind


@pytest.mark.parametrize("line, counted", [
    ("网上祭奠：献花（286）　点烛（97）　留言", True), ("点赞(12) 收藏(3)", True),
    ("长春市（6家）", False), ("一等奖（3人）　二等奖（5人）", False),
])
def test_counted_buttons_are_widgets(line, counted):
    assert chrome.is_widget_line(fold(line)) is counted


@pytest.mark.parametrize("line, gallery", [
    ("活動照片（共8張）", True), ("组图（共12幅）", True), ("活动共8场", False), ("照片", True),
])
def test_gallery_count_is_a_placeholder(line, gallery):
    assert byline.image_placeholder(fold(line)) is gallery


@pytest.mark.parametrize("line, profile", [
    ("积分 3620　帖子 1288　主题 211　注册时间 2016-3-2", True), ("主题 86 帖子 1932 积分 4120", True),
    ("积分 3620 帖子 1288", False), ("主题 三 是职工的积分制管理", False),
])
def test_bare_profile_stats(line, profile):
    assert forum.profile_line(fold(line)) is profile


def _download_page(tail: list[str]) -> str:
    para = "5月12日国际护士节前夕，某市卫生健康系统工会召开庆祝大会，表彰2024年度十佳护士长和优秀护士，会上宣读了表彰决定。"
    return "\n".join(["某某工会网", "", "市卫生健康系统工会表彰十佳护士长", "发布日期：2024年05月13日", "", para, "", *tail])


def test_download_box_after_the_text():
    """A bare 附件: label with only file names under it, then the page's buttons: the download box."""
    from unionkit.clean import clean_text

    art = clean_text(_download_page(["附件：", "1. 2024年度十佳护士长名单.docx", "【收藏本页】【打印】【关闭】",
                                      "版权所有：某市卫生健康系统工会"]))
    assert len(art.body) == 1
    assert {r.kind for r in art.removed if "docx" in r.text or r.text == "附件："} == {"related_links"}


def test_notice_attachments_before_the_signature_stay():
    """The notice's own annex lines stay: the label with the annex on its line (附件：1. X.docx), or a bare label
    over annex names without file extensions."""
    from unionkit.clean import clean_text

    art = clean_text(_download_page(["附件：1. 2024年度十佳护士长名单.docx", "2. 优秀护士名单.docx",
                                      "某市卫生健康系统工会", "2024年5月13日"]))
    assert "附件：1. 2024年度十佳护士长名单.docx" in art.body and "2. 优秀护士名单.docx" in art.body
    art = clean_text(_download_page(["附件：", "1. 2024年度十佳护士长名单", "某市卫生健康系统工会", "2024年5月13日"]))
    assert "1. 2024年度十佳护士长名单" in art.body


def test_download_box_over_the_signature():
    """A bare 附件: label over only file names with their extensions is the CMS's download box, also when the
    signature follows it (the notice's signature is no chrome that ends the box)."""
    from unionkit.clean import clean_text

    art = clean_text(_download_page(["附件：", "1. 2024年度十佳护士长名单.docx", "某市卫生健康系统工会", "2024年5月13日"]))
    assert {r.kind for r in art.removed if "docx" in r.text or r.text == "附件："} == {"related_links"}


def _jammed(texts: list[str]) -> list[list[str]]:
    """What jammed_page_spans takes from each line of a page whose first two lines carried jammer tails."""
    from unionkit.clean.jammer import jammed_page_spans

    n = len(texts)
    spans = jammed_page_spans(texts, [True, True] + [False] * (n - 2), [False] * n)
    return [[t[a:b].strip() for a, b in sp] for t, sp in zip(texts, spans)]


def test_padded_junk_token_inside_text_on_a_jammed_page():
    got = _jammed(["第一段。", "第二段。", "7月以来， NGQYikb+e 深圳持续高温，行动， RZ5jV 为一线职工送去物资。",
                   "大会提出 COP15 目标，推广 APP 和 1+8+X 模式，详见 www.workercn.cn 网站。"])
    assert got[2] == ["NGQYikb+e", "RZ5jV"] and got[3] == []


@pytest.mark.parametrize("lone, junk", [("NYXXGNApmq", True), ("HTMLParser", False), ("WeChat", False),
                                        ("XGBoost", False), ("CCTV", False)])
def test_lone_mixed_letters_after_a_jammed_line(lone, junk):
    got = _jammed(["第一段。", "第二段。", lone])  # (the per-line rules cut the first two lines' tails)
    assert (got[2] == [lone]) is junk


@pytest.mark.parametrize("line, header", [
    ("本文链接:http://www.example.cn/news/2024/0611/3381.html", True),
    ("原文链接：https://www.example.org.cn/fw/", True),
    ("本文转自：某某集团工会", True), ("转载自:某某日报", True),
    ("本文链接见文末,请访问网站查看全文", False), ("网址:请在会后公布", False),
])
def test_url_and_repost_lines_inside_the_body(line, header):
    """A line of only the page's address under its label, or a repost's source note, is metadata in the body too."""
    assert chrome.is_header_line(fold(line), strict=True) is header


@pytest.mark.parametrize("line, kind", [
    ("本站部分内容来自互联网,如有侵权请联系管理员删除。", "site_footer"),
    ("图片来源网络,如有侵权请及时联系我们删除", "site_footer"),
    ("本网部分文章转载自网络，仅供学习交流", "site_footer"),
    ("这家公司部分内容来自互联网平台的订单。", None),
])
def test_infringement_disclaimers(line, kind):
    assert chrome.tail_kind(fold(line)) == kind


def _captioned_page(tail: list[str]) -> str:
    para = "近日，某某市总工会在市劳模工匠学院举办“工匠绝活进课堂”活动，多名省级技术能手现场演示技艺，青年职工踊跃提问。"
    para2 = "市总工会负责人介绍，今年将联合各产业工会开展技能培训二十余期，覆盖全市重点企业的一线职工，培训经费由工会承担。"
    return "\n".join(["某某工会网", "", "锡都工匠绝活传承", "发布时间：2024-06-03", "", para, para2, "", *tail])


@pytest.mark.parametrize("tail", [["张三(右二)向徒弟传授錾刻技艺。"], ["▼", "张三(中)向青年职工演示技艺"]])
def test_pointed_caption_after_the_text(tail):
    """A photo's caption pointing at a person, on its own line after a finished paragraph (perhaps under a ▼)."""
    from unionkit.clean import clean_text

    art = clean_text(_captioned_page(tail))
    assert len(art.body) == 2 and art.captions == [tail[-1]]


def test_pointed_sentence_inside_a_paragraph_stays():
    """A wrapped paragraph's next line is no caption, even when it points at someone."""
    from unionkit.clean import clean_text

    page = _captioned_page(["张三(右二)与工友们一起听讲。"]).replace("承担。", "承担，")
    art = clean_text(page)
    assert not art.captions and art.body[-1].endswith("张三(右二)与工友们一起听讲。")


@pytest.mark.parametrize("line", ["01", "PART 02", "Part.3", "NO.4", "— 05 —", "｜06｜"])
def test_a_layouts_section_number_is_markup(line):
    from unionkit.clean.shapes import shape_kind

    assert shape_kind(fold(line), True) == "markup"


@pytest.mark.parametrize("line", ["1", "10", "2024", "01 精准摸排", "第一部分", "NO.1 精准帮扶"])
def test_numbers_with_text_or_unpadded_are_no_section_number(line):
    from unionkit.clean.shapes import shape_kind

    assert shape_kind(fold(line), True) != "markup"


def test_the_subheading_under_a_section_number_stays_in_the_body():
    from unionkit.clean import clean_text

    page = ("某县总工会开展金秋助学活动\n2024-08-23\n"
            "8月22日，某县总工会举行金秋助学助学金发放仪式，为86名考入大学的困难职工子女发放助学金34.4万元。\n"
            "01\n精准摸排 应助尽助\n"
            "今年6月起，县总工会联合各镇工会对困难职工家庭子女升学情况进行全面摸排，确保符合条件的学生一个不漏。\n")
    art = clean_text(page)
    assert "精准摸排 应助尽助" in art.body and not art.captions
    assert ("markup", "01") in [(r.kind, r.text) for r in art.removed]


# --------------------------------------------------------------------------- batch 25 layouts

@pytest.mark.parametrize("line, rest", [
    ("* 帖子主题:镇宁县总工会举办刺绣技能竞赛", "镇宁县总工会举办刺绣技能竞赛"),
    ("信息名称：抚松县总工会2024年春风行动开展情况", "抚松县总工会2024年春风行动开展情况"),
    ("主题 : 某某工会举办职工运动会", "某某工会举办职工运动会"),
])
def test_subject_labels_before_a_headline(line, rest):
    f = fold(line)
    assert f[title.subject(f):] == rest


@pytest.mark.parametrize("line", ["主题党日活动在县总工会举行", "名称不重要，服务最重要", "* 县总工会召开主题党日活动"])
def test_headlines_without_a_subject_label(line):
    assert title.subject(fold(line)) is None


@pytest.mark.parametrize("line", ["[转帖]修武县总工会为困难职工子女送上助学金", "【原创】县总工会开展送清凉活动",
                                  "(转载)市总工会举办劳模宣讲"])
def test_repost_mark_before_a_headline(line):
    f = fold(line)
    assert title.repost_tag(f) in (4, 6) and f[title.repost_tag(f):].startswith(("修武县", "县总工会", "市总工会"))


@pytest.mark.parametrize("line", ["转帖是网友分享信息的常见做法", "[转帖]", "原创作品保护进企业", "【工会动态】县总工会开展活动"])
def test_no_repost_mark(line):
    assert title.repost_tag(fold(line)) is None


@pytest.mark.parametrize("head, doc", [
    ("关于开展2024年“金秋助学”活动的通知", True), ("2023年度五一劳动奖拟表彰名单公示", True),
    ("曲靖市总工会印发《实施意见》", True), ("关于印发《某区总工会2024年工作要点》的通知", True),
    ("抚松县总工会2024年“春风行动”暨就业援助月活动开展情况", False), ("县总工会为困难职工子女送上助学金", False),
    ("市卫生健康系统工会表彰十佳护士长", False),
    # an office's own work summary and work points report on its work, as a story does
    ("某区总工会2024年工作要点", False), ("某市总工会2023年工作总结及2024年工作要点", False),
])
def test_document_titles(head, doc):
    assert title.document_title(head) is doc


def _signed_page(head: str, extra: list[str] = ()) -> str:
    para = "根据省、市总工会的部署，县总工会从2月上旬至3月底在全县组织开展了系列活动，帮助310名职工实现就业。"
    return "\n".join([head, "发布日期：2024-04-02", "", para, *extra, "", "某县总工会", "2024年4月2日", "", "主办：某县人民政府办公室"])


@pytest.mark.parametrize("head", ["某县总工会2024年春风行动开展情况", "某县总工会2023年工作总结及2024年工作要点"])
def test_a_reports_signature_is_its_byline(head):
    """An issuer and date under a report or story (its title names no document) sign it: not text."""
    from unionkit.clean import clean_text

    art = clean_text(_signed_page(head))
    assert len(art.body) == 1
    assert {(r.kind, r.text) for r in art.removed} >= {("byline", "某县总工会"), ("byline", "2024年4月2日")}


@pytest.mark.parametrize("head, extra", [("关于开展2024年春风行动的通知", []),
                                         ("某县总工会2024年春风行动开展情况", ["联系人：王丽 联系电话：0439-1234567"])])
def test_a_notices_signature_stays(head, extra):
    """A notice signs its text: its title names a document, or it has a notice's contact or attachment lines."""
    from unionkit.clean import clean_text

    art = clean_text(_signed_page(head, extra))
    assert art.body[-2:] == ["某县总工会", "2024年4月2日"]


@pytest.mark.parametrize("line", [
    "本文为红网原创作品，未经授权不得转载。",
    "本文为某某网原创文章，转载请附上原文出处链接和本声明。",
    "本文系“学习强国”某某学习平台原创，转载请注明出处",
    "本文内容由作者发布，不代表腾讯新闻立场",
    "（本稿件为某某工会原创，如需转载请联系本号）",
    "未经授权，不得转载。",
    "转载请注明出处。",
    "本文经「原本」原创认证，作者某市总工会，访问yuanben.io查询【3GK1HT2U】",
])
def test_reprint_and_platform_statements_are_footer(line):
    assert chrome.tail_kind(fold(line)) == "site_footer"


@pytest.mark.parametrize("line", [
    "本文件由县总工会负责解释。",
    "他说，原创作品未经授权不得转载，这是著作权法的要求，工会将开展普法宣传。",
    "本文为大家介绍三种维权途径：协商、调解和仲裁，职工可根据情况选择。",
    "县总工会发布的倡议书得到职工积极回应，转载量超过一万次，不少企业主动联系工会。",
    "本文经工会审核认证，现予公布。",
])
def test_prose_about_reprints_is_no_footer(line):
    assert chrome.tail_kind(fold(line)) is None


@pytest.mark.parametrize("line, kind", [
    ("本文標籤:青梅 技能競賽 陸河", "related_links"), ("文章标签：劳模 工匠", "related_links"), ("Tags: 劳模", "related_links"),
    ("最赞回应", "comment_form"), ("全部回复 (12)", "comment_form"), ("你的回应  ……", "comment_form"),
    ("回复(2) | 浏览(539)", "comment_form"), ("赞(12) 回应", "comment_form"), ("浏览(539) | 收藏(3)", "navigation"),
    ("· 南河畔:工会办实事,点赞!  2024-08-24 11:13", "comment_form"),
])
def test_tag_lines_and_reply_blocks(line, kind):
    assert chrome.tail_kind(fold(line)) == kind


@pytest.mark.parametrize("line", [
    "回应职工关切", "回复群众来信3件", "阅读 推荐", "标签化管理让服务更精准", "全部回应职工诉求",
    "来源:修武县总工会 2024-08-24 10:02", "活动时间:2024-08-24 10:00",
    "会议指出:要持续做好困难职工帮扶工作 2024年8月24日",
])
def test_lines_that_open_no_reply_block(line):
    assert chrome.tail_kind(fold(line)) not in ("comment_form", "related_links")


def test_a_traditional_boards_tool_row():
    assert forum.tool_row(fold("回覆  引用  舉報  頂端"))
    assert not forum.tool_row(fold("引用专家观点进行回复说明"))


def test_a_post_tool_row_under_the_text_opens_the_posts_chrome():
    """After the text, a post's tool row and what follows it (the poster's stats line) are chrome."""
    from unionkit.clean import clean_text

    para = "這座驛站由區總工會和鎮總工會共同建設，面積約60平方米，設有休息區、閲讀區和應急藥箱，對户外勞動者開放。"
    art = clean_text("\n".join(["某鎮户外勞動者驛站上新了", "發表於 2024-11-02 19:48", "", para, "",
                                "回覆  引用  舉報  頂端", "", "樓主發言:1次 發帖時間:2024-11-02 19:48:06",
                                "某某生活網 © 2009-2024"]))
    assert art.body == [para]
    assert {r.kind for r in art.removed if "樓主" in r.text or "回覆" in r.text} == {"forum_chrome"}


def test_a_group_posts_replies_are_chrome():
    from unionkit.clean import clean_text

    para = "驿站在小区门口，大概四十平，有空调、饮水机、微波炉、充电柜，还有一个小药箱，门口贴着开放时间。"
    art = clean_text("\n".join(["眉山的骑手驿站，真的有点东西", "来自: 某骑士  2024-07-22 22:31:07  四川", "", para, "",
                                "最赞回应", "风里雨里  2024-07-22 22:45:18 四川", "青神县也有，就在汽车站旁边",
                                "赞(12) 回应", "", "你的回应  ……"]))
    assert art.body == [para]


@pytest.mark.parametrize("line", ["放大+  缩小-  默认", "【放大+ 缩小- 还原】"])
def test_zoom_buttons_are_widgets(line):
    assert chrome.is_widget_line(fold(line))


def test_a_headline_with_zoom_words_is_no_widget():
    assert not chrome.is_widget_line(fold("放大镜下的工匠精神"))


@pytest.mark.parametrize("line, widget", [
    # an e-paper's tool row: the page's PDF download beside its zoom buttons
    ("下载本版PDF　　放大　缩小　默认", True), ("本版PDF下载 放大 缩小", True),
    # look-alikes: the download alone (no zoom row), a sentence about downloading, a named file
    ("下载本版PDF", False), ("请下载本版PDF后放大查看", False), ("下载PDF文件 放大 缩小", False),
])
def test_epaper_tool_row_with_pdf_download_is_a_widget(line, widget):
    assert chrome.is_widget_line(fold(line)) is widget


@pytest.mark.parametrize("line", ["“学习强国”鹰潭学习平台  投稿", "(某某县总工会投稿)", "某某街道工会 来稿"])
def test_submission_lines_are_credits(line):
    assert byline.credit_line(fold(line))


@pytest.mark.parametrize("line", ["积极组织职工投稿", "欢迎广大职工踊跃投稿。", "征文投稿"])
def test_sentences_about_submitting_are_no_credit(line):
    assert not byline.credit_line(fold(line))


@pytest.mark.parametrize("tail, junk", [(".XO:", True), ("~kT", True), ("APP", False), ("COP15", False),
                                        ("(END)", False), (":-P", False), ("C++", False)])
def test_symbol_edged_tail_on_a_jammed_page(tail, junk):
    got = _jammed(["第一段。", "第二段。", f"推动驿站从歇脚点向服务站转变。 {tail}"])
    assert got[2] == ([tail] if junk else [])


def test_symbol_edged_tail_on_a_clean_page_stays():
    from unionkit.clean.jammer import jammed_page_spans

    assert jammed_page_spans(["第一段。", "推动驿站转变。 .XO:"], [False, False], [False, False]) == [[], []]


# --- batch 28 kinds: Tianya-style replies, outlet-and-city datelines, dotted outlets, repeated headline captions ---

@pytest.mark.parametrize("line", ["作者:山里人　回复日期:2023-05-02 09:14", "作者：江边老树 回复时间：2023-05-02 10:20"])
def test_a_tianya_reply_header_is_a_post_header(line):
    assert forum.post_start(fold(line))


@pytest.mark.parametrize("line", ["作者:区总工会 2023-05-02", "回复日期是5月2日,请大家留意。"])
def test_lines_like_reply_headers_that_are_not(line):
    assert not forum.post_start(fold(line))


def test_a_tianya_threads_replies_signature_and_board_tag_go():
    """Everything from the first reply header on is the thread's chrome; the motto under the post is its signature."""
    from unionkit.clean import clean_text

    paras = ["5月1日,某某镇总工会在镇文化广场举办职工趣味运动会,全镇8家企业的200余名职工参加比赛。",
             "比赛设置拔河、跳绳、托球跑等项目,镇总工会为获奖队伍颁发了奖品。"]
    art = clean_text("\n".join([
        "某某在线 - 家乡的论坛  登录 | 注册", "首页 > 某某在线 > 本地新闻", "",
        "[本地新闻] 某某镇总工会举办职工趣味运动会", "",
        "楼主:河畔垂柳　时间:2023-05-02 08:30:12　点击:321　回复:2", "", *paras, "",
        "—— 一方水土养一方人", "",
        "作者:山里人　回复日期:2023-05-02 09:14", "拔河那场太精彩了!",
        "作者:河畔垂柳　回复日期:2023-05-02 10:20", "@山里人 明年还办。", "",
        "发表回复  请文明发言", "", "某某在线 | 联系我们"]))
    assert art.title == "某某镇总工会举办职工趣味运动会"
    assert art.body == paras
    assert {r.kind for r in art.removed if "一方水土" in r.text} == {"signature"}


def _discuz_thread(closing: list[str]) -> str:
    """A Discuz thread: poster card, post header, two paragraphs, ``closing`` lines, the tool row, a reply."""
    return "\n".join([
        "某某论坛 › 民生热线 › 县总工会帮我们讨回了工钱", "查看: 2317|回复: 1",
        "[民生] 县总工会帮我们讨回了工钱 [复制链接]", "江边的老刀", "积分", "856", "帖子", "311",
        "发表于 2024-1-19 21:06 | 只看该作者 |倒序浏览 |阅读模式", "",
        "我们是在县里一个建筑工地干活的工人,一共14个人,包工头一直拖着工钱不给。",
        "抱着试试看的想法,我们找到了县总工会,法律援助律师帮我们整理证据,一个月就拿到了钱。",
        *closing, "回复 举报", "山茶花开", "发表于 2024-1-19 22:13 | 只看该作者", "沙发,工会办了实事", "回复 举报",
        "您需要登录后才可以回帖 登录 | 立即注册"])


def test_a_one_line_signature_over_the_posts_tool_row_goes():
    """A short motto set apart from the post by an empty line, right over 回复 举报, is the poster's signature."""
    from unionkit.clean import clean_text

    art = clean_text(_discuz_thread(["", "踏踏实实干活,清清白白做人"]))
    assert art.body[-1].startswith("抱着试试看") and len(art.body) == 2
    assert {r.kind for r in art.removed if "踏踏实实" in r.text} == {"signature"}


@pytest.mark.parametrize("closing", [["(来源:某某日报)", "家住江边,心系小城"], ["(来源:某某日报)", "江边人说江边事"],
                                     ["来源:某某日报", "家住江边,心系小城"], ["(某某区总工会供稿)", "江边人 | 说江边事"]])
def test_a_motto_under_the_posts_source_note_goes_with_no_empty_line(closing):
    """A text copy of the page keeps no empty line: a motto of no sentence right under the reposted text's source
    note, over the tool row, is the poster's signature all the same (a sentence there is the post's own)."""
    from unionkit.clean import clean_text

    art = clean_text(_discuz_thread(closing))
    assert art.body[-1].startswith("抱着试试看") and len(art.body) == 2
    assert {r.kind for r in art.removed if r.text == closing[1]} == {"signature"}


def test_a_motto_under_a_source_note_over_the_next_posters_name_goes():
    """Boards that print no tool row per post set the next poster's name and floor right under the signature."""
    from unionkit.clean import clean_text

    page = _discuz_thread(["(来源:某某日报)", "家住江边,心系小城"]).replace("回复 举报\n山茶花开", "山茶花开", 1)
    art = clean_text(page)
    assert len(art.body) == 2 and {r.kind for r in art.removed if r.text == "家住江边,心系小城"} == {"signature"}
    # (… or the next floor's header with the poster's name: "山茶花开 发表于 2024-1-19 22:13")
    page = _discuz_thread(["(来源:某某日报)", "家住江边,心系小城"]).replace(
        "回复 举报\n山茶花开\n发表于", "山茶花开 发表于", 1)
    art = clean_text(page)
    assert len(art.body) == 2 and {r.kind for r in art.removed if r.text == "家住江边,心系小城"} == {"signature"}


@pytest.mark.parametrize("closing", [
    ["踏踏实实干活,清清白白做人"],                       # no empty line between: the post's own last line
    ["", "在这里发个帖子,感谢县总工会,感谢律师!"],         # a sentence: the post's text
    ["", "踏踏实实干活,清清白白做人", ""],                 # not right over the tool row
])
def test_a_short_closing_line_of_a_post_stays(closing):
    from unionkit.clean import clean_text

    art = clean_text(_discuz_thread(closing))
    assert closing[1 if closing[0] == "" else 0] in art.body


def test_a_dash_line_inside_a_post_stays():
    """A dash-led line followed by more of the post's text is the post's own (a quote's source, a subtitle)."""
    assert not forum.dash_signature(fold("——摘自某某日报"))
    assert not forum.dash_signature(fold("—— 这是一句很长的话。后面还有第二句话,它不是签名。"))
    assert forum.dash_signature(fold("—— 家在江南,心在江南"))
    assert forum.dash_signature(fold("—— 家在江南,心在江南 ——"))  # (closed by the same rule)
    assert not forum.dash_signature(fold("——摘自某某日报——"))


@pytest.mark.parametrize("tag", ["某某新闻网安阳讯(记者 王小明 通讯员 李大为)", "安阳讯(记者 王小明)",
                                 "某某日报社北京讯(通讯员 李大为)"])
def test_an_outlet_and_city_dateline_opens_the_first_paragraph(tag):
    t = tag + "5月3日,安阳市总工会举办职工技能大赛。"
    (a, b, k), = byline.lead_spans(fold(t))
    assert (k, t[a:b]) == ("byline", tag)


@pytest.mark.parametrize("text", ["移动通讯(中国)有限公司工会近日举办职工技能大赛,200余名职工参加。",
                                  "捷报传来喜讯(全文见下),某某厂职工获得全国技术能手称号。"])
def test_a_sentence_with_a_xun_and_a_bracket_is_no_dateline(text):
    assert byline.lead_spans(fold(text)) == []


@pytest.mark.parametrize("line", ["大众网·海报新闻记者 张小明 通讯员 李大为 德州报道", "齐鲁晚报·齐鲁壹点记者 王五",
                                  "某某日报·某某客户端记者 赵六 摄影 钱七"])
def test_a_dotted_outlet_before_the_reporter_is_a_byline(line):
    assert byline.byline_line(fold(line))


@pytest.mark.parametrize("line", ["大众网·海报新闻客户端下载", "大众网·海报新闻 2024-10-09 16:42:08"])
def test_a_dotted_outlet_alone_is_no_byline(line):
    assert not byline.byline_line(fold(line))


def test_a_headline_caption_repeated_under_each_photo_goes_every_time():
    """A shortened headline given as the caption of each photo: every copy goes, the first one too."""
    from unionkit.clean import clean_text

    paras = ["为关爱一线职工健康,6月3日,某某市总工会联合市人民医院开展送健康活动,为300余名职工提供免费体检。",
             "体检项目包括血常规、心电图、腹部彩超等,医护人员还为职工讲解了健康知识。",
             "市总工会有关负责人表示,将持续开展职工健康服务,让更多一线职工受益。"]
    cap = "某某市总工会送健康进企业"
    art = clean_text("\n".join(["某某市总工会为一线职工送去免费健康体检", "", "发布时间:2024-06-04 10:00  来源:某某工会", "",
                                "  " + cap, "", "  " + paras[0], "", cap, "", "  " + paras[1], "", cap, "",
                                "  " + paras[2], "", "责任编辑:某某"]))
    assert art.body == paras


@pytest.mark.parametrize("line, dropped", [
    ("我们的歌声多嘹亮", False),  # a refrain given twice, not made of the headline's characters
    ("某某区总工会举办合唱比赛。", False),  # a sentence, however close to the headline
    ("某某区职工合唱比赛现场", True),  # the shortened headline under two photos
])
def test_only_a_repeated_shortened_headline_is_a_caption(line, dropped):
    from unionkit.clean.lines import split_lines
    from unionkit.clean.pipeline import repeated_title_captions

    para = "各代表队精神饱满,用歌声展现了新时代职工的风采,比赛最终评出一等奖2个。"
    lines = split_lines("\n".join([line, para, line, para + "另有优秀奖若干。"]))
    body = repeated_title_captions(lines, [0, 1, 2, 3], "某某区总工会举办职工合唱比赛")
    assert body == ([1, 3] if dropped else [0, 1, 2, 3])


@pytest.mark.parametrize("sig, author", [("(縣總工會宦麗娟)", "宦麗娟"), ("(某某县总工会 王丽)", "王丽"),
                                         ("(某某公司工会李建国)", "李建国")])
def test_a_unit_and_name_signature_gives_the_name(sig, author):
    """The cleaner's trailing byline piece, as meta reads it: the unit signs for the name after it (a pinyin
    page's pieces come back glued, the reading having stood before the space)."""
    from unionkit.extract.meta import parse_byline

    assert parse_byline(sig) == {"author": author}


@pytest.mark.parametrize("sig", ["(县总工会宣传部)", "(市总工会办公室)", "(县总工会组宣部)"])
def test_a_unit_and_its_section_is_no_name(sig):
    from unionkit.extract.meta import parse_byline

    assert parse_byline(sig) == {"author": sig[1:-1]}


def test_font_size_switch_drawn_with_letters():
    assert chrome.is_widget_line(fold("字号：T | T"))
    assert chrome.is_widget_line(fold("字体：A A A"))
    assert not chrome.is_widget_line(fold("字号：TT公司"))
    assert not chrome.is_widget_line(fold("T | T"))


def test_portal_copyright_and_disclaimer_notice():
    assert chrome.tail_kind(fold("某某网版权与免责声明：凡本网注明“来源：某某网”的所有作品，版权均属于某某网，未经授权不得转载。")) == "site_footer"
    assert chrome.tail_kind(fold("凡本网注明“来源：某某网”的作品，均为本网合法拥有版权。")) == "site_footer"
    assert chrome.tail_kind(fold("会上宣读了免责条款的修改说明。")) is None


def test_light_forum_edit_notice():
    assert forum.edit_notice(fold("最后编辑于 2024-06-21 08:40")) is not None
    assert forum.edit_notice(fold("本帖最后由 张三 于 2023-3-18 21:06 编辑")) is not None
    assert forum.edit_notice(fold("最后编辑于去年的那份方案已经落实。")) is None


def test_platform_account_line_is_a_byline():
    assert chrome.platform_account_line("某某县融媒体中心 人民号")
    assert chrome.is_header_line(fold("某某发布 百家号"))
    assert not chrome.platform_account_line("巫溪县总工会：为新就业群体打造服务圈")
    assert not chrome.platform_account_line("人民号")


def test_board_title_row_with_a_software_credit():
    head, at = title.split_suffix("某县总工会“送清凉”走进环卫一线 - 某某新闻 - 某某论坛 - Powered by Discuz!")
    assert head == "某县总工会“送清凉”走进环卫一线" and at is not None
    assert title.split_suffix("某县总工会走进环卫一线 - Powered by Discuz!")[0] == "某县总工会走进环卫一线"
    assert title.split_suffix("职工说：干得好！ - 真不错啊大家都说")[1] is None


def test_board_subject_under_its_title_row_is_the_headline():
    from unionkit.clean import clean_text
    page = ("某县总工会走进环卫一线送清凉 - 某某新闻 - 某某论坛 - Powered by Discuz!\n首页 新闻 二手\n查看: 2763|回复: 3\n"
            "某县总工会走进环卫一线送清凉\n[复制链接]\n老王\n楼主 电梯直达\n发表于 2024-7-16 09:48:21 | 只看该作者\n\n"
            "7月15日上午，某县总工会干部职工来到环卫作业点，为环卫工人送去防暑降温物品。\n今年以来，县总工会多方筹措资金，对全县驿站进行了提档升级。\n")
    art = clean_text(page)
    assert art.title == "某县总工会走进环卫一线送清凉"
    kinds = {r.text: r.kind for r in art.removed}
    assert kinds.get("查看: 2763|回复: 3") == "page_header"


@pytest.mark.parametrize("line", ["本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。",
                                  "刊用本网站稿件，务经书面授权。", "本站发布的内容不代表本站立场。"])
def test_a_portals_disclaimer_and_reuse_terms_are_footer(line):
    assert chrome.tail_kind(fold(line)) == "site_footer"


@pytest.mark.parametrize("line", ["本网站刊载的信息量大幅增加，职工反响热烈。", "本报刊登的劳模事迹引起广泛关注。"])
def test_sentences_about_what_a_site_carries_stay(line):
    assert chrome.tail_kind(fold(line)) is None


# --- batch 32 kinds: a blog's entry links, tip and repost widgets and date row; an e-paper's page list;
# a credit with a jammer after its bracket ---

@pytest.mark.parametrize("line", ["前一篇:县总工会走访慰问环卫工人", "后一篇：三八节女职工趣味运动会掠影"])
def test_a_blogs_previous_and_next_entry_links_are_navigation(line):
    assert chrome.tail_kind(fold(line)) == "navigation"


@pytest.mark.parametrize("line", [
    "我在前一篇文章里写过这件事",  # a sentence that mentions 前一篇
    "前一篇报道引起了职工的关注",
    "后一篇将介绍工会的做法",
])
def test_sentences_that_mention_the_previous_entry_stay(line):
    assert chrome.tail_kind(fold(line)) is None


@pytest.mark.parametrize("line", ["赠金笔", "转载▼", "打赏"])
def test_tip_and_repost_buttons_are_widgets(line):
    assert chrome.is_widget_line(fold(line))


@pytest.mark.parametrize("line", ["转载自工人日报", "赠金笔一支给获奖职工", "打赏功能已上线"])
def test_lines_with_widget_words_that_say_more_stay(line):
    assert not chrome.is_widget_line(fold(line))


def test_a_blogs_bracketed_date_row_with_its_repost_button_is_a_header():
    assert chrome.is_header_line(fold("(2025-03-12 16:40:05)转载▼"))
    # a headline with a date and the word in it is no header row
    assert not chrome.is_header_line(fold("2025年3月12日,县总工会转载省总工会通知全文。"))


@pytest.mark.parametrize("line", [
    "01 要闻  02 综合新闻  03 县区新闻  04 副刊",
    "A01 头版 A02 要闻 A03 综合",
    "01版:要闻 02版:综合新闻 03版:专版",
])
def test_an_epapers_page_list_is_navigation(line):
    assert chrome.page_index_line(fold(line))
    assert chrome.tail_kind(fold(line)) == "navigation"


@pytest.mark.parametrize("line", [
    "1 安全生产 2 职业健康 3 劳动保护",  # numbered items, not padded page numbers
    "01 要闻 03 综合新闻 04 副刊",  # numbers out of sequence
    "01 要闻 02 综合新闻",  # two items
    "2024 年度 2025 年度 2026 年度",
    "1.安全生产 2.职业健康 3.劳动保护",
    "一、安全生产 二、职业健康 三、劳动保护",
    "本报今日出版8个版面,01 要闻 02 综合新闻 03 县区新闻",  # a body line that mentions the pages
])
def test_lines_listing_numbered_items_are_no_page_list(line):
    assert not chrome.page_index_line(fold(line))


def test_a_blogs_comment_box_head_opens_the_comments():
    assert chrome.tail_kind(fold("评论 重要提示:警惕虚假中奖信息 [发评论]")) == "comment_form"
    assert chrome.tail_kind(fold("职工们在评论区留言发评论")) is not None  # (评论区 opens comments already)
    assert chrome.tail_kind(fold("他常在网上发评论")) is None


#: A jammed page (a jammer after each paragraph and under it) that closes with a bracketed editor credit
#: followed by a letters-only jammer.
JAMMED_CREDIT_PAGE = """某某工人网
首页 | 新闻 | 工会 | 维权
县总工会举办职工技能大赛
2024-06-12 09:30 来源:某某日报
6月11日,县总工会联合县人社局举办职工技能大赛,来自全县32家企业的160名职工参赛。 Wz#q!8k  
p$Lr2@x  
比赛设电工、焊工、叉车工三个项目,获奖选手将获得县级技术能手称号。 Ht%3&Yn  
F^k8(Qa  
县总工会负责人表示,将持续开展技能竞赛,为职工成长成才搭建平台。 a7*Kd~2  
{credit} mksw  
版权所有 某某工人网
"""


@pytest.mark.parametrize("credit", ["(责任编辑:王刚)", "（责任编辑：王刚）"])
def test_a_jammer_after_a_bracketed_credit_goes_and_the_credit_is_the_editor(credit):
    from unionkit.clean import clean_text
    from unionkit.extract.meta import extract_meta

    art = clean_text(JAMMED_CREDIT_PAGE.format(credit=credit))
    assert art.body[-1] == "县总工会负责人表示,将持续开展技能竞赛,为职工成长成才搭建平台。"
    kinds = {(r.kind, r.text) for r in art.removed}
    assert ("editor_line", credit) in kinds and ("jammer", "mksw") in kinds
    assert extract_meta(art).editor == "王刚"


def test_a_letters_tail_after_a_credit_on_a_clean_page_stays():
    from unionkit.clean import clean_text

    page = "\n".join(ln.split(" ")[0] if "。" in ln else ln for ln in JAMMED_CREDIT_PAGE.splitlines()
                     if ln.strip() and ln.strip()[0] not in "pF")
    art = clean_text(page.format(credit="(责任编辑:王刚)"))
    assert not any(r.kind == "jammer" for r in art.removed)


# --- batch 33: e-paper same-page list, Tieba rank badge, blog action bar, breadcrumb before a headline ---

@pytest.mark.parametrize("line", ["本版新闻", "本版标题", "同版文章：", "本版稿件列表", "【本版新闻】"])
def test_an_epapers_same_page_list_heading_opens_related_links(line):
    assert chrome.tail_kind(fold(line)) == "related_links"


@pytest.mark.parametrize("line", [
    "本版新闻由县融媒体中心提供。",
    "本版新闻报道了全县职工技能大赛的情况",
    "记者翻阅本版新闻时发现,职工书屋已有三年历史",
])
def test_sentences_about_the_page_are_no_list_heading(line):
    assert chrome.tail_kind(fold(line)) != "related_links"


EPAPER_PAGE = """某某日报 2024年05月06日 第03版:综合新闻
上一期  下一期  往期回顾  |  版面导航

某县新建8个户外劳动者服务驿站

今年以来,县总工会依托银行网点、社区服务中心等场所,新建户外劳动者服务驿站8个,为环卫工人、快递员提供歇脚服务。

县总工会负责人介绍,今年还将推动驿站向乡镇延伸,并把法律咨询等服务引入驿站。

{head}
· 某县新建8个户外劳动者服务驿站
· 甲县启动职工技能提升培训
· 乙县举办传统文化进企业活动

某某日报社版权所有
"""


@pytest.mark.parametrize("head", ["本版新闻", "本版标题", "同版稿件"])
def test_an_epapers_same_page_headline_list_goes(head):
    from unionkit.clean import clean_text

    art = clean_text(EPAPER_PAGE.format(head=head))
    assert art.body[-1].startswith("县总工会负责人介绍")
    assert ("related_links", "· 甲县启动职工技能提升培训") in {(r.kind, r.text) for r in art.removed}


@pytest.mark.parametrize("line", ["本吧头衔 9 梯田守望者", "头衔 12 书香门第", "等级 3", "本站等级:5 初级会员"])
def test_a_rank_badge_under_a_poster_is_a_profile_line(line):
    assert forum.profile_line(fold(line))


@pytest.mark.parametrize("line", ["紫荆山下的风", "头衔是工会给的荣誉,不是官职", "等级 3 的职工可以申请补助吗"])
def test_a_name_or_sentence_is_no_rank_badge(line):
    assert not forum.profile_line(fold(line))


TIEBA_PAGE = """某县职工书屋进了景区_某县吧_百度贴吧
某县吧  关注：1.2万  贴子：38万
只看楼主  收藏  回复

某县职工书屋进了景区

4月23日世界读书日,县总工会把20个流动书箱送到了景区的环卫站和服务中心,每个书箱里有60多本书。

县总工会负责人说,书箱每三个月轮换一次,职工扫码就能借阅。

{name}
本吧头衔 9 梯田守望者
1楼 2024-04-24 08:16 来自Android客户端
回复(2)

某县小胖
这个好,服务员也能借吗
2楼 2024-04-24 10:33 来自iPhone客户端
"""


@pytest.mark.parametrize("name", ["山下的风", "Tom_2024", "贴吧用户_0Q7aKd2"])
def test_a_tieba_posters_name_after_the_post_goes(name):
    from unionkit.clean import clean_text

    art = clean_text(TIEBA_PAGE.format(name=name))
    assert art.body[-1] == "县总工会负责人说,书箱每三个月轮换一次,职工扫码就能借阅。"


@pytest.mark.parametrize("line", [
    "阅读(132) 评论(2) 收藏 转载 喜欢 打印 举报",
    "阅读(86) 评论(0) 收藏(0) 转载(1) 喜欢 打印 举报",
    "浏览(539) | 评论(3) | 举报",
])
def test_a_blogs_action_bar_opened_by_its_read_count_is_navigation(line):
    assert chrome.tail_kind(fold(line)) == "navigation"


@pytest.mark.parametrize("line", [
    "阅读(132)次以后,他在评论里说:转载请注明出处。",
    "阅读 评论 收藏 转载这些功能都很好用",
    "本文阅读量132,评论2条,欢迎转载打印。",
])
def test_sentences_naming_reads_and_comments_are_no_bar(line):
    assert chrome.tail_kind(fold(line)) != "navigation"


def test_a_reply_counter_row_still_opens_the_comments():
    assert chrome.tail_kind(fold("回复(2) | 浏览(539)")) == "comment_form"


def test_a_blogs_action_bar_goes_and_its_read_count_is_the_views():
    from unionkit.clean import clean_text
    from unionkit.extract.meta import extract_meta

    page = ("某某的工会笔记\n首页  博文目录  图片  关于我\n记一次集体协商的要约\n(2024-03-27 21:40:18)\n\n"
            "上周二,我跟着区总工会的同事去了一趟餐饮一条街,把协商建议书递到老板手里。\n\n"
            "回来的路上我在想,集体协商不是工会一家的事,而是帮企业和职工找到平衡点。\n\n"
            "阅读(132) 评论(2) 收藏 转载 喜欢 打印 举报\n\n前一篇:职工书屋里的老读者\n")
    art = clean_text(page)
    assert art.body[-1].startswith("回来的路上")
    assert ("navigation", "阅读(132) 评论(2) 收藏 转载 喜欢 打印 举报") in {(r.kind, r.text) for r in art.removed}
    assert extract_meta(art).views == 132


@pytest.mark.parametrize("line, head", [
    ("某某论坛 » 港城热议 » 外卖小哥集中入会,我也入了", "外卖小哥集中入会,我也入了"),
    ("职工论坛 › 维权求助 › 加班费怎么算才合理", "加班费怎么算才合理"),
    ("首页 > 工会动态 > 县总工会开展送清凉活动", "县总工会开展送清凉活动"),
])
def test_a_breadcrumb_before_a_headline_is_found(line, head):
    at = chrome.crumb_prefix(fold(line))
    assert at is not None and fold(line)[at:] == head


@pytest.mark.parametrize("line", [
    "质量>速度:县总工会开展安全生产月活动",
    "他说»这是我们职工自己的家»,大家都笑了",
    "工会 » 职工",
    "县总工会举办职工技能大赛",
])
def test_arrows_in_a_headline_are_no_breadcrumb(line):
    assert chrome.crumb_prefix(fold(line)) is None


def test_a_discuz_breadcrumb_on_the_subject_line_goes():
    from unionkit.clean import clean_text

    page = ("某某论坛 » 港城热议 » 外卖小哥集中入会,我也入了!说说感受\n查看: 2381 | 回复: 4\n[复制链接]\n\n某某骑士\n"
            "发表于 2024-06-13 21:07 | 只看该作者 | 倒序浏览\n楼主\n\n"
            "昨天下午在区里的新就业形态劳动者服务中心参加了集中入会仪式,一起入会的有60多个兄弟。\n\n"
            "区总工会的工作人员现场帮我们办了电子会员卡,说以后可以免费体检。\n\n收藏 分享 评分 举报\n\n"
            "花果山下\n发表于 2024-06-13 21:35\n沙发!我也想入\n")
    art = clean_text(page)
    assert art.title == "外卖小哥集中入会,我也入了!说说感受"
    assert ("forum_chrome", "某某论坛 » 港城热议 »") in {(r.kind, r.text) for r in art.removed}


# --------------------------------------------------------------------------- batch 34: a counter under the editor line

COUNTER_AFTER_EDITOR = """职工书屋建设推进会召开
近日，市总工会召开职工书屋建设推进会，总结去年全市职工书屋建设工作，部署今年的重点任务。
责任编辑：王五
{counter}
相关推荐
市总工会开展送清凉活动
"""


@pytest.mark.parametrize("counter", ["阅读量 8362", "阅读量：8362", "浏览次数:8362"])
def test_a_counter_after_the_editor_line_is_a_header_line(counter):
    from unionkit.clean import clean_text

    art = clean_text(COUNTER_AFTER_EDITOR.format(counter=counter))
    assert art.body == ["近日，市总工会召开职工书屋建设推进会，总结去年全市职工书屋建设工作，部署今年的重点任务。"]
    kinds = {r.text: r.kind for r in art.removed}
    assert kinds["责任编辑：王五"] == "editor_line"
    assert kinds[counter] == "page_header"  # the header/counter kind, whole, for extract to read views from


def test_a_sentence_about_a_counter_after_the_editor_line_is_not_a_header():
    from unionkit.clean import clean_text

    page = COUNTER_AFTER_EDITOR.format(counter="该文章阅读量已突破8362次，职工纷纷转发。")
    art = clean_text(page)
    assert art.body[-1] == "该文章阅读量已突破8362次，职工纷纷转发。"
    assert not any(r.kind == "page_header" and "阅读量" in r.text for r in art.removed)


def test_views_from_a_counter_after_the_editor_line():
    from unionkit.clean import clean_text
    from unionkit.extract.meta import extract_meta

    art = clean_text(COUNTER_AFTER_EDITOR.format(counter="阅读量 8362"))
    assert extract_meta(art).views == 8362


# --------------------------------------------------------------------------- batch 35: leads and platform chrome

def test_broadcaster_lead_with_消息_is_a_dateline():
    from unionkit.clean.byline import lead_spans
    f = fold("央广网重庆5月9日消息（记者 冉小棠 通讯员 钟离雪）5月8日，江北区餐饮行业工资集体协商会议召开。")
    spans = lead_spans(f)
    assert spans and spans[0][2] == "dateline" and f[spans[0][1]:].startswith("5月8日")
    # a sentence reporting some day's news has no bracketed role after 消息
    for s in ("市总工会5月9日消息称，全市职工服务中心已开放。", "据外媒5月9日消息（当地时间），活动举办。"):
        assert lead_spans(fold(s)) == [], s


def test_follow_bar_is_a_header_line():
    assert chrome.is_header_line(fold("峨眉山下的老周 关注"))
    assert chrome.is_header_line(fold("工会小编 + 关注"))
    for s in ("欢迎关注", "乐山劳模谱（三）：茶山、窑火与彝乡的灯", "市总工会持续关注", "请大家积极关注"):
        assert not chrome.follow_bar(fold(s)), s


def test_like_count_opens_the_tail_and_notes_and_counters():
    assert chrome.tail_kind(fold("12人点赞")) == "navigation"
    assert chrome.tail_kind(fold("326人赞过")) == "navigation"
    assert chrome.tail_kind(fold("共有12人点赞了这篇文章。")) is None
    assert chrome.is_header_line(fold("（部分内容参考乐山市总工会公众号）"), strict=True)
    assert not chrome.is_header_line(fold("（参考了许多资料，历时三个月完成）"), strict=True)
    assert chrome.is_header_line(fold("已读 312  未读 17"))
    assert chrome.is_header_line(fold("已阅 56人 | 未阅 3人"), strict=True)
    assert not chrome.is_header_line(fold("已读312人，未读17人，请尽快阅读。"), strict=True)
    assert chrome.is_widget_line(fold("确认已读"))
    assert not chrome.is_widget_line(fold("确认已读后参加会议"))


def test_tobacco_warning_and_message_board_blocks():
    assert chrome.tail_kind(fold("吸烟有害健康 请勿在禁烟场所吸烟")) == "site_footer"
    assert chrome.tail_kind(fold("吸烟有害健康。工会组织职工开展控烟宣传。")) is None
    assert chrome.tail_kind(fold("满意度评价：解决程度 ★★★★☆ 办理态度 ★★★★★")) == "comment_form"
    assert chrome.tail_kind(fold("网友追评：")) == "comment_form"
    assert chrome.tail_kind(fold("相关留言")) == "related_links"
    assert chrome.is_header_line(fold("留言内容："))
    assert not chrome.is_header_line(fold("留言内容：工厂拖欠工资三个月，恳请帮助。"), strict=True)
    # a sentence on satisfaction is body
    assert chrome.tail_kind(fold("职工满意度达到98%，较去年提高3个百分点。")) is None


# --- batch 37 ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "初审:闫红梅  终审:杨 波",
    "责任编辑:石朝阳  二审:潘晓  三审:蒙思远",
    "本版责编:宋 燕",
    "编辑:冉 冉",
    "一审：李明 二审：王芳 三审：赵刚",
])
def test_review_and_spaced_editor_lines(line):
    assert byline.editor_line(fold(line))


@pytest.mark.parametrize("line", [
    "二审通过后再公示。",
    "终审判决已经生效,职工拿到了补偿。",
    "三审三校制度",
])
def test_not_review_lines(line):
    assert not byline.editor_line(fold(line))


def test_source_label_variants():
    for line in ["稿件来源:冷水江市总工会", "内容来源：某某县总工会", "消息来源: 某某日报"]:
        assert chrome.is_header_line(fold(line), strict=True), line
    assert not chrome.is_header_line(fold("稿件来源多样,内容丰富。"), strict=True)


def test_qa_stats_row_is_a_header():
    assert chrome.is_header_line(fold("悬赏10积分  浏览 3516  提问者:木工老覃  2024-03-05"))
    assert chrome.is_header_line(fold("提问者:某某  2024-03-05  12个回答  浏览 208"))
    assert not chrome.qa_stats_line("悬赏10万元征集线索,浏览量大。")
    assert not chrome.qa_stats_line("浏览 3516")


@pytest.mark.parametrize("line", [
    "我来答  分享  举报", "最佳答案", "推荐答案", "2024-03-05 21:17 回答", "广东律师-龚律师  执业律师 | 擅长劳动争议",
    "本回答被提问者采纳", "本回答由网友推荐", "已赞过　已踩过<", "已赞过", "你对这个回答的评价是？",
])
def test_qa_answer_chrome(line):
    assert forum.qa_chrome(fold(line)) and forum.tool_row(fold(line))


@pytest.mark.parametrize("line", [
    "关注问题  写回答  邀请回答",  # a question's own widget row (zhihu): not an answer's
    "最佳答案是找工会。",
    "2024-03-05 职工代表大会回答了大家的问题",
    "他擅长劳动争议调解,多次获奖。",
    "分享  举报",
    "本回答被提问者采纳后,工会又补充了材料。",  # a body sentence about the answer
    "职工对这次服务的评价是满意。",
    "你对这个回答的评价是否客观,要看工会的答复。",
    "他已赞过工会的这次活动。",
])
def test_not_qa_answer_chrome(line):
    assert not forum.qa_chrome(fold(line))


def test_disclosure_stamp_is_not_a_signer():
    assert chrome.tail_kind(fold("(此件公开发布)")) == "navigation"
    assert chrome.tail_kind(fold("（此件主动公开）")) == "navigation"
    assert chrome.tail_kind(fold("此件公开发布后,各单位要认真学习。")) is None


VOTE_PAGE = """五指山市总工会开展夏季送清凉活动
发布时间：2024-07-15 来源：五指山市总工会
7月12日，五指山市总工会组织工作人员深入建筑工地、环卫站点，为一线职工送去绿豆、白糖、藿香正气水等防暑降温物品。
有职工说，今年夏天工地上大家都爱顶一下烈日，踩一下单车去领清凉包，关键词：暖心。
市总工会有关负责人表示，将持续关注高温天气下户外劳动者的工作环境，推动用人单位落实防暑降温措施。
顶一下(12)
踩一下(3)
赞(5)
相关热词搜索：送清凉 五指山
上一篇：市总工会召开全委会
"""


def test_vote_widgets_and_keyword_links_are_chrome_on_a_text_page():
    from unionkit.clean import clean_text
    art = clean_text(VOTE_PAGE)
    lines = VOTE_PAGE.splitlines()
    assert art.body == [lines[2], lines[3], lines[4]]  # the sentence using the same words stays


@pytest.mark.parametrize("line,widget", [
    ("顶一下(12)", True), ("踩一下(3)", True), ("顶一下", True), ("顶(5)", True),
    ("顶一下就过去了", False), ("踩3脚油门", False),
])
def test_vote_buttons_alone_are_widgets(line, widget):
    assert chrome.is_widget_line(fold(line)) is widget


@pytest.mark.parametrize("line,kind", [
    ("相关热词搜索：送清凉 五指山", "related_links"), ("热门关键词:劳模, 工匠, 职工书屋", "related_links"),
    ("热词：送清凉", "related_links"),
    ("热词搜索：今年职工们最关心的是高温补贴能不能按时发放，工会已经督促企业落实。", None),
])
def test_keyword_link_lines(line, kind):
    assert chrome.statement_kind(fold(line).strip()) == kind


@pytest.mark.parametrize("line, is_post", [
    ("电梯直达", True), ("电梯直达 楼层", True),                          # Discuz's jump-to-floor box
    ("乘电梯直达十楼的职工服务中心。", False),                          # prose about a lift
    ("电梯直达各楼层,方便职工就医", False),
])
def test_jump_to_floor_box(line, is_post):
    assert forum.post_start(fold(line)) is is_post


@pytest.mark.parametrize("line, kind", [
    # a blog's counter bar set apart with broken bars, a count after a space and a drop-down mark
    ("阅读(186) ┆ 评论 (3) ┆ 收藏(0) ┆ 转载 ┆ 喜欢▼ ┆ 打印 ┆ 举报", "navigation"),
    ("阅读(52) ┊ 评论(0) ┊ 收藏 ┊ 打印", "navigation"),
    ("评论 (3) ┆ 收藏 ┆ 举报", "comment_form"),                         # no read count first: the replies
    ("阅读 (186) 本书", None),                                          # a word after the count: not a bar
    ("阅读┆让职工的业余生活更丰富。", None),                                # prose about reading
    ("阅读(186) ┆ 讲座 ┆ 打印", None),                                    # a word that is no button
])
def test_broken_bar_counter_rows(line, kind):
    assert chrome.tail_kind(fold(line)) == kind


@pytest.mark.parametrize("line, kind", [
    # a news app's bar with bare counts after its words, and a Q&A answer's vote bar (赞同): the replies follow
    ("评论 23\u3000点赞 56\u3000分享", "comment_form"),
    ("赞同 56\u3000评论 4\u3000分享\u3000举报", "comment_form"),
    ("点赞 56 分享 收藏", "navigation"),
    ("阅读 132 评论 2 收藏", "navigation"),                            # opened by the read count: the article's bar
    # body lines that name comments or likes with a count and go on with words
    ("评论 23 条,点赞 56 次,这条视频火了。", None),
    ("阅读 2 本书 分享 3 次心得", None),
    ("点赞 56 次", None),
    ("赞同 3 票 反对 1 票", None),
])
def test_counter_rows_with_bare_counts(line, kind):
    assert chrome.tail_kind(fold(line)) == kind


def test_a_qa_pages_vote_bar_ends_the_answer_and_other_answers_go():
    from unionkit.clean import clean_text

    page = ("某某问答\n职工疗休养怎么报名？\n最佳答案\n工会小助手\n回答于 2024-03-21 09:12\n"
            "市总工会3月发布了今年的职工疗休养安排，报名采取单位推荐和个人线上申请相结合的方式。\n"
            "职工可通过APP进入专区提交申请，经所在单位工会审核后统一安排，网友评论 4 条都说好。\n"
            "赞同 56　评论 4　分享　举报\n其他 2 条回答\n匿名用户　2024-03-22 15:30\n我们单位去年去的是丽水那条线。\n")
    art = clean_text(page)
    assert art.body[-1].endswith("网友评论 4 条都说好。")
    assert ("comment_form", "赞同 56 评论 4 分享 举报") in {(r.kind, r.text) for r in art.removed}


@pytest.mark.parametrize("line, kind", [
    ("某某网声明:凡注明“来源:某某网”的作品,版权均属某某网所有,转载请注明来源。", "site_footer"),
    ("某某在线声明:凡本站注明来源的稿件,著作权归本站所有。", "site_footer"),
    ("凡注明“来源：某某网”的作品，版权均属某某网所有，未经授权不得转载。", "site_footer"),
    # body sentences with 声明 or 凡注明 and no claim on the page's works
    ("市总工会声明:凡拖欠农民工工资的企业,一律列入黑名单。", None),
    ("律师声明:该职工的维权诉求合法,工会将全程跟进。", None),
    ("凡注明“急需”的岗位,均可优先录用困难职工家属。", None),
])
def test_portal_copyright_notice(line, kind):
    assert chrome.tail_kind(fold(line)) == kind


@pytest.mark.parametrize("line,nav", [
    # a portal's greeting bar, alone or with its reader switches (traditional folds to simplified)
    ("欢迎访问某某市人民政府网站!简体版 | 繁體版 | 无障碍 | 长者模式 | 智能问答", True),
    ("您好,欢迎访问某某县人民政府网站!", True),
    ("欢迎访问某某市总工会网站！", True),
    # negatives: a sentence inviting readers, a greeting with more text after it, an appeal to take part
    ("欢迎访问本网站了解更多工会服务信息。", False),
    ("欢迎访问某某网站!本站提供工会政策解读和法律咨询服务", False),
    ("欢迎广大职工积极参加,报名网站为某某工会网。", False),
])
def test_welcome_bar_is_navigation(line, nav):
    f = fold(line)
    assert chrome.welcome_bar(f) is nav
    assert chrome.is_nav_line(f) is nav


@pytest.mark.parametrize("line,header", [
    ("图文来源:某某县总工会", True),
    ("文字来源：某某市总工会", True),
    ("来源:某某县总工会", True),
    # negative: a sentence that names where pictures came from is text
    ("本文图文来源于某某县总工会的现场采访,经整理后发布。", False),
])
def test_text_and_picture_source_label_is_a_header_line(line, header):
    assert chrome.is_header_line(fold(line), strict=True) is header


@pytest.mark.parametrize("line, expected", [
    ("本版责任编辑：次某曲珍", True),  # an e-paper's page editor, as 本版编辑
    ("（原文作者：田某松　编辑：杨某）", True),  # a reprint's closing credits of the original, in brackets
    ("(作者:王某 编辑:李某 审核:赵某)", True),
    ("（原文作者：田某松）", False),  # a lone author credit is no editor line
    ("作者:某某部 编辑:吴某远 校对:郑某", False),  # an open author row stays a header line (its author is read)
    ("（原文作者：田某松　说明：杨某）", False),
    ("本版责任编辑们克服困难，按时完成了排版。", False),
])
def test_editor_lines_of_epapers_and_reprints(line, expected):
    assert byline.editor_line(fold(line)) is expected


@pytest.mark.parametrize("line, expected", [
    ("某某融媒 11-26 09:15", True),  # an app's outlet and year-less stamp under the headline
    ("11-26 09:15 某某融媒", True),
    ("会议于11-26 09:15召开", False),  # the stamp inside a clause
    ("比分 3-2 领先", False),  # no clock time: a score
    ("某某县职工篮球赛开赛 11-28", False),  # a related list's item with a day only
    ("某某融媒 13-26 09:15", False),  # no month 13
    ("报名截止时间为 11-26 09:15，请准时", False),
])
def test_short_stamp_lines(line, expected):
    assert chrome.is_header_line(fold(line)) is expected


@pytest.mark.parametrize("line, expected", [
    ("记者:韩某东 阅读 2315", True),  # a mobile page's byline and count in one row
    ("作者:张某 来源:某某日报", True),
    ("记者:韩某东 浏览:88", True),
    ("记者:韩某东 阅读全文", False),  # a button, not a count
    ("记者韩某东 阅读了2315本书", False),
    ("记者:韩某东 分享 收藏", False),
    ("记者:韩某东 阅读 2315,评论 12 条。", False),
    ("记者:某音 通讯员:金某 | 编审:某某德木图", True),  # a county app's row, the editor barred off
    ("记者:某音|编审:某某图", True),
    ("首页 | 新闻 | 视频 | 专题", False),  # a menu: no labels
    ("记者:某音 | 我们的冬捕故事", False),  # a bar before a heading, not a label
    ("编审:某某图 | 联系我们 | 网站地图", False),
])
def test_rows_of_labelled_parts(line, expected):
    from unionkit.clean import shapes
    assert shapes.labelled_parts_line(fold(line)) is expected


@pytest.mark.parametrize("line, expected", [
    ("2024-03-05 09:07 回复 IP属地:广东", True),  # a Tieba post's stamp under its text
    ("2024-03-05 09:07 IP属地:广东", True),
    ("2024-03-05 09:07:31 回复", True),
    ("2024-03-05 回复 IP属地:广东", False),  # no clock time: not a post's stamp
    ("2024-03-05 09:07", False),  # a bare date line is left to the header rules
    ("2024-03-05 09:07 回复了工会的问题", False),  # a sentence
    ("IP属地:广东", False),
])
def test_a_posts_date_stamp(line, expected):
    from unionkit.clean import forum, shapes
    assert forum.post_stamp(fold(line)) is expected
    if expected:
        assert shapes.shape_kind(fold(line), True) == "forum_chrome"


@pytest.mark.parametrize("line, expected", [
    ("China National Committee of Finance, Commerce, Light Industry, Textile and Tobacco Trade Unions", True),
    ("Zhengzhou Federation of Trade Unions", True),
    ("Some City Daily News Group", True),
    ("The union signed a contract with the company.", False),  # a sentence
    ("Workers of the city unite for better pay and safer jobs today", False),  # mostly lower case
    ("Happy New Year", False),  # names no body
    # a bilingual article's English headline: a body named, then a verb and more (crawl19 o05)
    ("Kunshan Federation of Trade Unions Holds Dragon Boat Festival Gathering for Employees of Taiwan-Funded "
     "Enterprises", False),
    ("首页 China Trade Unions", False),  # not Latin only
])
def test_english_name_lines(line, expected):
    assert chrome.english_name_line(fold(line)) is expected
    from unionkit.clean import shapes
    assert shapes.shape_kind(fold(line), True) != "page_header" or not expected  # above the headline's zone only


def test_english_name_under_the_logo_does_not_open_the_body():
    from unionkit.clean.pipeline import clean_page
    page = ("某某产业工会\nChina National Committee of Finance, Commerce and Tobacco Trade Unions\n基层风采\n"
            "商业系统 纺织系统 烟草系统\n某某公司开展劳动竞赛\n发布时间:2024-11-05 来源:某某工会\n"
            "入秋以来,某某公司工会围绕中心工作,在全县9个收购站开展劳动竞赛,参赛职工达310人。\n"
            "竞赛将分级准确率、收购进度等指标纳入考核,每半月通报一次排名。\n")
    body = "\n".join(clean_page(page).body)
    assert "China" not in body and "基层风采" not in body and "纺织系统" not in body
    assert "参赛职工达310人" in body


@pytest.mark.parametrize("line", [
    "【转载】本文转载自“昌平日报”微信公众号，原标题《某某县总工会办起培训班》，作者：记者 王小明 通讯员 李小红。",
    "（转自某某厂工会公众号，侵删）",
    "本文轉載自「某某日報」客戶端，如有侵權請聯繫刪除",
    "本文转自工人日报",
])
def test_repost_notes_are_credits(line):
    assert byline.repost_note(fold(line)) and byline.credit_line(fold(line))


@pytest.mark.parametrize("line", [
    "转自某某工会公众号的文章显示，今年全厂职工增收。",  # a sentence on the reposted piece
    "转自某某工会公众号，今年全厂职工增收。",            # a clause of text after the source
    "这篇文章转自人民日报，引起广泛关注。",
    "本文转载自人民日报，引起广泛关注。",
])
def test_sentences_on_reposts_stay(line):
    assert not byline.repost_note(fold(line))


@pytest.mark.parametrize("line", ["点击蓝字", "点击上方蓝字关注我们", "點擊藍字 關注我們", "点击上方“某某工会”关注我们"])
def test_follow_prompts(line):
    assert chrome.follow_prompt(fold(line)) and chrome.tail_kind(fold(line)) == "social_links"


@pytest.mark.parametrize("line", ["点击“某某工会”", "点击蓝字可以查看往期详情", "点击上方按钮报名", "点击查看活动视频"])
def test_not_follow_prompts(line):
    assert not chrome.follow_prompt(fold(line))


def test_a_one_sentence_signature_under_the_posts_closing_edit_stamp_goes():
    """A board that prints the edit stamp under the post prints the signature below it: a one-sentence line
    there, right over the tool row, is the poster's signature though it ends on a full stop."""
    from unionkit.clean import clean_text

    art = clean_text(_discuz_thread(["本帖最后由 江边的老刀 于 2024-1-19 21:10 编辑", "", "家乡人爱家乡，有事来论坛说一声。"]))
    assert len(art.body) == 2 and art.body[-1].startswith("抱着试试看")
    assert {r.kind for r in art.removed if "家乡人" in r.text} == {"signature"}


def test_a_one_sentence_signature_under_a_reposts_source_note_goes():
    """A reposted text ends with its source note ((来源:…)); a one-sentence line set apart below it, right over the
    tool row, is the poster's signature though it ends on a full stop."""
    from unionkit.clean import clean_text

    art = clean_text(_discuz_thread(["(来源:某某县总工会公众号)", "", "日子就像一壶老茶,越泡越有味。"]))
    assert len(art.body) == 2 and art.body[-1].startswith("抱着试试看")
    assert {r.kind for r in art.removed if "老茶" in r.text} == {"signature"}


@pytest.mark.parametrize("closing", [
    ["", "在这里发个帖子,感谢县总工会,感谢律师!"],                                        # no edit stamp above it
    ["(来源:某某县总工会公众号)", "钱拿到了,感谢县总工会!"],                            # not set apart by an empty line
    ["本帖最后由 江边的老刀 于 2024-1-19 21:10 编辑", "", "钱拿到了。感谢县总工会和律师!"],  # two sentences: the post's
    ["本帖最后由 江边的老刀 于 2024-1-19 21:10 编辑", "", "在这里发个帖子,感谢县总工会,感谢律师,也感谢各位网友一直以来的关心!"],
])
def test_a_closing_sentence_of_a_post_stays(closing):
    from unionkit.clean import clean_text

    art = clean_text(_discuz_thread(closing))
    assert closing[-1] in art.body


def test_board_slogan_over_the_tool_row_goes_as_a_signature():
    from unionkit.clean import clean_text

    page = ("某某人论坛 - Powered by Discuz!\n某某人论坛 › 某某资讯 › 新闻速递 › 某市总工会为环卫工人送去爱心早餐\n"
            "某市总工会为环卫工人送去爱心早餐\n楼主 发表于 2024-12-18 08:30:15 | 只看该作者\n"
            "12月18日清晨，某市总工会在城区工会驿站为环卫工人送上热腾腾的爱心早餐，活动将持续到明年2月底。\n"
            "工会相关负责人表示，将进一步完善工会驿站服务功能，让户外劳动者冷有所避、渴有所饮。\n"
            "某某人论坛——某某人自己的网上家园\n回复\n使用道具 举报\n沙发\n某网友 发表于 2024-12-18 09:12:05 | 只看该作者\n"
            "工会这事办得实在，点赞！\n回复 支持 反对\n")
    art = clean_text(page)
    assert not any("网上家园" in p for p in art.body)
    assert any(r.kind == "signature" and "网上家园" in r.text for r in art.removed)


@pytest.mark.parametrize("line, slogan", [
    ("某某人论坛——某某人自己的网上家园", True),
    ("某某网--某某人的网上家园", True),
    ("工会驿站——户外劳动者的温馨港湾", False),  # a post's own dashed line names no board
    ("某某人论坛——欢迎大家积极参与讨论。", False),  # a sentence
])
def test_board_slogan_line(line, slogan):
    assert forum.board_slogan(fold(line)) is slogan


def _attachment_kept(tail):
    from unionkit.clean import clean_text

    page = ("某公司工会举办职工创新成果展\n发布时间：2024-12-05\n"
            "12月5日，某公司工会举办职工创新成果展，共展出职工创新成果36项，涵盖设备改造、工艺优化等领域。\n"
            "公司工会将继续完善创新成果转化激励机制，对优秀成果给予奖励。\n" + tail)
    return any("附件" in p for p in clean_text(page).body)


def test_attachment_line_naming_a_file_over_the_page_controls_is_chrome():
    assert not _attachment_kept("附件：2024年度职工创新成果汇总表.xlsx\n【关闭】 【打印】\n某某公司 版权所有\n")


@pytest.mark.parametrize("tail", [
    # a notice's list of its annexes above its signature: the notice's own text
    "附件：1.某县2024年职工职业技能竞赛获奖名单.xlsx\n某县总工会\n2024年10月9日\n",
    # an annex named without a file extension
    "附件：2024年度职工创新成果汇总表\n【关闭】 【打印】\n",
])
def test_attachment_line_look_alikes_stay(tail):
    assert _attachment_kept(tail)


def test_short_line_under_a_placeholder_that_runs_on_is_text_not_a_caption():
    """An explainer sets its text in short lines: under a photo's placeholder a line ending on a comma whose
    clause goes on in the next line opens a paragraph; a short line standing alone there is the caption."""
    from unionkit.clean import clean_text

    head = "一图看懂|某县总工会五项暖心服务\n2025-03-02 10:00  来源:某县总工会\n[图片]\n"
    art = clean_text(head + "今年,某县总工会围绕职工所需,\n推出五项暖心服务,\n请往下看↓↓↓\n[图片]\n"
                     "01 为环卫工人免费体检,覆盖全县八个乡镇的环卫站点\n02 新建职工书屋十家,每家配齐图书两千册\n")
    assert art.body[:2] == ["今年,某县总工会围绕职工所需,", "推出五项暖心服务,"]
    art = clean_text(head + "服务启动仪式现场\n\n  三月二日,某县总工会在县文化广场举行五项暖心服务启动仪式,"
                     "县总工会负责人介绍了各项服务的内容和办理方式。\n")
    assert art.captions == ["服务启动仪式现场"]

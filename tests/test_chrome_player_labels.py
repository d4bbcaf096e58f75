"""A TV station's news page: its video player's clock and controls, and the bare 导语:/正文: labels over the lead
and the text. A clock inside a sentence, a headline about 高清 screens and a 正文 heading with words
after it stay. A browser's text save of such pages: the player's fallback notice, a cookie banner and a CMS's
summary box (摘要:…) go too."""

from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold
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


_TV_PAGE = ("某某广电网\n首页 | 新闻 | 视频点播\n\n区总工会劳模工匠进车间传技艺\n来源：某某广电　　时间：2024.04.26\n\n00:00 / 02:15\n"
            "4月25日，区总工会主办的“劳模工匠进车间”活动在开发区举行，6名劳模工匠走进加工车间，与一线职工面对面交流技术。\n"
            "{speaker}\n{words}\n"
            "据了解，今年区总工会计划组织劳模工匠进企业、进车间活动20场次，助力全区特色产业高质量发展。\n责任编辑：某某\n")


def test_a_sound_bite_speaker_line_over_quoted_words_is_a_caption():
    """【同期】 then the speaker's title and name, over the words in quotation marks: the sound bite's on-screen
    caption (the label markup, the speaker a caption); the quote stays the text."""
    words = "“我们通过劳模工匠进车间活动，把劳模的技术和经验带到一线，帮助职工解决生产中的实际问题。”"
    art = clean_page(_TV_PAGE.format(speaker="【同期】区总工会党组书记、常务副主席 陈某某", words=words))
    assert words in art.body and not any("同期" in p for p in art.body)
    assert art.captions == ["区总工会党组书记、常务副主席 陈某某"]
    assert [r.text for r in art.removed if r.kind == "markup"] == ["【同期】"]


def test_sound_bite_look_alikes_stay():
    # over bare words (a transcript's speech, no quotation marks) the speaker line tells who speaks: it stays
    words = "我们今年在城区新建了6个工会驿站，都配了暖气和热水，环卫工人冷了、累了随时可以进来歇歇脚。"
    art = clean_page(_TV_PAGE.format(speaker="【同期声】区总工会副主席 张某", words=words))
    assert "【同期声】区总工会副主席 张某" in art.body and words in art.body
    # the label before the speaker's words on the same line is the transcript's own text
    line = "【同期】钢筋工　邓某某：以前只在电视里看过这些故事，今天听老师当面讲，很受触动。"
    art = clean_page(_TV_PAGE.format(speaker=line, words="“这样的课堂，我们欢迎。”"))
    assert any(p.startswith("【同期】钢筋工") for p in art.body)


_LABELLED = ("某某广播电视台 | 某某云\n首页 > 新闻 > 本地新闻\n视频加载中...\n00:00 / 02:16\n\n"
             "宜昌：区总工会“送技能下乡”助力柑橘产业工人增收\n2024-11-08 19:42:06  来源：某某新闻联播  浏览量：1,203\n\n"
             "{lead}眼下正是柑橘采摘销售的旺季。区总工会组织果树栽培专家和劳模工匠走进柑橘主产区，开展“送技能下乡”活动。\n"
             "{text}在一处柑橘园里，省级劳模向某某正手把手教工人们如何分级采摘、科学储运。\n"
             "据了解，今年以来，区总工会已组织开展“送技能下乡”活动26场，培训产业工人2300余人次。\n\n记者：王某某\n编辑：周某\n")


def test_bracketed_lead_and_text_labels_opening_paragraphs_go():
    """【导语】 and 【正文】 opening the first two paragraphs: the page's names of its parts, removed as markup."""
    art = clean_page(_LABELLED.format(lead="【导语】", text="【正文】"))
    assert art.body[0].startswith("眼下正是") and art.body[1].startswith("在一处柑橘园里")
    assert [r.text for r in art.removed if r.kind == "markup"] == ["【导语】", "【正文】"]
    again = clean_page("\n".join([art.title, *art.body]))
    assert again.body == art.body


def test_bracketed_label_look_alikes_stay():
    # a column's tag opening a paragraph, and the word 正文 in brackets inside a sentence, are the text's
    art = clean_page(_LABELLED.format(lead="【劳模风采】", text=""))
    assert art.body[0].startswith("【劳模风采】眼下正是")
    art = clean_page(_LABELLED.format(lead="", text="").replace("科学储运。", "科学储运，【正文】见附件。"))
    assert any("【正文】见附件" in p for p in art.body)
    assert not any(r.kind == "markup" for r in art.removed)


def test_two_sound_bites_are_a_transcript_their_speaker_lines_stay():
    """A page giving two sound bites or more names each speaker in turn: a transcript, whose speaker lines are text
    (one bite's speaker line over its quoted words is the on-screen caption, above)."""
    words = "“我们通过劳模工匠进车间活动，把劳模的技术和经验带到一线，帮助职工解决生产中的实际问题。”"
    speakers = "【同期声】区总工会副主席 陈某某\n" + words + "\n【同期声】车间职工 王某\n“师傅手把手教，学得快。”"
    art = clean_page(_TV_PAGE.format(speaker=speakers, words=""))
    assert "【同期声】区总工会副主席 陈某某" in art.body and "【同期声】车间职工 王某" in art.body
    assert art.captions == []


def test_bilingual_caption_under_a_placeholder_and_glossed_credit_go():
    page = _TV_PAGE.format(speaker="[图片]", words="职工们在车间交流技术。Workers share skills in the workshop.")
    art = clean_page(page.replace("责任编辑：某某", "文字 Text:王某   摄影 Photo:李某"))
    assert art.captions == ["职工们在车间交流技术。Workers share skills in the workshop."]
    assert [r.kind for r in art.removed if "Photo" in r.text] == ["credit"]
    assert byline.bilingual_caption(fold("职工合影。Group photo of the winners."))
    for s in ("本次活动的主题是 Work Hard", "职工合影 2024", "韦伯说,这是他在中国过的第五个春节,每年工会都会组织活动,让大家感觉像在家里一样。"
              "He said it felt like home."):
        assert not byline.bilingual_caption(fold(s)), s  # (two Latin words; no words; a paragraph before them)


def test_player_clock_among_its_controls_and_loading_message_are_widgets():
    assert chrome.is_widget_line(fold("播放00:00 / 02:36全屏"))
    assert chrome.is_widget_line(fold("播放 00:00 / 02:36"))
    assert chrome.is_widget_line(fold("视频加载中..."))
    assert not chrome.is_widget_line(fold("播放时间为19:30/21:00两场"))  # a sentence around the times
    assert not chrome.is_widget_line(fold("视频加载中的问题已解决"))


def test_browser_notices_and_cookie_banner_are_chrome():
    for line in ("您的浏览器不支持 video 标签。", "您的浏览器禁用了JavaScript,以上为文章的纯文本版本。",
                 "您的浏览器不支持视频播放，请升级浏览器或下载“某某发布”客户端观看。",
                 "我们使用Cookie及类似技术来改善您的浏览体验。继续浏览即表示您同意我们的《隐私政策》。", "接受 拒绝"):
        assert chrome.browser_notice(fold(line)), line
    for line in ("职工反映单位内网浏览器不支持新系统，工会协调信息科解决。", "接受调解，拒绝上访", "我们使用新设备提高了效率。"):
        assert not chrome.browser_notice(fold(line)), line


def test_video_page_text_save_keeps_no_player_chrome():
    page = ("某某广电网\n\n区总工会为环卫工人送上“冬日暖包”\n来源：某某广播电视台　　2023-12-21 19:35:02\n\n"
            "您的浏览器不支持 video 标签。\n播放00:00 / 01:58全屏\n"
            "12月20日，区总工会在环卫站举行慰问活动，为全区360名一线环卫工人送上棉手套、护膝等“冬日暖包”。\n"
            "入冬以来，气温持续走低，环卫工人凌晨四五点就要上岗清扫。区总工会提前调研、精心挑选物资。\n")
    art = clean_page(page)
    assert len(art.body) == 2 and art.body[0].startswith("12月20日")


def test_summary_box_line_is_chrome():
    for line in ("摘要：5月8日，某某区总工会在职工服务中心举办技能培训班。", "導讀：11月29日，某某區總工會開展法律服務活動。",
                 "【摘要】本文以某某县为例，梳理县级工会的做法。", "内容提要: 本文介绍职工书屋建设情况"):
        assert chrome.summary_line(fold(line)), line
    # look-alikes: the label alone, a sentence opening with the word, a minutes' label
    for line in ("摘要", "摘要显示，工会经费主要用于职工活动。", "纪要：会议决定成立工会", "导读 本期内容"):
        assert not chrome.summary_line(fold(line)), line


def test_summary_box_over_the_text_goes():
    page = ("某某工会网\n\n区总工会举办职工技能培训班\n发布时间：2024-05-08 来源：区总工会\n"
            "摘要：5月8日，区总工会举办职工技能培训班，120名职工参加。\n"
            "5月8日，区总工会在职工服务中心举办技能培训班，来自全区30家企业的120名一线职工参加培训。\n"
            "培训内容涵盖安全生产、设备维护和新技术应用，授课老师均为本地劳模工匠。\n")
    art = clean_page(page)
    assert len(art.body) == 2 and art.body[0].startswith("5月8日，区总工会在")

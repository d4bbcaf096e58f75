"""A work bulletin's masthead, issue number and colophon (报/送/发 list, print count); a reply letter's contact
block and signature; a Q&A column's name under its 首发于 label; a platform's original/no-reprint marks; a
traditional-script back link; a caption opened by a quoted event name. Look-alike lines of the text stay."""

from __future__ import annotations

import pytest

from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

PARAS = ("6月28日，市总工会召开全市产业工人队伍建设改革推进会，总结上半年工作，部署下一阶段重点任务。\n"
         "会议要求，下半年要重点抓好三项工作，扩大政策宣传覆盖面，推进职工技能提升。各县区总工会负责人参加会议。\n")
PARA_LIST = PARAS.strip().split("\n")


def _clean(text):
    art = clean_page(text)
    return art.title, art.body


@pytest.mark.parametrize("masthead, issue, colophon", [
    ("某市工会工作简报", "第9期", "报：省总工会，市委、市政府有关领导\n送：市委办公室，市政府办公室\n"
                                 "发：各县（区）总工会，各基层工会\n某市总工会办公室      2024年7月3日印发\n（共印60份）\n— 1 —"),
    ("职工动态", "2024年第3期（总第57期）", "报：市总工会\n发：各分工会\n印数：200份"),
])
def test_bulletin_masthead_is_no_headline_and_its_colophon_goes(masthead, issue, colophon):
    page = (f"{masthead}\n{issue}\n某市总工会办公室                    2024年7月3日\n────────────\n"
            f"市总工会召开全市产业工人队伍建设改革推进会\n{PARAS}（市总工会经济技术部）\n────────────\n{colophon}\n")
    title, body = _clean(page)
    assert title == "市总工会召开全市产业工人队伍建设改革推进会"
    assert body == PARA_LIST


def test_issue_number_line():
    for t in ("第9期", "2024年第3期", "第十二期", "第9期(总第123期)", "(总第57期)"):
        assert chrome.issue_number_line(fold(t)), t
    for t in ("第9期职工讲堂开讲", "第9期培训班于5月开班。", "本期", "9期"):
        assert not chrome.issue_number_line(fold(t)), t


def test_headline_over_a_sentence_about_an_issue_stays():
    page = "第9期“职工讲堂”在市工人文化宫开讲\n来源：市总工会\n" + PARAS
    title, body = _clean(page)
    assert title == "第9期“职工讲堂”在市工人文化宫开讲"
    assert body == PARA_LIST


@pytest.mark.parametrize("line", ["报：省总工会，市委、市人大、市政府有关领导", "送：市委办公室，市政府办公室",
                                  "发：各县（区）总工会，市直各产业（系统）工会，各基层工会", "（共印60份）", "印数：200份",
                                  "共印 1500 份"])
def test_bulletin_colophon_lines_open_the_tail(line):
    assert chrome.tail_kind(fold(line)) == "navigation"


@pytest.mark.parametrize("line", ["发：好的，收到", "送：温暖到家", "报：记者从会上获悉，活动将持续一个月",
                                  "共印发宣传册6000份。", "印发《职工手册》3000份"])
def test_look_alike_colophon_lines_stay(line):
    assert chrome.tail_kind(fold(line)) != "navigation"


REPLY = ("某某市总工会对市人大二次会议第86号建议的答复\n王丽华代表：\n"
         "您提出的《关于加强户外劳动者服务站点建设的建议》收悉。经认真研究，现答复如下：\n"
         "近年来，市总工会联合住建、城管、交通运输等部门推进户外劳动者服务站点建设，全市已建成工会驿站286个。\n"
         "感谢您对工会工作的关心和支持，欢迎继续提出宝贵意见和建议。\n")


@pytest.mark.parametrize("block", [
    "联系单位：某某市总工会权益保障部\n联系人：李志刚\n联系电话：0476-8321567\n某某市总工会\n2024年6月18日\n",
    "联系人：李志刚　　联系电话：0476-8321567\n某某市总工会\n2024年6月18日\n（此件公开发布）\n",
    "经办人：张华\n电话：0476-8321567\n",
])
def test_reply_letters_contact_block_and_signature_go(block):
    title, body = _clean(REPLY + block + "信息来源：某某市总工会  浏览次数：317\n")
    assert title == "某某市总工会对市人大二次会议第86号建议的答复"
    assert body[-1] == "感谢您对工会工作的关心和支持，欢迎继续提出宝贵意见和建议。"


def test_notices_contact_block_and_signature_stay():
    """A notice's 联系人 line tells its readers whom to call: the notice's own text, signature and all."""
    page = ("关于举办全市职工羽毛球比赛的通知\n发布时间：2024-04-18　来源：某某市总工会\n各基层工会：\n"
            "为丰富职工文化生活，增强职工体质，市总工会定于5月举办全市职工羽毛球比赛，现将有关事项通知如下，请各单位认真组织。\n"
            "请各单位于5月10日前报送参赛名单，比赛分男子单打、女子单打和混合双打三个项目。\n"
            "联系人：李志刚　　联系电话：0476-8321567\n某某市总工会\n2024年4月18日\n")
    _, body = _clean(page)
    assert body[-3:] == ["联系人：李志刚 联系电话：0476-8321567", "某某市总工会", "2024年4月18日"]


def test_reply_letter_without_a_contact_block_keeps_a_contact_sentence():
    page = REPLY.replace("感谢您", "如有问题，请联系市总工会权益保障部，电话：0476-8321567。感谢您")
    _, body = _clean(page)
    assert body[-1].startswith("如有问题，请联系市总工会权益保障部")


@pytest.mark.parametrize("label", ["首發於", "首发于", "收录于专栏"])
def test_column_name_under_its_label_is_no_headline(label):
    page = (f"首頁 知乎知學堂 發現 等你來答\n搜索\n{label}\n基層工會那些事\n寫文章\n一名縣級工會幹部眼中的「職工服務站」\n工會幹事老周\n"
            "安徽太和 基層工會工作者\n326 人贊同了該文章\n"
            "我在安徽省太和縣總工會權益保障部工作，前後快三年了。經常有人問我：工會到底能幫職工幹點啥？\n"
            "基層工會的工作說到底就是一件件小事。能把小事辦好，職工自然會記得你。\n")
    title, _ = _clean(page)
    assert title == "一名縣級工會幹部眼中的「職工服務站」"


def test_short_headline_under_a_plain_line_stays():
    page = "当前位置：首页 > 工会新闻\n基层工会那些事儿\n发布时间：2024-05-01　来源：市总工会\n" + PARAS
    title, _ = _clean(page)
    assert title == "基层工会那些事儿"


@pytest.mark.parametrize("line", ["本文为我原创", "本文为原创作品", "（本文系作者原创）", "本文禁止转载或摘编",
                                  "本文禁止转载", "本篇谢绝转载、摘编"])
def test_platform_original_and_no_reprint_marks_are_footer(line):
    assert chrome.tail_kind(fold(line)) == "site_footer", line


@pytest.mark.parametrize("line", ["本网站所有内容属某某新闻网所有,未经许可不得转载。", "本站全部文章归某某日报社所有",
                                  "本文仅代表作者观点，不代表某某立场", "以上内容仅代表作者个人观点"])
def test_site_claims_on_its_content_and_views_disclaimers_are_footer(line):
    assert chrome.tail_kind(fold(line)) == "site_footer", line


@pytest.mark.parametrize("line", ["本站所有内容均为原创。", "本文仅代表了一部分职工的看法，更多意见还在征集中"])
def test_lines_short_of_a_claim_or_a_disclaimer_stay(line):
    assert chrome.tail_kind(fold(line)) is None, line


@pytest.mark.parametrize("line", ["本文为原创调研报告的第一部分，共分三节", "本文禁止转载的内容包括以下几类",
                                  "本文是我原创的第一篇关于工会的小文章，请大家多多指教"])
def test_sentences_about_an_original_work_stay(line):
    assert chrome.tail_kind(fold(line)) is None, line


def test_platform_marks_under_the_text_go():
    page = "宝鸡市总工会举办首届职工短视频大赛颁奖活动\n宝鸡工会\n2024年09月26日 16:05\n" + PARAS + \
        "本文为我原创\n本文禁止转载或摘编\n#职工\n#短视频\n评论 12\n"
    _, body = _clean(page)
    assert body == PARA_LIST


def test_traditional_back_link_opens_the_tail():
    page = ("工聯與珠海市總工會簽署就業服務合作協議\n發佈日期：26/04/2024\n"
            "澳門工會聯合總會與珠海市總工會4月25日簽署《就業服務合作協議》，雙方將在職業技能培訓等方面加強合作。\n"
            "出席簽約儀式的還有工聯理事長、多個屬會負責人，以及珠海市人力資源和社會保障局代表等。\n"
            "分享：Facebook WeChat 微博\n返回上頁\n最新消息\n工聯舉辦「五一」勞動節慶祝活動\n工聯職業培訓中心五月課程開始報名\n"
            "工聯服務熱線：2857 6231\n© 2024 澳門工會聯合總會 版權所有\n")
    _, body = _clean(page)
    assert body[-1].startswith("出席簽約儀式的還有")
    assert len(body) == 2


def test_back_link_in_a_sentence_is_no_tail_marker():
    assert chrome.tail_kind(fold("職工可點擊返回上頁重新填寫資料")) != "navigation"


@pytest.mark.parametrize("line", ["“旱地龙舟”比赛现场", "“同心鼓”项目比赛现场", "“五一”劳模合影留念"])
def test_caption_opened_by_a_quoted_name(line):
    assert byline.caption_line(fold(line)), line


@pytest.mark.parametrize("line", ["“我们就在现场", "他说“大家都来到了现场", "“职工之家”建设", "“大家都来到了”现场"])
def test_look_alike_quoted_lines_are_no_caption(line):
    assert not byline.caption_line(fold(line)), line


def test_quoted_caption_between_paragraphs_goes():
    page = ("我院举办2024年“健康杯”职工趣味运动会\n发布时间：2024-05-11 09:26:17　来源：院工会\n" + PARA_LIST[0] +
            "\n“旱地龙舟”比赛现场\n" + PARA_LIST[1] + "\n")
    _, body = _clean(page)
    assert body == PARA_LIST


def test_reply_letters_removed_contact_person_is_still_a_person():
    """The contact block leaves the body, its 联系人 is still named (extract reads the removed byline pieces)."""
    from unionkit.clean import clean_text
    from unionkit.extract import extract

    page = REPLY + "联系单位：某某市总工会权益保障部\n联系人：李志刚\n联系电话：0476-8321567\n某某市总工会\n2024年6月18日\n"
    people = {p.name: p.titles for p in extract(clean_text(page)).entities.people}
    assert people.get("李志刚") == ["联系人"]


def test_removed_byline_without_a_contact_label_names_no_contact():
    from unionkit.clean import clean_text
    from unionkit.extract import extract

    page = REPLY + "联系单位：某某市总工会权益保障部\n联系电话：0476-8321567\n某某市总工会\n2024年6月18日\n"
    # The salutation's deputy (王丽华代表：) is a person of the letter; no one is named from the contact block.
    people = extract(clean_text(page)).entities.people
    assert [p.name for p in people if "联系人" in p.titles] == []
    assert [p.name for p in people] == ["王丽华"]


@pytest.mark.parametrize("row", [
    "某某机械有限公司工会办公室编　　　　　　2023年11月6日",  # the compiling office and the date, over the headline
    "职工之窗　2023年第11期（总第98期）　某某集团工会编　2023年11月6日",  # name, issue number, office, date
    "第11期(总第98期)　某某县总工会主办　2023年11月6日",
    "某某集團工會簡報　2023年第11期（總第98期）　集團公司工會編2023年11月6日",  # traditional, the gap lost
])
def test_masthead_row(row):
    assert chrome.masthead_row(fold(row)), row


@pytest.mark.parametrize("row", [
    "某某集团工会召开2023年职工代表大会", "2023年11月6日", "某某日报　2023年11月6日",  # no issue number, no compiler
    "第11期职工讲堂2023年11月6日开讲",  # a headline about an issue: words after the number
    "本书由市总工会编，2023年11月6日出版。",  # a sentence
])
def test_masthead_row_look_alikes(row):
    assert not chrome.masthead_row(fold(row)), row


def test_masthead_row_over_the_headline_is_no_title():
    # the compiling office is too long a name for a dated name row: the row was the headline's rival
    page = ("某市工会工作简报\n第11期（总第98期）\n某某重型机械制造有限公司工会办公室编　　　　2024年7月3日\n\n"
            f"市总工会召开全市产业工人队伍建设改革推进会\n\n{PARAS}")
    title, body = _clean(page)
    assert title == "市总工会召开全市产业工人队伍建设改革推进会"
    assert body == PARA_LIST


def test_masthead_row_under_the_headline_is_no_paragraph():
    page = ("市總工會召開產業工人隊伍建設改革推進會\n發布時間：2024-07-05 09:30　來源：市總工會\n\n"
            "某市工會簡報　2024年第7期（總第88期）　市總工會辦公室編　2024年7月3日\n\n" + PARAS)
    title, body = _clean(page)
    assert title == "市總工會召開產業工人隊伍建設改革推進會"
    assert body == PARA_LIST

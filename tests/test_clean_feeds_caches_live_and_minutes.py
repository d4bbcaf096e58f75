"""Less common page kinds, with look-alikes that must stay: a Discuz X post card under the post header (the poster's
name again over its stats, 楼主) is no post text; a feed dumped as text (an XML declaration over plain lines, items of
labelled fields) reads as its first item; a live blog's audience counter and sort tabs, a search engine's cache
banner, an issuing office over a minutes' number, minutes' attendance block, a legal-aid column's answerer line,
standing note and ask button are chrome."""

from unionkit.clean import chrome, forum
from unionkit.clean.pipeline import clean_page
from unionkit.inputs import looks_like_html

PARAS = ("11月5日，某某市总工会召开“某某工匠”培育计划启动会，提出到2027年在全市培育市级工匠300名、储备工匠人才3000名。\n"
         "根据计划，市总工会将建立“工匠人才库”，实行“一人一档”动态管理，对入选人员给予每人每年最高2万元的培育经费。\n"
         "首批20名培育对象在会上接受了证书。一名钳工说：“工会给我们搭了台子，我们更要把手艺练精。”\n")
TITLE = "某某市总工会启动“某某工匠”培育计划"


def kinds(art, text):
    """The kinds the line holding ``text`` was removed as."""
    return [r.kind for r in art.removed if text in r.text]


# --- a Discuz X post card under the post header ------------------------------------------------------------------

def test_post_card_under_the_header_is_no_post_text():
    page = ("某某论坛 - Powered by Discuz!\n返回列表 查看: 875 | 回复: 2\n[新闻] " + TITLE + " [复制链接]\n某某网友\n"
            "发表于 2024-7-22 18:36 | 只看该作者 | 倒序浏览 | 阅读模式\n某某网友\n积分 3260 帖子 1487 主题 219\n"
            "注册时间 2015-3-11\n楼主\n本帖最后由 某某网友 于 2024-7-22 18:40 编辑\n" + PARAS +
            "沙发 | 发表于 2024-7-23 09:15 | 只看该作者\n老街坊\n工会做得好！\n回复 支持 反对\n")
    art = clean_page(page)
    assert art.title == TITLE
    assert len(art.body) == 3 and art.body[0].startswith("11月5日")
    assert "某某网友" not in "".join(art.body)


def test_a_dated_card_field_without_colon_is_a_profile_line():
    for t in ("注册时间 2015-3-11", "最后登录 2024-7-22 18:36"):
        assert forum.profile_line(t), t
    for t in ("注册时间 2015年3月起施行的新规", "注册时间为2015-3-11"):
        assert not forum.profile_line(t), t


# --- a feed dumped as text -----------------------------------------------------------------------------------

FEED = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?> [RSS 2.0]\n频道：某某工会网 - 工会动态\n频道链接：http://www.example.cn/ghdt/\n"
        "描述：某某市总工会官方网站工会动态栏目\n----------------------------------------\n条目 1/2\n标题：" + TITLE + "\n"
        "链接：http://www.example.cn/ghdt/202407/t1.html\n发布：Mon, 22 Jul 2024 09:48:00 +0800\n作者：某某某\n正文：\n" + PARAS +
        "----------------------------------------\n条目 2/2\n标题：某某区总工会开展女职工“两癌”筛查\n"
        "链接：http://www.example.cn/ghdt/202407/t2.html\n发布：Fri, 19 Jul 2024 16:22:00 +0800\n")


def test_xml_declaration_over_plain_lines_is_no_html():
    assert not looks_like_html(FEED)
    assert looks_like_html("<?xml version=\"1.0\"?>\n<!DOCTYPE html>\n<html><body>x</body></html>")
    assert looks_like_html("<?xml version=\"1.0\"?>\n<rss><channel><title>x</title></channel></rss>")


def test_feed_dump_reads_as_its_first_item():
    art = clean_page(FEED)
    assert art.title == TITLE
    assert len(art.body) == 3
    assert kinds(art, "两癌") and kinds(art, "t2.html")


# a feed reader's export: the items numbered before their title fields, the element names as labels
READER_EXPORT = ("某某阅读器 导出  订阅源:某某新闻网 - 本地新闻 (RSS 2.0)\n导出时间:2024-07-25 08:00  共 2 条\n"
                 "==============================\n[1] 标题:" + TITLE + "\n链接:http://www.example.cn/2024/0722/c1.html\n"
                 "pubDate:Mon, 22 Jul 2024 09:48:00 +0800\n作者:记者 某某某\ndescription:\n" + PARAS +
                 "==============================\n[2] 标题:某某区总工会开展女职工“两癌”筛查\n"
                 "链接:http://www.example.cn/2024/0719/c2.html\npubDate:Fri, 19 Jul 2024 16:22:00 +0800\n"
                 "description:某某区总工会近日组织……\n==============================\n由 某某阅读器 生成  |  未读 0\n")


def test_reader_export_reads_as_its_first_item():
    art = clean_page(READER_EXPORT)
    assert art.title == TITLE
    assert len(art.body) == 3
    assert kinds(art, "两癌") and kinds(art, "c2.html") and kinds(art, "description:")
    assert chrome.feed_item("[2] 标题:" + TITLE, "链接:http://www.example.cn/a.html")


def test_reader_export_reads_as_its_full_item():
    # (the item carrying the text is the article, not the teaser over it)
    teaser = ("[1] 标题:某某区总工会开展女职工“两癌”筛查\n链接:http://www.example.cn/2024/0723/c0.html\n"
              "pubDate:Tue, 23 Jul 2024 10:00:00 +0800\ndescription:某某区总工会近日组织……\n"
              "==============================\n")
    head, rest = READER_EXPORT.split("[1] ", 1)
    art = clean_page(head + teaser + "[2] " + rest.replace("[2] ", "[3] "))
    assert art.title == TITLE
    assert len(art.body) == 3


# a feed dumped by an English tool: the channel's fields, then items of Title: / Link: / Pub Date: / Creator:
ENGLISH_FEED = ("Feed: 某某工会网 - 基层动态\nFeed URL: http://www.example.cn/jcdt/rss.xml\nLanguage: zh-cn\n"
                "==============================\n[Item 1/2]\nTitle: " + TITLE + "\nLink: http://www.example.cn/jcdt/t1.html\n"
                "Pub Date: Mon, 22 Jul 2024 09:48:00 +0800\nCreator: 某某某\nDescription:\n" + PARAS +
                "------------------------------\n[Item 2/2]\nTitle: 某某区总工会开展女职工“两癌”筛查\n"
                "Link: http://www.example.cn/jcdt/t2.html\nPub Date: Fri, 19 Jul 2024 16:22:00 +0800\n")


def test_english_feed_dump_reads_as_its_first_item_without_the_label():
    art = clean_page(ENGLISH_FEED)
    assert art.title == TITLE
    assert len(art.body) == 3


def test_a_title_field_without_a_link_under_it_is_no_feed_item():
    assert chrome.feed_item("标题:" + TITLE, "链接:http://www.example.cn/a.html")
    assert not chrome.feed_item("标题:" + TITLE, "发布时间:2024-07-22")
    assert not chrome.feed_item("标题:" + TITLE, "链接:请见附件")


# --- a live blog's counter, tabs and comments -------------------------------------------------------------------

def test_live_blog_counter_and_sort_tabs_are_chrome():
    page = ("某某融媒\n打开APP 阅读体验更佳\n直播中\n" + TITLE + "\n某某融媒 记者 王丽 李强\n2024-04-25 09:00 开始\n已有 5.6万 人观看\n"
            "最新 | 最早\n" + PARAS + "编辑：某某  审核：某某\n精彩评论(26)\n某某网友：点赞！ 04-25 09:47\n")
    art = clean_page(page)
    assert art.title == TITLE
    assert len(art.body) == 3
    assert kinds(art, "人观看") == ["page_header"] and kinds(art, "最早") == ["navigation"]
    assert kinds(art, "点赞")


def test_counter_and_tabs_look_alikes():
    for t in ("已有 5.6万 人观看", "12.3万人围观", "3200人参与"):
        assert chrome.audience_count(t), t
    for t in ("已有5.6万人观看了开幕式直播。", "观看人数创新高"):
        assert not chrome.audience_count(t), t
    assert chrome.sort_tabs("最新 | 最早") and chrome.sort_tabs("正序 倒序")
    assert not chrome.sort_tabs("最新消息") and not chrome.sort_tabs("最早到岗的职工")


# --- a search engine's cache copy -------------------------------------------------------------------------------

def test_cache_banner_is_no_headline():
    page = ("百度快照\n您查询的关键词是：某某 总工会 。如果打开速度慢，可以尝试快速版；如果想保存快照，可以添加到搜藏。\n"
            "(百度和网页 http://www.example.cn/art/1.html 的作者无关，不对其内容负责。百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。)\n"
            "某某县总工会\n首页 工会要闻 基层动态 维权服务\n" + TITLE + "\n来源：县总工会 作者：某某 日期：2024-04-18\n" + PARAS)
    art = clean_page(page)
    assert art.title == TITLE
    assert len(art.body) == 3
    assert kinds(art, "的作者无关")


def test_cache_banner_look_alikes():
    assert chrome.cache_banner("百度快照") and chrome.cache_banner("您查询的关键词是:工会")
    assert not chrome.cache_banner("百度快照功能下线引发关注")
    assert not chrome.cache_banner("本次查询的关键词是工会")
    # the view links and find tip under an engine's banner; the same words in a sentence are text
    assert chrome.cache_banner("完整版本  纯文字版本  查看源代码") and chrome.cache_banner("纯文字版本 | 查看源代码")
    assert chrome.cache_banner("提示:要在此页面上快速找到您的搜索字词,请按 Ctrl+F 然后使用查找栏搜索。")
    assert not chrome.cache_banner("完整版本已上传至工会官网")
    assert not chrome.cache_banner("要快速找到您的搜索字词,可以使用查找功能。")


def test_engine_cache_banner_with_view_links_is_no_headline():
    page = ("这是 Google 对 http://www.example.cn/art/2.html 的缓存。 这是该网页在 2024年5月2日 05:18:44 GMT 的快照。"
            " 当前页在此期间可能已经更改。 了解详情\n完整版本  纯文字版本  查看源代码\n"
            "提示:要在此页面上快速找到您的搜索字词,请按 Ctrl+F 或者 ⌘-F (Mac),然后使用查找栏搜索。\n\n"
            "某某县人民政府\n首页  政务公开  新闻中心\n新闻中心 > 部门动态\n\n" + TITLE
            + "\n来源:县总工会   作者:某某   时间:2024-05-01\n\n" + PARAS)
    art = clean_page(page)
    assert art.title == TITLE
    assert len(art.body) == 3


# --- minutes: issuing office over the number, attendance block ----------------------------------------------------

MINUTES = ("某某区总工会\n某某区总工会2024年第5次主席办公会议纪要\n时间：2024-05-10 16:20:11　编辑：admin　浏览：208\n"
           "某某区总工会办公室\n某总工纪〔2024〕5号\n" + PARAS + "出席：区总工会领导班子成员\n列席：各部室负责人\n"
           "记录：区总工会办公室\n某某区总工会办公室\n2024年5月9日\n抄送：某某市总工会。\n")


def test_minutes_issuer_is_no_title_and_attendance_goes():
    art = clean_page(MINUTES)
    assert art.title == "某某区总工会2024年第5次主席办公会议纪要"
    assert len(art.body) == 3
    assert kinds(art, "出席") == ["page_header"] and kinds(art, "2024年5月9日")


def test_role_lines_in_the_text_stay():
    art = clean_page(TITLE + "\n" + PARAS + "出席：区总工会领导班子成员\n")
    assert art.body[-1] == "出席：区总工会领导班子成员"  # one role alone is no block
    art = clean_page(TITLE + "\n" + PARAS.replace("首批", "出席：区总工会领导班子成员\n列席：各部室负责人\n首批"))
    assert len(art.body) == 5  # (the text goes on under them: no closing block)


# --- a legal-aid column's chrome --------------------------------------------------------------------------------

def test_legal_aid_column_chrome_goes():
    page = ("首页 / 维权服务 / 律师答疑\n公司以“末位淘汰”为由解除劳动合同，合法吗？\n2024.05.09  浏览量：2,315\n"
            "解答律师：某某律师事务所 某某某\n" + PARAS +
            "（本栏目由某某区总工会与某某律师事务所联合开办，提问请发邮件至 ask@example.cn）\n分享到：微信 微博\n我要提问\n"
            "更多问答\n> 加班费的计算基数应该怎样确定？\n")
    art = clean_page(page)
    assert len(art.body) == 3
    assert kinds(art, "解答律师") == ["byline"] and kinds(art, "本栏目由") and kinds(art, "我要提问")
    assert kinds(art, "加班费")


def test_answerer_and_column_note_look_alikes():
    assert chrome.answerer_line("解答律师:某某律师事务所 某某某")
    assert not chrome.answerer_line("解答律师:劳动者可以申请仲裁。")
    assert chrome.column_disclaimer("(本栏目由某某总工会与某某律师事务所联合开办,提问请发邮件至ask@example.cn)")
    assert not chrome.column_disclaimer("(本栏目由某某总工会主办。)")
    assert not chrome.column_disclaimer("(本栏目由某某总工会法律援助工作站协办)")


def test_a_video_pages_tabs_crew_row_and_tag_row_are_chrome():
    page = ("某某工会网\n" + TITLE + "\n2024-04-25 09:00  来源:某某市总工会  播放量:1,024\n简介  文稿  评论(5)\n" + PARAS
            + "记者:某某某  摄像:某某  剪辑:某某某\n责任编辑:某某\n视频标签:  技能竞赛  工匠\n")
    art = clean_page(page)
    assert len(art.body) == 3
    assert kinds(art, "文稿") == ["navigation"] and kinds(art, "剪辑") and kinds(art, "视频标签")


def test_video_tabs_look_alikes():
    assert chrome.video_tabs("简介 文稿 评论(3)") and chrome.video_tabs("简介 | 评论")
    assert not chrome.video_tabs("评论 评论") and not chrome.video_tabs("简介:某某市总工会成立于1950年")


def test_a_press_releases_label_is_chrome():
    page = ("某某工會\n" + TITLE + "\n(即時發佈)\n" + PARAS)
    art = clean_page(page)
    assert len(art.body) == 3
    assert kinds(art, "即時發佈") == ["page_header"]
    assert chrome.release_label("[供即时发布]") and not chrome.release_label("即时发布了一条消息")

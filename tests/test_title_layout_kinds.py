"""The headline among the lines a layout sets around it: an author's name over its follow button (note and blog
platforms), a blog's profile box and its title row with the posting stamp, a message board's 留言标题 row, and
an official document's red-header banner. Look-alikes keep their reading: a short headline, a person's name
that is the title, a headline that ends in 文件 or names a date. Also a disclosure catalogue's 主题词 row and an
e-paper's bulleted list of the page's articles and its list of pages, which are no headline."""

import pytest

from unionkit.clean import chrome, forum, headline, title as tmod
from unionkit.clean.lines import fold, split_lines
from unionkit.clean.pipeline import clean_page

BODY = ("上个月厂里工会把二楼原来的储藏室改成了“爱心妈咪小屋”，冰箱、消毒柜、沙发都有，还装了一个紧急呼叫铃。\n"
        "听工会主席说，是区总工会给了两万块补助，厂里又配了一些，姐妹们都说方便多了。\n")


def test_author_over_follow_button_above_headline_is_no_title():
    # (the author's name comes again over the author's reply under the post: a copy of the name, as a headline's)
    page = ("小红书\n发现\n发布\n\n苏州打工人小陈\n关注\n\n厂里工会给一线女工建了爱心妈咪小屋\n\n" + BODY +
            "\n共 23 条评论\n\n苏州打工人小陈\n作者\n可以问问你们厂工会\n05-16 江苏\n")
    art = clean_page(page)
    assert art.title == "厂里工会给一线女工建了爱心妈咪小屋"
    assert art.body[0].startswith("上个月")


def test_author_over_follow_button_under_headline_is_no_title():
    page = ("简书\n首页\n\n第一次参加劳模疗休养，我在长白山待了五天\n\n焊花飞溅的老孟\n关注\n0.3\n"
            "2024.03.12 10:21:45\n字数 1,532\n阅读 268\n\n" + BODY +
            "\n赞赏支持\n\n焊花飞溅的老孟\n总资产0.62共写了2.1W字获得36个赞共8个粉丝\n\n推荐阅读\n我的2023年度总结\n")
    art = clean_page(page)
    assert art.title == "第一次参加劳模疗休养，我在长白山待了五天"
    assert art.body[0].startswith("上个月")  # the author bar under the headline goes with the header


def test_short_headline_and_name_title_without_button_stay():
    # a short headline over the date, and a one-line title that is a person's name, with no follow button
    assert clean_page("某某工会网\n首页\n\n工会送清凉\n2024-07-10 来源：某某工会\n\n" + BODY).title == "工会送清凉"
    assert clean_page("某某工会网\n首页\n\n劳模张秀兰\n2024-07-10 来源：某某工会\n\n" + BODY).title == "劳模张秀兰"


BLOG = """新浪博客
老周的博客
首页 博文目录 图片 关于我

个人资料
老周
加好友 发纸条
写留言 加关注
博客等级：
博客积分：1288
博客访问：56,302
获赠金笔：0支
荣誉徽章：

做了二十年基层工会主席，我想说几句心里话 (2015-05-01 21:36:18)
转载▼
标签： 工会 劳动节 杂谈
分类： 工作随笔

""" + BODY + """
分享：
阅读(1203)┊ 评论 (9)┊ 收藏(0)
已投稿到：
前一篇：春天到车间转转
"""


def test_blog_title_row_with_stamp_profile_box_and_category():
    art = clean_page(BLOG)
    assert art.title == "做了二十年基层工会主席，我想说几句心里话"
    assert art.body == BODY.strip().split("\n")


def test_blog_name_over_its_url_yields_to_the_entry_title_over_its_stamp():
    # the <title> row names the blog only (repeating the name line over the blog's URL); the entry's title
    # stands over its bracketed posting stamp on a line of its own
    page = ("老周的工会日记_新浪博客\n新浪博客 | 新浪首页 | 登录\n老周的工会日记\nhttp://blog.sina.com.cn/laozhou\n"
            + BLOG.split("\n", 2)[2].replace(" (2015-05-01 21:36:18)", "\n(2015-05-01 21:36:18)"))
    art = clean_page(page)
    assert art.title == "做了二十年基层工会主席，我想说几句心里话"
    assert art.body == BODY.strip().split("\n")
    assert tmod.posting_stamp("(2015-05-01 21:36:18)")
    assert not tmod.posting_stamp("(2024-05-01)")  # a date alone: no clock time
    assert not tmod.posting_stamp("做了二十年基层工会主席 (2015-05-01 21:36:18)")  # the title row itself


def test_blog_profile_lines_and_look_alikes():
    assert forum.blog_profile_line("博客积分:1288") and forum.blog_profile_line("获赠金笔:0支")
    assert forum.blog_profile_line("加好友 发纸条")
    assert not forum.blog_profile_line("博客积分怎么算?")
    assert not forum.blog_profile_line("加好友")  # one word: no button row
    assert chrome.is_header_line("分类: 工作随笔")
    assert not chrome.is_header_line("分类:一类企业,二类企业", strict=True)  # a field list inside a text


def test_blog_name_shown_twice_yields_to_the_entry_title_over_its_tools():
    # the blog's name over its menu and again in the profile box scores as a repeated headline; the entry's title
    # row carries its posting stamp, and the tool and tag rows under it (转载▼, 标签：) are the entry's, no menu
    page = ("某某博客\n首页 博文目录 图片 关于我\n黄河边的老刘\n个人资料\n黄河边的老刘\n加好友 发纸条 写留言 加关注\n"
            "博客积分：932\n正文 字体大小：大 中 小\n\n厂里的夜校办到了第五期 (2022-11-03 20:15:09)\n转载▼\n"
            "标签： 工会 夜校 杂谈\n分类： 身边事\n\n" + BODY + "\n分享：\n阅读(88) ┊ 评论 (0)\n")
    art = clean_page(page)
    assert art.title == "厂里的夜校办到了第五期"
    assert art.body == BODY.strip().split("\n")
    assert "黄河边的老刘" not in art.body


def test_date_suffix_wants_a_clock_time():
    assert tmod.date_suffix("做了二十年基层工会主席 (2015-05-01 21:36:18)") is not None
    assert tmod.date_suffix("市总工会召开十五届三次全委会(2024-05-01)") is None  # a date in the headline's words
    assert tmod.date_suffix("(2015-05-01 21:36:18)") is None  # the stamp alone


def test_message_board_title_label_goes():
    page = ("某某市人民政府门户网站\n首页 政务公开 互动交流\n\n留言标题：在外卖平台跑单受伤，工会能提供哪些帮助？\n"
            "留言人：匿名    留言时间：2024-03-05 21:17\n留言内容：\n" + BODY +
            "\n回复单位：某某市总工会\n回复时间：2024-03-11 16:40\n回复内容：\n网友您好！您反映的问题已收悉，现答复如下："
            "入会后可按规定申请互助保障理赔，并可申请临时困难救助。\n感谢您对工会工作的关心和支持！\n")
    art = clean_page(page)
    assert art.title == "在外卖平台跑单受伤，工会能提供哪些帮助？"
    assert not any(p.startswith(("回复单位", "回复时间")) for p in art.body)
    assert any(p.startswith("网友您好") for p in art.body)


def test_reply_field_look_alike_in_a_sentence_stays():
    assert chrome.is_header_line("回复时间:2024-03-11 16:40", strict=True)
    assert not chrome.is_header_line("回复时间:工作日内,请耐心等待。", strict=True)


@pytest.mark.parametrize("line, at", [
    ("【视频】某某区总工会：劳模工匠进车间传技艺", 4),  # the item's medium before a TV site's headline
    ("【组图】全市职工运动会开幕", 4),
    ("[转帖]职工书屋建设经验交流", 4),
    # look-alikes: a channel or a word that only opens with a medium's name stays
    ("【视频会议】市总工会召开年度工作会议", None),
    ("【劳模风采】焦炉旁的技术大拿", None),
    ("视频：职工运动会开幕", None),
])
def test_a_media_mark_before_a_headline(line, at):
    assert tmod.repost_tag(fold(line)) == at


# --- a personal-library reprint site's tool row under the headline ------------------------------------------------
def test_repost_library_tool_row_is_no_title():
    page = ("某某个人图书馆\n首页 | 阅览室 | 馆友 | 我的图书馆 | 登录 注册\n\n某某区总工会：“职工驿站”里的暖心服务\n"
            "2024-01-16　清风徐来z　阅 325　转 6\n转藏到我的图书馆　微信分享：\n\n来源：某某日报\n\n" + BODY)
    art = clean_page(page)
    assert art.title == "某某区总工会：“职工驿站”里的暖心服务"
    assert art.body[0].startswith("上个月")
    assert chrome.is_widget_line(fold("转藏到我的图书馆 微信分享："))
    assert chrome.is_widget_line(fold("转藏　分享"))
    # a sentence that names the button is text
    assert not chrome.is_widget_line(fold("他把这篇文章转藏到我的图书馆里了"))


# --- a newspaper's headline stack: 引题, headline, 副题 ---------------------------------------------------------------
STACK = ("某某晚报数字报\n2024年03月15日 星期五\n第A03版：城事\n\n职工“点单” 工会“送课”\n某某市总工会“技能夜校”首期开课\n"
         "{sub}\n\n本报记者 陈静怡　通讯员 某工宣\n\n" + BODY)


def test_subtitle_of_a_three_line_stack_yields_to_the_headline():
    art = clean_page(STACK.format(sub="首批12个课程吸引1800余名职工报名"))
    assert art.title == "某某市总工会“技能夜校”首期开课"
    assert art.body[0].startswith("上个月")


def test_stack_look_alikes_keep_their_reading():
    # a portal's site and channel names over a headline with a count: no e-paper, no stack
    page = ("某某市总工会网站欢迎您\n基层工会动态栏目\n某某区总工会今年培训职工2300余人次\n2024-03-05 来源：某某工会\n\n"
            + BODY)
    assert clean_page(page).title == "某某区总工会今年培训职工2300余人次"


# --- a government disclosure page's catalogue block (信息公开: 索引号, 发布机构, 主题词 …) -----------------------------
CATALOGUE = ("某某县人民政府\n首页 | 政务动态 | 政府信息公开\n索引号：\t002585102/2024-00871\t分类：\t其他\n"
             "发布机构：\t某某县总工会\t成文日期：\t2024-04-22\n{row}\n有效性：\t有效\n\n{headline}\n"
             "发布时间：2024-04-23 15:26   信息来源：县总工会   浏览次数：643\n\n" + BODY)


def test_subject_terms_row_of_a_disclosure_catalogue_is_no_title():
    """The catalogue's 主题词 row (the document's subject terms) is a field of the table, never the headline."""
    art = clean_page(CATALOGUE.format(row="主题词：\t工会；职工服务；权益保障", headline="县总工会开展“茶乡护工”服务 为采茶工送健康"))
    assert art.title == "县总工会开展“茶乡护工”服务 为采茶工送健康"
    assert ("page_header", "主题词： 工会；职工服务；权益保障") in [(r.kind, r.text) for r in art.removed]
    assert chrome.is_header_line(fold("主题词：工会；职工服务"))


def test_subject_look_alikes_keep_their_reading():
    # a headline or a paragraph opening with 主题 (主题党日, 主题教育) is no catalogue row
    art = clean_page(CATALOGUE.format(row="文号：\t无", headline="主题党日活动走进车间 职工书屋送书上门"))
    assert art.title == "主题党日活动走进车间 职工书屋送书上门"
    text = "主题教育开展以来，县总工会围绕职工急难愁盼问题，办成实事12件。"
    art = clean_page(CATALOGUE.format(row="文号：\t无", headline="县总工会为采茶工送健康") + text + "\n")
    assert text in art.body
    assert not chrome.is_header_line(fold("主题词是“奋斗”，职工们这样说。"), strict=True)


# --- an e-paper page's list of its articles (本版标题导航) over the one shown --------------------------------------
EPAPER = ("某某日报数字报\n2024年04月26日 星期五\n第03版：综合新闻\n本版标题导航\n■ 港区职工“五小”创新成果集中亮相\n"
          "■ 我市启动2024年“安康杯”竞赛活动\n■ 铸造行业工资集体协商落地 1.8万名职工受益\n■ 某某区开展职工心理健康服务活动\n"
          "返回目录\n\n铸造行业工资集体协商落地 1.8万名职工受益\n\n本报讯（记者 杨帆）4月23日，铸造行业工资集体协商会议在市总工会召开，"
          "全市126家铸造企业的1.8万余名职工从中受益。\n" + BODY)


def test_bulleted_headline_list_of_an_epaper_is_no_title_and_goes():
    art = clean_page(EPAPER)
    assert art.title == "铸造行业工资集体协商落地 1.8万名职工受益"
    assert not any("■" in p or "安康杯" in p or "某某区" in p for p in art.body)
    assert art.body[0].startswith("4月23日")
    assert {r.text for r in art.removed if r.kind == "navigation"} >= {"■ 我市启动2024年“安康杯”竞赛活动"}


def test_headline_list_look_alikes_keep_their_reading():
    # one bulleted headline over its byline is the headline (its mark goes as markup)
    page = "某某日报 数字报\n2024年06月12日 星期三\n第03版：县域\n◆茶企职工工资怎么定？听听行业工会怎么说\n本报记者 杨丽琼\n" + BODY
    assert clean_page(page).title == "茶企职工工资怎么定？听听行业工会怎么说"
    # lines bulleted with different marks make no list
    lines = split_lines("■ 港区职工创新成果集中亮相\n◆ 我市启动安康杯竞赛活动\n")
    assert not headline.bullet_list_item(lines, 0) and not headline.bullet_list_item(lines, 1)
    lines = split_lines("■ 港区职工创新成果集中亮相\n■ 我市启动安康杯竞赛活动\n")
    assert headline.bullet_list_item(lines, 0) and headline.bullet_list_item(lines, 1)


# --- an e-paper page's list of its pages, one to a line (01 要闻 / 02 综合新闻 / 03 县区新闻) -----------------------
EPAPER_PAGES = ("某某日报数字报\n2024年04月28日 星期日\n往期回顾 | 版面导航 | 标题导航\n第01版：要闻　　本版编辑：某某\n"
                "上一版　　下一版\n01　要闻\n02　综合新闻\n03　县区新闻\n04　专版\n上一篇　　下一篇\n\n"
                "以赛促学 以赛促技\n全市职工职业技能大赛落幕\n\n"
                "　　本报讯（记者 杨帆）4月26日，全市职工职业技能大赛在市职业技术学院落下帷幕。\n" + BODY)


def test_page_list_of_an_epaper_is_no_title_and_goes():
    art = clean_page(EPAPER_PAGES)
    assert art.title == "全市职工职业技能大赛落幕"
    assert not any("综合新闻" in p or "县区新闻" in p or "专版" in p for p in art.body)
    assert art.body[0].startswith("4月26日")


def test_page_list_look_alikes_keep_their_reading():
    # three rows in sequence make the list, each of its rows an item
    lines = split_lines("01 要闻\n02 综合新闻\n03 县区新闻\n")
    assert all(headline.page_list_item(lines, i) for i in range(3))
    # two rows, rows out of sequence, or rows of different sections make none
    for text in ("01 要闻\n02 综合新闻\n", "01 要闻\n03 综合新闻\n05 县区新闻\n", "A01 要闻\nB02 综合新闻\nC03 县区新闻\n"):
        lines = split_lines(text)
        assert not any(headline.page_list_item(lines, i) for i in range(len(lines))), text
    # a numbered headline or a body line opening with a number is no page row
    assert chrome.page_row(fold("2024年全市职工技能大赛落幕")) is None
    assert chrome.page_row(fold("12 名职工获评劳模。")) is None
    assert chrome.page_row(fold("02 综合新闻")) == ("", 2)


def test_numbered_steps_in_the_text_stay():
    # a body list numbered 01 02 03 between the text's lines is the text, not a page list
    page = ("某某日报数字报\n\n全市职工职业技能大赛落幕\n\n本报讯（记者 杨帆）4月26日，全市职工职业技能大赛落下帷幕。\n"
            "比赛分三个阶段：\n01 理论考试\n02 实操考核\n03 综合评审\n" + BODY)
    art = clean_page(page)
    assert art.title == "全市职工职业技能大赛落幕"
    assert {"01 理论考试", "02 实操考核", "03 综合评审"} <= set(art.body)


def test_a_video_pages_play_count_is_no_title():
    page = ("某某新闻网\n首页 | 新闻 | 视频\n当前位置:首页 > 视频\n区总工会为环卫工人送上防暑降温物资\n00:00 / 01:36\n"
            "播放:2871\n2024-07-12 10:05  来源:某某电视台  记者:王某\n\n" + BODY)
    art = clean_page(page)
    assert art.title == "区总工会为环卫工人送上防暑降温物资"
    assert ("page_header", "播放:2871") in [(r.kind, r.text) for r in art.removed]
    assert chrome.is_header_line(fold("3.6万次观看")) and not chrome.is_header_line(fold("组织职工观看2024年职工文艺汇演"))


def test_a_microblog_posts_bracketed_headline_under_its_topic_tags_is_the_title():
    page = ("微博\n首页\n发现\n某某区总工会\n24-7-12 09:30 来自 微博 weibo.com\n#某某工会送清凉#\n"
            "【区总工会为一线职工送去防暑物资 首批2000份送到工地】\n" + BODY)
    art = clean_page(page)
    assert art.title == "区总工会为一线职工送去防暑物资 首批2000份送到工地"
    # without the topic tags over it, the account's name keeps its reading (a tie goes to the earliest line)
    untagged = page.replace("#某某工会送清凉#\n", "")
    assert clean_page(untagged).title == "某某区总工会"


def test_a_bilingual_sites_name_is_no_title_and_the_headline_over_its_english_rendering_is():
    page = ("某某高新区 Some Hi-Tech Zone\n首页 Home | 新闻中心 News | 党群工作 Party Affairs\n新闻中心 News > 园区动态\n"
            "高新区工会举办职工趣味运动会\nHi-Tech Zone Trade Union Holds Fun Games for Employees\n"
            "发布时间 Date:2024-05-10   来源 Source:园区工会\n\n" + BODY)
    assert clean_page(page).title == "高新区工会举办职工趣味运动会"
    assert not tmod.plausible_title(fold("某某高新区 Some Hi-Tech Zone"))
    assert tmod.plausible_title(fold("高新区工会举办职工趣味运动会"))


def test_a_series_kicker_barred_before_a_headline_shown_bare_above_goes():
    head = "区总工会把年夜饭送到环卫工人身边"
    page = (head + "\n首页 > 工会新闻\n新春走基层丨" + head + "\n2025-01-28 18:05 来源:某某日报\n\n" + BODY)
    art = clean_page(page)
    assert art.title == head
    assert ("navigation", "新春走基层丨") in [(r.kind, r.text) for r in art.removed]
    # the kicker stays when no line shows the headline bare (the site's own wording)
    alone = page.replace(head + "\n首页", "首页", 1)
    assert clean_page(alone).title == "新春走基层丨" + head


def test_labelled_field_row_is_no_title():
    # a message board's or hotline's record: the headline, then its fields two or three to a row
    page = ("某某市民热线\n首页 | 热线动态 | 办件公开 | 政策解读\n您现在的位置:首页 > 办件公开\n\n请求小区旁公交站增设遮阳棚\n"
            "编号:20240611 类别:建议 区域:东城区\n受理时间:2024-06-11 09:30 办结时间:2024-06-20 16:00\n\n" + BODY)
    art = clean_page(page)
    assert art.title == "请求小区旁公交站增设遮阳棚"
    assert chrome.field_row("类别:建议  区域:东城区  状态:已办结")
    assert not chrome.field_row("专访:张师傅谈工会这十年")  # one label and a headline: no row of fields


def test_a_disclosure_table_saved_as_text_cells_is_no_title():
    # a government page's disclosure table saved as text: label and value cells set apart by tabs, no colon, its
    # last label's cell empty over the headline
    head = "某某区总工会开展新就业形态劳动者入会集中行动"
    page = ("某某区人民政府\n首页\n政务公开\n当前位置:首页 > 政务公开 > 部门动态\n"
            "索引号\t00112233/2025-00042\t发布机构\t某某区总工会\n生成日期\t2025-03-02\t公开方式\t主动公开\n"
            "主题分类\t劳动、人事\t文号\t无\n有效性\n" + head + "\n发布日期:2025-03-02 10:15 信息来源:区总工会\n\n" + BODY)
    assert clean_page(page).title == head
    assert chrome.field_row(fold("索引号\t00112233/2025-00042\t发布机构\t某某区总工会"))
    assert not chrome.field_row(fold("来源 不明 作者 佚名 的一篇文章"))  # no label over every other cell


def test_counters_under_headline_outscore_channel_label_above():
    # an app's copy: the channel's label over the headline, the article's counters under it
    page = ("某某App\n推荐  要闻  本地\n某省频道页\n\n车间里的“小发明”大作用\n阅读 3120    点赞 86\n\n" + BODY)
    assert clean_page(page).title == "车间里的“小发明”大作用"


def test_question_over_its_description_and_tool_bar_is_the_title():
    # the question's description is a paragraph ending in "?" too: the asker's words, no title and no answer
    page = ("某某问答\n首页 | 推荐 | 热门 | 登录 | 提问\n包工头拖欠工资半年,工会能帮农民工讨薪吗?\n"
            "老家的包工头拖了半年工钱,打电话也不接,听说工会能管这个,但一直不知道该去哪里找、要带什么材料,有懂的朋友说说吗?\n"
            "3个回答    关注问题    邀请回答    写回答\n维权老张\n一名做了十年劳动维权的志愿者\n2019-03-02 10:15\n\n" + BODY)
    art = clean_page(page)
    assert art.title == "包工头拖欠工资半年,工会能帮农民工讨薪吗?"
    assert art.body[0].startswith("上个月")


def test_tab_title_with_notification_count_gives_its_bracketed_headline():
    page = ("(7) 某某区工会 - 【夏日送清凉 慰问一线环卫工】 | Facebook\nFacebook\n某某区工会\n2024年7月1日 · 🌏\n"
            "【夏日送清凉 慰问一线环卫工】☀️\n" + BODY)
    assert clean_page(page).title == "夏日送清凉 慰问一线环卫工"
    assert tmod.tab_headline(fold("(7) 某某区工会 - 【夏日送清凉 慰问一线环卫工】 | Facebook")) is not None
    assert tmod.tab_headline(fold("(2024) 工会工作要点 - 某某区工会")) is None


def test_speech_title_on_two_lines_with_its_speaker_and_date():
    # a leader's speech: the headline, its occasion line, the speaker (职务 + name), the date in brackets
    page = ("某某工会网\n首页 | 工会新闻 | 领导讲话\n\n守正创新开新局 砥砺前行勇担当\n——在县总工会七届三次全委会议上的讲话\n"
            "县委常委、县总工会主席 林国栋\n(2023年12月28日)\n\n同志们:\n" + BODY)
    art = clean_page(page)
    assert art.title == "守正创新开新局 砥砺前行勇担当——在县总工会七届三次全委会议上的讲话"
    assert art.body[0] == "同志们:"
    assert {(r.kind, r.text) for r in art.removed} >= {("byline", "县委常委、县总工会主席 林国栋")}
    assert clean_page(art.title + "\n" + "\n".join(art.body)).title == art.title  # idempotent


def test_feature_subtitle_under_the_headline_joins_the_title():
    # a feature's subtitle (——记…, ——…见闻) is no speech's occasion, yet the title's second half, as a page printing
    # both on one line has it ("headline ——subtitle"): never dropped from both title and body
    assert not tmod.speech_subtitle("——记全国五一劳动奖章获得者某某某")
    assert tmod.speech_subtitle("——在全市工会工作会议上的讲话")
    page = "某某新闻网\n首页 > 民生 > 正文\n\n海拔四千米的暖心驿站\n——高原户外劳动者服务站见闻\n\n2024-05-06 来源:某某日报\n\n" + BODY
    art = clean_page(page)
    assert art.title == "海拔四千米的暖心驿站——高原户外劳动者服务站见闻"
    assert clean_page(art.title + "\n" + "\n".join(art.body)).title == art.title  # idempotent


def test_newspaper_stack_subtitle_stays_out_of_the_title():
    # a newspaper's headline stack sets its 副题 apart: under a 引题, or with the reporters' row right under it
    for page in ("某某日报\n第02版:工会新闻\n海拔四千米的暖心驿站\n——高原户外劳动者服务站见闻\n本报记者 某某 通讯员 某某\n" + BODY,
                 "某某日报\n\n深化产业工人队伍建设改革\n海拔四千米的暖心驿站\n——今年以来建成驿站30个\n\n本报记者 某某\n\n" + BODY):
        assert clean_page(page).title == "海拔四千米的暖心驿站", page


def test_a_site_and_channel_prefix_on_a_title_row_goes_when_a_line_shows_the_headline_bare():
    # (an e-paper's or a press-release page's saved text opens with its <title> row, site first: "某某日报数字报-X",
    # "某某协会 - 新闻稿 - X"; the article's h1 shows X bare further down)
    head = "某某镇工会为环卫工人送上防暑清凉包"
    for row in ("某某晚报数字报-" + head, "某某职工协会 - 通告 - " + head):
        page = row + "\n某某晚报\n2024年07月02日 星期二\n第03版:综合\n" + head + "\n本报记者 某某\n\n" + BODY
        art = clean_page(page)
        assert art.title == head
        assert any(r.kind == "navigation" and r.line == 1 for r in art.removed)
    # no bare copy: the row is read as it stands (no guess at which part is the site's)
    alone = "某某晚报数字报-" + head + "\n某某晚报\n2024年07月02日 星期二\n本报记者 某某\n\n" + BODY
    assert headline.shown_prefix(split_lines(alone), 0) is None


def test_a_viewers_colon_label_on_a_title_row_goes_when_a_line_shows_the_headline_bare():
    # (a document system's page saved as text: its <title> row "文档：X", then the viewer's heading and X bare)
    head = "某某车间工会开展女职工安全知识竞赛"
    page = "资料：" + head + "\n资料\n" + head + "\n创建人\n某某\n\n" + BODY
    art = clean_page(page)
    assert art.title == head
    assert ("navigation", "资料：") in [(r.kind, r.text) for r in art.removed]
    # no bare copy: the label stays (a column's name may be the headline's own wording)
    alone = "资料：" + head + "\n创建人\n某某\n\n" + BODY
    assert headline.shown_prefix(split_lines(alone), 0) is None


def test_a_boards_login_bar_is_no_title():
    # (a Discuz board's top bar, saved as text, runs its two links together: 登录立即注册 / 立即注册 登录)
    for bar in ("登录立即注册", "立即注册 登录"):
        assert chrome.is_nav_line(fold(bar))
        page = ("设为首页收藏本站\n" + bar + "\n某某论坛 › 论坛 › 职工之家 › 区总工会开展夏季送清凉活动\n查看: 812|回复: 2\n"
                "区总工会开展夏季送清凉活动\n老街坊\n积分\n2310\n楼主\n发表于 2024-7-3 15:22|只看该作者\n" + BODY)
        assert clean_page(page).title == "区总工会开展夏季送清凉活动"


def test_an_accounts_name_under_the_originality_badge_is_no_title():
    # (a WeChat post saved as text: headline, the 原创 badge on its own line, the account's name, the date)
    head = "“骑手”有了歇脚地!某某区新建8家服务站点"
    page = head + "\n原创\n某某工会\n2024-06-11 09:12\n山东\n\n" + BODY
    assert clean_page(page).title == head


def test_an_app_pages_back_link_naming_its_channel_is_no_title():
    head = "某某县举办家政服务职工技能大赛 60名选手同台比拼"
    for back in ("返回 工会动态", "< 返回工会动态"):
        page = "某某工会\n打开APP，阅读体验更佳\n" + back + "\n" + head + "\n某某工会记者 张立 通讯员 王青\n2023-10-12 09:47 阅读 3120\n\n" + BODY
        assert clean_page(page).title == head
    assert chrome.tail_kind(fold("返回工作岗位")) is None  # a headline's own words, with no space or arrow: kept


def test_line_over_an_epaper_breadcrumb_is_no_byline_name():
    # (the app link over the path "首页 / 某某日报 / 第03版：要闻" would read as an account's name over its dated
    # metadata, and the menu row above it as the headline)
    page = ("某某在线\n新闻某某日报某某晚报视频专题\n下载某某APP\n首页 / 某某日报 / 第03版：要闻\n"
            "某县880名一线职工拿到技能等级证书\n2024-06-12 07:32来源：某某日报\n" + BODY)
    assert clean_page(page).title == "某县880名一线职工拿到技能等级证书"


def test_site_name_in_the_footer_is_no_copy_of_a_banner_headline():
    # (a blog-engine site: its name atop the page and again over the engine's credit; the headline is listed once
    # in the sidebar's recent posts, so each line has one copy: the footer's must not count)
    page = ("跳至内容\n某某职工家园\n某某机械有限公司工会\n菜单 关闭\n首页 工会动态 职工之家 关于我们\n"
            "公司工会举办春季职工趣味运动会\n" + BODY + "发布于 2024年4月9日 作者 某某\n上一篇\n公司工会开展读书分享活动\n"
            "近期文章\n公司工会举办春季职工趣味运动会\n公司工会开展读书分享活动\n分类\n工会动态\n职工之家\n"
            "某某职工家园\n自豪地由WordPress驱动\n")
    assert clean_page(page).title == "公司工会举办春季职工趣味运动会"


def test_ip_region_under_a_wechat_posts_time_goes_with_the_header():
    # (a WeChat copy: headline, 原创, author, account, time, then the post's IP region alone on its line)
    page = "厂里工会给一线女工建了爱心妈咪小屋\n原创\n某某\n某某工会\n2024-05-21 18:30\n青海\n" + BODY
    art = clean_page(page)
    assert art.body[0].startswith("上个月")
    assert ("青海" not in art.body) and any(r.text == "青海" for r in art.removed)


def test_region_line_is_a_bare_province_alone():
    assert chrome.region_line(fold("青海")) and chrome.region_line(fold("内蒙古"))
    assert not chrome.region_line(fold("青海湖")) and not chrome.region_line(fold("青海省总工会"))

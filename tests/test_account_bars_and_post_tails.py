"""Self-media and column pages: the author or account bar (the name, maybe again, a bio or the account's counts, then
its follow button) is never the headline; a post's stamp with the poster's IP region closes the text (the platform's
tags, buttons and comments follow); a forum poster's stats row printed under the post; a portal's "others also
read" heading; a share bar's QR label; an outlet's production credit. Look-alikes keep their reading."""

from unionkit.clean import byline, chrome, forum
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

BODY = ("上个月厂里工会把二楼原来的储藏室改成了“爱心妈咪小屋”，冰箱、消毒柜、沙发都有，还装了一个紧急呼叫铃。\n"
        "听工会主席说，是区总工会给了两万块补助，厂里又配了一些，姐妹们都说方便多了。\n")
HEADLINE = "厂里工会给一线女工建了爱心妈咪小屋，姐妹们都说好"


def test_column_author_bar_with_name_twice_and_bio_under_headline_is_no_title():
    page = ("首发于\n职工权益手记\n写文章\n" + HEADLINE + "\n某某律师说劳动法\n某某律师说劳动法\n"
            "执业律师 · 某某区总工会签约律师\n关注\n88 人赞同了该文章\n" + BODY)
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.body[0].startswith("上个月")
    assert not any("赞同" in p or "律师说" in p for p in art.body)


def test_video_account_bar_with_counts_above_headline_is_no_title():
    page = ("抖音\n推荐\n1.2万\n326\n分享\n某某市总工会\n粉丝4.6万获赞31.2万\n关注\n" + HEADLINE
            + "\n#工会 #女职工\n发布时间：2024-09-23 18:07\n" + BODY + "收起\n全部评论(12)\n跑车的老马\n确实方便\n")
    art = clean_page(page)
    assert art.title == HEADLINE
    assert art.body[-1].startswith("听工会主席说")


def test_bar_look_alikes_keep_the_headline():
    # a short headline over a second bare name (the author) and the button: the headline is no bar's name
    page = "简书\n首页\n\n工会送清凉\n焊花飞溅的老孟\n关注\n2024-07-10 来源：某某工会\n\n" + BODY
    assert clean_page(page).title == "工会送清凉"
    # a short headline over its dateline, no button anywhere
    assert clean_page("某某工会网\n首页\n\n工会送清凉\n2024-07-10 来源：某某工会\n\n" + BODY).title == "工会送清凉"


def test_account_stats_line_kinds_and_look_alikes():
    for s in ("粉丝4.6万获赞31.2万", "粉丝 1289 | 获赞 3.1万", "4.6万粉丝 · 31万获赞", "获赞与收藏 2.3万 粉丝 812"):
        assert chrome.account_stats_line(fold(s)), s
    for s in ("粉丝4.6万", "全市新增粉丝4.6万，获赞31.2万次。", "阅读 12 评论 3", "粉丝见面会"):
        assert not chrome.account_stats_line(fold(s)), s


def test_post_stamp_with_ip_region_closes_the_text():
    page = (HEADLINE + "\n某某律师说劳动法\n关注\n" + BODY + "编辑于 2024-03-28 21:14・IP 属地广东\n劳动纠纷\n工会\n"
            "\u200b赞同 138\u200b\n\u200b12 条评论\n申请转载\n写下你的评论...\n打工人阿强\n去年我们也是找的工会，确实管用\n"
            "03-29 · 广西\n")
    art = clean_page(page)
    assert art.body[-1].startswith("听工会主席说")
    assert len(art.body) == 2


def test_closing_stamp_look_alikes():
    assert chrome.closing_stamp(fold("编辑于 2024-03-28 21:14・IP 属地广东"))
    assert chrome.closing_stamp(fold("发布于 2024-05-02 · IP属地:湖南"))
    for s in ("编辑于 2024-03-28 21:14", "IP属地：内蒙古 · 3月15日", "该文编辑于2024年3月28日，IP属地广东的作者称。"):
        assert not chrome.closing_stamp(fold(s)), s


def test_poster_stats_row_under_the_post_goes_one_field_stays():
    assert forum.profile_row(fold("UID 482913  帖子 1356  积分 2718  注册时间 2016-5-9"))
    assert forum.profile_row(fold("注册:2015-04-02 帖子:3311 威望:286"))
    for s in ("来自: 北京", "帖子里说的积分规则我没看懂，注册时间也不对。", "积分 2718"):
        assert not forum.profile_row(fold(s)), s


def test_others_also_read_heading_opens_related_links():
    for s in ("【其他人還看了】", "其他人还看了", "看过本文的人还看了：", "网友还看了"):
        assert chrome.tail_kind(fold(s)) == "related_links", s
    for s in ("其他人还看了什么", "他还看了车间的新设备", "大家还看了一场电影"):
        assert chrome.tail_kind(fold(s)) != "related_links", s


def test_share_bar_qr_label_is_social_links():
    for s in ("用微信扫码二维码", "微信扫码分享", "手机扫码阅读"):
        assert chrome.tail_kind(fold(s)) == "social_links", s
    assert chrome.tail_kind(fold("职工可用微信扫码报名参加活动")) != "social_links"


def test_outlet_production_credit_is_a_credit_line():
    for s in ("凤凰网陕西 出品", "出品：某某县总工会"):
        assert byline.credit_line(fold(s)), s
    for s in ("这部微电影由县总工会出品，讲述了一线职工的故事", "精品出品"):
        assert not byline.credit_line(fold(s)), s


def test_collapse_button_and_article_vote_count_are_widgets():
    for s in ("收起", "收起全文", "138 人赞同了该文章", "125 人赞同了该回答"):
        assert chrome.is_widget_line(fold(s)), s
    assert not chrome.is_widget_line(fold("把工具收起来放好再下班"))


_QA_MENU = "首页\n某某知学堂\n发现\n等你来答\n搜索\n提问\n消息\n私信\n劳动法\n工会\n"
_QA_QUESTION = "厂里没有工会,个人能自己入会吗?入会后有哪些保障?"  # (ASCII question marks: two of them read as prose)
_QA_ANSWER = ("能。没有建会的单位,职工可以到所在街道工会或者行业工会联合会登记入会,也可以在总工会的小程序上申请。\n"
              "入会以后可以申请法律援助、困难帮扶和职工互助保障,具体以当地工会的规定为准。\n")


def _qa_page(stamp: str, after: str) -> str:
    return (_QA_MENU + _QA_QUESTION + "\n关注者\n2,048\n被浏览\n531,776\n关注问题\n写回答\n邀请回答\n分享\n"
            "查看全部 31 个回答\n某某律师\n执业律师,只聊劳动法\n1,382 人赞同了该回答\n" + _QA_ANSWER + stamp + "\n" + after)


def test_qa_question_read_as_prose_is_the_headline_over_its_counts_and_tool_bar():
    art = clean_page(_qa_page("编辑于 2023-04-02 08:15", "赞同 1382\n56 条评论\n收藏\n"))
    assert art.title == _QA_QUESTION
    assert art.body == _QA_ANSWER.split("\n")[:2]


def test_a_bare_edit_stamp_closes_an_answer_only_over_its_vote_bar():
    assert chrome.bare_stamp(fold("编辑于 2023-04-02 08:15")) and chrome.bare_stamp(fold("回答于 2023-04-02"))
    assert not chrome.bare_stamp(fold("编辑于 2023-04-02 08:15,改了两个错字"))
    art = clean_page(_qa_page("编辑于 2023-04-02 08:15", "赞同 1382\n"))
    assert any(r.text == "编辑于 2023-04-02 08:15" and r.kind == "page_header" for r in art.removed)
    art = clean_page(_qa_page("编辑于 2023-04-02 08:15", "补充一下:异地务工也可以在务工地入会。"))
    assert "编辑于 2023-04-02 08:15" in art.body  # no platform chrome under it: the stamp is not told from text


def test_counts_with_thousands_separators_are_widgets():
    for s in ("1,382 人赞同了该回答", "2,417 条评论", "赞同 1,382", "赞同 1382", "1,024 个回答"):
        assert chrome.is_widget_line(fold(s)), s


def test_microblog_mentions_and_gallery_labels_under_a_post_go():
    assert chrome.tail_kind(fold("@某某发布 @某某省总工会 @某某工人报")) == "social_links"
    assert chrome.tail_kind(fold("@某某发布")) == "social_links"
    for s in ("@全体职工,这份防暑指南请收好", "@某某职工 这份春节维权指南请收好", "@Xk2]Pz5"):
        assert chrome.tail_kind(fold(s)) is None, s
    assert byline.image_placeholder(fold("[组图共9张]")) and byline.image_placeholder(fold("【图片共4张】"))
    assert not byline.image_placeholder(fold("[组图共9张]现场照片"))
    for s in ("原图", "查看图片"):
        assert chrome.is_widget_line(fold(s)), s
    assert not chrome.is_widget_line(fold("原图书馆旧址"))

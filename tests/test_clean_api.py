"""The clean API: clean_text, clean_article, explain; idempotence and line numbers."""

from __future__ import annotations

import pathlib
import sys

import pytest

sys.path.insert(0, str(pathlib.Path(__file__).parent))

from clean_pagegen import make_page  # noqa: E402

from unionkit.clean import clean_article, clean_text, explain  # noqa: E402
from unionkit.record import Article  # noqa: E402

EXAMPLES = sorted((pathlib.Path(__file__).parent.parent / "examples").glob("*.txt"))
PAGE = """某某工会网
首页 > 工会新闻 > 正文
市总工会举办职工技能大赛 - 工会新闻 - 某某工会网
发布时间:2024-05-01 10:00  来源:某某日报  点击:35次
□记者 王刚
本报讯 近日,市总工会举办第五届职工职业技能大赛,全市30家企业的200余名职工参赛。
比赛设电工、焊工等8个项目,获奖选手将被推荐申报市五一劳动奖章。(李明)
(责任编辑:张三)
相关阅读
某某区总工会开展送清凉活动
版权所有 某某工会网
"""


def test_clean_text_sample_page():
    art = clean_text(PAGE, path="x/page.txt")
    assert art.id == "page"
    assert art.title == "市总工会举办职工技能大赛"
    assert art.body == ["近日,市总工会举办第五届职工职业技能大赛,全市30家企业的200余名职工参赛。",
                        "比赛设电工、焊工等8个项目,获奖选手将被推荐申报市五一劳动奖章。"]
    got = {(r.kind, r.text, r.line) for r in art.removed}
    assert ("title_suffix", "- 工会新闻 - 某某工会网", 3) in got
    assert ("page_header", "发布时间:2024-05-01 10:00 来源:某某日报 点击:35次", 4) in got
    assert ("byline", "□记者 王刚", 5) in got
    assert ("byline", "本报讯", 6) in got
    assert ("byline", "(李明)", 7) in got
    assert ("editor_line", "(责任编辑:张三)", 8) in got
    assert ("related_links", "某某区总工会开展送清凉活动", 10) in got
    assert ("site_footer", "版权所有 某某工会网", 11) in got


def test_explain_reconstructs_and_labels():
    segs = explain(PAGE)
    assert "".join(s for s, _ in segs) == PAGE
    kinds = {k for _, k in segs}
    assert {None, "page_header", "byline", "title_suffix", "site_footer"} <= kinds
    assert ("(责任编辑:张三)", "editor_line") in [(s.strip(), k) for s, k in segs]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_idempotent_on_examples(path):
    art = clean_text(path.read_text(encoding="utf-8"))
    again = clean_text(art.text())
    assert again.title == art.title
    assert again.body == art.body


@pytest.mark.parametrize("seed", range(0, 200, 13))
def test_idempotent_on_generated(seed):
    art = clean_text(make_page(seed)[0])
    again = clean_text(art.text())
    assert (again.title, again.body) == (art.title, art.body)


def test_clean_article_raw_and_clean():
    raw = Article(id="a1", raw=PAGE)
    raw.meta.url = "http://example.com/a"
    out = clean_article(raw)
    assert out.title == "市总工会举办职工技能大赛" and out.meta.url == "http://example.com/a" and out.id == "a1"
    same = clean_article(out)
    assert (same.title, same.body, same.removed) == (out.title, out.body, out.removed)


def test_warns_on_lost_characters():
    art = clean_text("标题一个很长的标题啊\n社会氛围?!?·8”前选树四川省五一巾帼标兵岗,是为了更好的明天而努力奋斗的一年。\n")
    assert any("?!?" in w for w in art.warnings)
    assert "?!?" in art.body[0]


def test_traditional_page():
    text, exp = next(make_page(s) for s in range(200) if make_page(s)[1]["style"] == "news-trad")
    art = clean_text(text)
    assert art.title == exp["title"]


def test_forum_thread_traditional_with_replies():
    text = (pathlib.Path(__file__).parent / "data" / "clean_forum_trad.txt").read_text(encoding="utf-8")
    art = clean_text(text)
    assert art.title == "我們廠的工會真給力"
    assert len(art.body) == 2 and art.body[1].startswith("工會主席")
    kinds = {r.line: r.kind for r in art.removed}
    assert kinds[4] == "user_profile" and kinds[8] == "forum_chrome"
    assert kinds[12] == "signature" and kinds[15] == "forum_chrome"


def test_script_conversion_of_kept_text():
    pytest.importorskip("unionkit.clean.script")
    art = clean_text("凝聚職工力量 助創文明城市\n今年以來,全市工會緊緊圍繞各項部署要求,積極動員全市廣大職工群眾主動參與。\n", to="simplified")
    assert art.title == "凝聚职工力量 助创文明城市"
    assert art.body[0].startswith("今年以来,全市工会")


def _clean(text: str):
    from unionkit.clean import clean_text
    return clean_text(text)


def test_newspaper_stack_kicker_headline_subtitle():
    """引题 / 主题 / 副题: the middle line is the title, the 副题 with its figures is no paragraph."""
    page = ("某某工人报数字报\n2024年03月27日 星期三\n版面导航\n第03版:工会新闻\n"
            "搭平台 优服务 强技能\n某区“工匠夜校”开进产业园\n今年已培训职工2300余人次\n"
            "本报讯(记者 王某)3月25日晚,某区总工会“工匠夜校”春季班开课,首批80名一线职工走进课堂。\n"
            "夜校开设工业机器人操作、数控加工等6个专业,学员结业考核合格后可以参加职业技能等级认定。\n"
            "本版编辑:许诺\n版面导航\n第01版:要闻 第02版:综合 第03版:基层\n")
    art = _clean(page)
    assert art.title == "某区“工匠夜校”开进产业园"
    assert len(art.body) == 2 and art.body[0].startswith("3月25日晚")
    kinds = {(r.kind, r.text) for r in art.removed}
    assert ("page_header", "今年已培训职工2300余人次") in kinds and ("editor_line", "本版编辑:许诺") in kinds


def test_section_heading_under_a_title_stays():
    page = ("某市总工会为陶瓷产业工人开展职业病免费筛查\n2024-06-11 来源:某某日报\n把职业病挡在厂门外\n"
            "6月上旬,某市总工会组织医疗队走进12家陶瓷企业,为1380名职工开展职业病免费筛查。\n")
    assert _clean(page).body[0] == "把职业病挡在厂门外"


def test_tieba_thread_first_post_only():
    page = ("百度贴吧\n某区吧\n关注  签到\n某区总工会给快递小哥送“清凉包”了\n只看楼主  收藏  回复\n"
            "天中小蚂蚁 楼主\nLv.7 吧主\n"
            "7月18日上午,某区总工会在新就业形态劳动者服务中心开展“夏送清凉”活动,为200名快递员送上“清凉包”。\n"
            "来自Android客户端 1楼 2023-07-18 19:26 IP属地:河南\n回复\n我是路人\n去过那个服务站,有空调\n"
            "来自iPhone客户端 2楼 2023-07-18 20:03 IP属地:河南\n")
    art = _clean(page)
    assert art.title == "某区总工会给快递小哥送“清凉包”了"
    assert art.body == ["7月18日上午,某区总工会在新就业形态劳动者服务中心开展“夏送清凉”活动,为200名快递员送上“清凉包”。"]


def test_image_placeholder_and_its_caption():
    page = ("某区总工会为困难职工子女发放助学金\n2023-08-29 16:40\n"
            "8月28日,某区总工会举行“金秋助学”资金发放仪式,为300名困难职工子女发放助学金。\n图片\n助学金发放仪式现场\n"
            "今年考上大学的小陈说:“我会把这份关爱记在心里。”\n")
    art = _clean(page)
    assert art.captions == ["助学金发放仪式现场"] and len(art.body) == 2
    assert ("markup", "图片") in {(r.kind, r.text) for r in art.removed}


def test_qa_page_keeps_the_question_and_the_first_answer():
    page = ("知乎\n首页　会员　发现　等你来答\n劳动纠纷\n在厦门上班，公司没有工会，遇到劳动纠纷可以找谁？\n"
            "关注问题　写回答　邀请回答\n12 个回答\n默认排序\n鹭岛劳动法小陈\n执业律师，关注劳动争议\n125 人赞同了该回答\n"
            "谢邀。我在区总工会的职工法律服务站做过两年志愿律师，简单说一下。\n"
            "第一，公司没有成立工会，不等于你没有“娘家”。职工可以直接向所在区的总工会求助。\n"
            "编辑于 2023-09-12 21:47・IP 属地福建\n赞同 125　23 条评论　分享　收藏　喜欢\n更多回答\n打工人阿杰\n"
            "补充一点，工会的APP上也能在线咨询。\n")
    art = _clean(page)
    assert art.title == "在厦门上班，公司没有工会，遇到劳动纠纷可以找谁？"
    assert len(art.body) == 2 and art.body[0].startswith("谢邀")


def test_microblog_post_title_in_brackets_and_its_comments():
    page = ("微博\n秦淮工会\n2024-5-8 12:30 来自 iPhone客户端\n【秦淮区总工会为夜市保洁员送上“暖心包”】\n"
            "#工会送温暖# 5月7日晚，@秦淮区总工会 的工作人员来到夫子庙一处夜市，为保洁员送上“暖心包”。\n"
            "转发 36　评论 18　赞 214\n夜猫子小秦：辛苦了！\n5-8 13:02 来自江苏\n")
    art = _clean(page)
    assert art.title == "秦淮区总工会为夜市保洁员送上“暖心包”"
    assert len(art.body) == 1 and "@秦淮区总工会" in art.body[0]


def test_gallery_captions_stay_between_counters():
    page = ("图片频道 > 图集\n江城区职工龙舟赛在漠阳江上开赛\n2023-06-21 11:30　来源：阳江日报\n"
            "6月20日，江城区总工会在漠阳江举办2023年职工龙舟赛，16支龙舟队、400余名职工参赛。\n1/3\n"
            "比赛开始前，各代表队在岸边进行热身。\n上一张　下一张　查看原图\n2/3\n龙舟竞渡，桨手们奋力划桨。\n"
            "上一张　下一张　查看原图\n下一图集：某某开渔节现场\n")
    art = _clean(page)
    assert art.body[1:] == ["比赛开始前，各代表队在岸边进行热身。", "龙舟竞渡，桨手们奋力划桨。"]


def test_profile_fields_on_one_line_under_the_post_header():
    page = ("某某职工之家论坛 - 工会资讯 - 查看帖子\n本帖已被浏览 1208 次 | 回复 3\n标题:某区总工会为12对快递小哥办了场集体婚礼\n"
            "楼主 老工会\n注册:2015-04-02 帖子:3311 威望:286\n发表于 2022-7-25 10:31\n"
            "7月23日,某区总工会在区职工文化活动中心举办新就业形态劳动者集体婚礼,12对新人参加。\n"
            "[回复] [引用] [举报]\n2楼 小张\n发表于 2022-7-25 11:02\n太浪漫了,祝新人幸福!\n")
    art = _clean(page)
    assert art.body == ["7月23日,某区总工会在区职工文化活动中心举办新就业形态劳动者集体婚礼,12对新人参加。"]


def test_unmarked_caption_between_paragraphs():
    first = "6月25日,某区总工会主办的家政服务员技能培训班结业,50名学员通过考核取得了结业证书,将陆续走上工作岗位。"
    last = "区总工会还与辖区12家家政企业签订了就业合作协议,学员结业后可以优先推荐就业,并享受一年的跟踪服务。"
    art = _clean("某区总工会家政培训班结业\n2024-06-26 来源:某某日报\n" + first + "\n学员展示结业证书。\n" + last + "\n")
    assert art.body == [first, last] and art.captions == ["学员展示结业证书。"]
    # the short end of a hard-wrapped paragraph is no caption
    wrapped = "某区总工会还将于3月15日、4月12日分别"
    art = _clean("某区总工会举办招聘会\n2024-03-01\n" + first + "\n" + wrapped + "\n举办线上直播带岗活动。\n" + last + "\n")
    assert "举办线上直播带岗活动。" in "".join(art.body)


def test_scene_caption_with_its_comma_between_paragraphs():
    """A caption naming the scene then what its people do (颁奖现场,…。) keeps its comma and is still a caption."""
    first = "6月25日,某区总工会主办的家政服务员技能培训班结业,50名学员通过考核取得了结业证书,将陆续走上工作岗位。"
    last = "区总工会还与辖区12家家政企业签订了就业合作协议,学员结业后可以优先推荐就业,并享受一年的跟踪服务。"
    cap = "结业典礼现场,学员们正在展示证书。"
    art = _clean("某区总工会家政培训班结业\n2024-06-26 来源:某某日报\n" + first + "\n" + cap + "\n" + last + "\n")
    assert art.body == [first, last] and art.captions == [cap]


def test_lead_dated_caption_over_a_paragraph_opening_on_its_day():
    """A photo-news page's lead photo caption: one short dated sentence over a paragraph opening on the same day."""
    cap = "9月3日,区总工会干部为快递小哥送上爱心餐。"
    lead = "9月3日,某区总工会“爱心驿站”服务月活动在区快递物流园启动,现场为120余名快递员、外卖骑手送上爱心餐和防疫物资。"
    rest = "据介绍,服务月期间,全区38个工会驿站将延长开放时间,为户外劳动者提供饮水、热饭、休息等服务。"
    art = _clean("某区总工会启动爱心驿站服务月\n2024-09-04 来源:某某日报\n" + cap + "\n" + lead + "\n" + rest + "\n")
    assert art.body == [lead, rest] and art.captions == [cap]
    # a short first paragraph over one opening on another day, or over a paragraph of its own day that is short, stays
    other = lead.replace("9月3日", "9月2日", 1)
    for second in (other, "9月3日,活动持续一个月。"):
        art = _clean("某区总工会启动爱心驿站服务月\n2024-09-04 来源:某某日报\n" + cap + "\n" + second + "\n" + rest + "\n")
        assert art.body[0] == cap and art.captions == [], second


_FIRST = "5月18日,某大学第十届教职工气排球比赛在体育馆落下帷幕。经过两周角逐,信息工程学院代表队获得冠军,机电学院代表队获得亚军。"
_MIDDLE = "本届比赛由校工会主办,共有来自各学院、机关部处和附属医院的24支代表队、300余名教职工参赛,共进行比赛62场。"
_LAST = "闭幕式上,省教育工会相关负责人为获奖队伍颁奖。比赛期间,校工会还评选出“体育道德风尚奖”代表队6个。"


def test_unmarked_action_caption_on_a_page_that_captions_another_photo():
    """A short unmarked line telling what the photo's people do (who, then 为/在/进行… the act) is a caption
    when the page captions another photo between its paragraphs."""
    page = "校工会举办教职工气排球比赛\n2024-05-20\n" + _FIRST + "\n比赛现场\n" + _MIDDLE + "\n校领导为冠军队颁奖\n" + _LAST + "\n"
    art = _clean(page)
    assert art.body == [_FIRST, _MIDDLE, _LAST] and art.captions == ["比赛现场", "校领导为冠军队颁奖"]


@pytest.mark.parametrize("line", ["以赛促学强队伍", "建会入会全覆盖", "赛场上比技能"])
def test_slogan_headings_on_a_captioned_page_stay(line):
    """A short section heading (a slogan, no 为/在/进行 after its first characters) stays body beside captions."""
    page = "校工会举办教职工气排球比赛\n2024-05-20\n" + _FIRST + "\n比赛现场\n" + _MIDDLE + "\n" + line + "\n" + _LAST + "\n"
    art = _clean(page)
    assert line in art.body and art.captions == ["比赛现场"]


def test_action_line_on_a_page_with_no_other_caption_stays():
    """Without another caption on the page, a short line of the same shape may be the page's heading: it stays."""
    page = "校工会举办教职工气排球比赛\n2024-05-20\n" + _FIRST + "\n" + _MIDDLE + "\n服务职工在一线\n" + _LAST + "\n"
    art = _clean(page)
    assert "服务职工在一线" in art.body and art.captions == []


PHPWIND_THREAD = """某某论坛 - 生活社区
首页 | 论坛 | 搜索 | 帮助 | 注册 | 登录
某某论坛 -> 情感天地 -> 周末参加了区总工会组织的青年职工联谊会,分享一下
阅读:2156 回复:37

黔北小刀
级别: 侠客
发帖: 382
楼主  发表于: 2024-04-16 22:08

周末参加了区总工会组织的青年职工联谊会,分享一下

上周六去参加了区总工会和团区委一起搞的单身青年职工联谊活动,来了差不多120个人,都是各个单位报名的单身职工。
活动分了破冰游戏、才艺展示、户外徒步几个环节,组织得挺用心的。给工会点个赞!

黔北小刀
1楼  发表于: 2024-04-16 22:30
前排围观,楼主加油
"""


def test_phpwind_thread_whose_breadcrumb_ends_in_the_subject():
    """A breadcrumb ending in a long subject with a comma is no paragraph: the subject written inside the
    post is the title, the post is the body, and the poster's block above it is a profile."""
    art = clean_text(PHPWIND_THREAD)
    assert art.title == "周末参加了区总工会组织的青年职工联谊会,分享一下"
    assert [p[:6] for p in art.body] == ["上周六去参加", "活动分了破冰"]
    assert any(r.kind == "user_profile" and r.text == "黔北小刀" for r in art.removed)


def test_like_count_left_after_the_last_paragraph_goes():
    """A post's tool row dumped as text leaves its like count alone on a line: a counter, not text."""
    page = ("关于工会法律援助的一点感受\n2024年5月20日 21:14\n"
            "去年年底老板说资金周转不开,拖了我们二十几个人三个多月的工资。后来找到区总工会,法律援助律师帮我们讨回了工钱。\n"
            "写这个帖子就是想告诉和我一样在外打工的兄弟姐妹:遇到欠薪别硬扛,也别走极端,找工会。\n38\n分享\n回复\n老乡甲\n"
            "真的假的?我也去问问。\n")
    art = clean_text(page)
    assert art.body[-1].startswith("写这个帖子") and len(art.body) == 2
    assert ("navigation", "38") in [(r.kind, r.text) for r in art.removed]


NOTICE_WITH_SHARE_BAR = """某某工会网 - 某某市总工会主办
首页 > 通知公告 > 正文

某某市总工会关于表彰2024年五一劳动奖和工人先锋号的决定
某工发〔2024〕11号
日期：2024-04-28   点击：2190   来源：组织部

各县(市、区)总工会,各产业工会:
为表彰先进、树立典型,充分发挥先进典型的示范引领作用,经基层推荐、审核公示,市总工会决定授予下列集体和个人荣誉称号。
一、五一劳动奖状(2个)
某某钢铁公司炼铁部
某某市人民医院
某某市总工会
2024年4月26日

分享到：
【关闭窗口】
"""


def test_notice_number_under_the_title_and_signature_above_a_share_bar():
    """A document number under the headline confirms it; a share bar (not a follow prompt) takes no
    account card with it: the notice's issuer and date stay."""
    art = clean_text(NOTICE_WITH_SHARE_BAR)
    assert art.title == "某某市总工会关于表彰2024年五一劳动奖和工人先锋号的决定"
    assert art.body[-2:] == ["某某市总工会", "2024年4月26日"]


def test_signature_with_unit_and_name_closing_the_text():
    page = ("某县总工会开展金秋助学活动\n2024-08-20\n"
            "8月20日,某县总工会在县职工服务中心举行金秋助学金发放仪式,为全县48名困难职工家庭的新入学大学生送去助学金。\n"
            "（某某瑶族自治县总工会 韦秋燕）\n")
    art = clean_text(page)
    assert art.body[-1].startswith("8月20日")
    assert ("byline", "（某某瑶族自治县总工会 韦秋燕）") in [(r.kind, r.text) for r in art.removed]


def test_account_name_under_a_wechat_title_without_its_date():
    """A WeChat copy without its date row: the account's name under the headline, named again in the
    follow prompt, is the account, not the first paragraph."""
    page = ("某区快递行业工资集体协商签约\n某区工会\n"
            "5月24日,某区快递行业工资集体协商会议在区总工会召开,行业工会联合会和快递协会分别代表职工方和企业方进行了面对面协商。\n"
            "合同覆盖全区46家快递企业、网点,3600余名快递员从中受益,职工们纷纷表示收入更有保障了。\n"
            "长按识别二维码关注“某区工会”\n")
    art = clean_text(page)
    assert art.body[0].startswith("5月24日")
    assert ("page_header", "某区工会") in [(r.kind, r.text) for r in art.removed]


def test_a_headline_going_into_a_site_is_no_caption():
    # …走进…施工现场: a verb of going into the place makes the line a headline's sentence, not a photo's noun phrase
    from unionkit.clean.byline import caption_line
    assert not caption_line("某区总工会“夏送清凉”首站走进高速公路施工现场")
    assert not caption_line("某市总工会走进电力施工现场")
    art = _clean("某区总工会“夏送清凉”首站走进高速公路施工现场\n2024-06-11 来源:某某日报\n" + _FIRST + "\n" + _LAST + "\n")
    assert art.title == "某区总工会“夏送清凉”首站走进高速公路施工现场"
    # a photo's noun phrase ending in 现场 stays a caption
    assert caption_line("“旱地龙舟”比赛现场") and caption_line("区总工会慰问活动现场。") and caption_line("颁奖仪式现场")
    # so does a caption marked as one (图:, ▲) whatever its verb
    assert caption_line("图:慰问组走进施工现场。") and caption_line("▲慰问组走进施工现场")

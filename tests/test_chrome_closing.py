"""Chrome that closes an article, after its text: e-paper page labels, related-headline bullets, WeChat credit and
follow-card lines, bracket-labelled copyright notices; each with the body lines that must stay."""

from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

BODY = ("5月17日,某某县第五届职业技能大赛在县会展中心落下帷幕。经过两天的激烈角逐,来自全县企业的86名选手中,"
        "有10人获得一等奖,其中3人将被推荐申报市五一劳动奖章。")
BODY2 = "县总工会主席表示,将持续推进产业工人队伍建设改革,帮助一批青年职工成长为技术骨干。据悉,获奖选手还将获得证书。"


def body_of(text: str) -> list[str]:
    """The cleaned body paragraphs of a page."""
    return clean_page(text).body


def test_epaper_label_kinds():
    for s in ("鞍山日报 A03 县区新闻", "江西工人报 2024年08月02日 第03版", "某某日报 第03版:要闻", "《某某工人报》 03版",
              "【版面：A03 综合新闻】", "版次：第05版 要闻", "[版面: B2]"):  # a newspaper site's labelled page field
        assert chrome.epaper_label(fold(s)), s
        assert chrome.tail_kind(fold(s)) == "navigation", s


def test_epaper_label_negatives():
    # a paper's name inside a sentence, a headline naming a paper
    for s in ("鞍山日报A03版刊发了县总工会的经验做法。", "据江西工人报报道,资溪县总工会成立产业工会联合会",
              "鞍山日报社举办职工乒乓球赛", "工人日报", "版面设计新颖，获得好评", "【版面：A03 综合新闻】本报讯记者",
              "版面：A03 综合新闻 记者 王刚 摄影"):
        assert not chrome.epaper_label(fold(s)), s


def test_epaper_label_after_body_removed():
    page = f"某某县举办职工技能大赛\n\n{BODY}\n{BODY2}\n\n某某日报 2024年08月02日 第03版\n上一篇  下一篇\n"
    assert body_of(page) == [BODY, BODY2]


def test_related_bullets_after_closing_chrome_removed():
    page = (f"某某县举办职工技能大赛\n\n{BODY}\n{BODY2}\n\n编辑 | 刘某某\n审核 | 王某某\n\n"
            "· 某某县开展“粤菜师傅”技能大赛\n· 某某县总工会送法进企业\n某某网 版权所有\n")
    assert body_of(page) == [BODY, BODY2]


def test_body_bullets_stay():
    # a list the article itself sets with dots, straight after its paragraph, stays (at the end and inside)
    items = ["· 职工医疗互助保障", "· 困难职工帮扶救助"]
    page = f"某某县总工会推出三项服务\n\n{BODY}\n活动内容包括:\n" + "\n".join(items) + "\n"
    assert body_of(page)[-2:] == items
    page = f"某某县总工会推出三项服务\n\n{BODY}\n" + "\n".join(items) + f"\n{BODY2}\n"
    assert body_of(page) == [BODY, *items, BODY2]
    assert not chrome.related_bullet(fold("· 县总工会为职工发放慰问品。"))  # a dotted sentence is no headline


def test_wechat_bar_credits():
    for s in ("文字 | 县总工会", "图片 | 某某县总工会", "文字|某某"):
        assert byline.credit_line(fold(s)), s
    page = f"某某县举办职工技能大赛\n\n{BODY}\n{BODY2}\n\n文字 | 县总工会\n图片 | 县总工会\n编辑 | 刘某某\n审核 | 王某某\n"
    assert body_of(page) == [BODY, BODY2]
    assert not byline.credit_line(fold("文字工作者是这次活动的主角,他们说:写作就是生活。"))


def test_follow_card_lines():
    for s in ("关注连平工会,了解最新工会资讯。", "关注某某发布,获取更多资讯", "关注我们,了解更多动态!"):
        assert chrome.account_card_line(fold(s)), s
    # a body sentence that asks to heed people or needs is not a follow prompt
    for s in ("关注困难职工,了解最新情况。", "工会将持续关注职工诉求,了解最新动态。", "关注职工身心健康,了解一线需求。"):
        assert not chrome.account_card_line(fold(s)), s


def test_account_name_over_qr_card_removed():
    page = (f"某某市总工会举办技能竞赛\n\n{BODY}\n\n{BODY2}\n\n来源:某某市总工会\n编辑:于某\n\n"
            "某某工会\n某某市总工会官方微信公众号\n长按识别二维码关注\n")
    assert body_of(page) == [BODY, BODY2]


def test_bracketed_copyright_notice():
    s = "【版权声明】凡本网注明“来源:某某网”的所有作品,版权均属于某某网,未经授权不得转载。"
    assert chrome.tail_kind(fold(s)) == "site_footer"
    page = f"某某县举办职工技能大赛\n\n{BODY}\n{BODY2}\n{s}\n"
    assert body_of(page) == [BODY, BODY2]
    # body sentences that mention copyright stay
    for s in ("县总工会开展版权声明知识培训,帮助职工了解版权保护。", "【活动回顾】县总工会举办知识产权讲座,讲解版权归属。"):
        assert chrome.tail_kind(fold(s)) is None, s


def test_body_bullets_after_photo_stay():
    # a photo's placeholder or a jammer line between the paragraph and the article's dotted list is no closing chrome
    items = ["· 职工医疗互助保障", "· 困难职工帮扶救助"]
    page = f"某某县总工会推出三项服务\n\n{BODY}\n[图片]\n" + "\n".join(items) + "\n"
    assert body_of(page)[-1] == items[-1]  # (the first item is read as the photo's caption, as before)


def test_copyright_row_with_a_full_stop_closes_the_text():
    """A footer row opening with its copyright (版權所有 © 某某網 English Name 。 建議使用…瀏覽器, then the address row)
    is the footer although a full stop closes the holder's name; a sentence about rights holders stays."""
    for rights in ("版權所有 © 某某勞工資訊網 Strait Labor News 。 建議使用 Chrome、Edge 瀏覽器，最佳解析度 1280x800",
                   "版权所有 © 某某职工网 。 建议使用 Chrome 浏览器，最佳分辨率 1280x800",
                   "Copyright © 2024 某某工会网。 建议使用1280x800分辨率浏览",
                   "版权所有：某某市总工会。 地址：某某市某某路1号 电话：0000-1234567 本站建议使用Edge浏览器访问"):
        page = f"某某县举办职工技能大赛\n\n{BODY}\n{BODY2}\n{rights}\n地址：某某市某某路1号 ｜ 電話：(02)2388-1234 ｜ 服務信箱：x@y.org\n"
        assert body_of(page) == [BODY, BODY2], rights
        assert chrome.tail_kind(fold(rights)) == "site_footer", rights
    # look-alikes: prose naming the rights holder (版权所有者, 版权所有人) or quoting the words mid-sentence
    for prose in ("版权所有者有权禁止他人未经许可复制其作品，职工创作的作品也受法律保护。",
                  "版权所有人应当及时登记，工会将提供法律援助。",
                  "讲座围绕“版权所有”的含义展开，职工们踊跃提问。"):
        page = f"某某县举办职工技能大赛\n\n{BODY}\n{prose}\n{BODY2}\n"
        assert body_of(page) == [BODY, prose, BODY2], prose


def test_last_update_row_under_the_text_removed():
    """A CMS's last-update stamp or a print view's print time under the text (最後更新日期：2024/04/02, 更新时间：
    2024-04-02 10:15, 打印时间：2024-06-03 15:27) is the page's chrome, in both scripts; a sentence that names an
    update or a print time stays."""
    for row in ("最後更新日期：2024/04/02", "最后更新日期:2024-04-02", "更新时间：2024-04-02 10:15", "更新日期：2024年4月2日",
                "最後更新：2024/04/02 下午 03:05:32",
                # a print view's stamp of when it was printed
                "打印时间：2024-06-03 15:27", "列印日期：2024/06/03", "打印時間:2024年6月3日 15:27"):
        page = f"某某县举办职工技能大赛\n\n{BODY}\n{BODY2}\n{row}\n"
        assert body_of(page) == [BODY, BODY2], row
    for prose in ("系统更新时间为2024年4月2日晚，届时职工服务平台将暂停使用。",
                  "打印时间紧，工作人员连夜赶印了2000份宣传册。"):
        page = f"某某县举办职工技能大赛\n\n{BODY}\n{prose}\n"
        assert body_of(page) == [BODY, prose], prose


def test_clock_period_words_match_the_date_readers():
    """The cleaner's time shape knows every part-of-the-day word the date readers turn into a 24-hour time (folded:
    the cleaner reads simplified script)."""
    from unionkit.extract.dates import PERIOD

    assert set(chrome.CLOCK_PERIOD.split("|")) == {fold(w) for w in PERIOD.split("|")}


PAGE_HEAD = "某某日报数字报\n2024年05月20日 星期一\n第A03版:县区新闻\n\n某某县举办职工技能大赛\n\n本报记者 李某某\n\n"
FOOT = "\n版权所有 某某日报社  辽ICP备09016021号\n"


def test_page_list_item_kinds():
    for s in ("■ 我市职工乒乓球赛开赛", "· 千山区开展“安康杯”知识竞赛", "A02版 千山区开展“安康杯”知识竞赛",
              "第03版:铁东区工会驿站增至28家"):
        assert chrome.page_list_item(fold(s)), s
    for s in ("■ 我市职工乒乓球赛开赛。", "第03版", "A02版 ", "我市职工乒乓球赛开赛", "3版面设计新颖,获得好评。"):
        assert not chrome.page_list_item(fold(s)), s


def test_epaper_page_list_under_the_last_paragraph_removed():
    for items in (["■ 我市职工乒乓球赛开赛", "■ 千山区开展“安康杯”知识竞赛", "■ 铁东区工会驿站增至28家"],
                  ["· 我市职工乒乓球赛开赛", "· 千山区开展“安康杯”知识竞赛"],
                  ["A01版 我市职工乒乓球赛开赛", "A02版 千山区开展“安康杯”知识竞赛"],
                  ["第01版:我市职工乒乓球赛开赛", "第02版:千山区开展“安康杯”知识竞赛"]):
        page = PAGE_HEAD + f"{BODY}\n{BODY2}\n\n" + "\n".join(items) + "\n" + FOOT
        assert body_of(page) == [BODY, BODY2], items
        assert body_of(page.replace(FOOT, "\n")) == [BODY, BODY2], items  # the list ends the page


def test_dotted_subheads_and_list_items_in_the_text_stay():
    # dotted subheads followed by their paragraph (a one-sentence one too)
    last = "县总工会将继续做好服务。"
    page = PAGE_HEAD + f"{BODY}\n\n■ 建好一个阵地\n■ 办好一批实事\n\n{last}\n" + FOOT
    assert body_of(page) == [BODY, "■ 建好一个阵地", "■ 办好一批实事", last]
    # one dotted line alone under the text
    page = PAGE_HEAD + f"{BODY}\n{BODY2}\n\n■ 我市职工乒乓球赛开赛\n" + FOOT
    assert "■ 我市职工乒乓球赛开赛" in body_of(page)
    # dotted items a colon announces
    page = PAGE_HEAD + f"{BODY}\n今年的重点工作有:\n■ 建好职工之家\n■ 办好技能竞赛\n" + FOOT
    assert body_of(page)[-2:] == ["■ 建好职工之家", "■ 办好技能竞赛"]


def test_english_pager_under_the_text_removed():
    for s in ("< Prev　Next >", "‹ Previous | Next ›", "Prev", "Next >"):
        assert chrome.is_widget_line(fold(s)), s
    for s in ("Next generation", "Previously", "Next Generation Workers 工会"):
        assert not chrome.is_widget_line(fold(s)), s
    page = f"某某县举办职工技能大赛\n\n{BODY}\n{BODY2}\n\n< Prev　Next >\n\n版权所有 某某服饰有限公司\n"
    assert body_of(page) == [BODY, BODY2]


INDENTED = "　　" + BODY
INDENTED2 = "　　" + BODY2


def test_dated_caption_set_flush_between_indented_paragraphs_is_a_caption():
    cap = "5月8日，县总工会工作人员在工会驿站为环卫工人送上清凉礼包。"
    page = f"某某县举办职工技能大赛\n\n{INDENTED}\n\n{cap}\n\n{INDENTED2}\n"
    assert body_of(page) == [BODY, BODY2]
    # the same sentence indented like the paragraphs, or run on with them (no blank lines), is the text's
    for kept in (f"{INDENTED}\n\n　　{cap}\n\n{INDENTED2}\n", f"{INDENTED}\n{cap}\n{INDENTED2}\n"):
        assert len(body_of(f"某某县举办职工技能大赛\n\n{kept}")) == 3
    # a flush dated line of two sentences, or undated, stays
    for line in ("5月8日，县总工会启动服务季。活动持续到10月底。", "县总工会工作人员在工会驿站，为环卫工人送上清凉礼包。"):
        page = f"某某县举办职工技能大赛\n\n{INDENTED}\n\n{line}\n\n{INDENTED2}\n"
        assert len(body_of(page)) == 3, line


def test_bare_headline_list_under_an_epaper_text_removed():
    items = ["我市职工乒乓球赛开赛", "千山区开展“安康杯”知识竞赛", "铁东区工会驿站增至28家"]
    page = PAGE_HEAD + f"{BODY}\n{BODY2}\n\n" + "\n".join(items) + "\n" + FOOT
    assert body_of(page) == [BODY, BODY2]


def test_bare_short_lines_under_a_text_stay():
    items = ["我市职工乒乓球赛开赛", "千山区开展“安康杯”知识竞赛", "铁东区工会驿站增至28家"]
    # not on an e-paper page, or two lines only
    page = f"某某县举办职工技能大赛\n\n{BODY}\n{BODY2}\n\n" + "\n".join(items) + "\n" + FOOT
    assert body_of(page)[-3:] == items
    page = PAGE_HEAD + f"{BODY}\n{BODY2}\n\n" + "\n".join(items[:2]) + "\n" + FOOT
    assert body_of(page)[-2:] == items[:2]
    # an honour list's units, a date, a union's name
    units = ["市第一人民医院急诊科", "市公交集团十二路线路班组", "新安县自来水公司抢修班"]
    page = PAGE_HEAD + f"{BODY}\n{BODY2}\n\n" + "\n".join(units) + "\n" + FOOT
    assert body_of(page)[-3:] == units
    assert not chrome.plain_headline(fold("2024年5月6日")) and not chrome.plain_headline(fold("某某市总工会"))


def test_text_and_photo_credit_in_one_bracket():
    # an intranet post closes on its text credit and its photographer in one bracket: the record's credit
    for s in ("（某某分厂工会办公室供稿  摄影：王小明）", "(某某车间工会供稿 李大力 摄)", "（厂团委供稿，图/赵某某）"):
        assert byline.credit_line(fold(s)), s
    for s in ("(他们说这份材料由车间供稿,摄影师王某很忙)", "（职工们表示供稿 摄影都很认真）"):
        assert not byline.credit_line(fold(s)), s
    art = clean_page(f"某某分厂开展职工技能比武\n\n{BODY}\n{BODY2}\n（某某分厂工会办公室供稿  摄影：王小明）\n")
    assert art.body == [BODY, BODY2]
    assert [r.kind for r in art.removed if "供稿" in r.text] == ["credit"]


def test_intranet_tool_bar_with_long_buttons():
    # an OA platform's buttons under the post run past six characters (【转发至个人邮箱】)
    bar = "【打印】  【收藏】  【发送至我的邮箱】  【关闭】"
    assert chrome.bracket_menu(fold(bar))
    art = clean_page(f"某某分厂开展职工技能比武\n\n{BODY}\n{BODY2}\n{bar}\n上一篇:关于某某的通知\n")
    assert art.body == [BODY, BODY2]


def test_app_prompt_inside_the_text_goes_alone():
    # a mobile share page folds its text behind an open-app prompt: the prompt goes, the paragraph under it stays
    last = "下一步,县总工会将在更多商圈布局服务站点,推动服务阵地向职工家门口延伸,让劳动者随时感受到工会的关怀。"
    assert chrome.app_prompt(fold("打开APP 查看更多精彩内容")) and not chrome.app_prompt(fold("打开思路,查看更多可能。"))
    page = f"某某县总工会服务站开进商圈\n\n{BODY}\n{BODY2}\n打开APP 查看更多精彩内容\n{last}\n责任编辑:王某\n相关推荐\n某某市启动冬送温暖\n"
    assert body_of(page) == [BODY, BODY2, last]
    # under the text, over the page's chrome, the prompt still opens the tail
    page = f"某某县总工会服务站开进商圈\n\n{BODY}\n{BODY2}\n打开APP 查看更多精彩内容\n相关推荐\n某某市启动冬送温暖\n"
    assert body_of(page) == [BODY, BODY2]


def test_related_cases_heading_after_the_closing_lines_removed():
    # a mediation page's list of its other cases under the credit and editor lines: the heading (相关案例) and the
    # cases' titles, a question among them, go; 典型案例 alone is no such heading (a section of the text, a channel)
    page = (f"某某区调解一起欠薪争议\n\n{BODY}\n{BODY2}\n\n(某某区总工会 供稿)\n编辑:王某  审核:李某\n\n相关案例\n"
            "  某某公司拖欠工资,工会出面化解\n  加班被拒付,职工能否申请仲裁?\n\n【打印】 【关闭】\n\n主办:某某市总工会\n")
    assert body_of(page) == [BODY, BODY2]
    assert chrome.tail_kind(fold("相关案例")) == chrome.tail_kind(fold("更多案例:")) == "related_links"
    assert chrome.tail_kind(fold("典型案例")) is None
    assert chrome.tail_kind(fold("相关案例分析显示,欠薪多发于年底。")) is None

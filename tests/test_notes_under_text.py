"""Notes under an article's text that are not the text: a paper's correction note, a programme's pointer to its
full video, an author card, the link to the document a policy page explains."""
from unionkit.clean import byline, chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

TEXT = ("8月1日，某区新就业形态劳动者集中入会仪式在南岸街道举行，800余名快递员、外卖骑手现场加入工会组织。\n"
        "区总工会副主席表示，将持续开展暖心行动，把工会服务延伸到每一条街巷。\n")


def _page(note: str, after: str = "分享到：微信 微博\n\n版权所有 某某新闻网\n") -> str:
    return "某区800余名新就业形态劳动者集中入会\n来源：某某日报\n\n" + TEXT + "\n" + note + "\n\n" + after


def test_correction_note_shape():
    for line in ("【更正】本文首发时将参会人数“800余名”误写为“600余名”，现已更正，特此致歉。",
                 "更正声明：本报8月2日2版《某某》一文中，“张某”应为“章某”，特此更正。",
                 "[勘误]文中日期有误，已修改，向读者致歉。"):
        assert chrome.correction_note(fold(line)), line
    # a sentence that tells of a correction, and a label with nothing said, are not notes
    for line in ("更正后的名单已于昨日公示。", "区总工会及时更正了错误做法，特此向职工说明。", "【更正】"):
        assert not chrome.correction_note(fold(line)), line


def test_correction_note_under_the_text_goes():
    page = clean_page(_page("【更正】本文首发时将参会人数“800余名”误写为“600余名”，现已更正，特此致歉。"))
    assert page.body[-1].startswith("区总工会副主席") and not any("更正" in p for p in page.body)
    assert any(r.kind == "site_footer" and "更正" in r.text for r in page.removed)


def test_a_correction_printed_as_the_article_stays():
    page = clean_page("关于本报一则报道的更正说明\n来源：某某日报\n\n"
                      "更正：本报8月2日2版《某某区新就业形态劳动者集中入会》一文中，“600余名”应为“800余名”，特此更正。\n"
                      "\n版权所有 某某新闻网\n")
    assert any("特此更正" in p for p in page.body)


def test_programme_pointer_shape():
    assert chrome.column_disclaimer(fold("（本期访谈完整视频请在“秦楚视频”APP观看）"))
    assert chrome.column_disclaimer(fold("（本期节目完整视频请登录某某网收看）"))
    # an aside in brackets that points nowhere, or asks readers something, stays text
    assert not chrome.column_disclaimer(fold("（本期访谈由市总工会宣传部协助完成）"))
    assert not chrome.column_disclaimer(fold("（请职工在“某某工会”APP报名）"))


def test_programme_pointer_under_the_text_goes():
    body = clean_page(_page("（本期访谈完整视频请在“秦楚视频”APP观看）")).body
    assert body[-1].startswith("区总工会副主席")


def test_author_card_shape():
    for line in ("作者简介：许某某，江苏某某律师事务所专职律师，专注劳动争议领域。电话：025-52186630",
                 "【作者简介】张某某，某某大学劳动关系学院教授。"):
        assert byline.author_card(fold(line)), line
    # a sentence on an author, and a label with no name after it, are not cards
    for line in ("作者简介中提到，他曾在工会工作多年。", "作者简介：", "作者介绍了工会法律援助的做法，很有启发。"):
        assert not byline.author_card(fold(line)), line


def test_author_card_under_the_text_goes_as_a_byline():
    page = clean_page(_page("作者简介：许某某，江苏某某律师事务所专职律师，专注劳动争议领域。电话：025-52186630"))
    assert page.body[-1].startswith("区总工会副主席")
    assert any(r.kind == "byline" and r.text.startswith("作者简介") for r in page.removed)
    # with paragraphs after it, the card opens the text (an essay's introduction of its writer): kept
    page = clean_page(_page("作者简介：许某某，江苏某某律师事务所专职律师。",
                            "他长期为职工提供法律援助，办理劳动争议案件300余件。近年来，他把目光投向新就业形态劳动者。\n"))
    assert any(p.startswith("作者简介") for p in page.body)


def test_related_document_link_under_the_text_goes():
    assert chrome.tail_kind(fold("相关文件：某某市总工会职工医疗互助保障活动实施办法")) == "related_links"
    assert chrome.tail_kind(fold("相关文件")) == "related_links"
    # a sentence opening with the words goes on without a colon
    assert chrome.tail_kind(fold("相关文件规定职工可以个人名义参加")) is None
    body = clean_page(_page("相关文件：某某市总工会职工医疗互助保障活动实施办法")).body
    assert body[-1].startswith("区总工会副主席")


def test_blog_author_box_lines():
    assert byline.posts_link(fold("查看王小川的所有文章")) == "王小川"
    assert byline.posts_link(fold("查看所有由山间老李发布的文章")) == "山间老李"
    assert byline.posts_link(fold("查看作者的全部文章 →")) == byline.ANYONE
    assert byline.box_head(fold("由王小川发布")) == "王小川"
    assert byline.box_head(fold("关于作者")) == byline.ANYONE
    # sentences that speak of all the articles or of who published something are not the box's lines
    for line in ("查看所有文章后，我们发现三成稿件来自基层。", "他读完了王小川的所有文章。"):
        assert byline.posts_link(fold(line)) is None, line
    assert byline.box_head(fold("由市总工会发布的通知要求各单位做好准备。")) is None


def test_blog_author_box_under_the_text_goes():
    box = "由山间老李发布\n一名退休的车间主任，记下厂里的工会故事。\n查看山间老李的所有文章"
    page = clean_page(_page("分享此文：\n微博\n微信\n\n" + box))
    assert page.body[-1].startswith("区总工会副主席")
    assert [r.text for r in page.removed if r.kind == "byline"][-3:] == box.split("\n")
    # a bio of two sentences after the share heading goes with its box too
    page = clean_page(_page("分享此文：\n\n" + box.replace("。", "。二十年来写了三百篇。")))
    assert page.body[-1].startswith("区总工会副主席")
    # a plain page's box without a share heading, its head naming the author bare
    page = clean_page(_page("关于作者\n一名退休的车间主任，记下厂里的工会故事。\n查看作者的所有文章"))
    assert page.body[-1].startswith("区总工会副主席")


def test_bio_like_line_outside_an_author_box_stays():
    # the head names another author than the link (not one box), or no link follows: the sentence is text
    for note in ("由山间老李发布\n一名退休的车间主任，记下厂里的工会故事。\n查看王小川的所有文章",
                 "由山间老李发布\n一名退休的车间主任，记下厂里的工会故事。"):
        page = clean_page(_page(note))
        assert any(p.startswith("一名退休的车间主任") for p in page.body), note

"""An ad slot between paragraphs (【广告】slogan, or a slogan over its bare 广告 label) and the bare heading of a site's
other stories (其他新聞)."""

from unionkit.clean import chrome, clean_text
from unionkit.clean.lines import fold

PARA = ("6月3日，某区总工会在区职工服务中心举办新就业形态劳动者集中入会仪式，120余名快递员、外卖送餐员现场"
        "填写入会申请，领取工会会员卡和“暖心包”。")
PARA2 = ("区总工会负责人介绍，截至目前，全区已建立新就业形态劳动者工会组织28家，累计发展会员6000余人，"
         "下一步还将在商圈和物流园区新建十个服务站点。")


def test_ad_line_shape():
    assert chrome.ad_line(fold("【广告】夏季新款 清仓特价 全场包邮"))
    assert chrome.ad_line(fold("[推广] 急用钱？身份证即可申请"))
    assert chrome.ad_line(fold("（廣告）某某茶葉 地理標誌產品"))
    assert not chrome.ad_line(fold("广告公司职工代表在会上发言，讲述了自己入会后的变化。"))
    assert not chrome.ad_line(fold("【工会动态】某区总工会举办集中入会仪式"))
    assert not chrome.ad_line(fold("【广告】" + PARA))  # a paragraph, however it opens


def test_an_ad_line_between_paragraphs_is_dropped():
    out = clean_text(f"某区总工会举办集中入会仪式\n{PARA}\n【广告】夏季新款 清仓特价 全场包邮\n{PARA2}\n")
    assert out.body == [PARA, PARA2]
    assert [r.kind for r in out.removed if "广告" in r.text] == ["related_links"]


def test_other_news_heading_opens_related_links():
    assert chrome.tail_kind(fold("其他新聞")) == "related_links"
    assert chrome.tail_kind(fold("其它文章：")) == "related_links"
    assert chrome.tail_kind(fold("其他新闻工作者也表示，将持续关注此事。")) is None


def test_an_ad_slogan_over_its_bare_label_is_dropped_and_the_text_goes_on():
    # (the slogan's phone number would read as the footer's contact line and end the article there)
    ad = "某某技师学院 春季技能提升班 火热报名中 咨询电话：0379-1234 5678\n广告\n"
    out = clean_text(f"某区总工会举办集中入会仪式\n{PARA}\n{ad}{PARA2}\n")
    assert out.body == [PARA, PARA2]
    assert chrome.ad_label(fold("广告")) and chrome.ad_label(fold("[推广]"))
    assert not chrome.ad_label(fold("广告公司"))


def test_a_bare_ad_label_over_its_slogan_is_dropped_with_it():
    out = clean_text(f"某区总工会举办集中入会仪式\n{PARA}\n{PARA2}\n廣告\n某某銀行 信用卡簽賬 賞你高達8%回贈 立即申請\n")
    assert out.body == [PARA, PARA2]
    # (a label over the page's related links takes only itself: the heading opens its own block)
    out = clean_text(f"某区总工会举办集中入会仪式\n{PARA}\n{PARA2}\n广告\n相关新闻\n某区总工会开展职工健步走活动\n")
    assert [r.kind for r in out.removed if r.text == "相关新闻"] == ["related_links"]


def test_a_short_line_over_no_ad_label_is_no_ad():
    out = clean_text(f"某区总工会举办集中入会仪式\n{PARA}\n报名咨询电话：0379-1234 5678\n{PARA2}\n")
    assert "报名咨询电话：0379-1234 5678" not in [r.text for r in out.removed if r.kind == "related_links"]

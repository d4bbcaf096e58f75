"""Chrome of microblog posts, app-shared articles, Q&A boards and notices with download boxes, with look-alikes
that must stay: a microblog stamp is no headline, an outlet-hyphen-outlet byline goes, an app's download label and
a comment box go, a legal-aid board's fields, lawyer credit, helpfulness poll and related questions go, a download
box of file names goes even over the notice's signature (which stays)."""

import pytest

from unionkit.clean import byline, chrome, forum
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page

PARAS = ("11月5日，某某市总工会召开“某某工匠”培育计划启动会，提出到2027年在全市培育市级工匠300名、储备工匠人才3000名。\n"
         "根据计划，市总工会将建立“工匠人才库”，实行“一人一档”动态管理，对入选人员给予每人每年最高2万元的培育经费。\n"
         "首批20名培育对象在会上接受了证书。一名钳工说：“工会给我们搭了台子，我们更要把手艺练精。”\n")


def kinds(art, text):
    """The kinds the line holding ``text`` was removed as."""
    return [r.kind for r in art.removed if text in r.text]


# --- a microblog post's stamp line -------------------------------------------------------------------------

def test_microblog_stamp_with_client_is_a_header_line():
    for t in ("24-11-6 10:30 来自 微博网页版 已编辑", "11-6 11:02 来自iPhone客户端", "24-1-15 08:05 来自 微博网页版"):
        assert chrome.is_header_line(t), t
    for t in ("来自贵阳的工匠代表在会上发言", "24-11-6 10:30 来自全市各区县的三百名职工代表参加了启动会，会议由市总工会主持",
              "3-2 来自 某某队"):
        assert not chrome.is_header_line(t), t


def test_microblog_stamp_is_no_headline_over_the_bracketed_title():
    page = ("微博\n首页\n某某总工会\nV 某某市总工会官方微博\n24-11-6 10:30 来自 微博网页版 已编辑\n"
            "【某某市总工会启动“某某工匠”培育计划】\n" + PARAS + "#某某工匠# #某某身边事#\n收起\n56\n12\n")
    art = clean_page(page)
    assert art.title == "某某市总工会启动“某某工匠”培育计划"
    assert kinds(art, "来自 微博网页版") in (["navigation"], ["page_header"])
    assert len(art.body) == 3


def test_microblog_client_line_is_no_headline():
    for t in ("来自 微博网页版", "来自iPhone客户端", "来自 微博网页版 已编辑"):
        assert chrome.client_line(t), t
    for t in ("来自一线的报告", "来自贵阳的工匠代表在会上发言", "来自 某某"):
        assert not chrome.client_line(t), t


def test_microblog_client_on_its_own_line_is_no_headline_over_the_bracketed_title():
    page = ("某某总工会\n24-11-6 10:30\n发布于 湖南\n来自 微博网页版\n"
            "【某某市总工会启动“某某工匠”培育计划】\n" + PARAS)
    art = clean_page(page)
    assert art.title == "某某市总工会启动“某某工匠”培育计划"
    assert len(art.body) == 3


def test_topic_tags_before_the_bracketed_title_on_its_line():
    from unionkit.clean.headline import bracketed_headline

    assert chrome.hashtag_prefix("#某某工匠#[某某市总工会启动培育计划]") == 6
    assert chrome.hashtag_prefix("#某某工匠# #身边事#[某某市总工会启动培育计划]") == 12
    assert chrome.hashtag_prefix("#2024#[某某市总工会启动培育计划]") is None  # no Han in the tag
    assert chrome.hashtag_prefix("#某某工匠#在车间里代代相传") is None
    assert bracketed_headline("#某某工匠#[某某市总工会启动培育计划]") == 6
    assert bracketed_headline("[某某市总工会启动培育计划]") == 0
    assert bracketed_headline("#某某工匠#[某某市总工会启动培育计划]之后") is None
    page = ("某某总工会\n24-11-6 10:30\n来自 微博网页版\n"
            "#某某工匠#【某某市总工会启动“某某工匠”培育计划】\n" + PARAS)
    art = clean_page(page)
    assert art.title == "某某市总工会启动“某某工匠”培育计划"
    assert kinds(art, "#某某工匠#") == ["related_links"]
    assert len(art.body) == 3


# --- an outlet-hyphen-outlet byline -----------------------------------------------------------------------------

def test_paper_hyphen_app_reporter_is_a_byline():
    assert byline.byline_line("成都商报-红星新闻记者 李思远")
    assert byline.byline_line("某某日报—某某新闻记者 张三 王五")
    assert not byline.byline_line("成都商报-红星新闻记者李思远在现场看到，选手们正在比武。")
    assert not byline.byline_line("一汽-大众成都分公司员工 陈宇")


def test_paper_hyphen_app_byline_removed_under_the_headline():
    page = "某某区总工会：汽车产线上的技能比武\n成都商报\n2024-08-19 14:22\n成都商报-红星新闻记者 李思远\n" + PARAS
    art = clean_page(page)
    assert kinds(art, "李思远") == ["byline"]
    assert len(art.body) == 3


# --- an app's download label and a comment box under the text --------------------------------------------------

def test_app_download_label_and_comment_box_removed():
    page = ("某某：劳动竞赛激发职工创新活力\n来源：某某学习平台\n2024-05-08\n" + PARAS
            + "[ 责任编辑：张晓雯 ]\n分享到：\n学习强国APP 扫码下载\n欢迎发表你的观点\n发表\n")
    art = clean_page(page)
    assert len(art.body) == 3
    assert kinds(art, "扫码下载") == ["social_links"]
    assert kinds(art, "欢迎发表") == ["comment_form"]


def test_comment_list_labels_take_the_comment_kind_not_a_byline():
    # the account's reply tag has a byline's shape (a role, then "a name"): in the comments it is theirs
    page = ("某某：工匠培育计划启动\n" + PARAS + "作者 赵春燕\n阅读 1024\n写留言\n精选留言\n置顶\n河西的老周  甘肃  5\n"
            "希望明年能报上名!\n作者 回复\n欢迎报名~\n作者赞过\n南山下的小林  3\n我们厂也有好几个老师傅\n")
    art = clean_page(page)
    assert len(art.body) == 3
    assert kinds(art, "赵春燕") == ["byline"]  # the real byline under the text stays one
    for label in ("置顶", "作者 回复", "作者赞过"):
        assert kinds(art, label) == ["comment_form"], label


def test_comment_label_shapes():
    for t in ("作者 回复", "作者回复", "作者已回复", "作者回复过", "作者赞过", "作者 已赞", "置顶", "精选留言", "热门评论"):
        assert chrome.comment_label(t), t
    for t in ("作者 赵春燕", "作者:赵春燕", "回复 南山下的小林", "作者回复:欢迎报名", "置顶文章", "记者 回复"):
        assert not chrome.comment_label(t), t


def test_paragraph_opening_with_publish_stays():
    page = ("某某：劳动竞赛激发职工创新活力\n来源：某某学习平台\n2024-05-08\n" + PARAS
            + "发表获奖感言时，王海涛说，竞赛让他找到了努力的方向。\n欢迎发表你的观点，市总工会将择优刊发在内刊上。\n"
            + "职工可通过某某工会APP扫码下载报名表，填写后交所在单位工会。\n")
    art = clean_page(page)
    assert len(art.body) == 6


# --- a legal-aid Q&A board ---------------------------------------------------------------------------------------

QA = ("公司以“末位淘汰”为由解除劳动合同合法吗？\n"
      "咨询编号：FY20240617032  提问人：匿名职工  提问时间：2024-06-17 21:48\n"
      "咨询类别：劳动合同\n"
      "问：我在一家电商公司做客服，合同签到明年年底。上个月公司搞季度考核，我排在部门倒数第二，公司就按“末位淘汰”制度通知我走人，请问合法吗？\n"
      "回复单位：某某市总工会职工法律援助中心　　回复时间：2024-06-19 10:05\n"
      "答：您好！根据《中华人民共和国劳动合同法》的规定，用人单位单方解除劳动合同必须具备法定情形。考核排名靠后并不等于不能胜任工作。\n"
      "如需进一步帮助，您可以拨打职工维权服务热线12351，工会律师将免费为您提供法律咨询和代理服务。\n"
      "（解答律师：某某律师事务所 彭立新）\n"
      "此回复对您有帮助吗？ 有帮助(27)  没帮助(1)\n"
      "相关问题\n· 试用期被辞退有补偿吗？\n· 公司拖欠加班费怎么办？\n"
      "某某市总工会 版权所有　湘ICP备11004826号\n")


def test_legal_aid_board_chrome_removed():
    art = clean_page(QA)
    assert art.title == "公司以“末位淘汰”为由解除劳动合同合法吗？"
    assert [p[:2] for p in art.body] == ["问：", "答：", "如需"]
    assert kinds(art, "咨询类别") == ["page_header"]
    assert kinds(art, "回复单位") == ["page_header"]
    assert kinds(art, "解答律师") == ["credit"]
    assert kinds(art, "有帮助") == ["rating_widget"]
    assert kinds(art, "相关问题") == ["related_links"]
    assert kinds(art, "加班费") == ["related_links"]


@pytest.mark.parametrize("line", ["(本期解答:某某律师事务所律师 林晓东)", "（本期答疑：某某区人民法院 法官 周敏）",
                                  "(点评专家:某某大学法学院教授 王刚)"])
def test_answer_label_before_the_answerers_signature(line):
    # a Q&A column's answerer credited under the answer after its label: the credit, like the bare signature; a
    # professor is no legal professional of the list, and his credit stays (the column's words may follow)
    assert byline.credit_line(fold(line)) == ("教授" not in line)


# A lawyers' column's answer page: the answer under its bare label opens with a salutation to the asker, the reply
# row names the lawyer between the unit and the time, and the answer's own disclaimer closes it, bare.
QA_REPLY = ("试用期内公司不缴社保合法吗？\n"
            "咨询人：王**　　咨询时间：2024-05-06 09:12\n"
            "咨询内容：\n"
            "我刚入职一家物流公司，试用期三个月，公司说试用期内不给缴社保，转正后再缴。请问这样合法吗？\n"
            "回复内容：\n"
            "王先生您好：\n"
            "根据社会保险法的规定，用人单位应当自用工之日起三十日内为职工办理社会保险登记，试用期包含在劳动合同期限内。\n"
            "公司以试用期为由不缴社保的做法不合法，您可以向当地社会保险费征收机构投诉，也可以申请劳动仲裁。\n"
            "回复单位：某某区总工会法律服务站　　回复人：赵立新（律师）　　回复时间：2024-05-07 15:30\n"
            "本解答仅依据咨询人提供的情况作出，仅供参考，不作为正式法律意见。\n"
            "这条回复对您有帮助吗？　有帮助(12)　没帮助(0)\n"
            "某某区总工会 版权所有\n")


def test_answer_salutation_stays_reply_row_and_bare_disclaimer_go():
    art = clean_page(QA_REPLY)
    assert art.title == "试用期内公司不缴社保合法吗？"
    assert [p[:4] for p in art.body] == ["我刚入职", "王先生您", "根据社会", "公司以试"]
    assert kinds(art, "回复人") == ["page_header"]
    assert kinds(art, "本解答") == ["site_footer"]


def test_bare_answer_disclaimer_shapes():
    for t in ("本回复仅针对咨询人所述情况，供参考，不构成正式法律意见。", "以上解答仅供参考。", "上述答复不作为法律依据"):
        assert chrome.column_disclaimer(fold(t)), t
    # (the answer's own sentences about its advice, and a disclaimer of no answer, are no such note)
    for t in ("本回复已转交相关部门处理。", "以上解答希望对您有所帮助。", "本文观点仅供参考。"):
        assert not chrome.column_disclaimer(fold(t)), t


def test_board_field_look_alikes_stay():
    for t in ("回复时间：收到留言后3个工作日内，我们将予以答复。", "咨询类别：劳动合同、工资支付、工伤认定等，均可拨打热线",
              "回复单位：市总工会，回复时间：次日", "回复人：赵律师，他将在三日内给您答复。"):
        assert not chrome.is_header_line(t, strict=True), t
    for t in ("这些建议对你有帮助吗？欢迎留言告诉我们。", "相关问题已经得到解决。", "(解答律师提醒：务必保存好证据。)"):
        assert chrome.tail_kind(t) is None, t
        assert not byline.credit_line(t), t


# --- a notice's download box over its signature ---------------------------------------------------------------

NOTICE = ("关于举办2024年某某市职工职业技能大赛的通知\n时间：2024.03.08　来源：经济技术部\n"
          "各区总工会，市直各单位工会：\n"
          "为深入实施“某某工匠”培育工程，经研究，市总工会决定举办2024年某某市职工职业技能大赛。现将有关事项通知如下：\n"
          "一、竞赛项目。本届大赛设数控车工、育婴员、中式烹调师等16个竞赛项目。\n"
          "二、报名要求。请各单位于3月29日前将报名表发送至指定邮箱，联系人：何倩，电话：0757-83036512。\n")
SIGNATURE = "某某市总工会\n2024年3月8日\n【打印】【关闭】\n版权所有：某某市总工会\n"


def test_download_box_over_the_signature_removed_signature_kept():
    page = NOTICE + "附件：\n1. 2024年职工职业技能大赛项目安排表.docx\n2. 参赛选手报名表.doc\n3. 参赛选手汇总表.xlsx\n" + SIGNATURE
    art = clean_page(page)
    assert not any(".doc" in p or p == "附件：" for p in art.body)
    assert kinds(art, "报名表.doc") == ["related_links"]
    assert art.body[-2:] == ["某某市总工会", "2024年3月8日"]


def test_annex_list_named_in_the_notice_stays():
    # the notice's own list of annexes (no file extensions), over the signature
    page = NOTICE + "附件：\n1. 2024年职工职业技能大赛项目安排表\n2. 参赛选手报名表\n" + SIGNATURE
    art = clean_page(page)
    assert "2. 参赛选手报名表" in art.body
    assert art.body[-2:] == ["某某市总工会", "2024年3月8日"]


def test_file_names_running_into_text_stay():
    page = NOTICE + "附件：\n1. 参赛选手报名表.doc\n请各单位认真组织，按时报送报名材料，确保大赛顺利进行。\n" + SIGNATURE
    art = clean_page(page)
    assert "1. 参赛选手报名表.doc" in art.body


def test_sentence_naming_an_annex_stays():
    page = NOTICE + "附件中的报名表请用电脑填写，手写无效。\n" + SIGNATURE
    art = clean_page(page)
    assert "附件中的报名表请用电脑填写，手写无效。" in art.body


@pytest.mark.parametrize("line, kind", [
    ("本文来自【某某融媒】，仅代表作者观点。", "site_footer"),  # an app's note on the account a post comes from
    ("本文转自某某日报，不代表本平台立场。", "site_footer"),
    # a portal's self-media repost: the member account, then the reprint terms or the views disclaimer, or alone
    ("本文来自某某号作者某某晚报,转载请注明出处。", "site_footer"),
    ("本文来源于某某晚报，如需转载请联系原作者。", "site_footer"),
    ("本文来自某某号作者某某融媒，本文观点不代表平台立场。", "site_footer"),
    ("本文来自某某号作者某某晚报", "site_footer"),
    ("本内容为作者独立观点，不代表某某号立场。", "site_footer"),
    ("以上内容为某某号作者某某发布，不代表平台立场。", "site_footer"),
    # look-alikes: a sentence of the article that says where something comes from
    ("本文来自一线职工的真实经历，希望对大家有所启发。", None),
    ("本文来自作者的调研，数据截至去年底。", None),
    ("据某某晚报报道，转载这类消息的账号不少。", None),  # a sentence quoting a source
    ("本文来自某某区总工会的一线调研，转载的数据截至去年底。", None),  # no account, no views or terms after it
])
def test_note_naming_the_account_a_post_comes_from(line, kind):
    assert chrome.statement_kind(line) == kind


# --- the next poster's card over the next floor ------------------------------------------------------------

def _thread(between: str) -> str:
    """A board thread: the first post's stamp and text, then a line, the next floor's stamp and its reply."""
    return ("某某市总工会启动工匠培育计划\n\n某某人\n楼主\n发表于 2024-5-13 20:41\n\n" + PARAS + between
            + "\n2# 发表于 2024-5-13 21:15\n师傅手艺真系冇得讲，支持一下！\n")


def test_next_posters_name_over_its_rank_and_floor_stamp_is_chrome():
    """Discuz! cards print the poster's name, then its member group (论坛新人, 高级会员), then the floor's stamp."""
    art = clean_page(_thread("荔枝湾仔\n论坛新人"))
    assert "荔枝湾仔" not in "\n".join(art.body) and kinds(art, "荔枝湾仔") == ["forum_chrome"]


def test_a_short_last_line_over_a_non_rank_line_stays():
    """Look-alike: a short closing line over another short line that is no member group stays in the text."""
    art = clean_page(_thread("工匠精神代代传\n大家一起加油干"))
    assert "工匠精神代代传" in "\n".join(art.body)


def test_next_posters_card_with_fields_as_label_and_value_lines_is_chrome():
    """Discuz! X3 sets a card's fields as a list of terms and values (<dt>威望</dt><dd>36</dd>), read a line each:
    the name over a bare field label over its number is the next poster's card."""
    art = clean_page(_thread("骑楼城阿强\n威望\n36\n金钱\n812"))
    body = "\n".join(art.body)
    assert "骑楼城阿强" not in body and "威望" not in body
    assert kinds(art, "骑楼城阿强") == ["forum_chrome"]


@pytest.mark.parametrize("label,value", [("威望", "36"), ("积分", "23841"), ("注册时间", "2012-5-9"), ("UID", "6021")])
def test_split_profile_field(label, value):
    assert forum.split_field(label, value)


@pytest.mark.parametrize("label,value", [("威望", "很高"), ("威望很高", "36"), ("职工积分", "120"), ("积分", "120分"),
                                         ("积分：", "120")])
def test_split_profile_field_look_alikes(label, value):
    assert not forum.split_field(label, value)


def test_a_short_last_line_over_a_label_with_no_number_stays():
    """Look-alike: a short closing line over a bare word that a field is named by, no number under it: text."""
    art = clean_page(_thread("工匠精神代代传\n贡献\n大家一起加油干"))
    assert "工匠精神代代传" in "\n".join(art.body)


# --- a hotline's case page and a message board's rating block -----------------------------------------------------

CASE = ("反映单位长期拖欠夜班补贴\n"
        "来电时间:2024-05-11 09:20    办结时间:2024-05-17 16:05\n"
        "承办单位:某某区总工会\n"
        "诉求内容:\n"
        "市民来电反映:其所在的物流公司近半年来未按约定发放夜班补贴,多次向公司反映未果,要求有关部门核实处理。\n"
        "办理结果:\n"
        "接到工单后,某某区总工会会同街道工会到该公司了解情况,经协调,公司同意于5月底前补发全部夜班补贴。\n"
        "5月17日,工作人员已将办理情况电话告知市民,市民表示认可。\n"
        "回访情况:已回访,市民对办理结果表示满意。\n"
        "浏览次数:215\n")


def test_hotline_case_labels_and_call_back_removed():
    art = clean_page(CASE)
    assert [p[:4] for p in art.body] == ["市民来电", "接到工单", "5月17"]
    assert kinds(art, "承办单位") == ["page_header"]
    assert kinds(art, "诉求内容") == ["page_header"]
    assert kinds(art, "办理结果:") == ["page_header"]
    assert kinds(art, "回访情况") == ["comment_form"]


def test_rating_block_under_a_bare_heading_removed():
    page = ("能否在工业园区增设职工食堂?\n留言时间:2024-06-02 20:11\n"
            "我们园区有三千多名职工,附近只有几家小饭馆,午饭排队要半个多小时,希望工会协调增设职工食堂。\n"
            "网友您好!经市总工会协调,园区管委会已将职工食堂列入今年的建设计划,预计年底前投入使用。\n"
            "满意度评价\n解决程度:★★★★☆ 办理态度:★★★★★\n网友评价:回复很及时,期待食堂早日建好!\n"
            "留言链接:https://example.cn/threads/content?tid=1234\n")
    art = clean_page(page)
    assert [p[:4] for p in art.body] == ["我们园区", "网友您好"]
    assert kinds(art, "满意度评价") == ["comment_form"]
    assert kinds(art, "网友评价") == ["comment_form"]


def test_case_label_look_alikes_stay():
    for t in ("办理结果显示,九成以上诉求当天得到回应。", "承办单位:市总工会,协办单位:市文旅局", "诉求内容"):
        assert not chrome.is_header_line(t, strict=True), t
    for t in ("满意度评价工作每季度开展一次。", "回访情况显示,职工满意率达到98%。", "五星好评",
              "回访情况:今年以来,热线共回访来电职工1268人次,对办理结果表示满意的占97.6%,"
              "对个别不满意的工单,已全部退回承办单位重新办理。"):
        assert chrome.tail_kind(t) is None, t


# --- a personal-library reprint site's rows under the text ----------------------------------------------------

def test_library_reprint_notice_and_tool_rows_go():
    page = ("某某图书馆 | 首页 | 阅览室\n\n某某市总工会启动工匠培育计划\n\n" + PARAS +
            "本文为注册用户【山间一棵树】转藏,文章来源于网络,版权归原作者所有。\n转藏 分享 献花(12)\n举报/认领\n")
    art = clean_page(page)
    assert art.body[-1].startswith("首批20名")
    for t in ("本文为注册用户", "献花(12)", "举报/认领"):
        assert kinds(art, t), t
    assert chrome.statement_kind("本文由会员上传,如有侵权请联系删除。") == "site_footer"
    assert chrome.is_widget_line("献花") and chrome.is_widget_line("举报 | 认领")


def test_library_note_that_a_member_saved_the_reprint_and_its_full_screen_button_go():
    page = ("某某图书馆 | 首页 | 阅览室\n\n某某市总工会启动工匠培育计划\n\n" + PARAS +
            "本文是馆友收藏的转载文章,如需转载请联系原作者获得授权。\n转藏 全屏 打印 分享 献花(3)\n")
    art = clean_page(page)
    assert art.body[-1].startswith("首批20名")
    for t in ("本文是馆友收藏", "全屏"):
        assert kinds(art, t), t


def test_member_sentences_in_the_text_stay():
    # a sentence about members, with no claim on the text's rights, is the article's own
    assert chrome.statement_kind("本文为会员们整理的学习笔记。") is None
    assert not chrome.is_widget_line("认领失物")


# --- a portal's comment box, its header taken off with the markup -------------------------------------------------

def test_comment_box_checkbox_and_note_go():
    page = ("某某工人网\n\n某某市总工会启动工匠培育计划\n\n" + PARAS + "分享到：微信 微博\n匿名发表\n"
            "网友评论仅供其表达个人意见，本站不对其内容负责。\n关于我们 | 联系我们\n")
    art = clean_page(page)
    assert art.body[-1].startswith("首批20名")
    assert kinds(art, "匿名发表") == ["comment_form"] and kinds(art, "网友评论仅供") == ["comment_form"]
    assert chrome.tail_kind("评论仅代表网友个人观点，与本站立场无关") == "comment_form"


def test_old_cms_comment_box_head_and_empty_list_go():
    # an old ASP CMS heads its box with how many comments it lists and its note in brackets, then says it is empty
    for line in ("网友评论：（只显示最新5条。评论内容只代表网友观点，与本站立场无关！）", "读者留言:(仅显示最新20条;留言只代表其观点)",
                 "暂无评论", "没有任何评论", "还没有留言，快来抢沙发"):
        assert chrome.tail_kind(fold(line)) == "comment_form", line
    for line in ("暂无评论的职工代表也表示支持。", "没有评论员的节目"):
        assert chrome.tail_kind(fold(line)) is None, line


def test_portal_gentie_box_head_and_button_go():
    # a portal writing 跟贴 for 跟帖: its box's count head and its button
    for line in ("跟贴0参与0跟贴", "某某跟贴12人参与 3条评论", "发表跟贴", "跟帖 23 参与 156"):
        assert chrome.tail_kind(fold(line)) == "comment_form", line
    for line in ("发表跟贴的网友大多支持这项措施。", "跟贴讨论持续了三天"):
        assert chrome.tail_kind(fold(line)) != "comment_form", line


def test_sentences_on_comments_stay():
    assert chrome.tail_kind("网友评论认为，工会的这项服务很实用，希望长期坚持。") is None
    assert chrome.tail_kind("匿名发表意见的职工也得到了回复。") is None

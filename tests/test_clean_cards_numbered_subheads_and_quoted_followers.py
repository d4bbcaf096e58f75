"""A WeChat copy's account card (name, self-description, "N篇原创内容", "公众号") goes; numbered subheads under a
photo placeholder (02 …) are text, not the photo's caption; a bare caption sentence followed by a short quoted
remark is a caption; a bulletin's headline wrapped over two lines is joined as the title. Look-alikes stay."""

from __future__ import annotations

from unionkit.clean import clean_text
from unionkit.clean.chrome import account_card_line
from unionkit.clean.lines import fold

HEAD = "某某县总工会开展暖心服务月活动\n原创 某某工会 某某工会 2024年10月22日 17:45 江苏\n"
P1 = ("为进一步做好新就业形态劳动者服务工作，10月以来，某某县总工会在全县开展暖心服务月活动，"
      "围绕入会、维权、关爱三个方面推出12项服务举措。")
P2 = ("服务月期间，县总工会联合多家平台企业在各乡镇设立入会服务点18个，通过扫码入会、现场登记等方式，"
      "已吸纳快递员、外卖配送员等新就业形态劳动者2160人加入工会。")
P3 = ("县总工会对全县36家驿站进行了提档升级，新增换电柜、微波炉、急救箱等设施，"
      "让户外劳动者歇脚有去处、饮水有保障、休息有温度。")
CARD = "某某工会\n某某县总工会官方订阅号，传递工会声音，服务广大职工。\n183篇原创内容\n公众号\n\n"


def test_account_card_lines():
    assert account_card_line(fold("183篇原创内容")) and account_card_line(fold("公众号"))
    assert account_card_line(fold("某某县总工会官方订阅号，传递工会声音，服务广大职工。"))
    # a sentence that counts articles, or names an account inside it, is text
    assert not account_card_line(fold("全年共刊发183篇原创内容，阅读量超过百万。"))
    assert not account_card_line(fold("公众号推送"))


def test_wechat_account_card_under_the_header_goes():
    art = clean_text(HEAD + CARD + P1 + "\n\n" + P2 + "\n")
    assert art.body == [P1, P2]
    assert {"183篇原创内容", "公众号", "某某工会"} <= {r.text for r in art.removed}


def test_numbered_subheads_under_a_photo_stay_text():
    page = (HEAD + "\n" + P1 + "\n\n01 集中入会，把小哥们凝聚起来\n\n" + P2 + "\n\n图片\n\n02 暖心驿站，让休息更有温度\n\n"
            + P3 + "\n")
    art = clean_text(page)
    assert art.body == [P1, "01 集中入会，把小哥们凝聚起来", P2, "02 暖心驿站，让休息更有温度", P3]
    assert art.captions == []
    # an unnumbered short line under the placeholder is still its caption
    art = clean_text(page.replace("02 暖心驿站，让休息更有温度", "驿站内景"))
    assert art.captions == ["驿站内景"]


Q = "“车间里热，工会每年夏天都惦记着我们，心里是暖的。”挡车工刘某某说。"
CAP = "区总工会工作人员为车间职工送上防暑用品。"


def test_caption_sentence_before_a_short_quoted_remark_is_a_caption():
    art = clean_text(HEAD + "\n" + P1 + "\n\n" + CAP + "\n\n" + Q + "\n\n" + P3 + "\n")
    assert art.captions == [CAP] and art.body == [P1, Q, P3]


def test_short_sentence_before_a_short_list_item_stays():
    # the next line is a short item of a list, no clause inside it: the sentence is the text's
    items = ["一是加强组织领导。", "二是强化宣传引导。"]
    art = clean_text(HEAD + "\n" + P1 + "\n\n主要做法有以下几个方面。\n\n" + "\n\n".join(items) + "\n\n" + P3 + "\n")
    assert "主要做法有以下几个方面。" in art.body and art.captions == []

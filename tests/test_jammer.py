"""Jammer detection: generated jammers are removed, legit Latin text is kept."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from conftest import ROAD_CREW_BODY as BODY  # noqa: E402
from damage import LEGIT_LATIN, jammer_cases, legit_lines  # noqa: E402

from unionkit.clean import clean_text  # noqa: E402
from unionkit.clean.jammer import shapes  # noqa: E402
from unionkit.clean.jammer import (  # noqa: E402
    inline_jammer_spans, is_jammer_line, jammer_spans, strip_jammers, token_class)

# Lines of a forum page that hides random ASCII after paragraphs and on lines of their own
# (copied from examples/002_*.txt, paragraphs shortened).
SEED_LINES = [
    ("“1+N”思想矩阵:引领职工听党话跟党走 e &3#2_ \xa0", "“1+N”思想矩阵:引领职工听党话跟党走"),
    ("V2Y$yV8g1 \xa0", ""),
    ("了解红桥先进人物的感人事迹和奋斗历程。 Jz$ >k$!UD \xa0", "了解红桥先进人物的感人事迹和奋斗历程。"),
    (";0j*>fb\\q7 \xa0", ""),
    ("有社区、街道、企业、外卖“小哥”及党外人士1000余人前来观展。 k/#>S*Ne \xa0", "有社区、街道、企业、外卖“小哥”及党外人士1000余人前来观展。"),
    ("u(hC^T1 \xa0", ""),
    ("推动新时代职工思想引领工作走深走实。” 263*: Y \xa0", "推动新时代职工思想引领工作走深走实。”"),
    ("0QoLS|voA/ \xa0", ""),
    ("立足提升技能:引领职工建功立业 5Y-2 # \xa0", "立足提升技能:引领职工建功立业"),
    ("PU+1=%'V \xa0", ""),
    ("覆盖率达97.2%,参与20936人次,参与率达94%。 %F5 =n\" \xa0", "覆盖率达97.2%,参与20936人次,参与率达94%。"),
    (":[?!\\m%0 \xa0", ""),
    ("提升了环卫职工专业技能水平。 %fpsc _ \xa0", "提升了环卫职工专业技能水平。"),
    ("=pp:j`B9( \xa0", ""),
    ("让红桥区百姓充分体会到教育事业发展变化带来的获得感、幸福感。 Dh`=ydI5 \xa0", "让红桥区百姓充分体会到教育事业发展变化带来的获得感、幸福感。"),
    ("kCp)!hVQ \xa0", ""),
    ("使每名职工都能在不同战线上发挥光与热。 F5IZ\"Itu( \xa0", "使每名职工都能在不同战线上发挥光与热。"),
    ("W)-hU~^OM \xa0", ""),
    ("培养选树典型:引领职工聚智创新 XGIpUz \xa0", "培养选树典型:引领职工聚智创新"),
    ("wLMvC{5 \xa0", ""),
    ("这也是红桥区总工会开展“我爱红桥”职工主题实践活动的亮点之一。 $4Y&j}R \xa0", "这也是红桥区总工会开展“我爱红桥”职工主题实践活动的亮点之一。"),
    ("Ab g$W/(| \xa0", ""),
]

# Lines of the seed pages with Latin text that is not jammer.
SEED_KEEP = [
    "UID: 2170",
    "dongzi离线",
    "楼主 发表于: 2022-07-25  ",
    "按\"Ctrl+Enter\"直接提交",
    "[休闲] 时间:2024-04-18 06:04:03 来源:蓝影头条 作者:休闲 点击:31次",
    "廣元工會網(wǎng) http://www.probablyskongtaking.com/   發(fā)布時間:2024-03-22",
    "備案號:蜀ICP備2021007964號-1",
    "地址:東壩翠屏街42號 郵編:628017 舉報電話:0839-3262473",
    "Copyright © 2008-2023 by www.workercn.cn. all rights reserved",
    "关于我们 |版权声明 | 违法和不良信息举报电话:010-84151598 | 网络敲诈和有偿删帖举报电话:010-84151598",
    "网友评论仅供其表达个人看法,并不表明本站同意其观点或证实其描述 !",
    "推行“1+8+X”服务模式,做实职工驿站品牌",
    "2021-04-30 12:43",
    "在线时间: 8570(时)",
]


@pytest.mark.parametrize("line,clean", SEED_LINES)
def test_seed_jammers_removed(line, clean):
    out, removed = strip_jammers(line)
    assert out == clean
    assert removed and all(removed)
    assert is_jammer_line(line) == (clean == "")


@pytest.mark.parametrize("line", SEED_KEEP)
def test_seed_latin_kept(line):
    assert jammer_spans(line) == []
    assert not is_jammer_line(line)


def _jammer_chars(case):
    start = case.line.index(case.jammer, len(case.clean))
    return [i for i in range(start, start + len(case.jammer)) if not case.line[i].isspace()]


def test_generated_jammers_removed():
    cases = jammer_cases(600, seed=20240418)
    total = removed = 0
    for c in cases:
        spans = jammer_spans(c.line)
        idx = _jammer_chars(c)
        total += len(idx)
        removed += sum(1 for i in idx if any(s <= i < e for s, e in spans))
        # The sentence before a trailing jammer is never cut.
        for s, _ in spans:
            assert s >= len(c.clean), c.line
        if c.kind == "trailing" and spans:
            assert c.line[: spans[0][0]].rstrip() == c.clean.rstrip()
    assert total > 3000
    assert removed / total >= 0.99, removed / total


def test_generated_jammers_many_seeds():
    # Over 20 seeds (6,000 lines) the share stays at 99%; single seeds range 98.5-99.7%.
    total = removed = 0
    for seed in range(1, 21):
        for c in jammer_cases(300, seed=seed):
            idx = _jammer_chars(c)
            spans = jammer_spans(c.line)
            total += len(idx)
            removed += sum(1 for i in idx if any(s <= i < e for s, e in spans))
    assert removed / total >= 0.99, removed / total


def test_own_line_jammers_are_jammer_lines():
    cases = [c for c in jammer_cases(600, seed=3) if c.kind == "own_line"]
    hit = sum(is_jammer_line(c.line) for c in cases)
    assert hit / len(cases) >= 0.96


def test_legit_list_is_long():
    assert len(LEGIT_LATIN) >= 40


@pytest.mark.parametrize("line,legit", legit_lines())
def test_legit_latin_untouched(line, legit):
    assert jammer_spans(line) == [], (line, legit)
    assert not is_jammer_line(line)


@pytest.mark.parametrize("tok", ["&3#2_", "%F5", "XGIpUz", "yV8g1", "V2Y$yV8g1", "wLMvC{5", "BrdYly", "1UqC", "9j95a",
                                 "QYU:FA", "xk:Tq", "5k3", "7f7", "8B2"])
def test_junk_tokens(tok):
    assert token_class(tok) == -1


@pytest.mark.parametrize("tok", ["iPhone", "McDonald's", "LinkedIn", "APPs", "H1N1", "A320neo", "Win10", "Ctrl+Enter",
                                 "1+8+X", "3.5%", "C++", "C#", "kWh", "PhD", "e.g.", "(COP15)", "3x4", "1280x800", "3v3"])
def test_legit_tokens(tok):
    assert token_class(tok) == 1


def test_a_junk_head_glued_after_a_full_stop_goes_with_its_tail():
    # a random string holding a space, glued to the sentence's end mark: both halves are the jammer
    line = "会议号召全体职工积极参与。]k q$7"
    assert jammer_spans(line) == [(line.index("]"), len(line))]
    # a footnote mark glued there is the text's; only the junk after the space goes
    line = "会议号召全体职工积极参与。[1] q$7Zx"
    assert jammer_spans(line) == [(line.index(" "), len(line))]


@pytest.mark.parametrize("tok", ["lastBuildDate:", "userName", "pubDate:Mon,", "author:Lee"])
def test_field_names_and_labelled_values_are_legit(tok):
    # (a feed dumped as text labels its rows with the elements' camel-case names: pubDate:Mon, 22 Jul 2024 …)
    assert token_class(tok) == 1


def test_feed_date_row_is_no_jammer():
    assert jammer_spans("pubDate:Mon, 22 Jul 2024 09:48:00 +0800") == []


def test_no_ascii_no_work():
    assert jammer_spans("全市工会紧紧围绕中心工作。") == []
    assert jammer_spans("") == []
    assert jammer_spans("   ") == []
    assert not is_jammer_line("")


# Random strings glued into the text, with no space before them (between sentences, after a heading,
# at the end of a question): the shapes spam pages use besides the trailing ones above.
INLINE = [
    ("抓手。YdPVC2323今年", "抓手。今年"),
    ("请问工会能帮忙吗？DL0bc2", "请问工会能帮忙吗？"),
    ("完成86项。XB2xprDx&#c其中", "完成86项。其中"),
    ("一、建好一个阵地&nZ4v_)Us!+", "一、建好一个阵地"),
    # padded between Chinese text and Han: the padding goes with the string (Chinese sets no space there)
    ("职工的问题 WKX0NpfxmL9 都得到解决", "职工的问题都得到解决"),
    ("开展送温暖、]Qp$w8~ 送清凉活动", "开展送温暖、送清凉活动"),
    ("在产业园区Hv*9kQ 建成驿站", "在产业园区建成驿站"),
    ("舉辦講座。1mGLu~x~s同時", "舉辦講座。同時"),
]


@pytest.mark.parametrize("line,clean", INLINE)
def test_inline_jammers_removed(line, clean):
    spans = inline_jammer_spans(line)
    out, pos = [], 0
    for a, b in spans:
        out.append(line[pos:a])
        pos = b
    assert "".join(out) + line[pos:] == clean


@pytest.mark.parametrize("line,legit", legit_lines())
def test_legit_latin_untouched_inline(line, legit):
    assert inline_jammer_spans(line) == [], (line, legit)


@pytest.mark.parametrize("word", ["iPhone15ProMax", "GB50016-2014", "COVID-19", "ChatGPT", "HarmonyOS", "x86_64",
                                  "mRNA-1273", "PM2.5/PM10", "(010)12345678", "李四_NBJ11823", "14:22|", "[211]",
                                  "\"title\":", "B2B2C", "SARS-CoV-2"])
def test_inline_keeps_product_names_and_codes(word):
    assert inline_jammer_spans(f"职工使用{word}进行登记") == []


def test_inline_padding_after_latin_stays():
    # after Latin text the space is the text's own: only the string and the space before it go
    line = "职工下载APP Hv*9kQ 进行登记"
    (a, b), = inline_jammer_spans(line)
    assert line[:a] + line[b:] == "职工下载APP 进行登记"


# --------------------------------------------------------------------------- page-level shapes

from unionkit.clean.jammer import jammed_page_spans  # noqa: E402


def _page(lines):
    """What span_stages hands to jammed_page_spans: the texts after the per-line rules, and their hits."""
    texts, jammed, whole = [], [], []
    for line in lines:
        spans = jammer_spans(line)
        if spans and spans[0] == (0, len(line)):
            texts.append("")
            jammed.append(True)
            whole.append(True)
            continue
        text = line[:spans[0][0]] if spans else line
        inline = inline_jammer_spans(text)
        for a, b in reversed(inline):
            text = text[:a] + text[b:]
        texts.append(text)
        jammed.append(bool(spans or inline))
        whole.append(False)
    return texts, jammed, whole


def _cut_page(lines):
    texts, jammed, whole = _page(lines)
    out = []
    for t, spans in zip(texts, jammed_page_spans(texts, jammed, whole)):
        for a, b in reversed(spans):
            t = t[:a] + t[b:]
        out.append(t)
    return out


JAMMED = [
    "首批服务站在渔港挂牌。 cyrgSQcs5Z \xa0",
    "qSCk$ >$ \xa0",
    "职工们纷纷点赞。 SFHgayubz \xa0",
    "+v lIfM5@= \xa0",
    "将提供复查和健康指导。 MV Vo \xa0",
    "CJ-PPGEg;$ \xa0",
]


def test_letters_only_tails_on_a_jammed_page():
    out = _cut_page(JAMMED)
    assert out[2] == "职工们纷纷点赞。" and out[4] == "将提供复查和健康指导。"
    # the same lines on a page without jammers: letters after a sentence are legit text (names, brands)
    assert _cut_page(["职工们纷纷点赞。 SFHgayubz", "将提供复查和健康指导。 MV Vo"]) == [
        "职工们纷纷点赞。 SFHgayubz", "将提供复查和健康指导。 MV Vo"]
    # on a jammed page, legit Latin that is not in the jammer's place stays: no jammer line after it,
    # no sentence end before it, or more than letters
    lines = JAMMED[:4] + ["欢迎下载工会APP。 WeChat", "活动由王明主持。", "他的英文名是 Zhang Wei",
                          "请拨打热线。 Tel 12351", "一起加油。 Hello World!"]
    assert _cut_page(lines)[4:] == ["欢迎下载工会APP。 WeChat", "活动由王明主持。", "他的英文名是 Zhang Wei",
                                    "请拨打热线。 Tel 12351", "一起加油。 Hello World!"]


def test_junk_between_sentences_on_a_jammed_page():
    lines = JAMMED[:2] + ["提供法律咨询等服务。He<v.船员出海期间可以联系工会。", "空气质量良好。PM2.5浓度下降。",
                          "新品发布。iPhone15上市。", "会议结束。Q&A环节开始。"]
    assert _cut_page(lines)[2:] == ["提供法律咨询等服务。船员出海期间可以联系工会。", "空气质量良好。PM2.5浓度下降。",
                                    "新品发布。iPhone15上市。", "会议结束。Q&A环节开始。"]
    # without jammers elsewhere on the page the short run stays (too short for the per-line rule)
    assert _cut_page(["提供法律咨询等服务。He<v.船员出海期间可以联系工会。"]) == ["提供法律咨询等服务。He<v.船员出海期间可以联系工会。"]


def test_spaced_junk_between_sentences_on_a_jammed_page():
    # a jammer set between two sentences with a space after it or inside it: one token or a few, a figure glued to
    # the next sentence's Han staying with it
    lines = JAMMED[:2] + ["首批招收学员300名。7`Q`e 培训班下周开班。", "全程免收学费。hQK Pzmb> 午餐自理。",
                          "他笑着说。m!| 今年还要再来。", "分为三个项目。31[KT? 在决赛环节,选手同台竞技。",
                          "举办了交流会。e]4wpr =k2M 8名老师傅分享经验。"]
    assert _cut_page(lines)[2:] == ["首批招收学员300名。培训班下周开班。", "全程免收学费。午餐自理。", "他笑着说。今年还要再来。",
                                    "分为三个项目。在决赛环节,选手同台竞技。", "举办了交流会。8名老师傅分享经验。"]
    # Latin text there stays: codes, names, products, counts, addresses
    keep = ["大会闭幕。COP15 第二阶段会议将在昆明举行。", "新品发布。iPhone 15 今天上市。", "他说。Hello World! 大家都笑了。",
            "服务模式升级。1+8+X 模式覆盖全区。", "请按要求操作。Ctrl+Enter 可直接提交。", "详情请访问。 www.example.cn 有报名表。",
            "请拨打热线。Tel 12351 可以咨询。", "欢迎投稿。 tougao@example.cn 为投稿邮箱。", "会议结束。Q&A 环节开始。"]
    assert _cut_page(JAMMED[:2] + keep)[2:] == keep
    # on a page without jammers the run is not looked at
    assert _cut_page(["全程免收学费。hQK Pzmb> 午餐自理。"]) == ["全程免收学费。hQK Pzmb> 午餐自理。"]


@pytest.mark.parametrize("line,legit", legit_lines())
def test_legit_latin_untouched_between_sentences_on_a_jammed_page(line, legit):
    # legit Latin glued in a sentence or after it (no jammer line below) stays on a jammed page
    texts, jammed, whole = _page(JAMMED[:2] + [line, "活动由王明主持。"])
    assert jammed_page_spans(texts, jammed, whole)[2] == [], (line, legit)


def test_short_glued_draws_on_a_jammed_page():
    # a draw of three characters opening with @ or holding % after letters, and a draw with a space inside it, glued
    # between Han characters: jammers on a jammed page
    lines = JAMMED[:2] + ["队员们骑着车、带着@kx药箱来到牧点。", "全镇现cv%建成驿站12个。", "推动服务向^&q+ 7R基层延伸。"]
    assert _cut_page(lines)[2:] == ["队员们骑着车、带着药箱来到牧点。", "全镇现建成驿站12个。", "推动服务向基层延伸。"]
    # real text of those kinds stays: a handle of four or more, a percentage, Latin words with a space, a counter
    keep = ["欢迎关注@gonghui官方账号。", "增长了25%左右。", "支持Wi-Fi 6E网络。", "使用C++ 11编写。",
            "项目经理Michael Zhang(张明远)介绍。", "查看: 3562|回复: 3"]
    assert _cut_page(JAMMED[:2] + keep)[2:] == keep
    # on a page without jammers they are not looked at
    assert _cut_page(["队员们骑着车、带着@kx药箱来到牧点。"]) == ["队员们骑着车、带着@kx药箱来到牧点。"]


def test_unopened_closing_bracket_is_part_of_the_jammer():
    assert inline_jammer_spans("免费健康体检。)3$}a7]F这是第五场") == [(7, 15)]
    line = "详见附件(一)3$}a7]F这是第五场"
    a, b = inline_jammer_spans(line)[0]
    assert line[a:b] == "3$}a7]F"  # the bracket closes (一


def test_tails_of_letters_with_a_hyphen_space_or_digit_on_a_jammed_page():
    # random tails drawn mostly from letters, with an inner hyphen or space, a digit or a final comma
    lines = ["首批服务站在渔港挂牌。 cyrgSQcs5Z \xa0", "qSCk$ >$ \xa0", "共服务职工2.6万人次。 Y-M osek \xa0",
             "+v lIfM5@= \xa0", "公司没有任何补偿。 hnzo y, \xa0", "CJ-PPGEg;$ \xa0"]
    out = _cut_page(lines)
    assert out[2] == "共服务职工2.6万人次。" and out[4] == "公司没有任何补偿。"
    # the same tails on a page without jammers stay
    assert _cut_page(["共服务职工2.6万人次。 Y-M osek", "公司没有任何补偿。 hnzo y,"]) == [
        "共服务职工2.6万人次。 Y-M osek", "公司没有任何补偿。 hnzo y,"]


def test_random_lowercase_line_after_a_jammed_paragraph():
    # pages that put a jammer after a paragraph and another on the next line draw some from letters only
    lines = JAMMED[:2] + ["我是外地来的,想问问大家该怎么办? nsid3i`)8~", "xzomq", "更新:工会正在协调。"]
    texts, jammed, whole = _page(lines)
    assert jammed_page_spans(texts, jammed, whole)[3] == [(0, 5)]
    # words, forum slang and names on that line stay
    for word in ("admin", "hhhhh", "HTMLParser", "hello"):
        texts, jammed, whole = _page(lines[:3] + [word] + lines[4:])
        assert jammed_page_spans(texts, jammed, whole)[3] == [], word


def test_short_digit_letter_tail_on_a_padded_line_of_a_jammed_page():
    # generators pad their tails with two spaces; a 4-character digits-and-lowercase one (146y) is too short
    # for the per-line rules, the page and the padding tell it
    lines = ["工会为职工办实事。 cyrgSQcs5Z", "qSCk$ >$", "大家都说好。 146y", "共服务职工2.6万人次。 wq8D@!e"]
    texts, jammed, whole = _page(lines)
    assert jammed_page_spans(texts, jammed, whole, [False, False, True, False])[2] == [(6, 11)]
    # unpadded, or a model number in capitals, or on a page without jammers: kept
    assert jammed_page_spans(texts, jammed, whole, [False, False, False, False])[2] == []
    assert jammed_page_spans(texts, jammed, whole)[2] == []
    texts2 = texts[:2] + ["大家都说好。 A320"] + texts[3:]
    assert jammed_page_spans(texts2, jammed, whole, [False, False, True, False])[2] == []
    plain = ["工会为职工办实事。", "大家都说好。 146y"]
    assert jammed_page_spans(plain, [False, False], [False, False], [False, True]) == [[], []]


# --------------------------------------------------------------------------- batch 32: slash tails, letter-word lines, credits

#: A page that puts a jammer tail after each paragraph and a jammer line under it (the pair layout).
PAIRED = [
    "首批服务站在渔港挂牌。 cyrgSQcs5Z",
    "qSCk$ >$",
    "职工们纷纷点赞。 +v lIfM5@=",
    "CJ-PPGEg;$",
    "将提供复查和健康指导。 wq8D@!e",
]


def test_letters_tail_with_a_slash_on_a_jammed_page():
    lines = PAIRED[:4] + ["提醒劳动者注意保存证据。 k/jkqge", "?26bu;<X+bp", "活动由王明主持。"]
    assert _cut_page(lines)[4] == "提醒劳动者注意保存证据。"
    # legit slashed Latin stays where no jammer line follows it, and anywhere on a page without jammers
    for tail in ("TCP/IP", "km/h", "and/or"):
        kept = PAIRED[:4] + [f"系统支持新协议。 {tail}", "活动由王明主持。"]
        assert _cut_page(kept)[4] == f"系统支持新协议。 {tail}", tail
    assert _cut_page(["提醒劳动者注意保存证据。 k/jkqge", "活动由王明主持。"])[0] == "提醒劳动者注意保存证据。 k/jkqge"


def test_random_letter_words_line_in_a_pair_layout():
    # the own-line half of a pair drawn from letters and a space: no token is junk by shape
    lines = PAIRED + ["B Gaxgd", "京口区总工会主席介绍了计划。 UfP FU", "7~@fP"]
    texts, jammed, whole = _page(lines)
    assert jammed_page_spans(texts, jammed, whole)[5] == [(0, 7)]
    # names, words and codes on that line stay
    for words in ("Li Ming", "Tom Lee", "THE END", "Hello World", "APP", "COP15", "Xi Jinping", "Ms Smith"):
        texts, jammed, whole = _page(PAIRED + [words] + lines[6:])
        assert jammed_page_spans(texts, jammed, whole)[5] == [], words
    # the same line where the page puts no jammer lines under its tails: the layout does not tell it
    unpaired = ["首批服务站在渔港挂牌。 cyrgSQcs5Z", "职工们纷纷点赞。 +v lIfM5@=", "将提供健康指导。 wq8D@!e",
                "B Gaxgd", "活动由王明主持。 UfP FU"]
    texts, jammed, whole = _page(unpaired)
    assert jammed_page_spans(texts, jammed, whole)[3] == []


@pytest.mark.parametrize("credit", ["(责任编辑:王刚)", "（责任编辑：王刚）", "【来源：工人日报】"])
def test_letters_tail_after_a_bracketed_credit_on_a_jammed_page(credit):
    lines = PAIRED + [f"{credit} mksw", "版权所有"]
    texts, jammed, whole = _page(lines)
    spans = jammed_page_spans(texts, jammed, whole)[5]
    assert [texts[5][a:b].strip() for a, b in spans] == ["mksw"]


@pytest.mark.parametrize("line", [
    "(责任编辑:王刚) Wang Gang",  # an English name after the credit: more than one letter run
    "(图为职工参赛) APP",  # an acronym
    "(记者 张三) COP15",  # a code
    "他说(大意如此) mksw",  # the line is no bracketed group alone
])
def test_latin_after_brackets_that_stays_on_a_jammed_page(line):
    texts, jammed, whole = _page(PAIRED + [line, "版权所有"])
    assert jammed_page_spans(texts, jammed, whole)[5] == [], line


def test_letters_tail_after_a_credit_on_a_clean_page_stays():
    assert jammed_page_spans(["第一段。", "(责任编辑:王刚) mksw"], [False, False], [False, False]) == [[], []]


from unionkit.clean.jammer import inline_jammer_spans  # noqa: E402


@pytest.mark.parametrize("line, kept", [
    ("专场招聘会 zCx9k6 ，为返乡农民工搭建求职平台。", "专场招聘会，为返乡农民工搭建求职平台。"),
    ("服务台 Qw3#kd9 。发放指南1200余份", "服务台。发放指南1200余份"),
    # Han on both sides: the padding on both sides was the string's, as Chinese sets no space between Han
    ("专场招聘会 zCx9k6 为返乡农民工搭建平台", "专场招聘会为返乡农民工搭建平台"),
])
def test_an_inline_jammers_padding_before_a_wide_mark_goes(line, kept):
    out, pos = [], 0
    for a, b in inline_jammer_spans(line):
        out.append(line[pos:a])
        pos = b
    assert "".join(out) + line[pos:] == kept


# --------------------------------------------------------------------------- batch 34: all-capitals jammers

from unionkit.clean.jammer.shapes import _random_caps  # noqa: E402


@pytest.mark.parametrize("tok", ["T+WLBQWC", "WLBQWC", "QZKTRW", "XK-PRTMW", "BZNQX7K"])
def test_random_capitals_shape(tok):
    assert _random_caps(tok), tok


@pytest.mark.parametrize("tok", ["APP", "COP15", "CCTV", "WTO", "HR", "5G", "GDP", "ICU", "1+8+X", "A+B", "PM2.5",
                                 "NBA", "RTX4090", "CPPCC", "HTTPS", "ACFTU", "UNESCO", "NASDAQ", "COVID-19",
                                 "GB50016-2014", "ASEAN", "WCDMA", "Wlbqwc", "T+Wlbqwc"])
def test_real_capitals_are_not_random(tok):
    assert not _random_caps(tok), tok


def test_capitals_tail_in_a_pair_layout():
    # a jammer tail drawn from capitals and a plus sign after a quoted sentence, a jammer line under it
    lines = PAIRED[:4] + ["“手机没电也不用发愁了。” T+WLBQWC", "qp4Sqh", "活动由王明主持。"]
    assert _cut_page(lines)[4] == "“手机没电也不用发愁了。”"
    # real capitals there stay on the same page
    for tail in ("APP", "COP15", "CCTV", "APEC", "1+8+X", "A+B", "PM2.5", "NBA", "RTX4090", "5G", "GDP", "ICU"):
        kept = PAIRED[:4] + [f"“欢迎下载使用。” {tail}", "qp4Sqh", "活动由王明主持。"]
        assert _cut_page(kept)[4] == f"“欢迎下载使用。” {tail}", tail
    # and the random capitals stay on a page without other jammers (per-line rules read them as an acronym)
    assert _cut_page(["“手机没电也不用发愁了。” T+WLBQWC", "活动由王明主持。"])[0] == "“手机没电也不用发愁了。” T+WLBQWC"


def test_capitals_line_and_padded_capitals_on_a_jammed_page():
    lines = PAIRED + ["QZKTRW", "京口区总工会主席介绍了计划， BZNQXK 深圳也有。", "7~@fP"]
    texts, jammed, whole = _page(lines)
    spans = jammed_page_spans(texts, jammed, whole)
    assert spans[5] == [(0, 6)]
    assert [texts[6][a:b].strip() for a, b in spans[6]] == ["BZNQXK"]
    for words in ("CCTV", "GDP", "UNESCO", "COP15"):
        texts, jammed, whole = _page(PAIRED + [words, f"京口区总工会主席介绍了计划， {words} 深圳也有。", "7~@fP"])
        spans = jammed_page_spans(texts, jammed, whole)
        assert spans[5] == [] and spans[6] == [], words


# --------------------------------------------------------------------------- batch 35: short wedged jammers, numbers

def _inline_cut(line):
    for a, b in reversed(inline_jammer_spans(line)):
        line = line[:a] + line[b:]
    return line


def test_five_character_jammers_wedged_into_han_on_a_jammed_page():
    lines = PAIRED[:4] + ["会上，职工代表f5hUK协商。", "东兴市总工会副主席黎美芬、yjB7C裴德胜参加。", "开展技能Mi6N4培训。",
                         "高云峰介绍，Wux8T区总工会开展活动。"]
    out = _cut_page(lines)
    assert out[4:] == ["会上，职工代表协商。", "东兴市总工会副主席黎美芬、裴德胜参加。", "开展技能培训。",
                      "高云峰介绍，区总工会开展活动。"]
    # model numbers, codes and words of five characters stay on the same page
    for word in ("Win10", "iOS17", "COP28", "A320n", "APPle", "RTX40", "12345", "Hello", "ABCDE"):
        kept = PAIRED[:4] + [f"会上，职工代表{word}协商。"]
        assert _cut_page(kept)[4] == f"会上，职工代表{word}协商。", word
    # and the random five stay on a page without other jammers (too short to judge alone)
    assert _cut_page(["会上，职工代表f5hUK协商。", "活动由王明主持。"])[0] == "会上，职工代表f5hUK协商。"


def test_a_jammer_between_a_number_and_its_unit_keeps_the_number():
    assert _inline_cut("现场达成就业意向623mqNHYd6Q人。") == "现场达成就业意向623人。"
    assert _inline_cut("企业带来了180mV2Rudq个技术工人岗位。") == "企业带来了180个技术工人岗位。"
    assert _inline_cut("3ETtNk2月26日，招聘会举办。") == "2月26日，招聘会举办。"
    # digits of a random string before other text go with it
    assert _inline_cut("9iLZYerk4萝北县总工会主席介绍。") == "萝北县总工会主席介绍。"
    assert _inline_cut("工作YdPVC2323今年继续。") == "工作今年继续。"


def test_case_mixed_letters_glued_between_a_number_and_its_unit_on_a_jammed_page():
    lines = PAIRED[:4] + ["每人提供8008SeztxfDt元培训补贴。"]
    assert _cut_page(lines)[4] == "每人提供8008元培训补贴。"
    for word in ("800iPhone台", "800GB", "800Pro台", "800kWh元", "800km个"):
        kept = PAIRED[:4] + [f"每人提供{word}培训补贴。"]
        assert _cut_page(kept)[4] == f"每人提供{word}培训补贴。", word


# --- batch 37: jammers that open with a bracket or a mark, digit-only jammer lines, a word glued to a jammer ------

def test_glued_bracket_jammers_on_a_jammed_page():
    lines = JAMMED[:2] + ["竞赛设工业机器人[6:~x)系统运维员。", "工会主席]+xJ东方明亮介绍。", "将qf+]p按程序申报。",
                          "观看量达)G78P_]A3.1万人次。", "滨海新区]gM7]S总工会派员观摩。"]
    assert _cut_page(lines)[2:] == ["竞赛设工业机器人系统运维员。", "工会主席东方明亮介绍。", "将按程序申报。",
                                    "观看量达3.1万人次。", "滨海新区总工会派员观摩。"]
    # the same runs on a page without jammers are not looked at
    assert _cut_page(["工会主席]+xJ东方明亮介绍。"]) == ["工会主席]+xJ东方明亮介绍。"]


def test_a_glued_run_with_junk_beside_an_ampersand_goes_on_a_jammed_page():
    # a random string glued after the last sentence's end, its only mark an &, the paragraph holding a real APP
    lines = JAMMED[:2] + ["并开通APP线上申请通道。工会已着手筹建工作室。T5q&y1Ue", "会议结束。b3@Hv8Jn"]
    assert _cut_page(lines)[2:] == ["并开通APP线上申请通道。工会已着手筹建工作室。", "会议结束。"]


def test_words_joined_by_an_ampersand_stay_on_a_jammed_page():
    legit = ["观看Tom&Jerry动画。", "R&D投入增长。", "AT&T代表来访。", "S&P500指数上涨。", "举办Rock&Roll音乐节。"]
    assert _cut_page(JAMMED[:2] + legit)[2:] == legit
    # … and the jammer's shape on a page without jammers is not looked at
    assert _cut_page(["工会已着手筹建工作室。T5q&y1Ue"]) == ["工会已着手筹建工作室。T5q&y1Ue"]


def test_glued_legit_tokens_stay_on_a_jammed_page():
    legit = ["举办5G+智能制造竞赛。", "推行“1+8+X”模式。", "学习C++语言。", "R&D投入增长。", "实施“产业工\"X7kP\"人队伍”。",
             "(市总工会供图)COP15大会。", "账号gh_1234abcd关注。", "PM2.5浓度下降。"]
    assert _cut_page(JAMMED[:2] + legit)[2:] == legit


def test_digit_jammer_lines_between_paragraphs():
    para = "甘孜州劳动模范、藏医药炮制技师带领6名徒弟完成传统炮制工艺的整理和传承工作。"
    head = "三、以奖代补,激发创新活力"
    assert _cut_page(JAMMED[:2] + [para, "67513140", head, para, "908 34 0"])[2:] == [para, "", head, para, ""]
    # numbers that are real on their own line stay: a year, a phone number, a table's cells, a page without jammers
    assert _cut_page(JAMMED[:2] + [para, "2024", para, "13812345678", para])[2:] == [para, "2024", para, "13812345678", para]
    assert _cut_page(JAMMED[:2] + ["单位", "人数", "67513", "合计"])[2:] == ["单位", "人数", "67513", "合计"]
    assert _cut_page([para, "67513140", para]) == [para, "67513140", para]


def test_real_word_before_an_inline_jammer_stays():
    t = "可通过“津工惠”APPFnkc$Udk领取培训补贴"
    assert inline_jammer_spans(t) == [(t.index("Fnkc"), t.index("领"))]
    t = "领取xQPFnkc$Udk补贴"  # no word at its start: the whole run goes
    assert inline_jammer_spans(t) == [(2, t.index("补"))]


# --- a short jammer pair half with a symbol (a line of two short words, one with a symbol) ---------------

@pytest.mark.parametrize("line", ["#sm CA", "Qx# tK", "a$ BC"])
def test_symbol_words(line):
    assert shapes._symbol_words(line)


@pytest.mark.parametrize("line", ["#APEC Summit", "@Li Ming", "Q&A", "THE END", "Tom Lee", "MA1600/540",
                                  "a@b.cn Xy", "#sm ca", "#SM CA", "Martin Keller"])
def test_symbol_words_negatives(line):
    assert not shapes._symbol_words(line)


def test_symbol_words_line_on_pair_page():
    paras = ["来自外地的技术顾问担任评委，他对选手的操作规范给予了肯定。", "比赛还引入了生产管理系统实时记录各项数据。",
             "桂林市总工会副主席到场观摩，行业工会联合会要在技能提升上多下功夫。"]
    page = "某某市衣架行业工会联合会开展技能比武\n发布时间：2025-10-16 17:20　来源：某某融媒体中心\n"
    page += "".join(f"{p} e PY9=;H  \nU=dk;z U#E$  \n" for p in paras[:2])
    page += f"{paras[2]} *0>s AuE0Bs  \n#sm CA\n"
    assert clean_text(page).body == paras


def test_symbol_words_line_kept_without_jammers():
    page = ("某某市衣架行业工会联合会开展技能比武\n发布时间：2025-10-16 17:20\n" + BODY + "#sm CA\n")
    assert "#sm CA" in clean_text(page).body


# --------------------------------------------------------------------------- capital-code jammers (own line, line start)

from unionkit.clean.jammer import code_jammer_spans  # noqa: E402
from unionkit.clean.jammer.codes import _random_code  # noqa: E402

CODE_PARAS = ["5月中旬，某某县总工会联合县人社局对全县在建项目开展工资支付专项检查。",
              "检查组先后深入8个在建项目，查阅劳动合同、考勤表和工资发放台账。",
              "对发现的问题，检查组当场下发提示函，要求限期整改。",
              "县总工会负责人表示，将把法律监督与职工热线紧密结合。"]


@pytest.mark.parametrize("tok", ["QPEK7RTZ", "HXN3B9", "8TRWKPLMZQ", "VBNMQT5", "R5DXQ", "K48Q2P7W", "PLKZWHC"])
def test_random_capital_code_shape(tok):
    assert _random_code(tok), tok


@pytest.mark.parametrize("tok", ["ISO9001", "COP15", "RTX4090", "CCTV13", "GB50016", "HUAWEI", "WELCOME", "CHINA",
                                 "SINOPEC", "G20", "12351", "UNESCO", "ACFTU", "COVID19", "MATE60"])
def test_real_capital_codes_are_not_random(tok):
    assert not _random_code(tok), tok


def test_capital_code_jammers_on_own_lines_and_opening_paragraphs():
    jams = [("QPEK7RTZ", "HXN3B9"), ("8TRWKPLMZQ", "VBNMQT5"), ("R5DXQ", "K48Q2P7W"), ("PLKZWHC", "ZT4WQX")]
    page = "某某县总工会开展工资支付专项检查\n发布时间：2024-05-20 09:30\n\n"
    page += "".join(f"{line}\n{lead} {p}\n" for (line, lead), p in zip(jams, CODE_PARAS)) + "WQ7ZTRP\n"
    out = clean_text(page)
    assert out.body == CODE_PARAS
    assert {r.text for r in out.removed if r.kind == "jammer"} == {t for pair in jams for t in pair} | {"WQ7ZTRP"}


def test_capital_code_spans_need_page_evidence():
    # two random codes alone are too few to tell a jammer from a code
    texts = ["QPEK7RTZ", "HXN3B9 " + CODE_PARAS[0], CODE_PARAS[1]]
    assert code_jammer_spans(texts) == [[], [], []]
    # the same code repeated is a heading or a label, not drawn at random
    texts = [t for p in CODE_PARAS for t in ("QN90A", p)]
    assert code_jammer_spans(texts) == [[] for _ in texts]


def test_codes_and_words_opening_lines_stay():
    # model and standard codes, dates, hotlines, enumerations and English words at line starts, many on one page
    leads = ["ISO9001 质量管理体系认证通过。", "GB/T 28001 标准宣贯会召开。", "COP15 大会在昆明举行。",
             "2024-06-12 召开专题会议。", "12351 职工热线全天开通。", "CEO 王某出席。", "AI 赋能生产线。",
             "VR 体验区开放。", "LED 屏滚动播放。", "A. 第一项议程。", "(1) 加强宣传。", "HUAWEI 手机捐赠仪式举行。",
             "CCTV13 进行了报道。", "RTX4090 显卡参展。", "WELCOME", "CHINA DAILY", "5G 基站建设加快。",
             "APP 上线运行。", "G20 峰会召开。", "ETC 通道开通。"]
    assert code_jammer_spans(leads) == [[] for _ in leads]
    page = "某某县总工会开展技能竞赛\n发布时间：2024-05-20 09:30\n\n" + "\n".join(leads) + "\n"
    assert clean_text(page).body == leads


# --------------------------------------------------------------------------- code jammers of other alphabets

@pytest.mark.parametrize("tok", ["бΘ4жξЦ", "ПзΔ8оμ", "ЯфΣ2ьβ", "ΞюН9дρ", "γΛщ3Фк", "ΞюНдρ", "ДжΨщλ", "ԱբԳ4դԵ", "QPЖ7RT"])
def test_random_codes_of_other_alphabets(tok):
    # letters broken by a digit, or letters of two alphabets mixed in one token
    assert _random_code(tok), tok


@pytest.mark.parametrize("tok", ["Москва", "Газпром", "ГАЗПРОМ", "МиГ29", "Ту154", "ЗИЛ130", "СССР1991", "ΑΘΗΝΑ",
                                 "Αθήνα", "Ереван", "КамАЗ", "ΔΤ10", "Ω2024"])
def test_words_and_codes_of_other_alphabets_are_not_random(tok):
    assert not _random_code(tok), tok


OTHER_JAMS = ["бΘ4жξЦ", "ЯфΣ2ьβ", "ΞюН9дρ", "γΛщ3Фк", "ПзΔ8оμ", "ЩΩ1лвτ"]


def test_other_alphabet_jammers_on_own_lines_and_after_paragraphs():
    page = "某某县总工会开展工资支付专项检查\n发布时间：2024-05-20 09:30\n\n"
    page += (f"{CODE_PARAS[0]} {OTHER_JAMS[0]}\n{OTHER_JAMS[1]}\n{CODE_PARAS[1]} {OTHER_JAMS[2]}\n"
             f"{CODE_PARAS[2]}\u3000{OTHER_JAMS[3]}\n{OTHER_JAMS[4]}\n{CODE_PARAS[3]} {OTHER_JAMS[5]}\n")
    out = clean_text(page)
    assert out.body == CODE_PARAS
    assert {r.text for r in out.removed if r.kind == "jammer"} == set(OTHER_JAMS)


def test_other_alphabet_jammers_need_page_evidence():
    # three random tokens are too few to tell
    texts = [f"{p} {j}" for p, j in zip(CODE_PARAS, OTHER_JAMS[:3])] + [CODE_PARAS[3]]
    assert code_jammer_spans(texts) == [[] for _ in texts]
    # a tail that follows no sentence end is text: (…会见 Москва), a number (…签约 2024)
    texts = [p.rstrip("。") + " " + j for p, j in zip(CODE_PARAS, OTHER_JAMS)]
    assert code_jammer_spans(texts) == [[] for _ in texts]


def test_greek_and_russian_in_text_stay():
    # science pages write Greek letters, pages about Russia Russian names and words, at the edges of lines too
    lines = ["β-胡萝卜素是维生素A的前体。", "α粒子带正电。 α", "电阻为10Ω。", "颗粒直径小于2.5μm。", "温差ΔT达到5℃。 ΔT",
             "Москва 时间上午10时，双方举行会谈。", "中方与ООО «Газпром» 签署协议。", "会谈在莫斯科举行。 Москва",
             "合作方为俄罗斯天然气工业公司。 ГАЗПРОМ", "飞机型号为МиГ29。", "展出了ЗИЛ130 卡车。 ЗИЛ130",
             "ΑΘΗΝΑ 2004 奥运会。", "厂房面积1200㎡。", "公式为 a²+b²=c² 。", "日本語のテキスト。 カタカナ",
             "全角字母ＡＢＣ４ＤＥ。 ＡＢＣ４ＤＥ", "Ереван 市代表团来访。"]
    assert code_jammer_spans(lines) == [[] for _ in lines]
    page = "某某市总工会代表团访问俄罗斯\n发布时间：2024-05-20 09:30\n\n" + "\n".join(lines) + "\n"
    assert clean_text(page).body == lines


@pytest.mark.parametrize("line,gone", [
    ("(Ns7*bY 除了技能比武，区总工会还建立了实训室。", "(Ns7*bY"),  # nothing closes the bracket: the string's own
    ("[Ns7*bY 除了技能比武，区总工会还建立了实训室。", "[Ns7*bY"),
    ("说(Ns7*bY今年区总工会还建立了实训室。", "(Ns7*bY"),
    ("(Ns7*bY 除了技能比武)，区总工会还建立了实训室。", "Ns7*bY"),  # a bracket closed after it is the text's
    ("（注：(Ns7*bY 除了技能比武）区总工会还建立了实训室。", "Ns7*bY"),  # closed across widths
    ("【Ns7*bY 除了技能比武】区总工会还建立了实训室。", "Ns7*bY"),
])
def test_an_opening_bracket_nothing_closes_goes_with_the_inline_jammer(line, gone):
    assert [line[a:b].strip() for a, b in inline_jammer_spans(line)] == [gone]


# --------------------------------------------------------------------------- wide-set jammers (full-width, mixed scripts, symbols)

from unionkit.clean.jammer.codes import _fold, _random_wide, _token_kind  # noqa: E402


@pytest.mark.parametrize("tok", ["qW7k#x", "ZfR2m", "YuE8p0s", "hT5j", "βk4%Ωz_Q", "λ7#dΣq2", "ЖqЁ7ψλ", "Ђ7wЯ#λ",
                                 "ΣπЛ3фξ!d", "Ψ9жΔ$Юr"])
def test_random_wide_tokens(tok):
    # letters of two alphabets, or of one with a junk symbol or a digit inside (Latin: both cases, no word shape)
    assert _random_wide(tok), tok


@pytest.mark.parametrize("tok", ["w3school", "AT&T", "iPhone15", "Hello", "Москва", "МиГ29", "αβγδ", "ΑΘΗΝΑ",
                                 "html5", "Win10", "Q&A1", "ABCD", "Привет"])
def test_words_and_codes_are_not_random_wide(tok):
    assert not _random_wide(tok), tok


def test_full_width_forms_fold_to_ascii_one_for_one():
    assert _fold("ｑＷ７ｋ＃ｘ") == "qW7k#x"
    assert _fold("２０２４年ＡＰＰ") == "2024年APP"
    assert _fold("Москва") == "Москва"
    # science and code tokens with hyphens, slashes or plus signs are no wide-set token
    for tok in ("NF-κB", "TGF-β1", "Wi-Fi", "Na+/K+", "IFN-γ"):
        assert _token_kind(_fold(tok)) == 0, tok


WIDE_JAMS = ["ｑＷ７ｋ＃ｘ", "ＺｆＲ２ｍ", "βk4%Ωz_Q", "ＹｕＥ８ｐ０ｓ", "λ7#dΣq2"]


def test_full_width_and_symbol_jammers_at_line_starts_and_own_lines():
    page = "某某区总工会开展金秋助学\n发布时间：2024-08-28 17:30\n\n"
    page += (f"{WIDE_JAMS[0]} {CODE_PARAS[0]}\n{WIDE_JAMS[1]} {CODE_PARAS[1]}\n{WIDE_JAMS[2]}\n"
             f"{WIDE_JAMS[3]} {CODE_PARAS[2]}\nｈＴ５ｊ {CODE_PARAS[3]}\n{WIDE_JAMS[4]}\n")
    out = clean_text(page)
    assert out.body == CODE_PARAS
    assert {r.text for r in out.removed if r.kind == "jammer"} == set(WIDE_JAMS) | {"ｈＴ５ｊ"}
    # on the jammed page, full-width words and science tokens at line edges stay
    legit = ["ＡＰＰ 上线运行。", "ＣＥＯ 王某出席。", "２０２４年 工作要点。", "NF-κB 通路被激活。", "会谈在莫斯科举行。 Москва"]
    assert clean_text(page + "\n".join(legit) + "\n").body == CODE_PARAS + legit


MIXED_JAMS = ["Ђ7wЯ#λ", "ΣπЛ3фξ!d", "ыΩ2кЪ", "Ψ9жΔ$Юr"]


def test_mixed_script_jammers_and_a_headline_tail_on_a_jammed_page():
    # the strict places (after a sentence, own lines) give the evidence; then a random tail after a headline goes too
    page = "某某市总工会“司机之家”升级了！货车司机歇脚不花钱 ЖqЁ7ψλ\n发布时间：2024-09-23 18:07\n\n"
    page += (f"{CODE_PARAS[0]} {MIXED_JAMS[0]}\n{MIXED_JAMS[1]}\n{CODE_PARAS[1]}\n"
             f"{CODE_PARAS[2]} {MIXED_JAMS[2]}\n{CODE_PARAS[3]}\n{MIXED_JAMS[3]}\n")
    out = clean_text(page)
    assert out.title == "某某市总工会“司机之家”升级了！货车司机歇脚不花钱"
    assert out.body == CODE_PARAS
    assert {r.text for r in out.removed if r.kind == "jammer"} == set(MIXED_JAMS) | {"ЖqЁ7ψλ"}


def test_headline_tails_need_evidence_from_strict_places():
    # random tails after text that ends no sentence, alone, are not enough: the page shows no jammer in its places
    texts = [p.rstrip("。") + " " + j for p, j in zip(CODE_PARAS, MIXED_JAMS)]
    assert code_jammer_spans(texts) == [[] for _ in texts]


def test_full_width_letters_and_science_greek_in_text_stay():
    # full-width digits and letters in Chinese text, Greek in science, Russian words, at line edges too
    lines = ["２０２４年全市职工技能大赛开幕。", "ＡＰＰ 上线运行。", "ＣＥＯ 王某出席。", "Ｗｉ－Ｆｉ 覆盖全部车间。",
             "ＨＵＡＷＥＩ 手机捐赠仪式举行。", "ＩＳＯ９００１ 认证通过。", "NF-κB 通路被激活。", "TGF-β1 表达升高。",
             "反应的焓变为ΔH。 ΔH", "电阻为10Ω。 Ω", "会谈在莫斯科举行。 Москва", "Привет 是俄语的你好。",
             "学习网站 w3school 很实用。", "请访问 ｗｗｗ．ｅｘａｍｐｌｅ．ｃｏｍ", "AT&T 公司代表来访。"]
    assert code_jammer_spans(lines) == [[] for _ in lines]
    page = "某某市总工会举办科普讲座\n发布时间：2024-05-20 09:30\n\n" + "\n".join(lines) + "\n"
    assert clean_text(page).body == lines


def test_a_labelled_counter_is_no_jammer_on_a_jammed_page():
    # a portal's info row (Discuz: 查看: 1583| 评论: 2): the count after its label is page data, set off by spaces
    # like a padded jammer; a junk token in the same place is still taken
    row = "2024-7-9 08:46| 发布者: 溧阳小编| 查看: 1583| 评论: 2|来自: 常州日报"
    assert _cut_page(JAMMED[:2] + [row, "阅读 1583| 回复 22| 来自 常州"])[2:] == [row, "阅读 1583| 回复 22| 来自 常州"]
    assert _cut_page(JAMMED[:2] + ["发布者: 溧阳小编 x8#2| 评论"])[2] == "发布者: 溧阳小编评论"


def test_quiz_options_stay_before_a_jammer():
    # an ASCII-only options line of a quiz: the options are text, the random string after them alone goes
    line = "A.1.5%  B.3%  C.8%  D.12% q~d(k,e  "
    assert strip_jammers(line) == ("A.1.5%  B.3%  C.8%  D.12%", ["q~d(k,e"])
    assert not is_jammer_line(line)
    # labels out of order are no options: the run goes whole
    assert is_jammer_line("B.1% A.3% q~d(k,e")


def test_answer_bracket_closed_after_a_blank_stays_before_a_jammer():
    # the blank inside a quiz's answer bracket sets its ")" apart from the question
    assert strip_jammers("7.本市哪一年开通地铁?( ) 'k3w%]  ") == ("7.本市哪一年开通地铁?( )", ["'k3w%]"])
    # a closing bracket the text never opened goes with the jammer
    assert strip_jammers("本市开通地铁。 ) 'k3w%]") == ("本市开通地铁。", [") 'k3w%]"])


def test_a_random_digit_letter_digit_token_takes_its_tail():
    # a letter between numbers other than a times sign or a match-up's v (3x4, 3v3) is a random draw's
    line = "职工们纷纷表示受益匪浅。 KT 5k3"
    assert jammer_spans(line) == [(line.index(" "), len(line))]
    assert jammer_spans("场地规格为 3x4") == [] and jammer_spans("比赛采用 3v3") == []


def test_a_joiner_opening_a_tail_after_a_sentence_goes_with_it():
    # a colon (or = or &) set off after a finished sentence joins nothing of the text: the random string's head
    line = "开展技能比武活动； : QK7ZWBN"
    assert jammer_spans(line) == [(line.index(" "), len(line))]
    line = "活动取得圆满成功。 = AB12"
    assert jammer_spans(line) == [(line.index(" "), len(line))]
    # … while after a label or a word, with no sentence end before it, the colon is the line's own
    assert jammer_spans("联系电话 : 0839") == [] and jammer_spans("Tel : 0839") == []

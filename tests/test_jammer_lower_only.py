"""Jammers a page draws from lowercase letters alone (own lines between paragraphs, tails after sentences), all-digit
tails in a pair layout and junk glued after a closing quote: cut on the page's evidence; words, pinyin, handles,
URLs, model and phone numbers, and numbers ending sentences on undamaged pages stay."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from test_jammer import _cut_page  # noqa: E402

from unionkit.clean import clean_text, jammer  # noqa: E402
from unionkit.clean.jammer import lower  # noqa: E402

P1 = "5月29日，市供电公司工会举办职工创新成果发布会，来自基层班组的16项成果进行现场发布。"
P2 = "发布会上，变电检修中心劳模创新工作室发布的巡检机器人智能识别装置引起关注。"
P3 = "营销服务中心QC小组成员介绍，团队研发的物资领用自动核对工具已在全公司推广。"
P4 = "公司工会将继续完善创新成果转化激励机制，对优秀成果给予最高2万元奖励。"
P5 = "职工如有创新成果申报需求，可联系各单位分工会。"


def _clean(lines):
    return clean_text("\n".join(["市供电公司工会举办职工创新成果发布会", *lines])).body


@pytest.mark.parametrize("tok", ["hqmpdjbtrx", "xfpfmiqrnrm", "kwfbzxtrmq", "sdfghjklq"])
def test_random_lowercase_shape(tok):
    assert lower._random_lower_word(tok)


@pytest.mark.parametrize("tok", ["password", "strength", "strengths", "rhythm", "nightstand", "download", "gonghui",
                                 "zhigongzhijia", "admin", "python", "wechat", "hhhhhh", "yyds", "workercn"])
def test_words_pinyin_and_slang_are_not_random_lowercase(tok):
    assert not lower._random_lower_word(tok)


@pytest.mark.parametrize("tok", ["iihhoypaknluap", "hqmpdjbtrx", "opxwutae", "zqvlamer"])
def test_odd_lowercase_shape(tok):
    assert lower._odd_lower_word(tok)


@pytest.mark.parametrize("tok", ["download", "subscribe", "strengths", "knowledge", "english", "through", "handshake",
                                 "government", "gonghui", "zhigong", "yanchengdianli", "ouyang", "welcome"])
def test_english_words_and_pinyin_are_not_odd_lowercase(tok):
    assert not lower._odd_lower_word(tok)


def test_lowercase_jammers_on_own_lines_and_after_paragraphs():
    body = _clean([P1, "hqmpdjbtrx", P2, "iihhoypaknluap", P3, P4 + " xfpfmiqrnrm", P5])
    assert body == [P1, P2, P3, P4, P5]


def test_one_random_lowercase_token_is_no_page_evidence():
    body = _clean([P1, "hqmpdjbtrx", P2, P3, P4, P5])
    assert "hqmpdjbtrx" in body


@pytest.mark.parametrize("word", ["download", "gonghui", "welcome", "zhangwei"])
def test_words_and_pinyin_in_jammer_places_stay_on_a_lowercase_jammed_page(word):
    body = _clean([P1, "hqmpdjbtrx", P2, word, P3, P4 + " xfpfmiqrnrm", P5])
    assert word in body


@pytest.mark.parametrize("tail", ["www.workercn.cn", "ycgdgh@js.sgcc.com.cn", "@gonghuizhijia", "report.xlsx",
                                  "python", "ERP", "KUKA KR 210"])
def test_lowercase_urls_mails_handles_and_file_names_stay(tail):
    body = _clean([P1, "hqmpdjbtrx", P2 + " " + tail, P3, P4 + " xfpfmiqrnrm", P5])
    assert body[1] == P2 + " " + tail


def test_lowercase_user_names_of_a_forum_thread_stay():
    # user names over post stamps and short replies: no line between paragraphs, no tail after a sentence
    lines = [P1, "hqmpdjbtrx", "回复", "xzkvbnmq", "沙发 发表于 2024-6-3 15:02", "顶一下", "qwrtpsdfg", "板凳 发表于 2024-6-3 16:40"]
    out = jammer.lower_jammer_spans(lines)
    assert out[3] == [] and out[6] == []


# ----------------------------------------------------------------- digits and glued junk in a pair layout

PAIRS = [
    "驿站面积约60平方米，24小时向外卖骑手免费开放。  2a0275b1ab06d",
    "2e151bdb",
    "“现在有地方喝口热水了。”美团骑手陈海涛说。  02ab06bdf90a9ef",
    "3fc04494ace",
]
NEXT = "此外，骑手们还可以通过APP扫描驿站二维码入会，享受免费体检等会员服务。"


def test_all_digit_tail_in_a_pair_layout():
    line = "今年全区计划再建成此类驿站15个，实现全覆盖。  7542938"
    out = _cut_page(PAIRS + [line, "9f11e9", NEXT])
    assert out[4] == "今年全区计划再建成此类驿站15个，实现全覆盖。"


@pytest.mark.parametrize("number", ["13812345678", "2024", "1998"])
def test_years_and_mobile_numbers_after_a_sentence_stay_in_a_pair_layout(number):
    line = f"今年全区计划再建成此类驿站15个，实现全覆盖。  {number}"
    assert _cut_page(PAIRS + [line, "9f11e9", NEXT])[4] == line


def test_digit_tail_without_a_jammer_line_under_it_stays():
    line = "今年全区计划再建成此类驿站15个，实现全覆盖。  7542938"
    assert _cut_page(PAIRS + [line, NEXT])[4] == line


def test_numbers_ending_sentences_on_an_undamaged_page_stay():
    lines = ["咨询电话：0519-86312345。 86312345", "今年全区计划再建成此类驿站15个，实现全覆盖。  7542938", NEXT]
    assert _cut_page(lines) == lines


def test_junk_glued_after_a_closing_quote_in_a_pair_layout():
    line = "他说：“遇到困难也知道该找谁。”/GV9Va'\"h"
    out = _cut_page(PAIRS + [line, "_Yz!@", NEXT])
    assert out[4] == "他说：“遇到困难也知道该找谁。”"


@pytest.mark.parametrize("glued", ["WeChat", "iPhone15", "KR-210", "'OK'", "www.x.cn/a"])
def test_legit_latin_glued_after_a_closing_quote_stays(glued):
    line = f"他说：“遇到困难也知道该找谁。”{glued}"
    assert _cut_page(PAIRS + [line, "_Yz!@", NEXT])[4] == line


def test_glued_junk_without_a_jammer_line_under_it_stays():
    line = "他说：“遇到困难也知道该找谁。”/GV9Va'\"h"
    assert _cut_page(PAIRS + [line, NEXT])[4] == line

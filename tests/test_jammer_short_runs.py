"""Short jammers only a jammed page tells: a lowercase-and-digits run glued after a sentence's end, a five-letter
run flipping case wedged into Han text, a line of lowercase-and-digit tokens in a pair layout; look-alike Latin
(units, model numbers, codes, words, names) stays."""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from test_jammer import PAIRED, _cut_page, _page  # noqa: E402

from unionkit.clean.jammer import jammed_page_spans, shapes  # noqa: E402

PARA = "启动仪式后，专家围绕机械操作规范开展安全培训，并带领职工代表现场观摩了安全防护装置。"


# --- a lowercase-and-digits run glued after the sentence's end, closing the line --------------------------------
@pytest.mark.parametrize("run", ["hn2ecn", "q7u3qh", "ab3cd", "4kx9"])
def test_glued_lower_digits_shape(run):
    assert shapes._glued_lower_digits(run)


@pytest.mark.parametrize("run", ["1080p", "10km", "mp3", "h264", "x86", "win10", "A320neo", "Mate60Pro", "H1N1",
                                 "admin", "2024", "ipv6", "hN2ecn ", "hn2ecn!"])
def test_glued_lower_digits_negatives(run):
    assert not shapes._glued_lower_digits(run)


def test_glued_lower_digits_tail_on_a_jammed_page():
    lines = PAIRED[:4] + ["共200余人参加。hn2ecn", "qSCk$ >$", PARA]
    assert _cut_page(lines)[4] == "共200余人参加。"
    # units, codes and model names glued there stay on the same page
    for word in ("1080p", "10km", "mp3", "x86", "A320neo", "Mate60Pro", "WeChat"):
        kept = PAIRED[:4] + [f"共200余人参加。{word}", "qSCk$ >$", PARA]
        assert _cut_page(kept)[4] == f"共200余人参加。{word}", word
    # not after a sentence's end (a word of the text), or on a page without jammers: kept
    inside = PAIRED[:4] + ["共200余人参加hn2ecn", "qSCk$ >$", PARA]
    assert _cut_page(inside)[4] == "共200余人参加hn2ecn"
    assert _cut_page(["共200余人参加。hn2ecn", PARA]) == ["共200余人参加。hn2ecn", PARA]


# --- five letters flipping case wedged into Han text -------------------------------------------------------------
@pytest.mark.parametrize("run", ["xGyTm", "aBcDe", "QwErT", "XkTRP", "BwQZA"])
def test_flipped_five_shape(run):
    assert shapes._flipped_five(run)


@pytest.mark.parametrize("run", ["Excel", "GoPro", "DeepL", "macOS", "APPle", "Hello", "iPads", "McKay", "ABCDE",
                                 "hello", "f5hUK", "Tesla"])
def test_flipped_five_negatives(run):
    assert not shapes._flipped_five(run)


def test_flipped_five_wedged_on_a_jammed_page():
    lines = PAIRED[:4] + ["宜春市总工会党组成员、xGyTm经费审查委员会主任出席。"]
    assert _cut_page(lines)[4] == "宜春市总工会党组成员、经费审查委员会主任出席。"
    for word in ("Excel", "GoPro", "DeepL", "macOS", "Tesla"):
        kept = PAIRED[:4] + [f"职工学习{word}操作。"]
        assert _cut_page(kept)[4] == f"职工学习{word}操作。", word
    # on a page without other jammers it is too short to judge
    assert _cut_page(["宜春市总工会党组成员、xGyTm经费审查委员会主任出席。"]) == [
        "宜春市总工会党组成员、xGyTm经费审查委员会主任出席。"]


def test_lone_consonant_five_wedged_on_a_jammed_page():
    lines = PAIRED[:4] + ["为职工家庭的子BwQZA女发放慰问金。"]
    assert _cut_page(lines)[4] == "为职工家庭的子女发放慰问金。"
    assert _cut_page(["为职工家庭的子BwQZA女发放慰问金。"]) == ["为职工家庭的子BwQZA女发放慰问金。"]


# --- a short draw glued after a clause's comma, flipping case back up to a lone capital ---------------------------
@pytest.mark.parametrize("run", ["am8J", "QiU9", "xQ7k", "bE42"])
def test_flipped_code_shape(run):
    assert shapes._flipped_code(run)


@pytest.mark.parametrize("run", ["WiFi6", "Mi14", "iOS17", "eSIM2", "iQOO12", "vivoX9", "10kV", "240kW", "5G",
                                 "ZL50G", "iPad2", "HiFi5", "iPhone15", "Mate60", "Win10", "A320n", "H7N9", "Mi6X",
                                 "Nova5T", "macOS14", "QiU", "amJ"])
def test_flipped_code_negatives(run):
    assert not shapes._flipped_code(run)


def test_flipped_code_glued_after_a_comma_on_a_jammed_page():
    lines = PAIRED[:4] + ["对困难职工,bE42工会将建立帮扶档案,+xQ7k定期回访。"]
    assert _cut_page(lines)[4] == "对困难职工,工会将建立帮扶档案,定期回访。"
    for word in ("WiFi6", "iOS17", "10kV", "Mi6X", "ZL50G"):
        kept = PAIRED[:4] + [f"对困难职工,{word}设备已配齐。"]
        assert _cut_page(kept)[4] == f"对困难职工,{word}设备已配齐。", word
    # on a page without other jammers it is too short to judge
    assert _cut_page(["对困难职工,bE42工会将建立帮扶档案。"]) == ["对困难职工,bE42工会将建立帮扶档案。"]


# --- a line of lowercase-and-digit tokens in a pair layout --------------------------------------------------------
@pytest.mark.parametrize("line", ["6f 3ht", "a7 k2q", "9x 2b 7q"])
def test_digit_letter_words_shape(line):
    assert shapes._digit_letter_words(line)


@pytest.mark.parametrize("line", ["2nd 3rd", "5g 4k", "mp3 mp4", "v1 v2", "10km 60fps", "ok 6f", "Li Ming",
                                  "6F 3HT", "2024 10", "h5 x86", "6f3ht"])
def test_digit_letter_words_negatives(line):
    assert not shapes._digit_letter_words(line)


def test_digit_letter_words_line_in_a_pair_layout():
    lines = PAIRED + ["6f 3ht", "京口区总工会主席介绍了计划。 UfP FU", "7~@fP"]
    texts, jammed, whole = _page(lines)
    assert jammed_page_spans(texts, jammed, whole)[5] == [(0, 6)]
    for words in ("2nd 3rd", "5g 4k", "mp3 mp4", "10km 60fps"):
        texts, jammed, whole = _page(PAIRED + [words] + lines[6:])
        assert jammed_page_spans(texts, jammed, whole)[5] == [], words
    # a page that puts no jammer lines under its tails: the layout does not tell it
    unpaired = ["首批服务站在渔港挂牌。 cyrgSQcs5Z", "职工们纷纷点赞。 +v lIfM5@=", "将提供健康指导。 wq8D@!e",
                "6f 3ht", "活动由王明主持。 UfP FU"]
    texts, jammed, whole = _page(unpaired)
    assert jammed_page_spans(texts, jammed, whole)[3] == []


def test_capitalised_token_with_a_digit_in_a_pair_layout():
    lines = PAIRED + ["Qlat4", "京口区总工会主席介绍了计划。 UfP FU", "7~@fP"]
    texts, jammed, whole = _page(lines)
    assert jammed_page_spans(texts, jammed, whole)[5] == [(0, 5)]
    for word in ("COP15", "Mate60Pro", "iPhone15", "H1N1"):
        texts, jammed, whole = _page(PAIRED + [word] + lines[6:])
        assert jammed_page_spans(texts, jammed, whole)[5] == [], word
    # a page that puts no jammer lines under its tails: the layout does not tell it
    unpaired = ["首批服务站在渔港挂牌。 cyrgSQcs5Z", "职工们纷纷点赞。 +v lIfM5@=", "将提供健康指导。 wq8D@!e",
                "Qlat4", "活动由王明主持。 UfP FU"]
    texts, jammed, whole = _page(unpaired)
    assert jammed_page_spans(texts, jammed, whole)[3] == []


# --- a lone junk token in quotes on the line after a jammed one ---------------------------------------------------
@pytest.mark.parametrize("line", ["'SZiF'", '"SZiF"', "'kQ'", "'HeLLo'"])
def test_quoted_junk_shape(line):
    assert shapes._quoted_junk(line)


@pytest.mark.parametrize("line", ["'OK'", "'APP'", '"iPhone"', "'WeChat'", "'COP15'", "'Hello World'", "SZiF",
                                  '"X7kP"', "'AB12'", "'yyds'", "'macOS'",
                                  "'SZiF", "'SZiF\"", "“SZiF”"])
def test_quoted_junk_negatives(line):
    assert not shapes._quoted_junk(line)


def test_quoted_junk_line_after_a_jammed_line():
    lines = PAIRED + ["'SZiF'", PARA]
    texts, jammed, whole = _page(lines)
    assert jammed_page_spans(texts, jammed, whole)[5] == [(0, 6)]
    for word in ("'OK'", "'APP'", '"iPhone"', "'Hello World'", '"X7kP"', "'AB12'"):
        texts, jammed, whole = _page(PAIRED + [word, PARA])
        assert jammed_page_spans(texts, jammed, whole)[5] == [], word
    # on a page without jammers, or not under a jammed line, the quoted token stays
    texts, jammed, whole = _page([PARA, "'SZiF'", PARA])
    assert jammed_page_spans(texts, jammed, whole)[1] == []
    texts, jammed, whole = _page(PAIRED + [PARA, "'SZiF'"])
    assert jammed_page_spans(texts, jammed, whole)[6] == []


# --- a lowercase-and-digits code alone on the line after a jammed one ---------------------------------------------
@pytest.mark.parametrize("line", ["ejyb15", "7kqzt", "qp3xw9", "abc12"])
def test_lower_code_lone_shape(line):
    assert shapes._lower_code_lone(line)


@pytest.mark.parametrize("line", ["1080p", "60fps", "10kwh", "2024", "ab1", "Win10", "A320neo", "abcdef", "ab 12",
                                  "iphone1515"])
def test_lower_code_lone_negatives(line):
    assert not shapes._lower_code_lone(line)


def test_lower_code_lone_line_under_a_jammed_line():
    lines = PAIRED + ["ejyb15", PARA]
    texts, jammed, whole = _page(lines)
    assert jammed_page_spans(texts, jammed, whole)[5] == [(0, 6)]
    for code in ("1080p", "60fps"):
        texts, jammed, whole = _page(PAIRED + [code, PARA])
        assert jammed_page_spans(texts, jammed, whole)[5] == [], code
    # on a page without jammers, or not under a jammed line, the code stays
    texts, jammed, whole = _page([PARA, "ejyb15", PARA])
    assert jammed_page_spans(texts, jammed, whole)[1] == []
    texts, jammed, whole = _page(PAIRED + [PARA, "ejyb15"])
    assert jammed_page_spans(texts, jammed, whole)[6] == []


# --- a random mixed-case letter token alone between paragraphs on a jammed page ----------------------------------
@pytest.mark.parametrize("token", ["XWfrdoKB", "GHtspaZQ", "NRqzbiLM", "KLpwdaEV"])
def test_random_cased_shape(token):
    assert shapes._random_cased(token)


@pytest.mark.parametrize("token", ["WeChat", "iPhone", "OpenAI", "ChatGPT", "YouTube", "McDonald", "HarmonyOS",
                                   "PostgreSQL", "scrollHeight", "getMonth", "BlogCopyRight", "ZhangWei", "COVID",
                                   "APP", "Hello World", "HelloWorld", "xwfrdokb", "XWFRDOKB", "Xwfrdokb"])
def test_random_cased_negatives(token):
    assert not shapes._random_cased(token)


def test_random_cased_line_between_paragraphs_on_a_jammed_page():
    # the per-line rules read the token's case runs as a word's (XW|frdo|KB like HTML|Parser)
    texts, jammed, whole = _page([PARA, "XWfrdoKB", PARA])
    assert not any(jammed)
    texts, jammed, whole = _page(PAIRED + [PARA, "XWfrdoKB", PARA])
    assert jammed_page_spans(texts, jammed, whole)[6] == [(0, 8)]
    for word in ("WeChat", "iPhone", "OpenAI", "ChatGPT", "PostgreSQL", "HelloWorld", "COVID", "APP"):
        texts, jammed, whole = _page(PAIRED + [PARA, word, PARA])
        assert jammed_page_spans(texts, jammed, whole)[6] == [], word
    # on a page without jammers, or among lines of Latin text, the token stays
    texts, jammed, whole = _page([PARA, "XWfrdoKB", PARA])
    assert jammed_page_spans(texts, jammed, whole)[1] == []
    latin = ["The committee met on Monday to review the plan.", "XWfrdoKB", "Members voted on the new budget."]
    texts, jammed, whole = _page(PAIRED + latin)
    assert jammed_page_spans(texts, jammed, whole)[6] == []


# --- a short draw with a # or an & inside it, glued between Han characters or before a spaced count --------------
def test_hash_and_ampersand_draws_glued_on_a_jammed_page():
    lines = PAIRED[:4] + ["为困难职工家庭bW4#k的子女发放助学金，提供就业岗位p3&Qz 36个。"]
    assert _cut_page(lines)[4] == "为困难职工家庭的子女发放助学金，提供就业岗位36个。"


@pytest.mark.parametrize("word", ["C#", "R&D", "AT&T", "S&P500", "1+8+X", "COP15", "APP", "e-mail"])
def test_hash_and_ampersand_words_stay_on_a_jammed_page(word):
    for line in (f"职工学习{word}的课程。", f"职工学习{word} 12个课程。"):
        assert _cut_page(PAIRED[:4] + [line])[4] == line, line

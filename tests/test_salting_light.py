"""Light salting: two to four title pieces on a long page, too few for a chain of chunks (``salting.cutwords``)."""

from __future__ import annotations

from unionkit.clean.salting import salt_spans
from unionkit.clean.salting.boundaries import title_boundaries
from unionkit.clean.salting.cutwords import cut_words, cut_within, _cut_side
from unionkit.clean.salting.title import prepare_title

TITLE = "阿拉善左旗总工会为新就业形态劳动者送上“清凉包”"
# two pieces: one cut at the head of the place the page names whole (拉善左旗 of 阿拉善左旗), one cut at the tail of a
# title word (形态劳动 of 形态|劳动者)
SALTED = [
    "7月8日,阿拉善左旗总工会联合旗交通运输局在巴彦浩特镇一处户外劳动者驿站开展拉善左旗“夏日送清凉·工会在身边”慰问活动,"
    "为外卖骑手、快递员等新就业形态劳动者送去200份防暑用品。",
    "每份用品内装有藿香正气水、清凉油、毛巾和一份工会入会指南。工作人员还为劳动者讲解了工会会员普惠服务等政策,"
    "并帮助30名劳动者完成线上入会。",
    "“天热跑单最怕中暑,这些东西正好用得上。”外卖骑手王强说。",
    "据了解,入夏以来,阿拉善左旗总工会已建成户外劳动者驿站18个,惠及新就业形态劳动者900余人次。下一步,"
    "旗总工会形态劳动将继续推动平台企业建会入会。",
]
CLEAN = [p.replace("开展拉善左旗“", "开展“").replace("旗总工会形态劳动将", "旗总工会将") for p in SALTED]


def _cut(pars: list[str], spans: list[list[tuple[int, int]]]) -> list[str]:
    out = []
    for par, sp in zip(pars, spans):
        for a, b in sorted(sp, reverse=True):
            par = par[:a] + par[b:]
        out.append(par)
    return out


def test_a_light_salters_pieces_cut_inside_title_words_the_page_writes_whole_are_salt():
    assert _cut(SALTED, salt_spans(TITLE, SALTED)) == CLEAN


def test_the_light_page_cleaned_and_its_unsalted_twin_lose_nothing():
    assert not any(salt_spans(TITLE, CLEAN))
    assert not any(salt_spans(TITLE, _cut(SALTED, salt_spans(TITLE, SALTED))))


def test_one_piece_on_a_page_is_no_light_salt():
    one = [p.replace("开展拉善左旗“", "开展“") for p in SALTED]
    assert not any(salt_spans(TITLE, one))


def test_pieces_cut_only_at_a_title_words_tail_are_no_light_salt():
    # (real text drops a title word's tail for a word of its own: 劳动争议|就地 of 劳动争议案)
    tails = [p.replace("开展拉善左旗“", "开展为新就业形“") for p in SALTED]
    assert not any(cut_words(tails, prepare_title(TITLE)))
    assert not any(salt_spans(TITLE, tails))




def _side(title: str, par: str, piece: str) -> str:
    t = prepare_title(title)
    i = par.rindex(piece)
    s = t.han.index(piece)
    return _cut_side(par, i, i + len(piece), s, t.han, sorted(title_boundaries(t) | {0, len(t.han)}), par)


def test_a_head_cut_keeping_a_word_one_character_or_a_level_of_the_title_word_is_the_texts():
    title = "夷陵区总工会举办劳动竞赛月活动暨专场招聘会"
    assert _side(TITLE, "阿拉善左旗总工会。开展拉善左旗“", "拉善左旗") == "head"
    # 竞赛月 of 劳动竞赛|月 keeps 竞赛 (a compound's head dropped), 场招聘 of 专场|招聘会 one character (进场|招聘),
    # 区总工 of 夷陵区 a level word: the text's
    assert _side(title, "劳动竞赛月活动。本次竞赛月,", "竞赛月") != "head"
    assert _side(title, "专场招聘会。企业进场招聘,", "场招聘") != "head"
    assert _side(title, "夷陵区总工会。由区总工组织", "区总工") != "head"


WITHIN_TITLE = "滨江区总工会举办职工消防技能大赛"


def test_a_piece_cut_inside_title_words_at_both_ends_is_salt_on_a_salted_page():
    pars = ["5月8日,滨江区总工会联合区消防救援大队举办江区总2024年职工消防技能大赛,"
            "来自全区的30支代表队参加。", "比赛设理论和实操两个环节,技能职工们沉着应战。"]
    found = [[], [(pars[1].index("技能职工"), pars[1].index("技能职工") + 2)]]
    i = pars[0].rindex("江区总")
    assert cut_within(found, pars, prepare_title(WITHIN_TITLE)) == [[(i, i + 3)], found[1]]
    # not on a page with no salt found, nor glued into a word (长|江区总), nor touching a span
    assert cut_within([[], []], pars, prepare_title(WITHIN_TITLE)) == [[], []]
    glued = [pars[0].replace("举办江区总", "举办长江区总"), pars[1]]
    assert cut_within(found, glued, prepare_title(WITHIN_TITLE)) == found
    touching = [[(i + 3, i + 7)], found[1]]
    assert cut_within(touching, pars, prepare_title(WITHIN_TITLE)) == touching

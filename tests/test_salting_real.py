"""Title salting on pages whose salter cut the title anew for each paragraph (verbatim pieces after clause marks,
in title order, the same title stretch cut differently in two paragraphs): the corrections of recut_pieces."""

from __future__ import annotations

from test_salting import _spans_of as spans_of

from unionkit.clean.salting import salt_spans
from unionkit.clean.salting.recut import filled_pieces, recut_pieces
from unionkit.clean.salting.title import prepare_title

TITLE = "江阴市总工会开展“夏送清凉”进工地慰问活动"
T = prepare_title(TITLE)


def cut(par: str, spans: list[tuple[int, int]]) -> str:
    """The paragraph with the spans cut out."""
    out, last = [], 0
    for a, b in spans:
        out.append(par[last:a])
        last = b
    return "".join(out) + par[last:]


# Two paragraphs whose pieces cut the title's stretches differently (总工会开 and 会开展夏 cross, 送清凉进 and 凉进工地 too).
CROSS_A = "7月8日，江阴市总工会组织慰问，总工会开走进建筑工地，送清凉进为一线职工送去防暑物品。"
CROSS_B = "活动中，会开展夏工作人员向工人发放绿豆汤，凉进工地叮嘱大家注意防暑。"
CROSS_SPANS = [spans_of(CROSS_A, "总工会开", "送清凉进"), spans_of(CROSS_B, "会开展夏", "凉进工地")]


def recut(par: str, *pieces: str) -> str:
    """The paragraph cleaned by recut_pieces on a page cut anew per paragraph, with the given pieces as the reading's."""
    out = recut_pieces(CROSS_SPANS + [spans_of(par, *pieces)], [CROSS_A, CROSS_B, par], T)
    return cut(par, out[2])


def test_gapped_span_on_a_recut_page_keeps_the_title_word_after_its_gap():
    # 夏送清 then 慰问 (进工地 skipped): the piece is 夏送清, 慰问 the sentence's own word
    assert recut("随后，夏送清慰问组来到项目部。", "夏送清慰问") == "随后，慰问组来到项目部。"


def test_gapped_span_on_a_page_of_one_chunk_list_is_left_alone():
    pars = ["随后，夏送清慰问组来到项目部。"]
    spans = [spans_of(pars[0], "夏送清慰问")]
    assert recut_pieces(spans, pars, T) == spans  # no crossing stretches: the salter's own sparse chunk


def test_span_whose_last_character_makes_a_word_with_the_text_after_is_cut_back():
    # 地慰 is the piece; 问 of 问候 is the sentence's
    assert recut("工人们说，地慰问候暖人心。", "地慰问") == "工人们说，问候暖人心。"


def test_sentence_opening_title_phrase_written_in_clauses_too_is_kept():
    par = "大家表示很暖心。慰问活动还将持续一个月，让慰问活动覆盖全市工地。"
    assert recut(par, "慰问活动") == par
    # a lone piece after the full stop, written nowhere else inside a clause, stays salt
    assert recut("大家表示很暖心。慰问活动还将持续一个月。", "慰问活动") == "大家表示很暖心。还将持续一个月。"


def test_clause_mark_piece_goes_on_over_the_title_characters_the_reading_left():
    assert recut("据介绍，开展夏送购置防暑药品。", "开展") == "据介绍，购置防暑药品。"


def test_piece_between_two_spans_at_a_clause_mark_is_taken():
    par = "今年以来，江阴全市各级工会，会开为职工采购防暑物资，清凉共发放慰问品。"
    assert recut(par, "江阴", "清凉") == "今年以来，全市各级工会，为职工采购防暑物资，共发放慰问品。"


def test_place_name_with_another_level_word_inside_a_clause_is_the_text():
    par = "慰问组还来到江阴镇，市总为职工送去清凉。"
    pars = [par]
    out = recut_pieces([spans_of(par, "江阴", "市总")], pars, T)
    assert cut(par, out[0]) == "慰问组还来到江阴镇，为职工送去清凉。"


def test_lone_character_between_two_pieces_reading_the_title_is_filled():
    par = "活动现场，江阴市总发放毛巾。"
    a, b = spans_of(par, "江阴", "总")
    assert cut(par, filled_pieces([[a, b]], [par], T)[0]) == "活动现场，发放毛巾。"
    # a character between two pieces that does not go on along the title stays
    par2 = "活动现场，江阴又总发放毛巾。"
    a, b = spans_of(par2, "江阴", "总")
    assert filled_pieces([[a, b]], [par2], T) == [[a, b]]


def test_clause_piece_ending_where_the_text_repeats_its_next_title_characters_grows():
    par = "她表示，江阴市总市总工会将持续开展慰问。"
    (sp,) = spans_of(par, "江阴")
    assert cut(par, filled_pieces([[sp]], [par], T)[0]) == "她表示，市总工会将持续开展慰问。"
    # the text not repeating them: the piece stays as read
    par2 = "她表示，江阴市总工会将持续开展慰问。"
    (sp,) = spans_of(par2, "江阴")
    assert filled_pieces([[sp]], [par2], T) == [[sp]]


def test_gapped_span_whose_skipped_characters_follow_it_is_left_alone():
    # 市总 then 开展 (工会 skipped), and the text goes on with 工会: the head is the sentence's name, the tail the piece
    par = "会上，市总开展工会负责人作了发言。"
    assert recut(par, "市总开展") == "会上，工会负责人作了发言。"


def test_piece_between_spans_is_no_union_name_nor_a_sentence_opening():
    union = "今年以来，江阴全市各级工会，市总工会为职工采购防暑物资，清凉共发放慰问品。"
    assert recut(union, "江阴", "清凉") == "今年以来，全市各级工会，市总工会为职工采购防暑物资，共发放慰问品。"
    opening = "今年以来，江阴全市各级工会开始行动。会开为职工采购防暑物资，清凉共发放慰问品。"
    assert recut(opening, "江阴", "清凉") == "今年以来，全市各级工会开始行动。会开为职工采购防暑物资，共发放慰问品。"


def test_place_name_piece_inside_another_place_name_stays_salt():
    par = "慰问组一行来到叙江阴州区，市总为职工送去清凉。"
    spans = spans_of(par, "江阴", "市总")
    assert recut_pieces([spans], [par], T) == [spans]


# A page whose salter cut the title anew for each paragraph: 江阴市|总工会开|展夏送清|进工地, 江阴|市总工会开展|夏送清|凉进工地,
# 江阴市总|工会开展|夏送清 (the reading stops 展夏 short of its piece, and the real 凉 of 凉茶 goes on along the title; the
# place's level word 市 sits between two pieces it reads apart).
PAGE_SALTED = [
    "7月8日，江阴市总工会组织慰问组，江阴市走进城东新区建筑工地，总工会开为一线建筑工人送去绿豆、毛巾、展夏送清凉茶等防暑物品，"
    "进工地叮嘱大家合理安排作业时间。",
    "慰问组先后来到三个项目部，江阴查看了工地食堂和休息室，市总工会开展详细了解职工的工作和生活情况，夏送清现场听取职工意见建议。凉进工地",
    "据了解，今年全市各级工会共筹集资金120万元，江阴市总将为全市2万名高温作业职工送上清凉，工会开展同时走访慰问困难职工，夏送清帮助解决实际困难。",
]
PAGE_CLEAN = [
    "7月8日，江阴市总工会组织慰问组，走进城东新区建筑工地，为一线建筑工人送去绿豆、毛巾、凉茶等防暑物品，叮嘱大家合理安排作业时间。",
    "慰问组先后来到三个项目部，查看了工地食堂和休息室，详细了解职工的工作和生活情况，现场听取职工意见建议。",
    "据了解，今年全市各级工会共筹集资金120万元，将为全市2万名高温作业职工送上清凉，同时走访慰问困难职工，帮助解决实际困难。",
]


def test_page_cut_anew_per_paragraph_recovered_exactly():
    spans = salt_spans(TITLE, PAGE_SALTED)
    assert [cut(p, sp) for p, sp in zip(PAGE_SALTED, spans)] == PAGE_CLEAN


def test_unsalted_twin_of_the_recut_page_loses_nothing():
    assert salt_spans(TITLE, PAGE_CLEAN) == [[] for _ in PAGE_CLEAN]

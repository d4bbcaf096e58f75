"""Duplicate body paragraphs: later exact repeats and cut-short previews go; short repeats stay."""

from unionkit.clean import clean_text
from unionkit.clean.duplicates import duplicate_paragraphs

P1 = "市总工会今年将投入专项资金300万元，为1.5万名一线女职工提供免费健康筛查。"
P2 = "据了解，筛查覆盖全市各区县，职工可通过工会APP预约。"


def test_exact_repeat_later_copy_dropped():
    assert duplicate_paragraphs([P1, P2, P1]) == [2]


def test_whitespace_does_not_hide_a_repeat():
    assert duplicate_paragraphs([P1, P1.replace("，", "， ")]) == [1]


def test_preview_before_full_text_dropped():
    preview = P1[:20] + "…"
    assert duplicate_paragraphs([preview, "展开全文", P1, P2]) == [0]


def test_short_lines_may_repeat():
    assert duplicate_paragraphs(["答：可以。", P1, "答：可以。"]) == []


def test_distinct_paragraphs_kept():
    assert duplicate_paragraphs([P1, P2]) == []


def test_clean_reports_the_duplicate():
    page = "\n".join(["市总工会开展女职工健康关爱行动", "2024-03-07 10:00 来源：市总工会", P1, P2, P1])
    art = clean_text(page)
    assert art.body == [P1, P2]
    assert [(r.kind, r.line) for r in art.removed if r.kind == "duplicate"] == [("duplicate", 5)]


def test_a_cut_paragraph_given_twice_loses_its_short_pieces_too():
    head, tail = "据了解，受航线调整等", "船连续工作超过9个月。"
    mid = "因素影响，部分船员在船时间超过合同约定，约三成受访船员在"
    assert duplicate_paragraphs([head, mid, tail, head, mid, tail, P2]) == [3, 4, 5]
    # a short line repeated away from its long neighbour's repeat stays (a refrain, a heading used twice)
    assert duplicate_paragraphs([head, P1, "答：", P2, head, "答：", P1]) == [6]


def test_a_caption_printed_twice_is_a_caption_once():
    # a page rendering a photo's alt text and its caption both: the first copy is the caption, the second a duplicate
    cap = "志愿者为户外劳动者送上防暑降温物品。"
    page = "\n".join(["市总工会开展夏送清凉活动", "2024-07-07 10:00 来源：市总工会", "[图]", cap, cap, P1, P2])
    art = clean_text(page)
    assert art.body == [P1, P2]
    assert art.captions == [cap]


def test_a_heading_given_twice_stays_once():
    # a short phrase with no sentence end and no image above it is no caption: one copy stays
    head = "一线职工健康筛查全面启动"
    page = "\n".join(["市总工会开展女职工健康关爱行动", "2024-03-07 10:00 来源：市总工会", P1, head, head, P2])
    assert clean_text(page).body == [P1, head, P2]

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

"""Alignment, inline output, JSON operations and HTML of ``unionkit.diff`` on pairs made from the examples."""

from __future__ import annotations

import random
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionkit.diff import apply_ops, diff_texts, meta_differences, sentences, similarity, word_diff
from unionkit.diff.align import align_sentences
from unionkit.diff.render import fold, inline_lines, render_html, render_text, side_by_side_rows
from unionkit.output import article_text
from unionkit.record import Article, Meta

from conftest import PAGES


@pytest.fixture(scope="module")
def cleaned():
    from unionkit.clean import clean_text

    return [clean_text(p.read_text("utf-8"), path=str(p)) for p in PAGES]


def _text(title: str, body: list[str]) -> str:
    return "\n".join([title, *body])


def _abridge(body: list[str], rng: random.Random, keep: float = 0.7) -> list[str]:
    """Drop about a third of the sentences, as an abridging reprint does."""
    out = []
    for para in body:
        kept = [s for s in sentences(para) if rng.random() < keep]
        if kept:
            out.append("".join(kept))
    return out


def test_sentences_give_the_text_back(cleaned):
    for art in cleaned:
        text = article_text(art)
        assert "".join(sentences(text)) == text
        assert len(sentences(text)) > len(art.body)


def test_identical_texts_are_one_equal_op(cleaned):
    t = article_text(cleaned[0])
    ops = diff_texts(t, t)
    assert [o.op for o in ops] == ["equal"]
    assert word_diff(ops) == t


def test_retitled_copy_changes_only_the_title(cleaned):
    art = cleaned[3]
    a = article_text(art)
    b = _text("全新的标题:工会工作纪实", art.body)
    ops = diff_texts(a, b)
    changes = [o for o in ops if o.op != "equal"]
    assert all(o.a_end <= len(art.title) for o in changes)
    assert apply_ops(a, ops) == b


def test_reordered_paragraph_is_reported_as_moved(cleaned):
    art = cleaned[0]
    body = list(art.body)
    moved = body.pop(1)
    body.insert(6, moved)
    a, b = article_text(art), _text(art.title, body)
    ops = diff_texts(a, b)
    assert apply_ops(a, ops) == b
    moved_ops = [o for o in ops if o.moved]
    assert {o.op for o in moved_ops} == {"delete", "insert"}
    assert any(moved.strip() in o.a for o in moved_ops) and any(moved.strip() in o.b for o in moved_ops)
    # nothing else changed: every change is part of the move (or the line break it carried)
    assert all(o.moved or (o.a + o.b).strip() == "" for o in ops if o.op != "equal")


def test_abridged_copy_deletes_whole_sentences(cleaned):
    rng = random.Random(3)
    art = cleaned[4]
    body = _abridge(art.body, rng)
    a, b = article_text(art), _text(art.title, body)
    ops = diff_texts(a, b)
    assert apply_ops(a, ops) == b
    assert not [o for o in ops if o.op == "insert" and o.b.strip()]
    dropped = [o.a for o in ops if o.op == "delete"]
    # deletions are sentences, not scattered characters
    assert sum(len(d) for d in dropped) >= 0.15 * len(a)
    assert max(len(d) for d in dropped) > 20


def test_inline_change_inside_a_sentence_is_character_level(cleaned):
    art = cleaned[2]
    body = list(art.body)
    para = body[1]
    body[1] = para[:10] + "新增" + para[10:]
    a, b = article_text(art), _text(art.title, body)
    ops = diff_texts(a, b)
    assert [(o.op, o.b) for o in ops if o.op != "equal"] == [("insert", "新增")]
    assert "{+新增+}" in word_diff(ops)


def test_split_sentence_is_diffed_inside_not_replaced_whole():
    a = "活动开始。5月区总工会将在主题公园举办红歌会,以歌声献礼建党100周年,展示职工心向党。同时按照部署。"
    b = "活动开始。5月区总工会将在主题公园举办红歌会。以歌声献礼建党100周年,展示职工心向党。同时按照部署。"
    ops = diff_texts(a, b)
    assert word_diff(ops) == "活动开始。5月区总工会将在主题公园举办红歌会[-,-]{+。+}以歌声献礼建党100周年,展示职工心向党。同时按照部署。"


def test_damaged_copy_diff_after_cleaning_is_small(cleaned):
    """A jammed + pinyin-annotated copy of a page, once cleaned, differs little from the clean original."""
    from unionkit.clean import clean_text

    art = cleaned[4]
    lines = [art.title, ""]
    for k, para in enumerate(art.body):
        para = para.replace("工会", "工(gōng)会", 1) if k % 2 else para
        lines.append("  " + para + (" Xq7#p!z" if k % 3 == 0 else ""))
        if k % 4 == 1:
            lines.append("k/#>S*Ne")
    damaged = clean_text("\n".join(lines) + "\n")
    sim = similarity("\n".join(art.body), "\n".join(damaged.body))
    assert sim["containment"] >= 0.95
    ops = diff_texts(article_text(art), article_text(damaged))
    changed = sum(len(o.a) + len(o.b) for o in ops if o.op != "equal")
    assert changed <= 0.05 * len(article_text(art))


def test_similarity_figures():
    assert similarity("", "") == {"jaccard": 1.0, "containment": 1.0}
    s = similarity("职工书屋示范点授牌仪式举行", "职工书屋示范点授牌仪式举行。市总工会为新建的15家职工书屋授牌")
    assert s["containment"] == 1.0 and 0 < s["jaccard"] < 1
    # punctuation, spacing and full-width forms do not count
    assert similarity("职工书屋,示范点。", "职工书屋 示范点")["jaccard"] == 1.0
    assert similarity("甲乙丙丁戊己庚", "子丑寅卯辰巳午")["jaccard"] == 0.0


def test_cross_article_similarity_is_low(cleaned):
    bodies = ["\n".join(a.body) for a in cleaned]
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            assert similarity(bodies[i], bodies[j])["jaccard"] < 0.05


def test_align_sentences_is_monotone():
    sa = ["第一句。", "第二句话比较长一些。", "第三句。"]
    sb = ["第二句话比较长一些。", "新的一句。", "第三句。"]
    al = align_sentences(sa, sb)
    matched = [(i, j) for i, j in al if i is not None and j is not None]
    assert matched == [(1, 0), (2, 2)]


_texts = st.lists(st.sampled_from(["工会", "职工", "。", ",", "\n", "劳模", "2024年", "A", "活动开展"]),
                  max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(_texts, _texts)
def test_ops_reapplied_to_a_give_b(a, b):
    ops = diff_texts(a, b)
    assert apply_ops(a, ops) == b
    assert apply_ops(a, [o.to_dict() for o in ops]) == b
    for o in ops:
        assert a[o.a_start:o.a_end] == o.a and b[o.b_start:o.b_end] == o.b
        assert o.op in ("equal", "insert", "delete", "replace")
        assert o.op != "equal" or o.a == o.b


def test_ops_reapplied_on_example_pairs(cleaned):
    rng = random.Random(11)
    for x in cleaned:
        for y in cleaned:
            a, b = article_text(x), _text("标题" + (y.title or ""), _abridge(y.body, rng))
            assert apply_ops(a, diff_texts(a, b)) == b


def test_apply_ops_rejects_ops_of_another_text():
    ops = diff_texts("工会活动", "职工活动")
    with pytest.raises(ValueError):
        apply_ops("别的文字", ops)


def test_plain_and_colour_inline():
    ops = diff_texts("市总工会召开会议。", "市总工会召开年度会议。")
    plain = "\n".join(t for t, _ in inline_lines(ops, color=False))
    assert plain == "市总工会召开{+年度+}会议。"
    coloured = "\n".join(t for t, _ in inline_lines(ops, color=True))
    assert "\x1b[32m年度\x1b[0m" in coloured and "{+" not in coloured


def test_fold_keeps_changes_with_context():
    lines = [("标题", False)] + [(f"段落{k}", k == 5) for k in range(10)]
    out = fold(lines, context=1)
    assert out[0] == "标题" and "段落5" in out and "段落4" in out and "段落6" in out
    assert "段落0" not in out and any("unchanged" in x for x in out)


def test_render_text_header_names_similarity_meta_and_moves(cleaned):
    art = cleaned[0]
    body = list(art.body)
    body.append(body.pop(0))
    ops = diff_texts(article_text(art), _text(art.title, body))
    out = render_text(ops, label_a="a.txt", label_b="b.txt", sim={"jaccard": 0.9, "containment": 1.0},
                      meta=[("published", "2024-04-18", None)])
    head = out.splitlines()[:5]
    assert head[0] == "--- a.txt" and head[1] == "+++ b.txt"
    assert "Jaccard 0.900" in head[2] and "containment 1.000" in head[2]
    assert head[3] == "meta published: 2024-04-18 → (none)"
    assert head[4].startswith("moved: 1 passage")
    assert "\x1b[" not in out


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.tags, self.external = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k in ("src", "href") and v:
                self.external.append(v)

    def handle_data(self, data):
        self.text.append(data)


def test_html_is_self_contained_and_carries_both_texts(cleaned):
    art = cleaned[3]
    body = _abridge(art.body, random.Random(1))
    body[0] = body[0] + "新增加的<句子>&。"
    a, b = article_text(art), _text("新标题", body)
    ops = diff_texts(a, b)
    page = render_html(ops, label_a="a.txt", label_b="b.txt", sim=similarity(a, b), meta=[])
    p = _Collect()
    p.feed(page)
    p.close()
    assert "style" in p.tags and "table" in p.tags and "script" not in p.tags and "link" not in p.tags
    assert p.external == []
    shown = "".join(p.text).replace("¶", "")
    for para in [art.title, *art.body, "新标题", *body]:
        assert para in shown
    left = "".join(x for x, _ in side_by_side_rows(ops))
    right = "".join(y for _, y in side_by_side_rows(ops))
    assert "<ins" not in left and "<del" not in right


def test_meta_differences():
    a = Article("a", meta=Meta(published="2024-04-18", source="中工网"))
    b = Article("b", meta=Meta(published="2024-04-20", source="中工网", editor="王刚"))
    assert meta_differences(a, b) == [("published", "2024-04-18", "2024-04-20"), ("editor", None, "王刚")]

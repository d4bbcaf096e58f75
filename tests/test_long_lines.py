"""A whole article on one line (a text dump with its line breaks lost) costs time linear in its length: the passes
that compared each hit with every earlier one now keep one best per title index, or read each name once. These
tests pin the results to the old readings and count the work; timings live in bench/bench_long_line.py."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import union_names as names
from unionkit.clean import salting
from unionkit.clean.whitespace import tidy_map
from unionkit.extract.unions import merge as union_merge

FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def quadratic_chain(rs):
    """The longest chain as marked_sequence read it before: every run against every earlier one."""
    best = []
    for q, r in enumerate(rs):
        prev = max((best[p] for p in range(q) if rs[p][3] < r[2]), key=len, default=[])
        best.append(prev + [r])
    return max(best, key=len)


title_spans = st.tuples(st.integers(0, 11), st.integers(0, 4)).map(lambda x: (x[0], min(11, x[0] + x[1])))


@FAST
@given(st.lists(title_spans, min_size=1, max_size=30))
def test_longest_chain_is_the_all_pairs_reading_ties_included(spans):
    rs = [(10 * i, 10 * i + 2, a, b) for i, (a, b) in enumerate(spans)]
    assert salting.gate._longest_chain(rs) == quadratic_chain(rs)


@FAST
@given(st.text("ab工会", max_size=40), st.data())
def test_cut_out_keeps_the_other_characters_and_their_offsets(par, data):
    removed = set(data.draw(st.lists(st.integers(0, max(0, len(par) - 1)), max_size=len(par)))) if par else set()
    kept, text = salting.stops._cut_out(par, removed)
    want = [k for k in range(len(par)) if k not in removed]
    assert list(kept) == want and text == "".join(par[k] for k in want)


def test_a_repeated_union_is_matched_to_its_full_name_once(monkeypatch):
    calls = []
    real = union_merge._kind_backref
    monkeypatch.setattr(union_merge, "_kind_backref", lambda name, full: calls.append(name) or real(name, full))
    sentence = "莎车县税务局工会举办讲座。税务局工会还组织了义诊。"
    assert names(sentence * 300) == ["莎车县税务局工会"]
    assert calls.count("税务局工会") == 1


def test_a_repeated_union_on_one_line_reads_as_once():
    sentence = "泽普县烟草专卖局（分公司）工会开展慰问。专卖局工会主席介绍了情况。"
    assert names(sentence * 200) == names(sentence) == ["泽普县烟草专卖局（分公司）工会"]


def test_tidy_map_packs_its_index_map():
    text, idx = tidy_map("工会  开展\u200b活动 " * 1000)
    assert idx.itemsize == 4 and len(idx) == len(text)
    assert text.startswith("工会 开展活动 工会") and [idx[k] for k in range(4)] == [0, 1, 2, 4]


@FAST
@given(st.lists(st.text("工a \u3000", max_size=4), min_size=1, max_size=8))
def test_join_all_is_join_folded_from_the_left(texts):
    from functools import reduce

    from unionkit.extract.meta.removals import _join, _join_all
    assert _join_all(texts) == reduce(_join, texts)


def _cands(rows):
    """Candidates from (start, length, t0, title length, score) draws, sorted as chain_decode sorts them."""
    cs = [salting.title.Cand(0, s, s + n, t0, t0 + k, "", p) for s, n, t0, k, p in rows]
    return sorted(cs, key=lambda c: (c.start, c.end))


cand_rows = st.tuples(st.integers(0, 60), st.integers(1, 4), st.integers(0, 14), st.integers(0, 3),
                      st.sampled_from([-3.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.5]))


@FAST
@given(st.lists(cand_rows, min_size=1, max_size=60))
def test_grouped_chain_links_are_the_all_pairs_links_ties_included(rows):
    cs = _cands(rows)
    gains = [c.prob + salting.chain.TRANS["member"] for c in cs]  # few distinct scores: many ties
    assert salting.chain._links_grouped(cs, gains) == salting.chain._links_pairwise(cs, gains)


def test_a_long_candidate_list_decodes_as_a_short_one_repeated():
    # one fragment sequence tiling the title, repeated far past PAIRWISE_MAX along one line
    unit = [(0, 2, 0, 1, 1.0), (3, 2, 2, 1, 0.5), (6, 2, 4, 1, 1.0)]
    rows = [(s + 10 * r, n, t0, k, p) for r in range(200) for s, n, t0, k, p in unit]
    assert len(rows) > salting.chain.PAIRWISE_MAX
    chain = salting.chain.chain_decode(_cands(rows), {})
    # the first copy; ties go early
    assert chain == salting.chain.chain_decode(_cands(rows[:3]), {}) == _cands(rows[:3])


def test_the_memo_keeps_one_long_paragraph_reading_and_every_short_one():
    rows = {"工" * salting.chain.LONG_PARAGRAPH: [1], "会议": [2], "会" * salting.chain.LONG_PARAGRAPH: [3], "活动": [4]}
    salting.chain._forget_long(rows)
    assert rows == {"会议": [2], "会" * salting.chain.LONG_PARAGRAPH: [3], "活动": [4]}


def test_a_page_on_one_line_cleans_as_before_with_the_memo_bounded(monkeypatch):
    from unionkit.clean import clean_text
    page = "某市总工会举办职工技能竞赛活动\n" + "工会组织开展职工技能竞赛，某市职工积极参与，总工会举办活动。" * 60
    want = clean_text(page)
    monkeypatch.setattr(salting.chain, "LONG_PARAGRAPH", 50)  # every reading of the line is long: only the newest kept
    assert clean_text(page) == want


def test_many_copies_of_one_story_are_checked_about_once_each(monkeypatch):
    """150 copies of a story: candidate pairs whose bodies verified pairs already join are not checked, so about
    one exact check per copy instead of one per pair (11,175)."""
    from unionkit.diff import reprints
    from unionkit.diff.reprints import Member, find_reprints

    story = "市总工会在职工服务中心举办技能竞赛，来自各行业的职工代表参加比赛并交流经验。" * 8
    items = [(Member(k, f"c{k}", None, None, None), f"{story}第{k}次转载。") for k in range(150)]
    checks = []
    real = reprints._Bodies.same_story
    monkeypatch.setattr(reprints._Bodies, "same_story", lambda self, a, b, known: checks.append((a, b)) or real(self, a, b, known))
    clusters = find_reprints(items)
    assert [len(c.members) for c in clusters] == [150]
    assert len(checks) == 149  # one per copy joined (every pair, or a star and a chain, without the skip)

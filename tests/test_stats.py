"""Corpus statistics: counts checked against values worked out by hand, grouping, per-article rows, order."""

from __future__ import annotations

import pathlib

import pytest
import regex

from unionkit.record import from_dict
from unionkit.stats import UNKNOWN, Summary, article_counts, article_row, group_keys
from unionkit.stats.counter import TopCounter, ranked
from unionkit.stats.keywords import DOMAIN_STOPWORDS, Keywords, terms
from unionkit.stats.segment import Segmenter, segmenter

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"


def rec(**kw) -> dict:
    """A record as `unionkit extract` writes it, with only the given fields filled."""
    d = {"schema": 1, "id": kw.pop("id"), "title": kw.pop("title", None), "body": kw.pop("body", []),
         "meta": kw.pop("meta", {}), "entities": kw.pop("entities", {}), "removed": kw.pop("removed", [])}
    assert not kw
    return d


# Three small records whose numbers are counted by hand in the comments.
HAND = [
    rec(id="a1", title="标题一",
        body=["工会召开大会。", "AB cd 12"],        # Han 6 (工会召开大会); other 1 (。) + 6 (ABcd12)
        meta={"published": "2021-03-05T10:00", "site": "甲网", "source": "乙报"},
        entities={"unions": [{"name": "廣元市總工會"}], "people": [{"name": "张三", "titles": []}],
                  "places": [{"name": "广元市", "province": "四川省", "city": "广元市"}],
                  "campaigns": ["最美劳动者"]},
        removed=[{"kind": "page_header", "text": "来源: 乙报"},   # 5 non-space characters
                 {"kind": "jammer", "text": "x$ 9"}]),          # 3
    rec(id="a2", title="标题二",
        body=["广元市总工会慰问职工"],                  # Han 10
        meta={"published": "2021-07-01", "site": "甲网"},
        entities={"unions": [{"name": "广元市总工会"}],
                  "people": [{"name": "张三", "titles": []}, {"name": "李四", "titles": []}],
                  "places": [{"name": "广元市", "province": "四川省", "city": "广元市"},
                             {"name": "昆明市", "province": "云南省", "city": "昆明市"}],
                  "campaigns": ["最美劳动者", "工心向党"]},
        removed=[{"kind": "jammer", "text": "ab"}]),             # 2
    rec(id="a3", title="标题三",
        body=["2022年,活动。"],                        # Han 3 (年活动); other 6 (2022 , 。)
        meta={"author": "某"}),
]


@pytest.fixture
def hand() -> Summary:
    s = Summary(keywords="none")
    for d in HAND:
        s.add(from_dict(d))
    return s


def section(rows, name):
    return [(r["item"], r["count"], r["characters"]) for r in rows if r["section"] == name]


def test_corpus_counts_by_hand(hand):
    rows = hand.rows()
    assert section(rows, "corpus") == [
        ("articles", 3, 32), ("paragraphs", 4, None), ("han characters", 19, 19),
        ("other characters", 13, 13), ("pages with damage", 2, 10)]
    # jammer on two pages (3 + 2 characters) comes before page_header on one page (5)
    assert section(rows, "damage") == [("jammer", 2, 5), ("page_header", 1, 5)]


def test_time_place_site_source_by_hand(hand):
    rows = hand.rows()
    assert section(rows, "year") == [("2021", 2, 23), (UNKNOWN, 1, 9)]
    assert section(rows, "province") == [("四川省", 2, 23), ("云南省", 1, 10), (UNKNOWN, 1, 9)]
    assert section(rows, "city") == [("广元市", 2, 23), ("昆明市", 1, 10), (UNKNOWN, 1, 9)]
    assert section(rows, "site") == [("甲网", 2, 23), (UNKNOWN, 1, 9)]
    # the unknown group is listed last even when it is the largest
    assert section(rows, "source") == [("乙报", 1, 13), (UNKNOWN, 2, 19)]


def test_top_entities_by_hand_with_scripts_merged(hand):
    rows = hand.rows()
    assert section(rows, "union") == [("广元市总工会", 2, None)]  # 廣元市總工會 and 广元市总工会 are one union
    assert section(rows, "person") == [("张三", 2, None), ("李四", 1, None)]
    assert section(rows, "place") == [("广元市", 2, None), ("昆明市", 1, None)]
    assert section(rows, "campaign") == [("最美劳动者", 2, None), ("工心向党", 1, None)]
    assert section(hand.rows(top=1), "person") == [("张三", 2, None)]


def test_grouping_rows_by_hand(hand):
    assert hand.groups["month"].rows() == [
        {"month": "2021-03", "articles": 1, "paragraphs": 2, "characters": 13, "removed": 8,
         "campaigns": ["最美劳动者"]},
        {"month": "2021-07", "articles": 1, "paragraphs": 1, "characters": 10, "removed": 2,
         "campaigns": ["工心向党", "最美劳动者"]},  # one article each: ties broken by name
        {"month": UNKNOWN, "articles": 1, "paragraphs": 1, "characters": 9, "removed": 0, "campaigns": []}]
    prov = hand.groups["province"].rows()
    assert [(r["province"], r["articles"], r["campaigns"]) for r in prov] == [
        ("四川省", 2, ["最美劳动者", "工心向党"]),
        ("云南省", 1, ["工心向党", "最美劳动者"]),  # a tie (1 each): broken by name
        (UNKNOWN, 1, [])]
    assert [(r["union"], r["articles"]) for r in hand.groups["union"].rows()] == [("广元市总工会", 2), (UNKNOWN, 1)]


def test_group_campaigns_only_where_asked_and_the_summary_unchanged(hand):
    lean = Summary(keywords="none", group_campaigns=("province",))
    for d in HAND:
        lean.add(from_dict(d))
    assert lean.rows() == hand.rows()
    assert lean.groups["province"].rows() == hand.groups["province"].rows()
    assert [r["campaigns"] for r in lean.groups["month"].rows()] == [[], [], []]
    assert [r["articles"] for r in lean.groups["month"].rows()] == [1, 1, 1]


def test_per_article_rows_by_hand():
    rows = [article_row(from_dict(d)) for d in HAND]
    assert rows[0] == {"id": "a1", "title": "标题一", "published": "2021-03-05T10:00", "site": "甲网",
                       "paragraphs": 2, "characters": 13, "removed": 8,
                       "damage": ["page_header", "jammer"]}  # in the record's reading order of kinds
    assert [(r["id"], r["characters"], r["removed"], r["damage"]) for r in rows[1:]] == [
        ("a2", 10, 2, ["jammer"]), ("a3", 9, 0, [])]


def test_group_keys_are_distinct_and_unknown_when_missing():
    a2, a3 = from_dict(HAND[1]), from_dict(HAND[2])
    assert group_keys(a2, "province") == ["云南省", "四川省"]
    assert group_keys(a3, "province") == [UNKNOWN] == group_keys(a3, "year") == group_keys(a3, "site")
    with pytest.raises(ValueError):
        group_keys(a2, "colour")


def test_order_does_not_depend_on_input_order():
    fwd, rev = Summary(keywords="none"), Summary(keywords="none")
    for d in HAND:
        fwd.add(from_dict(d))
    for d in reversed(HAND):
        rev.add(from_dict(d))
    assert fwd.rows() == rev.rows()
    assert fwd.groups["city"].rows() == rev.groups["city"].rows()


def test_ranked_breaks_ties_by_name():
    assert ranked([("乙", 1), ("甲", 2), ("丙", 1), ("a", 1)]) == [("甲", 2), ("a", 1), ("丙", 1), ("乙", 1)]


def test_top_counter_stays_bounded_and_keeps_the_frequent():
    c = TopCounter(cap=10)
    for i in range(1000):
        c.add("often")
        c.add(f"once{i}")
    assert len(c) <= 10 and c.pruned > 0
    assert c.top(1) == [("often", 1000)]


def test_top_counter_update_does_not_depend_on_key_order_when_it_prunes():
    def fill(order):
        c = TopCounter(cap=4)
        c.update(["a", "b", "c", "d"])
        c.update(order)                      # the 5th key prunes to 2, then one more key is added
        return c.counts
    assert fill(["z", "y"]) == fill(["y", "z"]) == {"a": 1, "b": 1, "z": 1}
    small = TopCounter(cap=10)
    small.update({"甲", "乙"})
    small.update({"甲"})
    assert small.top() == [("甲", 2), ("乙", 1)] and not small.pruned


def test_keywords_drop_domain_stopwords():
    words = terms("劳模工匠 劳模工匠 工会 职工 開展活動")
    assert "劳模" in words and not set(words) & DOMAIN_STOPWORDS


def test_keywords_sample_is_systematic_and_weighted():
    kw = Keywords("sample", budget=4)
    for _ in range(7):
        kw.add("劳模")
    # articles 1, 2 at stride 1; then stride 2: 3, 5; then stride 4: none of 6, 7 -> 1+1+2+2
    assert (kw.sampled, kw.seen, kw.tf["劳模"]) == (4, 7, 6)
    every = Keywords("all")
    for _ in range(7):
        every.add("劳模")
    assert (every.sampled, every.tf["劳模"]) == (7, 7)
    assert Keywords("none").top(5) == []


# ---- the keyword segmenter: dictionary words by forward longest match ----

SMALL = Segmenter.from_words({"劳模": 2.0, "工匠": 3.0, "劳模工匠": 5.0, "劳动": 1.0, "劳动竞赛": 4.0, "竞赛": 2.5,
                              "主题": 1.5, "为主": 1.0})


def test_segmenter_takes_the_longest_word_at_each_position():
    assert SMALL.words("劳模工匠") == ["劳模工匠"]       # not 劳模 + 工匠
    assert SMALL.words("劳模工") == ["劳模"]             # a longer prefix (劳模工) that is no word falls back
    assert SMALL.words("开展劳动竞赛活动") == ["劳动竞赛"]
    assert SMALL.words("劳动竟赛") == ["劳动"]           # 竟 is not 竞: no word, characters skipped


def test_segmenter_is_forward_greedy_and_skips_unknown_characters():
    # forward longest match: 为主 is taken before 主题 can be (the known price of greedy matching)
    assert SMALL.words("以为主题") == ["为主"]
    assert SMALL.words("x劳模, 工匠。abc") == ["劳模", "工匠"]
    assert SMALL.words("") == [] == SMALL.words("劳")


def test_segmenter_idf_of_words_and_not_of_prefixes():
    assert SMALL.idf("劳模工匠") == 5.0 and SMALL.idf("竞赛") == 2.5
    assert SMALL.idf("劳模工") == 0.0 and SMALL.idf("没有") == 0.0


def test_segmenter_ignores_non_han_and_one_character_entries():
    seg = Segmenter.from_words(["T恤", "3D打印", "会", "工会"])
    assert seg.words("T恤工会3D打印会") == ["工会"]


def test_jieba_dictionary_segmenter_finds_words_and_is_deterministic():
    seg = segmenter()
    text = "市总工会开展劳动竞赛，弘扬劳模精神和工匠精神。"
    words = seg.words(text)
    assert {"劳动竞赛", "弘扬", "工匠"} <= set(words)
    assert all(w in text and len(w) >= 2 for w in words)
    assert seg.words(text) == words and segmenter() is seg
    assert seg.idf("弘扬") > 0 and seg.idf("弘") == 0.0


def test_terms_apply_the_stoplist_after_segmentation_and_merge_scripts():
    words = terms("工會組織職工開展勞動競賽", SMALL)
    assert words == ["劳动竞赛"]   # traditional text is simplified first; 工会, 职工 are no keywords here
    assert terms("工会 工会", Segmenter.from_words(["工会"])) == []   # a stopword is dropped


def test_keywords_score_by_tf_times_idf_with_an_injected_segmenter():
    kw = Keywords("all", seg=SMALL)
    kw.add("劳模工匠，劳模工匠。劳动竞赛")
    assert kw.top(5) == [("劳模工匠", 2, 10.0), ("劳动竞赛", 1, 4.0)]


def test_table_cache_round_trips(tmp_path, monkeypatch):
    from unionkit.stats import segment

    monkeypatch.setenv("UNIONKIT_CACHE", str(tmp_path))
    table = SMALL.table
    path = segment._cache_file([pathlib.Path(segment.__file__)])
    assert path.parent == tmp_path
    segment._save_cached(path, table)
    assert segment._load_cached(path) == table
    path.write_bytes(b"not a table")
    assert segment._load_cached(path) is None


def test_summary_keywords_rank_corpus_terms():
    s = Summary(keywords="all")
    for d in HAND:
        s.add(from_dict(d))
    words = [r["item"] for r in s.rows() if r["section"] == "keyword"]
    assert "慰问" in words and "工会" not in words


# ---- the example pages: Summary against counts computed independently from the same records ----

def _example_records():
    import unionkit
    from unionkit.clean import clean_article
    from unionkit.extract import extract

    return [extract(clean_article(a)) for a in unionkit.read(str(EXAMPLES))]


@pytest.fixture(scope="module")
def examples():
    return _example_records()


def test_example_counts_against_an_independent_count(examples):
    s = Summary(keywords="none")
    for a in examples:
        s.add(a)
    han = other = 0
    for a in examples:
        for ch in "".join(a.body):
            if regex.match(r"\p{Han}", ch):
                han += 1
            elif not ch.isspace():
                other += 1
    pages: dict[str, set] = {}
    chars: dict[str, int] = {}
    for a in examples:
        for r in a.removed:
            pages.setdefault(r.kind, set()).add(a.id)
            chars[r.kind] = chars.get(r.kind, 0) + sum(not ch.isspace() for ch in r.text)
    rows = s.rows()
    corpus = {item: count for item, count, _ in section(rows, "corpus")}
    assert corpus["articles"] == 5
    assert corpus["paragraphs"] == sum(len(a.body) for a in examples)
    assert (corpus["han characters"], corpus["other characters"]) == (han, other)
    assert {k: (n, c) for k, n, c in section(rows, "damage")} == {k: (len(v), chars[k]) for k, v in pages.items()}
    provinces: dict[str, int] = {}
    for a in examples:
        for p in {p.province for p in a.entities.places if p.province}:
            provinces[p] = provinces.get(p, 0) + 1
    assert {k: n for k, n, _ in section(rows, "province") if k != UNKNOWN} == provinces


def test_example_years_are_the_pages_dates(examples):
    s = Summary(keywords="none")
    for a in examples:
        s.add(a)
    # the five pages are dated 2024-04-18, 2024-03-22, 2022-07-25, 2018-06-01 and 2021-04-30
    assert [(y, n) for y, n, _ in section(s.rows(), "year")] == [("2018", 1), ("2021", 1), ("2022", 1), ("2024", 2)]
    assert [k for k, _ in s.groups["month"].series()] == ["2018-06", "2021-04", "2022-07", "2024-03", "2024-04"]


def test_article_counts_match_row(examples):
    for a in examples:
        c = article_counts(a)
        assert article_row(a, c)["characters"] == c.han + c.other == sum(len("".join(p.split())) for p in a.body)

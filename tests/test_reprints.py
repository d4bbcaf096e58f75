"""Reprint clusters on a generated corpus: re-titled, abridged, reordered and spam-damaged copies.

Stories are halves of the example pages' cleaned bodies (ten stories that share
nothing).  Each story is written out as raw pages — the original and copies
that are re-titled, abridged, reordered, title-salted, pinyin-annotated,
jammed, or all three damages at once — and every page goes through the cleaner
before clustering, as ``unionkit diff --reprints`` does.  Unrelated singletons
are the same halves with their characters substituted (a different story with
the same shape).
"""

from __future__ import annotations

import itertools
import random
import string

import pytest
import regex

from unionkit.diff import sentences
from unionkit.diff.minhash import (BANDS, NUM_PERM, ROWS, candidate_probability, estimate, shingle_hashes,
                                   text_signature)
from unionkit.diff.reprints import Member, find_reprints

from conftest import PAGES

HAN = regex.compile(r"\p{Han}")


@pytest.fixture(scope="module")
def stories() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of ten stories: each example's cleaned body cut in two."""
    from unionkit.clean import clean_text

    out = []
    for p in PAGES:
        art = clean_text(p.read_text("utf-8"))
        body = [x for x in art.body if x.strip()]
        half = len(body) // 2
        out.append((art.title, body[:half]))
        second = body[half:]
        out.append((sentences(second[0])[0][:24].rstrip("。,"), second[1:] if len(second) > 2 else second))
    return out


# --- damage -----------------------------------------------------------------------------

def page(title: str, paras: list[str], date: str) -> str:
    """A raw page as scraped: title, a header line, indented paragraphs, a footer."""
    head = f"发布时间:{date}  来源:工会新闻网  点击:{len(title) * 7}次"
    return "\n".join([title, "", head, "", *("  " + p for p in paras), "", "版权所有 工会新闻网"]) + "\n"


def salt(title: str, paras: list[str], rng: random.Random) -> list[str]:
    """Title fragments salted after punctuation in the first paragraphs (spam sites' anti-copy damage)."""
    han = "".join(HAN.findall(title))
    chunks = [han[i:i + 2] for i in range(0, len(han) - 1, 2)]
    out = []
    for k, p in enumerate(paras):
        if k < 3 and chunks:
            pieces = regex.split(r"(?<=[,。、])", p)
            p = "".join(x + (chunks[(k + i) % len(chunks)] if i % 2 and x else "") for i, x in enumerate(pieces))
        out.append(p)
    return out


def pinyin(paras: list[str], rng: random.Random) -> list[str]:
    """A reading like 創(chuàng) after some Han characters."""
    from pypinyin import Style
    from pypinyin import pinyin as readings

    def one(m):
        ch = m.group(0)
        if rng.random() > 0.06:
            return ch
        return f"{ch}({readings(ch, style=Style.TONE)[0][0]})"

    return [HAN.sub(one, p) for p in paras]


def jam(paras: list[str], rng: random.Random) -> list[str]:
    """Random ASCII strings after paragraphs and on lines of their own."""
    chars = string.ascii_letters + string.digits + "#$%&*+/=>?@^_|~"

    def junk() -> str:
        return "".join(rng.choice(chars) for _ in range(rng.randint(6, 11)))

    out = []
    for p in paras:
        out.append(f"{p} {junk()}")
        if rng.random() < 0.5:
            out.append(junk())
    return out


def abridge(paras: list[str], rng: random.Random) -> list[str]:
    out = ["".join(s for s in sentences(p) if rng.random() < 0.7) for p in paras]
    return [p for p in out if p] or paras[:1]


def reorder(paras: list[str], rng: random.Random) -> list[str]:
    paras = list(paras)
    rng.shuffle(paras)
    return paras


def substitute(text: str, table: dict[int, str]) -> str:
    return text.translate(table)


@pytest.fixture(scope="module")
def corpus(stories):
    """(member, cleaned body, story) for every generated page, cleaned as the CLI would."""
    from unionkit.clean import clean_text

    rng = random.Random(20240418)
    pages: list[tuple[str, str, str | None]] = []  # (story, kind, page)
    for s, (title, paras) in enumerate(stories):
        variants = {
            "original": (title, paras),
            "retitled": ("转载|" + title[::-1][:12] + "纪实", paras),
            "abridged": (title, abridge(paras, rng)),
            "reordered": (title, reorder(paras, rng)),
            "salted": (title, salt(title, paras, rng)),
            "pinyin": (title, pinyin(paras, rng)),
            "jammed": (title, jam(paras, rng)),
            "all_damage": ("【重磅】" + title, jam(pinyin(salt(title, paras, rng), rng), rng)),
        }
        for k, (kind, (t, ps)) in enumerate(variants.items()):
            pages.append((f"s{s}", kind, page(t, ps, f"2024-0{1 + k % 9}-1{s % 10}")))
    han = sorted({c for _, ps in stories for p in ps for c in HAN.findall(p)})
    for s, (title, paras) in enumerate(stories):
        shuffled = list(han)
        random.Random(s).shuffle(shuffled)
        table = {ord(a): b for a, b in zip(han, shuffled)}
        pages.append((f"single{s}", "original",
                      page(substitute(title, table), [substitute(p, table) for p in paras], "2024-05-01")))
    out = []
    for i, (story, kind, text) in enumerate(pages):
        art = clean_text(text, id=f"{story}-{kind}")
        date = regex.search(r"\d{4}-\d\d-\d\d", text).group(0)
        out.append((Member(i, art.id, None, art.title, date), "\n".join(art.body), story))
    return out


def pairwise(groups: list[set[int]]) -> set[tuple[int, int]]:
    return {(a, b) for g in groups for a, b in itertools.combinations(sorted(g), 2)}


def test_generated_corpus_precision_and_recall(corpus):
    clusters = find_reprints([(m, body) for m, body, _ in corpus])
    predicted = pairwise([{m.index for m in c.members} for c in clusters])
    by_story: dict[str, set[int]] = {}
    for m, _, story in corpus:
        by_story.setdefault(story, set()).add(m.index)
    truth = pairwise(list(by_story.values()))
    tp = len(predicted & truth)
    precision = tp / len(predicted) if predicted else 0.0
    recall = tp / len(truth)
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)
    assert len(clusters) == 10


def test_every_damaged_copy_joins_its_original(corpus):
    clusters = find_reprints([(m, body) for m, body, _ in corpus])
    where = {m.id: k for k, c in enumerate(clusters) for m in c.members}
    for m, _, story in corpus:
        if story.startswith("s"):
            assert where.get(m.id) == where.get(f"{story}-original"), m.id
    for m, _, story in corpus:
        if story.startswith("single"):
            assert m.id not in where


def test_likely_original_is_the_earliest(corpus):
    for c in find_reprints([(m, body) for m, body, _ in corpus]):
        assert c.members[c.original].id.endswith("-original")
        dates = [m.published for m in c.members]
        assert dates == sorted(dates)
        assert c.pairs and all(0 < p.jaccard <= 1 and p.containment >= 0.5 for p in c.pairs)


def test_large_corpus_path_gives_the_same_clusters(corpus, monkeypatch):
    """The batched, parallel path (used on big corpora) agrees with the serial one."""
    import unionkit.diff.reprints as rp

    serial = find_reprints([(m, body) for m, body, _ in corpus])
    monkeypatch.setattr(rp, "PARALLEL_MIN", 1)
    monkeypatch.setattr(rp, "BATCH", 7)
    parallel = find_reprints([(m, body) for m, body, _ in corpus], workers=2)
    assert [[m.id for m in c.members] for c in serial] == [[m.id for m in c.members] for c in parallel]
    # a cache holding one 5-gram set at a time (every set rebuilt when needed): same clusters, same figures
    monkeypatch.setattr(rp, "SET_BUDGET", 1)
    starved = find_reprints([(m, body) for m, body, _ in corpus], workers=2)
    assert [[m.id for m in c.members] for c in serial] == [[m.id for m in c.members] for c in starved]
    assert [c.pairs for c in serial] == [c.pairs for c in starved]


def test_minhash_estimates_jaccard(stories):
    rng = random.Random(2)
    title, paras = stories[0]
    a = "".join(paras)
    for keep in (0.9, 0.6, 0.3):
        b = "".join(s for p in paras for s in sentences(p) if rng.random() < keep)
        sa, sb = shingle_hashes(a), shingle_hashes(b)
        true = len(sa & sb) / len(sa | sb)
        assert abs(estimate(text_signature(a), text_signature(b)) - true) < 0.15


def test_signature_is_stable_and_short_texts_work():
    sig = text_signature("市总工会召开年度工作会议")
    assert sig is not None and len(sig) == NUM_PERM >= BANDS * ROWS
    assert list(sig) == list(text_signature("市总工会,召开年度工作会议。"))
    assert text_signature("") is None and text_signature("。。") is None
    assert text_signature("工会") is not None


def test_banding_s_curve():
    assert candidate_probability(0.9) > 0.999
    assert candidate_probability(0.5) > 0.99
    assert candidate_probability(0.02) < 0.001


def _all_pairs_clusters(bodies: list[str]) -> list[list[int]]:
    """The reference: every candidate pair checked exactly, clusters as connected groups (no streaming)."""
    import unionkit.diff.reprints as rp
    from unionkit.diff.minhash import band_keys, normalise, normalised_hashes, signature
    from array import array

    keys = array("q")
    for b in bodies:
        sig = signature(normalised_hashes(normalise(b)))
        keys.extend([0] * BANDS if sig is None else band_keys(sig))
    grams = [rp._grams(normalise(b)) for b in bodies]
    forest = rp._Forest(len(bodies))
    for a, b in rp.candidate_pairs(keys, len(bodies)):
        if rp.same_story(grams[a], grams[b]):
            forest.union(a, b)
    return sorted(forest.groups())


def test_streamed_check_gives_the_all_pairs_clusters(corpus):
    """Candidate pairs streamed into the union-find (checks skipped once joined) give the clusters of
    checking every candidate pair."""
    clusters = find_reprints([(m, body) for m, body, _ in corpus])
    assert sorted(sorted(m.index for m in c.members) for c in clusters) == \
        _all_pairs_clusters([body for _, body, _ in corpus])


def _copies(stories, rng: random.Random) -> list[tuple[Member, str]]:
    """Two stories copied 120 times each: verbatim, abridged and reordered copies, interleaved."""
    items = []
    for k in range(240):
        _, paras = stories[k % 2]
        kind = k // 2 % 3
        ps = paras if kind == 0 else abridge(paras, rng) if kind == 1 else reorder(paras, rng)
        items.append((Member(k, f"s{k % 2}-{k}", None, None, f"2024-01-{1 + k % 28:02d}"), "\n".join(ps)))
    return items


def test_story_copied_many_times_costs_linear_checks(stories, monkeypatch):
    """Hundreds of copies of a story: one cluster each, each copy's 5-grams built about once (verbatim copies
    are compared as bytes), every member measured against the original, figures as the all-pairs reference."""
    import unionkit.diff.reprints as rp

    items = _copies(stories, random.Random(5))
    reference = _all_pairs_clusters([b for _, b in items])
    built = []
    real = rp._grams
    monkeypatch.setattr(rp, "_grams", lambda t, n=5: built.append(t) or real(t, n))
    clusters = find_reprints(items)
    assert sorted(sorted(m.index for m in c.members) for c in clusters) == reference
    assert [len(c.members) for c in clusters] == [120, 120]
    assert len(built) == len(set(built))       # no text's 5-grams built twice (identical copies share)
    for c in clusters:
        assert len(c.pairs) == len(c.members) - 1 and all(p.a == 0 for p in c.pairs)
        first = real(rp.normalise(next(b for m, b in items if m.index == c.members[0].index)))
        for p in c.pairs[:20]:
            other = real(rp.normalise(next(b for m, b in items if m.index == c.members[p.b].index)))
            jac, cont, _ = rp.exact(first, other)
            assert (p.jaccard, p.containment) == (round(jac, 4), round(cont, 4))

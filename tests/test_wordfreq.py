"""The compact word-frequency table answers like a sorted word list (freq / 0 for a prefix / None)."""

import bisect
import random

import pytest

from unionkit import jiebadict
from unionkit.clean import wordfreq
from unionkit.clean.wordfreq import WordFreq, dumps, loads


def reference_get(pairs, w, default=None):
    """The plain sorted-list lookup the table replaces."""
    words = sorted(pairs)
    keys = [k for k, _ in words]
    i = bisect.bisect_left(keys, w)
    if i < len(keys):
        if keys[i] == w:
            return words[i][1]
        if keys[i].startswith(w):
            return 0
    return default


def random_pairs(rng, n):
    alphabet = "工会职劳模一二三中国人民ab"
    words = {"".join(rng.choice(alphabet) for _ in range(rng.randint(1, 5))) for _ in range(n)}
    return {w: rng.randint(1, 10**6) for w in words}


@pytest.mark.parametrize("seed", range(5))
def test_matches_sorted_list(seed, monkeypatch):
    rng = random.Random(seed)
    pairs = random_pairs(rng, 400)
    monkeypatch.setattr(jiebadict, "STEP", rng.choice([1, 8, 256]))  # many blocks, and one
    tags = {w: rng.choice(["n", "v", "nr", ""]) for w in pairs}
    table = loads(dumps(WordFreq.from_pairs(pairs.items(), total=123, tags=tags)))
    assert table.total == 123 and len(table) == len(pairs)
    probes = set(pairs) | {w[:k] for w in pairs for k in range(len(w))}
    probes |= {"".join(rng.choice("工会劳中民bz\t\n𠀀") for _ in range(rng.randint(0, 6))) for _ in range(2000)}
    probes |= {w + "\t" + str(f) for w, f in list(pairs.items())[:20]}
    for w in probes:
        assert table.get(w) == reference_get(pairs.items(), w), w
        assert table.get(w, -1) == reference_get(pairs.items(), w, -1), w
        want = " ".join(x for x in (w, str(pairs[w]), tags[w]) if x) if w in pairs else ""
        assert table.line(w) == want, w
    assert sorted(table.items()) == sorted(pairs.items())


def test_bad_entries_rejected():
    for bad in [("a\tb", 1), ("a\nb", 1), ("a b", 1), ("", 1), ("a", 0)]:
        with pytest.raises(ValueError):
            WordFreq.from_pairs([bad], total=1)


def test_shipped_table():
    table = wordfreq.load()
    assert len(table) > 300_000 and table.total > 10**7
    assert table.get("工会") > 0 and table.get("工会主席") > 0
    assert table.get("中华人民共和") == 0  # a prefix of 中华人民共和国
    assert table.get("会工主") is None
    assert table.get("") == 0


def test_bad_tags_rejected():
    for tag in ["n v", "n\t", "\nv"]:
        with pytest.raises(ValueError):
            WordFreq.from_pairs([("工会", 5)], total=5, tags={"工会": tag})


def test_shipped_lines_are_jiebas_first_lines():
    """Every word's line is its first line in the installed jieba's dict.txt (the source of the table)."""
    root = jiebadict.jieba_dir()
    if root is None:
        pytest.skip("jieba is not installed")
    first: dict[str, str] = {}
    for line in (root / "dict.txt").read_text(encoding="utf-8").splitlines():
        first.setdefault(line.split()[0], line)
    table = wordfreq.load()
    assert len(table) == len(first)
    for w in list(first)[::7]:
        assert table.line(w) == first[w], w
    assert table.line("工会主") == "" and table.line("工会 981") == ""

"""The people finder's fast paths give the same answers as the plain ones they replaced."""

from __future__ import annotations

import pathlib
import random
import re

import regex

from unionkit.extract.people import article, credits, lists, scan, shape, speakers
from unionkit.extract.people import roles as people_roles
from unionkit.extract.wordrx import trie_pattern

EXAMPLES = sorted((pathlib.Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


def _texts(seed: int, n: int = 600) -> list[str]:
    """Cuts of the example pages, and snippets glued from quotes, punctuation, roles, verbs of speech and names."""
    rng = random.Random(seed)
    pages = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    out = list(pages)
    out += [t[a:a + rng.randint(1, 90)] for t in pages for a in (rng.randint(0, len(t)) for _ in range(40))]
    bits = ["“", "”", "「", "」", "『", "』", '"', "，", "。", "：", ":", " ", "\u3000", "\n", "、", "（", "）", "(", ")",
            "说", "說", "表示", "感慨地", "笑着", "告诉记者", "指出", "的", "等", "是", "和",
            "职工", "工人", "电工", "环卫工", "保洁员", "律师", "主席", "副主席", "主任", "书记", "党组书记", "市总工会",
            "公司", "王", "李", "欧阳", "刚", "秀兰", "建华", "杨梅季", "高温", "買", "𠀀", "A1", "5", "·", "中国梦", "精神"]
    for _ in range(n):
        out.append("".join(rng.choice(bits) for _ in range(rng.randint(1, 40))))
    return out


def test_quote_matches_equal_whole_text_scan():
    """Trying _QUOTE_RX only before each verb-of-speech tail finds the matches of a whole-text scan."""
    for t in _texts(0):
        plain = [m.span() for m in speakers._QUOTE_RX.finditer(t)]
        assert [m.span() for m in speakers._quote_matches(t)] == plain, t


def test_gated_role_trie_equals_plain_trie():
    """The look-ahead before the role trie changes none of its matches."""
    roles = sorted({m.group() for t in _texts(1) for m in people_roles._ROLE_RX.finditer(t)} | {"主席", "副主席", "职工"})
    assert people_roles._gated_trie(["ab", "abc", "b"]) == trie_pattern(["ab", "abc", "b"])  # (a one-character word: no gate)
    plain = re.compile(trie_pattern(people_roles._SCAN_ROLES))
    for t in _texts(1):
        assert [m.span() for m in people_roles._ROLE_RX.finditer(t)] == [m.span() for m in plain.finditer(t)], t
    gated = re.compile(people_roles._gated_trie(roles))
    for t in _texts(2):
        assert [m.span() for m in gated.finditer(t)] == [m.span() for m in re.finditer(trie_pattern(roles), t)], t


def test_role_scan_first_tests_change_nothing(monkeypatch):
    """_from_text gives the same people when its first tests let every text through to the role scan."""
    texts = _texts(3)
    fast = [scan._from_text(t, [], [], set()) for t in texts]
    anything = re.compile("")
    monkeypatch.setattr(scan, "_ROLE_PAIR", anything)
    monkeypatch.setattr(scan, "_OFFICE_RX", anything)
    monkeypatch.setattr(scan, "_AFTER_ROLE_NEXT", _Everything())
    monkeypatch.setattr(scan, "_OFFICE_LAST", _Everything())
    assert [scan._from_text(t, [], [], set()) for t in texts] == fast


class _Everything:
    """A set that holds every character."""

    def __contains__(self, c) -> bool:
        return True


def test_quoted_terms_equal_quote_search():
    """A name is among a text's quoted terms exactly when the text writes it between a pair of quotes."""
    pairs = (("“", "”"), ("「", "」"), ("『", "』"), ('"', '"'))
    for t in _texts(4):
        terms = article._quoted_terms(t)
        for name in {t[i:i + 3] for i in range(len(t) - 2)} | {"杨梅季", "王秀兰"}:
            if all("\u4e00" <= c <= "\u9fff" for c in name):
                assert (name in terms) == any(o + name + c in t for o, c in pairs), (t, name)


def test_character_and_run_tests_equal_patterns():
    """_IS_HAN, _HAN_RUN_BEFORE, _given_ok and _may_end_tail answer as the patterns and walks they replaced."""
    han = regex.compile(r"\p{Han}")
    given = regex.compile(r"\p{Han}{1,2}")
    for t in _texts(5):
        for c in t:
            assert shape._IS_HAN[c] == (han.match(c) is not None)
        for end in range(len(t) + 1):
            j = end
            while j > 0 and han.match(t[j - 1]):
                j -= 1
            assert shape._HAN_RUN_BEFORE.match(t, 0, end).start() == j
        for piece in t.split("、"):
            assert lists._may_end_tail(piece[-5:]) == lists._may_end_in_name(piece), piece
            for k in (1, 2, 3):
                g = piece[:k]
                plain = (bool(g) and given.fullmatch(g) is not None and not (set(g) & people_roles._NOT_GIVEN)
                         and g not in shape._ADDRESS) or g in shape._XIANG_GIVEN or shape._she_given(g)
                assert shape._given_ok(g) == plain, g


def test_standard_patterns_equal_regex_ones():
    """_ORG_CUT, _ORG_END and _ROLE_WORD on the standard module match as the regex module's versions did."""
    for rx in (people_roles._ORG_CUT, people_roles._ORG_END, credits._ROLE_WORD):
        old = regex.compile(rx.pattern)
        for t in _texts(6, 200):
            for run in re.findall(r"[\u4e00-\u9fff]{1,40}", t):
                for end in (len(run), len(run) - 1, len(run) // 2):
                    a, b = rx.match(run, 0, end), old.match(run, 0, end)
                    assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), run
                assert bool(rx.search(run)) == bool(old.search(run)), run
                assert bool(rx.fullmatch(run)) == bool(old.fullmatch(run)), run


def test_han_tail_of_last_characters_equals_whole_search():
    """_HAN_TAIL finds the same run in a piece's last 41 characters as in the whole piece."""
    for t in _texts(7) + ["王" * 60, "王" * 60 + "\n", "a" + "王" * 39 + "\n", "王刚\n\n"]:
        for piece in t.split("、") + [t]:
            a, b = lists._HAN_TAIL.search(piece), lists._HAN_TAIL.search(piece[-41:])
            assert (a and a.group()) == (b and b.group()), piece

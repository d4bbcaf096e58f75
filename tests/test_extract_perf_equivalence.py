"""The fast paths of extraction give the same answers as the plain ones they replaced."""

from __future__ import annotations

import pathlib
import random

import pytest

from unionkit import jiebadict
from unionkit.extract import places
from unionkit.extract.places import chains as place_chains
from unionkit.extract.places import scanner
from unionkit.extract.people import boundaries, chains, dictionary, offices, speakers
from unionkit.extract.people import roles as people_roles
from unionkit.extract.wordrx import trie_pattern

EXAMPLES = sorted((pathlib.Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


def _whole_text_scan(text: str) -> list[tuple[int, int, str]]:
    """Gazetteer hits from one automaton pass over the whole text (the original scan), then the same
    preference for a full province or prefecture name over a short name it overlaps (岳阳 + 阳江市)."""
    gaz = places.gazetteer()
    hits, cand = [], []
    for e, k in gaz.automaton.iter_long(text):
        start = e - len(k) + 1
        divs, full = gaz.found(k)
        if not full and (k in gaz.inner_opens or text[start + len(k) - 1:start + len(k) + 1] in gaz.full_opens):
            cand.append(len(hits))
        hits.append(places.Mention(start, start + len(k), k, divs, full))
    hits = scanner._prefer_full(text, hits, cand) if cand else hits
    return [(m.start, m.end, m.text) for m in hits]


def test_run_scan_equals_whole_text_scan():
    """Scanning only runs of name characters finds exactly the hits of a whole-text pass."""
    rng = random.Random(0)
    keys = list(places.gazetteer().index)
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    cases = []
    for t in texts:
        cases.append(t)
        cases += [t[a:a + rng.randint(1, 60)] for a in (rng.randint(0, len(t)) for _ in range(200))]
    for _ in range(300):  # names glued to each other and cut, ending the text or not
        cases.append("".join(rng.choice(keys)[rng.randint(0, 1):] + rng.choice(["", "x", "。", "省", "市"])
                             for _ in range(rng.randint(1, 8))))
    for c in cases:
        assert [(m.start, m.end, m.text) for m in scanner._scan(c)] == _whole_text_scan(c), c


def test_scan_of_a_text_with_lines_added_equals_its_own_scan():
    """The scan of the last scanned text + a newline + more lines, made from the last text's hits (scanner._extended),
    has exactly the hits of a scan of the whole: names ending the text or opening the lines, cut or glued on."""
    rng = random.Random(1)
    keys = list(places.gazetteer().index)

    def glued() -> str:
        return "".join(rng.choice(keys)[rng.randint(0, 1):] + rng.choice(["", "x", "。", "省", "市", "工会"])
                       for _ in range(rng.randint(1, 12)))

    texts = ["某某报讯 " + glued() + rng.choice(["。", "！", "”", "", "市"]) for _ in range(400)]
    # every name cut at the text's end, a shorter name inside it pending there (五大连 of 五大连池: 大连)
    texts += ["某某报讯 " + k[:-1] + end for k in keys if len(k) > 3 for end in ("", "。")]
    used = 0
    for text in texts:
        joined = text + "\n" + "\n".join(glued() for _ in range(rng.randint(1, 2)))
        hits = scanner._scan(text)
        ext = scanner._extended(joined, (text, hits, True))
        if ext is not None:
            used += 1
            assert [(m.start, m.end, m.text) for m in ext] == [(m.start, m.end, m.text)
                                                              for m in scanner._scan_folded(joined)], joined
    assert used > 1000


def test_nameless_marks_are_the_marks_in_no_in_name_pair():
    """The marks read against the in-name pairs joined once are those the plain test (a mark in no pair) finds."""
    pairs = places.gazetteer().pairs
    plain = frozenset(c for c in "\n。！？；…”」』）)!?;" if not any(c in p for p in pairs))
    assert scanner._nameless_marks() == plain
    assert "。" in plain and "\n" in plain


def _plain_line(s: str, d: str) -> str:
    """The original look-up: a search of the dictionary text ``d`` for the word's first line."""
    i = d.find("\n" + s + " ")
    return d[i + 1: d.find("\n", i + 1)] if i >= 0 else ""


def test_dictionary_table_equals_dictionary_search():
    """Look-ups in the shipped table agree with a plain search of jieba's dict.txt."""
    root = jiebadict.jieba_dir()
    if root is None:
        pytest.skip("jieba's dictionary is not installed")
    d = "\n" + (root / "dict.txt").read_text(encoding="utf-8")
    rng = random.Random(1)
    firsts = sorted(dictionary._FIRST_CHARS)
    lines = d.split("\n")
    words = [line.split(" ")[0] for line in lines[1::300] if line]
    cases = words + [w[:-1] for w in words] + [w + "们" for w in words]
    cases += ["".join(rng.choice(firsts) for _ in range(rng.randint(1, 4))) for _ in range(200)]
    cases += ["焦点", "高峰", "项目", "王", "", "王 刚", "孙玉龙", "工会 981", "工会 981 n", "工会 98", "工\n会", "\ud800"]
    cases += ["晋升", "练功"]  # (verbs jieba tags as names: _NAME_TAGGED_VERBS)
    first = {}  # each word's first line, as the search finds it (a search of the 5 MB text per case took 20 s)
    for line in lines[1:]:
        first.setdefault(line.split(" ", 1)[0], line)
    for s in cases:
        plain = " " in s or "\n" in s or s == ""  # cases the word index cannot stand for: search the text itself
        line = _plain_line(s, d) if plain else first.get(s, "")
        assert dictionary._dictionary_search(s) == line, s
        if line and s in dictionary._NAME_TAGGED_VERBS:  # (jieba's nr: read as the verbs they are)
            line = line.rsplit(" ", 1)[0] + " v"
        parts = line.split()
        assert dictionary._raw_line(s) == line, s
        assert dictionary.is_common_word(s) == (bool(parts) and not (parts[2] if len(parts) > 2 else "").startswith("nr")), s
        assert boundaries._is_verb(s) == (len(parts) > 2 and parts[2] == "v"), s


@pytest.mark.parametrize("words,text", [
    (["书记", "副书记", "党组副书记", "主席"], "党组副书记、主席孙玉龙和副书记"),
    (["ab", "abc", "b"], "abcab b xabd"),
])
def test_trie_pattern_matches_longest_first_alternation(words, text):
    """A trie pattern finds the same matches as the alternation sorted longest first."""
    import re

    alt = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(trie_pattern(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alt.finditer(text)]


def _random_texts(seed: int, n: int = 400) -> list[str]:
    """Cuts of the example pages, and snippets glued from quotes, punctuation, roles and surnames."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES]
    out = list(texts)
    out += [t[a:a + rng.randint(1, 80)] for t in texts for a in (rng.randint(0, len(t)) for _ in range(40))]
    bits = ["“", "”", "「", "」", "『", "』", "，", "。", "：", ":", " ", "\u3000", "\n", "说", "表示", "道", "的",
            "职工", "工人", "电工", "环卫工", "保洁员", "律师", "主席", "王", "李", "欧阳", "買", "𠀀", "A1", "5",
            "中国梦", "劳动美", "工匠", "精神", "·", "、"]
    for _ in range(n):
        out.append("".join(rng.choice(bits) for _ in range(rng.randint(1, 30))))
    return out


def _plain_campaigns(text: str) -> list[str]:
    """find_campaigns as first written: every quoted span through is_campaign."""
    from unionkit.extract.campaigns import _QUOTED, is_campaign

    out, seen = [], set()
    for mt in _QUOTED.finditer(text or ""):
        q = mt["q"].strip()
        if q not in seen and is_campaign(q, text[max(0, mt.start() - 6): mt.start()]):
            seen.add(q)
            out.append(q)
    return out


def test_inlined_campaign_tests_equal_is_campaign():
    """find_campaigns' inlined tests accept exactly the spans is_campaign accepts."""
    from unionkit.extract.campaigns import find_campaigns

    for t in _random_texts(2):
        assert find_campaigns(t) == _plain_campaigns(t), t


def test_trade_scan_finds_every_trade_noun_before_a_name():
    """The one-class scan (_TRADE_AT) and the tail look-up (_TRADE_TAILS) let through every trade noun
    that stands before a surname: the cheap tests never drop a trade the full look-up would take."""
    rng = random.Random(3)
    surnames = sorted(dictionary._FIRST_CHARS)
    for t in people_roles._TRADES:
        lead, gap = rng.choice(["", "优秀", "，"]), rng.choice(["", " ", "\u3000"])
        text = lead + t + gap + rng.choice(surnames) + "志强"
        end = len(lead) + len(t)
        assert any(mt.end() == end for mt in chains._TRADE_AT.finditer(text)), text
        assert text[end - 2:end] in chains._TRADE_TAILS, text


def test_quote_tail_gate_finds_every_quoted_speaker_paragraph():
    """The standard-module _QUOTE_TAIL gate matches every text where the full _QUOTE_RX does."""
    cases = _random_texts(4) + ["王刚说：“好”", "孙玉龙表示，", "李娜笑着说\x1c“", "張偉認為 「", "陈静告诉记者:"]
    for t in cases:
        if speakers._QUOTE_RX.search(t):
            assert speakers._QUOTE_TAIL.search(t), t


def test_phone_gate_holds_wherever_a_phone_number_matches():
    """Every phone number _phone_contacts reads opens with an ASCII 0 or 1, the gate before its pattern: other digits
    (fullwidth ０５１９, Arabic-Indic) in numbers of a phone's length match nothing."""
    from unionkit.extract.people import jobs

    rng = random.Random(7)
    digits = "0123456789０１２３４５６７８９٠١٢٣٤٥٦٧٨٩"
    cases = _random_texts(5) + ["".join(rng.choice(digits + "-－，：电话") for _ in range(rng.randint(8, 20)))
                                for _ in range(3000)]
    for t in cases:
        if jobs._PHONE.search(t):
            assert "0" in t or "1" in t, t


def test_cached_union_reading_equals_reading_with_the_page_locality():
    """_read_known (cached by segment and the page's main places) reads as _read_segment with the page's own _Locality."""
    from unionkit.extract.unions.base import _HEAD, _segment_start
    from unionkit.extract.unions.locality import _Locality
    from unionkit.extract.unions.reading import _read_known, _read_segment

    rng = random.Random(5)
    for path in EXAMPLES:
        text = path.read_text(encoding="utf-8")
        loc = _Locality(text, places.find_places(text))
        key = tuple(loc.names.items())
        heads = list(_HEAD.finditer(text))
        for m in heads:
            for lo in (0, rng.randint(0, m.start())):
                raw = text[_segment_start(text, m.start(), floor=lo):m.start()]
                assert _read_known(raw, m.group(), key) == _read_segment(raw, m.group(), loc), raw
        for level in "市区县省":  # bare level words: the reading the page's locality completes
            for head in ("总工会", "工会"):
                assert _read_known(level, head, key) == _read_segment(level, head, loc)


def test_header_name_gates_hold_wherever_the_patterns_match():
    """_header_names tests a literal before each pattern: wherever a pattern matches, its literal is there."""
    from unionkit.extract import meta
    from unionkit.extract.meta import bylines, header_rows

    rng = random.Random(6)
    lines = [ln for p in EXAMPLES for ln in p.read_text(encoding="utf-8").splitlines()]
    bits = ["原创", "原創", "记者", "記者", "本报", "张晓红", "江城工会", "广东工会", " ", "\u3000", "\x1c", "\n",
            "2024-07-15", "1998年", "20:30", "发表于", "湖北", "报", "新闻", "·", "优质创作者", "abc_1", "：", "来源"]
    cases = lines + ["".join(rng.choice(bits) for _ in range(rng.randint(1, 8))) for _ in range(3000)]
    matched = 0
    for raw in cases:
        t = meta.normalise_line(raw)
        if bylines._HEAD_REPORTER.match(t):
            matched += 1
            assert "记者" in t or "記者" in t, t
        if header_rows._WECHAT.match(t):
            matched += 1
            assert "原创" in t or "原創" in t, t
        if header_rows._WECHAT_REPOST.match(t) or header_rows._OUTLET_DATE.match(t) or header_rows._DATE_OUTLET.match(t):
            matched += 1
            assert "20" in t or "19" in t, t
        if header_rows._ACCOUNT.match(t):
            matched += 1
            assert len(t.strip()) <= 16, t
    assert matched > 100


def test_speech_or_title_gate_holds_wherever_a_speaker_or_title_pattern_matches():
    """_SPEECH_OR_TITLE finds every paragraph where _QUOTE_TAIL, _DE_SPEAKER or _TITLE_WORD would match."""
    rng = random.Random(7)
    extra = ["的王刚说。", "的李娜介紹「", "张伟律师", "罗志刚醫生说", "会计师", "告訴記者\u3000“", "的刘芳表示\n："]
    cases = _random_texts(7) + extra + ["".join(rng.choice(extra + ["，", "的", "王"]) for _ in range(4)) for _ in range(300)]
    hits = 0
    for t in cases:
        if speakers._QUOTE_TAIL.search(t) or speakers._DE_SPEAKER.search(t) or offices._TITLE_WORD.search(t):
            hits += 1
            assert speakers._SPEECH_OR_TITLE.search(t), t
    assert hits > 50


def test_stem_first_characters_cover_every_county_stem():
    """_stem_county's first test (the city's counties' first characters, read from the gazetteer rows) rejects no
    character a stem of that city's _county_stems table starts with."""
    for city in place_chains._county_rows():
        assert set(place_chains._county_stems(city)) <= place_chains._stem_firsts(city), city

"""The pinyin rules' shortcuts answer as the full rules do: the bracket pre-test and the (character, syllable) cache."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from unionkit.clean import pinyin

# Han characters, both brackets, letters with and without tone marks, digits, spaces and a colon, and what
# mojibake makes of tone marks (Ã¬, Ç\x8e, an NBSP).
_ALPHABET = st.sampled_from(list("助創网網工会(（)）chuàngwǎngzhíōAZv:5 12Ã¬Ç\x8e\xa0"))


@settings(max_examples=300, deadline=None)
@given(st.text(_ALPHABET, max_size=30))
def test_bracket_pretest_proves_no_reading(line):
    if pinyin._READING_OPEN.search(line) is None:
        assert pinyin._ANNOTATION.search(line) is None
        assert pinyin._WORD_ANNOTATION.search(line) is None
        assert pinyin._MOJIBAKE_ANNOTATION.search(line) is None


def test_pretest_keeps_readings():
    assert pinyin.pinyin_spans("助創(chuàng)文明") == [(2, 10)]
    assert pinyin.pinyin_spans("職工(zhí gōng)之家") == [(2, 12)]
    assert pinyin.pinyin_spans("(记者 王刚)職工(2024)") == []


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(list("創網工會女")), st.sampled_from(["chuàng", "wang3", "gong", "nu", "nv3", "li", "Li", "hui4"]),
       st.booleans())
def test_cached_reading_is_the_reading(ch, text, strict):
    pinyin._reads.cache_clear()
    first = pinyin.is_reading(ch, text, strict_tones=strict)
    assert pinyin._reads.__wrapped__(ch, text, strict) == first == pinyin.is_reading(ch, text, strict_tones=strict)

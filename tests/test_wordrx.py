"""Word lists as trie-shaped patterns (unionkit.extract.wordrx): the pattern text itself (its matches are checked
in test_extract_perf_equivalence); the text keys the pattern caches, so it must not change."""

from __future__ import annotations

from unionkit.extract.wordrx import trie_pattern


def test_shape_of_the_pattern():
    """Shared heads are factored, a word ending inside a longer one makes the tail optional, specials escaped."""
    assert trie_pattern(["主席", "副主席", "副主任", "主"]) == "(?:主(?:席)?|副主(?:任|席))"
    assert trie_pattern(["a.b", "", "a"]) == r"a(?:\.b)?"
    assert trie_pattern([]) == ""


"""find_unions: a body named again by its kind alone (专卖局工会) after the page writes its union in full is that union,
not a second one (invented sentences, with look-alikes that must not change)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    # the full name holds a bracketed branch word the second mention leaves out
    ("泽普县烟草专卖局（分公司）工会开展慰问。专卖局工会主席介绍了情况。", ["泽普县烟草专卖局（分公司）工会"]),
    # the full name written plainly; the short form first, the full name later
    ("莎车县税务局工会举办讲座。税务局工会还组织了义诊。", ["莎车县税务局工会"]),
    ("税务局工会组织义诊。据悉，莎车县税务局工会今年已办讲座5场。", ["莎车县税务局工会"]),
    # the same body written with and without its bracket: one body
    ("泽普县烟草专卖局工会送清凉。泽普县烟草专卖局（分公司）工会开展慰问。专卖局工会主席说。",
     ["泽普县烟草专卖局工会", "泽普县烟草专卖局（分公司）工会"]),
])
def test_a_kind_named_again_is_the_full_union(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # two different bodies of that kind: the short form names neither for sure
    ("莎车县税务局工会和叶城县税务局工会联合举办讲座。税务局工会主席说。",
     ["莎车县税务局工会", "叶城县税务局工会", "税务局工会"]),
    # an abbreviation, not the full name's tail, stays as written
    ("呼玛县林业和草原局工会组织送书。林草局工会主席说。", ["呼玛县林业和草原局工会", "林草局工会"]),
    # a kind with a place of its own is a name of its own
    ("白龙江林业管理局迭部林业局工会开展活动。迭部林业局工会主席说。",
     ["白龙江林业管理局迭部林业局工会", "迭部林业局工会"]),
    # with no full name on the page the short form stays
    ("税务局工会组织义诊。", ["税务局工会"]),
])
def test_other_short_forms_stay(text, want):
    assert names(text) == want


@pytest.mark.parametrize("name, full", [
    ("建设集团工会", "云南建投第一建设集团工会"),
    ("建設集團工會", "雲南建投第一建設集團工會"),  # the same in traditional script
])
def test_a_company_word_keeps_its_own_short_form_in_either_script(name, full):
    """A group's or company's name keeps every word (_company_shorts' work), whichever script the page is in."""
    from unionkit.extract.unions import _kind_backref
    assert _kind_backref(name, [full]) == name

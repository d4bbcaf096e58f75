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
    from unionkit.extract.unions.fullnames import _kind_backref
    assert _kind_backref(name, [full]) == name


# --- a bare 公司工会 after the page names one company in full -------------------------------------

@pytest.mark.parametrize("text, want", [
    # the firm named once, its union then only 公司工会
    ("在湖南某某锑都有限公司，公司工会组织职工开展应急演练。公司工会主席皮建明说，今年已整改隐患47处。",
     ["湖南某某锑都有限公司工会"]),
    ("临朐县鑫瑞铝材有限公司召开职代会，公司工会主席与公司总经理代表双方签字。这是该公司工会连续第四年开展协商。",
     ["临朐县鑫瑞铝材有限公司工会"]),
    ("臨朐縣鑫瑞鋁材有限公司召開職代會，公司工會主席代表職工簽字。", ["臨朐縣鑫瑞鋁材有限公司工會"]),
    # the headline shortens the firm's name (no place, no legal form): the same firm as the text's full name
    ("恒远精工公司召开职代会\n3月2日，嘉兴恒远精工机械有限公司第二届职代会召开。\n会前，公司工会广泛征集职工提案。",
     ["嘉兴恒远精工机械有限公司工会"]),
    # a bare 集团公司工会 after the one group company named in its paragraph
    ("9月5日，在榆林华泰能源化工集团有限公司，集团公司工会组织职工开展技能比武。集团公司工会主席说。",
     ["榆林华泰能源化工集团有限公司工会"]),
    ("榆林華泰能源化工集團有限公司召開大會，集團公司工會主席致辭。", ["榆林華泰能源化工集團有限公司工會"]),
    # ... or in an earlier paragraph: a group's own news calls itself 集团公司 throughout
    ("9月5日，华泰能源化工集团有限公司技能大赛开幕。\n本次大赛由集团公司工会主办。", ["华泰能源化工集团有限公司工会"]),
])
def test_a_bare_company_union_is_the_one_named_firms(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # two companies named: the bare union names neither for sure
    ("在甲乙丙丁有限公司和戊己庚辛有限公司，公司工会组织职工开展演练。", []),
    # a company's union written in full: the page's own name for it stands
    ("宏达机械有限公司工会举办培训，宏达机械有限公司全体职工参加。公司工会主席说。", ["宏达机械有限公司工会"]),
    # no company named, only 该公司: nothing to resolve
    ("该公司工会组织职工开展演练。公司工会主席说。", []),
    # the firm named in passing in another paragraph: the bare union is a speaker's own firm's, named by its kind
    ("其中，南海德丰精密机械有限公司职工团队研发的装置已获专利。\n该团队负责人说，公司工会每年都拿出专项经费。", []),
    # a noun of union work after 公司工会: no body named
    ("在湖南某某锑都有限公司，审议通过了公司工会工作报告。", []),
    # the headline's short form beside two firms named in full: which one it is stays open
    ("恒远精工公司召开职代会\n3月2日，嘉兴恒远精工机械有限公司与丰泽纺织科技有限公司签约。\n会前，公司工会广泛征集职工提案。",
     []),
    # a group named only after the bare group union: the union stays as written
    ("集团公司工会主席说，比武将持续三天。\n9月5日，华泰能源化工集团有限公司召开大会。", ["集团公司工会"]),
])
def test_a_bare_company_union_without_one_firm_stays_unresolved(text, want):
    assert names(text) == want


def test_a_unit_named_after_its_locality_is_a_name_of_its_own():
    """塔山-like names (a place word the dictionary tags, then 矿) name one mine, not a kind: the text's short name
    stays beside the group's long one written in the headline."""
    got = names("同汽集团大山矿工会举办比赛\n7月5日，大山矿工会在文体中心举办了比赛。")
    assert "大山矿工会" in got

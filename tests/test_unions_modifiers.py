"""find_unions: a modifier's 的, 各 ("every"), 两地/当地 (places by count or stance), a short place name after 和,
巴州 (invented sentences, with negatives)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want, not_want", [
    # a modifier ending in 的 describes the body: its name starts after it
    ("位于江苏省泰州市境内的华东重工集团有限公司船舶分公司工会组织慰问。",
     "华东重工集团有限公司船舶分公司工会", "江苏省泰州市境内的华东重工集团有限公司船舶分公司工会"),
    # a taxi firm (的士) keeps its 的
    ("昨天，的士有限公司工会为司机送去清凉。", "的士有限公司工会", "士有限公司工会"),
])
def test_a_modifier_before_a_body(text, want, not_want):
    got = names(text)
    assert want in got and not_want not in got


@pytest.mark.parametrize("text, generic", [
    ("各学区、县直各学校工会：现将有关事项通知如下。", "县直各学校工会"),
    ("市直各学校工会：请认真组织学习。", "市直各学校工会"),
    ("请延吉市各街道总工会做好报名工作。", "延吉市各街道总工会"),
])
def test_every_body_of_a_level_is_no_union(text, generic):
    assert generic not in names(text)


@pytest.mark.parametrize("text", [
    "区总工会为两地蔬菜专业合作社工会会员送去技术资料。",
    "由当地茶叶合作社工会做好会员登记。",
    "本地物流公司工会与外地建筑公司工会签订协作协议。",
    "兩地電器公司工會共同舉辦職工聯誼活動。",
])
def test_places_by_count_or_stance_name_no_union(text):
    """两地/多地 ("the two/many places") and 当地/本地/外地 ("local", "from elsewhere") tell where bodies of a kind
    are, not which one: what follows them is no name (the union of each co-op there)."""
    assert not [n for n in names(text) if n.startswith(("两地", "兩地", "当地", "本地", "外地"))], names(text)
    assert not [n for n in names(text) if "合作社" in n or "公司" in n], names(text)


@pytest.mark.parametrize("text, want, not_want", [
    # 和龙 is a county-level city: the 和 is no "and" before a firm's name that opens with it
    ("和龙林业有限公司工会同步为职工发放防寒用品。", "和龙林业有限公司工会", "龙林业有限公司工会"),
    ("长白山森工集团和龙林业有限公司工会开展慰问。", "长白山森工集团和龙林业有限公司工会", "龙林业有限公司工会"),
])
def test_a_short_place_name_after_a_lead_word_stays_whole(text, want, not_want):
    got = names(text)
    assert want in got and not_want not in got


def test_and_before_a_plain_firm_is_still_cut():
    got = names("他走访了车间和华能发电有限公司工会。")
    assert "华能发电有限公司工会" in got
    assert not any(n.startswith("和") for n in got)


def test_bazhou_is_the_autonomous_prefecture():
    assert "巴州总工会" in names("在巴州总工会和博湖县总工会的指导下，项目联合工会正式成立。")


def test_one_character_county_union():
    assert names("12月1日，岷县总工会举办技能竞赛。") == ["岷县总工会"]


@pytest.mark.parametrize("text, want, not_want", [
    # a one-character lead word (同, 和) before one character and a body word opens a two-character short name
    ("同汽集团东坡矿工会举办技能比武。", "同汽集团东坡矿工会", "汽集团东坡矿工会"),
    ("和康医院工会开展义诊。", "和康医院工会", "康医院工会"),
])
def test_a_lead_character_that_opens_a_two_character_name_stays(text, want, not_want):
    got = names(text)
    assert want in got and not_want not in got


@pytest.mark.parametrize("text, want", [
    # the preposition before a level's or the writer's own body is still no part of a name
    ("他同市总工会一起走访企业。", "市总工会"),
    ("同本公司工会签订协议。", "本公司工会"),
])
def test_a_preposition_before_a_level_or_own_body_is_stripped(text, want):
    assert want in names(text)


# --- a middle dot inside a firm's name ------------------------------------------------------------------

def test_a_firm_name_is_not_cut_at_its_middle_dot():
    got = names("沈阳重机·冶金集团工会、和平区总工会等单位获奖。")
    assert "沈阳重机·冶金集团工会" in got and "冶金集团工会" not in got


@pytest.mark.parametrize("text, not_want", [
    # a slogan or a transliterated name before the dot joins nothing
    ("书香某州·悦读工会活动启动。", "书香某州·悦读工会"),
    ("阿依古丽·买买提当选为市总工会委员。", "阿依古丽·买买提当选为市总工会"),
    # a list of bodies set off by dots: the part before the dot is a body of its own
    ("·沈阳机床集团工会·沈阳冶金集团工会", "沈阳机床集团工会·沈阳冶金集团工会"),
])
def test_a_dot_between_other_things_still_cuts(text, not_want):
    assert not_want not in names(text)

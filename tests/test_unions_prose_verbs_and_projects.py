"""find_unions: verbs of election and of receiving before a bare body word, and a firm's project union (invented
sentences, with look-alike negatives)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, bad", [
    ("我2003年开始当车间工会主席，2009年被选为厂工会主席。", "2009年被选为厂工会"),
    ("他被推选为公司工会委员。", "被推选为公司工会"),
    ("上个月接到公司工会通知，我被推荐参加疗休养。", "接到公司工会"),
    ("他收到公司工会的慰问金。", "收到公司工会"),
    ("她多次受到集团工会表彰。", "受到集团工会"),
    ("班组长也没见过厂工会的人。", "班组长也没见过厂工会"),  # a body seen or not seen: the verb is prose
    ("员工从未看到集团工会的公示。", "未看到集团工会"),
    ("大家早就听说公司工会有困难补助。", "大家早就听说公司工会"),
])
def test_verb_before_a_bare_body_word_is_no_name(text, bad):
    """A verb of election (选为), of receiving (接到, 收到, 受到) or of seeing (见过, 看到, 听说) glued before a bare
    厂/公司/集团 is prose."""
    assert bad not in names(text)


@pytest.mark.parametrize("text, want", [
    ("他收到中建三局工会的慰问。", "中建三局工会"),
    ("他受到青岛啤酒股份有限公司工会表彰。", "青岛啤酒股份有限公司工会"),
    ("他被推选为铜陵有色金属集团控股有限公司工会主席。", "铜陵有色金属集团控股有限公司工会"),
])
def test_named_body_after_such_a_verb_is_kept(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text, want", [
    ("慰问组走进项目部，与中建五局第三建设有限公司耒阳项目工会负责人交流。", "中建五局第三建设有限公司耒阳项目工会"),
    ("湖南建工集团长沙项目联合工会成立。", "湖南建工集团长沙项目联合工会"),
])
def test_firm_project_union(text, want):
    """A firm's full name, a place opening the project's name, 项目 (+ 联合): the union of the firm's staff on site."""
    assert want in names(text)


@pytest.mark.parametrize("text, bad", [
    ("中建五局第三建设有限公司重点项目工会开展活动。", "中建五局第三建设有限公司重点项目工会"),  # a kind of project
    ("中建五局第三建设有限公司承建项目工会开展活动。", "中建五局第三建设有限公司承建项目工会"),  # no place
    ("公司各项目工会开展活动。", "公司各项目工会"),
])
def test_kinds_of_project_are_no_firm_project_union(text, bad):
    assert bad not in names(text)


@pytest.mark.parametrize("text", [
    "活动期间，职工可通过APP报名，也可就近到各区镇工会服务站咨询。",
    "报名后，也可就近赴各区镇工会服务站咨询。",
])
def test_going_to_every_bodys_union_is_no_name(text):
    """A verb of going (到, 赴) before a generic 各… run: where the reader is sent, no union is named."""
    assert not any("各" in n for n in names(text)), names(text)


@pytest.mark.parametrize("text, want", [
    ("活动期间，职工可就近到昆山市总工会服务站咨询。", "昆山市总工会"),
    ("近日，慰问组赴昆山市总工会调研。", "昆山市总工会"),
    ("职工可到达公司工会报到。", None),
])
def test_named_union_after_a_verb_of_going_is_kept(text, want):
    found = names(text)
    assert (want in found) if want else not any("到" in n for n in found), found


@pytest.mark.parametrize("text, want", [
    ("“练一遍多一分保障。”代表鑫源煤业有限公司工会出战的采煤工人说。", "鑫源煤业有限公司工会"),
    ("来自株洲电力机车有限公司工会推荐的选手进入决赛。", "株洲电力机车有限公司工会"),
    ("主席表示，2024年华晟重工机械有限公司工会将继续推进帮扶项目。", "华晟重工机械有限公司工会"),
    ("5月18日青岛啤酒股份有限公司工会举办技能比武。", "青岛啤酒股份有限公司工会"),
    ("应邀中建三局工会派员参加。", "中建三局工会"),
])
def test_verb_or_date_before_a_named_body_is_cut(text, want):
    """A verb of representing or coming from (代表, 来自) or a date in digits glued before a body's name is prose:
    the name starts after it."""
    got = names(text)
    assert want in got and not any(n.endswith(want) and n != want for n in got)


@pytest.mark.parametrize("text, bad", [
    ("主席表示，2024年公司工会将继续推进帮扶项目。", "2024年公司工会"),    # a year before a bare 公司
    ("5月公司工会组织职工疗休养。", "5月公司工会"),
])
def test_date_before_a_bare_body_word_names_none(text, bad):
    assert bad not in names(text)


def test_digits_opening_a_firm_name_stay():
    assert "360集团工会" in names("360集团工会开展健步走活动。")


@pytest.mark.parametrize("text, bad, want", [
    ("一、原则同意公司工会2024年工作要点，由工会办公室修改后印发。", "原则同意公司工会", None),
    ("遇到欠薪，先找厂工会反映，再申请劳动仲裁。", "先找厂工会", "厂工会"),
    ("会议同意公司工会提交的方案。", "意公司工会", None),
])
def test_a_verb_phrase_before_a_bare_body_word_is_no_name(text, bad, want):
    """Prose ending in a verb or preposition (原则同意, 先找) glued before a bare 公司/厂: the writer's own body named
    by its kind (厂工会, as written alone), never the verb phrase + the body word."""
    got = names(text)
    assert bad not in got and (want is None or want in got), got


@pytest.mark.parametrize("text, want", [
    ("成都公司工会开展慰问活动。", "成都公司工会"),                     # a city's branch: 都 is no verb there
    ("中铁建设公司工会开展慰问活动。", "中铁建设公司工会"),             # a trade word before 公司
    ("九江港务集团有限公司工会召开委员会议。", "九江港务集团有限公司工会"),
])
def test_a_named_company_before_its_union_stays_whole(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text, bad", [
    ("近年来，市总工会大力推进产业工会联合会建设。", "大力推进产业工会联合会"),
    ("平利县、紫阳县已先后成立茶产业工会组织。", "紫阳县已先后成立茶产业工会"),
    ("平利县、紫阳县已先后成立茶产业工会组织。", "平利县工会"),
])
def test_an_adverb_before_a_kind_of_union_is_prose(text, bad):
    """An adverb (大力, 已, 先后) opens a predicate: what follows is a kind of union the places set up, no one
    union, and the places listed before it name none either."""
    assert bad not in names(text), names(text)


@pytest.mark.parametrize("text, bad, want", [
    ("那一年，时任集团工会主席刘某决定先摸清情况。", "时任集团工会", None),
    ("現任廠工會主席陳某表示支持。", "現任廠工會", None),
    ("他曾任徐州重型机械有限公司工会副主席。", "曾任徐州重型机械有限公司工会", "徐州重型机械有限公司工会"),
    ("现任西湖区总工会党组书记王某到会。", "现任西湖区总工会", "西湖区总工会"),
])
def test_office_time_word_before_a_union_is_no_name(text, bad, want):
    """时任/现任/曾任 (then holding, now holding, once held) before a union's office is prose: the union's name
    starts after it."""
    found = names(text)
    assert bad not in found
    assert want is None or want in found


@pytest.mark.parametrize("text, bad", [
    # a body a person speaks of: the speaker, the verb and the bare body word are prose
    ("在一家电子厂，操作工王小梅说起园区工会，满是感激。", "操作工王小梅说起园区工会"),
    ("班长提起园区工会时说，活动很多。", "班长提起园区工会"),
    # a modifier ending in 的 before a bare body word describes it, names none
    ("王小梅所说的园区工会，是区总工会的重点工作。", "王小梅所说的园区工会"),
    ("大家熟悉的集团工会又来送清凉了。", "大家熟悉的集团工会"),
])
def test_a_bare_body_word_after_speech_or_a_modifier_is_no_name(text, bad):
    assert bad not in names(text)


def test_a_brand_holding_de_keeps_its_name():
    """A 的 inside a dictionary word (美的, a brand) is no modifier's: 美的集团 is named."""
    assert "美的集团工会" in names("帮扶资金除区里拨付外，还有美的集团工会的捐助。")


@pytest.mark.parametrize("text, bad", [
    ("市总工会将继续支持医院工会开展技能竞赛。", "继续支持医院工会"),  # a body supported: the verb is prose
    ("实践表明，以行业工会联合会为抓手，效果明显。", "以行业工会联合会"),  # a preposition before the bare kind
    ("按产业工会联合会的模式组建。", "按产业工会联合会"),
])
def test_support_verb_or_preposition_opens_no_name(text, bad):
    assert bad not in names(text)


def test_trade_federation_named_by_its_trade_is_kept():
    assert names("推动成立了物流产业工会联合会。") == ["物流产业工会联合会"]  # look-alike: a trade, no preposition

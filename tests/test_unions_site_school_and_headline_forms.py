"""find_unions: a university's union written only as 校工会 on its union's own site, a research group's head
institute (研究总院) as a body, and a union a headline names under its place's short name beside the official name
the text writes (invented sentences, with look-alike negatives that must not change)."""

import pytest

from conftest import union_names as names
from unionkit.extract.places import find_places
from unionkit.extract.unions import find_unions


def site_names(text, site):
    return [u.name for u in find_unions(text, find_places(text), site)]


@pytest.mark.parametrize("text", [
    "5月28日，由校工会主办的教职工比赛举行。",
    "党委副书记、校工会主席讲话。",
    "今年，学校工会组织了趣味运动会。",
    "我校工会荣获先进集体称号。",
    "校工会举办教职工运动会\n5月28日，比赛在体育馆举行。",       # the headline opens with it
])
def test_bare_school_union_is_the_site_university_s(text):
    assert site_names(text, "河南理工大学工会") == ["河南理工大学工会"]


@pytest.mark.parametrize("text, site", [
    ("全省高校工会主席培训班开班。", "河南理工大学工会"),       # universities' unions at large
    ("该校工会组织教师参观。", "河南理工大学工会"),             # "that school": another school's
    ("全县中小学校工会开展活动。", "河南理工大学工会"),         # primary and middle schools' unions
    ("由校工会主办的比赛举行。", "河南工会网"),                 # a city union's site: which school is unknown
    ("由校工会主办的比赛举行。", None),
])
def test_other_school_unions_left(text, site):
    assert "河南理工大学工会" not in site_names(text, site)


def test_school_union_written_in_full_stays_once():
    text = "河南理工大学工会举办比赛。校工会主席讲话。"
    assert site_names(text, "河南理工大学工会") == ["河南理工大学工会"]


def test_research_head_institute_is_a_body():
    text = "启动仪式上，中建材玻璃新材料研究总院工会、蚌埠泰鑫材料技术有限公司工会等5家单位工会作了表态发言。"
    assert names(text) == ["中建材玻璃新材料研究总院工会", "蚌埠泰鑫材料技术有限公司工会"]


@pytest.mark.parametrize("text, want", [
    # a headline's short place form, the official name in the text: one union
    ("南康家具产业工会联合会为工人撑腰\n3月12日，赣州市南康区家具产业工会联合会召开会员代表大会。",
     ["南康区家具产业工会联合会"]),
    ("察右前旗总工会推动活动\n6月以来，察哈尔右翼前旗总工会在全旗开展活动。", ["察哈尔右翼前旗总工会"]),
])
def test_headline_short_form_joins_the_official_name(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # the text writes the short form too: it stays as written
    ("南康家具产业工会联合会为工人撑腰\n南康家具产业工会联合会成立后，南康区家具产业工会联合会开展协商。",
     ["南康家具产业工会联合会", "南康区家具产业工会联合会"]),
    # one line: no headline apart from the text
    ("察右前旗总工会推动活动。6月以来，察哈尔右翼前旗总工会在全旗开展活动。",
     ["察右前旗总工会", "察哈尔右翼前旗总工会"]),
    # another place's federation of the same trade is another union
    ("固阳县物流行业工会联合会成立\n达尔罕茂明安联合旗物流行业工会联合会也已成立。",
     ["固阳县物流行业工会联合会", "达尔罕茂明安联合旗物流行业工会联合会"]),
])
def test_other_headline_names_stay(text, want):
    assert names(text) == want


def test_bare_school_union_title_kept_as_written():
    """The people's titles keep 校工会主席 as written though the unions name the school (most golds write it so),
    while a bare 市总工会's title still takes the page's union (市总工会主席 → 攀枝花市总工会主席)."""
    from unionkit.extract.people import find_people
    from unionkit.record import Article

    body = ["攀枝花市总工会开展慰问。党委副书记、校工会主席李国强讲话。市总工会主席王建国出席。"]
    text = "\n".join(body)
    unions = find_unions(text, find_places(text), "攀枝花学院工会")
    assert [u.name for u in unions] == ["攀枝花市总工会", "攀枝花学院工会"]
    titles = {p.name: p.titles for p in find_people(Article(id="t", title="标题", body=body), unions, None)}
    assert titles["李国强"] == ["党委副书记", "校工会主席"]
    assert titles["王建国"] == ["攀枝花市总工会主席"]


@pytest.mark.parametrize("text, site, want", [
    ("教代会开幕。学院工会主席王某红作报告。", "某某职业技术学院", "某某职业技术学院工会"),  # the college's own site
    ("校工会主席王某红作报告。", "某某师范大学", "某某师范大学工会"),
    ("教代會開幕。學院工會主席王某紅作報告。", "某某職業技術學院", "某某職業技術學院工會"),
])
def test_bare_school_union_on_the_school_s_own_site(text, site, want):
    assert want in site_names(text, site)


def test_college_of_the_university_keeps_its_own_union():
    # 文学院 is a college of the university: its own union, not the university's
    assert site_names("文学院工会主席王某红作报告。", "某某师范大学") == ["文学院工会"]


def test_bare_college_union_on_a_union_site_names_none():
    assert site_names("学院工会主席王某红作报告。", "某某工会网") == []  # which college is unknown

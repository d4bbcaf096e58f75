"""find_unions: a bare 自治区总工会 is the autonomous region the page names (in its text, or in the masthead or
footer the cleaner removed), never a province and never a region inferred from a city alone, where it stays as
written (invented sentences)."""

import pytest

from unionkit.extract.unions import find_unions


def _unions(text, chrome=()):
    return [(u.name, u.surface) for u in find_unions(text, None, None, chrome)]


@pytest.mark.parametrize("text, chrome, want", [
    # the text names the region, short or in full
    ("西藏各地持续降温。自治区总工会启动送温暖活动。", (), ("西藏自治区总工会", "自治区总工会")),
    ("在广西壮族自治区党委支持下，自治区总工会举办培训。", (), ("广西壮族自治区总工会", "自治区总工会")),
    # the text names none, the removed masthead does; traditional script keeps its own
    ("主讲人:自治区总工会法律部 某某。", ["梧州市总工会 主办", "地址:广西梧州市长洲区"],
     ("广西壮族自治区总工会", "自治区总工会")),
    ("自治區總工會召開會議。", ["寧夏日報"], ("寧夏回族自治區總工會", "自治區總工會")),
])
def test_bare_region_union_named_by_the_page(text, chrome, want):
    assert want in _unions(text, chrome)


@pytest.mark.parametrize("text, chrome", [
    ("广东省广州市召开会议，自治区总工会派员参加。", ()),       # a province: no 自治区
    ("银川市召开会议，自治区总工会派员参加。", ()),             # a city alone does not name its region
    ("自治区总工会派员参加。", ["地址:广东省广州市天河区"]),     # nor a masthead naming a province
])
def test_bare_region_union_left_as_written(text, chrome):
    assert _unions(text, chrome) == [("自治区总工会", None)]

"""Numbers with units, their values, and the thing counted when it is written near."""

from __future__ import annotations

import pytest

from unionkit.extract.figures import find_figures

CASES = [
    ("2021年,全区开展劳动竞赛单位251个", ("251个", 251, "个", "劳动竞赛单位")),  # the thing precedes
    ("覆盖率达97.2%", ("97.2%", 97.2, "%", "覆盖率")),
    ("参与率达94％", ("94％", 94, "%", "参与率")),
    ("参与20936人次", ("20936人次", 20936, "人次", None)),  # nothing noun-like before: no thing
    ("市、縣區工會籌集資金867.4萬元購買慰問物資", ("867.4萬元", 8674000, "元", "資金")),
    ("投入资金1.2亿元", ("1.2亿元", 120000000, "元", "资金")),
    ("困难劳模等弱势群体近1.7万人", ("1.7万人", 17000, "人", "弱势群体")),
    ("全市累计建设工会驿站320家", ("320家", 320, "家", "工会驿站")),
    ("铃铛阁等15个棚改项目共释放优质土地资源超3000亩", ("15个", 15, "个", "棚改项目")),
    ("组建了30支志愿服务队", ("30支", 30, "支", "志愿服务队")),
    ("参与职工达22万余人次", ("22万余人次", 220000, "人次", "职工")),
    ("共有12.5万名会员", ("12.5万名", 125000, "名", "会员")),
    ("发放慰问金1,200元", ("1,200元", 1200, "元", "慰问金")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_first_figure(text, expected):
    f = find_figures(text)[0]
    assert (f.text, f.value, f.unit, f.thing) == expected


@pytest.mark.parametrize("text", [
    "2021年是建党100周年", "2019年11月1日", "为COP15大会做贡献", "第3场比赛", "5年来", "市创建第七屆全国文明城市",
    "电话:0839-3262473",
])
def test_not_figures(text):
    assert find_figures(text) == []


def test_all_figures_in_order():
    text = "全区开展劳动竞赛单位251个,覆盖率达97.2%,参与20936人次,参与率达94%。"
    assert [f.text for f in find_figures(text)] == ["251个", "97.2%", "20936人次", "94%"]

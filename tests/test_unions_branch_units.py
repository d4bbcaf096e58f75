"""find_unions: a firm's department (营销部, 运维检修部) and a body's offices (机关) own branch unions (…分工会) that a
list of branch unions names by the unit alone; prose's 大部分工会 ("most unions"), 分工会议 ("a meeting on the
division of work") and a list's "and other townships' unions" (…等乡镇工会) name none (invented sentences)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    ("由供电公司工会主办、运维检修部分工会承办的技能比赛开幕。", ["供电公司工会", "运维检修部分工会"]),
    ("县供电分公司工会、营销部分工会等基层工会参加。", ["县供电分公司工会", "营销部分工会"]),
    ("文学院分工会、数学科学学院分工会、机关分工会等代表团参加会议。", ["文学院分工会", "数学科学学院分工会", "机关分工会"]),
    ("机关分工会主席张明作了发言。", ["机关分工会"]),
    ("机电工程学院分工会、机关第一分工会、机关第二分工会获得团体前三名。",
     ["机电工程学院分工会", "机关第一分工会", "机关第二分工会"]),
])
def test_a_department_or_the_offices_own_a_branch_union(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "大部分工会已经建立了职工书屋。",
    "绝大部分工会都开展了送清凉活动。",
    "很大一部分工会没有专职干部。",
    "同时部分工会开展了技能比武。",
    "目前部分工会尚未建会。",
    "其中部分工会开展了慰问。",
    "有限公司部分工会主席参加。",
    "各机关分工会要落实责任。",
    "机关分工会议明确了各处室职责。",
    "机关第一分工会议明确了各处室职责。",
    "第一分工会获得团体第一名。",
    "推动威远镇、丹麻镇等乡镇工会规范化建设。",
    "推动丹麻镇等乡镇工会规范化建设。",
    "联合城东镇、河西镇等区镇工会开展慰问。",   # level words alone after 等: the kind of the towns listed
    "联合城东镇、河西街道等镇街工会开展慰问。",
])
def test_prose_and_shared_kinds_name_no_branch_union(text):
    assert names(text) == []


@pytest.mark.parametrize("text, want", [
    ("据了解，中建八局广西公司柳州项目部工会也同步开设“清凉驿站”。", ["中建八局广西公司柳州项目部工会"]),
    ("中国铁建大桥局五公司南宁项目部工会组织职工体检。", ["中国铁建大桥局五公司南宁项目部工会"]),
    ("中铁五局贵州公司贵阳工区工会为职工送去清凉。", ["中铁五局贵州公司贵阳工区工会"]),
    ("走进中建三局湖北公司武汉项目部工会，职工正在学习。", ["中建三局湖北公司武汉项目部工会"]),
])
def test_a_firms_site_unit_written_after_the_firm_is_a_union(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text", [
    "中建八局广西公司项目部工会也同步开设驿站。",      # no unit named: the page's own project, by its kind
    "中建八局广西公司所属项目部工会开展了慰问。",      # every unit of the firm, none named
    "中建八局广西公司各项目部工会开展了慰问。",
    "中建八局广西公司下属项目部工会开展了慰问。",
    "这是中建八局广西公司的柳州项目部工会。",          # prose (的) between the firm and the unit
])
def test_a_site_unit_of_no_name_of_its_own_is_no_union(text):
    assert names(text) == []

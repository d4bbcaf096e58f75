"""Hard-wrapped paragraphs joined again (unionkit.clean.wraps)."""

from __future__ import annotations

from unionkit.clean import clean_text
from unionkit.clean.wraps import join_wraps, wrap_joins

WRAPPED = [
    "我在观山湖区一家物业公司当电工,去年单位组织我们参加了贵阳市总工",
    "会的职工医疗互助保障,每人交了几十块钱。",
    "去年十月我因为腰椎间盘突出住了半个月院,医保报完以后自己还要出四",
    "千多。出院的时候单位工会的同志提醒我,可以申请医疗互助补助。",
]


def test_cut_paragraphs_join():
    assert join_wraps(WRAPPED) == [WRAPPED[0] + WRAPPED[1], WRAPPED[2] + WRAPPED[3]]


def test_joined_output_is_a_fixed_point():
    once = join_wraps(WRAPPED)
    assert join_wraps(once) == once


def test_one_cut_line_is_no_evidence():
    texts = ["某某工会召开全体会议部署下一阶段的重点工作任务", "会议由工会主席主持。"]
    assert join_wraps(texts) == texts


def test_a_list_of_units_stays():
    units = ["市公交集团12路线路班组驾驶员队伍", "市中心医院重症医学科护理团队成员", "新安县自来水公司抢修班全体职工们"]
    assert join_wraps(units) == units


def test_items_and_headings_stay():
    texts = ["一、加强组织领导建立健全工作推进机制", "各级工会要把这项工作摆上重要议事日程。",
             "二、聚焦职工需求精准提供各项服务项目", "要深入基层一线了解职工所思所盼所需。"]
    assert join_wraps(texts) == texts


def test_a_line_opening_with_a_mark_continues_the_one_before():
    assert wrap_joins(["很难抽出整段时间参加培训", "。市总工会把课程安排在周末。"]) == [True, False]


def test_clean_joins_a_wrapped_page():
    page = "说说我在观山湖区总工会办医疗互助报销的经历\n作者:老黄 日期:2023-03-08 11:20\n" + "\n".join(WRAPPED) + "\n"
    art = clean_text(page)
    assert art.body == [WRAPPED[0] + WRAPPED[1], WRAPPED[2] + WRAPPED[3]]
    assert clean_text(art.text()).body == art.body


def test_a_list_does_not_join_the_longer_paragraph_after_it():
    # list items of about one length, then a paragraph far longer than them: the paragraph is no rest of a cut line
    texts = ["国网某某供电公司某某供电分公司运检班组", "某某县公路养护中心某某镇道路养护站点",
             "公示期间,如有异议,请以书面形式向市总工会经济技术保护部反映。联系人:张某,联系电话:0000-1234567。"]
    assert join_wraps(texts) == texts


def test_a_cut_paragraph_with_a_short_last_line_still_joins():
    # negative of the above: the closing line is shorter than the width, so the run joins
    texts = [WRAPPED[0], "会的职工医疗互助保障,每人交了几十块钱,单位工会也替我们垫了一部分", "钱,真是帮了大忙。"]
    assert join_wraps(texts) == ["".join(texts)]


def test_prose_cut_at_random_widths_joins_a_long_rest():
    # negative of the list case: cut lines holding clauses are prose, and their rest may be longer than the width
    texts = ["6月以来，某某区总工会在全区86个工会驿站开展“工", "会驿站+”服务月活动，推出“驿站+健康”“驿站+法律”“驿站+技能”等系列服务，让户外劳动者在家门口享受实惠。",
             "“驿站+法律”则在驿站设置法律服务二维码，劳动者扫", "码即可联系工会律师，咨询劳动合同、工资支付、工伤认定等问题，区总工会还将组织律师开展多场现场普法活动。"]
    assert join_wraps(texts) == [texts[0] + texts[1], texts[2] + texts[3]]


RANDOM_CUTS = [
    "中国海员建设工会主席王", "建华表示，船员是特殊的", "职工群体，工会要把船员的急难愁盼作为协商重点。",
    "在此基础上，海员工会还将联合", "交通运输部门、航运企业开展专项行动，在", "沿海主要港口的船员服务站提供法律咨询服务。",
]


def test_paragraphs_cut_at_random_widths_join():
    assert join_wraps(RANDOM_CUTS) == ["".join(RANDOM_CUTS[:3]), "".join(RANDOM_CUTS[3:])]
    assert join_wraps(join_wraps(RANDOM_CUTS)) == join_wraps(RANDOM_CUTS)


def test_random_width_look_alikes_stay():
    # one such paragraph on the page is no evidence
    assert join_wraps(RANDOM_CUTS[:3] + ["会议由工会主席主持。"]) == RANDOM_CUTS[:3] + ["会议由工会主席主持。"]
    # headings over their paragraphs: one unclosed line each
    heads = ["强化服务保障，提升职工获得感", "县总工会今年投入资金86万元。", "聚焦主责主业，维护职工权益", "全年办结案件23件。"]
    assert join_wraps(heads) == heads
    # a poem's lines end on commas; a list's lines hold no clause
    poem = ["春风吹过工地，", "塔吊伸向蓝天，", "我们用双手，", "建起高楼万间。"] * 2
    assert join_wraps(poem) == poem
    units = ["市第一人民医院急诊科", "市公交集团十二路线路班组", "县自来水公司抢修班。"] * 2
    assert join_wraps(units) == units

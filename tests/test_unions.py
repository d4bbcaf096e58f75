"""find_unions / resolve_union_name on invented sentences (table-driven)."""

import pytest

from unionkit.extract.places import find_places
from unionkit.extract.unions import find_unions, resolve_union_name
from unionkit.record import Place, Union

from conftest import union_names as names


CASES = [
    # place + 总工会, leading higher levels dropped
    ("昆明市盘龙区总工会举办活动。", ["盘龙区总工会"]),
    ("贵州铜仁市总工会召开全委会。", ["铜仁市总工会"]),
    ("按照昆明市总工会的部署安排开展工作。", ["昆明市总工会"]),
    ("湖北省总工会主席讲话。", ["湖北省总工会"]),
    # bare level words completed from the page's main place
    ("广州市举行表彰大会。广州的职工积极参与,市总工会主席出席。", ["广州市总工会"]),
    ("红桥区职工踊跃参加。同时,区总工会还将开展竞赛。", ["红桥区总工会"]),
    ("四川省教育工会与成都市总工会联合举办培训。", ["四川省教育工会", "成都市总工会"]),
    ("贵阳市职工书屋建设推进会召开,省教育工会派员出席。贵州的教师踊跃参与。",
     ["贵州省教育工会"]),
    # national and industry unions
    ("中华全国总工会印发通知。", ["中华全国总工会"]),
    ("全国总工会召开会议。", ["中华全国总工会"]),
    ("中国海员建设工会组织船员开展活动。", ["中国海员建设工会"]),
    # named bodies and lists sharing 工会
    ("攀钢、攀煤、钢城集团公司工会分别开展主题活动。", ["攀钢工会", "攀煤工会", "钢城集团公司工会"]),
    ("日前,华能某某发电有限公司工会委员会组织职工体检。", ["华能某某发电有限公司工会委员会"]),
    ("由云南大学工会承办的比赛圆满结束。", ["云南大学工会"]),
    ("加强铜仁市工会与东莞市工会的协作,铜仁市总工会将牵头。", ["铜仁市总工会", "东莞市工会"]),
    # traditional script
    ("廣元市召開大會,市總工會領導出席。", ["廣元市總工會"]),
    ("高雄市總工會舉辦活動。", ["高雄市總工會"]),
    # a national union of one trade, no place (a Taiwanese industrial union); never 全国 + a generic word
    ("全國物流業產業工會與資方簽訂團體協約。", ["全國物流業產業工會"]),
    ("全国各产业工会、全国企业工会、全国产业工会要加强协作。", []),
    ("全國各行業產業工會與全國的物流業工會。", []),
    # generic uses: no union
    ("组织党员、工会干部、工会社工轮流上台讲党史。", []),
    ("全市工会组织和各级工会要加强基层工会建设。", []),
    ("培育打造10个乡镇(街道)工会规范化建设示范点,启动非公企业工会规范化建设。", []),
    ("利用“智慧工会”平台的“工会+互联网”模式。", []),
    ("市、县区工会筹集资金慰问职工。", []),
    ("年初以来市总机关工会组织党员干部深入社区。", []),
    ("为实现奋斗目标贡献工会力量,使工会工作全覆盖。", []),
    ("全市教育工会系统开展培训。", []),
    # owner + trade + 职工(总)会 / 工会联合会 (Hong Kong, Macau, Taiwan and mainland trade federations)
    ("香港物流業職工總會今日聯同司機會見勞工處。", ["香港物流業職工總會"]),
    ("近日，澳門建造業職工會到地盤視察。", ["澳門建造業職工會"]),
    ("金屬產業工會聯合會辦理教育訓練。", ["金屬產業工會聯合會"]),
    ("会议在广州市总工会举行。广州市交通运输行业工会联合会代表司机协商。",
     ["广州市总工会", "广州市交通运输行业工会联合会"]),
    ("广州市召开大会。市交通运输行业工会联合会成立。", ["广州市交通运输行业工会联合会"]),
    # ... but not generic trades, prose, or 职工会 as "the workers will"
    ("各县（市、区）总工会，市直各产业工会、机关工会：", []),
    ("推动建立行业工会联合会，扩大覆盖面。", []),
    ("全市交通运输行业工会联合会开展竞赛。", []),
    ("广州市企业工会联合会", []),
    ("不少物流业职工会选择加班。", []),
    ("召开职工会议，听取职工会员意见。", []),
    ("香港職工會聯盟發表聲明。", []),
    ("近日，建设金屬產業工會聯合會的工作啟動。", []),
    ("组建物流产业工会联合会，扩大覆盖面。", []),
    # a quoted union name before APP / 公众号 is a product, not the organisation
    ("职工也可通过“广西工会”APP反映问题。", []),
    ("扫码关注“柳州工会”微信公众号。", []),
    ("柳州工会微信公众号发布消息。", ["柳州工会"]),
    # the name starts after pronouns, 是 and modal words of its clause (forum answers, Q&A pages)
    ("我是吴兴区织里镇工会的兼职工作人员。", ["织里镇工会"]),
    # a town's or subdistrict's union is named by the town alone, its county or city dropped (the layouts' golds)
    ("近日，吴忠市利通区金积镇总工会开展活动。", ["金积镇总工会"]),
    ("东莞市长安镇总工会慰问职工。", ["长安镇总工会"]),
    # ... and never with the sentence about a person before it
    ("美团骑手龚小川把电动车停在古南街道工会门口。", ["古南街道工会"]),
    ("瞿永康当选为集团工会主席。", []),
    ("职工找到了工作人员，让我去娄桥街道总工会咨询。", ["娄桥街道总工会"]),
    # an industrial park's union (like a new area's)
    ("由闵行区总工会、区人社局联合主办，莘庄工业区工会承办。", ["闵行区总工会", "莘庄工业区工会"]),
    # a bracketed alternative level names every union of those levels, not one
    ("经基层推荐、县（市）区总工会审核，丹东市振兴区总工会公示。", ["振兴区总工会"]),
    ("各县（市、区）总工会要高度重视。", []),
    # a district's trade federation keeps its district when the trade opens with a county's short name (商城)
    ("依托兰山区商城物流行业工会联合会开展调解。", ["兰山区商城物流行业工会联合会"]),
    ("没建的可以到镇工会或者村（社区）工会联合会入会。", []),
    ("有问题可以跟帖，或者打镇工会电话咨询。", []),
    ("其他工会也参加了活动。", []),
    # prose glued before a bare level word, even when it opens with a generic word
    ("长沙市召开大会。各项目第一名将由市总工会推荐申报长沙市五一劳动奖章。", ["长沙市总工会"]),
    ("绍兴市职工参加。我市总工会积极开展活动。", ["绍兴市总工会"]),
    # national industry unions, prose before 中国
    ("记者从中国教科文卫体工会获悉，行动已启动。", ["中国教科文卫体工会"]),
    ("中国教育工会召开会议。", ["中国教育工会"]),
    # a district's federation of one kind of workplace (place written in full + sector + 工会联合会)
    ("这是普陀区楼宇工会联合会组织的系列服务活动之一。", ["普陀区楼宇工会联合会"]),
    ("普陀区各楼宇工会联合会开展活动。", []),
    ("普陀区企业工会联合会成立。", []),
    ("楼宇工会联合会开展活动。", []),
]

# Short forms: 全总 is the national federation; 市总/区总/省总 the page's own federation of that level
# (only when the page makes the place clear), the short form kept as the surface.
SHORT_FORMS = [
    ("绍兴市召开大会。市总召开劳模座谈会，市总党组书记讲话。", [("绍兴市总工会", "市总")]),
    ("天津市红桥区职工踊跃参加。区总负责人介绍了做法。", [("红桥区总工会", "区总")]),
    ("据介绍，全总今年将教师心理健康服务纳入普惠项目。", [("中华全国总工会", "全总")]),
    ("记者从全总获悉，相关工作已启动。", [("中华全国总工会", "全总")]),
    ("市总召开会议。", []),  # no place on the page: not resolved, not reported
    ("绍兴市城市总体规划发布。绍兴市全市总人口增加。", []),  # the level word inside a word (城市, 全市)
    ("绍兴市召开大会。市总量控制目标明确。该市总投资达10亿元。", []),  # 总 opening a word (总量)
    ("健全总体制度，完全总是这样。全总体来看，情况良好。", []),
]


@pytest.mark.parametrize("text,expected", SHORT_FORMS)
def test_short_forms(text, expected):
    assert [(u.name, u.surface) for u in find_unions(text, find_places(text))] == expected


@pytest.mark.parametrize("text,expected", CASES)
def test_find_unions(text, expected):
    assert names(text) == expected


def test_congress_names_the_union_that_holds_it():
    # a union named only with its congress is still named (a district's congress report)
    assert names("成都市总工会第十五届代表大会召开。") == ["成都市总工会"]
    # X工会 of the congress joins the X总工会 the page names
    assert names("成都市工会第九次代表大会以来,成都市总工会带领职工建功立业。") == ["成都市总工会"]


def test_zone_union():
    assert names("11月1日,西海岸新区总工会第二次代表大会胜利闭幕。") == ["西海岸新区总工会"]
    # prose before a bare 新区 and the bare 新区 itself name no zone
    assert names("大会审议通过了新区总工会工作报告,选举产生了新区总工会委员会。") == []


@pytest.mark.parametrize("text,expected", [
    # a zone a city runs, named after the city and a longer name of its own (place + 2-4 characters + 示范区)
    ("会上，珲春边贸合作示范区工会联合会作交流发言。", ["珲春边贸合作示范区工会联合会"]),
    ("在桂林旅游合作示范区总工会的组织下，职工参加培训。", ["桂林旅游合作示范区总工会"]),
    # a verb opening the zone's name, after its place or not, is prose about a zone, no zone's name
    ("成都市打造示范区工会服务品牌。", []),
    ("打造示范区工会服务品牌。", []),
    ("各单位于月底前，报送示范区工会联合会。", []),
])
def test_a_zone_named_after_its_city(text, expected):
    assert names(text) == expected


def test_provincial_industry_union():
    assert names("河南省能源化工工会组织职工开展技能竞赛。") == ["河南省能源化工工会"]


def test_roster_row_keeps_the_city():
    text = "优秀工会工作者名单\n郑州市总工会 王 磊\n南阳市卧龙区总工会 扎西卓玛\n"
    assert names(text) == ["郑州市总工会", "南阳市卧龙区总工会"]
    # in a sentence the district's union is named without its city, as usual
    assert names("南阳市卧龙区总工会 近日举办技能竞赛,吸引职工参加。") == ["卧龙区总工会"]


def test_bare_level_resolves_to_the_one_such_place():
    # the page is about a 区 (城关区) but names one 县: its bare 县总工会 is that county's
    text = "兰州市七里河区总工会开展送书活动。七里河区总工会还组织职工阅读。在榆中县,县总工会为学校配送图书。"
    assert names(text) == ["七里河区总工会", "榆中县总工会"]
    # with two 县 named, the bare one stays open
    text2 = text.replace("在榆中县,", "在榆中县和皋兰县,")
    assert names(text2) == ["七里河区总工会", "县总工会"]


def test_bare_name_unresolved_without_locality():
    us = find_unions("市总工会开展慰问活动。")
    assert [(u.name, u.surface) for u in us] == [("市总工会", None)]


def test_surface_kept_when_resolved():
    us = find_unions("攀枝花市举行表彰会。攀枝花职工参加,市总工会颁奖。攀枝花工匠获表彰。")
    assert [(u.name, u.surface) for u in us] == [("攀枝花市总工会", "市总工会")]


def test_short_place_union_merges_with_full():
    us = find_unions("盘龙区总工会开展活动。(盘龙工会供稿)")
    assert [u.name for u in us] == ["盘龙区总工会"]


def test_union_website_is_not_a_mention():
    assert names("成都工会网报道") == []


def test_bare_city_union_on_a_county_level_city_page():
    """市总工会 on a page about a county-level city (福鼎市) is that city's, not its prefecture's."""
    assert names("福鼎市總工會啟動送溫暖活動。市總工會對困難職工逐戶核查。寧德網絡科技有限公司") == ["福鼎市總工會"]
    assert names("攀枝花市举行表彰会。米易县代表发言,市总工会颁奖。") == ["攀枝花市总工会"]


def test_resolve_union_name():
    ctx = [Place("攀枝花市", "四川省", "攀枝花市", None)]
    assert resolve_union_name("市总工会", ctx) == "攀枝花市总工会"
    assert resolve_union_name("省总工会", ctx) == "四川省总工会"
    assert resolve_union_name("区总工会", ctx) == "区总工会"  # no district known
    assert resolve_union_name("红桥区总工会", []) == "红桥区总工会"
    assert resolve_union_name("贵州铜仁市总工会", []) == "铜仁市总工会"
    dist = [Place("红桥区", "天津市", "天津市", "红桥区")]
    assert resolve_union_name("区总工会", dist) == "红桥区总工会"


def test_no_union_word_is_fast_path():
    assert find_unions("") == []
    assert find_unions("职工书屋建设推进会召开。") == []


# Third batch of unseen pages.
@pytest.mark.parametrize("text,expected", [
    ("让胡路区总工会举办职工技能培训。", ["让胡路区总工会"]),       # a district opening with a verb-like character
    ("和平区总工会开展慰问。", ["和平区总工会"]),
    ("让区总工会牵头组织。", ["区总工会"]),                      # 让 as a verb before a bare level word stays stripped
    ("我周三镇工会的人来过。", []),                            # 周三 = Wednesday: the bare 镇工会 names no town
    ("我去了洛社镇总工会咨询。", ["洛社镇总工会"]),
    ("夷陵区成立茶产业工会联合会", ["夷陵区茶产业工会联合会"]),   # a headline's founding verb between place and trade
    ("这是夷陵区首个覆盖全产业链的联行业工会联合会。", []),       # prose with 的 is no trade
    ("议事会成立大会在湖塘镇工会驿站召开。", []),                # a rest station named after the union
    ("7. 汝湖镇工会驿站 地址:汝湖镇人民政府旁", []),
    ("大理州总工会举办培训。", ["大理州总工会"]),                # an autonomous prefecture's short form
    ("港九勞工社團聯會今日聯同屬會香港物業服務從業員總會召開記者會。", ["港九勞工社團聯會", "香港物業服務從業員總會"]),
    ("香港僱主聯合會與香港工商總會發表聲明。", []),              # employers' and traders' bodies name no workers
])
def test_third_batch_union_names(text, expected):
    assert names(text) == expected


def test_federation_named_union_general_federation():
    # Macau's and Hong Kong's federations end in 工會聯合總會: the whole name, not its 工會 prefix
    names = [u.name for u in find_unions("澳門工會聯合總會（工聯）昨日召開記者會。")]
    assert names == ["澳門工會聯合總會"]


def test_bare_city_union_on_a_county_level_city_page_is_that_citys():
    text = ("永安市總工會舉辦勞模工匠創新成果展。永安市總工會常務副主席表示,全市已建成創新工作室28家,"
            "其中省級4家、三明市級9家。市總工會將繼續推動。永安市各基層工會踴躍參與。")
    names = [u.name for u in find_unions(text, find_places(text))]
    assert names == ["永安市總工會"]


def test_election_verb_is_not_part_of_a_union_name():
    text = "当选为行业工会联合会主席的殷晓蕾是一家直播公司的负责人。"
    assert all(not u.name.startswith(("当选", "担任")) for u in find_unions(text, find_places(text)))


def test_a_bank_branch_has_its_own_union():
    from unionkit.extract.unions import find_unions
    names = [u.name for u in find_unions("近日,中国银行德州分行工会联合一家医院为女职工开展免费筛查。")]
    assert "中国银行德州分行工会" in names


def test_occupational_union_of_a_trade_in_a_city():
    """职业工会 (an occupational union, common in Taiwan): a place in full, a trade, 職業; never 全市职业工会."""
    text = "臺中市營造業職業工會（以下簡稱本會）於7月13日舉辦講習，台北市汽車駕駛員職業工會也派員參加。"
    names = [u.name for u in find_unions(text)]
    assert names == ["臺中市營造業職業工會", "台北市汽車駕駛員職業工會"]
    assert find_unions("全市职业工会工作会议召开，桃園市職業工會出席。") == []


def test_branch_union_of_a_named_bodys_unit():
    """分工会 = a branch union of a workshop, a fleet or a ward of a named body; 部分工会 after a bare word is prose."""
    body = "嘉峪关雄关重工有限公司铸造车间分工会\n嘉峪关市公共交通有限公司第三车队分工会\n嘉峪关市第一人民医院护理部分工会"
    assert [u.name for u in find_unions(body)] == ["嘉峪关雄关重工有限公司铸造车间分工会",
                                                   "嘉峪关市公共交通有限公司第三车队分工会",
                                                   "嘉峪关市第一人民医院护理部分工会"]
    for prose in ("集团公司下属部分工会干部参加培训。", "有限公司部分工会主席参加。", "各车间分工会积极参与。"):
        assert find_unions(prose) == [], prose


@pytest.mark.parametrize("text, want", [
    ("经过激烈角逐，机械工程与力学学院分工会代表队夺得冠军。", "机械工程与力学学院分工会"),
    ("化学学院分工会代表队获第三名。", "化学学院分工会"),
    ("心血管内科分工会获得团体赛冠军。", "心血管内科分工会"),
])
def test_branch_union_of_the_pages_own_unit_named_alone(text, want):
    """A college's, a department's or a workshop's 分工会 named without its university or hospital (the page's own)."""
    assert want in names(text)


@pytest.mark.parametrize("text", [
    "绝大部分工会干部参加了培训。",   # 部分 "most": a bare 部 is no unit named alone
    "一部分工会组织开展了慰问。",
    "各学院分工会积极参与。",          # every college's, no one college
    "全校各系分工会组队参赛。",
    "所属车间分工会积极参与。",
])
def test_branch_union_words_in_prose_name_no_unit(text):
    assert names(text) == []


def test_branch_office_of_a_firm_has_a_union():
    """A firm's branch office in one district (分部) names its own union, as a 分公司 does."""
    assert "順豐速運寶安分部工會" in names("順豐速運寶安分部工會主席李志強説：工會把保障送到了騎手身邊。")
    assert names("各分部工会积极参与。") == []


def test_notice_signature_with_city_and_district_is_kept_as_written():
    from unionkit.extract import places_and_unions
    text = ("关于举办第三届职工厨艺大赛的通知\n区总工会决定举办清江浦区第三届职工厨艺大赛。\n"
            "淮安市清江浦区总工会\n2024年9月9日")
    names = [u.name for u in places_and_unions(text)[1]]
    assert names == ["淮安市清江浦区总工会"]  # (the bare 区总工会 is the union the notice signs: one name)
    # the same name in running text, or a signature with no date after it, reads as the district's union
    prose = "淮安市清江浦区总工会举办职工厨艺大赛。\n2024年9月9日"
    assert "淮安市清江浦区总工会" not in [u.name for u in places_and_unions(prose)[1]]
    nodate = "通知如下。\n淮安市清江浦区总工会\n联系人：沈嘉怡"
    assert "淮安市清江浦区总工会" not in [u.name for u in places_and_unions(nodate)[1]]


def test_notice_signature_of_a_district_trade_union_is_kept_as_written():
    """A district's trade union (教育工会, 卫生工会) signing a notice with its city is kept as written, like a
    federation's signature; in running text it reads from the district on."""
    from unionkit.extract import places_and_unions
    text = ("关于评选优秀班主任的通知\n区卫生工会决定开展评选。\n" "嘉兴市南湖区卫生工会\n2024年5月20日")
    assert [u.name for u in places_and_unions(text)[1]] == ["嘉兴市南湖区卫生工会"]
    prose = "嘉兴市南湖区卫生工会开展评选。\n2024年5月20日"
    assert [u.name for u in places_and_unions(prose)[1]] == ["南湖区卫生工会"]


def test_notice_always_naming_its_issuer_with_the_city_lists_it_once():
    """A notice that writes its district's union only with the city before it (in the text and in the signature)
    names one union, by that full name; the short name stays when the page also writes it alone."""
    from unionkit.extract import places_and_unions
    sign = "宜昌市夷陵区总工会\n2023年5月6日"
    text = "根据宜昌市夷陵区总工会工作安排，开展送清凉活动。\n" + sign
    assert [u.name for u in places_and_unions(text)[1]] == ["宜昌市夷陵区总工会"]
    both = "夷陵区总工会开展送清凉活动。\n" + sign
    assert "夷陵区总工会" in [u.name for u in places_and_unions(both)[1]]


def test_name_starts_after_a_verb_of_having_or_naming():
    """还有/包括/决定命名 … stand before a name, not in it; a listed item that is a union already gets no second 工会."""
    assert names("资金除专项资金外，还有格力集团工会、华润集团工会等捐赠的善款。") == ["格力集团工会", "华润集团工会"]
    assert names("经审核，决定命名东风汽车集团有限公司工会职工书屋为示范点。") == ["东风汽车集团有限公司工会"]
    assert names("北滘街道总工会、伦教街道总工会等对困难职工进行了核查。") == ["北滘街道总工会", "伦教街道总工会"]


def test_committee_and_credit_cooperative_bodies_have_unions():
    """A body run by a committee (…管理委员会) or a rural credit cooperative (…联社) names its union."""
    assert names("东宁市口岸管理委员会工会、榆树市农村信用合作联社工会获评示范点。") == [
        "东宁市口岸管理委员会工会", "榆树市农村信用合作联社工会"]


def test_industry_short_form_and_occupation_federation():
    """机冶建材 is the short form of an industry (市机冶建材工会); an occupation names a city's federation."""
    text = "德阳市职工技能大赛落幕，市机冶建材工会承办了车工比赛。"
    assert "德阳市机冶建材工会" in names(text)
    assert names("据了解，金华市外卖配送员工会联合会成立以来吸纳会员3000人。") == ["金华市外卖配送员工会联合会"]


def test_chinese_trade_unions_as_a_movement_is_no_organisation():
    """中国工会 (in 《中国工会章程》, 中国工会运动) is the movement; 中国 + an industry is a national union."""
    assert names("要严格按照《中国工会章程》规定按期换届。") == []
    assert names("中国教育工会发出倡议。") == ["中国教育工会"]


def test_a_towns_trade_federation_keeps_the_town():
    """X镇 + trade + 工会联合会 is named with its town; the later bare 镇…工会联合会 is the same federation."""
    text = "近日，湖州市吴兴区织里镇童装行业工会联合会与协会协商。镇童装行业工会联合会主席提出建议。"
    assert names(text) == ["织里镇童装行业工会联合会"]


def test_bare_level_union_resolves_to_the_pages_own():
    """A bare 州总工会 the page's places do not complete is the one X州总工会 the page names."""
    text = "临夏州总工会联合医院开展筛查。临夏市总工会女职工委员会主任介绍情况。州总工会副主席表示将继续开展。"
    got = names(text)
    assert "州总工会" not in got and "临夏州总工会" in got
    # 区总工会 is not a prefecture's 地区总工会
    got = names("老河口市举办活动。按照塔城地区总工会部署，区总工会开展宣讲。")
    assert "区总工会" in got and "塔城地区总工会" in got


def test_bare_level_union_is_the_one_the_page_writes_in_full():
    """A winners' list names another city many times (涿州市…): the notice's bare 市总工会 is still the
    保定市总工会 it signs with, not a union of a city the page only lists units of."""
    text = ("保定市总工会\n经县级工会审核、市总工会审定，现予公示。\n"
            "马占山　涿州市公安局交警大队民警\n欧阳春　涿州市中医医院医生\n涿州市供电公司输电运检班\n")
    us = find_unions(text, find_places(text))
    assert {u.name for u in us} == {"保定市总工会"}


def test_a_state_before_the_national_federation_keeps_its_name():
    """中華民國全國總工會 (Taiwan's federation) is never read as the shorter 中華全國總工會."""
    assert [u.name for u in find_unions("工會將與中華民國全國總工會合作，編印權益手冊。")] == ["中華民國全國總工會"]
    assert [u.name for u in find_unions("记者从全国总工会获悉。")] == ["中华全国总工会"]


@pytest.mark.parametrize("text,expected", [
    # place + sector + 系统: a line of public service's union; the bare level completed from the page
    ("淄博市卫生健康系统工会召开大会。会上，市卫生健康系统工会主席讲话。", ["淄博市卫生健康系统工会"]),
    ("各系统工会积极参与，全市卫生系统工会也来了。", []),
    # place + trade + 联合工会; with no owner it is a kind of union
    ("黄岛区快递行业联合工会成立。全区已成立快递、外卖、货运等行业联合工会8家，联合工会成立后开展协商。",
     ["黄岛区快递行业联合工会"]),
    # Taiwan: a city's federation of industrial unions, a region + a body's name, a numbered branch
    ("高雄市產業總工會辦理講座，出席的還有高雄市醫療產業工會理事長、台灣石油工會第一分會常務理事等人。",
     ["高雄市產業總工會", "高雄市醫療產業工會", "台灣石油工會第一分會"]),
    ("香港各工會代表出席。", []),
    # a Hong Kong body's name of seven characters: a trade and its workers
    ("香港樓宇管理從業員工會主席陳大文表示，工友需要休息。", ["香港樓宇管理從業員工會"]),
    # a name never reaches back across a preposition (由) or reads 其他 as a pronoun
    ("其他获奖选手由各分公司工会给予奖励。", []),
    ("获奖选手由各分公司工会给予奖励。", []),
    ("获奖选手由铜仁市公交集团公司工会给予奖励。", ["铜仁市公交集团公司工会"]),
    # a region and a gazetteer place is no regional body's name (the place reading stands)
    ("台湾省崇左市工会开展活动。", ["崇左市工会"]),
])
def test_sector_joint_and_regional_names(text, expected):
    """系统工会, 行业联合工会, 產業總工會 and regional bodies are names; prose before a preposition is not."""
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a prefecture's usual short name joins the full name the page writes out …
    ("海西州总工会副主席介绍。驿站由海西蒙古族藏族自治州总工会、格尔木市总工会建成。",
     ["海西蒙古族藏族自治州总工会", "格尔木市总工会"]),
    # … but stays when the page never writes the full name (only the places complete it)
    ("大理州总工会今年在全州开展活动。", ["大理州总工会"]),
    # a company's name without its 公司 word joins the full name on the page; two candidates: left alone
    ("包钢集团工会：师带徒。包钢集团公司工会在昆都仑区举办仪式。", ["包钢集团公司工会"]),
    ("华能集团工会发文。华能集团公司工会、华能集团有限公司工会参加。",
     ["华能集团工会", "华能集团公司工会", "华能集团有限公司工会"]),
])
def test_short_forms_join_the_full_name_on_the_page(text, expected):
    """A title's or a second mention's short form is the union the page names in full, when it does."""
    assert names(text) == expected


def test_places_listed_before_a_union_word_share_it():
    """珲春市、敦化市、图们市总工会: one 总工会 after a list of places written in full names each place's union."""
    assert names("珲春市、敦化市、图们市总工会同步启动了帮扶活动。") == ["珲春市总工会", "敦化市总工会", "图们市总工会"]
    # an item that is not a place written in full ends the list
    assert names("驻村工作队、图们市总工会同步启动。") == ["图们市总工会"]


@pytest.mark.parametrize("text,expected", [
    # a title, a person and a verb of leading or instructing are no part of the name
    ("神东煤炭集团公司工会副主席胡晓峰带领公司工会干部参加。", ["神东煤炭集团公司工会"]),
    ("金顺姬叮嘱街道工会将其纳入常态化帮扶。", []),
    ("局长带领东方红机械厂工会干部参加。", ["东方红机械厂工会"]),
    # a short bracketed word inside a company's name does not cut it
    ("云南锡业集团(控股)有限责任公司工会主席李晓东介绍。", ["云南锡业集团(控股)有限责任公司工会"]),
    ("（记者 王明）有限公司工会主席介绍。", []),
])
def test_name_boundaries(text, expected):
    """A union's name starts after prose verbs and spans a bracket inside a company's name."""
    assert names(text) == expected


def test_bare_city_union_on_a_prefecture_page_listing_county_level_cities():
    # the prefecture is named more often than the county-level city a list of units names once
    text = ("德州市举行劳模表彰大会。德州市委副书记、市总工会主席出席。德州的劳模代表发言。\n"
            "获奖名单：1 张某 乐陵市某公司技术员")
    assert names(text) == ["德州市总工会"]


def test_two_unions_joined_by_he_after_a_modifier():
    text = "市总工会副主席为新成立的淄博市快递行业工会联合会和淄博市网约配送行业工会联合会授牌。"
    assert names(text) == ["淄博市总工会", "淄博市快递行业工会联合会", "淄博市网约配送行业工会联合会"]
    # a person acting for the body: 为 is not part of its name
    assert names("刘某为淄博市快递行业工会联合会授牌。") == ["淄博市快递行业工会联合会"]


def test_bare_level_union_in_a_title_chain_is_the_chains_place():
    # the posts of one person listed with 、 are in one city: 市 is the city that opens the chain, even when the
    # page names another city more often
    text = "乐陵市举行表彰大会。德州市委副书记、市总工会主席张某出席。乐陵市乐陵市乐陵市职工参加。"
    assert names(text) == ["德州市总工会"]
    # without such a chain the page's main place completes it
    assert names("乐陵市举行表彰大会。市总工会主席张某出席。乐陵市职工参加。") == ["乐陵市总工会"]


@pytest.mark.parametrize("text,expected", [
    # a railway depot, a station named after its place, a workshop of either or of a named firm
    ("向塘机务段工会、南昌车辆段工会等单位组织志愿者。", ["向塘机务段工会", "南昌车辆段工会"]),
    ("福州机务段工会主席王建国说。", ["福州机务段工会"]),
    ("福州站客运车间工会组织活动。", ["福州站客运车间工会"]),
    ("雄关重工有限公司铸造车间工会组织活动。", ["雄关重工有限公司铸造车间工会"]),
    # generic: every station and depot, an unplaced station, a bare workshop
    ("覆盖所属43个站段工会。各站段工会设立驿站。", []),
    ("服务站工会成立。", []),
    ("公司各车间工会组织活动。", []),
])
def test_transport_units_have_unions(text, expected):
    """段, 站 and 车间 of a transport or industrial enterprise have their own unions; generic ones are none."""
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("我在绍兴柯桥区一个街道工会干了五年。", []),
    ("九个街道工会参加。", []),
    ("三个镇工会联合举办。", []),
    # a count before a longer phrase does not hide a named union after it
    ("来自全省17个省辖市和省直产业工会的选手。", []),
])
def test_a_count_before_a_bare_body_names_no_union(text, expected):
    """一个街道工会: a numeral and a measure word make a bare body word any one of its kind."""
    assert names(text) == expected


def test_back_reference_joins_the_one_company_union_on_the_page():
    text = ("中国铁路南昌局集团有限公司工会组织慰问。集团公司工会主席说。南昌局集团公司工会安排资金。")
    assert "集团公司工会" not in names(text)
    assert names(text)[0] == "中国铁路南昌局集团有限公司工会"
    # two groups' unions: the back-reference is left as written
    assert names("甲乙集团有限公司工会和丙丁集团有限公司工会联合。集团公司工会主席讲话。") == [
        "甲乙集团有限公司工会", "丙丁集团有限公司工会", "集团公司工会"]
    # no full name on the page: kept
    assert names("集团公司工会主席在开幕式上表示。") == ["集团公司工会"]


def test_province_plain_union_before_a_union_work_noun_is_no_federation():
    assert names("实现全覆盖，争创云南省工会法律服务示范站点。") == []
    assert names("云南省工会召开会议。") == ["云南省工会"]


@pytest.mark.parametrize("text,expected", [
    # the subject and the adverbs and prepositions of the sentence are no part of the body's name
    ("会议还为攀钢集团江油长城特殊钢有限公司工会等5家单位授予奖牌。", ["攀钢集团江油长城特殊钢有限公司工会"]),
    ("会议听取了甲乙集团公司工会的汇报。", ["甲乙集团公司工会"]),
    # a function character inside a word of the name stays (华为, 给水, 对外), and a town's name after its county
    ("华为技术有限公司工会组织活动。", ["华为技术有限公司工会"]),
    ("甲乙市给水公司工会组织活动。", ["甲乙市给水公司工会"]),
    ("中国人民对外友好协会工会组织活动。", ["中国人民对外友好协会工会"]),
    ("湖北省大冶市还地桥镇总工会成立。", ["还地桥镇总工会"]),
    # an adverb is never cut at (a firm's name may hold one); a preposition after a place is
    ("上海均瑶集团有限公司工会举办活动。", ["上海均瑶集团有限公司工会"]),
    ("江油市为攀钢集团公司工会授牌。", ["攀钢集团公司工会"]),
    ("會議還為甲乙集團公司工會頒獎。", ["甲乙集團公司工會"]),
])
def test_prose_before_a_named_body_is_cut(text, expected):
    """会议还为…公司工会: the name starts after the last function word that stands as a word of its own."""
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare level union before a verb of setting up does not take the union set up, named in full after it
    ("阳朔县是旅游大县。县总工会推动成立阳朔县旅游行业工会联合会，已吸收会员。",
     ["阳朔县总工会", "阳朔县旅游行业工会联合会"]),
    ("陽朔縣是旅遊大縣。縣總工會推動成立陽朔縣旅遊行業工會聯合會，已吸收會員。",
     ["陽朔縣總工會", "陽朔縣旅遊行業工會聯合會"]),
    ("会议决定组建义乌市快递行业工会联合会。", ["义乌市快递行业工会联合会"]),
    ("推动成立行业工会联合会，扩大覆盖面。", []),
    ("夷陵区成立茶产业工会联合会", ["夷陵区茶产业工会联合会"]),
    # "the first of its kind" after the founding verb is no part of the name
    ("旌阳区成立首家快递行业联合工会", ["旌阳区快递行业联合工会"]),
    ("夷陵區成立首個茶產業工會聯合會", ["夷陵區茶產業工會聯合會"]),
    # a name that itself opens with the word stays whole when no founding verb precedes it
    ("首家快递行业联合工会在此挂牌。", []),
])
def test_a_union_set_up_after_a_founding_verb(text, expected):
    """推动成立 + a union written in full: the verbs open no name."""
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the place before "the first" owns the union when nothing else is said of it
    ("这是嘉兴市首家网约车行业工会联合会。", ["嘉兴市网约车行业工会联合会"]),
    ("這是嘉興市首個網約車行業工會聯合會。", ["嘉興市網約車行業工會聯合會"]),
    # the first of a rank (区级, 县级) in the place: the place is the ranking's scope and owns none of the bodies
    ("这是嘉兴市首个区级网约车行业工会联合会。", []),
    ("这是湖州市第一家县级快递行业工会联合会。", []),
])
def test_an_ordinal_before_a_trade_is_no_part_of_its_name(text, expected):
    """首家, 首个, 第一家 after a place: how the body ranks, not its name."""
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("他们成立了一家物流有限公司工会。", []),
    ("一所民办学校工会开展活动。", []),
    # a count inside a place's name, or an ordinal, is no count
    ("五家渠市总工会举办活动。", ["五家渠市总工会"]),
    # a count in an earlier clause does not hide the name after it
    ("我们几个人在网上查到拱墅区总工会有个驿站。", ["拱墅区总工会"]),
])
def test_a_count_before_a_described_body_names_no_union(text, expected):
    """一家物流有限公司工会: one of a kind, described, not a named body."""
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the Production and Construction Corps has its own federation, and a division run with its city as one body
    # (师市合一) is named with both; the corps before a division is dropped as a province before a city
    ("甲乙兵团总工会将对竞赛予以表彰。新疆生产建设兵团总工会将对竞赛予以表彰。", ["新疆生产建设兵团总工会"]),
    ("9月25日，第八师石河子市总工会在一四九团启动竞赛。", ["第八师石河子市总工会"]),
    ("新疆生产建设兵团第一师阿拉尔市总工会开展活动。", ["第一师阿拉尔市总工会"]),
    ("兵团第三师总工会开展活动。", ["第三师总工会"]),
    # a sector union of a province named with the national sector's words (教科文卫, without 体)
    ("湖北省教科文卫工会、四川省教育工会等单位作了交流发言。", ["湖北省教科文卫工会", "四川省教育工会"]),
    ("江西省教科文衛工會主席致辭。", ["江西省教科文衛工會"]),
    # an area run by a management committee, like a new area or a development zone
    ("石岛管理区总工会组织技能比武。", ["石岛管理区总工会"]),
    ("石島管理區總工會組織技能比武。", ["石島管理區總工會"]),
    ("会议要求管理区总工会做好服务。", []),
    # a national industry union's full name runs on with 全国委员会; its short form stays as written
    ("中国海员建设工会全国委员会副主席一行登轮慰问。", ["中国海员建设工会全国委员会"]),
    ("中国海员建设工会开展活动。", ["中国海员建设工会"]),
    # the name starts after 由 standing as a word of its own (运动会由…主办), not after 由于 or inside a word
    ("本届运动会由中国石化甲乙分公司工会、人力资源部联合主办。", ["中国石化甲乙分公司工会"]),
    ("活动由公司工会主办。", []),
    ("自由贸易港甲乙有限公司工会成立。", ["自由贸易港甲乙有限公司工会"]),
])
def test_corps_sector_zone_and_national_committee_names(text, expected):
    """Batch 21: the corps and its divisions, 教科文卫 sector unions, 管理区, 全国委员会, and 由 before a name."""
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # the left edge: a conjunction before a named conjunct, verbs of relying on, joining or visiting a body
    ("调研组走进劳模创新工作室和甲乙街道总工会服务中心。", ["甲乙街道总工会"]),
    ("服务队走进茶叶加工企业和五峰土家族自治县茶产业工会联合会。", ["五峰土家族自治县茶产业工会联合会"]),
    ("区里依托甲乙街道总工会开展服务。", ["甲乙街道总工会"]),
    ("吸纳他们加入东山县渔业行业工会联合会。", ["东山县渔业行业工会联合会"]),
    ("调研组走进叙州区酒类行业工会联合会。", ["叙州区酒类行业工会联合会"]),
    # a conjunction inside a name stays (物流及运输业), and a generic or verb-led conjunct names none
    ("主席某某和部分乡镇工会主席座谈。", []),
    ("到七道泉子镇总工会调研乡镇工会规范化建设。", ["七道泉子镇总工会"]),
    ("主席对叙州区依托行业工会开展培训给予肯定。", []),
    ("今后公司工会将继续完善竞赛平台。", []),
    # a 、-list shares 工会 only with a name read from its start, and never a person's post
    ("兼职副主席、酒钢集团公司工会主席出席。", ["酒钢集团公司工会"]),
    ("仓山区、长乐区和闽侯县的产业园区也正在筹建园区工会联合会。", []),
    ("攀钢、攀煤、钢城集团公司工会参加。", ["攀钢工会", "攀煤工会", "钢城集团公司工会"]),
])
def test_left_edges_and_lists_of_batch_27(text, expected):
    """Batch 27: where a union's name starts inside a clause, and what a 、-list before it shares."""
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a park's federation named after the park (a place, the park's name, a park word)
    ("福州软件园工会联合会正式成立。", ["福州软件园工会联合会"]),
    ("高陵区总工会和西安泾河工业园工会联合会组织职工聆听宣讲。", ["高陵区总工会", "西安泾河工业园工会联合会"]),
    ("杭州医药港工会联合会成立。", ["杭州医药港工会联合会"]),
    ("开展校园工会活动。", []),
    ("福州各园工会联合会成立。", []),
    # a steel or coal firm's short name
    ("韶钢工会将围绕降本增效开展竞赛。", ["韶钢工会"]),
    ("会上，公司与韶钢工会签订集体合同。", ["韶钢工会"]),
    ("炼钢工会小组开展活动。", []),
    # an occupation's union in a county, with a plain 工会 or a federation word
    ("为固始县网约配送员工会揭牌。", ["固始县网约配送员工会"]),
    ("巴里坤县货车司机工会联合会成立。", ["巴里坤县货车司机工会联合会"]),
    ("全市企业员工会上发言。", []),
])
def test_park_firm_and_occupation_unions(text, expected):
    """Batches 23-27: parks, firms' short names and occupations own unions."""
    assert names(text) == expected


def test_bare_town_committee_levels_and_sentence_owner():
    """A bare 镇总工会 after prose, a federation's committee, levels listed with 、, a sentence's one county."""
    text = "紫阳镇总工会召开大会。会议审议了镇总工会工作报告，选举产生了镇总工会委员会。新一届镇总工会委员会要履职。"
    assert names(text) == ["紫阳镇总工会"]
    assert names("丹东市总工会祝贺。他希望新一届凤城市总工会委员会团结职工。") == ["丹东市总工会", "凤城市总工会"]
    assert names("抚松县总工会开展活动。根据省、市总工会的部署开展工作。") == ["抚松县总工会"]
    assert names("攀枝花市、市总工会联合开展活动。") == ["攀枝花市总工会"]  # a place in full, then a bare level
    text = "调研叙州区、屏山县、兴文县。屏山县委副书记表示，将支持县总工会推进工作。"
    assert names(text) == ["屏山县总工会"]
    from unionkit.extract.unions.context import _sentence_owner
    two = text.replace("屏山县委副书记", "屏山县和兴文县领导")
    assert _sentence_owner(two, two.index("县总工会"), "县") is None  # two counties in the sentence: open
    assert _sentence_owner(text, text.index("县总工会"), "县") == "屏山县"


def test_title_salt_before_a_trades_place_and_autonomous_county_short_form():
    """区总红谷滩区快递行业…: the place written in full owns the trade; 威宁县 is the autonomous county's short form."""
    assert "红谷滩区快递行业工会联合会" in names("活动现场，区总红谷滩区快递行业工会联合会与快递企业签约。")
    text = "毕节市威宁彝族回族苗族自治县总工会开展活动。今年威宁县总工会筹集资金。"
    assert names(text) == ["威宁彝族回族苗族自治县总工会"]
    assert names("石柱县总工会开展活动。") == ["石柱县总工会"]  # the short form alone stays as written


@pytest.mark.parametrize("text, name", [
    ("下一步西塘镇总工会将继续推进职工服务阵地建设。", "西塘镇总工会"),
    ("接下来，龙州县总工会将开展技能培训。", "龙州县总工会"),
    ("下阶段平湖市总工会将加大帮扶力度。", "平湖市总工会"),
])
def test_time_phrases_are_no_part_of_a_unions_name(text, name):
    """A time phrase before the name (下一步, 接下来, 下阶段) is the sentence's, not the union's (下一步镇总工会)."""
    assert name in [u.name for u in find_unions(text)]
    assert not any(u.name.startswith(("下一步", "接下来", "下阶段")) for u in find_unions(text))


@pytest.mark.parametrize("text,expected", [
    # a bare level is the place its own sentence names before it, not the page's main place named elsewhere
    ("兴平市总工会召开会议。兴平市汽车行业工会成立。在彬州市，市总工会副主席走访企业。",
     ["兴平市总工会", "兴平市汽车行业工会", "彬州市总工会"]),
    ("咸阳市委两新工委、市总工会联合开展活动。兴平市总工会也开展慰问。", ["咸阳市总工会", "兴平市总工会"]),
    # two places of the level in the sentence leave it to the page
    ("兴平市总工会召开会议。在彬州市和兴平市，市总工会副主席走访企业。", ["兴平市总工会"]),
    # a word-like district alone is prose ("the urban area", "the suburbs"): the page's own district, not 城区/郊区
    ("金牛区总工会开展慰问。在城区一处工地，区总工会干部送去清凉。", ["金牛区总工会"]),
    ("金牛区总工会开展慰问。走进郊区几家企业，区总工会干部送去清凉。", ["金牛区总工会"]),
    # a place that rates a thing (咸阳市级劳模) is the rank's, not the sentence's: the page's own county-level city
    ("兴平市总工会开办培训班。兴平市共有职工3万人。课程由咸阳市级劳模授课，费用由市总工会承担。", ["兴平市总工会"]),
])
def test_a_bare_level_takes_its_own_sentences_place(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a zone's working committee of unions, named as one body
    ("西咸新区工会工作委员会也开展慰问。", ["西咸新区工会工作委员会"]),
    ("博乐边境经济合作区工会工作委员会主任由副主席兼任。", ["博乐边境经济合作区工会工作委员会"]),
    # prose before a state group's provincial branch is cut at the group's name
    ("路线提前一周报国网甘肃省电力公司工会备案。", ["国网甘肃省电力公司工会"]),
    # the name written from the group on stays whole
    ("国网甘肃省电力公司工会开展慰问。", ["国网甘肃省电力公司工会"]),
])
def test_zone_committees_and_group_branches(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a zone (no gazetteer place) owns a trade federation as a district does, after its city when written
    ("在两江新区，两江新区总工会指导成立两江新区网约配送行业工会联合会。", ["两江新区总工会", "两江新区网约配送行业工会联合会"]),
    ("青岛西海岸新区餐饮行业工会成立。", ["青岛西海岸新区餐饮行业工会"]),
    # the bare 新区 ("the new area") and prose before it name no zone
    ("大会审议通过了新区餐饮行业工会联合会的章程。", []),
    ("会议选举了新区餐饮行业工会主席。", []),
])
def test_a_zones_trade_federation(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a verb glued before a bare 市总工会 (争取市总工会的名额): the page's city's federation
    ("濮阳市台前县总工会开展活动。县总工会将积极争取市总工会的推荐名额。", ["台前县总工会", "濮阳市总工会"]),
    ("濮阳市台前县总工会开展活动。县总工会及时报送市总工会审核。", ["台前县总工会", "濮阳市总工会"]),
    # a zone or body whose name ends in a level word after a verb-like word stays whole (示范区, 开发区, 管理区)
    ("濮阳市台前县总工会开展活动。济源示范区总工会、石岛管理区总工会参加。",
     ["台前县总工会", "济源示范区总工会", "石岛管理区总工会"]),
    # a noun before 市 (城市总工会) is no verb: no bare level
    ("濮阳市台前县总工会开展活动。城市总工会参加。", ["台前县总工会"]),
])
def test_a_verb_before_a_bare_level(text, expected):
    assert names(text) == expected


# --- batch 37 ------------------------------------------------------------------------------------------------

def _u37(text: str) -> list[str]:
    from unionkit.extract.unions import find_unions

    return [u.name for u in find_unions(text)]


def test_a_shared_union_word_after_a_list_that_prose_runs_into():
    assert _u37("市总工会联合泸定县、丹巴县总工会举办大赛。")[-2:] == ["泸定县总工会", "丹巴县总工会"]
    assert _u37("组织参观了职工之家、丹巴县总工会举办的大赛。") == ["丹巴县总工会"]  # no place before 、: no item


def test_park_joint_unions_and_work_zones():
    assert _u37("在安定区马铃薯产业园区联合工会,调研组察看了职工之家。") == ["安定区马铃薯产业园区联合工会"]
    assert _u37("比赛期间,塔中采油气管理区工会设立服务车。") == ["塔中采油气管理区工会"]
    assert _u37("推动园区联合工会建设") == [] and _u37("他当选为管理区工会主席") == []
    assert _u37("各管理区工会要抓好落实") == []


def test_a_bare_branch_union_is_the_one_branch_named():
    text = "在云南农垦集团勐腊分公司,慰问组走进作业区。分公司工会主席刀建华介绍,分公司已将割胶时间调整。"
    assert _u37(text) == ["云南农垦集团勐腊分公司工会"]
    assert _u37("在甲乙集团东区分公司和甲乙集团西区分公司,分公司工会主席介绍。") == ["分公司工会"]  # two branches


def test_a_bare_level_keeps_the_page_own_place_over_a_union_written_later():
    text = ("县总工会举办马尾绣职工技能大赛\n由县总工会主办的三都水族自治县马尾绣大赛开赛。\n"
            "都匀市总工会、荔波县总工会派员观摩了比赛。")
    names = [u.name for u in find_unions(text, find_places(text))]
    assert "三都水族自治县总工会" in names and "荔波县总工会" in names
    # the other union written first (a notice's own signature at the top) still takes the bare name
    text = "荔波县总工会\n县总工会举办大赛。三都水族自治县派员观摩。"
    assert [u.name for u in find_unions(text, find_places(text))] == ["荔波县总工会"]


# --- batch 39 ------------------------------------------------------------------------------------------------

def test_listed_places_share_the_industry_word_of_the_last_union():
    got = _u37("盖州市、大石桥市教育工会要于11月20日前汇总上报。")
    assert "盖州市教育工会" in got and "大石桥市教育工会" in got and "盖州市工会" not in got
    got = _u37("珲春市、敦化市、图们市总工会联合开展活动。")
    assert {"珲春市总工会", "敦化市总工会", "图们市总工会"} <= set(got)
    assert not any("教育" in n for n in got)


@pytest.mark.parametrize("text", [
    "据了解,相关经验入选江苏省总工会集体协商工作典型案例。",   # prose opening with a generic word (相关), then 入选
    "该案例获评江苏省总工会集体协商工作典型案例。",             # 该 … 获评
    "相关经验入选了江苏省总工会集体协商工作典型案例。",         # (入选了 read before)
    "该案例被江苏省总工会评为典型案例。",                       # (被 read before)
])
def test_a_place_named_union_right_after_a_verb(text):
    """A union named by its place right after a verb (入选, 获评) is a union, whatever word opens the sentence."""
    assert [u.name for u in find_unions(text)] == ["江苏省总工会"]


def test_a_verb_before_a_union_needs_a_place_written_in_full():
    # no place before the level word, or an industry after the place: nothing new is read
    assert find_unions("相关单位入选江苏省教育工会名单。") == []
    assert find_unions("广大江苏省职工会选择就近服务。") == []
    assert find_unions("各江苏省总工会") == []


@pytest.mark.parametrize("text,expected", [
    # a province's or city's union of one state system or sector: place + industry word + 工会 (batch 44)
    ("湖南省邮政工会有关负责人表示,将继续做好服务。", ["湖南省邮政工会"]),
    ("湖南省電力工會主席出席會議。", ["湖南省電力工會"]),
    ("陕西省国防工会工作委员会召开会议。", ["陕西省国防工会工作委员会"]),
    ("上海市海员工会走访船员家庭。", ["上海市海员工会"]),
    ("四川省科教文卫体工会委员会换届。", ["四川省科教文卫体工会委员会"]),
    ("臺北市郵政工會舉辦活動。", ["臺北市郵政工會"]),
    # the industry word is not part of a name: no owner, or not next to the union word
    ("全省邮政职工参加工会活动。", []),
    ("全省邮政工会系统开展培训。", []),
    ("邮政工会组织职工参加活动。", []),
])
def test_provincial_system_unions(text, expected):
    """邮政, 电力, 国防, 海员, 科教文卫体 are industry words between a place and 工会 like 教育 and 金融."""
    assert names(text) == expected


def test_company_named_after_an_industry_keeps_its_own_union():
    assert names("国网湖南省电力公司工会开展慰问。") == ["国网湖南省电力公司工会"]
    assert names("中国邮政集团有限公司郴州市分公司工会组织活动。") == ["中国邮政集团有限公司郴州市分公司工会"]


def test_short_place_before_a_firm_sector_is_the_firms_branch():
    """永顺邮政工会 in a headline is the short name of 中国邮政…永顺县分公司工会: no provincial or city union."""
    assert names("永顺邮政工会:让大山里的乡邮员有个温暖的家") == []
    assert names("天水邮政工会为投递员办起流动职工之家") == []
    assert names("天水市邮政工会为投递员办起流动职工之家") == ["天水市邮政工会"]


@pytest.mark.parametrize("text, expected", [
    # a verb or a time word glued before a body named after a place: the name starts at the place
    ("积极争取新疆生产建设兵团总工会项目资金支持。", ["新疆生产建设兵团总工会"]),
    ("——访鄂尔多斯机场管理集团工会主席乔某某", ["鄂尔多斯机场管理集团工会"]),
    ("今年夏季和静县供电公司工会共投入资金5万元。", ["和静县供电公司工会"]),
    # unsalted twins: a group's short name opens the name; a town's name may open with a verb-like character
    ("国网和静县供电公司工会共投入资金5万元。", ["国网和静县供电公司工会"]),
    ("安丰镇河蟹养殖行业工会联合会成立。", ["安丰镇河蟹养殖行业工会联合会"]),
])
def test_prose_word_before_a_place_named_body(text, expected):
    assert names(text) == expected


def test_a_bare_place_after_a_verb_is_no_body():
    # the district's union work in general, not a body named 盘龙工会
    assert names("激发盘龙工会社会化工作活力。") == []


@pytest.mark.parametrize("text, expected", [
    ("万宁一民营酒店工会开办英语角。", []),  # one private hotel, described
    ("某市一大型企业工会组织职工体检。", []),
    ("长春一汽集团工会组织职工体检。", ["长春一汽集团工会"]),  # 一 opening a firm's own short name
])
def test_one_body_of_a_kind_is_not_named(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("霍尔果斯海关工会举办技能竞赛。", ["霍尔果斯海关工会"]),
    ("选手将代表霍尔果斯海关参加乌鲁木齐海关工会举办的比赛。", ["乌鲁木齐海关工会"]),
    ("各海关工会要积极组织职工参赛。", []),  # generic
])
def test_customs_unions(text, expected):
    assert names(text) == expected


def test_conjunction_after_a_union_joins_two_unions():
    # 和 right after a union's name joins the next (the bare 县 of the page), not 和县 in Anhui
    got = names("化隆回族自治县教育工会积极争取海东市总工会和县总工会的支持。")
    assert "和县总工会" not in got and "化隆回族自治县总工会" in got


def test_he_county_stays_when_the_page_places_it():
    assert names("马鞍山市总工会和县总工会联合开展活动。") == ["马鞍山市总工会", "和县总工会"]
    assert names("安徽省马鞍山市和县总工会召开会议。") == ["和县总工会"]


def test_conjunction_after_a_person_joins_the_page_county_union():
    # 和 after a person's name, then a bare 县总工会 on a page about another county: the page's own federation
    text = "清丰县召开会议。县人社局局长王某明和县总工会主席赵某红分别讲话。"
    assert names(text) == ["清丰县总工会"]


def test_he_county_stays_after_its_province_or_with_no_county_of_the_page():
    assert names("清丰县召开会议。安徽和县总工会主席赵某红出席。")[-1] == "和县总工会"
    assert names("局长王某明和县总工会主席赵某红分别讲话。") == ["和县总工会"]  # (no county of the page to join)


# --- batch 49 ------------------------------------------------------------------------------------------------

def test_a_construction_project_joint_union_is_named_by_its_project():
    # a named project (place + project + 项目) has its own joint union, also after an attribute ending in 的
    assert _u37("为新成立的寻甸保障性住房项目联合工会授牌。") == ["寻甸保障性住房项目联合工会"]
    assert _u37("寻甸保障性住房项目工会主席介绍。") == ["寻甸保障性住房项目工会"]
    # look-alikes: a kind of project, a bare project union, no place before the project
    assert _u37("全县在建重点项目中新建项目工会15个。") == []
    assert _u37("寻甸县重点项目工会要抓好落实。") == []
    assert _u37("为项目联合工会揭牌。") == [] and _u37("为新成立的项目联合工会授牌。") == []
    assert _u37("为新成立的保障性住房项目联合工会授牌。") == []


def test_townships_are_no_town_owning_a_trade():
    # 乡镇 "townships" after prose names no town: the sentence writes a kind of union, not one union
    assert _u37("对规模小的合作社，就按乡镇建立农机行业联合工会。") == []
    assert _u37("按乡镇组建农机行业联合工会。") == []
    # unsalted twin: a named town owns its trade's union
    assert _u37("王江泾镇织造行业联合工会成立。") == ["王江泾镇织造行业联合工会"]


# --- batches 51/52 -------------------------------------------------------------------------------------------

def test_a_verb_before_a_railway_unit_is_no_part_of_its_name():
    # a title's interview verb (——访…) before a depot's workshop: the name opens at the depot's place
    assert names("守护天路——访拉萨工务段安多线路车间工会小组长") == ["拉萨工务段安多线路车间工会"]
    # look-alikes: depots and stations whose names open with their place stay whole
    assert names("向塘机务段工会") == ["向塘机务段工会"]
    assert names("福州站客运车间工会") == ["福州站客运车间工会"]


def test_a_repost_note_names_its_source_after_the_verb():
    # （转自…公众号）: the verb is no part of the source's name; a bare 电厂 names no body
    assert names("（转自电厂工会公众号，侵删）") == []
    assert names("（转自上都电厂工会公众号）") == ["上都电厂工会"]
    assert names("本文摘自正蓝旗上都电厂工会微信号") == ["正蓝旗上都电厂工会"]


def test_a_national_industry_union_under_its_current_name():
    assert names("工作室被中国能源化学地质工会命名为示范性工作室。") == ["中国能源化学地质工会"]
    # the older short form and a province's merged sector stay
    assert names("中国能源化学工会") == ["中国能源化学工会"]
    assert names("河南省能源化工工会") == ["河南省能源化工工会"]


def test_suo_before_a_firm_is_a_name_not_a_count():
    # 所 counts schools and institutes, never firms: 八所 (a town's name) opens the firm's name
    assert names("八所港务公司工会主席吉家运介绍") == ["八所港务公司工会"]
    assert names("海南八所港务有限责任公司工会主席介绍") == ["海南八所港务有限责任公司工会"]
    # look-alikes: counted bodies stay unnamed
    assert names("一所学校工会") == [] and names("三所中学工会") == []
    assert names("一家物流有限公司工会") == [] and names("两家公司工会") == []


def test_a_corps_regiment_unit_union():
    # a numbered regiment (and its unit) of the Production and Construction Corps, division and city dropped
    assert find_unions("第二师铁门关市二十九团机械化作业队工会在农机库房举办") == [
        Union("二十九团机械化作业队工会", "第二师铁门关市二十九团机械化作业队工会")]
    assert names("二十九团机械化作业队工会开展比武") == ["二十九团机械化作业队工会"]
    assert names("一二一团工会") == ["一二一团工会"]
    # look-alikes: a team (团队), prose after the regiment, a bare unit word, the corps' and a division's union
    assert names("优秀团队工会") == [] and names("十二团队工会") == []
    assert names("二十九团积极推动工会") == []
    assert names("作业队工会主席") == []
    assert names("第八师石河子市总工会") == ["第八师石河子市总工会"]


def test_and_inside_a_government_departments_name():
    # 和 joins the two remits of one department, not two unions
    assert names("扎鲁特旗林业和草原局工会举办") == ["扎鲁特旗林业和草原局工会"]
    assert names("县住房和城乡建设局工会开展") == ["县住房和城乡建设局工会"]
    assert names("市发展和改革委员会工会") == ["市发展和改革委员会工会"]
    # look-alikes: two unions or two bodies joined by 和 stay apart
    assert names("市总工会和区总工会") == ["市总工会", "区总工会"]
    assert names("市总工会和区教育局工会") == ["市总工会", "区教育局工会"]
    assert names("市教育局和卫生局工会") == ["卫生局工会"]
    assert names("职工和工会") == []


def test_a_bare_body_word_after_a_modifier_names_no_body():
    # 随行的矿: 的 + a bare body word describes the mine, 工会干部 are its union cadres
    assert names("叮嘱随行的矿工会干部注意安全") == []
    # look-alikes: a named body after the modifier, a bare 厂工会 of the writer's own factory
    assert names("随行的铁法能源公司工会干部") == ["铁法能源公司工会"]
    assert names("位于境内的北大荒农垦集团有限公司工会") == ["北大荒农垦集团有限公司工会"]
    assert names("厂工会主席介绍") == ["厂工会"]


def test_a_short_form_is_the_page_s_written_union():
    # 县总 shortens 县总工会: the page writes the county's union as 清原县总工会, never under the county's full name
    text = ("入冬以来，清原满族自治县气温持续走低。12月2日，清原县总工会为环卫工人送上棉服。"
            "县总工作人员将工装递到环卫工人手中。")
    assert names(text) == ["清原县总工会"]
    # look-alike: a page that writes the union under the county's full name keeps it
    assert names("入冬以来，清原满族自治县气温持续走低。清原满族自治县总工会为环卫工人送上棉服。"
                 "县总工作人员将工装递到环卫工人手中。") == ["清原满族自治县总工会"]


def test_a_bare_factory_union_beside_its_full_name():
    # 厂工会 names again the factory's union the page writes in full
    assert names("龙滩水电厂工会开展竞赛。厂工会还推行安全讲评") == ["龙滩水电厂工会"]
    assert names("厂工会还推行安全讲评，龙滩水电厂工会开展竞赛") == ["龙滩水电厂工会"]
    # look-alikes: alone, or beside no factory's union, it stays the writer's factory's union
    assert names("厂工会主席介绍") == ["厂工会"]
    assert names("大唐公司工会与厂工会签订协议") == ["大唐公司工会", "厂工会"]


def test_a_wind_farm_named_after_its_group_and_place():
    # 华电 (the group's short name) + 赤城 (the place) + 风电场; a headline drops the group
    assert names("赤城风电场工会开展比武。华电赤城风电场工会组织开展运维比武") == ["华电赤城风电场工会"]
    assert names("赤城县供电公司工会与国网赤城县供电公司工会") == ["国网赤城县供电公司工会"]
    # look-alikes: the bare kind of plant names none; a place before a place is no group
    assert names("风电场工会联系邮箱") == []
    assert names("光伏电场工会") == []
    assert names("蛟河市自来水公司工会") == ["蛟河市自来水公司工会"]


def test_a_scenic_areas_body_is_named_without_its_county():
    # the scenic area names the body; the county before it is dropped, as a town's is
    assert names("12月1日，龙胜各族自治县龙脊景区管理公司工会在平安寨举办") == ["龙脊景区管理公司工会"]
    assert names("桂林市漓江景区管理局工会") == ["漓江景区管理局工会"]
    # look-alikes: no area named, or every area of the county
    assert names("龙胜各族自治县景区管理公司工会") == ["龙胜各族自治县景区管理公司工会"]
    assert names("该县各景区管理公司工会") == []


# --- a bracketed second name (a company word) right before 工会; a federation's member union (工聯屬會 + union) ---

@pytest.mark.parametrize("text, want", [
    # a state monopoly bureau that is also a company: both names, the second bracketed, then 工会
    ("近日，乌兰察布市烟草专卖局（公司）工会举办读书分享会。", "乌兰察布市烟草专卖局（公司）工会"),
    ("大理州盐务局(盐业公司)工会慰问一线职工。", "大理州盐务局(盐业公司)工会"),
    # a school that heads an education group
    ("杭州市学军小学（教育集团）工会开展教职工趣味运动会。", "杭州市学军小学（教育集团）工会"),
    # the older bracket inside a company name still reads the whole name
    ("云南锡业集团(控股)有限责任公司工会组织职工参观。", "云南锡业集团(控股)有限责任公司工会"),
])
def test_a_bracketed_company_word_before_the_union(text, want):
    got = names(text)
    assert want in got, got
    # the name is never cut at its bracket
    assert not any(n.startswith(("（", "(", "公司", "教育集团", "盐业公司")) for n in got), got


@pytest.mark.parametrize("text", [
    "在这家（公司）工会的帮助下，他找到了新工作。",  # no body named before the bracket
    "各单位（公司）工会要认真落实本通知要求。",  # every unit's union
    "全市基层（公司）工会共有120家。",  # generic 基层
    "该局（公司）工会积极组织职工参加活动。",  # a demonstrative, no name
    "张三（公司）工会主席表示，将做好服务。",  # a person, not a body
    "会员单位（含分公司）工会要按时报送材料。",  # the bracket is an aside, not a company's second name
])
def test_no_union_from_a_bracket_alone(text):
    got = names(text)
    assert not any("（" in n or "(" in n for n in got), got


def test_a_union_before_a_bracket_keeps_its_own_name():
    """A federation's name before a bracketed word stays the federation's (no company union made of it)."""
    got = names("昆明市总工会（集团）工会干部培训班开班。")
    assert "昆明市总工会" in got
    assert not any("（" in n for n in got), got


@pytest.mark.parametrize("text, want", [
    # a federation's member union named after the federation's short name (工聯屬會 + the union)
    ("工聯屬會澳門建造業職工會會長陳明表示，將繼續爭取改善工作條件。", "澳門建造業職工會"),
    ("勞聯今日聯同屬會香港物流業職工會召開記者會。", "香港物流業職工會"),
    # the region's own federation of unions after the writer's prose (本會作為 + 澳門 + 工會聯合總會)
    ("本會作為澳門工會聯合總會屬會，將繼續為會員開辦課程。", "澳門工會聯合總會"),
    ("本会一直积极支持香港工会联合会的工作。", "香港工会联合会"),
])
def test_a_member_union_opens_with_its_region(text, want):
    got = names(text)
    assert want in got, got
    assert not any(n.endswith(want) and n != want for n in got), got


@pytest.mark.parametrize("text", [
    "工聯屬會職工會將舉辦講座。",  # no region, no trade: generic
    "會員在香港工作多年，今日到職工會求助。",  # a region in prose, then a bare 職工會
    "內地的做法值得香港工會借鑒。",  # a region's unions in general, no federation named
])
def test_no_member_union_without_region_and_trade(text):
    got = names(text)
    assert not any(n.startswith(("香港", "澳門")) for n in got), got


@pytest.mark.parametrize("text,expected", [
    ("并组队参加了河北省卫生健康工会组织的全省卫生健康系统职工运动会。", ["河北省卫生健康工会"]),
    ("湖北省衛生健康工會舉辦比賽。", ["湖北省衛生健康工會"]),
    ("石家庄市举办活动，市卫生健康工会主席出席。", ["石家庄市卫生健康工会"]),  # a bare level, completed
    # look-alikes: a sector's system, a commission's or a bureau's own union, and the sector with no owner
    ("淄博市卫生健康系统工会开展活动。", ["淄博市卫生健康系统工会"]),
    ("市卫生健康委员会工会举办比赛。", ["市卫生健康委员会工会"]),
    ("县卫生健康局工会开展慰问。", ["县卫生健康局工会"]),
    ("推动卫生健康工会工作高质量发展。", []),
    ("全市卫生健康工会干部参加培训。", []),
])
def test_health_sector_union_of_a_province_or_city(text, expected):
    """卫生健康 (the health sector, named after the 2018 health commissions) is an industry like 教育."""
    assert names(text) == expected


@pytest.mark.parametrize("text,expected", [
    # a count in the prose before a verb, then the place's union: the count is the prose's
    ("去年金安区有36家企业获评六安市总工会“安康杯”竞赛优胜单位。", ["六安市总工会"]),
    ("企业荣获六安市总工会表彰。", ["六安市总工会"]),
    # look-alikes: a count before a bare body or a generic word names none
    ("全市有一个街道工会。", []),
    ("有36家企业工会获评先进。", []),
])
def test_count_in_prose_before_a_verb_and_a_place(text, expected):
    assert names(text) == expected


def test_bare_company_union_on_a_firms_own_site():
    """公司工会 on a firm's own site is that firm's union, in the page's script; not where the text names a
    company's union itself, nor before a noun of union work, nor on a site that is no company."""
    def on(text, site):
        return [u.name for u in find_unions(text, find_places(text), site)]

    assert on("5月15日，公司工會在車間舉辦比武。", "德陽旌誠重工機械有限公司") == ["德陽旌誠重工機械有限公司工會"]
    assert on("公司工会与行政方签订集体合同。", "嘉鱼华兴纺织有限公司") == ["嘉鱼华兴纺织有限公司工会"]
    assert on("会议审议了公司工会工作报告。", "嘉鱼华兴纺织有限公司") == []
    assert on("公司工会与行政方签订集体合同。", "嘉鱼工会网") == []
    assert on("甲乙集团有限公司工会组织活动，公司工会主席讲话。", "丙丁有限公司") == ["甲乙集团有限公司工会"]


def test_bare_group_union_on_a_groups_own_site():
    """集团公司工会 on a group company's own site is the group's union, the bare form kept as surface; not on a
    firm's site that is no group, nor where the text writes another group's union in full or the group's own union
    by another name (某某集团工会)."""
    def on(text, site):
        return [(u.name, u.surface) for u in find_unions(text, find_places(text), site)]

    assert on("由集团公司工会主办的技能比武在车间举行。", "甲乙重工集团有限公司") \
        == [("甲乙重工集团有限公司工会", "集团公司工会")]
    assert on("由集團公司工會主辦的比武在車間舉行。", "甲乙重工集團有限公司") \
        == [("甲乙重工集團有限公司工會", "集團公司工會")]
    assert on("由集团公司工会主办的技能比武在车间举行。", "甲乙重工有限公司") == [("集团公司工会", None)]
    assert on("甲乙重工集团工会召开会议，集团公司工会主席讲话。", "甲乙重工集团有限公司") \
        == [("甲乙重工集团工会", None), ("集团公司工会", None)]
    assert ("甲乙重工集团有限公司工会", "集团公司工会") not in \
        on("丙丁集团有限公司工会与集团公司工会联合主办比武。", "甲乙重工集团有限公司")


def test_bare_group_union_after_a_verb_on_a_groups_own_site():
    """集团工会 (no 公司) on a group company's own site is the group's union too, after a lead verb or 了 as after
    punctuation; a verb never opens a union's name (授权集团工会); not where the text names a group's union in short."""
    def on(text, site):
        return [(u.name, u.surface) for u in find_unions(text, find_places(text), site)]

    assert on("大会同意合同草案，授权集团工会与行政方签订。", "甲乙航运集团有限公司") \
        == [("甲乙航运集团有限公司工会", "集团工会")]
    assert on("会议听取了集团工会主席所作的报告。", "甲乙航运集团有限公司") == [("甲乙航运集团有限公司工会", "集团工会")]
    assert on("大会同意合同草案，授权集团工会与行政方签订。", "甲乙航运有限公司") == []
    assert on("甲乙集团工会去年获评先进。授权集团工会与行政方签订。", "甲乙航运集团有限公司") == [("甲乙集团工会", None)]


def test_bare_unit_union_named_by_the_pages_header():
    """A union named by its unit's kind alone (集团公司工会, 院工会, 校工会) is the one union the page's header, column
    title or footer names in full for a unit of that kind, the bare form kept as surface; not when two compete, nor
    from a row of links, nor when the header's union is of another kind or the bare word is part of a name."""
    def on(text, chrome):
        return [(u.name, u.surface) for u in find_unions(text, find_places(text), None, chrome)]

    railway = ["职工之家", "中国铁路某某局集团有限公司工会主办", "首页 | 工会要闻"]
    assert on("甲乙车务段工会把集团公司工会的关怀送到职工身边。", railway) == [
        ("甲乙车务段工会", None), ("中国铁路某某局集团有限公司工会", "集团公司工会")]
    assert on("由院工会主办的托管班开班。", ["工会之窗", "丙丁市中心医院工会"]) == [("丙丁市中心医院工会", "院工会")]
    assert on("校工会举办教职工运动会。", ["主办单位：甲乙师范学院工会"]) == [("甲乙师范学院工会", "校工会")]
    # two hospitals' unions, a row of links, another kind, a name of its own before the kind
    assert on("由院工会主办的托管班开班。", ["甲医院工会", "乙医院工会"]) == []
    assert on("由院工会主办的托管班开班。", ["友情链接：甲乙医院工会 | 丙丁大学工会"]) == []
    assert on("由院工会主办的托管班开班。", ["丙丁市总工会主办"]) == []
    assert on("丙丁学院工会举办活动。", ["甲乙医院工会"]) == [("丙丁学院工会", None)]
    # the text writes another unit of the kind in full: it competes with the header's
    assert on("甲乙医院工会与院工会联合举办活动。", ["丙丁医院工会"]) == [("甲乙医院工会", None)]


def test_bare_group_union_named_by_the_groups_own_header_line():
    """A group's intranet opens its header with the group's name alone over the union's portal: a bare 集团公司工会 is
    that group's union; not from a firm that is no group, nor from a line with more than the name, nor as 本会."""
    def on(text, chrome):
        return [(u.name, u.surface) for u in find_unions(text, find_places(text), None, chrome)]

    text = "集团公司工会组织劳模疗休养。"
    assert on(text, ["中国铁路某某局集团有限公司", "某铁职工之窗"]) == [
        ("中国铁路某某局集团有限公司工会", "集团公司工会")]
    assert on(text, ["甲乙机械有限公司"]) == [("集团公司工会", None)]
    assert on(text, ["-甲乙机械集团有限公司"]) == [("集团公司工会", None)]
    assert on("本会组织劳模疗休养。", ["甲乙机械集团有限公司"]) == []
    # two groups on their own lines compete
    assert on(text, ["甲乙机械集团有限公司", "丙丁重工集团有限公司"]) == [("集团公司工会", None)]


def test_own_union_named_as_this_union_by_its_chrome():
    """本會 in a union's own post is the one union its chrome names on a line of its own (a Hong Kong union's
    account row, 香港某某職工總會, though it ends in no 工会); not when two compete, nor from a row of links, nor
    without 本會."""
    def on(text, chrome):
        return [u.name for u in find_unions(text, find_places(text), None, chrome)]

    post = "本會熱線:2123 4567,有問題可以搵我哋工會跟進。"
    assert on(post, ["搜尋", "香港甲乙運輸業職工總會"]) == ["香港甲乙運輸業職工總會"]
    assert on(post, ["主办单位：甲乙医院工会"]) == ["甲乙医院工会"]
    assert on(post, ["香港甲乙運輸業職工總會", "香港丙丁物流業職工總會"]) == []
    assert on(post, ["首頁 香港甲乙運輸業職工總會 關於我們"]) == []
    assert on("有問題可以搵我哋工會跟進。", ["香港甲乙運輸業職工總會"]) == []
    assert on("本会计年度工会经费收支平衡。", ["主办单位：甲乙医院工会"]) == []


def test_county_union_named_first_without_its_city():
    """On a page naming several prefectures, a county's union keeps its city as written (a province's list of units),
    unless the page names it first without the city (a headline's 南海区总工会): that is the page's name for it."""
    text = ("南海区总工会推出交流计划\n佛山市南海区总工会日前启动计划，南海区总工会将安排参观广州、深圳等地。")
    assert names(text) == ["南海区总工会"]
    listed = ("兰州市总工会、兰州市城关区总工会、天水市总工会、酒泉市总工会代表发言。城关区总工会介绍了经验。")
    assert "兰州市城关区总工会" in names(listed)


@pytest.mark.parametrize("text,expected", [
    # 工会组织 joined to another union noun, or of its building: a place's union organisations, no one body
    ("2023年潍坊市工会组织和工会会员发展统计公报", []),
    ("介绍了某某县工会组织建设情况。", []),
    # 组织 as the union's verb: the union is named (an object, 的 or a clause's end follows it)
    ("去年，桃源县工会组织企业开展活动。", ["桃源县工会"]),
    ("选手将参加安徽省教育工会组织的全省比赛。", ["安徽省教育工会"]),
    ("本次比赛由潍坊市工会组织，各单位参加。", ["潍坊市工会"]),
    # a federation's department: the federation is named
    ("潍坊市总工会组织部发布。", ["潍坊市总工会"]),
])
def test_union_organisations_as_a_generic_noun(text, expected):
    assert names(text) == expected


def test_bare_level_in_the_other_script_joins_the_union_the_page_writes():
    # a page mixing scripts: 某市總工會 in full (traditional), a bare 市总工会 in a simplified paragraph
    text = "桂林市總工會為新業態勞動者開辦夜校。\n市总工会相关负责人介绍，夜校共同举办。"
    assert names(text) == ["桂林市總工會"]


def test_one_script_page_keeps_both_levels_apart():
    # look-alike: a different city's union in the other script stays its own
    text = "桂林市總工會開辦夜校。\n南宁市总工会也举办了活动。"
    assert names(text) == ["桂林市總工會", "南宁市总工会"]


def test_union_giving_the_pictures_in_a_credit_is_the_pages():
    """A credit line the cleaner removed names the union that gave the pictures or the text; a repost's source
    account (本文转自:…) is the source, not an entity of the page."""
    from unionkit.extract import places_and_unions
    text = "职工技能比武\n某某市举办职工技能比武，200余名职工参赛。"
    credit = "（图片由某某远航精密机械有限公司工会提供）"
    assert "某某远航精密机械有限公司工会" in [u.name for u in places_and_unions(text, credits=[credit])[1]]
    assert "某某远航精密机械有限公司工会" not in [u.name for u in places_and_unions(text, chrome=[credit])[1]]
    assert [u.name for u in places_and_unions(text, credits=["本文转自:某某钢铁工会"])[1]] == []


def test_a_listed_bare_county_body_takes_its_siblings_county():
    """A bare 县 + a body's union listed right after a union written with its county is that county's body; after
    a sibling of no county, or unlisted, it stays as written (the page's locality alone does not complete it)."""
    assert names("桐庐县中医院工会代表队、县教育局工会代表队获得二等奖。") == ["桐庐县中医院工会", "桐庐县教育局工会"]
    assert names("桐庐县总工会表彰了红星镇工会、县教育局工会。")[-1] == "县教育局工会"
    assert names("桐庐县总工会表彰了县教育局工会。")[-1] == "县教育局工会"


# --- batch 143 -----------------------------------------------------------------------------------------------

def test_a_numbered_rail_line_names_its_project_union():
    # a metro or light-rail line's number names one project where a place would (its place, when written, first)
    assert _u37("由轨道交通7号线二期工程项目联合工会主办。") == ["轨道交通7号线二期工程项目联合工会"]
    assert _u37("长沙地铁6号线项目工会成立。") == ["长沙地铁6号线项目工会"]
    # look-alikes: prose before the line, no number, a kind of project
    assert _u37("主办方为地铁9号线项目联合工会。") == []
    assert _u37("各号线项目联合工会要抓好落实。") == []
    assert _u37("轨道交通项目联合工会要抓好落实。") == []


def test_a_verb_before_the_common_noun_townships_names_no_union():
    # a work report's heading: a verb and 乡镇 ("townships") + 工会, the kind of union, no town named
    assert _u37("（三）做强乡镇工会。按照标准配齐干部。") == []
    assert _u37("要夯实县乡镇工会基础。") == []
    # look-alikes: towns whose names end in 乡 (a county's short name; one character then 乡) stay
    assert _u37("中山市三乡镇总工会举办活动。") == ["三乡镇总工会"]
    assert _u37("东乡镇工会主席讲话。") == ["东乡镇工会"]


def test_bare_city_union_on_a_city_unions_own_site():
    """On a city union's own site (宜春工会网) a bare 市总工会 is that city's, though the text names the city short
    (宜春) and a county-level city of it in full (樟树市总工会) after the bare name; without the site it is not clear."""
    from unionkit.extract import places_and_unions

    text = ("市总工会主席在会上讲话\n樟树市总工会、万载县总工会、袁州区总工会作交流发言。"
            "奋力谱写宜春工会工作新篇章。")
    on_site = [(u.name, u.surface) for u in places_and_unions(text, "宜春工会网")[1]]
    assert on_site[0] == ("宜春市总工会", "市总工会") and "樟树市总工会" in [n for n, _ in on_site]
    assert "宜春市总工会" not in [u.name for u in places_and_unions(text, "某某新闻网")[1]]

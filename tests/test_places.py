"""find_places / resolve_place on invented sentences (table-driven)."""

import pytest

from unionkit.extract import places_and_unions
from unionkit.extract.places import find_places, gazetteer, resolve_place, site_place
from unionkit.record import Place


def keys(text):
    return [(p.name, p.province, p.city, p.county) for p in find_places(text)]


CASES = [
    # suffixed names, in order of first mention, deduplicated
    ("昆明市盘龙区总工会开展活动,盘龙区职工参加。", [
        ("昆明市", "云南省", "昆明市", None), ("盘龙区", "云南省", "昆明市", "盘龙区")]),
    ("贵州省铜仁市工会与东莞市工会加强协作。", [
        ("贵州省", "贵州省", None, None), ("铜仁市", "贵州省", "铜仁市", None),
        ("东莞市", "广东省", "东莞市", None)]),
    # municipalities
    ("红桥区总工会开展竞赛。", [("红桥区", "天津市", "天津市", "红桥区")]),
    ("上海市浦东新区举办活动。", [("上海市", "上海市", "上海市", None),
                                  ("浦东新区", "上海市", "上海市", "浦东新区")]),
    # county governed by the province itself
    ("湖北省仙桃市总工会", [("湖北省", "湖北省", None, None), ("仙桃市", "湖北省", None, "仙桃市")]),
    # bare short names are context only
    ("玉禾田天津红桥分公司开展竞赛,攀枝花工匠获奖,贵州最美劳动者。", []),
    ("2021年是昆明中国共产党成立100周年。", []),
    # namesakes resolved by the page's other places, else left open
    ("北京市朝阳区总工会", [("北京市", "北京市", "北京市", None), ("朝阳区", "北京市", "北京市", "朝阳区")]),
    ("长春市朝阳区职工", [("长春市", "吉林省", "长春市", None), ("朝阳区", "吉林省", "长春市", "朝阳区")]),
    ("朝阳区职工服务中心揭牌。", [("朝阳区", None, None, "朝阳区")]),
    ("南京的职工在鼓楼区参加活动。", [("鼓楼区", "江苏省", "南京市", "鼓楼区")]),
    # substrings that are not places
    ("推动区域性国际中心城市核心城区建设。", []),
    ("促进全市城区户外劳动者综合服务站建设。", []),
    ("市和县两级工会,相应县级工会。", []),
    ("推进京津冀协同,河北区域发展。", []),
    # a direction closing a region's name before a word for terrain: 皖南 + 山区, not 深圳's 南山区
    ("皖南山区的茶农、苏北湖区的渔民。", []),
    ("深圳市南山区职工", [("深圳市", "广东省", "深圳市", None), ("南山区", "广东省", "深圳市", "南山区")]),
    ("打造新城区,改造老城区。", []),
    ("阳泉市城区总工会", [("阳泉市", "山西省", "阳泉市", None), ("城区", "山西省", "阳泉市", "城区")]),
    ("安徽省和县总工会", [("安徽省", "安徽省", None, None), ("和县", "安徽省", "马鞍山市", "和县")]),
    # a province as the scope of a workers' event title
    ("承办四川省职工志愿服务展示活动走进攀枝花。", []),
    # ... but a regulation on such events names the division it applies in (either script)
    ("工会将对照《浙江省职工文体活动管理办法》落实补助。", [("浙江省", "浙江省", None, None)]),
    ("參照《福州市職工療休養活動實施細則》辦理。", [("福州市", "福建省", "福州市", None)]),
    # 级 after a county's suffix: a level adjective (新建 "newly built" + 区级); after a prefecture, its own level
    ("今年全县新建区级职工书屋示范点20家。", []),
    ("其中省级2家、牡丹江市级6家。", [("牡丹江市", "黑龙江省", "牡丹江市", None)]),
    # ... but taking part in a division's contest goes to that division
    ("选手可优先推荐参加浙江省职工职业技能大赛。", [("浙江省", "浙江省", None, None)]),
    ("获奖选手将推荐参加2025年湖州市职工技能竞赛。", [("湖州市", "浙江省", "湖州市", None)]),  # a year's edition
    ("选树四川省五一巾帼标兵岗各3个。", [("四川省", "四川省", None, None)]),
    # a prefecture written without 市: before one of its own counties, or where the sentence places it
    ("我们在成都武侯区一个装修项目上做水电。", [("成都", "四川省", "成都市", None), ("武侯区", "四川省", "成都市", "武侯区")]),
    ("表彰大会在成都召开。来自攀枝花的工人获奖。", [("成都", "四川省", "成都市", None), ("攀枝花", "四川省", "攀枝花市", None)]),
    # ... but not as a word inside a name, a scope or a programme
    ("成都银行工会举办活动。", []),
    ("在成都银行办理业务。", []),
    ("承办四川省职工志愿服务展示活动走进攀枝花。", []),
    ("攀枝花工匠获表彰。", []),
    # a two-character county (one-character stem) on a page that names its city
    ("黄山市劳模疗休养活动在黟县正式启动，职工分批前往黟县、祁门县。",
     [("黄山市", "安徽省", "黄山市", None), ("黟县", "安徽省", "黄山市", "黟县"), ("祁门县", "安徽省", "黄山市", "祁门县")]),
    ("活动在黟县正式启动。", []),  # no city named: not trusted alone
    ("马鞍山市召开会议，市和县两级工会参加。", [("马鞍山市", "安徽省", "马鞍山市", None)]),
    # traditional script: output in the page's script
    ("牽頭舉辦廣元市2024年迎新春活動,選樹四川省五一巾幗標兵崗。", [
        ("廣元市", "四川省", "廣元市", None), ("四川省", "四川省", None, None)]),
    ("紅橋區總工會開展競賽。", [("紅橋區", "天津市", "天津市", "紅橋區")]),
    ("廣東省東莞市總工會", [("廣東省", "廣東省", None, None), ("東莞市", "廣東省", "東莞市", None)]),
    # a word-like county named as the owner of a union, after a function word or opening a line, on a page
    # naming the city of one of its namesakes
    ("运动会由新城区总工会主办。呼和浩特市总工会开展系列活动。",
     [("新城区", "内蒙古自治区", "呼和浩特市", "新城区"), ("呼和浩特市", "内蒙古自治区", "呼和浩特市", None)]),
    ("根据《济南市总工会帮扶资金管理办法》，现将\n市中区总工会一季度情况公示如下。",
     [("济南市", "山东省", "济南市", None), ("市中区", "山东省", "济南市", "市中区")]),
    ("运动会由新城区总工会主办。", []),  # no namesake's city named: not resolved, not trusted
    ("济南市召开大会。城市中区总工会", [("济南市", "山东省", "济南市", None)]),  # inside a word
    # a province or municipality written bare where the sentence places it: 来自X的, a list of places
    # ending 等地, a school there (X一所)
    ("来自江西的职工吴春燕说。", [("江西", "江西省", None, None)]),
    ("300余名外地职工分赴江西、安徽、河南、贵州等地的家乡过年。", [
        ("江西", "江西省", None, None), ("安徽", "安徽省", None, None), ("河南", "河南省", None, None),
        ("贵州", "贵州省", None, None)]),
    ("由区总工会联合天津一所职业技术学院开设培训班。", [("天津", "天津市", "天津市", None)]),
    ("今年考上武汉一所大学的小陈。", [("武汉", "湖北省", "武汉市", None)]),
    ("來自貴州的職工楊正芬說。", [("貴州", "貴州省", None, None)]),
    # ... never a street, a firm, a word across its edge, a union's or an app's name, a name of two readings
    ("地址：河南路88号，江西路、湖南路口。", []),
    ("河南岸街道金山湖工会驿站。", []),
    ("来自湖南建工集团的钢筋工。", []),
    ("为渔民工会会员送上海上安全“护身符”。", []),
    ("职工也可通过“广西工会”APP办理。", []),
    ("香港物流業職工總會今日表示。來自香港的工友。", []),
    # ... except a special administrative region before its own government's organ: the region itself
    ("澳門特區政府宣布延長措施。", [("澳門", "澳門特別行政區", None, None)]),
    ("香港天文台昨日發出暴雨警告。", [("香港", "香港特別行政區", None, None)]),
    # … or before a time word: the region is the clause's subject (its weather, its figures), not a body's name
    ("他表示，澳門今年多次錄得高溫。", [("澳門", "澳門特別行政區", None, None)]),
    ("越來越多香港青年北上工作。", []),
    ("来自吉林的职工，来自海南的职工。", []),
    ("在上海一家快递网点。阮国庆 湖北一家汽车零部件有限公司技术员", []),  # (the gold's call: context only)
]


@pytest.mark.parametrize("text,expected", CASES)
def test_find_places(text, expected):
    assert keys(text) == expected


def test_empty():
    assert find_places("") == []


def test_gazetteer_is_complete_enough():
    gaz = gazetteer()
    levels = [r[0] for r in gaz.rows]
    assert levels.count("P") == 34
    assert 330 <= levels.count("C") <= 360
    assert 2900 <= levels.count("K") <= 3300


def test_resolve_place():
    assert resolve_place("攀枝花市") == Place("攀枝花市", "四川省", "攀枝花市", None)
    assert resolve_place("攀枝花") == Place("攀枝花", "四川省", "攀枝花市", None)
    assert resolve_place("廣元市") == Place("廣元市", "四川省", "廣元市", None)
    assert resolve_place("鼓楼区") == Place("鼓楼区", None, None, "鼓楼区")
    ctx = [Place("福州市", "福建省", "福州市", None)]
    assert resolve_place("鼓楼区", ctx) == Place("鼓楼区", "福建省", "福州市", "鼓楼区")
    assert resolve_place("不是地名") is None
    assert resolve_place("") is None


def test_city_of_a_union_site_named_in_the_text():
    """A bare city name in the text is the page's city when the site is that city's union site."""
    text = "市总召开劳模工匠座谈会。劳模工匠是推动绍兴高质量发展的重要力量。越城区总工会参加。"
    assert site_place("绍兴工会网", text) == Place("绍兴市", "浙江省", "绍兴市", None)
    places, unions = places_and_unions(text, "绍兴工会网")
    assert ("绍兴市", "浙江省", "绍兴市", None) in [(p.name, p.province, p.city, p.county) for p in places]
    assert [(u.name, u.surface) for u in unions][0] == ("绍兴市总工会", "市总")
    # the site alone (its city never named in the text), another site, or a name of several places: nothing
    assert site_place("绵阳工会网", "由涪城区总工会主办的运动会举行。") is None
    assert site_place("绍兴新闻网", text) is None
    assert site_place("广东工会", "广东的职工参加活动。") is None  # a province, not a city
    assert site_place("江城工会", "江城的职工参加活动。") is None  # several divisions share the name
    assert site_place("蘭州工會網", "蘭州職工參加活動。") == Place("蘭州市", "甘肅省", "蘭州市", None)
    assert site_place("绍兴职工网", text) == Place("绍兴市", "浙江省", "绍兴市", None)  # a city union's 职工网


def test_autonomous_prefecture_short_form():
    """X州 is the usual short form of an autonomous prefecture (大理州 for 大理白族自治州)."""
    assert ("大理州", "云南省", "大理白族自治州", None) in keys("大理州总工会举办培训,大理州各县市职工参加。")
    assert ("恩施州", "湖北省", "恩施土家族苗族自治州", None) in keys("恩施州总工会开展慰问活动。")


def _keys(text):
    return [(p.name, p.province, p.city, p.county) for p in find_places(text)]


def test_bare_province_before_its_own_prefecture():
    assert ("江西", "江西省", None, None) in _keys("江西宜春：工会平台帮职工淡季不停工")
    assert ("四川", "四川省", None, None) in _keys("四川泸州：外卖骑手集中入会")
    # a municipality glued to a bare district inside a firm's name stays context
    assert _keys("推动玉禾田天津红桥分公司以车辆日常维护为重点") == []


def test_bare_province_and_prefecture_give_both():
    """A bare province right before its own bare prefecture names both (湖南邵阳, 新疆乌鲁木齐)."""
    assert _keys("来自湖南邵阳的骑手已在深圳送了4年外卖") == [
        ("湖南", "湖南省", None, None), ("邵阳", "湖南省", "邵阳市", None)]
    assert _keys("在新疆乌鲁木齐，自治区总工会送上棉帽") == [
        ("新疆", "新疆维吾尔自治区", None, None), ("乌鲁木齐", "新疆维吾尔自治区", "乌鲁木齐市", None)]
    assert ("宜春", "江西省", "宜春市", None) in _keys("江西宜春：工会平台帮职工淡季不停工")
    # glued to a word, with no word of place before: a firm's name or a person's origin as a label, not a place
    assert _keys("湖南邵阳骑手") == []
    assert _keys("湖南邵阳米粉店") == []
    # but 籍 makes it the rider's native place (test_a_native_place_before_ji_is_a_place)
    assert _keys("湖南邵阳籍骑手") == [("湖南", "湖南省", None, None), ("邵阳", "湖南省", "邵阳市", None)]


def test_list_of_places_closed_by_its_count():
    """The last item of a 、-list closed by a count and a word for provinces or cities (等6个产煤省区) is a place."""
    assert ("陕西", "陕西省", None, None) in _keys("在山西、内蒙古、陕西等6个产煤省区")
    assert ("泉州", "福建省", "泉州市", None) in _keys("分赴福州、厦门、泉州等3个城市")
    assert ("陕西", "陕西省", None, None) not in _keys("在山西、内蒙古、陕西等6个煤矿")  # (a count of mines)


def test_pair_opening_a_clause_before_a_verb():
    """A pair opening its clause before a verb is where the thing happens (，湖北宜昌持续降雨)."""
    assert _keys("连日来，湖北宜昌持续降雨") == [("湖北", "湖北省", None, None), ("宜昌", "湖北省", "宜昌市", None)]
    assert _keys("连日来，湖北宜昌银行推出新品") == []  # (a firm's name: the clause names a body)


def test_province_of_two_readings_before_its_own_prefecture():
    """吉林 and 海南 alone stay context (a city's and a prefecture's names too); before one of the province's own
    prefectures they are the province."""
    assert _keys("7月以来，海南儋州持续高温") == [("海南", "海南省", None, None), ("儋州", "海南省", "儋州市", None)]
    assert _keys("在吉林延边打工") == [("吉林", "吉林省", None, None), ("延边", "吉林省", "延边朝鲜族自治州", None)]
    assert _keys("海南州共和县召开会议")[0][:2] == ("海南州", "青海省")  # (the prefecture written out)
    assert _keys("在海南工作") == []


def test_full_name_replaces_an_earlier_bare_one():
    assert _keys("江西宜春：平台上线。江西省总工会表示支持。")[0] == ("江西省", "江西省", None, None)


def test_bare_prefecture_within_its_borders():
    assert _keys("技术骨干走进安康境内的26个小站") == [("安康", "陕西省", "安康市", None)]


def test_a_taiwanese_page_lists_no_places():
    """A Taiwanese page (traditional script + a ROC date or another marker) names its own places: none listed."""
    from unionkit.extract import extract
    from unionkit.record import Article, Removal

    body = ["臺中市營造業職業工會於7月13日假臺中市勞工大樓辦理講習。"]
    tw = Article(id="t", title="本會辦理講習", body=body, removed=[Removal("page_header", "發布日期：113-07-15　點閱次數：356", 3)])
    assert extract(tw).entities.places == []
    mainland = Article(id="t", title="本會辦理講習", body=body, removed=[Removal("page_header", "發布日期：2024-07-15", 3)])
    assert [p.name for p in extract(mainland).entities.places] == ["臺中市"]
    simp = Article(id="t", title="交流", body=["台中市代表团来访，民国113年的老照片展出。"])
    assert [p.name for p in extract(simp).entities.places] == ["台中市"]


def test_a_taiwanese_page_lists_the_mainland_places_of_a_cross_strait_report():
    """A Taiwanese page (友善列印 in its header) reporting on the mainland lists the mainland places in a province it
    names (晉江市 of 福建省), not its own (臺北市), nor a mainland namesake of its own district (大安區, 中山區) whose
    province it never names."""
    from unionkit.extract import extract
    from unionkit.record import Article, Removal

    header = [Removal("navigation", "友善列印｜轉寄友人｜回上一頁", 3)]
    body = ["近年來，晉江市總工會先後獲評福建省總工會「職工服務體系建設先進單位」等榮譽。",
            "本會代表團在臺北市大安區、中山區舉辦座談。"]
    art = Article(id="t", title="晉江市總工會推出「工會e家」", body=body, removed=header)
    assert [(p.name, p.province, p.city) for p in extract(art).entities.places] == [
        ("晉江市", "福建省", "泉州市"), ("福建省", "福建省", None)]
    # look-alike: the same Taiwanese page with no mainland province named lists nothing
    art = Article(id="t", title="本會舉辦座談", body=body[1:], removed=header)
    assert extract(art).entities.places == []


def test_a_province_overlapping_a_short_county_name_wins():
    """Leftmost-longest finds 合江 (a county's short name) in 联合江西省; the written 江西省 wins over it."""
    assert _keys("市总工会联合江西省总工会开展慰问。") == [("江西省", "江西省", None, None)]
    # a county's full name formed across two words (振兴 + 和县 + 域) does not win over the short hit
    assert _keys("在推进乡村振兴和县域经济发展中建功立业。") == []


def test_gazetteer_bounds_used_by_the_overlap_check():
    """_prefer_full reads at most _LONGEST_FULL characters past a hit: longer than any full name."""
    from unionkit.extract.places import gazetteer, scanner
    gaz = gazetteer()
    assert max(len(k) for k, v in gaz.index.items() if max(v) >= 0) < scanner._LONGEST_FULL


def test_bare_city_of_a_university():
    """X的大学 is a university in city X: the bare city is a place (as in 考上武汉一所大学)."""
    assert _keys("孩子考上了广州的大学，学费是心病。") == [("广州", "广东省", "广州市", None)]


def test_bare_city_set_out_from_or_a_firm_there():
    assert keys("一线职工从杭州出发,赴外地疗休养。") == [("杭州", "浙江省", "杭州市", None)]
    assert keys("在合肥某汽车零部件企业上班的职工。") == [("合肥", "安徽省", "合肥市", None)]
    # a bare city name glued into a firm's name stays context
    assert keys("技术支持:杭州云帆网络科技有限公司") == []


def test_first_item_of_a_list_of_places():
    assert keys("送温暖活动同步启动。宜昌、襄阳、黄石等地工会也已行动。") == [
        ("宜昌", "湖北省", "宜昌市", None), ("襄阳", "湖北省", "襄阳市", None), ("黄石", "湖北省", "黄石市", None)]
    # a list that is not closed by 等地 is no list of places (宜昌 stays context)
    assert keys("宜昌、襄阳的职工。") == [("襄阳", "湖北省", "襄阳市", None)]


def test_short_counties_in_a_list_of_places():
    """Counties without their suffix in a 等地 list count when the page names their city (or a sibling) in full."""
    text = "三明市总工会组织劳模赴泰宁县疗休养。据了解，该会已在泰宁、将乐、建宁等地设立疗休养基地。"
    assert keys(text) == [("三明市", "福建省", "三明市", None), ("泰宁县", "福建省", "三明市", "泰宁县"),
                          ("将乐", "福建省", "三明市", "将乐县"), ("建宁", "福建省", "三明市", "建宁县")]
    # the city named nowhere outside the list: short county names (often words) stay context
    assert keys("该会已在泰宁、将乐、建宁等地设立疗休养基地。") == []
    # a list not closed by 等地 is no list of places
    assert keys("三明市总工会在泰宁、将乐设立基地。") == [("三明市", "福建省", "三明市", None)]


def test_traditional_page_writing_a_name_both_scripts_use():
    # 昆山市 (the gazetteer's traditional form is 崑山市) on a traditional page takes traditional parents
    text = "昆山市總工會推動工資集體協商,蘇州市總工會還在昆山開設培訓班。職工們說這個會議很重要。"
    assert _keys(text)[:2] == [("昆山市", "江蘇省", "蘇州市", "昆山市"), ("蘇州市", "江蘇省", "蘇州市", None)]
    # on a simplified page the same name keeps simplified parents
    assert keys("昆山市总工会推动工资集体协商。") == [("昆山市", "江苏省", "苏州市", "昆山市")]


def test_mixed_script_page_gives_its_places_in_the_script_it_writes_them():
    # a mostly traditional page writing its district in simplified (象山区) and its city in a form both scripts share
    # (桂林市): one script, the one its places are written in, for all the places' parents
    text = "桂林市總工會為新業態勞動者開辦培訓班，學員們說課程很實用。\n象山区总工会共同举办。據悉，桂林市還將設立教學點。"
    got = _keys(text)
    assert ("象山区", "广西壮族自治区", "桂林市", "象山区") in got
    assert ("桂林市", "广西壮族自治区", "桂林市", None) in got
    # look-alike: a traditional page writing no simplified name keeps traditional parents
    assert ("桂林市", "廣西壯族自治區", "桂林市", None) in _keys("桂林市總工會為新業態勞動者開辦培訓班，學員們說課程很實用。")


def test_a_persons_home_province_or_prefecture_is_a_place():
    """是广西人 / 是新疆伊犁人: a bare province or prefecture named as where someone is from counts."""
    assert _keys("班组长覃海燕是广西人，在这里干了9年。") == [("广西", "广西壮族自治区", None, None)]
    assert _keys("技师是新疆伊犁人，来这里工作已经8年。") == [
        ("新疆", "新疆维吾尔自治区", None, None), ("伊犁", "新疆维吾尔自治区", "伊犁哈萨克自治州", None)]
    # a demonym inside a word, a user name, a county's short name, an ambiguous name: no place
    assert _keys("大家都是新成都人。") == []
    assert _keys("回复 我是郾城人在驿城") == []
    assert _keys("他是吉林人。") == []


def test_a_native_place_before_ji_is_a_place():
    """X籍 (江西籍职工, 四川南充籍务工人员): a bare province or prefecture named as a person's native place counts,
    as 是广西人 does; an ambiguous name (吉林), a county's short name and 籍贯 (a form's field) do not."""
    assert _keys("在厂里干了六年的江西籍职工刘春梅说。") == [("江西", "江西省", None, None)]
    assert _keys("首批四川南充籍务工人员返岗。") == [
        ("四川", "四川省", None, None), ("南充", "四川省", "南充市", None)]
    assert _keys("他是广州籍运动员。") == [("广州", "广东省", "广州市", None)]
    assert _keys("车间里有吉林籍职工。") == []
    assert _keys("表格里填着江西籍贯一栏。") == []


def test_short_counties_in_a_list_closed_by_any_deng():
    """A list of bare counties closed by any 等 (等煤炭主产区, 等7个县区) or by 那边 counts when the page names
    their city in full; without the city (or closed by nothing) the items stay context."""
    assert keys("榆林市总工会将在府谷、横山等煤炭主产区推广。") == [
        ("榆林市", "陕西省", "榆林市", None), ("府谷", "陕西省", "榆林市", "府谷县"), ("横山", "陕西省", "榆林市", "横山区")]
    assert keys("晋城市总工会表示，高平、阳城那边的兄弟也能用上。") == [
        ("晋城市", "山西省", "晋城市", None), ("高平", "山西省", "晋城市", "高平市"), ("阳城", "山西省", "晋城市", "阳城县")]
    assert keys("将在府谷、横山等煤炭主产区推广。") == []
    assert keys("榆林市总工会认为府谷、横山的做法好。") == [("榆林市", "陕西省", "榆林市", None)]


def test_list_opened_by_a_province_and_its_prefecture():
    """江西赣州、瑞金等地: the list opens after the province; 瑞金 is a county of the list's own prefecture."""
    assert keys("其中来自江西赣州、瑞金等地的务工人员约占三成。") == [
        ("江西", "江西省", None, None), ("赣州", "江西省", "赣州市", None), ("瑞金", "江西省", "赣州市", "瑞金市")]


def test_province_prefecture_county_chain():
    """在陕西榆林神木市: the bare province and prefecture before a county written in full are all places."""
    assert keys("4月初，在陕西榆林神木市大柳塔镇一处煤矿。") == [
        ("陕西", "陕西省", None, None), ("榆林", "陕西省", "榆林市", None), ("神木市", "陕西省", "榆林市", "神木市")]


def test_bare_prefecture_after_a_word_of_place_in_its_named_province():
    """在长沙落下帷幕, 从西宁来: a bare prefecture after 在/从 counts when the page names its province (湖南省, or
    a place of the province such as 海东市); an ordinary word, a longer word or a modifier stays out."""
    assert keys("湖南省第二届职业技能大赛在长沙落下帷幕。") == [
        ("湖南省", "湖南省", None, None), ("长沙", "湖南省", "长沙市", None)]
    assert keys("海东市总工会走访工地，钢筋工从西宁来这里务工。") == [
        ("海东市", "青海省", "海东市", None), ("西宁", "青海省", "西宁市", None)]
    assert keys("大赛在长沙落下帷幕。") == []  # the province named nowhere
    assert keys("四川省总工会职工在成都银行办理业务。") == [("四川省", "四川省", None, None)]
    assert keys("陕西省各级工会在安康杯竞赛中表现突出。") == [("陕西省", "陕西省", None, None)]
    assert keys("山西省职工在大同小异的岗位上。") == [("山西省", "山西省", None, None)]


def test_renamed_division_resolves_under_its_current_name():
    """无为县 became 无为市, 湟中县 湟中区, in 2019 (the source data predates it): both spellings resolve."""
    assert resolve_place("无为市") == Place("无为市", "安徽省", "芜湖市", "无为市")
    assert resolve_place("无为县") == Place("无为县", "安徽省", "芜湖市", "无为市")
    assert resolve_place("湟中区") == Place("湟中区", "青海省", "西宁市", "湟中区")  # a district since 2019
    assert resolve_place("湟中县") == Place("湟中县", "青海省", "西宁市", "湟中区")


def test_bare_county_after_a_word_of_place_when_its_city_is_written():
    """在X， with X a county's short name: a place when the page writes its city in full."""
    text = "嘉兴市总工会开展送清凉活动。在海宁，当地工会走进工地。"
    assert keys(text) == [("嘉兴市", "浙江省", "嘉兴市", None), ("海宁", "浙江省", "嘉兴市", "海宁市")]
    # the city not written in full: the short name stays context
    assert keys("在海宁，当地工会走进工地。") == []
    # a 、-list not closed by 等 is read by the list rule only (and is none)
    assert keys("嘉兴市总工会在海宁、桐乡设立服务点。") == [("嘉兴市", "浙江省", "嘉兴市", None)]
    # glued to a following word (not a comma or a word that ends a place): context
    assert keys("嘉兴市总工会。在海宁开展活动。") == [("嘉兴市", "浙江省", "嘉兴市", None)]


def test_word_like_district_after_a_word_of_place_resolved_by_the_pages_city():
    # 新华区 is a district of three cities: the one the page names in full resolves it
    text = "石家庄市总工会开展慰问。快递员小张在新华区送件已有三年。"
    assert keys(text) == [("石家庄市", "河北省", "石家庄市", None), ("新华区", "河北省", "石家庄市", "新华区")]
    # no city of a namesake on the page: stays out
    assert keys("快递员小张在新华区送件已有三年。") == []
    # a stem that is also prose for a part of town stays out
    assert keys("石家庄市总工会开展慰问。他在新城区送件。") == [("石家庄市", "河北省", "石家庄市", None)]


def test_city_and_its_own_county_written_as_a_chain():
    # a bare city and the stem of one of its districts (the gazetteer lists no short form for it)
    assert keys("坐标佛山三水白坭，在一家工厂上班。") == [
        ("佛山", "广东省", "佛山市", None), ("三水", "广东省", "佛山市", "三水区")]
    # a city written in full, then its county's short name
    assert keys("嘉兴市海宁，") == [("嘉兴市", "浙江省", "嘉兴市", None), ("海宁", "浙江省", "嘉兴市", "海宁市")]
    # the chain opening a bank branch's name is no place
    assert keys("佛山三水支行，") == []
    # 的 right after the county: the place's own (its night, its streets), however long the clause goes on
    assert keys("清晨，佛山三水的街道上已有环卫工人忙碌。") == [
        ("佛山", "广东省", "佛山市", None), ("三水", "广东省", "佛山市", "三水区")]


def test_two_character_county_level_city_is_a_full_name():
    # 芒市 is the whole name of a county-level city, in any frame
    assert keys("在芒市建立工作站。") == [("芒市", "云南省", "德宏傣族景颇族自治州", "芒市")]
    assert ("芒市", "云南省", "德宏傣族景颇族自治州", "芒市") in keys("德宏州总工会在芒市、瑞丽市、盈江县建立工作站。")


def test_prefecture_short_name_in_a_list_of_cities_is_the_city():
    # 南昌 is both 南昌市 and its county 南昌县: in a list of prefectures it is the city
    assert keys("分赴福州、厦门、南昌、赣州等地。") == [
        ("福州", "福建省", "福州市", None), ("厦门", "福建省", "厦门市", None),
        ("南昌", "江西省", "南昌市", None), ("赣州", "江西省", "赣州市", None)]
    assert keys("分赴南昌、九江等地。") == [("南昌", "江西省", "南昌市", None), ("九江", "江西省", "九江市", None)]


def test_bare_province_after_shi():
    assert keys("城固是陕西茶叶主产区之一。") == [("陕西", "陕西省", None, None)]
    # a firm named after it: no place
    assert keys("他是湖南建工集团的职工。") == []


def test_bare_province_opening_a_phrase_about_it():
    # after 作为 or a clause's start, with at most an adjective or adverb before 的: the region's own
    assert keys("金秋时节，作为新疆重要的优质棉生产基地，各团场进入采收高峰。") == [
        ("新疆", "新疆维吾尔自治区", None, None)]
    assert keys("，宁夏最美的风景。") == [("宁夏", "宁夏回族自治区", None, None)]
    # a firm's short name before 的, a body named in the clause, or no 的 at all: context only
    assert keys("湖北宜化的职工。") == []
    assert keys("入冬以来，新疆各级工会组织开展送温暖活动。") == []
    assert keys("他在新疆工作了十年。") == []
    assert keys("做新时代贵州最美劳动者。") == []


def test_bare_districts_in_a_list_closed_by_their_level_word():
    # 与思明、集美等区: the list names its items' level, so no word of place is needed before it
    text = "湖里区总工会介绍，全区驿站与思明、集美等区的驿站实现服务互通。"
    assert keys(text) == [("湖里区", "福建省", "厦门市", "湖里区"), ("思明", "福建省", "厦门市", "思明区"),
                          ("集美", "福建省", "厦门市", "集美区")]
    # the level word must be the items' own (思明 and 集美 are districts, not counties); 等地 still needs the frame
    assert keys("湖里区总工会介绍，全区驿站与思明、集美等县的驿站实现服务互通。") == [("湖里区", "福建省", "厦门市", "湖里区")]
    assert keys("湖里区总工会介绍，全区驿站与思明、集美等地的驿站实现服务互通。") == [("湖里区", "福建省", "厦门市", "湖里区")]


def test_word_like_district_listed_with_its_citys_districts():
    """在新城区、长安区、临潼区: a word-like district in a 、-list beside a district of one of its namesakes' cities."""
    text = "西安市总工会组建宣讲团，先后在新城区、长安区、临潼区开展宣讲。"
    assert ("新城区", "陕西省", "西安市", "新城区") in keys(text)
    # no list leaves it out
    assert keys("西安市总工会开展慰问。他在新城区送件。") == [("西安市", "陕西省", "西安市", None)]


def test_word_like_districts_listed_together_on_their_citys_page():
    """城东区、城中区、城西区、城北区各推荐2名 on a 西宁市 page: a 、-list of word-like districts that are all districts of
    one city the page names in full is that city's list; a namesake elsewhere (城中区 of 柳州) gives way to it."""
    text = "西宁市总工会通知。其中，城东区、城中区、城西区、城北区各推荐2名，湟中区推荐3名。"
    assert keys(text) == [("西宁市", "青海省", "西宁市", None), ("城东区", "青海省", "西宁市", "城东区"),
                          ("城中区", "青海省", "西宁市", "城中区"), ("城西区", "青海省", "西宁市", "城西区"),
                          ("城北区", "青海省", "西宁市", "城北区"), ("湟中区", "青海省", "西宁市", "湟中区")]
    assert keys("西宁市总工会在城中区、城东区开展活动。") == [
        ("西宁市", "青海省", "西宁市", None), ("城中区", "青海省", "西宁市", "城中区"),
        ("城东区", "青海省", "西宁市", "城东区")]
    # a conjunction joins names of three characters or more as 、 does
    assert keys("西宁市总工会在城西区和城北区开展活动。") == [
        ("西宁市", "青海省", "西宁市", None), ("城西区", "青海省", "西宁市", "城西区"),
        ("城北区", "青海省", "西宁市", "城北区")]


@pytest.mark.parametrize("text,expected", [
    ("在城中区、城东区开展活动。", []),  # the city is not named: parts of town
    # 柳州 has a 城中区 but no 城东区: no city shares the two
    ("柳州市总工会在城中区、城东区开展活动。", [("柳州市", "广西壮族自治区", "柳州市", None)]),
    # 新城区 and 老城区 are districts of different cities: prose for new and old town
    ("呼和浩特市总工会在新城区、老城区开展活动。", [("呼和浩特市", "内蒙古自治区", "呼和浩特市", None)]),
    ("西宁市总工会通知。核心城区、老城区各推荐2名。", [("西宁市", "青海省", "西宁市", None)]),
    # two-character names joined by 和: urban and suburban areas (阳泉 has districts so named)
    ("阳泉市总工会在城区和郊区开展活动。", [("阳泉市", "山西省", "阳泉市", None)]),
    # one word-like district alone after a comma stays out
    ("西宁市总工会通知。其中，城东区推荐2名。", [("西宁市", "青海省", "西宁市", None)]),
])
def test_word_like_districts_listed_together_without_their_city_stay_out(text, expected):
    assert keys(text) == expected


def test_bare_prefecture_before_one_of_its_firms():
    """张掖一家物流公司: a bare prefecture before 一家 when the page names it or one of its counties in full."""
    text = "在甘州区总工会职工驿站，张掖一家物流公司的调度员说。"
    assert keys(text) == [("甘州区", "甘肃省", "张掖市", "甘州区"), ("张掖", "甘肃省", "张掖市", None)]
    assert keys("张掖一家物流公司的调度员说。") == []  # nothing on the page places it
    # a bare province so written stays context (a table row's 湖北一家…公司)
    assert keys("武汉市总工会表彰。湖北一家物流公司获奖。") == [("武汉市", "湖北省", "武汉市", None)]


def test_bare_province_a_trip_came_back_from():
    assert keys("刚从广东运货回来的货车司机说。") == [("广东", "广东省", None, None)]
    assert keys("他在新疆工作了十年才回来。") == []  # 在, not 从
    assert keys("他从湖南建工集团回来。") == []  # a firm named in between


def test_bare_province_a_trip_set_out_from():
    """从X拉货途经Y: a verb of passing on closes the trip's origin as 回来 does."""
    assert keys("从河南运菜途经宝鸡的司机说。")[:1] == [("河南", "河南省", None, None)]
    assert ("湖北", "湖北省", None, None) in keys("他从湖北拉货前往福州。")
    assert keys("从河南运菜的司机说。") == []  # no verb of the trip after it
    assert keys("他从湖北建工集团前往工地。") == []  # a firm named in between


def test_autonomous_county_short_name_with_its_level():
    """威宁县, 巴里坤县: an autonomous county's short name + 县 is a full spelling; its full name, once written, names it."""
    assert keys("巴里坤县总工会开展活动。") == [("巴里坤县", "新疆维吾尔自治区", "哈密市", "巴里坤哈萨克自治县")]
    text = "石柱县职工参加。石柱土家族自治县总工会主办。"
    assert keys(text) == [("石柱土家族自治县", "重庆市", "重庆市", "石柱土家族自治县")]


def test_autonomous_county_short_form_of_stem_and_people():
    """杜蒙县: the first character of an autonomous county's stem and of its people + 县 is a full spelling of it;
    never one that two characters of another division spell (三水 of 三水区 for 三都水族自治县)."""
    assert keys("杜蒙县总工会开展活动。") == [("杜蒙县", "黑龙江省", "大庆市", "杜尔伯特蒙古族自治县")]
    assert keys("杜蒙縣總工會開展活動。") == [("杜蒙縣", "黑龍江省", "大慶市", "杜爾伯特蒙古族自治縣")]
    assert keys("三水县职工参加活动。") == []
    assert keys("大回县职工参加活动。") == []  # (大厂回族, 大通回族: two counties would spell it)


def test_county_short_forms_in_a_list_of_towns_and_sights():
    """义乌佛堂、东阳横店等线路: counties (county-level cities too) of the prefecture the page writes in full, each before
    a town or sight of its own in a 、-list closed by 等, confirm each other."""
    text = "金华市总工会公布，今年新增义乌佛堂、东阳横店、兰溪诸葛等4条线路。"
    assert keys(text) == [("金华市", "浙江省", "金华市", None), ("义乌", "浙江省", "金华市", "义乌市"),
                          ("东阳", "浙江省", "金华市", "东阳市"), ("兰溪", "浙江省", "金华市", "兰溪市")]
    city = [("金华市", "浙江省", "金华市", None)]
    assert keys("今年新增义乌佛堂、东阳横店、兰溪诸葛等4条线路。") == []  # the page does not write the city in full
    assert keys("金华市总工会公布，今年新增义乌佛堂等4条线路。") == city  # one item is no list
    assert keys("金华市总工会公布，今年新增义乌佛堂、诸暨五泄等4条线路。") == city  # (诸暨: another prefecture's)
    assert keys("金华市总工会公布，义乌分公司、东阳分公司等单位参加。") == city  # branches, not places


def test_bare_province_or_municipality_a_move_came_from():
    """从广东返乡, 从上海来: 从 + a bare province or municipality, then a verb of going or coming at once."""
    assert keys("刚从广东返乡的李秀兰当场签订了就业意向书。") == [("广东", "广东省", None, None)]
    assert keys("从上海来的专家为职工授课。") == [("上海", "上海市", "上海市", None)]
    # negatives: a word first, a body named in the clause, a noun after the name
    assert keys("从北京时间看，比赛在晚上举行。") == []
    assert keys("他从四川大学毕业后进厂。") == []
    assert keys("从湖南卫视离职后他开始创业。") == []
    assert keys("从广东实际出发制定方案。") == []


def test_bare_province_or_municipality_as_the_end_of_a_route():
    """往返江山与上海之间, 往返于江山和上海: one end of a route of going back and forth is a place."""
    assert keys("常年往返江山与上海之间运送木门的货车司机说。") == [("上海", "上海市", "上海市", None)]
    assert keys("他每周往返于江山和上海。") == [("上海", "上海市", "上海市", None)]
    assert keys("往返上海与江山之间。") == [("上海", "上海市", "上海市", None)]
    assert ("广东", "广东省", None, None) in keys("他常年奔波于湖南和广东两地。")
    # negatives: 与/和 without a route, a body after the name, a county's short name (江山 is also a word)
    assert keys("市总工会与湖北汉正律师事务所合作。") == []
    assert keys("和上海合作的项目已落地。") == []
    assert keys("往返于公司与上海交通大学之间。") == []


def test_bare_province_before_one_of_its_counties():
    """黑龙江宝清经济开发区 on a page that writes 宝清县 in full: the province before its own county is a place."""
    text = "宝清县总工会公示。黑龙江宝清经济开发区管理委员会获奖状。"
    assert ("黑龙江", "黑龙江省", None, None) in keys(text)
    # negatives: the county not placed by the page, a firm's name, a municipality's branch
    assert keys("黑龙江宝清经济开发区管理委员会获奖状。") == []
    assert keys("昆明市总工会表彰。云南盘龙建设公司获奖。") == [("昆明市", "云南省", "昆明市", None)]
    assert keys("红桥区总工会开展竞赛。天津红桥分公司获奖。") == [("红桥区", "天津市", "天津市", "红桥区")]


def test_county_read_across_a_verb_and_a_level_word():
    """并会同县人社局: the verb 会同 and the page's own 县人社局, not 会同县, on a page about another county."""
    text = "平遥县总工会推动集体协商，并会同县人社局加强监督检查。"
    assert keys(text) == [("平遥县", "山西省", "晋中市", "平遥县")]
    # negatives: a word of place before it, the page naming its city, a page about no other city
    assert ("会同县", "湖南省", "怀化市", "会同县") in keys("平遥县总工会组织职工赴会同县人社局考察。")
    assert ("会同县", "湖南省", "怀化市", "会同县") in keys("怀化市总工会推动，并会同县人社局加强监督。")
    assert keys("并会同县人社局加强监督。") == [("会同县", "湖南省", "怀化市", "会同县")]


def test_place_names_with_yu_resolve_in_traditional_script():
    """余 in a place name is 餘 in traditional script (新餘市, 大餘縣), though OpenCC keeps 余 in some of them."""
    got = {p.name: (p.city, p.county) for p in find_places("新餘市總工會組織分宜縣、渝水區職工開展活動。")}
    assert got["新餘市"] == ("新餘市", None) and got["分宜縣"] == ("新餘市", "分宜縣")
    assert [(p.name, p.city) for p in find_places("大餘縣總工會開展送清涼活動。")] == [("大餘縣", "贛州市")]
    assert [(p.name, p.city) for p in find_places("大余县总工会开展送清凉活动。")] == [("大余县", "赣州市")]


@pytest.mark.parametrize("text,name", [
    # a county's full name that ends a word overlaps a short name before it (和平 + 定县): the county wins
    ("阳泉市委员深入城区、郊区和平定县、盂县调研。", "平定县"),
    ("走访了快递物流园和平定县、盂县的货车司机。", "平定县"),
])
def test_a_full_county_over_a_short_name_it_overlaps(text, name):
    assert name in [p.name for p in find_places(text)]


@pytest.mark.parametrize("text", [
    "推进乡村振兴和县域经济发展。",  # 和县 formed across two words, glued to 域
    "各地和平安建设同步推进。",  # no county name ends the word here
])
def test_no_county_formed_across_words(text):
    assert [p.name for p in find_places(text) if p.county] == []


def test_a_bare_prefecture_where_goods_go():
    """A bare prefecture after a verb of going (卖到了成都) on a page that names its province is a place;
    without the province on the page, or as the start of another word, it is not."""
    page = "四川省马边彝族自治县的茶农增收。四川省总工会来调研。合作社的绿茶卖到了成都、重庆。"
    assert "成都" in [p.name for p in find_places(page)]
    assert "成都" not in [p.name for p in find_places("合作社的绿茶卖到了成都、重庆。")]
    assert "成都" not in [p.name for p in find_places(page.replace("卖到了成都", "存到了成都银行"))]


def test_a_two_character_county_owning_a_union_after_a_word():
    """A two-character county glued after a verb and owning the union after it (借鉴范县总工会) is a place when
    the page names its city; not when the character before makes a word with the stem (示范县总工会)."""
    page = "台前县总工会召开推进会。县总工会将借鉴范县总工会的做法。"
    assert "范县" in [p.name for p in find_places(page)]
    assert "范县" not in [p.name for p in find_places("台前县总工会召开推进会。表彰示范县总工会。")]
    assert "范县" not in [p.name for p in find_places("县总工会将借鉴范县总工会的做法。")]  # its city unnamed


@pytest.mark.parametrize("text,name", [
    # after a list's conjunction, a county's full name before a particle or its own union wins over the short name
    ("阳泉市委员深入城区、郊区和平定县的企业调研。", "平定县"),
    ("走访了快递物流园和平定县总工会。", "平定县"),
])
def test_a_full_county_before_a_particle_after_a_conjunction(text, name):
    assert name in [p.name for p in find_places(text)]


def test_no_county_across_words_before_a_particle():
    """兴和县 formed across 振兴 + 和县 before 的: no conjunction stands before it, so no county."""
    assert [p.name for p in find_places("振兴和县的经济。") if p.county] == []


def test_the_far_end_of_a_route_from_a_place():
    """A bare county after 至 and a place of its city, before a route word (牡丹江至绥芬河线路), on a page naming its
    city in full, is a place; not without the city on the page, nor before another word (绥芬河新区)."""
    page = "牡丹江市总工会开展活动。长年跑牡丹江至绥芬河线路的司机说。"
    assert "绥芬河市" in [p.county for p in find_places(page)]
    assert [p.county for p in find_places("长年跑牡丹江至绥芬河线路的司机说。")] == []
    assert "绥芬河市" not in [p.county for p in find_places(page.replace("线路的司机说", "新区"))]


def test_a_bare_prefecture_that_opens_a_route_is_a_place():
    """跑一趟西宁到玛多: the start of a trip is a place (the page names its province); 至今/到场 are other words."""
    assert "西宁" in [p.name for p in find_places("跑一趟西宁到玛多要十几个小时。青海果洛玛多县")]
    assert [p.name for p in find_places("长沙至今没有变化。湖南省")] == ["湖南省"]
    assert [p.name for p in find_places("长沙到场的人很多。湖南省")] == ["湖南省"]


def test_tai_variants_fold_in_place_names():
    # 臺 and 台 are one character in place names; the gazetteer spells 台山市 one way, 煙臺市 the other
    assert [p.name for p in find_places("代表團還前往臺山市，了解當地總工會的做法。")] == ["臺山市"]
    # … and the parents follow the one form the page writes (names stay as written)
    assert [p.city for p in find_places("代表團前往臺州市調研，了解當地職工服務。")] == ["臺州市"]
    assert [p.name for p in find_places("前往煙台市，與當地職工座談。")] == ["煙台市"]
    assert [(p.name, p.city) for p in find_places("煙台市芝罘區總工會舉辦活動。")] == [("煙台市", "煙台市"), ("芝罘區", "煙台市")]
    assert [(p.name, p.county) for p in find_places("廣東省江門市臺山市總工會")][-1] == ("臺山市", "臺山市")
    # a page writing both forms keeps the gazetteer's
    assert [p.city for p in find_places("煙台市芝罘區總工會赴臺灣交流。")][-1] == "煙臺市"
    # 台 on a simplified page is read as written only (平台 is no place)
    assert find_places("搭建服务平台，方便职工。") == []


def test_a_traditional_page_writes_plain_forms_where_the_gazetteer_has_other_ones():
    """OpenCC gave some traditional names 裏, 幹, 餘 where traditional writing keeps 里, 干, 余 (湖裏區, 新幹縣): the
    page's spelling is found and kept as written, one character at a time (餘干縣 holds both forms)."""
    got = [(p.name, p.city, p.county) for p in find_places("代表團走訪廈門市湖里區、吉安市新干縣的企業工會。")]
    assert got == [("廈門市", "廈門市", None), ("湖里區", "廈門市", "湖里區"), ("吉安市", "吉安市", None),
                   ("新干縣", "吉安市", "新干縣")]
    assert [p.county for p in find_places("上饒市餘干縣總工會舉辦講座。")] == [None, "餘干縣"]
    # a simplified page is read as written (湖里区 is the gazetteer's own spelling); no name made of ordinary words
    assert [p.name for p in find_places("厦门市湖里区总工会")] == ["厦门市", "湖里区"]
    assert find_places("職工在幾公里外的山谷裏幹活，于是提早出門。") == []


def test_a_county_named_as_it_was_before_a_rename_is_a_place_of_todays_city():
    """Pages run from 2015 on: a county renamed since (邵东县 a city since 2019, 江干区 merged into 上城区 in 2021) is
    still the county the page names, in today's province and city; the new name reads as before."""
    got = [(p.name, p.province, p.city, p.county) for p in find_places("邵阳市邵东县、杭州市江干区总工会开展慰问。")]
    assert got == [("邵阳市", "湖南省", "邵阳市", None), ("邵东县", "湖南省", "邵阳市", "邵东县"),
                   ("杭州市", "浙江省", "杭州市", None), ("江干区", "浙江省", "杭州市", "江干区")]
    assert [p.county for p in find_places("湖南省邵东市总工会开展慰问。")] == [None, "邵东市"]


def test_a_short_county_after_a_conjunction_opening_a_list():
    """与单县、曹县: the conjunction closes the word before as 、 does, when the page names the county's city."""
    text = "菏泽市总工会在菏泽市召开会议,将加强与单县、曹县等地的经验交流。"
    assert [p.name for p in find_places(text)] == ["菏泽市", "单县", "曹县"]
    # no city named on the page: a short county is not trusted alone
    assert [p.name for p in find_places("将加强与单县、曹县等地的经验交流。")] == []
    # no list after it: the conjunction alone does not place a short county
    assert "单县" not in [p.name for p in find_places("菏泽市总工会在菏泽市召开会议,将加强与单县的交流。")]


@pytest.mark.parametrize("text, name, province", [
    ("雙峰縣總工會為環衛工人送上愛心早餐。", "雙峰縣", "湖南省"),       # 峰 for the gazetteer's 峯 (雙峯縣)
    ("橫峰縣總工會開展送溫暖活動。", "橫峰縣", "江西省"),               # another 峯 name (橫峯縣)
    ("啟東市總工會舉辦職工技能競賽。", "啟東市", "江蘇省"),             # 啟 for 啓 (啓東市)
    ("綏棱縣總工會舉辦職工技能競賽。", "綏棱縣", "黑龍江省"),           # 棱 for 稜 (綏稜縣)
    ("雙峯縣總工會為環衛工人送上愛心早餐。", "雙峯縣", "湖南省"),       # the gazetteer's own form still reads
    # 峰/温/税/脱 spelled as simplified writing spells them: the short name (雁峰) inside the page's full name
    # must not hide the full name the folded text reads (雁峯區)
    ("雁峰區總工會為環衛工人送上愛心早餐。", "雁峰區", "湖南省"),
    ("温江區總工會舉辦職工技能競賽。", "温江區", "四川省"),
    ("墨脱縣總工會舉辦職工技能競賽。", "墨脱縣", "西藏自治區"),
    ("活動覆蓋石峰區等地的企業，服務職工。", "石峰區", "湖南省"),
])
def test_traditional_names_with_other_variant_characters(text, name, province):
    """A traditional page may write a name's characters in the Taiwan or Hong Kong form, not OpenCC's s2t one:
    the county is read and kept as the page writes it."""
    assert [(p.name, p.county, p.province) for p in find_places(text)] == [(name, name, province)]


def test_a_folded_full_name_replaces_only_the_short_name_inside_it():
    """The folded hit wins over a hit of the text as written only when that hit lies inside it."""
    got = [(p.name, p.county) for p in find_places("覆蓋石鼓區、雁峰區、耒陽市等地的企業，服務職工。")]
    assert got == [("石鼓區", "石鼓區"), ("雁峰區", "雁峰區"), ("耒陽市", "耒陽市")]
    # a simplified page is not folded: 雁峰区 reads as written, and 高峰 names nothing
    assert [p.name for p in find_places("雁峰区总工会举办职工技能竞赛。")] == ["雁峰区"]
    assert find_places("職工在用電高峰區間堅守崗位。") == []


def test_every_county_with_a_variant_character_reads_in_the_page_form_as_in_the_gazetteers():
    """Each county whose traditional name holds a character of _VARIANTS' gazetteer forms (37: 雁峯區, 溫江區, 墨脫縣)
    is found written in the Taiwan/Hong Kong form (雁峰區) wherever its gazetteer form is found."""
    from unionkit.extract.places.base import _VARIANTS
    from unionkit.extract.places.divisions import _DATA
    page_form = {g: c for c, g in _VARIANTS.items()}
    rows = [r.split("\t") for r in _DATA.read_text(encoding="utf-8").splitlines() if r and r[0] != "#"]
    names = [r[3] or r[1] for r in rows if r[0] == "K" and any(c in page_form for c in (r[3] or r[1]))]
    assert len(names) >= 30
    for name in names:
        written = "".join(page_form.get(c, c) for c in name)
        for tpl in ("{}總工會舉辦職工技能競賽。", "活動覆蓋{}等地的企業，服務職工。"):
            own = name in [p.name for p in find_places(tpl.format(name))]
            assert (written in [p.name for p in find_places(tpl.format(written))]) == own, written


def test_variant_folding_stays_on_traditional_pages():
    # a simplified page writes 峰 in ordinary words: no folding, no place (高峰, 峰会)
    assert find_places("高峰论坛在会议中心召开，峰会期间职工代表发言。") == []
    # a traditional page's ordinary words with a variant character name no place either
    assert find_places("高峰論壇在會議中心召開，為職工服務。") == []


def test_variant_table_covers_the_gazetteers_traditional_characters():
    """_VARIANTS holds every Taiwan/Hong Kong variant OpenCC gives for a character of the traditional columns."""
    opencc = pytest.importorskip("opencc")
    from unionkit.extract.places.base import _VARIANTS
    from unionkit.extract.places.divisions import _DATA
    chars = set()
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line and line[0] != "#":
            r = line.split("\t")
            chars |= set((r[3] or r[1]) + r[4]) - set("/")
    want = {}
    for cfg in ("t2tw", "t2hk", "tw2t", "hk2t"):
        cv = opencc.OpenCC(cfg + ".json")
        for c in chars:
            v = cv.convert(c)
            if v != c and len(v) == 1 and {c, v} != {"台", "臺"}:  # (臺/台: scanner._CHAR_FOLDS)
                want[v] = c
    assert want == _VARIANTS


def test_bare_prefecture_at_the_far_end_of_a_route():
    got = [(p.province, p.city, p.county) for p in find_places("廉江市总工会走访货车司机。跑廉江至南宁线路的司机当天入会。")]
    assert ("广西壮族自治区", "南宁市", None) in got
    # a firm named after the city is no route end; nor a name after a start never taken
    got = [p.city for p in find_places("廉江市总工会走访货车司机。跑廉江至南宁银行办事。")]
    assert "南宁市" not in got
    assert find_places("从那里至南宁线路很长。") == []


def test_a_traditional_page_gets_its_parents_in_its_own_script_and_variants():
    """A traditional page that writes 赤峰 (the Taiwan/Hong Kong form of the gazetteer's 赤峯): the bare 赤峰市 is
    traditional writing (parents 內蒙古自治區, not 内蒙古自治区) and 寧城縣's city is written 赤峰市 as the page does."""
    got = {p.name: p for p in find_places("內蒙古自治區赤峰市寧城縣總工會舉辦職工技能大賽。赤峰市總工會負責人表示，將繼續開展。")}
    assert (got["寧城縣"].province, got["寧城縣"].city) == ("內蒙古自治區", "赤峰市")
    assert got["赤峰市"].province == "內蒙古自治區"
    # negative: a simplified page keeps simplified parents
    got = {p.name: p for p in find_places("内蒙古自治区赤峰市宁城县总工会举办职工技能大赛。")}
    assert (got["宁城县"].province, got["宁城县"].city) == ("内蒙古自治区", "赤峰市")


def test_two_bare_places_side_by_side_after_a_word_of_place():
    """家在格尔木和西宁，: two bare names joined by 和 after 在, closing the clause, confirm each other (no province
    on the page), as a 、-list closed by 等地 does."""
    got = [(p.name, p.province, p.city, p.county) for p in find_places("我们车间有一半职工的家在格尔木和西宁，一年难得团聚几次。")]
    assert got == [("格尔木", "青海省", "海西蒙古族藏族自治州", "格尔木市"), ("西宁", "青海省", "西宁市", None)]
    # look-alikes: no word of place before the pair, the pair running on into a longer phrase, a common word
    assert find_places("格尔木和西宁的职工都来了。") == []
    assert find_places("家在西宁和格尔木的交界处。") == []
    assert find_places("在西宁和一些地方，") == []
    assert find_places("在大同和开封，") == []


@pytest.mark.parametrize("text", ["进一步擦亮浙江工会服务职工品牌。", "進一步擦亮浙江工會服務職工品牌。"])
def test_a_bare_province_before_its_union_movement_after_a_verb(text):
    """擦亮 + 浙江 + 工会服务…: the province's unions as the object of a verb, prose after 工会."""
    assert [(p.name, p.province) for p in find_places(text)] == [("浙江", "浙江省")]


@pytest.mark.parametrize("text", [
    "访问浙江工会网。",            # a site's name
    "下载江苏工会APP。",           # an app's
    "登录浙江工会之家。",
    "浙江工会开展活动。",          # no verb before it (a union's short name opening the clause)
])
def test_a_bare_province_in_a_union_sites_name_is_no_place(text):
    assert find_places(text) == []


def test_bare_prefecture_after_a_verb_of_adjacency():
    """惠陽毗鄰深圳，: a verb of adjacency has a place as its object, like a word of place before it."""
    assert ("深圳", "广东省", "深圳市", None) in _keys("惠阳毗邻深圳，交通便利。")
    assert ("深圳", "廣東省", "深圳市", None) in _keys("惠陽區總工會表示，惠陽毗鄰深圳，新業態勞動者很多。")
    assert _keys("紧邻长安街，交通便利。") == []


@pytest.mark.parametrize("text,name", [
    ("今年还将举办职工羽毛球赛和广西“三月三”民族体育项目展示等活动。", "广西"),  # after a conjunction
    ("举办了广西“三月三”活动。", "广西"),  # after a verb
    ("深化浙江“千万工程”经验。", "浙江"),  # a campaign
    ("，广西「三月三」到了。", "广西"),
])
def test_a_bare_province_before_a_quoted_festival_or_campaign(text, name):
    """广西“三月三”: a bare province owns the short quoted festival or campaign named right after it."""
    assert [p.name for p in find_places(text)] == [name]


@pytest.mark.parametrize("text", [
    "他在广西“柳工”集团工作。",  # a firm named after the quote: the firm's name
    "吉林“冰雪节”开幕。",  # a name never read bare (吉林 is a city too)
    "广西“这是一句很长很长很长的引语不是节日名称”。",  # a quoted sentence, no short name
    "推广西“三月三”。",  # the province's first character closes a word (推广)
    "广西三月三活动。",  # no quote
])
def test_a_bare_province_before_a_quote_that_names_no_event_of_its_own_stays_out(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text,name", [
    ("在中国式现代化的甘肃实践中建功立业。", "甘肃"),  # the cause's 的, then the province's practice
    ("奋力谱写中国式现代化江西篇章。", "江西"),  # the cause itself right before it
    ("交出高质量发展的云南答卷。", "云南"),
])
def test_a_bare_province_whose_share_in_a_cause_a_slogan_names(text, name):
    """的X实践, 现代化X篇章: a slogan names the province's own share of a national cause."""
    assert [p.name for p in find_places(text)] == [name]


@pytest.mark.parametrize("text", [
    "吉林实践基地。",  # a name never read bare
    "推广西方案。",  # the province's first character closes a word (推广)
    "湖北经验交流中心成立。",  # a body named in the clause
    "学习甘肃实践。",  # no 的 or cause before it: a verb's object, maybe a firm's or column's name
])
def test_a_bare_province_before_a_share_noun_without_the_slogan_stays_out(text):
    assert find_places(text) == []


def test_a_commenters_handle_opening_with_a_county_names_no_place():
    text = "运城市召开职工代表大会。\n精彩评论(26)\n夏县老王：盼着驿站早点建到我们村口 04-25 10:12\n"
    assert [p.name for p in find_places(text)] == ["运城市"]


@pytest.mark.parametrize("line", [
    "夏县：盼着驿站早点建到我们村口 04-25 10:12",  # a dateline's place right before its colon
    "夏县老王家的工人说，驿站建到了村口。",  # prose, no comment's stamp
])
def test_a_county_opening_a_line_that_is_no_comment_stays(line):
    assert "夏县" in [p.name for p in find_places("运城市召开职工代表大会。\n" + line + "\n")]


@pytest.mark.parametrize("text,name", [
    ("职工们立足岗位，服务湖北经济社会发展。", "湖北"),  # after a verb
    ("为安徽高质量发展贡献工会力量。", "安徽"),  # after a preposition
    ("推动四川经济高质量发展，", "四川"),
])
def test_a_bare_province_whose_economy_is_served_names_a_place(text, name):
    """服务X经济社会发展: a bare province is whose economy or development the clause serves."""
    assert [p.name for p in find_places(text)] == [name]


@pytest.mark.parametrize("text", [
    "湖北经济发展研究院发布报告。",  # an institution named after it
    "湖南经济报记者采访了他。",  # no development word
    "吉林经济高质量发展。",  # a name never read bare (吉林 is a city too)
])
def test_a_bare_province_before_an_economy_word_that_names_no_place_stays_out(text):
    assert find_places(text) == []


def test_a_district_the_source_misspells_is_found_by_its_own_name():
    # (the source data spells 葵青区 as 奎青区: the build script's MISSPELT puts it right)
    found = [(p.name, p.province, p.county) for p in find_places("工會上月在葵青區設立了貨櫃碼頭工友服務站。")]
    assert found == [("葵青區", "香港特別行政區", "葵青區")]
    assert resolve_place("葵青区").county == "葵青区"
    assert resolve_place("奎青区") is None


def test_a_special_regions_district_has_the_region_as_its_city():
    # (as a municipality's district has the municipality: no prefecture stands between)
    assert keys("工聯會在荃灣區和沙田區設立服務站。") == [
        ("荃灣區", "香港特別行政區", "香港特別行政區", "荃灣區"), ("沙田區", "香港特別行政區", "香港特別行政區", "沙田區")]
    assert resolve_place("湾仔区") == Place("湾仔区", "香港特别行政区", "香港特别行政区", "湾仔区")
    assert keys("香港天文台昨日發出暴雨警告。") == [("香港", "香港特別行政區", None, None)]  # (the region itself: no city)


def test_bare_special_region_on_a_page_that_calls_it_its_own():
    """A bare 澳門/香港 outside a body's name is the region on a page that calls it 本澳/本港 (a union's page in
    the region); not inside a union's or firm's name, nor on a page without the word."""
    sar = ("澳門", "澳門特別行政區", None, None)
    assert sar in keys("本澳工友參加講座。據統計，去年澳門餐飲業錄得工傷三百宗。")
    assert sar not in keys("本澳工友參加講座。澳門餐飲業職工會舉辦講座。")
    assert sar not in keys("據統計，去年澳門餐飲業錄得工傷三百宗。")
    assert ("香港", "香港特別行政區", None, None) in keys("本港工友北上工作。越來越多香港居民到灣區就業。")

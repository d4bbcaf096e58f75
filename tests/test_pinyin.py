"""Pinyin annotations: removed when they spell a reading of the character before them, kept otherwise."""

import os
import re
import sys

import pytest

sys.path.insert(0, os.path.dirname(__file__))

from damage import pinyin_cases  # noqa: E402

from unionkit.clean.pinyin import is_reading, parse_reading, pinyin_spans, strip_pinyin  # noqa: E402

# The lines of examples/001_*.txt that hold parentheses: a traditional-script page run
# through a pinyin annotator (121 annotations), with real parentheticals among them.
SEED_001 = [
    '凝聚職工力量 助創(chuàng)文明城市',
    '廣元工會網(wǎng)\xa0http://www.probablyskongtaking.com/ \xa0\xa0發(fā)布時間:2024-03-22\xa0\xa0點擊量:2286 \xa0\xa0來源:系統(tǒng)管理',
    '今年以來,全市工會緊緊圍繞市創(chuàng)建第七屆全國文明城市指揮部各項部署要求,充分發(fā)揮工會組織優(yōu)勢和職能優(yōu)勢,積極動員全市廣大職工群眾主動參與助力文明城市創(chuàng)建。',
    '思想引領(lǐng)吹響創(chuàng)建“沖鋒號”。積極開展“中國夢·勞動美”“強(qiáng)國復(fù)興有我”“勞動創(chuàng)造幸福”主題系列宣傳教育活動,牽頭舉辦廣元市2024年“書香集市 文化惠民”迎新春活動,組織勞模(工匠)“進(jìn)企業(yè)、進(jìn)車間、進(jìn)班組、進(jìn)社區(qū)、進(jìn)機(jī)關(guān)、進(jìn)校園”開展創(chuàng)新理論、先進(jìn)事跡宣講15場次,組織職工觀看“紅色電影”“2023年大國工匠年度人物”發(fā)布儀式等活動,積極籌備承辦“閱讀經(jīng)典好書、爭當(dāng)時代工匠”全國職工主題閱讀廣元專場活動,筑牢職工思想之基。同時,發(fā)揮“互聯(lián)網(wǎng)+工會”網(wǎng)絡(luò)新媒體平臺優(yōu)勢,在工會“微信公眾號”、官網(wǎng)、川工之家廣元頻道等平臺推送宣傳文明城市創(chuàng)建知識及成果,不斷引領(lǐng)職工“爭做文明人 共建廣元城”。',
    '推優(yōu)評先樹好創(chuàng)建“風(fēng)向標(biāo)”緊扣“建功十四五·奮進(jìn)新征程”活動載體,動員職工群眾大力弘揚(yáng)勞模精神、勞動精神、工匠精神,激發(fā)全市廣大干部職工群眾愛崗敬業(yè)、鉆研技術(shù)、比學(xué)趕超、爭創(chuàng)一流、無私奉獻(xiàn)的敬業(yè)精神和積極向上的社會氛圍?!?·8”前選樹四川省五一巾幗標(biāo)兵崗(標(biāo)兵)各3個,“5·1”期間將推薦省級及以上“五一勞動獎”9個,參與推薦全國職工職業(yè)道德標(biāo)兵,命名一批廣元市“最美勞動者”,引領(lǐng)激勵廣大職工爭當(dāng)廣元高質(zhì)量發(fā)展的排頭兵。同時,在“5·1”期間市、縣區(qū)工會將組織勞模(工匠)、最美勞動者圍繞“凝聚‘工’力量,助創(chuàng)文明城”開展“勞動創(chuàng)造幸福”主題宣講,并聯(lián)合四川工人日報、廣元日報、廣元電視臺等媒體對他們的事跡進(jìn)行采訪報道,進(jìn)一步彰顯工人階級在文明城市創(chuàng)建中的主力軍風(fēng)采。',
    '志愿服務(wù)引領(lǐng)文明“新風(fēng)尚”。組建“工心向黨”共產(chǎn)黨員志愿服務(wù)隊、青年職工志愿服務(wù)隊、心理健康講座專家團(tuán)隊、法治宣講工會律師團(tuán)隊,大力開展“我為職工群眾辦實事”活動。年初以來市總機(jī)關(guān)工會組織近40名黨員干部職工深入鄉(xiāng)村、社區(qū)、街道、包聯(lián)居民樓,開展問卷調(diào)查、文明宣傳、“敲門行動”“紅色星期六”志愿服務(wù)活動5場次,開展“街長制”巡街活動,幫助整治環(huán)境衛(wèi)生、清理衛(wèi)生死角、清除“小廣告”等,收集解決民生難題24條。同時,市總工會選派2名黨員干部長期下沉樹仁社區(qū),市總工會領(lǐng)導(dǎo)不定期深入包聯(lián)社區(qū)開展調(diào)研,研究包聯(lián)共建工作,現(xiàn)場幫助社區(qū)居民解決實際困難問題。',
    '紓憂解困織密職工“關(guān)愛網(wǎng)”。充分發(fā)揮工會組織在圍繞中心、服務(wù)大局、助力創(chuàng)文、關(guān)愛職工等方面的積極作用,依托“縣級工會加強(qiáng)年”活動,積極打造“救助、維權(quán)、服務(wù)”一站式工作模式。截至目前,全市累計建設(shè)工會驛站320家,支持新建市級職工書屋、心靈驛站7家,并對其制度建設(shè)、管理使用等方面進(jìn)行了指導(dǎo)。春節(jié)期間,市、縣區(qū)工會籌集資金867.4萬元購買慰問物資,深入企業(yè)、工地、社區(qū),走訪慰問困難職工、一線職工、新就業(yè)形態(tài)勞動者、困難勞模等弱勢群體近1.7萬人。(市總組宣部)',
    '聯(lián)系我們 | 網(wǎng)站地圖 | 返回頂部 | 設(shè)為首頁 | 加入收藏',
    '主辦:廣元工會網(wǎng)版權(quán)所有',
    '技術(shù)支持:四川好亦同 網(wǎng)站維護(hù):廣元市總工會辦公室',
]

LEGIT = [
    "組織勞模(工匠)進企業",
    "五一巾幗標兵崗(標兵)各3個",
    "累計開展職工志願服務活動600余場(次)",
    "2024年工作要點(2024)",
    "為COP15服務(COP15)",
    "市總工會為建設美丽繁荣和谐攀枝花创新发展纪实(一)",
    "楼主(dongzi)发表于",
    "在线时间: 8570(时)",
    "职工(农民工)维权岗",
    "(市总工会供图)",
    "(盘龙工会供稿供图)",
    "铜仁市五一劳动奖状(章)",
    "举办职业技能竞赛(第三届)",
    "合作社(co-op)",
    "中国(China)",
    "李(Li)",
    "工会(union)",
    "品牌(brand)",
    "网站(website)",
    "数字(2)",
    "活动(A)",
    "第一(1st)",
    "阶段(phase)",
    "建设(build)",
    "技术(tech)",
    "大会(COP)",
    "账号(UID)",
    "备案(ICP)",
    "地址(http)",
    "应用(APP)",
    "十四五(2021-2025)",
    "(责任编辑:焦点)",
    "工会(chuàng)",
]


def test_seed_001_all_annotations_removed():
    total = sum(len(pinyin_spans(line)) for line in SEED_001)
    assert total == 121
    for line in SEED_001:
        out, removed = strip_pinyin(line)
        assert not re.search(r"[(（][a-zà-ǜ]+[)）]", out), out
        assert all(r[0] in "(（" and r[-1] in ")）" for r in removed)


def test_seed_001_text_after_removal():
    outs = [strip_pinyin(line)[0] for line in SEED_001]
    assert outs[0] == "凝聚職工力量 助創文明城市"
    assert outs[1].startswith("廣元工會網\xa0http://www.probablyskongtaking.com/")
    assert "勞模(工匠)" in outs[3] and "崗(標兵)" in outs[4]
    assert outs[2] == ("今年以來,全市工會緊緊圍繞市創建第七屆全國文明城市指揮部各項部署要求,充分發揮工會組織優勢和職能優勢,"
                       "積極動員全市廣大職工群眾主動參與助力文明城市創建。")


def test_seed_001_strict_tones_agree():
    assert sum(len(pinyin_spans(line, strict_tones=True)) for line in SEED_001) == 121


@pytest.mark.parametrize("line", LEGIT)
def test_legit_parentheticals_kept(line):
    assert pinyin_spans(line) == []


def test_annotation_span_covers_parentheses():
    assert pinyin_spans("人(rén)民") == [(1, 6)]


def test_legit_list_is_long():
    assert len(LEGIT) >= 30


def test_generated_valid_and_wrong_readings():
    cases = pinyin_cases(600, seed=11)
    valid = [c for c in cases if c[2]]
    wrong = [c for c in cases if not c[2]]
    assert len(valid) == len(wrong) == 300
    for line, ann, _ in valid:
        out, removed = strip_pinyin(line)
        assert removed == [ann], (line, ann)
        assert ann not in out
    for line, ann, _ in wrong:
        assert pinyin_spans(line) == [], (line, ann)


@pytest.mark.parametrize("ch,text,loose,strict", [
    ("創", "chuàng", True, True),
    ("創", "chuang4", True, True),
    ("創", "chuang", True, False),
    ("創", "chuǎng", True, False),
    ("創", "qiāng", True, True),
    ("女", "nǚ", True, True),
    ("女", "nv3", True, True),
    ("女", "nu:3", True, True),
    ("女", "nü3", True, True),
    ("女", "nu", True, False),
    ("的", "de", True, True),
    ("的", "de5", True, True),
    ("的", "de0", True, True),
    ("去", "qù", True, True),
    ("去", "qü4", True, True),
    ("創", "Chuàng", False, False),
    ("模", "dongzi", False, False),
    ("創", "chuàngg", False, False),
    ("創", "chuàng4", False, False),
    ("A", "a", False, False),
])
def test_is_reading(ch, text, loose, strict):
    assert is_reading(ch, text) is loose
    assert is_reading(ch, text, strict_tones=True) is strict


def test_fullwidth_and_mixed_parentheses():
    assert strip_pinyin("助創（chuàng）文明")[0] == "助創文明"
    assert strip_pinyin("助創(chuàng）文明")[0] == "助創文明"
    assert strip_pinyin("網（wang3)站")[0] == "網站"


def test_decomposed_tone_marks():
    import unicodedata

    line = unicodedata.normalize("NFD", "網(wǎng)站")
    assert strip_pinyin(line)[0] == "網站"


def test_parse_reading():
    assert parse_reading("lǜ") == ("lü", 4)
    assert parse_reading("xué") == ("xue", 2)
    assert parse_reading("xüe2") == ("xue", 2)
    assert parse_reading("COP") is None
    assert parse_reading("2024") is None


def test_no_parenthesis_no_work():
    assert pinyin_spans("全市工会紧紧围绕中心工作。") == []
    assert pinyin_spans("") == []


def test_word_level_readings():
    from unionkit.clean.pinyin import strip_pinyin
    assert strip_pinyin("製茶職工(zhí gōng)技能大賽")[0] == "製茶職工技能大賽"
    assert strip_pinyin("來自連州市(lián zhōu shì)、清城區")[0] == "來自連州市、清城區"
    assert strip_pinyin("副主席盤海濤(pán hǎi tāo)（瑤族）")[0] == "副主席盤海濤（瑤族）"
    assert strip_pinyin("职工(zhígōng)技能")[0] == "职工技能"       # unspaced
    assert strip_pinyin("职工(zhi2 gong1)技能")[0] == "职工技能"     # tone numbers
    assert strip_pinyin("（女，瑤族(yáo zú)）")[0] == "（女，瑤族）"


@pytest.mark.parametrize("line", ["工会(union)成立", "勞模(gong jiang)", "中国(china)", "职工(zhi gong zuo)",
                                  "职工(Zhi Gong)", "代表(COP15)", "服务(2024 ver)", "职工(shi jian)",
                                  "会议(see above)", "工匠(gong)"])
def test_word_level_non_readings_stay(line):
    from unionkit.clean.pinyin import strip_pinyin
    assert strip_pinyin(line)[0] == line


# --- readings written as mojibake: tone-marked UTF-8 read back as Latin-1 or cp1252 ---------------------------

# One character per tone vowel (and ü, bare and toned), with a reading of it that carries that vowel.
TONE_VOWEL_READINGS = [
    ("發", "fā"), ("達", "dá"), ("點", "diǎn"), ("電", "diàn"),
    ("溫", "wēn"), ("維", "wéi"), ("者", "zhě"), ("設", "shè"),
    ("機", "jī"), ("民", "mín"), ("理", "lǐ"), ("會", "huì"),
    ("多", "duō"), ("國", "guó"), ("所", "suǒ"), ("作", "zuò"),
    ("區", "qū"), ("福", "fú"), ("主", "zhǔ"), ("續", "xù"),
    ("女", "nǚ"), ("綠", "lǜ"), ("驢", "lǘ"), ("略", "lüè"), ("女", "nü"),
]


def as_latin1(reading):
    """`reading`'s UTF-8 read as Latin-1 (C1 controls kept)."""
    return reading.encode("utf-8").decode("latin-1")


def as_cp1252(reading):
    """`reading`'s UTF-8 read as cp1252, as browsers do it (the five bytes cp1252 leaves out read as Latin-1)."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in reading.encode("utf-8"))


def lost_bytes(moji):
    """`moji` after a page lost what does not print: C1 controls and soft hyphens dropped, NBSPs made spaces."""
    return re.sub("[\x80-\x9f\xad]", "", moji).replace("\xa0", " ")


@pytest.mark.parametrize("ch,reading", TONE_VOWEL_READINGS)
@pytest.mark.parametrize("damage", [as_latin1, as_cp1252, lambda r: lost_bytes(as_latin1(r))])
def test_mojibake_reading_removed(ch, reading, damage):
    moji = damage(reading)
    assert moji != reading
    line = f"工人{ch}({moji})作"
    assert strip_pinyin(line) == (f"工人{ch}作", [f"({moji})"])


@pytest.mark.parametrize("moji,fixed", [
    ("di\xc3\xa0n", "diàn"),   # NBSP kept
    ("hu\xc3\xac", "huì"),
    ("di\xc7\x8en", "diǎn"),   # C1 control kept (Latin-1)
    ("diÇŽn", "diǎn"),         # cp1252
    ("wÄ“n", "wēn"),
    ("n\xc7\x9a", "nǚ"),
    ("lÇœ", "lǜ"),
])
def test_mojibake_repairs_as_it_stands(moji, fixed):
    from unionkit.clean.pinyin import repair_mojibake
    assert repair_mojibake(moji) == (fixed,)


@pytest.mark.parametrize("moji,fixed", [
    ("diÃ n", "diàn"),   # the NBSP became a space
    ("diÃn", "diàn"),    # ... or vanished
    ("xÃn", "xín"),     # a soft hyphen (í: C3 AD) vanished
    ("diÇn", "diǎn"),   # a C1 control vanished
    ("guÄn", "guān"),
    ("duÅ", "duō"),
    ("lÇ", "lǜ"),
])
def test_mojibake_repairs_a_lost_byte(moji, fixed):
    from unionkit.clean.pinyin import repair_mojibake
    assert fixed in repair_mojibake(moji)


def test_mojibake_nbsp_space_read_first():
    from unionkit.clean.pinyin import repair_mojibake
    assert repair_mojibake("diÃ n")[0] == "diàn"


@pytest.mark.parametrize("line", [
    "工(diÃ n)作",            # a reading, but of another character
    "咖啡館(cafÃ©)",          # an accented word as mojibake: no reading
    "天真(naÃ¯ve)",
    "法國(Ã‰cole)",           # capitalised
    "土耳其(Çelik)",          # a name opening with a lead letter
    "巴西(São Paulo)",        # accented letters, no mojibake
    "會議(Réunion)",
    "電(Ã)",                  # a lone lead repairs to no reading of 電
    "電(diÃ n diÃ n)",        # too many broken pairs for one syllable
    "活動(Ã©tÃ©)",            # été: a French word
    "(diÃ n)開始",            # no character before it
])
def test_mojibake_look_alikes_kept(line):
    assert strip_pinyin(line) == (line, [])


def test_mojibake_page_every_line():
    """A traditional page whose every reading is mojibake, Han text clean, cleans as its well-encoded twin does."""
    from unionkit.clean import clean_text
    page = ("國網某某供電(diàn)公司\n\n某某供電(diàn)公司工會(huì)開展送清涼活動\n\n"
            "7月22日，某某供電(diàn)公司工會(huì)主席帶隊深入變電(diàn)站，為高溫(wēn)一線職工送去防暑物品。\n"
            "公司工會(huì)還將聯(lián)合市總工會(huì)開展專項檢(jiǎn)查，切實維(wéi)護職工權益（試行）。\n")
    moji = re.sub(r"\((\w+)\)", lambda m: "(" + as_latin1(m.group(1)) + ")", page)
    assert "Ã" in moji
    want, got = clean_text(page), clean_text(moji)
    assert (got.title, got.body) == (want.title, want.body)
    assert "（試行）" in got.body[-1] and not any("(" in p or "Ã" in p for p in got.body)
    assert [r.kind for r in got.removed] == [r.kind for r in want.removed]

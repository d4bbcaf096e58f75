"""Extraction on the hand-written layout pages (tests/data/layouts), scored with the project scorer's rules.

Each <name>.gold.json gives the page's metadata (with ``accept`` alternatives where two
values are valid) and its entities (unions with ``optional_unions`` that are neither
required nor counted as false, people, places). Per page: every meta field right
(dates to the gold's precision; a field absent from both is not counted) and unions,
people and places each at precision and recall >= 0.95 as sets.  The rules below are
the scorer's, restated here so the tests run without the shared tools.
"""

from __future__ import annotations

import json
import pathlib

import pytest

import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from scoring import names, place_keys, pr, same, wrong_meta  # noqa: E402 - the scorer's rules, shared by the layout tests

from unionkit.clean import clean_text
from unionkit.extract import extract
from unionkit.record import to_dict

DATA = pathlib.Path(__file__).parent / "data" / "layouts"
GOLDS = sorted(DATA.glob("*.gold.json"))
# Entities the extractor is known to miss, with the reason (xfail strict: fixing one fails the test
# until it is removed from here).
KNOWN_MISSES = {
    # batch 61 (session 11, scored on f83224e before any fix)
    # batch 59 (session 11, scored on 98a69dc before any fix)
    ("crawl59_text_d2", "people"): "missed Martin Keller, an English name with a role (debatable)",
    ("crawl59_text_p12", "unions"): "missed the short form 禄劝县总工会 next to the full name (debatable)",
    # batch 57 (12 unseen text pages, 3 damaged: session 10's last text measure, scored on ef989fb, added after it was scored;
    # gold conflict on p01-p05, d2, p09: this tester's golds list only reporters, the older golds list editors, reviewers, authors)
    ("crawl57_text_d1", "people"): "extra 芳菲, a pen-name editor (芳 read as a surname)",
    ("crawl57_text_d2", "people"): "extra 柏杨, 龚娜: the page's editor and reviewer (gold conflict, see above)",
    ("crawl57_text_p01", "people"): "extra 宋文, 张坤 …: editors and reviewers (gold conflict, see above)",
    ("crawl57_text_p03", "people"): "extra 武志刚, 韩雪: editors and reviewers (gold conflict, see above)",
    ("crawl57_text_p04", "unions"): "宝鸡市凤翔区总工会 in prose named 凤翔区总工会 (the county-only naming; gold keeps the city), extra 宝鸡工务段工会",
    ("crawl57_text_p04", "people"): "extra 谭亚楠, an editor (gold conflict, see above)",
    ("crawl57_text_p05", "people"): "extra 任可, an editor (gold conflict, see above)",
    ("crawl57_text_p09", "unions"): "天津市东丽区总工会 given as 东丽区总工会",
    ("crawl57_text_p09", "people"): "extra 栾淼, an editor (gold conflict, see above)",
    # batch 55 (20 unseen text pages, 6 damaged: session 10's final text measure, scored on d08da0c, added after it was scored)
    ("crawl55_text_p01", "people"): "extra 汪志刚 (gold conflict: 审核：汪志刚 of the editor line; 109 other golds with a 审核 reviewer list them)",
    ("crawl55_text_p06", "unions"): "the group's branch kept before the plant's name (大唐广西分公司龙滩水力发电厂工会; the bare 厂工会 is fixed)",
    ("crawl55_text_p07", "unions"): "a bare 县总工会 expanded to 乐业县总工会 (the gold lists the bare form as optional only; debatable)",
    ("crawl55_text_p12", "people"): "extra 郑凯, the photographer of the stamp row (摄影：X), which this gold does not list",
    # batch 53 (20 unseen text pages, 6 damaged: session 10's first text measure, scored on ce93f69, added after it was scored)
    ("crawl53_text_p02", "places"): "湖北 written inside a bank's name not taken (debatable; seed 001 counts a province inside an organisation name)",
    # batch 51 (20 unseen text pages, 6 damaged: the session's last text measure, scored on b84b77d, not fixed after)
    ("crawl51_text_d1", "unions"): "罗城县总工会 short form instead of the page's 罗城仡佬族自治县总工会 (the gold's county name is a tester's mistake: 仫佬)",
    ("crawl51_text_d1", "places"): "the page writes 罗城仡佬族自治县 (a tester's mistake for 仫佬); the tool resolves the real county",
    ("crawl51_text_d2", "people"): "missed 符亞蘭, 陳文海, 李秀珍 (salt left in their sentences)",
    ("crawl51_text_d6", "people"): "missed 馬成林 (salt left in the sentence)",
    ("crawl51_text_p07", "unions"): "正蓝旗上都电厂工会 (optional) instead of the gold's 上都电厂工会 (debatable)",
    ("crawl51_text_p13", "places"): "满洲里 not taken from 满洲里海关工会 (debatable)",
    # batch 49 (20 unseen text pages, 6 damaged: the session's final text measure, scored on 257f872, added after it was scored)
    ("crawl49_text_p01", "people"): "missed 符强 (a two-character name in a list without a role word)",
    ("crawl49_text_p03", "people"): "missed 海燕 (debatable)",
    ("crawl49_text_p13", "people"): "missed 韩乙四夫 (a Dongxiang/Hui name)",
    # batch 47 (20 unseen text pages, 6 damaged, scored on 7cda162, added after it was scored)
    ("crawl47_text_p06", "places"): "extra 鄂尔多斯, a bare prefecture opening a firm's union name (gold conflict: "
                                    "crawl69_text_p04 and gov_list_stations_tinghu count such a place)",
    # batch 45 (20 unseen text pages, 6 damaged: the session's final text measure, scored on 1c8c59c, not fixed after)
    ("crawl45_text_liuyang", "unions"): "extra 金鹏花炮公司工会, the title's short form of the company union beside its full name (debatable)",
    # batch 43 (20 unseen text pages, 6 damaged, scored on a07fefd, added after it was scored)
    # batch 41 (20 unseen text pages, 6 damaged, scored on e71e25c, added after it was scored)
    # batch 39 (20 unseen text pages, 6 damaged: the session's final measure, scored on 0582f6d, not fixed after)
    ("crawl39_text_d03", "people"): "missed 原志強 (surname 原)",
    # batch 37 (20 unseen text pages, 6 damaged, scored on e880f12, added after it was scored)
    ("crawl37_text_01", "unions"): "missed 华锐藏族服饰加工企业工会",
    ("crawl37_text_03", "unions"): "extra 塔里木油田公司工会、油田公司工会 (title and source short forms)",
    ("crawl37_text_03", "people"): "missed 再娜甫",
    ("crawl37_text_06", "unions"): "missed 北京市门头沟区总工会; extra 门头沟区总工会",
    ("crawl37_text_08", "unions"): "missed 新兴县总工会",
    ("crawl37_text_08", "places"): "missed 新兴县",
    ("crawl37_text_10", "unions"): "missed 兰坪县总工会、福贡县上帕镇总工会、泸水市六库街道工会、兰坪县通甸镇总工会 (short forms 上帕镇总工会 … taken)",
    ("crawl37_text_10", "people"): "missed 和丽华",
    ("crawl37_text_d01", "unions"): "missed 天津市津南区总工会、滨海新区总工会",
    ("crawl37_text_d06", "people"): "missed 司马振华、莫日根 (title salt left after the name: 司马振华送温暖带领, 莫日根劳动者为)",
    # batch 35 (20 unseen text pages, 5 damaged, entity-dense, scored on 1d77ab0, added after it was scored)
    ("crawl35_text_06", "people"): "a 发布人：dept-NAME row (闵雪莹)",
    ("crawl35_text_12", "unions"): "阳泉市矿区总工会 read as 矿区总工会 (debatable)",
    ("crawl35_text_d05", "people"): "names behind title salt the cleaner leaves (伊丽娜, 季玉华, 葛建军)",
    # batch 33 (20 unseen text pages, 6 damaged, scored on 3674d7a, added after it was scored)
    # batch 32 (a cross-section scored on the session's final code, added after it was scored, not fixed)
    # batch 30 (the session's final unseen measure, added after it was scored)
    # batch 28 (unseen pages, added after they were scored, not fixed yet)
    # batch 27 (unseen entity-dense pages, added after they were scored, not fixed yet)
    # batch 25 (unseen pages, added after they were scored; debatable golds)
    ("tw_union_trad", "unions"): "產業總工會 is a short form of the site's own name with no place or body word before it",
    # Second batch of pages written as unseen pages: what the extractor still gets wrong.
    # Gold call left open: entities are read from the title, captions and body, and the seeds' gold never
    # lists a place named only in removed chrome; a wire dateline (中新网西安7月10日电) is removed as kind
    # 'dateline', so its city is where the story was filed, not a place the text names.
    ("chinanews_xincheng_xian", "places"): "a city named only in the (removed) dateline: 西安",
    ("people_dateline_salt_jammer_teachers", "places"): "a city named only in the (removed) dateline: 北京",
    # Third batch (the session's final unseen measure, added after it was scored).
    ("media_salt_jammer_yubei", "unions"): "a union name cut by unremoved title salt (北区总工会)",
    # Fourth batch (the session's last unseen measure, added after it was scored).
    ("notice_contest_pingcheng", "places"): "a city named only in the site name and footer",
    ("tianya_thread_qixing", "unions"): "a federation named only as 旅游行业工会联合会 after the district union (gold asks for the full name)",
    # Fifth batch (added after it was scored).
    # gold conflict: notice_nominees_zhangwan's gold leaves out the same table-row construction (湖北一家…公司)
    ("county_union_table_tongcheng", "places"): "a bare province in a table cell (安徽一家包装材料有限公司)",
    ("national_epaper_infotable_yueyanglou", "places"): "a province named only in a subtitle the cleaner removes (——湖南岳阳楼区…)",
    # Sixth batch (unseen pages, added after they were scored).
    # Batch 9 (unseen pages, added after they were scored). Gold conflict: this notice's gold names district
    # unions with their city (长春市朝阳区总工会), the seeds' and the other layouts' golds without it (朝阳区总工会).
    # Batch 11 (unseen pages, added after they were scored). Gold conflict: these two list the special
    # administrative region as the province; the other HK/Macau/TW layout golds list no places on such pages.
    ("crawl11_text_t01", "places"): "香港特別行政區 listed as a place (other HK pages' golds list none)",
    ("crawl11_text_t02", "places"): "澳門特別行政區 listed as a place (other Macau pages' golds list none)",
    # Batch 13: the same conflict (Taiwan and Hong Kong places listed).
    ("crawl13_text_t01", "places"): "高雄市, 前鎮區, 台灣 listed as places (other Taiwan pages' golds list none)",
    # Batch 15: a union name cut by title salt the cleaner leaves (康杯准能集团公司工会)
    ("crawl15_text_s01", "unions"): "a union name cut by unremoved title salt (康杯准能集团公司工会)",
    ("latin_app_nanshan", "places"): "南山区 names two districts (深圳, 鹤岗); only the site's nickname 鹏城 says Shenzhen",
    ("pengpaihao_salt_changshu", "unions"): "title salt left in the body splits the name (常熟市直播成立电商行业工会联合会; needs the cleaner)",
    # Eighth batch (crawl-like text pages, unseen, added after they were scored).
    # batch 21: Tibetan names with no title right before them, in a 、-list before 当选为 (夏吾才让、娘本当选为副主席);
    # 娘本 is a single two-character name element
    ("crawl8_text_p11", "places"): "a bare city name in the text (亳州中药材交易市场); 亳州市 in full only in a removed related link",
    # batch 63 (session 11, scored on 7eec065 before any fix)
    ("crawl63_text_d2", "people"): "Lily Wang（王丽） given as 王丽 (debatable)",
    ("crawl63_text_d2", "places"): "广西 not given as a place (debatable)",
    # batch 65 (session 11, scored on 53a47e2 before any fix)
    ("crawl65_text_d2", "people"): "托马斯·韦伯 given where the gold has Thomas Weber, the same person (debatable)",
    # batch 67 (session 11's final text measure, scored on 86f4b12 before any fix)
    # batch 69 (session 12, scored on 7962ce2 before any fix)
    ("crawl69_text_p06", "places"): "the annexed list's places: 丹江口 (in a power plant's name) and 宜昌 (十堰至宜昌) missed",
    # batch 71 (session 12, scored on 7962ce2 before any fix)
    # batch 73 (session 12, scored on 0d89746 after the fixes of batches 69-71)
    ("crawl73_text_p07", "places"): "贵阳 only inside 贵阳轨道交通3号线 not listed (debatable)",
    ("crawl73_text_p08", "unions"): "missed 河北医科大学第二医院工会, only written 我院工会 (debatable)",
    ("crawl73_text_p09", "unions"): "佛山市南海区总工会 given as 南海区总工会; a bare 镇总工会 not resolved (debatable)",
    # batch 74 (session 12, a plain cross-section scored on 2539aa6 after the fixes of batches 69-72)
    ("crawl74_text_d3", "people"): "missed the aggregator editor 木子 of (责任编辑:木子) (debatable: seed 000 leaves its aggregator editor out)",
    # batch 76 (session 12's final text measure, a plain cross-section scored on 2d60397, not fixed after)
    ("crawl76_text_d2", "unions"): "the title's short form 芷江縣總工會 not listed beside the full name (debatable)",
    ("crawl76_text_d4", "places"): "missed 安徽 in a firm's name (debatable: older golds mostly leave it out)",
    ("crawl76_text_p05", "places"): "missed 江西 in a firm's union name (debatable, as above)",
    ("crawl76_text_p08", "places"): "missed 内蒙古 and 乌兰察布 inside a university's and a branch firm's names (debatable)",
    # batch 78 (session 13, a plain cross-section scored on 5331fe3, session 12's final code)
    ("crawl78_text_d3", "people"): "the editor's pen name 南风 listed (debatable: seed 000 leaves its editor's pen name out)",
    # batch 80 (session 13, 12 pages all damaged, scored on 5331fe3)
    # batch 83 (session 13, 14 text pages stressing the extractor, scored on df3a668)
    ("crawl83_text_d4", "places"): "重慶 inside a company name not listed (debatable)",
    ("crawl83_text_p03", "places"): "missed 内蒙古 inside a firm's union name",
    # batch 81 (session 13's final text measure, a plain cross-section scored on 2559594, added after it was scored)
    ("crawl81_text_d2", "places"): "a bare 廣西 inside a firm's or institution's name not listed (debatable, as older golds)",
    ("crawl81_text_d3", "places"): "a bare 山西 not listed (debatable: inside a name)",
    ("crawl81_text_d4", "places"): "the municipality's short form 重庆 not listed",
    ("crawl81_text_d4", "unions"): "the firm's union read from a bare 公司工会 after the firm (debatable: this gold leaves it "
                                   "out, while crawl37_text_d05 and crawl57_text_p01 require it and crawl20_html_p02, "
                                   "crawl46_html_p03 accept it)",
    ("crawl81_text_p04", "places"): "宁夏 inside a company name not listed (debatable, as older golds)",
    ("crawl81_text_p05", "unions"): "海口市龙华区总工会 given as 龙华区总工会; 全国总工会 expanded to 中华全国总工会 (the gold has it optional)",
    ("crawl81_text_p05", "places"): "海南 after a timestamp (an IP-region tag in the gold's reading) not listed (debatable)",
    ("crawl81_text_p07", "places"): "a bare 内蒙古 not listed (debatable: inside a name)",
    ("crawl81_text_p09", "places"): "a bare 新疆 not listed (debatable: inside a name)",
    # batch 85 (session 14, 14 text pages, 5 damaged, a cross-section scored on ab3d739, session 13's final code)
    # batch 87 (session 14, 14 text pages of less common kinds, 5 damaged, scored on 2502a56)
    # batch 89 (session 15, 14 text pages, 5 damaged, a cross-section scored on b41f0bd, session 14's final code)
    # batch 93 (session 16, 12 text pages, 4 damaged, a cross-section scored once on abb2364, session 16's final code)
    ("crawl93_text_d1", "people"): "the editor of a closing (责任编辑:X) not listed as a person (debatable: seed 000 leaves its aggregator editor out)",
    # batch 94 (session 17, 14 text pages, 5 damaged, a cross-section scored on 1f4740b, session 16's final code)
    ("crawl94_text_p02", "places"): "河南 opening a firm's union name not listed (debatable, as older golds)",
    ("crawl94_text_p03", "places"): "浙江 inside a company name not listed (debatable, as older golds)",
    ("crawl94_text_p04", "places"): "廣東 inside a company name not listed (debatable, as older golds)",
    ("crawl94_text_p07", "places"): "淮安 only in the footer's address, 南京 inside a university's name (both debatable)",
    ("crawl94_text_p08", "places"): "山西 inside a company name not listed (debatable, as older golds)",
    # batch 96 (session 17, 12 text pages, 4 damaged, a cross-section scored once on 573c7c4, session 17's final code)
    ("crawl96_text_d4", "places"): "内蒙古 inside a company name not listed (debatable, as older golds)",
    ("crawl96_text_p06", "places"): "广西 only inside a project union's name not listed (debatable: crawl55_text_p06 leaves 广西 of 大唐广西分公司…工会 out)",
    # batch 97 (session 18, 14 text pages, 5 damaged, scored on dff0e48, session 17's final code)
    ("crawl97_text_d1", "places"): "山东 inside a company name not listed (debatable, as older golds)",
    ("crawl97_text_d3", "places"): "四川 inside a university's name not listed (debatable, as older golds)",
    ("crawl97_text_p06", "places"): "河北 inside a company name not listed (debatable, as older golds)",
    # batch 100 (session 18, 10 text pages, 3 damaged, scored on 15ce134, after batches 97/98's fixes)
    # batch 99 (session 18, 12 text pages, 4 damaged, a cross-section frozen at the session's start, scored once on cd05e41, session 18's final code)
    ("crawl99_text_p04", "unions"): "a bare 省总工会 not expanded to the province the page names (debatable: the convention names 市/区总工会)",
    # batch 102 (session 19, 12 text pages, 4 damaged, scored on 28ca36b)
    ("crawl102_text_p04", "places"): "missed 柳州, 桂林 named only by railway depots (柳州工务段工会、桂林车务段工会) "
                                      "(gold conflict: the golds of crawl51_text_p02 and crawl153_text_p08 leave "
                                      "a depot's city out)",
    ("crawl102_text_d2", "places"): "missed 海南 inside an app name (gold conflict: crawl46_html_p11, county_jammer_tiandong, "
                                   "crawl37_text_12, crawl81_text_p02, crawl89_text_d2 list no province named only in an app)",
    # batch 105 (session 19, 12 text pages of less common kinds, 4 damaged, scored on f41d68f)
    ("crawl105_text_d4", "places"): "missed a province inside a firm's union name and a quoted title (国网宁夏电力…, “宁夏工匠”)",
    ("crawl105_text_p03", "unions"): "the city prefix dropped from a district union written in full (佛山市南海区总工会)",
    # batch 107 (session 20, 12 text pages, 4 damaged, less common kinds, scored on 9ab3f17)
    ("crawl107_text_p04", "people"): "the deck's speaker (主讲人) lost with the body",
    # batch 110 (session 20, 10 text pages, 3 damaged, scored on 308df3a)
    ("crawl110_text_p05", "unions"): "the issuer 潍坊市总工会 named only in chrome and signature (debatable: leave unless most golds list such unions)",
    # batch 109 (session 20, 12 text pages, 4 damaged, a cross-section frozen at the session's start, scored once on its final code)
    ("crawl109_text_p03", "places"): "missed 辽宁 inside an app's quoted name (“辽宁工会”APP, debatable)",
    ("crawl109_text_p04", "unions"): "全国总工会 given as 中华全国总工会 where the gold lists the short form as optional (debatable)",
    # batches 112 and 114 (scored on d2fad16e; see test_clean_layouts)
    ("crawl112_text_p08", "places"): "missed 宁夏 in a slogan (美丽新宁夏, debatable)",
    # batch 117 (scored by the tester mid-session 21)
    ("crawl117_text_p01", "unions"): "missed 襄阳市总工会 in a newsletter's 报: list (debatable)",
    ("crawl117_text_p01", "places"): "missed 襄阳市 (masthead and a company name, debatable)",
    ("crawl117_text_p06", "places"): "missed 山西省 inside a company name (debatable)",
    # batch 119 (scored by the tester on 50a6ea27)
    # batch 121 (scored by the tester, session 21)
    ("crawl121_text_p02", "places"): "extra 苏州 from a company's name (the gold leaves bare prefixes of firms out)",
    # batch 116 (frozen, scored once on 9e83455a)
    ("crawl116_text_p06", "unions"): "苏州市姑苏区外卖配送行业工会联合会 given short (most golds name a district's union without its city; cf. crawl88_html_p03)",
    # batch 123 (session 22, scored by the tester on 6c7dcf62)
    ("crawl123_text_p01", "people"): "the CMS poster (发布人) taken as a person (golds split: 9 take a named poster, 韦丹, 孙建国 …; 3 leave it out)",
    ("crawl123_text_p05", "places"): "extra 柳州市 from company names only (most golds count a place written only in a firm's name)",
    # batch 127 (session 22, 12 text pages, 4 damaged, less common kinds, scored by the tester on 69ee9d80)
    ("crawl127_text_p03", "places"): "a bare 韶山 (a county-level city or the scenic area) missed (debatable)",
    # batch 125 (frozen at session 22's start, scored once on f9f3ccbe)
    # batch 129 (session 23, scored by the tester on 6793ad3d)
    # batch 135 (session 23, scored by the tester on 8e5f7f39)
    ("crawl135_text_d4", "people"): "黃海 (責任編輯) missed: a lone editor value that is a common place word (黄海, the "
                                     "Yellow Sea) is read as a pen name, as 责任编辑:天山 is (conflicting conventions)",
    # batch 133 (session 23, scored by the tester on 8722fcbc)
    ("crawl133_text_d2", "places"): "澳門 only inside 澳門工會聯合總會 and the footer (golds split on a bare 香港/澳門 inside a union's name)",
    ("crawl133_text_p04", "places"): "常州市 from a signature's union name (most golds count it; debatable)",
    ("crawl133_text_p06", "places"): "鲤城区/晋江市 written only as short forms inside workplace names (debatable)",
    # batch 137 (session 24, scored by the tester on 5b9b5f0e)
    # batch 131 (session 23, frozen, scored once on fd55077d, session 24's final code)
    ("crawl131_text_d2", "places"): "包头市 named only in the site name and a related-links line (gold counts chrome; debatable)",
    ("crawl131_text_d4", "people"): "a name glued to leftover title salt (于长海家劳模名字命) missed",
    ("crawl131_text_p05", "places"): "成都 only inside 成都地铁 (a company's name; debatable)",
    # batch 139 (session 25, 12 text pages, 4 damaged, pages saved by unusual scrapers and readers, scored by the tester on 139c23ea)
    ("crawl139_text_d4", "unions"): "title salt glued to a union name (開展菱鎂行業工會聯合會); the full name missed",
    ("crawl139_text_p02", "unions"): "公司工会 after the company is named not resolved to the company's union",
    # batch 141 (session 25, 12 text pages, 4 damaged, a month's mixed crawl, frozen at the session's start, scored once on dd675163)
    # batch 143 (session 26, 12 text pages, 4 damaged, sector and county union sites, bulletins, photo reports, scored by the tester on f99cc240)
    ("crawl143_text_p01", "places"): "郑州 only inside 郑州局集团公司工会, a railway bureau named by its seat (gold conflict: the golds of "
                                      "兰州局, 成都局, 西安局集团公司工会 leave the seat out)",
    ("crawl143_text_p08", "unions"): "the firm's union named only in the bulletin masthead's issuer (某某公司工会办公室编), which clean removes",
    # batch 145 (session 26, 12 text pages, 4 damaged, a week's mixed crawl, frozen at the session's start, scored once on 1afc4a83)
    ("crawl145_text_d1", "places"): "a false 中西区 out of title salt left in the text (加工中西区心)",
    # batch 147 (session 26, 12 text pages, 4 damaged, places and kinds rarely seen: autonomous regions, Hong Kong and Macau, work report, training notice, interview, browser text save, video transcript, scored by the tester on dca45bd7)
    ("crawl147_text_d1", "people"): "the editor's pen name 小黔 not listed (debatable: pen names mostly left out)",
    ("crawl147_text_d4", "places"): "美姑县 split by title salt left in the text",
    ("crawl147_text_p03", "unions"): "全国总工会 given in full (the gold lists it as written; most golds give 中华全国总工会)",
    ("crawl147_text_p06", "places"): "香港 not listed (golds split on a bare 香港)",
    # batch 151 (session 27, 12 text pages, 4 damaged, frozen at the session's start, scored once on b4608002)
    ("crawl151_text_d2", "people"): "salt: 许雅玲 cut out by the title salt reading (the title holds 晋江)",
    # batch 157 (session 28, 12 text pages, 5 damaged, scored by the tester on 49bede26)
    ("crawl157_text_d4", "places"): "a bare 內蒙古 not listed",
    # batch 159 (session 28, 12 text pages, 4 damaged, frozen, scored once on 24ea6d91)
    # batch 165 (session 29, 12 text pages, 4 damaged, clean scored on 50547f69: F1 0.9879, titles 12/12, stray 4; as
    # on branch s29-c165, the extract helper works on these in parallel)
    ("crawl165_text_d1", "unions"): "salt: 阜阳市颍州区总工会 read as 颍州区总工会 (title salt 免费 left glued before it)",
    ("crawl165_text_d2", "unions"): "洛阳市涧西区总工会 read as 涧西区总工会",
}
# Metadata the extractor is known to get wrong on some pages (xfail strict, as above).
KNOWN_META_MISSES: dict[str, str] = {
    # batch 55 (20 unseen text pages, 6 damaged: session 10's final text measure, scored on d08da0c, added after it was scored)
    # batch 53 (20 unseen text pages, 6 damaged: session 10's first text measure, scored on ce93f69, added after it was scored)
    # (p13: meta reads the English info row once the cleaner removes it as a header row; it is left in the body)
    # batch 51 (20 unseen text pages, 6 damaged: the session's last text measure, scored on b84b77d, not fixed after)
    "crawl51_text_p11": "author: the 通讯员 储丽君 (debatable: the gold should accept it)",
    # batch 49 (20 unseen text pages, 6 damaged: the session's final text measure, scored on 257f872, added after it was scored)
    # batch 47 (20 unseen text pages, 6 damaged, scored on 7cda162, added after it was scored)
    ("crawl47_text_p06", "places"): "extra 鄂尔多斯, a bare prefecture opening a firm's union name (gold conflict: "
                                    "crawl69_text_p04 and gov_list_stations_tinghu count such a place)",
    # batch 45 (20 unseen text pages, 6 damaged: the session's final text measure, scored on 1c8c59c, not fixed after)
    # batch 41 (20 unseen text pages, 6 damaged, scored on e71e25c, added after it was scored)
    # batch 37 (20 unseen text pages, 6 damaged, scored on e880f12, added after it was scored)
    # batch 35 (20 unseen text pages, 5 damaged, entity-dense, scored on 1d77ab0, added after it was scored)
    # batch 33 (20 unseen text pages, 6 damaged, scored on 3674d7a, added after it was scored)
    # batch 32 (a cross-section scored on the session's final code, added after it was scored, not fixed)
    # batch 30 (the session's final unseen measure, added after it was scored)
    # batch 28 (unseen pages, added after they were scored, not fixed yet; s04's site is debatable)
    # batch 27 (unseen pages, added after they were scored; debatable golds: a government site named only in the header)
    # batch 25 (unseen pages, added after they were scored; debatable golds)
    "crawl25_text_u12": "site: 新浪 instead of 新浪辽宁 (debatable)",
    # batch 15 (debatable golds): a breadcrumb's first item read as the site
    "crawl15_text_p10": "site: the breadcrumb's first item (延边州总工会), the gold none",
    "crawl15_text_t02": "site: the breadcrumb's first item (漠河工會), the gold none",
    # batch 13 (debatable golds): a WeChat account read as the site, as the older WeChat golds have it
    "crawl13_text_e03": "site: the WeChat account (双流区总工会), the gold none",
    "crawl13_text_w02": "site: the WeChat account (柳州市总工会), the gold none",
    # batch 11: an app page's account (包头日报) over the date line, filed with the menus: read as the site,
    # the gold takes it for the source (debatable: the page names no site of its own)
    # batch 69 (session 12, scored on 7962ce2 before any fix)
    "crawl69_text_d5": "site: none where the gold names the WeChat account (debatable: crawl13's golds name none)",
    # batch 73 (session 12, scored on 0d89746 after the fixes of batches 69-71)
    # batch 76 (session 12's final text measure, a plain cross-section scored on 2d60397, not fixed after)
    "crawl76_text_p08": "author: the 通讯员 line's names read as the author, as crawl55_text_d4's and crawl28_text_u13's golds "
                        "read a correspondent signing an outlet's story; this gold wants the account over the date or none",
    # batch 78 (session 13, a plain cross-section scored on 5331fe3, session 12's final code)
    # batch 80 (session 13, 12 pages all damaged, scored on 5331fe3)
    # batch 83 (session 13, 14 text pages stressing the extractor, scored on df3a668)
    # batch 81 (session 13's final text measure, a plain cross-section scored on 2559594, added after it was scored)
    # batch 85 (session 14, 14 text pages, 5 damaged, a cross-section scored on ab3d739, session 13's final code)
    # batch 87 (session 14, 14 text pages of less common kinds, 5 damaged, scored on 2502a56)
    # batch 89 (session 15, 14 text pages, 5 damaged, a cross-section scored on b41f0bd, session 14's final code)
    "crawl89_text_d1": "author: a trailing department credit with pinyin inside (（市總工會(huì)宣教部）) read as the author "
                       "(gold conflict: crawl19_text_d08's, crawl21_text_s03's, crawl27_text_s02's, crawl96_text_d2's and "
                       "crawl75_html_d3's golds read such a credit as the author, crawl74_text_d2's accepts it)",
    # batch 93 (session 16, 12 text pages, 4 damaged, a cross-section scored once on abb2364, session 16's final code)
    # batch 94 (session 17, 14 text pages, 5 damaged, a cross-section scored on 1f4740b, session 16's final code)
    # batch 100 (session 18, 10 text pages, 3 damaged, scored on 15ce134, after batches 97/98's fixes)
    # batch 99 (session 18, 12 text pages, 4 damaged, a cross-section frozen at the session's start, scored once on cd05e41, session 18's final code)
    # batch 102 (session 19, 12 text pages, 4 damaged, scored on 28ca36b)
    "crawl102_text_p08": "author: a bulletin item's trailing department credit (（市总工会经济技术部）) read as the author, as on "
                         "crawl89_text_d1 (the gold has it as the credit; it left the body once the colophon under it was read)",
    "crawl57_text_p01": "site: the media centre's brand on the first row (临朐融媒) read as the site (gold conflict: seven golds "
                        "of that layout name the brand, crawl8_text_p11, crawl47_text_p11, crawl51_text_p04 among them)",
    # (a hand-written seed page; reading Sohu's count under the article, 阅读 (N), fixed crawl102_text_p07)
    "portal_sohu": "views: Sohu's 阅读 (1327) under the article read (gold conflict: crawl102_text_p07's, crawl32_text_u04's "
                   "and sohu_salt_lubei's golds read it, sohu_jinan's and sohuhao_captions_echeng's accept it)",
    # batch 105 (session 19, 12 text pages of less common kinds, 4 damaged, scored on f41d68f)
    # batch 104 (session 19, 12 text pages, 4 damaged, a cross-section frozen at the session's start, scored once on 04af640, session 19's final code)
    # batch 107 (session 20, 12 text pages, 4 damaged, less common kinds, scored on 9ab3f17)
    # batch 110 (session 20, 10 text pages, 3 damaged, scored on 308df3a)
    # batch 109 (session 20, 12 text pages, 4 damaged, a cross-section frozen at the session's start, scored once on its final code)
    "crawl109_text_d4": "site: the news app's name (乌海+) on its share page not taken",
    "crawl109_text_p03": "reporter: a 本网通讯员 byline read as author (debatable: most golds take 通讯员-only bylines as author); site: the union over the site name 辽宁工会网",
    # batches 112 and 114 (scored on d2fad16e)
    # batch 117 (scored by the tester mid-session 21)
    # batch 121 (scored by the tester, session 21)
    # batch 116 (frozen, scored once on 9e83455a)
    "crawl116_text_d3": "site: the federation 陝西省總工會 over the site's name 陝西工會網",
    # batch 123 (session 22, scored by the tester on 6c7dcf62)
    # batch 127 (session 22, 12 text pages, 4 damaged, less common kinds, scored by the tester on 69ee9d80)
    # batch 125 (frozen at session 22's start, scored once on f9f3ccbe)
    # batch 129 (session 23, scored by the tester on 6793ad3d)
    # batch 135 (session 23, scored by the tester on 8e5f7f39)
    # batch 137 (session 24, scored by the tester on 5b9b5f0e)
    # batch 139 (session 25, 12 text pages, 4 damaged, pages saved by unusual scrapers and readers, scored by the tester on 139c23ea)
    # batch 143 (session 26, 12 text pages, 4 damaged, sector and county union sites, bulletins, photo reports, scored by the tester on f99cc240)
    "crawl143_text_p08": "site: the bulletin's name (工会工作简报, over its issue number) read over the firm",
    # batch 145 (session 26, 12 text pages, 4 damaged, a week's mixed crawl, frozen at the session's start, scored once on 1afc4a83)
    # batch 147 (session 26, 12 text pages, 4 damaged, places and kinds rarely seen: autonomous regions, Hong Kong and Macau, work report, training notice, interview, browser text save, video transcript, scored by the tester on dca45bd7)
    "crawl147_text_d2": "url: the site's home address in the header taken where the gold gives none (debatable: seed 001 records one)",
    "crawl147_text_p02": "url: the site's home address in the header taken where the gold gives none (debatable: seed 001 records one)",
    # batch 151 (session 27, frozen at the session's start, scored once on b4608002)
    "crawl151_text_d2": "url: the site's home address in the header taken where the gold gives none (debatable: seed 001 records one)",
    # batch 165 (session 29, as on branch s29-c165: the extract helper works on these in parallel)
}


def run(gold_path: pathlib.Path) -> tuple[dict, dict]:
    """The gold record and the extracted record (as JSON data) for one page."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    raw = (DATA / f"{gold['id']}.txt").read_text(encoding="utf-8")
    return gold, to_dict(extract(clean_text(raw)))


def page_id(p: pathlib.Path) -> str:
    return p.name.split(".")[0]


def test_enough_layouts_with_entities():
    assert len(GOLDS) >= 30
    for p in GOLDS:
        ents = json.loads(p.read_text(encoding="utf-8"))["entities"]
        assert {"unions", "people", "places"} <= set(ents), p.name


def _meta_cases():
    for p in GOLDS:
        why = KNOWN_META_MISSES.get(page_id(p))
        marks = [pytest.mark.xfail(reason=why, strict=True)] if why else []
        yield pytest.param(p, id=page_id(p), marks=marks)


@pytest.mark.parametrize("gold_path", list(_meta_cases()))
def test_layout_meta(gold_path):
    gold, rec = run(gold_path)
    assert wrong_meta(gold, rec["meta"]) == {}


def _entity_cases():
    for p in GOLDS:
        for kind in ("unions", "people", "places"):
            marks = []
            if (page_id(p), kind) in KNOWN_MISSES:
                marks = [pytest.mark.xfail(reason=KNOWN_MISSES[(page_id(p), kind)], strict=True)]
            yield pytest.param(p, kind, id=f"{page_id(p)}-{kind}", marks=marks)


@pytest.mark.parametrize("gold_path,kind", list(_entity_cases()))
def test_layout_entities(gold_path, kind):
    gold, rec = run(gold_path)
    ents, found = gold["entities"], rec["entities"]
    if kind == "places":
        p, r = pr(place_keys(ents["places"]), place_keys(found["places"]))
        detail = (ents["places"], found["places"])
    else:
        opt = names(ents.get("optional_unions", [])) if kind == "unions" else set()
        p, r = pr(names(ents[kind]), names(found[kind]), opt)
        detail = (sorted(names(ents[kind])), sorted(names(found[kind])))
    assert p >= 0.95 and r >= 0.95, detail


def test_scorer_rules_can_fail():
    """The restated rules reject wrong values (a guard against a test that cannot fail)."""
    assert not same("published", "2024-05-01T08:30", "2024-05-01", {})
    assert same("published", "2024-05-01", "2024-05-01T08:30", {})
    assert not same("views", 12000, "1.2万", {})
    assert not same("site", None, "某网", {})
    assert same("editor", "李四", "李四_NBJ1", {"editor": ["李四", "李四_NBJ1"]})
    assert pr({"a", "b"}, {"a", "c"}) == (0.5, 0.5)

"""What the word around a bare name is: the people dictionary's tags, bodies and modifiers a name opens."""

from __future__ import annotations

import functools
import re

from ... import recode
from .base import _FUNCTION_BEFORE, _clause_end, _is_han
from .scanner import Mention


#: Province-level names never read bare: the special administrative regions and Taiwan open the names
#: of their own unions and firms (香港物流業職工總會), which are not mentions of the region.
#: 吉林 and 海南 are also a city's and a prefecture's name (吉林市, 海南州): a bare one stays context.
_NOT_BARE = {"香港特别行政区", "澳门特别行政区", "台湾省", "吉林省", "海南省"}
#: The organs of the special administrative regions' governments that the bare region's name opens
#: (香港天文台發出警告, 澳門特區政府宣布): there the name is the region itself, not a body of its own.
_SAR_ORGANS = ("特區政府", "特区政府", "政府", "天文台", "警方", "海關", "海关", "勞工處", "劳工处", "入境處", "入境处",
               "衞生署", "衛生署", "卫生署")
#: Time and season words right after a bare special region's or prefecture's name (香港今年夏天多次錄得高溫,
#: 澳門上月失業率回落, 哈尔滨冬季气温…, 洛阳今年…): the name is the clause's subject, the place itself; a union or firm
#: named after it has no time word there.  (An explicit list: the dictionary tags 青年 and 往來 as time words too, and
#: 香港青年 is no mention of the region.)
_TIMES = ("今年", "去年", "明年", "今日", "昨日", "明日", "今天", "昨天", "本月", "上月", "本週", "本周", "上週", "上周",
          "近日", "近年", "近期", "日前", "早前", "目前", "現時", "现时", "每年",
          "春季", "夏季", "秋季", "冬季", "春天", "夏天", "秋天", "冬天", "今春", "今夏", "今秋", "今冬",
          "入春", "入夏", "入秋", "入冬", "开春", "開春")


#: Words after which a bare prefecture is where something happens or someone comes from (在长沙落下帷幕, 从西宁来).
# (and where goods or people go: 卖到了成都, 运往西安; 到 is a verb of place whatever comes before it)
_FRAME_BEFORE = ("在", "从", "從", "赴", "来自", "來自", "前往", "回到", "抵达", "抵達", "到", "到了", "往")
#: A railway bureau's depots, named after the city they sit in (西宁工务段, 锦州供电段): a body of the bureau, not
#: of the city, whose name the golds leave the city out of (as of 兰州局集团公司).
_DEPOTS = ("工务段", "工務段", "车务段", "車務段", "机务段", "機務段", "车辆段", "車輛段", "供电段", "供電段",
           "电务段", "電務段", "客运段", "客運段", "货运段", "貨運段")
#: What turns a bare prefecture into the modifier of another name (在成都银行办理, 在长沙南站): not a place mention.
_MODIFIED = _DEPOTS + ("银行", "銀行", "公司", "集团", "集團", "大学", "大學", "学院", "學院", "医院", "醫院",
             "日报", "日報", "晚报", "晚報", "电视", "電視", "广播", "廣播", "市场", "市場", "中心", "工会", "工會", "总工会", "總工會",
             "机场", "機場", "地铁", "地鐵", "火车", "火車", "高铁", "高鐵", "方言", "话", "話",
             "路", "街", "站", "港", "湾", "灣", "桥", "橋", "杯", "队", "隊", "籍")
#: jieba tags of a prefecture's short name that make it an ordinary word first (大同 d, 开封 v, 平凉 a).
_WORD_TAGS = {"v", "vn", "d", "a", "ad", "an", "c", "i", "l", "p", "m"}


#: A count of one firm or school right after a bare prefecture (张掖一家物流公司, 武汉一所中学), or 某 opening an
#: anonymised firm's name (a court's case: 苏州某科技公司): one of its firms.
_ONE_OF = ("一家", "一所", "某")


def _word_first(text: str, m: Mention) -> bool:
    """The bare name is an ordinary word first (jieba's tag), runs on into a longer dictionary word
    (长治久安, 武侯祠), or modifies another name (在成都银行)."""
    if _dictionary_tag(m.text) in _WORD_TAGS or text.startswith(_MODIFIED, m.end):
        return True
    return any(m.end + k <= len(text) and _dictionary_tag(text[m.start:m.end + k]) for k in (1, 2))


#: Words that end the name of a firm or an institution: a city and county glued before one name its branch
#: (佛山南海支行), not a place the page is in.
_BODY_ENDS = ("银行", "銀行", "支行", "分行", "公司", "集团", "集團", "医院", "醫院", "中心", "大学", "大學", "学院",
              "學院", "学校", "學校", "分局", "营业部", "營業部")
# A firm's, an institution's or a modified name's word anywhere in a span (_clause_names_body, _trip_origin): one search.
_BODY_WORD_RX = recode.compile("|".join(map(re.escape, _BODY_ENDS + _MODIFIED)))


#: The body words of _BODY_ENDS that end a firm's or an institution's own name (not a bank's: 成都银行).
_OWN_BODY_ENDS = tuple(w for w in _BODY_ENDS if not w.endswith("行"))
#: Words that end the name of a park or zone a city runs (青岛某某生态园, 某某产业园区, 某某高新区): a body of the
#: city's own, like a firm, whose page may write its city only inside the name.
_PARK_ENDS = ("园", "園", "园区", "園區", "开发区", "開發區", "高新区", "高新區")


@functools.lru_cache(maxsize=2048)
def _dictionary_tag(word: str) -> str:
    """jieba's tag for ``word`` ("" when its dictionary does not list it; a traditional word is looked up
    in simplified script)."""
    from ..people import _dictionary_parts, _simplified

    parts = _dictionary_parts(word) or _dictionary_parts(_simplified(word))
    return parts[2] if len(parts) > 2 else ("?" if parts else "")


def _opens_clause(text: str, m: Mention) -> bool:
    """``m`` opens a clause or the text, or follows a function character that makes no word with it (由淮北…)."""
    if m.start == 0 or not _is_han(text[m.start - 1]):
        return True
    return text[m.start - 1] in _FUNCTION_BEFORE and not _dictionary_tag(text[m.start - 1:m.start + 1])


def _sole_bare_province(m: Mention) -> bool:
    """``m`` is a bare name with one reading only, a province that may be read bare (not 吉林, 海南)."""
    return not m.full and len(m.divisions) == 1 and m.divisions[0].level == "P" and m.divisions[0].name not in _NOT_BARE


def _clause_names_body(text: str, at: int) -> bool:
    """The clause from ``at`` to its end names a firm, an institution or a body (湖南建工集团的, 新疆各级工会)."""
    return _BODY_WORD_RX.search(text, at, _clause_end(text, at)) is not None

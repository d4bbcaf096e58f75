"""Clause words and leading verbs that cut prose off a name; towns, county bodies, scenic areas, inner leads."""

from __future__ import annotations

import re

from ... import recode
from unionkit.extract import places as _places
from .base import _all_han, _GENERIC_START, _REGISTERED_BODIES, _TOWN
from .locality import _inside_place, _owner_places
from .units import _body_after_modifier


#: Words in a clause before a union's name that no name holds: pronouns, modal verbs, conjunctions
#: (我是吴兴区织里镇工会, 没建的可以到镇工会, 或者打镇工会): the name starts after the last of them.
_CLAUSE_WORDS = ("我们", "我們", "你们", "你們", "他们", "他們", "她们", "她們", "咱们", "咱們", "我", "你", "他", "她",
                 "您", "咱", "是", "可以", "或者", "还是", "還是", "但是", "如果", "需要", "应该", "應該", "能够", "能夠")
_CLAUSE_WORD = recode.compile("|".join(_CLAUSE_WORDS))
_CLAUSE_CUT = recode.compile(".*(?:%s)" % "|".join(_CLAUSE_WORDS), re.S)
# (他 of 其他 "other" is no pronoun: 其他获奖选手由各分公司工会 stays generic; used only when 其他 is written)
_CLAUSE_CUT_OTHER = recode.compile(".*(?:%s)" % "|".join("(?<!其)他" if w == "他" else w for w in _CLAUSE_WORDS), re.S)


#: Verbs of a person leading or instructing a body (副主席某某带领公司工会, 叮嘱街道工会): the person and the title
#: before them are no part of the body's name, which starts after the last of them.
_LEADING_VERBS = ("带领", "帶領", "率领", "率領", "陪同", "叮嘱", "叮囑", "嘱咐", "囑咐", "嘱托", "囑託", "督促", "要求",
                  "号召", "號召", "鼓励", "鼓勵", "看望", "责成", "責成")


def _after_leading_verb(seg: str) -> int:
    """Where the text after the last of _LEADING_VERBS or _PROSE_VERBS in ``seg`` starts, else 0 (str searches:
    no pattern to compile for a rule few pages meet)."""
    at = max((i + len(v) for v in _CUT_VERBS for i in (seg.rfind(v),) if i >= 0), default=0)
    i = seg.rfind("在")
    if i >= 0 and not seg.startswith("线", i + 1) and not _inside_place(seg, i):
        at = max(at, i + 1)  # (在 before 线 opens a firm's name: …在线科技有限公司)
    return at


#: Verbs and prepositions of a sentence about a person that a body's name never holds (美团骑手龚小川把电动车停在
#: 古南街道工会, 瞿永康当选为集团工会): the name starts after the last of them.  在 is not cut before 线 (…在线
#: 科技有限公司, a firm's name).
_PROSE_VERBS = ("把", "当选为", "當選為", "当选", "當選", "担任", "擔任", "来到", "來到", "前往", "走进", "走進",
                # verbs of working through, joining or visiting a body (区里依托白杨街道工会, 调研组走访某某公司工会)
                "依托", "加入", "调研", "調研", "走访", "走訪", "考察",
                # (选手将代表某海关参加乌鲁木齐海关工会…: taking part in what a body holds)
                "参加", "參加",
                # a body another supports (县总工会将继续支持医院工会开展竞赛): the supporter and the verb are prose
                "支持",
                # a person chosen for a body's office (2009年被选为厂工会主席, 推选为公司工会委员): 选为 ends 当选为 too
                "选为", "選為",
                # a notice, help or honour received from a body (接到公司工会通知, 受到集团工会表彰)
                "接到", "收到", "受到", "得到",
                # a body a complainant has or has not seen or heard of (也没见过公司工会开展活动, 听说过社区工会)
                "见过", "見過", "见到", "見到", "看到", "看見", "看见", "听说", "聽說",
                # a body a person speaks of (检验员某某说起园区工会, 谈到公司工会): the speaker and the verb are prose
                "说起", "說起", "说到", "說到", "谈起", "談起", "谈到", "談到", "提起", "提到",
                # a repost or quotation note's verb (（转自某某工会公众号）, 摘自…): the source is named after it
                "转自", "轉自", "转载自", "轉載自", "摘自", "摘編自", "摘编自")
_CUT_VERBS = _LEADING_VERBS + _PROSE_VERBS  # (what _after_leading_verb searches for, joined once)


def _own_town(seg: str) -> str | None:
    """The town or subdistrict that ends ``seg`` after its county or city written in full (吴忠市利通区 +
    金积镇, 綦江区 + 古南街道), or after a sentence's words (…停在 + 古南街道), else None: the town alone names the
    union, as a district's union is named without its city.  So does the body of a named scenic area after its
    county (龙胜各族自治县 + 龙脊景区管理公司): the area's name is the body's own."""
    town = seg.endswith(("镇", "鎮", "街道"))
    if not town and "景" not in seg:
        return None
    pos = _owner_places(seg)
    if not pos or pos >= len(seg):
        return None
    rest = seg[pos:]
    if rest.startswith(_GENERIC_START) or "的" in rest:
        return None
    if town and _TOWN.fullmatch(seg, pos) is not None:
        return rest
    return rest if _scenic_name(rest) else None


def _county_body_start(seg: str) -> int:
    """Where the county (district, county-level city) written in full starts when ``seg`` opens with the
    prefecture or province above it and a body of the county follows (喀什地区 + 泽普县 + 烟草专卖局), else 0.

    A county's body is named from its county on, as a district's federation is named without its city; a
    company's or a public institution's registered name (…有限公司, …集团, 张掖市甘州区人民医院, …实验小学) keeps
    every word, and a place alone names no body here."""
    if any(w in seg for w in _REGISTERED_BODIES):
        return 0
    pos, prev, start = 0, None, 0
    for m in _places.scan(seg):
        if m.start != pos:
            break
        if prev is not None and m.full and any(d.level == "K" and (d.city == p.name or d.province == p.name)
                                               for d in m.divisions for p in prev.divisions):
            start = m.start
        pos, prev = m.end, m
    rest = seg[pos:]
    if not start or len(rest) < 2 or rest.startswith(_GENERIC_START) or "的" in rest:
        return 0
    return start


_SCENIC = ("景区", "景區")


def _scenic_name(rest: str) -> bool:
    """``rest`` is a scenic area's two-to-six-character name + 景区 + the body's word (龙脊 + 景区 + 管理公司)."""
    at = max(rest.find(w) for w in _SCENIC)
    return 2 <= at <= 6 and len(rest) - at - 2 >= 2 and _all_han(rest)


#: Prepositions and verbs a clause may hold before a union's name (获奖选手由各分公司工会, 出席的還有高雄市…工會):
#: the name never reaches back across one of them.
_INNER_LEADS = ("由", "向", "对", "對", "给", "給", "被", "把", "从", "從", "还有", "還有", "也有", "包括", "以及",
                # 为 of a person acting for a body, and 的 ending a modifier (副主席某某为新成立的沧州市快递行业
                # 工会联合会授牌): a name never holds either before a place written in full
                "为", "為", "的",
                # a body set up by the subject (县总工会推动成立阳朔县旅游行业工会联合会)
                "成立", "组建", "組建", "筹建", "籌建",
                # a body the subject works through, joins or visits (区里依托西湖区…, 加入东山县…)
                "依托", "加入", "调研", "調研", "走访", "走訪", "考察", "走进", "走進", "来到", "來到", "前往",
                # a place a reader is sent to (也可就近到各区镇工会咨询, 赴各基层工会): where one goes, not a name
                "到", "赴")


_INNER_HINT = recode.compile("|".join(_INNER_LEADS))


def _cut_inner(seg: str) -> str:
    """``seg`` from after the last preposition or verb in it that is followed by a place written in full or a
    generic word (由各分公司 → 各分公司, 的還有高雄市醫療產業 → 高雄市醫療產業), else ``seg``; never empty (a cut
    leaves what follows the word).  A cut inside a place name (one that spans the preposition) is never made."""
    if _INNER_HINT.search(seg, 1) is None:
        return seg  # (the usual case: one regex pass)
    mentions = _places.scan(seg)
    best = 0
    for w in _INNER_LEADS:
        i = seg.find(w, 1)
        while i > 0:
            p = i + len(w)
            if p < len(seg) and p > best and not any(m.start < p <= m.end - 1 or m.start <= i < m.end
                                                    for m in mentions):
                opens = seg.startswith(_GENERIC_START, p) or any(m.start == p and m.full for m in mentions) \
                    or w == "的" and _body_after_modifier(seg[p:])
                if opens:
                    best = p
            i = seg.find(w, i + 1)
    return seg[best:] if best else seg

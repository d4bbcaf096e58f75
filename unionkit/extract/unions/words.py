"""Prose and function words before a place or body (dictionary tags), conjunctions, departments."""

from __future__ import annotations

from unionkit.extract import places as _places
from .base import _all_han, _BARE_COMPANY, _GENERIC_START, _LEVELS, _ORG_SUFFIXES, _PROSE_CHARS, _UNION_ENDS
from .locality import _inside_place
from .firms import _short_firm
from .transport import _transport_unit, _UNIT_ENDS


#: jieba's tags of a word that belongs to the clause, not to a name: verbs (争取, 访) and time words (夏季, 近日).
_PROSE_TAGS = ("v", "vd", "vi", "t")


def _prose_before_place(seg: str) -> int:
    """Where the first place named in ``seg`` starts when all before it is one verb or time word (争取 +
    新疆生产建设兵团, 访 + 鄂尔多斯…, 夏季 + 和静县…) and a body's name follows, else 0.

    A name may open with its group's short name (国网 + 和静县供电公司), which is no verb or time word.  What is
    left must end like a body (公司, 集团, 兵团), name a railway unit (访 + 拉萨工务段…车间, a title's interview
    verb) or be a place written in full: a bare place after a verb (激发 +
    盘龙工会社会化工作) is the place's union work, not a body.  A town's name may open with a verb (安 + 丰镇)."""
    if len(seg) < 4:
        return 0
    mentions = _places.scan(seg)
    if not mentions or mentions[0].start == 0 or mentions[0].end - mentions[0].start < 2:
        return 0
    m = mentions[0]
    rest = seg[m.start:]
    if seg.endswith(("镇", "鎮", "乡", "鄉"), 0, m.end) or not (
            m.full or len(rest) >= 3 and rest.endswith(_ORG_SUFFIXES) and rest not in _BARE_COMPANY
            or rest.endswith(_UNIT_ENDS) and _transport_unit(rest)):
        return 0
    return m.start if _places._dictionary_tag(seg[:m.start]) in _PROSE_TAGS else 0


#: jieba's tags of a distinguishing word or an adjective (民营, 大型, 知名): after 一 they describe one body of a kind.
_KIND_TAGS = ("b", "a")


def _indefinite(seg: str) -> bool:
    """``seg`` holds 一 + a distinguishing word or adjective with no measure word (万宁一民营酒店, 一大型企业): one
    body of a kind, described, not named.  Not when 一 opens a word of its own (一汽) or sits in a place's name."""
    i = seg.find("一")
    while 0 <= i <= len(seg) - 3:
        if (_places._dictionary_tag(seg[i + 1:i + 3]) in _KIND_TAGS
                and _places._dictionary_tag(seg[i:i + 2]) in ("", "m") and not _inside_place(seg, i)):
            return True
        i = seg.find("一", i + 1)
    return False


#: Prepositions and the particle 了 of a sentence (会议还为…, 已向…, 也对…, 听取了…, 运动会由…): standing as words of their
#: own inside a run of name characters, they end the prose before a body's name.  Adverbs (还, 也, 均) are not
#: cut at: they stand before a verb or a preposition, not before a name, and a firm's name may hold one (均瑶).
_FUNCTION_CHARS = frozenset("为為向对對给給被把从從替让讓了由"
                            # conjunctions of a list of things a visit covers (劳模创新工作室和柏溪街道工会,
                            # 公司与韶钢工会签订): the name is the last conjunct
                            "和与與及")
#: jieba's tags of adverbs, prepositions, conjunctions, particles: a dictionary word so tagged (还为, 特为) is prose.
_FUNCTION_TAGS = ("d", "p", "c", "u", "y")


def _after_function_word(seg: str) -> int:
    """Where the text after the last function word inside ``seg`` starts (议还为攀钢集团 → 攀钢集团), else 0.

    The character must stand as a word of its own or inside a dictionary function word (还为): a content
    word around it (华为, 为民, 给水, 被服, 对外) is part of the name.  Not inside a place's name (从化区); at
    least two characters are left."""
    if not any(c in _FUNCTION_CHARS for c in seg[1:-2]):
        return 0  # (the usual case)
    mentions = _places.scan(seg)
    for i in range(len(seg) - 3, 0, -1):
        if seg[i] not in _FUNCTION_CHARS:
            continue
        if any(m.start <= i < m.end for m in mentions):
            continue
        if _in_content_word(seg, i):
            continue
        if seg[i] in _CONJUNCTIONS and not _conjunct_named(seg[i + 1:], mentions, i + 1):
            continue  # 香港物流及運輸業職工會: a name may join two trades with 及
        if seg[i] == "和" and _joint_department(seg, i, mentions):
            continue  # 林业和草原局: 和 joins the two remits of one government department
        return i + 1
    return 0


#: Conjunctions among _FUNCTION_CHARS: a name may hold one (物流及运输业), so it is cut only before a named conjunct.
_CONJUNCTIONS = frozenset("和与與及")


def _conjunct_named(rest: str, mentions: list, at: int) -> bool:
    """What follows a conjunction inside a segment opens a name of its own: a gazetteer name (和五峰…), a generic
    word (和部分乡镇), a bare level word before a body's or trade's words (协会与区服装产业: the page's district's
    body), or it is a named body as a whole (工作室和柏溪街道, 公司与韶钢)."""
    return (any(m.start == at for m in mentions) or rest.startswith(_GENERIC_START) or _short_firm(rest)
            or len(rest) >= 3 and (rest[0] in _LEVELS or rest.endswith(_ORG_SUFFIXES)))


#: Ends of a government department's name (林业和草原局, 人力资源和社会保障厅, 发展和改革委员会).
_DEPARTMENT_ENDS = ("局", "厅", "廳", "委员会", "委員會", "委")


def _joint_department(seg: str, i: int, mentions: list) -> bool:
    """The 和 at ``seg[i]`` joins the two remits of one department (林业和草原局, 住房和城乡建设局, 工业和信息化局):
    a remit (no place, no body, no union before it) on its left, a remit + department word on its right.  Two
    bodies joined (教育局和卫生局, 公司与韶钢) or a place opening the right side (和五峰县…) are two names."""
    rest, left = seg[i + 1:], seg[:i]
    if not rest.endswith(_DEPARTMENT_ENDS) or rest[:1] in _LEVELS or any(m.start == i + 1 for m in mentions):
        return False
    lead = max((m.end for m in mentions if m.end <= i), default=0)
    remit = left[lead:]
    if remit[:1] in _LEVELS:
        remit = remit[1:]  # (a bare level opens the name: 市自然资源和规划局)
    return (2 <= len(remit) <= 4 and _all_han(remit) and not remit.endswith(_ORG_SUFFIXES + _UNION_ENDS)
            and not any(c in _PROSE_CHARS for c in remit) and not rest.startswith(_GENERIC_START))


def _in_content_word(seg: str, i: int) -> bool:
    """``seg[i]`` is inside a two- or three-character dictionary word that is no function word (华为, 给水)."""
    for a, b in ((i - 1, i + 1), (i, i + 2), (i - 2, i + 1), (i - 1, i + 2), (i, i + 3)):
        if a < 0 or b > len(seg):
            continue
        tag = _places._dictionary_tag(seg[a:b])
        if tag and not tag.startswith(_FUNCTION_TAGS):
            return True
    return False

"""A bare province that names a place (X省的, 作为X, X工会工作, X before a title, 服务X经济发展, 的X实践)."""

from __future__ import annotations

from ... import recode
from .base import _clause_end, _is_han
from .scanner import Mention
from .words import _BODY_ENDS, _clause_names_body, _dictionary_tag, _sole_bare_province, _word_first
from .accept import _TO_PLACE


def _province_of(text: str, m: Mention) -> bool:
    """A bare province after 是 that the clause makes a place of (城固是陕西茶叶主产区之一: "is one of Shaanxi's
    …"), as _native_of reads 是广西人: one reading only, not a name never read bare (吉林, 海南), no word first
    (jieba), and no firm or institution named after it in the clause (是湖南建工集团的)."""
    if not _sole_bare_province(m):
        return False
    if not text.endswith("是", 0, m.start) or m.end >= len(text) or not _is_han(text[m.end]):
        return False
    if _word_first(text, m):
        return False
    return not _clause_names_body(text, m.end)


#: Words before a bare province that make it what the phrase after it belongs to (作为新疆重要的…基地: "as Xinjiang's
#: important …").
_AS_BEFORE = ("作为", "作為")
#: Han characters at most between a bare province and the 的 of its phrase (新疆 + 重要 + 的, 广西 + 最大 + 的).
_PHRASE_GAP = 3
#: jieba tags of the word in that gap: an adjective, a distinguishing word, an adverb, a pronoun or a place word
#: (重要, 主要, 最, 各地, 当地).
_GAP_TAGS = ("a", "b", "d", "r", "s")


def _province_phrase(text: str, m: Mention) -> bool:
    """A bare province that opens a 的-phrase about it (作为新疆重要的优质棉生产基地, ，广西最美的…): after 作为, a
    word of place or a clause's start, then at most a short word before 的, as _native_of reads 是广西人.  One
    reading only, not a name never read bare (吉林, 海南), no word first (jieba), and no firm, institution or body
    named in the clause (湖南建工集团的钢筋工, 新疆各级工会)."""
    if not _sole_bare_province(m):
        return False
    if m.start and _is_han(text[m.start - 1]) and not text.endswith(_TO_PLACE + _AS_BEFORE, 0, m.start):
        return False
    j = text.find("的", m.end, m.end + _PHRASE_GAP + 1)
    if j < 0 or not all(_is_han(c) for c in text[m.end:j]) or _word_first(text, m):
        return False
    if j > m.end and not _dictionary_tag(text[m.end:j]).startswith(_GAP_TAGS):
        return False  # 湖北宜化的职工: a firm's short name, not a word about the province
    return not _clause_names_body(text, m.end)


#: What may follow a province's 工会 in a site's or app's name (浙江工会网, 江苏工会APP, 浙江工会之家): no prose there.
_SITE_AFTER_UNION = frozenset("网網之会會")


def _province_union_work(text: str, m: Mention) -> bool:
    """A bare province before 工会 as the province's union movement, the object of a verb and followed by what it
    does (擦亮浙江工会服务职工品牌: "polish the brand of Zhejiang's unions serving workers"): one reading only, a
    verb (jieba's v, vn) right before it, and prose after 工会, not a site's or app's name (浙江工会网, 江苏工会”APP)."""
    if not _sole_bare_province(m) or m.start < 2 or not text.startswith(("工会", "工會"), m.end):
        return False
    nxt = text[m.end + 2:m.end + 3]
    if not nxt or not _is_han(nxt) or nxt in _SITE_AFTER_UNION:
        return False
    return _dictionary_tag(text[m.start - 2:m.start]) in ("v", "vn")


#: Opening quotes of a festival's or campaign's name written right after a bare province (广西“三月三”).
_TITLE_OPEN = {"“": "”", "「": "」", "『": "』"}
#: Longest quoted name read as an event's (浙江“千万工程”, 广西“三月三”): a short title, not a quoted sentence.
_TITLE_LONGEST = 12


def _province_before_title(text: str, m: Mention) -> bool:
    """A bare province that owns the quoted festival or campaign named right after it (举办广西“三月三”民族体育项目展示,
    浙江“千万工程”): one reading only, not a name never read bare (吉林, 海南), after no Han character or after one
    Han character that makes a dictionary word with its first (举办广西“三月三”, 和广西“三月三”; not inside a word), a
    short quoted name closed, and no firm or institution named after it (广西“柳工”集团: the firm's name)."""
    close = _TITLE_OPEN.get(text[m.end:m.end + 1])
    if close is None or not _sole_bare_province(m):
        return False
    if m.start and _is_han(text[m.start - 1]) and _dictionary_tag(text[m.start - 1:m.start + 1]):
        return False
    j = text.find(close, m.end + 2, m.end + 2 + _TITLE_LONGEST)
    if j < 0 or _word_first(text, m):
        return False
    return not _clause_names_body(text, j + 1)


#: A region's economy or development right after a bare province (服务河南经济社会发展, 为江西高质量发展贡献力量):
#: the province is whose economy it is.
_DEVELOPMENT = recode.compile(r"(?:经济|經濟)(?:社会|社會)?(?:高质量|高質量)?(?:发展|發展)|(?:高质量|高質量)(?:发展|發展)")
#: Characters after the development words in which a body's name would end (河南经济发展 + 研究中心, 投资集团).
_BODY_WINDOW = 6
#: Words that make the development words a body's name: a firm's or institution's end, or a research body's
#: (发展研究院, 发展研究会), which _BODY_ENDS does not all list.
_DEVELOPMENT_BODIES = _BODY_ENDS + ("研究",)


def _province_development(text: str, m: Mention) -> bool:
    """A bare province whose economy or development a verb serves (服务河南经济社会发展, 为江西高质量发展): one reading
    only, not a name never read bare (吉林, 海南), after no Han character, a preposition (为, 对) or a verb (服务,
    推动; jieba's p, v, vn), and no body named by the words (河南经济发展研究中心, 湖北经济发展研究院)."""
    dev = _DEVELOPMENT.match(text, m.end)
    if dev is None or not _sole_bare_province(m):
        return False
    if m.start and _is_han(text[m.start - 1]) and _dictionary_tag(text[m.start - 1]) != "p" \
            and _dictionary_tag(text[max(0, m.start - 2):m.start]) not in ("v", "vn"):
        return False
    after = text[dev.end():min(dev.end() + _BODY_WINDOW, _clause_end(text, dev.end()))]
    return not _word_first(text, m) and not any(w in after for w in _DEVELOPMENT_BODIES)


#: Nouns of a province's share in a national cause right after its bare name (中国式现代化的宁夏实践, 谱写中国式现代化
#: 湖北篇章, 交出高质量发展的浙江答卷): a policy slogan's "Ningxia's practice of …", the province itself.
_SHARE_NOUNS = ("实践", "實踐", "篇章", "答卷", "样板", "樣板", "样本", "樣本", "方案", "经验", "經驗", "力量")
#: What the slogan puts right before the province: the cause's 的, or the cause itself (中国式现代化 + 湖北篇章).
_SHARE_BEFORE = ("的", "现代化", "現代化")


def _province_share(text: str, m: Mention) -> bool:
    """A bare province whose share in a national cause a slogan names (中国式现代化的宁夏实践, 中国式现代化湖北篇章):
    one reading only, not a name never read bare (吉林, 海南), after the cause's 的, the cause or no Han character,
    one of _SHARE_NOUNS right after it, no word first (jieba), and no body named in the clause (湖北经验交流中心)."""
    if not text.startswith(_SHARE_NOUNS, m.end) or not _sole_bare_province(m):
        return False
    if m.start and _is_han(text[m.start - 1]) and not text.endswith(_SHARE_BEFORE, 0, m.start):
        return False
    return not _word_first(text, m) and not _clause_names_body(text, m.end)

"""The shapes a field's value may take: view counts, lists of names, a single name or outlet."""

from __future__ import annotations

from ... import lazyrx
from .base import _HAN, _TRIM, _strip_keeping_pairs

_NUM = lazyrx.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:(万|萬|w|W|k|K|千)(?![A-Za-z]))?")
_HAN_NAME = lazyrx.compile(r"^\p{Han}{2,5}$")
# A transliterated name, its parts joined by a middle dot (艾力·买买提, 阿依古丽·吐尔逊).
DOTTED_NAME = lazyrx.compile(r"^\p{Han}{1,8}(?:[·・•‧]\p{Han}{1,8}){1,3}$")
_LATIN_NAME = lazyrx.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{1,30}$")
# Words after names in bylines that are not part of the name.
# (a photo credit's 图 glued to a Han name of two or three characters, 李明图; a longer token ending in 图, or
# one ending in 巴图, is a Mongolian name whose last syllable is 图: 额尔德木图, 苏和巴图, 巴图)
_BYLINE_TAIL = lazyrx.compile(r"(报道|報道|摄影|攝影|摄|攝|撰文|撰稿|整理|编译|編譯|供稿|文图|文圖|/图|(?:^|(?<=^\p{Han}{2,3})(?<!巴))图)$")


def parse_views(value: str) -> int | None:
    """A view count: ``31次`` → 31, ``2,286`` → 2286, ``1.2万`` / ``1.2w`` → 12000, ``1.2k`` / ``1.2千`` → 1200.
    A decimal without its unit is no count (its integer part alone would be a wrong one)."""
    mt = _NUM.search(value)
    if not mt:
        return None
    n = float(mt[1].replace(",", ""))
    if mt[2]:
        n *= 1000 if mt[2] in _THOUSAND else 10000
    elif "." in mt[1]:
        return None
    return int(round(n))


_THOUSAND = ("k", "K", "千")


# A player's clock (00:00 / 02:48): the time a 播放 button stands before, no count.
_CLOCK = lazyrx.compile(r"\d:\d\d")


def play_count(value: str) -> int | None:
    """A video's play count (播放:15326 → 15326, 播放量：4.6万 → 46000); None for a player's clock after its 播放
    button (播放 00:00 / 02:48)."""
    return None if _CLOCK.search(value) else parse_views(value)


# Role words standing before names in bylines (作者:本报记者 张三, 记者张三): not names themselves.
# (a media centre's staff grade may come first: 全媒体记者, 融媒体记者, 首席记者, 资深记者, as a county paper's
# portal signs its staff in the 作者 field)
_ROLE_PREFIX = lazyrx.compile(r"^(?:本报|本報|本台|本刊|本网|本網)?(?:全媒体|全媒體|融媒体|融媒體|新媒体|新媒體|全媒|融媒)?"
                             r"(?:特约|特約|见习|見習|实习|實習|首席|资深|資深)?"
                             r"(?:记者|記者|通讯员|通訊員|撰稿人|实习生|實習生)")
# Words that say "no author" (佚名 = anonymous): no value rather than a fake name.
_NO_NAME = {"佚名", "未知", "匿名", "不详", "不詳", "无", "無"}
# A comment area's labels and buttons (WeChat's 作者 回复 = "the author replied", 置顶 = pinned, 赞 = like): the
# word after 作者 there is a verb or a button, never a name; it ends a name list.
COMMENT_LABEL = lazyrx.compile(r"^(?:作者|已)?(?:回复|回覆|回應|回应|点赞|點讚|点讚|赞|讚|置顶|置頂|精选|精選|"
                               r"举报|舉報|删除|刪除|评论|評論|留言)(?:过|過|了)?$")


_TOKEN_SEP = lazyrx.compile(r"[\s、,，/]+")
_DUN_LIST = lazyrx.compile(r"\p{Han}、\p{Han}")
# A portal editor's staff code glued to the name (李四_NBJ11823, 王五 NN123).
_STAFF_CODE = lazyrx.compile(r"(?<=\p{Han})[_\-]?[A-Za-z]{1,6}\d{2,}$")
# The same code written as a token of its own after the name (责任编辑：黎静 ZB026).
_CODE_TOKEN = lazyrx.compile(r"[A-Za-z]{1,6}\d{2,}")


# A two-character name padded with a space to the width of three (作者:覃 雯, 记者 莫 凡, 终审:杨 波): CMS bylines
# and e-paper credits align names that way; two lone characters between non-Han edges are one name.
_SPACED_PAIR = lazyrx.compile(r"(?<![\p{Han}])(\p{Han})[ \u3000](\p{Han})(?![\p{Han}])")


def join_spaced_pair(text: str) -> str:
    """``text`` with every space-padded two-character name joined (覃 雯 → 覃雯); other text unchanged."""
    return _SPACED_PAIR.sub(r"\1\2", text) if (" " in text or "\u3000" in text) else text


#: Closing brackets: a byline value in brackets ends where its bracket closes, (责任编辑:王刚) mksw.
_CLOSERS = (")", "）", "]", "】")


def name_list(value: str) -> str | None:
    """Person names from a byline value, stopping at the first non-name token.

    Names written as a 、-list keep that separator (王伟、李娜, as the page writes them); otherwise
    they are space-separated (记者 张三 李四 → 张三 李四)."""
    names = []
    value = join_spaced_pair(value.strip(_TRIM))
    for tok in _TOKEN_SEP.split(value):
        closed = tok.endswith(_CLOSERS)  # (the bracket the value sits in closes on this token)
        tok = _STAFF_CODE.sub("", tok.strip(_TRIM))
        if names and _REPORTED_FROM.search(tok):
            break  # 何嘉敏 深圳報道: where the reporter filed from, not a second name
        tok = _ROLE_PREFIX.sub("", tok.strip(_TRIM))
        if len(tok) >= 6 and tok.endswith(_FILED):
            tok = _name_before_place(tok[:-2])  # 何詠詩佛山報道: the name, then where it was filed from
        tok = _BYLINE_TAIL.sub("", tok)
        if not tok or tok in _NO_NAME:
            continue
        if COMMENT_LABEL.match(tok):
            break
        if names and _HAN.match(names[-1][-1]) and _CODE_TOKEN.fullmatch(tok):
            continue  # a staff code after a Chinese name, not a second (Latin) name
        if _HAN_NAME.match(tok) or _LATIN_NAME.match(tok) or DOTTED_NAME.match(tok):
            names.append(tok)
            if closed:
                break  # what follows the closing bracket is outside the value
        else:
            break
    sep = "、" if len(names) > 1 and _DUN_LIST.search(value) else " "
    return sep.join(names) or None


# A place and 报道 after the byline's names (记者 何嘉敏 深圳报道): where the story was filed from.
_REPORTED_FROM = lazyrx.compile(r"^\p{Han}{2,6}(?:报道|報道)$")
_FILED = ("报道", "報道")


def _name_before_place(glued: str) -> str:
    """The reporter's name of a name glued to the place it was filed from (何詠詩佛山 → 何詠詩, as a Hong Kong
    paper's dateline writes 記者何詠詩佛山報道): the first split, three characters for the name, then two, then four,
    whose rest is a place of the gazetteer; else ``glued`` as it is."""
    from ..places import scan  # (the gazetteer is loaded for the page's places anyway)

    for n in (3, 2, 4):
        rest = glued[n:]
        if len(rest) >= 2 and (hits := scan(rest)) and hits[0].start == 0 and hits[0].end == len(rest):
            return glued[:n]
    return glued


# A link written after a source's name, in brackets (包河区总工会(http://www.…/)): not part of the name.
_LINK_AFTER = lazyrx.compile(r"\s*[(（\[【]\s*(?:https?://|www\.).*$")


# A date glued to the end of a name (来源：济南广播电视台2024-08-02 18:35:12, the source and the stamp in adjacent
# spans with no space between): the next field, not part of the name.
_GLUED_DATE = lazyrx.compile(r"(?<=\p{Han})(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月].*$")


# A CMS's filler for a source field nobody filled in (来源:未知, "unknown"): no outlet (the golds: 2 of 2 null).
_NO_SOURCE = frozenset(("未知",))


def single_value(value: str) -> str | None:
    """A source/site-like value: up to the first space, trimmed, without a bracketed link or a glued date after it;
    None for a placeholder (未知)."""
    # (a closing bracket that closes one inside the value stays: 某某台《某某新闻》, 某某局（公司）)
    v = _strip_keeping_pairs(_LINK_AFTER.sub("", _strip_keeping_pairs(value, _TRIM).split(" ")[0]), _TRIM)
    v = _strip_keeping_pairs(_GLUED_DATE.sub("", v), _TRIM)  # (one short value a page)
    return v if v and v not in _NO_SOURCE else None

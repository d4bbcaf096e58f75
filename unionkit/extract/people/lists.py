"""、-lists of names and names before 等 (王刚、李娜等3人): where each item's name opens and ends, and the titles
the words after 等 give them (_name_lists, _unit_name_deng).
"""

from __future__ import annotations

import functools

from ... import lazyrx
from ... import recode
from ...record import Person
from ..wordrx import trie_pattern
from .surnames import _CONTEXT_SURNAMES
from .roles import _NOT_GIVEN, _ROLE_RX, _ROLES, _WEAK_ROLES, _WIN_VERBS
from .dictionary import _either_script, _FIRST_CHARS, is_word, _listed
from .shape import is_person_name, looks_like_name, _opens_with_word, _surname_len
from .boundaries import _name_after
from .minority import _STEPPE_HEADS, _STEPPE_LAST, _steppe_name, _steppe_name_at
from .chains import _split_role
from .after_role import _role_opens
from .phrased import _CLAUSE_OPEN
from .dotted import _DOT_RX, _dotted_names


# Endings of an organisation written right before a member's name in a list of winners
# (四川长虹电器股份有限公司张磊、江油市中医医院王浩宇等).
_ORG_BEFORE_NAME = ("公司", "集团", "集團", "医院", "醫院", "学校", "學校", "小学", "小學", "中学", "中學", "大学", "大學",
                    "学院", "學院", "中心", "研究院", "研究所", "银行", "銀行", "酒店", "车间", "車間", "工作室", "合作社",
                    "卫生院", "衛生院", "幼儿园", "幼兒園", "社区", "社區", "街道", "分局", "支行", "电厂", "電廠")
# A hospital's department or ward written right before each name of a list of winners (急诊科刘倩、重症医学科张雪、
# 心内科二病区周婷婷获得一等奖): the unit the person works in, as an organisation is.
_WARD_BEFORE_NAME = ("科", "病区", "病區")
_UNIT_BEFORE_NAME = _ORG_BEFORE_NAME + _WARD_BEFORE_NAME
# A named township or village written right before each name of a list of winners (某某镇张华、某某乡李梅获得
# 二等奖): where the person comes from, as a unit is.  Named: two to four characters before it that make no word
# with it (乡镇, 城镇, 城乡, 农村 are generic).
TOWN_ENDS = ("镇", "鎮", "乡", "鄉", "村")
_NAMED_TOWN = lazyrx.compile(r"\p{Han}{2,4}(?:镇|鎮|乡|鄉|村)\Z")
_TOWN_CHAR = recode.compile("[镇鎮乡鄉村]")
_BEFORE_LISTED = frozenset({"的", "了"} | {w[-1] for w in _UNIT_BEFORE_NAME + TOWN_ENDS} | {r[-1] for r in _ROLES})


def named_town_end(prefix: str) -> bool:
    """True when ``prefix`` ends with a named township or village (某某岭镇), not a generic word (各乡镇, 全村)."""
    return prefix.endswith(TOWN_ENDS) and _NAMED_TOWN.search(prefix[-5:]) is not None \
        and not _either_script(is_word, prefix[-2:])
_HAN_LEAD = recode.compile(r"[\u4e00-\u9fff]+")


# (a piece's last 41 characters hold its match: at most 40 Han characters and the newline $ may stand before, so
# _HAN_TAIL.search(piece[-41:]) finds what a search of the whole piece finds, without trying every position of it)
_HAN_TAIL = recode.compile(r"[\u4e00-\u9fff]{1,40}$")


def _prefix_ok(prefix: str) -> bool:
    """True when what stands before a listed name ends where a name may start: nothing, a 的-phrase
    (焊工项目的林雅婷), a verb with 了 (听取了郑玉兰、朱丽…), an organisation (…公司张磊), a hospital's
    department (急诊科刘倩), a named township (某某镇张华) or a role (选手何晓燕)."""
    return (not prefix or prefix.endswith(("的", "了")) or prefix.endswith(_UNIT_BEFORE_NAME)
            or named_town_end(prefix) or _split_role(prefix) is not None)


def _may_end_in_name(item: str) -> bool:
    """Cheap test: a surname character two to four characters before the item's end, opening the item or
    after a non-Han character, 的, or the last character of an organisation or a role; and a last character
    that is no function or organ character (most noun items end in one: 工会, 社区, 人员)."""
    n = len(item)
    if n < 2 or item[-1] in _NOT_GIVEN:
        return False
    for k in (2, 3, 4):
        if n >= k and item[-k] in _FIRST_CHARS:
            if n == k:
                return True
            c = item[-k - 1]
            if c in _BEFORE_LISTED or not ("\u4e00" <= c <= "\u9fff"):
                return True
    return False


@functools.lru_cache(maxsize=16384)
def _may_end_tail(tail: str) -> bool:
    """_may_end_in_name of an item's last five characters, which is all that test reads (the item's length only
    matters up to five): cached, as _name_lists asks it of every piece between two 、."""
    return _may_end_in_name(tail)


@functools.lru_cache(maxsize=8192)  # (a pure verdict on a short string: words recur across paragraphs)
def _name_ending(item: str) -> str | None:
    """The name that ends a 、-list item, after what _prefix_ok allows (…公司张磊, 焊工项目的林雅婷, 谭丽), or a
    Mongolian or Tibetan one (包红梅、乌云其木格、…; …、尕藏才让)."""
    if not _may_end_in_name(item):
        return _steppe_ending(item)
    for k in (3, 2, 4):
        st = len(item) - k
        if st < 0 or not _surname_len(item[st:st + 2]):
            continue
        name = item[st:]
        if (_prefix_ok(item[:st]) and is_person_name(name)  # (the prefix test first: it is the cheaper)
                and not _opens_with_word(name)):
            return name
    return _steppe_ending(item)


def _steppe_ending(item: str, loose: bool = False) -> str | None:
    """The Mongolian or Tibetan name (three to six characters) that ends a 、-list item, after what _prefix_ok
    allows (副主席沙马木呷 aside: Yi names are read after titles); ``loose``: after anything, as _loose_ending
    reads a Chinese name (…、表彰乌云其木格、…: leftover salt before the name)."""
    if item[-1:] not in _STEPPE_LAST:
        return None
    for k in (6, 5, 4, 3):
        st = len(item) - k
        if (st >= 0 and item[st:st + 2] in _STEPPE_HEADS and _steppe_name(item[st:])
                and (loose or _prefix_ok(item[:st]))):
            return item[st:]
    return None


# Verbs of results and elections that the last name of a list of entrants or winners runs into (…、母春兰分获二、三名).
_LIST_RESULTS = _WIN_VERBS + ("分获", "分獲", "分别", "分別", "当选", "當選", "分列")


def _context_opening(item: str) -> str | None:
    """The name with a surname that is also a common character (母, 那) opening the last item of a 、-list, right
    before a verb of results (罗晓燕、母春兰分获): a whole name, no word, its surname pair no dictionary entry at all."""
    if item[:1] not in _CONTEXT_SURNAMES:
        return None
    for k in (3, 2):
        name = item[:k]
        if (len(item) > k and item.startswith(_LIST_RESULTS, k) and is_person_name(name, True)
                and not _either_script(_listed, name[:2])):
            return name
    return None


def _context_ending(item: str) -> str | None:
    """The three-character name that ends a list item with a surname that is also a common character (那春艳、关明宇
    当选; see _CONTEXT_SURNAMES): a name only in a list that holds another name (the caller checks)."""
    name = item[-3:]
    if len(name) == 3 and name[0] in _CONTEXT_SURNAMES and _prefix_ok(item[:-3]) and is_person_name(name, True) \
            and not is_word(name[:2]):
        return name
    return None


_DE_OR_ORG = recode.compile("的|" + trie_pattern(_UNIT_BEFORE_NAME))


# A count of people after 等 (等4名, 等三位).
_DENG_PEOPLE = recode.compile(r"等[\d一二三四五六七八九十两]+[名位]")


# Verbs that confer an honour on people, their object right after them (授予莫仕勇等12名职工“五一劳动奖章”).
_CONFER_VERBS = ("授予", "表彰", "命名")


def _unit_name_deng(text: str, found: list[tuple[int, Person]]) -> None:
    """Add the three-character name that a unit or department, a clause's start or a verb conferring an honour
    stands right before and 等 with a count of people right after (化学化工学院殷雨桐等4名教师获得一等奖,
    ，莫仕勇等15名职工获评, 授予莫仕勇等12名职工): the first of a group of winners."""
    for mt in _DENG_PEOPLE.finditer(text, 3):
        k = mt.start()
        unit = k >= 5 and text.endswith(_ORG_BEFORE_NAME, 0, k - 3)
        if not unit and not (k == 3 or text[k - 4] in _CLAUSE_OPEN or text.endswith(_CONFER_VERBS, 0, k - 3)):
            continue
        name = text[k - 3:k]
        if not _single_surname_name(name) or is_word(name):
            continue
        if not unit and (_either_script(_listed, name) or name[-1] in _VILLAGE_ENDS):
            continue  # (，张家港等3名代表, ，李家村等5名村干部: a place's name opens the clause, no person)
        found.append((k - 3, Person(name, [])))


# Last characters of villages' and small places' names, which read like people's names (李家村, 周家嘴).
_VILLAGE_ENDS = frozenset("村庄莊沟溝湾灣港镇鎮屯坝壩岭嶺峪堡寨桥橋街路嘴")


def _name_opening(item: str) -> str | None:
    """The name of a list's last item, followed by words that follow names (苏亚楠等, 何玉梅同志当选为副主席),
    at the item's start or after a 的-phrase, an organisation, a named township or a role (…医院王浩宇等,
    …某某镇李梅获得)."""
    starts = [0, *(mt.end() for mt in _DE_OR_ORG.finditer(item)), *(mt.end() for mt in _ROLE_RX.finditer(item))]
    if _TOWN_CHAR.search(item):
        starts.extend(mt.end() for mt in _TOWN_CHAR.finditer(item) if named_town_end(item[:mt.end()]))
    for st in starts:
        if item[st:st + 2] in _STEPPE_HEADS:  # (…、尕藏才让分别主持, …、尼玛次仁亲切交谈)
            name = _steppe_name_at(item, st, True)
            if name and (len(name) >= 4 or (len(name) == 3 and item[st] not in _FIRST_CHARS)) \
                    and st + len(name) < len(item):
                return name
        if st >= len(item) - 2 or not _surname_len(item[st:st + 2]):
            continue
        name = _name_after(item, st)
        if (name and st + len(name) < len(item) and is_person_name(name)
                and not _opens_with_word(name)):
            return name
    return None


def _name_lists(text: str) -> list[tuple[int, Person]]:
    """People of a 、-list of two or more names, each a whole name after nothing, a 的-phrase, an
    organisation or a role (郑冬梅、黄俊杰、苏亚楠等12名; …公司张磊、…医院王浩宇等; 李庆华、何玉梅同志当选).
    The list ends at its first item with words after the name; an item that is no name ends it unread.
    Read piece by piece between the 、 (no scan of the whole text): a list starts only where the text
    before a 、 passes the cheap _may_end_in_name.

    A list closed by 等 (谌美华、眭国庆、仇丽娟等企业工会主席; 为黄冬梅、谭春生等20名环卫工人) is a list of people
    whatever stands before its first name (以及, 为, leftover salt): its first item is read without the prefix
    test, and so is a later item that no other reading takes (…、表彰乌云其木格、…), and the role after 等 is every
    item's title."""
    out: list[tuple[int, Person]] = []
    pieces = text.split("、")
    last = len(pieces) - 1
    run: list[tuple[int, str]] = []
    weak: set[int] = set()  # where a name with a surname that is also a common character stands (_context_ending)
    loose = False  # the run's first name was read without the prefix test: only a 等 ending keeps it
    unsure: set[int] = set()  # where a later item's name was read so (leftover salt before it): the same holds
    nouny = False  # the run opened with a bare item right after a noun item (外形、香气、汤色): only a 等 of people keeps it
    deng = "等" in text  # (no 等, no list that a loose first name could open)
    pos = 0
    for i, piece in enumerate(pieces):
        if i < last and (piece[-1:] == "）" or piece[-1:] == ")"):
            piece = _NOTE_END.sub("", piece)  # 王刚（女）、: a note after an item keeps the list going
        if run:
            dotted = _dotted_lead(piece) if _DOT_RX.search(piece) else None
            if dotted:  # 古丽米拉·阿不都（维吾尔族）: a transliterated name is an item of the list too
                run.append((pos, dotted))
                if i < last and piece == dotted:
                    pos += len(pieces[i]) + 1
                    continue
                if loose:
                    run = run[1:]
                run = [(a, nm) for a, nm in run if a not in unsure]
                if len(run) >= 2 and _confirmed(run, weak) and not nouny:
                    out.extend((a, Person(nm, [])) for a, nm in run)
                run = []
                pos += len(pieces[i]) + 1
                continue
            lead = _HAN_LEAD.match(piece)
            lead = lead.group() if lead else ""
            name = None
            if lead == piece and i < last and (name := _name_ending(piece) or _context_name(piece, pos, weak)):
                run.append((pos + len(piece) - len(name), name))  # (a whole item between two 、)
                pos += len(pieces[i]) + 1
                continue
            if lead == piece and i < last and deng and (name := _loose_ending(piece) or _steppe_ending(piece, True)):
                at = pos + len(piece) - len(name)  # (…、表彰乌云其木格、…: leftover salt before a name mid-list)
                run.append((at, name))
                unsure.add(at)  # (only a 等 of people keeps it)
                pos += len(pieces[i]) + 1
                continue
            if lead:  # the list's last item: words or punctuation follow its name (鄧偉明分獲二、三名)
                name = _name_ending(lead) if (lead != piece or i == last) else None
                at = pos + len(lead) - len(name) if name else 0
                if name is None:
                    name = _name_opening(lead)
                    if name and _role_opens(lead, lead.find(name) + len(name)):
                        name = None  # …、熊猫谷讲解员罗嘉怡: a job noun right after the item, its employer, no person
                    at = pos + lead.find(name) if name else 0
                if name is None and (name := _name_before_deng(piece)):  # …收派员蒯红霞等12人: a job no list holds
                    at = pos + piece.find("等") - len(name)
                if name is None and run and (name := _context_before_deng(piece)):  # …的撒秀琴等6名选手
                    at = pos + piece.find("等") - len(name)
                if name is None and run and (name := _context_opening(lead)):  # 罗晓燕、母春兰分获二、三名
                    at = pos
                    weak.add(at)  # (the run still needs a name with an ordinary surname: _confirmed)
                if name:
                    run.append((at, name))
                    after = piece[at - pos + len(name):]
                    closed = after.startswith("等") and _people_after_deng(after)
                    if loose and not closed:
                        run = run[1:]
                    if unsure and not closed:
                        run = [(a, nm) for a, nm in run if a not in unsure]
                    # (a list closed by 等 and a count of people is one of people even when every surname is
                    # also a common character: 拜彦龙、撒秀琴等6名选手)
                    if (len(run) >= 2 and (closed or (_confirmed(run, weak) and not nouny))
                            and not _DENG_PLACES.match(after) and not _DENG_LOCUS.match(after)):
                        titles = _titles_after_deng(after) if closed else []
                        out.extend((a, Person(nm, list(titles))) for a, nm in run)
            run = []  # (the piece's own end may open the next list: …陈思远等36名选手…。其中，郑冬梅、黄俊杰)
        if i < last:
            name, loose = None, False
            if _may_end_tail(piece[-5:]):
                tail = _HAN_TAIL.search(piece[-41:])
                name = _name_ending(tail.group()) if tail else None
            elif piece[-1:] in _STEPPE_LAST:  # (…，乌云其木格、…: no surname opens a Mongolian name)
                name = _steppe_tail(piece)
            if name is None:
                c3 = piece[-3:-2]
                if deng and c3 in _FIRST_CHARS:
                    name = _loose_ending(piece)
                    loose = name is not None
                if name is None and c3 in _CONTEXT_SURNAMES:
                    name = _context_name(piece, pos, weak)
            if name:
                run = [(pos + len(piece) - len(name), name)]
                nouny = name == piece and i >= 2 and _noun_item(pieces[i - 1])
        pos += len(pieces[i]) + 1
    return out


def _noun_item(item: str) -> bool:
    """True for a whole 、-list item that is a dictionary word no reader takes for a name (外形、香气、滋味): a bare
    name-shaped item after it (汤色、叶底, 汤 and 叶 being surnames) is one more noun of the list, not a person."""
    return 2 <= len(item) <= 4 and _HAN_TAIL.fullmatch(item) is not None and is_word(item) and not looks_like_name(item)


def _steppe_tail(piece: str) -> str | None:
    """_steppe_ending of the Han run that ends a list piece, when a name element may open three to six characters
    before its end (a cheap test first)."""
    if not (piece[-4:-2] in _STEPPE_HEADS or piece[-3:-1] in _STEPPE_HEADS or piece[-5:-3] in _STEPPE_HEADS
            or piece[-6:-4] in _STEPPE_HEADS):
        return None
    tail = _HAN_TAIL.search(piece[-41:])
    return _steppe_ending(tail.group()) if tail else None


def _context_name(piece: str, pos: int, weak: set[int]) -> str | None:
    """_context_ending of a list piece that starts at ``pos``, its place noted in ``weak``."""
    tail = _HAN_TAIL.search(piece[-41:]) if piece[-3:-2] in _CONTEXT_SURNAMES else None
    name = _context_ending(tail.group()) if tail else None
    if name:
        weak.add(pos + len(piece) - 3)
    return name


def _confirmed(run: list[tuple[int, str]], weak: set[int]) -> bool:
    """True when a list's run holds a name other than those read with a surname that is also a common character."""
    return any(a not in weak for a, _ in run)


def _name_before_deng(piece: str) -> str | None:
    """The three-character name right before the 等 that closes a list of people (…营业部收派员蒯红霞等12人), the
    last item of a list that already holds a name: whatever unit or job noun stands before it."""
    k = piece.find("等")
    if k < 3 or not _people_after_deng(piece[k:]):
        return None
    name = piece[k - 3:k]
    return name if _single_surname_name(name) and not is_word(name) else None


def _context_before_deng(piece: str) -> str | None:
    """_context_ending of what stands before the 等 that closes a list of people (海原县的撒秀琴等6名选手): the
    last item of a list, with a surname that is also a common character."""
    k = piece.find("等")
    if k < 3 or piece[k - 3] not in _CONTEXT_SURNAMES or not _people_after_deng(piece[k:]):
        return None
    tail = _HAN_TAIL.search(piece[max(0, k - 41):k])
    return _context_ending(tail.group()) if tail else None


def _single_surname_name(name: str) -> bool:
    """True when ``name`` (all Han) reads as a single surname and a given name whose surname pair is no word."""
    return (_surname_len(name) == 1 and _HAN_TAIL.fullmatch(name) is not None and looks_like_name(name)
            and not _opens_with_word(name))


def _loose_ending(piece: str) -> str | None:
    """The three-character name that ends a list's first item, whatever stands before it (a two-character
    reading is too often a word or a place: 在张湾、茅箭等城区)."""
    name = piece[-3:]
    if len(name) == 3 and _single_surname_name(name) and not is_word(name[1:]) and not is_word(name):
        return name  # (is_person_name's word test last: the pairs reject most endings, 华中学 at 华中)
    return None


def _people_after_deng(after: str) -> bool:
    """True when 等 closes a list of people: a count of people (等20名, 等三位) or a role follows it."""
    mt = _DENG_COUNT.match(after)
    if mt and mt.group()[-1:] in ("名", "位", "人"):
        return True
    han = _HAN_LEAD.match(after, mt.end()) if mt else None
    return bool(han) and any(_split_role(han.group()[:k]) for k in range(min(len(han.group()), 16), 1, -1))


# 等, a count, then a kind of place (朱家角、练塘、金泽等8个镇), or 等地 (赴张湾、茅箭等地): the list is one of
# towns, villages or districts, whose names (练塘, 金泽) read like names of people.  A town-level kind ending the
# phrase needs no count (覆盖城西、金宇、海垦等街道，): 等街道干部, 等村民 go on with people.
_DENG_PLACES = recode.compile(r"等(?:(?:[\d一二三四五六七八九十百两兩余餘多]+)(?:个|個)?"
                              r"(?:乡镇|鄉鎮|镇|鎮|乡|鄉|村|街道|社区|社區|县|縣|区|區|市|省|州|旗|地区|地區|城市)"
                              r"|(?:乡镇|鄉鎮|镇|鎮|村|街道|社区|社區)(?![\u4e00-\u9fff])"
                              r"|地(?![方主道]))")  # (a count is needed: 等市领导 are people; 等地方 is no place)


# 等 before a short clause that ends in 的 and a noun of places (在羊八井、纳木错等职工集中的地方, …等人员密集的场所): the
# list names places, whatever people noun the clause holds; a count of people right after 等 (等3人工作的地方) does not.
_DENG_LOCUS = recode.compile(r"等(?![\d一二三四五六七八九十两兩]*(?:人|名|位|同志))[\u4e00-\u9fff]{1,10}?的"
                             r"(?:地方|地区|地區|区域|區域|场所|場所|地点|地點|地段|点位|點位|景区|景區|片区|片區)")


# 等, maybe a count of people (等20名, 等三位), before the role the listed people share.
_DENG_COUNT = recode.compile(r"等(?:[\d一二三四五六七八九十百余餘多]+)?(?:名|位|个|個|人(?![员員士]))?")


def _titles_after_deng(after: str) -> list[str]:
    """The role that the people of a list closed by 等 share (等企业工会主席参加 → 企业工会主席, 等20名环卫工人 →
    环卫工人): the longest run of characters after 等 that ends in a role; a plain people noun (职工) and the
    entrants or winners of a contest (等36名选手, 一等奖获得者: the contest's people, no office) are none."""
    mt = _DENG_COUNT.match(after)
    han = _HAN_LEAD.match(after, mt.end()) if mt else None
    if not han:
        return []
    run = han.group()[:16]
    for k in range(len(run), 1, -1):
        part = _split_role(run[:k])
        if part:
            if part[1] in _WEAK_ROLES or part[1] in _CONTEST_ROLES or part[1] in _HONOUR_ROLES:
                return []  # (等15名职工被评为标兵: the honour the list earns, no title they held)
            return [part[0] + part[1]]
    return []


_HONOUR_ROLES = frozenset("标兵 標兵 巾帼标兵 巾幗標兵 岗位标兵 崗位標兵 岗位能手 崗位能手".split())
_CONTEST_ROLES = frozenset("选手 選手 参赛选手 參賽選手 获得者 獲得者 获奖者 獲獎者".split())


_NOTE_END = lazyrx.compile(r"[（(][^（）()]{1,10}[）)]$")


def _dotted_lead(piece: str) -> str | None:
    """The transliterated dotted name that opens a list item (古丽米拉·阿不都（维吾尔族）等), if one does."""
    got = _dotted_names(piece)
    return got[0][1] if got and got[0][0] == 0 else None

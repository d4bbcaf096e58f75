"""The name after a role: where it ends, the contexts that say a role word is no title (a place word, an
idiom, 代表 as a verb), weak roles (职工, 党员) and names listed after one title (_after_role).
"""

from __future__ import annotations

from ... import lazyrx
from ...record import Person
from .surnames import _CONTEXT_SURNAMES
from .roles import (
    _FARM_TRADES, _KIN_ROLES, _ORG_END, _OWNERS, _ROLE_LENS, _ROLE_SET, _WEAK_ROLES, _WIN_VERBS, _WORKPLACE_RANKS)
from .dictionary import _common_entry, _either_script, _entry, _FIRST_CHARS, is_word, _listed, _rare_word, _raw_tag
from .shape import (
    _ADDRESS, _given_ok, _IS_HAN, is_person_name, looks_like_name, _opens_with_word, _PREP_SURNAMES, _surname_len,
    _VERB_SURNAMES, _WORD_SURNAMES)
from .boundaries import (
    _ADVERBS, _common_verb, _everyday_word, _full_name_before_word, _idiom_at, _is_verb, _name_after, _name_may_end,
    _time_word_at, _word_at)
from .minority import _DAI_FIRST, _STEPPE_HEADS, _steppe_name_at, _translit_after
from .chains import _title_chain, _titles


_BYLINE_ROLES = frozenset(("记者", "記者", "通讯员", "通訊員", "实习生", "實習生"))


def _byline_slot(text: str, end: int, at: int, name: str, role: str) -> bool:
    """True when ``name`` stands alone between spaces after a reporter's role (本报讯 通讯员 陈晓 记者 方圆 7月8日):
    a byline left in the body, where a name that is also a word (方圆) is still the name."""
    after = at + len(name)
    return (role in _BYLINE_ROLES and at == end + 1 and (after >= len(text) or text[after] in " \u3000")
            and (end - len(role) == 0 or text[end - len(role) - 1] in " \u3000"))


# What may close a name standing alone in a byline: a space before the next one, the dateline's closing bracket.
_SLOT_END = frozenset(" \u3000)）")


def _spaced_after(text: str, j: int) -> list[str]:
    """Names set one space apart after a byline's first name (通讯员 孙梅 王振华）: the same role's other people.

    Each must stand alone, closed by a space, the bracket or the end (not 北京报道), and be no word (记者 opens the
    next role, 摄影 a credit); the run ends at the first item that is not such a name."""
    out: list[str] = []
    while text[j:j + 1] in (" ", "\u3000") and text[j + 1:j + 2] in _FIRST_CHARS:
        name = _name_after(text, j + 1)
        nxt = j + 1 + len(name) if name else j
        if not name or is_word(name) or (nxt < len(text) and text[nxt] not in _SLOT_END):
            break
        out.append(name)
        j = nxt
    return out


def _after_role(text: str, end: int, at: int, role: str, unions, places, found: list[tuple[int, Person]]) -> None:
    """Add to ``found`` the person named at ``text[at]`` right after ``role`` (ending at ``end``), if any,
    and the names listed after that person with 、."""
    weak = role in _WEAK_ROLES
    if _represents(text, end, role):
        return  # 选手将代表霍尔果斯海关参加: 代表 is the verb (on behalf of), an organisation follows, no person
    if text[at] == "方" and at == end and role.endswith(_PARTY_ROLES):
        return  # 职工方签订, 职工方协商代表: 方 after a party of a bargain is the party's side, no surname
    if _noun_in_locality(text, at):
        return  # 维修电工项目中，选手们: a common noun (项目, 项 a surname too) and 中 (in the event), no name
    if role[-1] == "工" and not weak and _word_at(text, end - 1):
        return  # 电工程: the 工 opens a word (工程), no job noun ends there
    if at == end and text[end - 1:end + 1] in _ADDRESS:
        return  # 製茶師傅同臺: the role's last character opens a form of address (師傅), no surname follows it
    if role.endswith(("大师", "大師")) and text[at] in "班级級赛賽杯课課":
        return  # 大师班开班: a master class, match or cup (班 is a surname too), no master named there
    if _manner_word_at(text, at):
        return  # 交警温馨提示, 民警温馨说: a word of manner (温馨, which jieba files as a name) before the verb, no person
    name = _name_after(text, at, loose=not weak) or (_weak_role_name(text, at) if weak else None)
    if not name and weak and text[at] in _CONTEXT_SURNAMES:
        name = _context_speaker(text, at)  # (求职者鄂海龙说: the verb of speech makes the slot strong)
    if not name or (is_word(name) and not _byline_slot(text, end, at, name, role)
                    and (weak or not _rare_full_name(name))):
        return  # 书记项目化 → 项目 is a word, not a name; 工人高溫 → 高温
    if role in _FARM_TRADES and _surname_len(name) == 1 and len(name) == 3 and _everyday_word(name[:2]):
        return  # 农机手成长为: a verb, not a surname, opens the run
    if weak and _surname_len(name) == 1 and is_word(name[:2]) and not _rare_pair_subject(text, at, name):
        return  # 职工幸福感: after a plain people noun, a word, not a surname, opens the run
    if weak and len(name) == 2 and _listed(name[:2]) and not _SPEECH_AFTER.match(text, at + 2):
        return  # 保职工安康 (a slogan): a two-character run jieba lists, even as a name (安康, 文明), is the word
    if weak and len(name) == 2 and name[0] in _VERB_SURNAMES and not _SPEECH_AFTER.match(text, at + 2):
        return  # 一线职工占比达到: after a plain people noun, a verb (占, 纳) opens a phrase, not a surname
    if name[0] in _VERB_SURNAMES and _SHARE_AFTER.match(text, at + 2):
        return  # 年轻选手占比超过六成: a share (占比) and its amount follow the role, not a name
    if at == end and _in_place_word(text, end, name):
        return  # 地处长江上游: the role (处长) is an accident of the characters, a river's name runs through the name
    if len(name) < 4 and _idiom_at(text, at):
        return  # 环卫工人起早贪黑: a four-character idiom opens there (起 is a surname too), no name
    if (role in _WORKPLACE_RANKS or role in _OWNERS) and _rank_in_word(text, end - len(role)):
        return  # 施工长安…, 物业主管: the rank's 工 or the owner's 业 closes a word (施工, 物业), no 工长 or 业主 stands there
    if weak and len(name) == 3 and _surname_len(name) == 1 and _is_verb(name[0]) and _everyday_word(name[1:]):
        return  # 发动职工查隐患: a verb (查) and its object noun (隐患), not a surname and a given name
    if weak and _adverb_then_verb(text, at) and not _SPEECH_AFTER.match(text, at + len(name)):
        return  # 户外工人曾出现中暑: an adverb (曾, 常) and an everyday verb after the plain people noun, no surname
    if _modifier_then_verb(text, at, name):
        return  # 网约车司机全覆盖。: a modifier (全, 严) and the verb it qualifies close the clause, no surname
    titles = _titles(_title_chain(text, end), unions, places)
    if role in _KIN_ROLES:
        titles = titles[:-1]  # (受助学生代表、困难职工子女王某: kinship is no title, the roles listed before it are)
    found.append((end, Person(name, titles)))
    for other in _listed_after(text, at + len(name)):
        found.append((end, Person(other, list(titles))))
    if _byline_slot(text, end, at, name, role):
        for other in _spaced_after(text, at + len(name)):
            found.append((end, Person(other, list(titles))))
    j = at + len(name)
    if j < len(text) and text[j] in "和与與及":
        other = _joined_by_and(text, j + 1)
        if other:
            found.append((j + 1, Person(other, [])))


def _adverb_then_verb(text: str, at: int) -> bool:
    """True when ``text[at]`` is a surname that is also an adverb (曾, 常) and a common verb follows it (曾出现,
    常參加, 曾遇到): the adverb and the verb of the clause whose subject is the noun before them, no name."""
    return text[at] in _ADVERBS and _either_script(_common_verb, text[at + 1:at + 3])


#: jieba's tags of a one-character adjective or adverb (全 a, 常 d): what a surname reads as before a verb.
_MODIFIER_TAGS = ("a", "d", "ad")


def _modifier_then_verb(text: str, at: int, name: str) -> bool:
    """True when the three-character ``name`` at ``text[at]`` is a single surname that is also an adjective or adverb
    (全, 严, 齐) and a common verb (覆盖, 参与) that close the clause (实现快递员全覆盖。): the predicate of the
    people noun before it, a phrase no dictionary lists; a name there would be followed by its verb, or be said."""
    if len(name) != 3 or _surname_len(name) != 1 or text[at + 3:at + 4] not in _CLAUSE_CLOSE:
        return False
    parts = _entry(name[0])
    return len(parts) > 2 and parts[2] in _MODIFIER_TAGS and _common_verb(name[1:])


#: What closes a clause after a run (the text's end, "", too): no verb follows the run there.
_CLAUSE_CLOSE = frozenset("，,。；;！!？?") | {""}


#: Localities that turn a noun into a phrase of place or scope (项目中, 车间里, 岗位上).
_LOCALITY_CHARS = frozenset("中上里内外")


#: jieba's tags of a common noun (项目 n, 活动 vn).
_NOUN_TAGS = ("n", "vn")


def _noun_in_locality(text: str, at: int) -> bool:
    """True when ``text[at:]`` opens with a common noun of two characters and a locality (项目中, 岗位上) that
    closes the clause: after a trade's name (维修电工项目中，) it is the event, not a surname and a given name."""
    pair = text[at:at + 2]
    return (text[at + 2:at + 3] in _LOCALITY_CHARS and text[at + 3:at + 4] in _LOCALITY_STOPS
            and _everyday_word(pair) and _entry(pair)[2] in _NOUN_TAGS)


#: Punctuation that closes the locality phrase (项目中，).
_LOCALITY_STOPS = frozenset("，,。；;：:！!？?、")


#: Longest dictionary word read across a role's end into the name after it (长江上游, 长江中下游).
_PLACE_RUN = 6


#: jieba's tags of a word of position or locality (上游, 中游, 沿岸, 两岸; 岸边): what follows a river's name, no given name.
_LOCALITY_TAGS = ("f", "s")


def _in_place_word(text: str, end: int, name: str) -> bool:
    """True when the role's last character and the name glued after it open a place's name (jieba's ns: 长江, 黄河)
    and the rest reads as geography: a dictionary word from there runs through the whole name (长江上游), or what
    follows the name's first character is a word of position (地处长江中游, 长江沿岸: 处长 + 江中游 is an accident of
    the characters).  A name that only opens such a pair (院长江文说, 处长江涛: 长江文 is no word, 涛 no position)
    stays a person."""
    pair = text[end - 1:end + 1]
    if not _IS_HAN[pair[0]] or not _either_script(_ns_word, pair):
        return False
    if any(is_word(text[end - 1:e]) for e in range(end + len(name), min(len(text), end - 1 + _PLACE_RUN) + 1)):
        return True
    rest = name[1:]
    return len(rest) >= 2 and _either_script(lambda w: _raw_tag(w) in _LOCALITY_TAGS, rest)


def _ns_word(pair: str) -> bool:
    """jieba tags ``pair`` as a place's name (长江, 黄河)."""
    return _raw_tag(pair) == "ns"


def _rare_full_name(name: str) -> bool:
    """True for a surname and a two-character given name that jieba lists only as a rare word (钢筋工马建国: 马建国,
    a village's name, 3 in jieba): a title or trade right before it says a person stands there."""
    return len(name) == 3 and _surname_len(name) == 1 and _either_script(_rare_word, name)


# Modal verbs and adverbs that put a verb after them (将代表, 要代表, 也代表, 均代表): 代表 is then "represent, on
# behalf of", and what follows is an organisation or a place, not a delegate's name.
_BEFORE_VERB = frozenset("将將要会會能可均都也还還并並又再亦曾正已就需须須")


def _represents(text: str, end: int, role: str) -> bool:
    """True when the bare role 代表 ending at ``end`` follows a modal verb or adverb: the verb "represent", no title."""
    st = end - len(role)
    return role == "代表" and st > 0 and text[st - 1] in _BEFORE_VERB


def _rank_in_word(text: str, start: int) -> bool:
    """True when the workplace rank or owner noun opening at ``text[start]`` has its first character joined to the
    one before into a word (施工长, 职工长期, 物业主管): the rank is only an accident of the characters."""
    return start > 0 and _word_at(text, start - 1)


# The parties of a collective bargain, which 方 follows as their side (职工方, 劳动者方, 工会方).
_PARTY_ROLES = ("职工", "職工", "员工", "員工", "工人", "劳动者", "勞動者", "工会", "工會")


# Words of manner that jieba files as names (温馨 335 nr, 齐声, 文明), written after a role before its verb (交警温馨提示,
# 民警温馨说, 队员齐声说, 民警文明执法): 温, 齐 and 文 are surnames too, but no name stands there.
_MANNER_WORDS = frozenset("温馨 溫馨 齐声 齊聲 文明".split())


def _manner_word_at(text: str, at: int) -> bool:
    """True when a word of manner of _MANNER_WORDS opens at ``text[at]`` and a Han character (its verb) follows it;
    a byline's name (记者温馨，) has punctuation or a space there."""
    return text[at:at + 2] in _MANNER_WORDS and _IS_HAN[text[at + 2:at + 3] or " "]


# A share's amount after a verb-surname pair (占比超过六成, 占比达30%, 占比为四成): the pair is a word, no name.
_SHARE_AFTER = lazyrx.compile(r"(?:超过|超過|达到|達到|高达|高達|已达|已達|不足|约|約|近|逾|达|達|为|為)?"
                              r"[0-9０-９一二三四五六七八九十两兩半百千万萬]")


# A verb of speech closing the clause right after a name, maybe after a one-character verb with its aspect particle
# and its object (擦着汗说) or an adverb of manner (动情地说): the name before it is the speaker.
_SPEECH_AFTER = lazyrx.compile(r"(?:\p{Han}[着著]\p{Han}{0,4}?|\p{Han}{1,2}地|笑着|笑著)?"
                               r"(?:说|說|表示|介绍|介紹|坦言|感慨)(?=\s*[:：,，。“「])")


# A preposition of place, source or goal opening the clause after a name, and the clause's verb with its aspect
# particle further on (在一家企业的展位前咨询了, 从工作人员手中接过了): the name before it is the one who acts.
_PREP_THEN_ACTED = lazyrx.compile(r"[在从從向到]\p{Han}{2,16}?\p{Han}[了过過着著]")


def _rare_pair_subject(text: str, at: int, name: str) -> bool:
    """True when a three-character name at ``text[at]`` opens with a surname pair that is only a rare dictionary
    word (苏美, a count of 9; 马国, a place) or a proper noun (黄海, a sea), and a verb of speech closes the clause
    right after it (受助学生家长苏美华说, 队员黄海燕说), a preposition phrase before an acted verb follows it
    (求职者马国强在…展位前咨询了) or a verb of winning (职工吴国庆获得一等奖): the verb makes the slot after a plain
    people noun strong (职工高兴地说 has an everyday word there, 职工幸福感 no verb).  The given name must be no
    everyday word either (海燕 is a name), unless a time word (国庆: a holiday a child is named after)."""
    return (len(name) == 3 and (not _either_script(_common_entry, name[:2])
                                or not _everyday_word(name[:2]) and name[2] != "人"
                                and (not _everyday_word(name[1:]) or _time_word_at(name, 1)))
            and (_SPEECH_AFTER.match(text, at + 3) is not None  # (职工江西人说: a place and 人, where one is from)
                 or _PREP_THEN_ACTED.match(text, at + 3) is not None or text.startswith(_WIN_VERBS, at + 3)))


def _context_speaker(text: str, at: int) -> str | None:
    """A name at ``text[at]`` whose surname is a common character (_CONTEXT_SURNAMES: 鄂, 达, 沐) after a plain people
    noun, when a verb of speech follows it (求职者鄂海龙说, 老工人达建国擦着汗说): the verb makes the slot strong; the
    surname pair must be no dictionary entry at all, not even a rare one (职工达人说), and the whole no word."""
    for k in (3, 2):
        name = text[at:at + k]
        if len(name) == k and _given_ok(name[1:]) and _SPEECH_AFTER.match(text, at + k) \
                and looks_like_name(name, True) and not is_word(name) \
                and not _either_script(_listed, name[:2]):  # (达人 is rare in jieba, 3)
            return name
    return None


def _weak_role_name(text: str, at: int) -> str | None:
    """A whole three-character name at ``text[at]`` after a plain people noun, before any ordinary word or short
    verb phrase (职工代表冶文斌拿到, 女职工苟春燕领衔): neither its surname pair nor its given name may be a word,
    since what follows such nouns is often just a word (职工幸福感, 工人文化宫)."""
    c = text[at:at + 1]
    if c in _CONTEXT_SURNAMES:
        return _weak_role_context_name(text, at)
    if _surname_len(c) != 1 or c in _VERB_SURNAMES or c in _WORD_SURNAMES or c in _PREP_SURNAMES:
        return None  # (一线职工占比超过: a verb, not a surname, opens the run)
    k = _full_name_before_word(text, at, 1, plain_given=True)
    return text[at:at + k] if k else None


def _weak_role_context_name(text: str, at: int) -> str | None:
    """A whole three-character name whose surname is a common character (_CONTEXT_SURNAMES: 那, 台) right after a
    plain people noun, before an ordinary word (困难职工那春梅家中, 职工台秀英今年): the surname pair must be no
    dictionary entry at all (那些, 台风, 台账 are), the whole no word, the given name no everyday word."""
    pair = text[at:at + 2]
    if len(pair) < 2 or _either_script(_listed, pair) or _either_script(_listed, text[at:at + 3]):
        return None
    k = _full_name_before_word(text, at, 1, plain_given=True)
    return text[at:at + k] if k else None


_AND_DE = lazyrx.compile(r"\p{Han}{0,20}?的")


def _joined_by_and(text: str, j: int) -> str | None:
    """The name joined by 和 to a titled person (女电工蓝慧敏和来自…电机厂的曾小红最终…): right after 和, or after a
    的-phrase that describes the person; a whole name, no word, no surname pair that is a word."""
    mt = _AND_DE.match(text, j)
    st = mt.end() if mt else j
    if st >= len(text) or text[st] not in _FIRST_CHARS:
        return None
    name = _name_after(text, st, loose=mt is not None)
    if name and is_person_name(name) and not _opens_with_word(name):
        return name
    return None


def _translit_after_role(text: str, end: int, at: int, unions, places, found: list[tuple[int, Person]]) -> bool:
    """Add to ``found`` the transliterated name at ``text[at]`` after the role ending at ``end``, if one opens there
    (or a Dai name: 调解员岩罕保)."""
    name = _translit_after(text, at) or _dai_name(text, at)
    if name:  # (副主席沙马木呷、钟晓峰参加慰问: the names listed after it share the title)
        _titled_and_listed(text, end, at, name, unions, places, found)
    return bool(name)


def _dai_name(text: str, at: int) -> str | None:
    """A Dai name at ``text[at]`` right after a title: 岩 or 玉 and one or two given characters, ending where a name
    ends (punctuation, a word that follows names); the first pair and the whole must be no word (岩石, 玉米)."""
    if text[at:at + 1] not in _DAI_FIRST:
        return None
    for name in _ended_names(text, at):
        if not is_word(name[:2]) and not is_word(name) and not _ORG_END.search(name):
            return name
    return None


def _ended_names(text: str, at: int):
    """The three- then two-character names at ``text[at]`` whose given part is name-like and that end where
    names end (punctuation, a non-Han character, a character or word that follows names)."""
    for k in (3, 2):
        j = at + k
        if j > len(text) or not _given_ok(text[at + 1:j]):
            continue
        if not _name_may_end(text, j):
            continue
        yield text[at:j]


def _titled_and_listed(text: str, end: int, at: int, name: str, unions, places, found: list[tuple[int, Person]]) -> None:
    """Add ``name`` at ``text[at]`` (a Mongolian, Tibetan, transliterated or Dai name) after the title ending at
    ``end``, and the names listed after it with 、, with the same titles (副主席赵海峰、敖登格日乐、长孙伟)."""
    titles = _titles(_title_chain(text, end), unions, places)
    found.append((end, Person(name, titles)))
    for other in _listed_after(text, at + len(name), name[0] in _DAI_FIRST):
        found.append((end, Person(other, list(titles))))


def _listed_after(text: str, j: int, dai: bool = False) -> list[str]:
    """Names listed with 、 after a name that follows a title (副主席刘洪、陈思远、杨丽等): they share it.

    Each item must be a whole name on its own: the list ends at the first item that is not one.  After a Dai
    name (``dai``: 职工岩温香、玉罕叫) another Dai name may follow, which has no surname either."""
    out: list[str] = []
    while text[j:j + 1] == "、":
        c = text[j + 1:j + 2]
        steppe = _steppe_name_at(text, j + 1, True) if text[j + 1:j + 3] in _STEPPE_HEADS else None  # (…、敖登格日乐)
        name = steppe
        if not name or (len(name) < 4 and c in _FIRST_CHARS):
            name = (_name_after(text, j + 1) if c in _FIRST_CHARS else None) or name
        if not name and dai:
            name = _dai_name(text, j + 1)
        if not name or is_word(name):
            break
        nxt = j + 1 + len(name)
        if _role_opens(text, nxt):
            break  # 讲解员何雨桐、熊猫谷讲解员罗嘉怡: an item right before a job noun is its employer, no person
        if name is steppe and len(name) >= 4:
            pass  # two name elements need no word after them (扎西平措、尼玛次仁亲切交谈)
        elif not _name_may_end(text, nxt):
            break
        out.append(name)
        j = nxt
    return out


def _role_opens(text: str, j: int) -> bool:
    """True when a title or job noun of two or more characters opens at ``text[j]`` and a name follows it
    (…、熊猫谷讲解员罗嘉怡): the item before it is the employer of that person; a title after a list of names with
    no name after it (张磊、王浩宇主任出席) is theirs."""
    return any(text[j:j + k] in _ROLE_SET and j + k < len(text) and _name_after(text, j + k)
               for k in _ROLE_LENS if k >= 2)

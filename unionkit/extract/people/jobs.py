"""A name after a trade or a job noun (焊工王刚说, 保洁员李娜), contacts and speakers (联系人：王刚, 主讲人：周海燕,
王刚，0519-…) and four-character names before a verb of speech (_trade_speakers, _job_workers, _staff_nouns).
"""

from __future__ import annotations

import re

from ... import lazyrx
from ... import recode
from ...record import Person
from ..wordrx import trie_pattern
from .surnames import _CONTEXT_SURNAMES, _SINGLE
from .roles import _FOLLOW_CHARS, _NOT_GIVEN, _ORG_END, _ROLE_SET, _TRADE_SET, _WEAK_ROLES
from .dictionary import _either_script, _entry, is_word, _rare_word, _simplified
from .shape import _given_ok, _HAN_RUN_BEFORE, _IS_HAN, is_person_name, _opens_with_word, _surname_len, _VERB_SURNAMES
from .boundaries import _ASPECT, _everyday_word, _name_after, _name_may_end, _word_at
from .minority import (
    _hui_name, _hui_number_name, _is_translit, _STEPPE_HEADS, _steppe_name, _steppe_name_at, _TIBETAN_PARTS,
    _translit_after, _TRANSLIT_OPENERS)
from .chains import _cut_org, _is_union, _organ_tail, _role_ending_at, _title_chain
from .after_role import _manner_word_at


# A worker named by a trade ending in 工 that no list holds (腌制工周芳说：, 挤奶工其其格问): the name is
# what the verb of speech or question right after it says; a surname or a transliterated name opens it.
# (standard re, opening with the literal 工: the engine skips ahead to it; the Han character before 工 is
# checked in code)
# The verbs of speech or question after a worker's name (both trade-speaker patterns share them).
_TRADE_SAY = ("说", "說", "表示", "介绍", "介紹", "问道", "問道", "问", "問", "感慨", "坦言")
_TRADE_SPEAKER = recode.compile(r"[工员員](?P<name>[%s][\u4e00-\u9fff]{1,2}?|(?:%s)[\u4e00-\u9fff]{0,5}?)"
                            r"(?:%s)(?=\s*[:：,，。“「])"
                            % (re.escape(_SINGLE + "".join(sorted(_CONTEXT_SURNAMES))), "|".join(_TRANSLIT_OPENERS),
                               "|".join(_TRADE_SAY + ("告诉记者", "告訴記者"))))


def _two_han_before(text: str, j: int) -> bool:
    """True when two Han characters (of the basic block) stand right before ``text[j]``: a work word before a job
    character before a surname (see _job_workers and _staff_nouns)."""
    return j >= 2 and "\u4e00" <= text[j - 2] <= "\u9fff" and "\u4e00" <= text[j - 1] <= "\u9fff"


# The second character of a verb whose result or aspect it marks (接到, 做过, 干完): such a verb takes 工 as the
# first character of its object (接到工单后, 做过工地活), so no work word closes there.
_RESULT_ENDS = _ASPECT | frozenset("到")


def _job_workers(text: str, found: list[tuple[int, Person]], ends: list[int]) -> None:
    """Add to ``found`` the worker named right after a job noun ``<work word>工`` that the trade list lacks
    (炼钢工解文斌翻着…), titled with it: the work word must be a dictionary word, 工 must open no word with
    the surname (工程, 工资), and the name must be whole (a word or verb phrase after it, as after a title).
    ``ends`` are the positions right after each 工 that a surname character follows (from _from_text's trade
    scan); the two Han characters before the 工 are checked here."""
    for end in ends:
        if not _two_han_before(text, end - 1):
            continue  # no two-character work word before the 工
        job = text[end - 3:end]
        if job in _TRADE_SET or text[end - 4:end] in _TRADE_SET or any(e == end for e, _ in found):
            continue
        if job[1] in _RESULT_ENDS:
            continue  # 接到工单后: a verb and its result, then the object 工单, no job noun
        if is_word(job[1:]) and not _verb_worker_job(job):
            continue  # 员工, 施工 …: 工 closes a word of its own (a few such pairs, asked again and again)
        steppe = _steppe_name_at(text, end, True) if text[end:end + 2] in _STEPPE_HEADS else None
        if steppe and len(steppe) >= 4:
            name = steppe  # (司炉工苏和巴图说: two Mongolian elements, not a Chinese reading 苏和巴, as after a title)
        else:
            name = _name_after(text, end, loose=True)
        if not name or name is not steppe and (not is_person_name(name, True) or _job_slot_opens_with_word(name)):
            name = _hui_number_name(text, end)  # (鋼筋工馬尕五十說)
            if name:
                found.append((end, Person(name, [job])))
            continue
        # (the pairs asked last are seldom asked twice: only where a name follows)
        if is_word(job[:2]) and not _word_at(text, end - 1):  # 工程, 工资: the 工 opens a word
            found.append((end, Person(name, [job])))


def _verb_worker_job(job: str) -> bool:
    """True for a job noun ``<work verb>工`` whose 工 also closes a worker noun with the verb's second character
    (养护工: 养护 v + 护工 n, 看护工): the verb says the whole is the job; a people noun of the role list (职工,
    员工, 农民工) or a noun before 工 (织女工, 水电工) is left to the other rules."""
    if job in _ROLE_SET or job[1:] in _ROLE_SET:
        return False
    head, tail = _entry(job[:2]), _entry(job[1:])
    return len(head) > 2 and head[2] in ("v", "vn") and len(tail) > 2 and tail[2] == "n"


def _job_slot_opens_with_word(name: str) -> bool:
    """_opens_with_word for a name right after a job noun, a slot that says a name stands there: a surname pair
    that is only a rare dictionary word (投递员甘子豪: 甘子, 3 in jieba) does not end the name there."""
    return _opens_with_word(name) and not _either_script(_rare_word, name[:2])


_PLAIN_STAFF = frozenset(("人员", "人員"))


def _staff_nouns(text: str, found: list[tuple[int, Person]], ends: list[int]) -> None:
    """Add to ``found`` the person named right after a job noun ending in 员 that neither the roles nor the trades
    list (图书馆馆员秦雪梅为…, 瞭望员孟繁荣的手), titled with it: the pair ``X员`` a dictionary noun (馆员, 店员), or a
    work word before 员 that closes no word with it (瞭望员); 员 must open no word with the surname (员工), and the
    name must be whole, as after a title.  Listed roles (委员, 会员, 队员) are left to the role scan and its rules.
    ``ends`` are the positions right after each 员/員 that a surname or Tibetan name character follows (from
    _from_text's trade scan)."""
    for end in ends:
        if not _two_han_before(text, end - 1):
            continue
        pair, job = text[end - 2:end], text[end - 3:end]
        if (pair in _ROLE_SET or job in _ROLE_SET or text[end - 4:end] in _ROLE_SET or job in _TRADE_SET
                or text[end - 4:end] in _TRADE_SET or pair in _PLAIN_STAFF or text[end] in _VERB_SURNAMES
                or any(e == end for e, _ in found)):
            continue  # (技术人员占比达到: 人员 is staff in general, after which a word often follows, and 占 a verb)
        tib = _tibetan_after_job(text, end)  # (环保员格绒曲措说: a Tibetan name has no surname)
        name = tib or _name_after(text, end, loose=True)
        if not tib and (not name or not is_person_name(name, True) or _job_slot_opens_with_word(name)) \
                or _everyday_word(text[end - 1:end + 1]):
            continue  # (员工: 员 opens a word with the next character; a place across it, 员林, says nothing)
        parts = _entry(pair)
        noun = len(parts) > 2 and parts[2] == "n"
        if is_word(job[:2]) and (noun or not parts):
            found.append((end, Person(name, [_unit_job(text, end, job) or job])))  # 瞭望员, 仲裁员 (not 裁员)
        elif noun:  # 图书馆馆员: the pair is the job; 营业部收派员: the pair closes a job word after the unit
            found.append((end, Person(name, [_unit_job(text, end, pair) or _unit_job(text, end, job) or pair])))
        elif not parts and len(name) == 3 and _surname_len(name) == 1 and _coined_job(text, end, job):
            found.append((end, Person(name, [_unit_job(text, end, job) or job])))  # 揽投部揽投员佘立新


def _coined_job(text: str, end: int, job: str) -> bool:
    """True for a trade's own job noun ``job`` (ending in 员 at ``end``) that no dictionary lists (揽投员, 分揀员): two
    content characters that are no word, after the unit the job belongs to (揽投部揽投员) or in front of a verb-like
    character that follows names (揽投员佘立新以…)."""
    if is_word(job[:2]) or set(job[:2]) & _NOT_GIVEN:
        return False
    return _unit_job(text, end, job) is not None or (end + 3 < len(text) and text[end + 3] in _FOLLOW_CHARS)


def _tibetan_after_job(text: str, at: int) -> str | None:
    """A Tibetan name of two name elements at ``text[at]`` (after a job noun) that ends where a name may end."""
    if text[at:at + 2] not in _TIBETAN_PARTS or text[at + 2:at + 4] not in _TIBETAN_PARTS \
            or text[at + 4:at + 6] in _TIBETAN_PARTS:  # (a third element: a longer name than this reads)
        return None
    return text[at:at + 4] if _name_may_end(text, at + 4) else None


def _unit_job(text: str, end: int, job: str) -> str | None:
    """The unit + ``job`` (ending at ``end``) as one title when the text before the job ends like an organ
    (县图书馆馆员, 顺丰速运偃师营业部收派员), else None: what stands before a job noun is often just prose (握着瞭望员)."""
    st = end - len(job)
    j = _HAN_RUN_BEFORE.match(text, 0, st).start()
    org = _organ_tail(_cut_org(text[j:st])) if j < st else ""
    return org + job if org and _ORG_END.search(org) else None


def _context_surname_speaker(name: str) -> bool:
    """True when a three-character ``name`` between a trade and a verb of speech opens with a surname that is a
    common character (_CONTEXT_SURNAMES) and its given part is name-like and no everyday word: the slot fixes
    both ends, so the surname pair may be a word (破碎工修长海说: 修长 is an adjective, 长海 a rare place)."""
    return (len(name) == 3 and name[0] in _CONTEXT_SURNAMES and _given_ok(name[1:]) and not is_word(name)
            and not _everyday_word(name[1:]) and not _ORG_END.search(name) and name[1:] not in _ROLE_SET)


def _trade_speakers(text: str, found: list[tuple[int, Person]]) -> None:
    """Add to ``found`` the workers named after a trade ending in 工 or 员 (评茶员谢雨桐说) and before a verb of speech."""
    for mt in _TRADE_SPEAKER.finditer(text):
        name, at = mt["name"], mt.start("name")
        if mt.start() == 0 or not _IS_HAN[text[mt.start() - 1]]:
            continue
        if any(e == at for e, _ in found):
            continue  # already read after a listed trade (钢筋工 …)
        if _manner_word_at(text, at):
            continue  # 队员齐声说: a word of manner before the verb, no name
        if _surname_len(name) and is_person_name(name) and not is_word(name[:2]) or _context_surname_speaker(name):
            found.append((at, Person(name, [])))  # (a trade and a verb of speech: strong, 破碎工修长海说)
        elif not _surname_len(name) and _translit_after(text, at) == name:
            found.append((at, Person(name, [])))
    for mt in _TRADE_STEPPE_SPEAKER.finditer(text):
        name, at = mt["name"], mt.start("name")
        if mt.start() > 0 and _IS_HAN[text[mt.start() - 1]] and all(e != at for e, _ in found) \
                and (_steppe_name(_simplified(name), True) or _hui_name(name)):
            j = _HAN_RUN_BEFORE.match(text, 0, at).start()
            job = text[j:at]  # (挤奶工, 牧民工: the job noun alone when the run before the name is that short)
            found.append((at, Person(name, [job] if 2 <= len(job) <= 4 else [])))


# A Mongolian or Tibetan worker named after a trade ending in 工, 工人 or 员 and before a verb of speech (挤奶工图雅说,
# 牧民工才讓加說): the name has no surname, so _TRADE_SPEAKER misses it; _steppe_name must read it whole.
# (standard re, opening with a literal class: the engine skips ahead to it)
_TRADE_STEPPE_SPEAKER = recode.compile(r"(?:工人?|员|員)(?P<name>[\u4e00-\u9fff]{2,6}?)"
                                       r"(?:%s)(?=\s*[:：,，。“「])" % "|".join(_TRADE_SAY))


# A notice's contact person (联系人：郑丽娟，联系电话：…): the name right after the label, ending the field.
# The label may name the contact's department first, a space before the name (联系人：省总工会宣传教育部 金哲).
# (a lecture's or a slide deck's speaker is labelled the same way: 主讲人：周海燕 on a deck's title slide, and a
# training schedule's lecturer after each session: 授课人:市总工会组织部 王某)
_CONTACT = lazyrx.compile(r"(?P<role>联系人|聯絡人|联络人|聯繫人|主讲人|主講人|授课人|授課人)\s*[:：]?\s*"
                         r"(?:(?P<dept>\p{Han}{2,24}?(?:部|处|處|科|室|中心|办|辦|站|所|队|隊|组|組|会|會))[ \u3000]+)?"
                         r"(?P<name>\p{Han}{2,5}?)"
                         r"(?=$|[^\p{Han}]|(?:联系)?电话|(?:聯絡|聯繫)?電話|手机|手機|同志)")


def _contacts(text: str) -> list[tuple[int, Person]]:
    """(where, person) of the contact people (or the speaker) a text names after its 联系人 (主讲人, 授课人) label, titled
    with the label (or the department before them); a cheap gate first, as most texts have no such label."""
    if not (("联" in text or "聯" in text or "讲人" in text or "講人" in text or "课人" in text or "課人" in text)
            and _CONTACT_LABEL.search(text)):
        return []
    return [(mt.start("name"), Person(mt["name"], [mt["dept"] or mt["role"]])) for mt in _CONTACT.finditer(text)
            if is_person_name(mt["name"]) or _is_translit(mt["name"])]  # (那仁格日勒, 吉克阿依)


# A phone number of a contact list (0519-86312457, 13812345678): a landline with its area code, or a mobile.
_PHONE = lazyrx.compile(r"(?<!\d)(?:0\d{2,3}[-－]?\d{7,8}|1[3-9]\d{9})(?!\d)")
# The name of a field right before a phone number (部门：吴某某，0519-…；李某某，电话：…): the field opens after
# punctuation, a separator and a phone label may stand between.
_NAME_BEFORE_PHONE = lazyrx.compile(r"(?<!\p{Han})(?P<name>\p{Han}{2,4})[，,：:（(\s]\s*"
                                   r"(?:(?:联系|聯絡|聯繫)?(?:电话|電話|手机|手機)\s*[：:]?\s*)?\Z")
_PHONE_FIELD = 16  # (how far before a phone number its contact's field may start)


def _phone_contacts(text: str) -> list[tuple[int, Person]]:
    """(where, person) of each name a contact list gives with its phone number (服务部：王某，0519-…；李某，0519-…):
    a notice's contacts, often with no 联系人 label.  The phone numbers are found first (a digit-led scan); the
    field before each must be a name alone."""
    out: list[tuple[int, Person]] = []
    if "0" not in text and "1" not in text:  # (every number of _PHONE opens with 0 or 1: most paragraphs have neither)
        return out
    for ph in _PHONE.finditer(text):
        mt = _NAME_BEFORE_PHONE.search(text, max(0, ph.start() - _PHONE_FIELD), ph.start())
        if mt and is_person_name(mt["name"]):
            out.append((mt.start("name"), Person(mt["name"], [])))
    return out


# Words a union officer's name is followed by when it is reported (… 介绍, … 表示, … 说).
_SAY_AFTER = ("表示", "指出", "强调", "強調", "介绍", "介紹", "认为", "認為", "说", "說", "致辞", "致辭", "讲话", "講話")


def _four_character_name(text: str, i: int) -> tuple[str, list[tuple[str, str]]] | None:
    """(name, title chain) of a four-character name with no Chinese surname (萨仁高娃, 扎西顿珠) at
    ``text[i]``, which a verb of speech follows: only after a union officer's title, where a name is what
    must come next.  Neither half may be an ordinary word (亲自带队 is prose) and no function character
    may stand in it, and its first character must not end a longer role (理事长苏伟强: 长 is the role's)."""
    name = text[i:i + 4]
    if i <= 0 or not _FOUR_HAN.fullmatch(name) or set(name) & _NOT_GIVEN:
        return None
    segs = _title_chain(text, i)
    if not segs or segs[-1][1] in _WEAK_ROLES or not _is_union(segs[-1][0]) or _role_ending_at(text, i + 1):
        return None
    if is_word(name) or is_word(name[:2]) or is_word(name[2:]):
        return None
    return name, segs


_FOUR_HAN = lazyrx.compile(r"\p{Han}{4}")
_SAY_RX = recode.compile(trie_pattern(_SAY_AFTER))
_CONTACT_LABEL = recode.compile("联系人|聯絡人|联络人|聯繫人|主讲人|主講人|授课人|授課人")

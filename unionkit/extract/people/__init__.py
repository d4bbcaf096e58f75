"""People named in an article, with the titles they are given.

Names are only taken where the context says "this is a person":
- a title chain right before a name (``红桥区总工会党组书记、主席孙玉龙``): the
  strong case, titles are split at 、 and a bare role inherits the union named
  in the segment before it (党组书记、主席 → 红桥区总工会主席); a bare role after
  a non-union organ stays bare (市委常委、秘书长 → 秘书长);
- a quotation verb right after a whole clause-initial name (``孙玉龙说:``);
- bylines and editor lines from the removed pieces (记者 王刚 → [记者],
  责任编辑:朱晶晶 → [责任编辑], a trailing (喻娟) → []).
A candidate must start with a Chinese surname (single or compound, both
scripts), have no function characters in its given name, and must not be an
ordinary word of jieba's dictionary (焦点, 休闲, 项目; words tagged as person
names there, like 高峰, still pass).  The dictionary is read lazily as a text
file, without importing jieba; jieba's segmentation and POS tags are not used.
"""

from __future__ import annotations

import re

from ... import lazyrx
from ... import recode
from ...record import Article, Meta, Person, Place, Removal, Union
from ..wordrx import trie_pattern
from ..meta import join_spaced_pair, joined_removals
from .surnames import COMPOUND_SURNAMES, _CONTEXT_SURNAMES, _SINGLE, SURNAMES, _TITLE_SURNAMES
from .roles import (
    _FOLLOW_CHARS, _FOLLOW_WORDS, _NOT_GIVEN, _ORG_END, _ROLE_RX, _ROLE_SET, _ROLES, _TRADE_LENS, _TRADE_SET,
    _WEAK_ROLES)
from .dictionary import (
    _any_entry, _either_script, _entry, _FIRST_CHARS, is_word, _PLACE_WORD, _place_word, _proper_noun, _rare_word,
    _raw_line, _raw_tag, _simplified)
from .shape import (
    _given_ok, _HAN_RUN_BEFORE, _IS_HAN, is_person_name, looks_like_name, _opens_with_word, _surname_len,
    _VERB_SURNAMES)
from .boundaries import _everyday_word, _name_after, _name_may_end, _word_at
from .minority import (
    _AFTER_ROLE_FIRST, _hui_name, _hui_number_name, _is_translit, _STEPPE_HEADS, _steppe_name, _TIBETAN_FIRST,
    _tibetan_name, _TIBETAN_PARTS, _translit_after, _TRANSLIT_FIRST, _TRANSLIT_OPENERS, _YI_FIRST)
from .chains import (
    _cut_org, _is_union, _organ_tail, _resolve, _role_ending_at, _split_role, _title_chain, _titles, _TRADE_AT,
    _TRADE_TAILS)
from .after_role import _BYLINE_ROLES, _manner_word_at
from .titled import (
    _bracketed_second_title, _OFFICE_END_LAST, _office_title, _ROLE_NOTE, _title_surname_shape, _titled_name,
    _unsurnamed_after_title)
from .phrased import (
    _BRACKET_ROLE_NAME, _ELECTED_AS, _elected_holder, _ELECTED_NAME, _elected_subject, _FAMILIAR_THEN_FULL,
    _is_clause_names, _LATIN_AFTER_ROLE, _LATIN_THEN_HAN, _minority_name, _phrased_names, _pinyin_surname,
    _studio_names, _takes_office)
from .dotted import _DOT_NAME_CHARS, _DOT_RX, _DOTTED, _dotted_names
from .lists import _name_lists, _ORG_BEFORE_NAME, _unit_name_deng
from .de_names import (
    _DE_HOLDING, _de_minority_names, _de_name_shape, _de_names, _given_no_word, _quoted_honorific_names)
from .dictionary import _dictionary_parts, is_common_word


# (说 may carry an adverb of manner: 王建华感慨地说：, 李娜笑着说，)
# The verbs of speech that introduce a quotation; _SPEECH_OR_TITLE below reads them too.
_SPEECH_VERBS = "说 說 表示 指出 强调 強調 介绍 介紹 认为 認為 坦言 感慨 透露 笑着说 告诉记者 告訴記者".split()
_QUOTE_RX = lazyrx.compile(
    r"(?:^|(?<=[，,。;；:：！？!?“”\"「」『』\s、—…]))(?P<name>\p{Han}{2,4}?)"
    r"(?:(?:\p{Han}{1,2}地|笑着|笑著)?(?:说|說)|%s)\s*[:：,，“「]" % "|".join(_SPEECH_VERBS[2:])
)


# The tail of _QUOTE_RX alone: a cheap test that skips the full pattern on most paragraphs.  The standard
# module over a trie runs it faster; its \s also takes the four ASCII separators \x1c-\x1f, so it finds
# every paragraph the `regex` tail does (and the full pattern then decides).
_QUOTE_TAIL = recode.compile(r"(?:%s)\s*[:：,，“「]" % trie_pattern(_SPEECH_VERBS))


# What may stand right after a role for _titled_name to read a name there: a character that opens a Chinese,
# Yi, Mongolian, Tibetan, transliterated or Dai name, or the space, bracket or closing bracket the loop
# below steps over.
_AFTER_ROLE_NEXT = (_FIRST_CHARS | _YI_FIRST | _AFTER_ROLE_FIRST | frozenset(h[0] for h in _STEPPE_HEADS)
                    | frozenset(" \u3000（(）)") | _TITLE_SURNAMES)


def _from_text(text: str, unions, places, said: set[str] | None = None) -> list[Person]:
    """People in running text: title chains before names, then clause-initial quoted speakers.

    ``said`` collects the quoted speakers whose name is also a word (see _word_names)."""
    found: list[tuple[int, Person]] = []
    first, n, after_role = _FIRST_CHARS, len(text), _AFTER_ROLE_NEXT
    office_last, office_end_last, han = _OFFICE_LAST, _OFFICE_END_LAST, _IS_HAN  # (locals: the loop runs per role)
    roles = _ROLE_RX.finditer(text) if _ROLE_PAIR.search(text) or _OFFICE_RX.search(text) else ()
    for mt in roles:
        end = mt.end()
        last = text[end - 1]
        if last in office_last and mt.group() in _OFFICES_AFTER:
            _name_before_office(text, mt.start(), mt.group(), found, unions, places)
        if end >= n:
            continue
        c = text[end]
        if c not in after_role:
            if last in office_end_last and han[c] and _office_title(mt.group()):
                _unsurnamed_after_title(text, end, end, unions, places, found)  # (主席才让东周与…)
            continue  # (most roles run on into a word: 职工群众, 主席台; one set test skips them)
        at, role = end, None
        if c == " " or c == "\u3000":  # 记者 王刚: bylines put a space there
            at += 1
            c = text[at] if at < n else ""
        elif (c == "（" or c == "(") and (note := _ROLE_NOTE.match(text, end)) and note.end() < n \
                and text[note.end()] in first and not is_person_name(note.group()[1:-1]):
            at = note.end()  # 副主席（挂职）仝文博: a short note on the post between the title and the name
            c = text[at]
        elif (c == "）" or c == ")") and end + 1 < n and (text[end + 1] in first or text[end + 1] in _TRANSLIT_FIRST):
            got = _bracketed_second_title(text, mt.start(), end)
            if got is None:
                continue
            end, role = got
            at = mt.end() + 1
            c = text[at]
        _titled_name(text, end, at, role or mt.group(), unions, places, found)
    # (this scan also finds every 工 before a surname and every 员/員 before a surname or a Tibetan name: the
    # candidates of _job_workers and _staff_nouns, which need no scans of their own)
    gong_at, yuan_at, tibetan = [], [], _TIBETAN_FIRST
    for mt in _TRADE_AT.finditer(text):
        end = mt.end()
        j = text[end - 1]
        if j == "工":
            if text[end] in first:
                gong_at.append(end)
        elif (j == "员" or j == "員") and (text[end] in first or text[end] in tibetan):
            yuan_at.append(end)
        if text[end - 2:end] not in _TRADE_TAILS:
            continue  # (one set look-up drops most candidates: 人员多, 会员王 are no trade nouns)
        role = next((text[end - k:end] for k in _TRADE_LENS if text[end - k:end] in _TRADE_SET), None)
        if role and all(e != end for e, _ in found):
            at = end + 1 if text[end] in (" ", "\u3000") else end
            _titled_name(text, end, at, role, unions, places, found)
    gong, yuan = "工" in text, "员" in text or "員" in text
    if gong_at:
        _job_workers(text, found, gong_at)
    if yuan_at:
        _staff_nouns(text, found, yuan_at)
    if "工会" in text or "工會" in text:
        # a four-character name with no Chinese surname after a union officer's title (区总工会主席萨仁高娃介绍)
        for mt in _SAY_RX.finditer(text):
            got = _four_character_name(text, mt.start() - 4)
            if got:
                found.append((mt.start() - 4, Person(got[0], _titles(got[1], unions, places))))
    found.extend(_contacts(text))
    speech = _SPEECH_OR_TITLE.search(text) is not None
    if speech:  # most paragraphs have neither: three scans saved
        _speakers_and_titled(text, found, said)
    # (_TRADE_SPEAKER's verbs are verbs of speech before the same punctuation, or 问: no match without either)
    if (gong or yuan) and (speech or "问" in text or "問" in text):
        _trade_speakers(text, found)
    if "(" in text or "（" in text:  # (no search before the finditer: it would run the same scan twice)
        for rx in (_LATIN_THEN_HAN, _FAMILIAR_THEN_FULL):
            for mt in rx.finditer(text):
                if is_person_name(mt["name"]):
                    found.append((mt.start(), Person(mt["name"], _titles(_title_chain(text, mt.start()), unions,
                                                                          places))))
    if "：" in text or ":" in text:
        for mt in _BRACKET_ROLE_NAME.finditer(text):
            if mt["role"] in _ROLE_SET and (is_person_name(mt["name"]) or _DOTTED.fullmatch(mt["name"])):
                found.append((mt.start("name"), Person(mt["name"], [mt["role"]])))
    if ("着" in text or "著" in text) and ("说" in text or "說" in text or "问" in text or "問" in text):
        _co_verb_speakers(text, found)
    # (the pattern opens with a lookbehind, so it is tried at every position: the space between the given
    # and the family name, which most paragraphs lack, is the cheap first test)
    for mt in _LATIN_AFTER_ROLE.finditer(text) if " " in text else ():
        role = _role_ending_at(text, mt.start())
        if role and role not in _WEAK_ROLES and not _pinyin_surname(mt["family"]):
            found.append((mt.start(), Person(mt["name"], _titles(_title_chain(text, mt.start()), unions, places))))
    if "、" in text:
        found.extend(_name_lists(text))
    if "的" in text:
        found.extend(_de_names(text))
        found.extend(_de_minority_names(text))
    if "”" in text or "」" in text:
        found.extend(_quoted_honorific_names(text))
    if "·" in text or "・" in text or "•" in text or "‧" in text:
        for at, name, _ in _dotted_names(text):
            found.append((at, Person(name, _titles(_title_chain(text, at), unions, places))))
    if "等" in text:
        _unit_name_deng(text, found)
    if "是" in text:
        _is_clause_names(text, found)
    if "工作室" in text:
        _studio_names(text, found)
    if "位是" in text or "选举" in text or "選舉" in text or "来自" in text or "來自" in text:
        _phrased_names(text, unions, places, found)
    if "当选" in text or "當選" in text:
        for mt in _ELECTED_NAME.finditer(text):
            _elected_subject(text, mt, unions, places, found)
    if "的" in text and _takes_office(text):  # (the cheap gate; _ELECTED_AS itself is scanned once)
        for mt in _ELECTED_AS.finditer(text):
            _elected_holder(text, mt, unions, places, found)
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def _quote_matches(text: str):
    """The matches of _QUOTE_RX in ``text``, in order, tried only in the few positions before each tail (_QUOTE_TAIL).

    A match is a clause-initial run of Han characters (name, adverb, verb: at most eight) and the tail's spaces and
    punctuation, so it ends where a tail ends and opens at most eight characters before that tail's verb; no match
    can open inside another (what follows its first character is Han, spaces or the closing punctuation).  Trying
    each position once from eight before a tail to its end therefore finds the same matches as a scan of the
    whole text, which tries (and fails) the clause-opening look-behind at every character.  Of those positions only
    the ones where a Han character follows a character that is none are tried."""
    done, han = 0, _IS_HAN
    for tail in _QUOTE_TAIL.finditer(text):
        for at in range(max(done, tail.start() - 8), tail.end()):
            # (a name opens with a Han character after none: the look-behind's clause marks hold no Han character)
            if han[text[at]] and (at == 0 or not han[text[at - 1]]):
                mt = _QUOTE_RX.match(text, at)
                if mt:
                    yield mt
        done = tail.end()


def _speakers_and_titled(text: str, found: list[tuple[int, Person]], said: set[str] | None = None) -> None:
    """Add to ``found`` the quoted speakers (孙玉龙说：), 的-clause speakers and names before a title word;
    add to ``said`` the speakers whose name is also a word (甘露说), in a text with 说 or 表示 (_word_names)."""
    if said is not None and not ("说" in text or "說" in text or "表示" in text):
        said = None
    for mt in _quote_matches(text):
        _quoted_speaker(mt, found, said)
    for mt in (_AFTER_QUOTE.finditer(text) if "”" in text or "」" in text else ()):
        _quoted_speaker(mt, found, said)
    if "”" in text or "」" in text:
        _described_speakers(text, found)
    for mt in (_DE_SPEAKER.finditer(text) if "的" in text else ()):
        if is_person_name(mt["name"]) and not is_word(mt["name"][:2]):
            found.append((mt.start("name"), Person(mt["name"], [])))
    for mt in (_DE_TITLE_SURNAME_SPEAKER.finditer(text) if "的" in text else ()):
        if _given_ok(mt["name"][1:]) and _title_surname_shape(mt["name"]):
            found.append((mt.start("name"), Person(mt["name"], [])))  # (…企业工作的者丽芬说。)
    for mt in _TITLE_WORD.finditer(text):
        got = _name_before_title(text, mt.start(), mt.end())
        if got:
            found.append((got[0], Person(got[1], [mt.group()])))


# The speaker named right after a closing quote (“……。”骆俊杰说。): the usual attribution of a quotation,
# which may end the sentence, so 。 may follow the verb here; 说 may carry an adverb (”罗永兴感慨地说。).  Four
# characters for a name with no surname (”多吉次仁说。: _quoted_speaker reads it as a Tibetan or Mongolian name).
_AFTER_QUOTE = recode.compile(r"[”」](?P<name>[\u4e00-\u9fff]{2,4}?)(?:(?:[\u4e00-\u9fff]{1,2}地|笑着|笑著)?(?:说|說)|表示)"
                          r"(?=[。，,])")  # (re: opens with a literal)


# The speaker of a quotation described before the name (”參賽選手、龍文區某酒店廚師長陳建華說。, ”某公司主厨李明说，):
# a long or 、-listed description whose last noun no role list holds; the name is the two or three characters
# before the verb, after a character that ends a noun of person (see _described_speakers).
# (standard re, opening with the literal quote: the engine skips ahead to it)
_DESCRIBED_SPEAKER = recode.compile(r"[”」](?P<phrase>[\u4e00-\u9fff、]{4,30}?)(?:说|說|表示|介绍|介紹)(?=[。，,])")


# The characters that end a head or master of a place or trade (厨师长, 店长, 主厨, 摊主, 工匠, 技术员); the nouns of
# the role lists are read by their own rules.
_PERSON_NOUN_LAST = frozenset("长長师師员員厨廚官家士主匠")


# What makes a description a clause (来自…的, 在…工作, 刚办好…): not the title a name stands after.
_CLAUSE_CHARS = frozenset("的在了过過着著")


def _described_speakers(text: str, found: list[tuple[int, Person]]) -> None:
    """Add to ``found`` the speaker named after a description that ends in a noun of person no role list holds,
    right after a closing quote and before the verb of speech (_DESCRIBED_SPEAKER), titled with its last item."""
    for mt in _DESCRIBED_SPEAKER.finditer(text):
        phrase, end = mt["phrase"], mt.end("phrase")
        if _role_ending_at(text, end - 2) or _role_ending_at(text, end - 3) \
                or any(p.name == phrase[-3:] or p.name == phrase[-2:] for _, p in found):
            continue  # a listed role before the name, or a name found already: read by the other rules
        for k in (3, 2):
            name, desc = phrase[-k:], phrase[:-k]
            last = desc.rsplit("、", 1)[-1]
            if len(last) >= 2 and last[-1] in _PERSON_NOUN_LAST and _CLAUSE_CHARS.isdisjoint(last) \
                    and looks_like_name(name, True) and not is_word(name):
                found.append((end - k, Person(name, [last])))
                break


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
        if is_word(job[1:]) and not _verb_worker_job(job):
            continue  # 员工, 施工 …: 工 closes a word of its own (a few such pairs, asked again and again)
        name = _name_after(text, end, loose=True)
        if not name or not is_person_name(name, True) or _job_slot_opens_with_word(name):
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


# A speaker described by a clause ending in 的 (干了28年钳工的王长青说。, 在车间干了20年的陈伟雄说:): a single
# surname + one or two given characters between 的 and a verb of speech that ends the clause (做收银员的刘芳说);
# a name that is a word (从职工的方面说) is none.  说 may carry an adverb of manner (被…录取的刘思雨动情地说：).
# The same for a surname of _TITLE_SURNAMES (者 of the Yi, 要): a three-character name, then 说 and punctuation.
_DE_TITLE_SURNAME_SPEAKER = recode.compile(r"的(?P<name>[%s][\u4e00-\u9fff]{2})(?:说|說)(?=\s*[:：,，。“「])"
                                           % "".join(sorted(_TITLE_SURNAMES)))
_DE_SPEAKER = lazyrx.compile(r"的(?P<name>[%s]\p{Han}{1,2})(?:(?:\p{Han}{1,2}地|笑着|笑著)?(?:说|說)|表示|介绍|介紹)"
                             r"(?=\s*[:：,，。“「])" % _SINGLE)


# A speaker who acts before speaking (在口岸从事报关工作的宗晓冬拿着刚借到的书说，, 王晓冬指着展板说：): a name opening
# the clause or right after a 的-phrase, a one-character verb with its aspect particle (拿着, 指着, 端着), and a verb
# of speech closing the same clause.  (standard re; run only on texts with 着 and a verb of speech)
_CO_VERB_SPEAKER = recode.compile(r"(?:^|(?<=[，,。;；:：！？!?“”\s的]))(?P<name>[%s][\u4e00-\u9fff]{1,2}?)"
                              r"(?P<verb>[\u4e00-\u9fff][着著])[^，,。;；:：！？!?“”\n]{0,24}?(?:说|說|问|問)(?=\s*[:：,，。“「])"
                              % re.escape(_SINGLE))


def _co_verb_speakers(text: str, found: list[tuple[int, Person]]) -> None:
    """Add the speakers of _CO_VERB_SPEAKER: a whole name that is no word, whose surname pair is no word, and whose
    last character opens no word with the verb (李刚拿着 passes, 高举着 and 刘海拿着 do not)."""
    for mt in _CO_VERB_SPEAKER.finditer(text):
        name, v = mt["name"], mt["verb"][0]
        if v in _NOT_GIVEN or _word_at(text, mt.end("name") - 1) or not is_person_name(name):
            continue
        if len(name) == 3 and is_word(name[:2]):
            continue
        found.append((mt.start("name"), Person(name, [])))


# A notice's contact person (联系人：郑丽娟，联系电话：…): the name right after the label, ending the field.
# The label may name the contact's department first, a space before the name (联系人：省总工会宣传教育部 金哲).
_CONTACT = lazyrx.compile(r"(?P<role>联系人|聯絡人|联络人|聯繫人)\s*[:：]?\s*"
                         r"(?:(?P<dept>\p{Han}{2,24}?(?:部|处|處|科|室|中心|办|辦|站|所|队|隊|组|組|会|會))[ \u3000]+)?"
                         r"(?P<name>\p{Han}{2,5}?)"
                         r"(?=$|[^\p{Han}]|(?:联系)?电话|(?:聯絡|聯繫)?電話|手机|手機|同志)")


def _contacts(text: str) -> list[tuple[int, Person]]:
    """(where, person) of the contact people a text names after its 联系人 label, titled with the label (or the
    department before them); a cheap gate first, as most texts have no such label."""
    if not (("联" in text or "聯" in text) and _CONTACT_LABEL.search(text)):
        return []
    return [(mt.start("name"), Person(mt["name"], [mt["dept"] or mt["role"]])) for mt in _CONTACT.finditer(text)
            if is_person_name(mt["name"]) or _is_translit(mt["name"])]  # (那仁格日勒, 吉克阿依)


# Words a union officer's name is followed by when it is reported (… 介绍, … 表示, … 说).
_SAY_AFTER = ("表示", "指出", "强调", "強調", "介绍", "介紹", "认为", "認為", "说", "說", "致辞", "致辭", "讲话", "講話")


def _four_character_name(text: str, i: int) -> tuple[str, list[tuple[str, str]]] | None:
    """(name, title chain) of a four-character name with no Chinese surname (萨仁高娃, 扎西顿珠) at
    ``text[i]``, which a verb of speech follows: only after a union officer's title, where a name is what
    must come next.  Neither half may be an ordinary word (亲自带队 is prose) and no function character
    may stand in it."""
    name = text[i:i + 4]
    if i <= 0 or not _FOUR_HAN.fullmatch(name) or set(name) & _NOT_GIVEN:
        return None
    segs = _title_chain(text, i)
    if not segs or segs[-1][1] in _WEAK_ROLES or not _is_union(segs[-1][0]):
        return None
    if is_word(name) or is_word(name[:2]) or is_word(name[2:]):
        return None
    return name, segs


_FOUR_HAN = lazyrx.compile(r"\p{Han}{4}")
_SAY_RX = recode.compile(trie_pattern(_SAY_AFTER))
_CONTACT_LABEL = recode.compile("联系人|聯絡人|联络人|聯繫人")


# A professional title written after the name (接待我们的是罗志刚律师): the name starts a clause or follows
# a word that introduces a person (是, 由, 找, 请 …); never a firm or a body named after the title (律师事务所).
_TITLE_WORDS = ("律师", "律師", "医生", "醫生", "医师", "醫師", "教授", "法官", "检察官", "檢察官", "工程师", "工程師",
                "会计师", "會計師")


# An office written after the name (援助中心的覃振华主任接待了我们): found by the role scan of _from_text (these
# words stand in most paragraphs, as roles before a name: 副主席王刚), not as title words above.
_OFFICES_AFTER = frozenset(("主任", "书记", "書記", "主席", "副主任", "副书记", "副書記", "副主席", "部长", "部長",
                            "副部长", "副部長", "局长", "局長", "副局长", "副局長", "院长", "院長", "副院长", "副院長",
                            "校长", "校長", "副校长", "副校長", "厂长", "廠長", "副厂长", "副廠長"))
_OFFICE_LAST = frozenset(w[-1] for w in _OFFICES_AFTER)  # (a cheap first test for the role scan of _from_text)


# The role scan of _from_text acts only on an office of _OFFICES_AFTER or on a role followed by what may open a
# name: a text with neither (a role's last character, then a character of _AFTER_ROLE_NEXT) is not scanned.
# (two flat patterns that the engine skips through by first character; the role trie tries far more positions)
_ROLE_PAIR = recode.compile("[%s][%s]" % (re.escape("".join(sorted({r[-1] for r in _ROLES}))),
                                      re.escape("".join(sorted(_AFTER_ROLE_NEXT)))))
_OFFICE_RX = recode.compile("|".join(map(re.escape, sorted(_OFFICES_AFTER))))


# The last character of an organ's name, which may stand right before a name + office (城市管理局覃志勇副局长).
_ORGAN_LAST = frozenset("局委会會院司部厂廠校所站办辦处處")
_TITLE_WORD = recode.compile(trie_pattern(_TITLE_WORDS))


# One first test for _speakers_and_titled: a verb of speech before punctuation (the tails of _QUOTE_TAIL and
# _DE_SPEAKER, 。 included) or a title word.  Each of the three patterns needs one of these to match.
# (_QUOTE_TAIL's verbs; a flat alternation, every branch opening with a literal: the engine then skips ahead
# by first character)
_SPEECH_OR_TITLE = recode.compile("|".join([re.escape(v) + r"\s*[:：,，。“「]" for v in _SPEECH_VERBS]
                                       + [re.escape(w) for w in _TITLE_WORDS]))
_INTRO_CHARS = set("，,。;；:：！？!?“”\"「」『』 \u3000\t、（(是的由和与與及跟请請找给給被为為向")
_NOT_A_PERSON_AFTER = ("事务所", "事務所", "协会", "協會", "学会", "學會", "学院", "學院", "团队", "團隊", "工作室",
                       "事务", "事務", "楼", "樓", "们", "們")


def _name_before_office(text: str, start: int, word: str, found: list[tuple[int, Person]],
                        unions=None, places=None) -> None:
    """Add to ``found`` the person named right before the office ``word`` at ``start`` (的覃振华主任), titled with it;
    an organ named before the 的 is the office's organ (市总工会的林海波副主席 → 市总工会副主席)."""
    # (a name of two to four characters opens with a surname character after a clause break or a word
    # that introduces a person: one of these three; _name_before_title checks it again)
    for k in (2, 3, 4):
        if start >= k and text[start - k] in _FIRST_CHARS and (start == k or text[start - k - 1] in _INTRO_CHARS):
            got = _name_before_title(text, start, start + len(word))
            if got:
                org = _organ_before_de(text, got[0])
                found.append((got[0], Person(got[1], [_resolve(org, unions, places) + word if org else word])))
            return
    if start >= 5 and text[start - 4] in _ORGAN_LAST and text[start - 3] in SURNAMES:
        _name_after_organ(text, start, word, found, unions, places)


def _name_after_organ(text: str, start: int, word: str, found: list[tuple[int, Person]], unions, places) -> None:
    """Add to ``found`` the three-character name between an organ and its office (县城市管理局覃志勇副局长)."""
    name = text[start - 3:start]
    if (not is_person_name(name) or is_word(name) or is_word(name[:2])
            or text.startswith(_NOT_A_PERSON_AFTER, start + len(word))):
        return
    j = start - 3
    while j > 0 and _IS_HAN[text[j - 1]] and text[j - 1] not in "和与與及" and start - 3 - j < 24:
        j -= 1  # (蓝凤英和县城市管理局: the organ starts after the 和 that joins two people)
    org = _cut_org(text[j:start - 3])
    if org and _ORG_END.search(org):
        found.append((start - 3, Person(name, [_resolve(org, unions, places) + word])))


def _organ_before_de(text: str, at: int) -> str:
    """The organ named in the 的-phrase that ends right before ``text[at]`` (温岭市总工会的|林海波), else ""."""
    if at < 3 or text[at - 1] != "的":
        return ""
    j = at - 1
    while j > 0 and _IS_HAN[text[j - 1]] and at - 1 - j < 24:
        j -= 1
    org = _cut_org(text[j:at - 1])
    return org if len(org) >= 3 and (_is_union(org) or _ORG_END.search(org)) else ""


def _name_before_title(text: str, start: int, end: int) -> tuple[int, str] | None:
    """(position, name) of a person named just before a title word at ``start:end`` (罗志刚律师), if any."""
    if text.startswith(_NOT_A_PERSON_AFTER, end):
        return None
    for k in (3, 2, 4):
        st = start - k
        if st < 0 or (st > 0 and text[st - 1] not in _INTRO_CHARS):
            continue
        name = text[st:start]
        if is_person_name(name):
            return st, name
    return None


# A union's department written right after the union, then a person's name closed by punctuation (联系人：市总工会劳动
#保护部黄志强，联系电话…): a contact or staff member, titled with the department.
_DEPT_NAME = lazyrx.compile(r"(?P<dept>\p{Han}{2,6}?(?:部|处|處|科|室))(?P<name>\p{Han}{2,3})(?=[，,。；;、）)\s]|\Z)")
_NOT_IN_DEPT = frozenset("的了在是和与與及把被将將为為")


def _department_staff(texts: list[str], unions: list[Union], places) -> list[Person]:
    """People named right after a union's department (市总工会劳动保护部黄志强，), titled with the union's full name
    and the department.  Only the positions of the union word are tried (a look-up per 工会, no page scan)."""
    out = []
    for text in texts:
        for word in ("工会", "工會"):
            i = text.find(word)
            while i >= 0:
                mt = _DEPT_NAME.match(text, i + 2)
                if (mt and not _NOT_IN_DEPT.intersection(mt["dept"]) and is_person_name(mt["name"], True)
                        and not _ROLE_WORD.fullmatch(mt["name"])):
                    j = i
                    while j > 0 and _IS_HAN[text[j - 1]] and i - j < 20:
                        j -= 1
                    org = _cut_org(text[j:i + 2])
                    if _is_union(org):
                        out.append(Person(mt["name"], [_resolve(org, unions, places) + mt["dept"]]))
                i = text.find(word, i + 2)
    return out


def _from_bylines(article: Article, meta: Meta | None = None, joined: list[Removal] | None = None) -> list[Person]:
    """Reporters, authors and editors named in the removed byline and editor pieces (``meta``: already extracted;
    ``joined``: joined_removals(article.removed), already made)."""
    if meta is None:
        from ..meta import extract_meta

        meta = extract_meta(article)
    m = meta
    trad = _traditional_bylines(article)
    out = []
    for names, role in ((m.reporter, "reporter"), (m.author, None), (m.editor, "editor")):
        found = _byline_names(names or "")
        if not found and names and _lone_slot_name(article, role, names.strip()):
            found = [names.strip()]
        if not found and names and _tibetan_name(names.strip()):
            found = [names.strip()]  # 作者：拉毛措: a Tibetan name, with no Chinese surname
        if not found and names and _slot_shaped_name(names.strip()):
            found = [names.strip()]  # 记者 敏学军: a surname the list lacks, in a slot that only holds names
        for name in found:
            if role == "reporter":
                titles = [_role_before(article, name, _REPORTER_WORD) or ("記者" if trad else "记者")]
            else:
                titles = [_editor_title(article, trad, name)] if role else []
            out.append(Person(name, titles))
    for r in joined if joined is not None else joined_removals(article.removed):  # (a line that carried pinyin comes in parts: 審|(shěn)|核：郝建平)
        if r.kind in ("editor_line", "credit", "byline", "dateline", "page_header"):
            out.extend(_staff(r.text))  # a header line may carry them too (来源：… | 编辑：黄丽 | 审核：覃海)
            if r.kind in ("byline", "credit") and r.text.strip()[-1:] in "）)":
                out.extend(_signature(r.text.strip()))
            if "：" in r.text or ":" in r.text:
                out.extend(_unit_credits(r.text))  # (作者：宜昌市总工会 向丹: the unit, then the writer)
            if r.kind == "byline":
                out.extend(p for _, p in _contacts(r.text))  # a reply letter's contact block, removed under its text (联系人：李志刚)
        elif r.kind == "navigation" and _only_credits(r.text.strip()):
            out.extend(_staff(r.text))  # a WeChat tail line filed with the menus: only whole 文字｜邱雨涵 credits
        elif r.kind == "navigation" and _PROFESSIONS_END.search(r.text):
            out.extend(_answerer(r.text.strip()))
        if r.kind in ("navigation", "page_header", "byline", "dateline") and ("布" in r.text or "佈" in r.text):
            out.extend(Person(mt["name"], []) for mt in _POSTER.finditer(r.text) if is_person_name(mt["name"]))
    handles = (_poster_handles(article) | _profile_handles(article, out)) if out else set()
    if out and any(_nickname_pen_name(p.name) for p in out):
        out = [p for p in out if not _nickname_pen_name(p.name)]  # (责任编辑：茶小二: a content farm's pen name)
    return [p for p in out if p.name not in handles] if handles else out


# A professional's title that heads a Q&A answer on a line of its own (粤法援律师王振华): the answerer.
_PROFESSIONS = ("律师", "律師", "法官", "医生", "醫生", "医师", "醫師", "教授", "讲师", "講師", "咨询师", "諮詢師",
                "心理咨询师", "心理諮詢師")
_PROFESSIONS_END = recode.compile(r"(?:%s)\S{2,4}$" % "|".join(_PROFESSIONS))


def _answerer(line: str) -> list[Person]:
    """The person of a removed line that is nothing but a professional's title and a name (粤法援律师王振华, the
    header of an answer on a Q&A page, filed with the menus): the name must close the line."""
    if len(line) > 16:
        return []
    got = _from_text(line, [], [])
    return [p for p in got if line.endswith(p.name) and p.titles and p.titles[-1].endswith(_PROFESSIONS)
            and line == p.titles[-1] + p.name]


# Nickname prefixes of pen names (小林, 老树, 阿青; 茶小二 after a word-like surname).
_NICK_PREFIX = frozenset("小老阿")


def _nickname_pen_name(name: str) -> bool:
    """True for a staff value shaped like a content farm's pen name rather than a person's: a surname that is also
    an ordinary character (茶, 那: only _CONTEXT_SURNAMES lists it) before a 小/老/阿 + one character nickname
    (茶小二 = 店小二).  A listed surname keeps such a given name (雷小军, 王小丫 are people)."""
    return (len(name) == 3 and name[1] in _NICK_PREFIX and name[0] in _CONTEXT_SURNAMES
            and name[0] not in SURNAMES and name[0] not in _TRANSLIT_FIRST)


def _slot_shaped_name(value: str) -> bool:
    """True for a lone reporter, author or editor value shaped like a name though its surname is not listed:
    a Han character then a plain given name (敏学军, 仓晓东: rare regional surnames), or a Tibetan name
    element then two characters (索南文江).  The slot says a name stands there; the value must be no
    word, role or organ, and its first pair no dictionary entry at all (敏学 passes; 综合, 新华 do not)."""
    if len(value) not in (3, 4) or not all(_IS_HAN[c] for c in value) or _ROLE_WORD.search(value) \
            or _ORG_END.search(value) or is_word(value) or value[0] in _NOT_GIVEN or value[0] in _NICK_PREFIX:
        return False  # (阿輝哥, 小魚兒, 老巷口: a 阿/小/老 nickname opens a forum poster's handle, no rare surname)
    if len(value) == 4:
        return value[:2] in _TIBETAN_PARTS and _given_ok(value[2:]) and not is_word(value[2:])
    if value[-1] in "人宣" and not is_person_name(value):
        return False  # 仙梅人 (a poster's handle), 赣工宣 (a place's union publicity office): pen names
    return _given_ok(value[1:]) and not _either_script(_any_entry, value[:2])


# A forum or portal poster's field (發佈者:梅花香): the user name of an account, a person's name or a handle.
_POSTER_FIELD = lazyrx.compile(r"(?:发布者|發佈者|發布者|发佈者)\s*[:：]\s*(?P<name>\p{Han}{3})(?!\p{Han})")


# From this count up, both pairs of a three-character value are common words (梅花 959, 花香 131): a phrase.
_HANDLE_PAIR = 100


def _poster_handles(article: Article) -> set[str]:
    """The poster fields' values that read as a phrase of two common words (梅花香 = 梅花 + 花香), a forum handle
    rather than a person's name (吴静, 扎西 stay people)."""
    out = set()
    for r in article.removed:
        if "者" not in r.text:
            continue
        for mt in _POSTER_FIELD.finditer(r.text):
            name = mt["name"]
            if all(_common_pair(name[k:k + 2]) for k in (0, 1)):
                out.add(name)
    return out


def _profile_handles(article: Article, people: list[Person]) -> set[str]:
    """The names of ``people`` that open a removed poster's profile piece (寧江風離線, 渤海老铁 当前离线: the
    account's name over its level, UID and post counts): a forum thread's poster is an account, not a person."""
    profiles = [r.text.lstrip() for r in article.removed if r.kind == "user_profile"]
    return {p.name for p in people if any(t.startswith(p.name) for t in profiles)} if profiles else set()


def _common_pair(pair: str) -> bool:
    """True when jieba's dictionary lists ``pair`` (in either script) with a count of at least _HANDLE_PAIR."""
    parts = _entry(pair)
    return len(parts) > 1 and parts[1].isdigit() and int(parts[1]) >= _HANDLE_PAIR


# The poster of an intranet (OA) notice, in its info table (发 布 人 韦丹, 发布人：张华): a person when a name,
# not an office (发布人：矿区工会), stands in the field.
_POSTER = lazyrx.compile(r"(?:发|發)\s?(?:布|佈)\s?(?:人|者)\s*[:：]?\s*(?P<name>\p{Han}{2,3})(?=[\s|｜]|$)")


# The writer's signature that ends a report, in brackets: the unit, a space, the name
# (（湛江市总工会网络工作部 符晓玲）); the unit must end like an organ.
_SIGNATURE = lazyrx.compile(r"^[（(]\s*(?P<unit>\p{Han}{2,30}?)[\s\u3000]+(?P<name>\p{Han}{2,3})\s*[）)]$")


def _signature(text: str) -> list[Person]:
    """The writer of a bracketed signature line (unit + name), untitled like the writer of 文字：X."""
    mt = _SIGNATURE.match(text)
    if mt and (_ORG_END.search(mt["unit"]) or _is_union(mt["unit"])) and is_person_name(mt["name"], True):
        return [Person(mt["name"], [])]
    return []


# A labelled credit whose value is the writer's or answerer's unit, then the person set off by a space (作者：宜昌市总工会
# 向丹 on a portal's header; （解答律师：湖南湘楚律师事务所 彭立新） under a legal-aid answer): the unit must end like an
# organ.  The writer's labels carry no title, as 文字：X; an answerer's label is the title as written.
_UNIT_CREDIT = lazyrx.compile(r"(?<!\p{Han})(?P<role>作者|撰稿|撰文|执笔|執筆|\p{Han}{0,2}(?:律师|律師)|解答人?|答疑人?|答复人|答覆人)"
                              r"\s*[:：]\s*(?P<unit>\p{Han}{2,30}?)[ \u3000]+(?P<name>\p{Han}{2,3})(?![\p{Han}·・•‧])")
_WRITER_LABELS = frozenset(("作者", "撰稿", "撰文", "执笔", "執筆"))


# Above this length a body paragraph is prose, not a credit line left in the text (（解答律师：…律师事务所 彭立新）).
_CREDIT_LINE = 60


def _unit_credits(text: str) -> list[Person]:
    """The people of ``text``'s labelled unit-and-name credits (作者：宜昌市总工会 向丹), titled as _UNIT_CREDIT says."""
    out = []
    for mt in _UNIT_CREDIT.finditer(text):
        unit, name = mt["unit"], mt["name"]
        if (_ORG_END.search(unit) or _is_union(unit)) and is_person_name(name, True) and not _ROLE_WORD.fullmatch(name):
            out.append(Person(name, [] if mt["role"] in _WRITER_LABELS else [mt["role"]]))
    return out


def _credit_paragraphs(body: list[str]) -> list[Person]:
    """The people of unit-and-name credits on short body paragraphs (a credit line the cleaner kept as text)."""
    out = []
    for para in body:
        if len(para) <= _CREDIT_LINE and ("：" in para or ":" in para):
            out.extend(_unit_credits(para))
            if para.startswith(_BYLINE_LABELS) and _byline_paragraph(para):
                out.extend(_staff(para))
    return out


#: The byline roles that open a byline line (记者：郭瑞 …).
_BYLINE_LABELS = tuple(_BYLINE_ROLES)


def _byline_paragraph(para: str) -> bool:
    """True when ``para`` is a byline the cleaner kept as text: a byline role, its names, and at most a last name
    with its role in brackets (记者：郭瑞 杨帆（摄像）) or the work done (摄, 报道)."""
    mt = _STAFF_RX.match(para)
    if mt is None or mt["role"] not in _BYLINE_ROLES:
        return False
    end = _spaced_names_end(para, mt.end())
    noted = _NOTED_NAME.match(para, end)
    rest = para[noted.end() if noted else end:].strip()
    return not rest or _CREDIT_TAIL.fullmatch(rest) is not None


# A news outlet's short name glued to 记者 at the start of a credit line (津云记者 彭雨桐 通讯员 郄敏).
# An app's name may end in a plus (冰城+记者 赵婧 通讯员 韩冬).
_OUTLET = lazyrx.compile(r"\p{Han}{2,6}[+＋]?")


# A bullet glyph opening an e-paper's byline (■ 本报记者 …) and the separators set between its credits (/ | ｜).
_BULLETS = "■□●○◆◇▲△★☆▶►·• \u3000"
_CREDIT_SEPS = frozenset(("/", "／", "|", "｜"))


# What a byline may end with after its credits: the work they did (文/图, 文图, 摄, 报道).
_CREDIT_TAIL = lazyrx.compile(r"(?:文|图|圖)\s*[/／]\s*(?:图|圖|文)|文图|文圖|报道|報道|摄|攝")


def _only_credits(text: str) -> bool:
    """True when ``text`` is nothing but staff credits separated by spaces (文字 | 冉晓雪　图片 | 苟明亮); the first
    may be a reporter's, the outlet glued to its 记者 (津云记者 彭雨桐).  A credit may list more names set off by
    spaces (记者 毕　然 聂文君 通讯员 张云鹤 文/图), and the line may end with the work done (文/图, 摄)."""
    text = join_spaced_pair(text).lstrip(_BULLETS)  # (毕　然: a two-character name padded with a space)
    at = 0
    for mt in _STAFF_RX.finditer(text):
        gap = text[at:mt.start()].strip()
        if gap in _CREDIT_SEPS and at > 0:
            gap = ""  # (本报记者 韦秋燕 / 通讯员 邓雅琴: a slash or bar between two credits)
        if gap and not (at == 0 and mt["role"] in ("记者", "記者") and _OUTLET.fullmatch(gap)
                        and text[mt.start() - 1] == gap[-1]):
            return False
        at = _spaced_names_end(text, mt.end())
    rest = text[at:].strip()
    return at > 0 and (not rest or _CREDIT_TAIL.fullmatch(rest) is not None)


def _spaced_names_end(text: str, at: int) -> int:
    """Where the names _spaced_names would add after ``text[at]`` end (``at`` when it adds none)."""
    return _spaced_run(text, at)[1]


def _lone_slot_name(article: Article, role: str | None, value: str) -> bool:
    """True when a reporter's or editor's whole slot value, which _byline_names left out, is still a name:
    the slot's form or the word's rarity leaves no doubt (区楚瑶, 付强, 【责任编辑：方可】, 记者 方圆)."""
    if role == "editor":
        return (_editor_slot_name(value) or _rare_word_name(value) or _bracketed_editor(article, value)
                or _name_word_in_slot(value) or _beside_named_slot(article, value))
    if role is None:  # 作者：单红: an author slot's rare word (单红, 2) is the name, as in an editor slot
        return _rare_word_name(value)
    return role == "reporter" and _spaced_reporter(article, value)


def _rare_word_name(value: str) -> bool:
    """True for a staff slot's value that is name-shaped and only a rare dictionary word (责任编辑：付强): the slot
    says a name stands there, and a word that rare is no ordinary word (焦点, 方圆, 方可 are common)."""
    if not looks_like_name(value) or _ROLE_WORD.fullmatch(value) or not is_word(value):
        return False  # (no word at all: is_person_name has taken it already)
    return _either_script(_rare_word, value)


def _spaced_reporter(article: Article, name: str) -> bool:
    """True when a byline writes ``name`` (a dictionary word: 方圆) as a reporter set off by spaces
    (本报讯 通讯员 陈晓 记者 方圆 …): the slot leaves no doubt that a name stands there."""
    if not looks_like_name(name):
        return False
    for r in article.removed:
        if r.kind == "byline":
            k = r.text.find(name)
            if k > 0 and r.text[:k].rstrip().endswith(("记者", "記者")) and r.text[k - 1].isspace() \
                    and (k + len(name) == len(r.text) or r.text[k + len(name)].isspace()):
                return True
    return False


# A news portal's editor slot: the label and one value alone in square or lenticular brackets (【责任编辑：方可】,
# [责任编辑：苏雅]).  That template always holds a staff editor's name; the parenthesised (责任编辑:焦点) of
# other templates may hold a section or a pen name, so there a dictionary word stays out.
_BRACKET_EDITOR = lazyrx.compile(r"[【\[]\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*(?P<name>\p{Han}{2,3})\s*[】\]]")


def _bracketed_editor(article: Article, name: str) -> bool:
    """True when an editor line writes ``name`` (a dictionary word: 方可) alone in a bracketed editor slot
    (【责任编辑：方可】): the slot leaves no doubt that a name stands there."""
    if not looks_like_name(name) or _ROLE_WORD.fullmatch(name):
        return False
    for r in article.removed:
        if r.kind == "editor_line" and ("【" in r.text or "[" in r.text):
            if any(mt["name"] == name for mt in _BRACKET_EDITOR.finditer(r.text)):
                return True
    return False


def _beside_named_slot(article: Article, name: str) -> bool:
    """True when an editor line writes ``name`` (a dictionary word: 高原) as one slot's whole value beside another staff
    slot that holds a plain person's name (编辑：高原　审核：王振): a roster of the page's staff, where every slot holds
    a name, unlike a lone (责任编辑:焦点), which may be a section's or a pen name.  Role words and organs stay out."""
    if not looks_like_name(name) or not _plain_slot_value(name):
        return False
    for r in article.removed:
        if r.kind != "editor_line" or name not in r.text:
            continue
        values = [mt["names"] for mt in _STAFF_RX.finditer(r.text)]
        if name in values and any(v != name and is_person_name(v, True) for v in values):
            return True
    return False


# Surnames too ambiguous for running text (区 is a district everywhere; 代 of Sichuan and Chongqing opens 代表,
# 时代 holds it) that an editor slot still shows (责任编辑:代丽娜).
_SLOT_SURNAMES = frozenset("区區代")
_TWO_OR_THREE_HAN = lazyrx.compile(r"\p{Han}{2,3}")


def _plain_slot_value(v: str) -> bool:
    """True for a stripped slot value of two or three Han characters that is no role word and no organ: the shape
    every lone editor-slot name has."""
    return bool(_TWO_OR_THREE_HAN.fullmatch(v)) and not _ROLE_WORD.fullmatch(v) and not _ORG_END.search(v)


def _editor_slot_name(value: str) -> bool:
    """True for a lone editor value that is a name though no common surname opens it: a Cantonese 区 surname
    (区楚瑶), a surname that is a common character (代丽娜, 展晓明), or a two-character Mongolian or other name jieba files as a proper noun (乌兰)."""
    v = value.strip()
    if not _plain_slot_value(v):
        return False
    if v[0] in _SLOT_SURNAMES or (len(v) == 3 and v[0] in _CONTEXT_SURNAMES):
        return _given_ok(v[1:]) and not is_word(v)  # (a context surname only before a two-character given name)
    if _surname_len(v) or len(v) != 2 or v[0] in _NICK_PREFIX:
        return False  # 小林, 老树: a pen name, not a person's name
    parts = _raw_line(v).split()
    if len(parts) > 2 and parts[2] == "ns" and parts[1].isdigit() and int(parts[1]) >= _PLACE_WORD:
        return False  # 责任编辑:天山: a common place or region as a pen name (the seeds' 责任编辑:焦点), no person
    if _noun_compound(v):
        return False  # 责任编辑:秋雨, 雪梨: jieba files them as names, yet they read as things (a pen name)
    return len(parts) > 2 and parts[2] in ("nr", "nrfg", "nrt", "ns")


def _name_word_in_slot(value: str) -> bool:
    """True for a lone editor value of a single surname and a given part that jieba files as a person's name though
    it is also a word (责任编辑：洪亮, loud): the slot says a name stands there.  Pen names that read as things
    (秋雨) and role words stay out."""
    v = value.strip()
    if not _plain_slot_value(v) or _surname_len(v) != 1 or v[0] in _NICK_PREFIX or not _given_ok(v[1:]) \
            or _noun_compound(v):
        return False
    parts = _raw_line(v).split()
    return len(parts) > 2 and parts[2] in ("nr", "nrfg")


# Tags of a character that is a thing or a time on its own (雨 n, 秋 t): two of them make a noun, not a name.
_THING_TAGS = frozenset(("n", "t", "s", "ng", "tg"))


def _noun_compound(v: str) -> bool:
    """True when each character of a two-character value is a noun or time word on its own in jieba's dictionary
    (秋 t + 雨 n, 雪 n + 梨 n): the value reads as a thing (autumn rain, a pear), a pen name, whatever tag the
    whole gets; a name without a listed surname has name characters (乌 nr + 兰 nr: a Mongolian name)."""
    return all(_raw_tag(c) in _THING_TAGS for c in v)


# Names in a byline value: space- or 、-separated (王伟、李娜, 刘洋 陈静).
_NAME_SEP = lazyrx.compile(r"[\s、,，]+")


def _byline_names(value: str) -> list[str]:
    """The people of a reporter/author/editor value.

    The slot says "a name goes here", so a name that is also a dictionary word still counts where the
    slot leaves no doubt: listed beside a real name (记者 孟佳、高远), or a lone name the dictionary files
    as a proper noun (于洋, tagged as a place there).  A lone common word stays out (责任编辑：焦点)."""
    items = [x for x in _NAME_SEP.split(value) if x]
    clear = [x for x in items if is_person_name(x, True) or _DOTTED.fullmatch(x) or _is_translit(x)
             or x in _TIBETAN_PARTS  # (发布者：扎西: many Tibetans go by one name element)
             or (len(x) >= 3 and _steppe_name(x, True))]  # (作者：娜仁高娃)
    out = []
    for x in items:
        if x in clear or (looks_like_name(x) and not _ROLE_WORD.fullmatch(x)
                          and (clear or (_proper_noun(x) and not _place_word(x)))):
            out.append(x)
    return out


# Staff named in an editor line or a photo credit, with the role as written: 审核：胡斌, 校对：施鋆,
# 图片编辑：蒋立冬, (新华社记者 李明 摄), (摄影 王刚).  The role word itself is never a name.
_STAFF_RX = lazyrx.compile(
    r"(?P<role>责任编辑|責任編輯|图片编辑|圖片編輯|美术编辑|美術編輯|视频编辑|視頻編輯|责编|責編|编辑|編輯|审核|審核|審覈|审覈|"
    r"美编|美編|录入|錄入|监制|監製|监审|監審|"
    # the chief editor beside the duty editor on a news app's editor line (责编：X　主编：Y)
    r"主编|主編|"
    r"审校|審校|校对|校對|编审|編審|初审|初審|复审|複審|终审|終審|二审|二審|三审|三審|记者|記者|摄影|攝影|通讯员|通訊員|实习生|實習生|"
    # a video report's cameraman (记者：乌兰 摄像：其其格)
    r"摄像|攝像|"
    # a meeting's minute-taker in the minutes' head (主持：刘志刚 记录：詹琳): only as a label, with its colon
    r"(?<!\p{Han})(?:记录人|記錄人|记录|記錄)(?=\s*[:：])|"
    # (a WeChat tail may bar the role from the name: 责编丨孙悦, 编辑｜陈可欣)
    # 文字：X credits the writer (WeChat tails): only as a label of its own, with its colon or bar
    # (文：X, the writer on a portal's header line: 来源：江门工会 文：司徒嘉欣 阅读：…)
    r"(?<!\p{Han})文字?(?=\s*[:：丨｜|])|"
    # a byline's 文/X credits the writer as 图/X the photographer (作者：文/刘颖 图/谢安); 文/图 and 文/本报记者 X
    # are left to their own patterns
    r"(?<!\p{Han})文(?=\s*[/／]\s*(?![图圖]|\p{Han}{0,3}(?:记者|記者|通讯员|通訊員|摄影|攝影)))|"
    # 图片：X credits the photographer the same way (文字:谷丰 图片:郑鸣)
    r"(?<!\p{Han})(?:图片|圖片)(?=\s*[:：丨｜|])|"
    # a byline's 图/X credits the photographer (文/集团工会 张三 图/李四); 图/本报记者 X leaves X to 记者
    r"(?<!\p{Han})(?:图|圖)(?=\s*[/／:：]\s*(?!\p{Han}{0,3}(?:记者|記者|通讯员|通訊員|摄影|攝影)))|"
    # a bracketed byline's 文/图 credits the writer and photographer, its names set off by spaces (（文/图 郭茜 段晓峰）)
    r"(?<=[（(][ \u3000]{0,2})(?:文/图|文／图|文/圖|文／圖)(?=\s)|"
    # a portal header's poster (发布者：扎西): mostly an account (admin, 组宣部), which no name test passes
    r"(?<!\p{Han})(?:发布者|发布人|發佈者|發布者|發佈人|發布人)(?=\s*[:：]))\s*[:：丨｜|/／]?\s*"
    r"(?P<names>%s(?:[、，,]%s){0,3})(?![\p{Han}·・•‧])" % ((r"(?:\p{Han}{1,8}(?:[·・•‧]\p{Han}{1,8})+|\p{Han}{2,6})",) * 2))


# (up to six characters: Mongolian and Uyghur names without a dot run to five or six, 责任编辑：额尔德木图)


# A credit's name glued to the next credit's role (李思遠通訊員): the name, then a byline role that ends the value.
_GLUED_ROLE = lazyrx.compile(r"(?P<name>\p{Han}{2,3}?)(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)")


_STAFF_ROLES = ("记者", "記者", "通讯员", "通訊員", "摄影", "攝影", "编辑", "編輯", "摄影师", "攝影師")


# A photo credit that puts the role after the names: （何勇 摄）, 王刚、李娜/摄.
# A contributor's credit puts the name, maybe after the unit, right before 供稿 (（南康区总工会 钟慧敏 供稿）).
_SUPPLIED_BY = lazyrx.compile(r"(?<![\p{Han}·])(?P<name>\p{Han}{2,4})\s*(?:供稿|供圖|供图)(?!\p{Han})")


# A contributor's credit may instead put 供稿 first, as a label, then the unit and the name set off by a space
# (（供稿：县总工会 马玉兰）, 供稿：李明): the unit must end like an organ; a bare unit (供稿：县总工会) names no one.
_SUPPLIED_LABEL = lazyrx.compile(r"(?:供稿|供圖|供图)\s*[:：]\s*(?:(?P<unit>\p{Han}{2,30}?)[ \u3000]+)?"
                                 r"(?P<name>\p{Han}{1,8}(?:[·・•‧]\p{Han}{1,8})+|\p{Han}{2,4})(?![\p{Han}·・•‧])")
_PHOTO_BY = lazyrx.compile(r"(?<![\p{Han}·])(?P<names>\p{Han}{2,4}(?:[、，, ]\p{Han}{2,4}){0,3})\s*/?\s*(?P<role>摄|攝)(?!\p{Han})")


# More names after a credit's first one, each set off by spaces (通讯员 柴秀兰 李朋 发布时间…): two or three
# characters with a space, the line's end or the bracket that closes the byline after them (（通讯员 黄春燕 凌志强）);
# a Mongolian or Uyghur name written without a dot runs to six (通讯员：张丽 苏日古嘎).
_SPACED_NAME = lazyrx.compile(r"[ \u3000]+(?P<name>\p{Han}{2,6})(?=[ \u3000）)]|$)")


# A byline's last name followed by its own role in brackets (记者：郭瑞 杨帆（摄像）): a video report's crew.
_NOTED_NAME = lazyrx.compile(r"[ \u3000]+(?P<name>\p{Han}{2,3})[（(](?P<role>摄像|攝像|摄影|攝影|剪辑|剪輯|通讯员|通訊員|"
                             r"实习生|實習生)[）)]")


def _spaced_name_ok(name: str) -> bool:
    """True for a name set off by spaces after a credit's names: a Chinese name of two or three characters, or a
    transliterated one of four to six (苏日古嘎, 巴图孟和) that no surname opens and no place of the gazetteer
    spells (克拉玛依, 图木舒克: where the byline was filed); never a role word."""
    if _ROLE_WORD.fullmatch(name):
        return False
    if len(name) <= 3:
        return is_person_name(name, True)
    if not (_translit_word(name) or _steppe_name(name, True) or _is_translit(name)):
        return False
    from .. import places  # (loaded already when extract runs: it finds the places first)
    return not any(m.start == 0 and m.end == len(name) for m in places.scan(name))


def _spaced_names(text: str, at: int) -> list[str]:
    """Up to two more names after a credit's names that end at ``text[at]``, separated by spaces only; a
    candidate that is no person name (a role word, 报道) ends the run."""
    return _spaced_run(text, at)[0]


def _spaced_run(text: str, at: int) -> tuple[list[str], int]:
    """(names, end) of the run _spaced_names reads after ``text[at]``: one scan serves both the names and where
    they end (``at`` when there are none)."""
    out = []
    while len(out) < 2:
        mt = _SPACED_NAME.match(text, at)
        if not mt or not _spaced_name_ok(mt["name"]):
            break
        out.append(mt["name"])
        at = mt.end()
    return out, at


def _translit_word(name: str) -> bool:
    """True for a staff slot's whole value of three to six transliteration characters that is no word (编辑:米娜瓦尔):
    a Uyghur or Mongolian name written without a dot."""
    return 3 <= len(name) <= 6 and all(c in _DOT_NAME_CHARS for c in name) and not is_word(name)


def _labelled_supplier(text: str) -> list[Person]:
    """The contributors of ``供稿：[unit ]name`` credits, untitled like those of ``name 供稿``."""
    out = []
    for mt in _SUPPLIED_LABEL.finditer(text):
        unit, name = mt["unit"], mt["name"]
        if unit and not (_ORG_END.search(unit) or _is_union(unit)):
            continue
        if ((is_person_name(name, True) or _DOTTED.fullmatch(name) and not _ORG_END.search(name)
             or _is_translit(name)) and not _ROLE_WORD.fullmatch(name)):
            out.extend(Person(x, []) for x in [name] + _spaced_names(text, mt.end()))
    return out


# Credits whose names carry no title (the writer's and photographer's labels, as the page's author is untitled).
_UNTITLED_CREDITS = frozenset(("文字", "文", "图", "圖", "文/图", "文／图", "文/圖", "文／圖"))


def _staff(text: str) -> list[Person]:
    """People named after a staff role in an editor line or credit, titled with that role as written."""
    out = []
    text = join_spaced_pair(text)  # (终审:杨 波: a two-character name padded with a space)
    if "摄" in text or "攝" in text:
        for mt in _PHOTO_BY.finditer(text):
            if text[:mt.start()].rstrip().endswith(_STAFF_ROLES):
                continue  # 新华社记者 张涛 摄: the role before the name is the title
            for name in _NAME_SEP.split(mt["names"]):
                if (is_person_name(name, True) or _is_translit(name)) and not _ROLE_WORD.fullmatch(name):
                    out.append(Person(name, ["攝影" if mt["role"] == "攝" else "摄影"]))
    if "供" in text:
        for mt in _SUPPLIED_BY.finditer(text):
            if is_person_name(mt["name"], True) or _is_translit(mt["name"]):
                out.append(Person(mt["name"], []))  # (the contributor carries no title, as the writer of 文字：X)
        out.extend(_labelled_supplier(text))
    at = 0
    while (mt := _STAFF_RX.search(text, at)) is not None:
        at = mt.end()
        glued = _GLUED_ROLE.fullmatch(mt["names"])
        if glued and is_person_name(glued["name"], True):
            # 記者：李思遠通訊員：周婷: the spaces between two credits lost (a line cut at its pinyin glosses and
            # joined again): the name ends where the next role starts, which is read on its own
            at = mt.start("names") + glued.end("name")
            out.append(Person(glued["name"], [] if mt["role"] in _UNTITLED_CREDITS else [mt["role"]]))
            continue
        listed = _NAME_SEP.split(mt["names"])
        last = listed[-1]
        spaced, end = _spaced_run(text, mt.end())
        noted = _NOTED_NAME.match(text, end)
        for name in listed + spaced:
            if ((is_person_name(name, True) or _DOTTED.fullmatch(name) or _is_translit(name)
                 or name in _TIBETAN_PARTS or _rare_word_name(name) or _steppe_name(name, True)
                 or _translit_word(name) or name == last and _photo_slot_word(text, mt, name))
                    and not _ROLE_WORD.fullmatch(name)):
                # the writer credited by 文字：X (or 文/图 X) is the author, who carries no title
                out.append(Person(name, [] if mt["role"] in _UNTITLED_CREDITS else [mt["role"]]))
        if noted and is_person_name(noted["name"], True):
            out.append(Person(noted["name"], [noted["role"]]))  # 记者：郭瑞 杨帆（摄像）: the last name's own role
    return out


# A byline's photo credit closes with 摄 after the last name (记者 A B 通讯员 C 摄): the name there sits between a
# byline role and the credit's verb, a slot that holds nothing but a name.
_PHOTO_CLOSE = lazyrx.compile(r"\s*[/／]?\s*[摄攝](?!\p{Han})")


def _photo_slot_word(text: str, mt, name: str) -> bool:
    """True when ``name``, the last name after a byline role (记者, 通讯员, 摄影), is a name-shaped dictionary word
    that the credit's closing 摄 follows (通讯员 甘露 摄): the slot, not the dictionary, says what it is."""
    return (mt["role"] in _BYLINE_ROLES or mt["role"] in ("摄影", "攝影")) and looks_like_name(name, True) \
        and _PHOTO_CLOSE.match(text, mt.end()) is not None


# Role words that must never come out as a name (記者 on a traditional page, 编辑, 通讯员 …).
_ROLE_WORD = recode.compile(r"(?:本报|本報)?(?:记者|記者|编辑|編輯|责编|責編|通讯员|通訊員|摄影|攝影|审核|審核|審覈|审覈|校对|校對|监制|監製|监审|監審)")


def _traditional_bylines(article: Article) -> bool:
    """True when the page writes its bylines in traditional script (記者, 編輯)."""
    text = "".join(r.text for r in article.removed if r.kind in ("byline", "dateline", "editor_line", "page_header"))
    return ("記者" in text or "編輯" in text or "責編" in text) and not ("记者" in text or "编辑" in text or "责编" in text)


def _editor_title(article: Article, trad: bool = False, name: str = "") -> str:
    """The editor's label as the page writes it just before the name (编辑：张琳 责编：高峰 → 张琳 is 编辑,
    高峰 责编; 責任編輯 on a traditional line, whatever script other lines use); 编辑 in the page's script
    when no line shows the name after a label."""
    return _role_before(article, name, _ANY_EDITOR_LABEL) or ("編輯" if trad else "编辑")


def _role_before(article: Article, name: str, roles) -> str | None:
    """The last of ``roles`` written before ``name`` on the first removed line (or closing paragraph) that
    names it after one: a title is given as written, never in another script or spelling."""
    if not name:
        return None
    for text in _staff_texts(article):
        at = text.find(name)
        if at > 0:
            labels = list(roles.finditer(text, 0, at))
            if labels:
                return labels[-1].group()
    return None


def _staff_texts(article: Article):
    """The removed lines that can name staff, then the body's last two paragraphs (an editor line left there)."""
    for r in article.removed:
        if r.kind in ("editor_line", "page_header", "byline", "dateline", "credit", "navigation"):
            yield r.text
    yield from article.body[-2:]


_ANY_EDITOR_LABEL = lazyrx.compile(r"责任编辑|責任編輯|责编|責編|编辑|編輯")
_REPORTER_WORD = lazyrx.compile(r"记者|記者|通讯员|通訊員")  # a correspondent a dateline names as reporter keeps that title


def _merge(people: list[Person]) -> list[Person]:
    """One Person per name, first-seen order, titles united in order."""
    by: dict[str, Person] = {}
    for p in people:
        q = by.setdefault(p.name, Person(p.name, []))
        for t in p.titles:
            if t not in q.titles:
                q.titles.append(t)
    return list(by.values())


# A letter's salutation on a line of its own (王丽华代表：, 张建国委员：, 李明同志：): a reply to a deputy's proposal or
# a member's motion on a government portal addresses one person by name and role.
_SALUTATION = recode.compile(r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<role>代表|委员|委員|同志)[:：]\Z")
_SALUTATION_LINE = 8  # (the longest such line: a three-character name, a two-character role, the colon)


def _salutations(body: list[str]) -> list[Person]:
    """The person a letter's salutation line addresses (王丽华代表：), titled with the role; not a group (各位代表：,
    职工代表：: no surname opens them)."""
    out = []
    for line in body:
        if len(line) <= _SALUTATION_LINE and line.endswith(("：", ":")):
            mt = _SALUTATION.fullmatch(line)
            if mt and is_person_name(mt["name"], True):
                out.append(Person(mt["name"], [mt["role"]]))
    return out


def find_people(article: Article, unions: list[Union] | None = None,
                places: list[Place] | None = None, meta: Meta | None = None,
                joined: list[Removal] | None = None) -> list[Person]:
    """People in the article (title, captions, body, bylines) with their titles.

    ``meta`` is the article's extracted metadata when the caller has it already (saves a second pass), and
    ``joined`` its joined_removals(article.removed) (saves a second join).
    """
    people: list[Person] = []
    texts = [_fold_speech(t) for t in [article.title or "", *article.captions, *article.body] if t]
    said: set[str] = set()
    for text in texts:
        people.extend(_from_text(text, unions, places, said))
    people.extend(_word_names(texts, said, unions, places))
    people.extend(_honour_list(article.body))
    body = _fold_speech("\n".join(article.body))  # (one string for the whole-body tests and _recurring_subjects)
    if "名单" in body or "名單" in body:
        people.extend(_labelled_name_list(article.body))
    people.extend(_from_bylines(article, meta, joined))
    people.extend(_credit_paragraphs(article.body))
    people.extend(_salutations(article.body))
    if unions:
        people.extend(_department_staff(texts, unions, places))
    people.extend(_recurring_subjects(body))
    people.extend(_he_names(texts, unions, places))
    people.extend(_held_names(texts))
    if places:
        people = _drop_place_names(people, places)
    return _merge(_drop_cut_dotted(people, article))  # (it returns at once when no text holds a dot)


#: Variant forms of the speech verb (説, the Hong Kong and Japanese form of 說: 李志強説：): folded one for one, so
#: positions stay, to the form the speech patterns know.
_SPEECH_VARIANTS = str.maketrans({"説": "說"})


def _fold_speech(text: str) -> str:
    """``text`` with the speech verb's variant forms written as 說 (same length); most texts have none."""
    return text.translate(_SPEECH_VARIANTS) if "説" in text else text


_PLACE_SUFFIX = recode.compile(r"(?:省|市|区|區|县|縣|自治州|州|盟|旗)$")


_BANNER_COUNTY = frozenset("旗县縣")


def _drop_place_names(people: list[Person], places: list[Place]) -> list[Person]:
    """People less those whose name is one of the page's places, with or without its suffix (将代表秦皇岛参加:
    代表 is a verb there, and a city is never a person)."""
    forms = set()
    for pl in places:
        for v in (pl.name, pl.province, pl.city, pl.county):
            if v:
                forms.add(v)
                short = _PLACE_SUFFIX.sub("", v)
                if len(short) >= 2:
                    forms.add(short)
                if len(short) >= 3 and v[-1] in _BANNER_COUNTY:
                    forms.add(v[0] + v[-1])  # 莫力达瓦达斡尔族自治旗 → 莫旗: a banner's or county's short form
    return [p for p in people if p.name not in forms]


def _quoted_speaker(mt, found: list[tuple[int, Person]], said: set[str] | None) -> None:
    """Add the speaker ``mt`` names (of _QUOTE_RX or _AFTER_QUOTE) to ``found``, or, when the name is also a
    word, to ``said`` (when given)."""
    name = mt["name"]
    if not looks_like_name(name, True):
        if len(name) >= 3 and _steppe_name(name) or _hui_name(name):  # (尼玛次仁说：, 那日苏说：, 马尕西木说：)
            found.append((mt.start("name"), Person(name, [])))
    elif not is_word(name):
        found.append((mt.start("name"), Person(name, [])))
    elif said is not None and len(name) <= 3:
        said.add(name)


def _word_names(texts: list[str], cands: set[str], unions, places) -> list[Person]:
    """People whose name is also an ordinary word (甘露, 方圆), where two strong contexts agree: the name is the
    speaker of a quotation (”甘露说。, 甘露说：; ``cands``, gathered by _speakers_and_titled) and, somewhere in
    the article, it stands right after a title or job noun that is no plain people noun (焊工甘露，), followed
    by punctuation or a word that follows names."""
    out = []
    for name in sorted(cands):
        for text in texts:
            at = text.find(name)
            while at > 0:
                after = at + len(name)
                ends = after >= len(text) or not _IS_HAN[text[after]] or text[after] in _FOLLOW_CHARS
                role = _role_ending_at(text, at)
                if ends and role and role not in _WEAK_ROLES:
                    out.append(Person(name, _titles(_title_chain(text, at), unions, places)))
                    break
                at = text.find(name, at + 1)
            if out and out[-1].name == name:
                break
    return out


# 和 is a Naxi and Lisu surname (和丽萍) but mostly the conjunction, so it is left out of the surname lists; a
# name only in the strongest slot: right after a title or job noun and right before a verb of speech, or of
# attending an event (副主席和丽萍表示, 职工和丽萍说, 副主席和丽萍出席开幕式).
_HE_NAME = recode.compile(r"[和](?P<given>[\u4e00-\u9fff]{2})(?=说|說|表示|介绍|介紹|指出|强调|強調|认为|認為|告诉"
                          r"|出席|参加|參加|主持|致辞|致辭|讲话|講話)")


def _he_names(texts: list[str], unions, places) -> list[Person]:
    """People with the surname 和, where a title or job noun stands before and a verb of speech after."""
    out = []
    for text in texts:
        if "和" not in text:
            continue
        for mt in _HE_NAME.finditer(text):
            at, given = mt.start(), mt["given"]
            role = _role_ending_at(text, at)
            if (role and _given_ok(given) and given not in _ROLE_SET and not is_word(given)
                    and not is_word("和" + given[0]) and not is_word(text[at:at + 3])):
                out.append(Person("和" + given, _titles(_title_chain(text, at), unions, places)))
    return out


def _held_names(texts: list[str]) -> list[Person]:
    """People named after 的 and before a verb of the hands with 着 (务工的农建华拿着手机), when the page names them
    again where a name may end (农建华等人向…): 的 + three characters is mostly a noun phrase, so one such
    clause alone is not enough (在车间工作的王晓冬拿着工具 alone stays out)."""
    out = []
    for k, text in enumerate(texts):
        if "的" not in text or not ("着" in text or "著" in text):
            continue
        for mt in _DE_HOLDING.finditer(text):
            name = mt.group(1)
            if (_de_name_shape(name) and not _word_at(text, mt.end() - 1) and _given_no_word(name[1:])
                    and _named_again(texts, name, (k, mt.start(1)))):
                out.append(Person(name, []))
    return out


def _named_again(texts: list[str], name: str, skip: tuple[int, int]) -> bool:
    """True when ``name`` stands in one of ``texts`` where a name may end after it, other than at ``skip`` (the
    index of the text and the offset where it was found)."""
    for k, text in enumerate(texts):
        at = text.find(name)
        while at >= 0:
            if (k, at) != skip and _name_may_end(text, at + len(name)):
                return True
            at = text.find(name, at + 1)
    return False


def _credit_texts(article: Article) -> list[str]:
    """The removed byline, credit and editor pieces, which name the page's writers in full."""
    return [r.text for r in article.removed if r.kind in ("byline", "credit", "editor_line")]


def _drop_cut_dotted(people: list[Person], article: Article) -> list[Person]:
    """People without a name that is only the part before the dot of a dotted name (热依拉 of 热依拉·买买提), or
    only its last part (施密特 of 克劳斯·施密特); a byline's dotted name counts too ((文/图 古丽米热·艾买提))."""
    texts = [t for t in [article.title or "", *article.captions, *article.body, *_credit_texts(article)]
             if _DOT_RX.search(t)]
    if not texts:
        return people
    found = [(name, left) for t in texts for _, name, left in _dotted_names(t)]
    full = {name for name, _ in found}
    cut = {left for _, left in found}
    # a later mention by the last part alone (克劳斯·施密特 … 施密特说) is the same person: the full form stands
    last = {_DOT_RX.split(name)[-1] for name in full}
    return [p for p in people if p.name in full or not (p.name in last or any(c.startswith(p.name) for c in cut))]


# A three-character name opening a clause (李秀云准时走进…, 今年4月，李秀云被授予…), and the characters after it.
# The lookbehind sits after the surname (the text's start or clause punctuation before it, written as
# "not a non-punctuation character before"), so the engine can skip ahead to surname characters.
_CLAUSE_NAME = recode.compile(r"[%s](?<![^，,。；;：:！？!?“”\n].)[\u4e00-\u9fff]{2}" % re.escape(_SINGLE))


# Three Han characters between a pair of quotes (only the opening quote is consumed: a straight quote both closes
# one term and opens the next; every branch opens with a literal, so the engine skips ahead to the quotes).
_QUOTED_THREE = recode.compile(r'“(?=([\u4e00-\u9fff]{3})”)|「(?=([\u4e00-\u9fff]{3})」)|『(?=([\u4e00-\u9fff]{3})』)'
                           r'|"(?=([\u4e00-\u9fff]{3})")')


def _quoted_terms(text: str) -> set[str]:
    """The three-Han-character terms ``text`` writes between quotes (“杨梅季”, 「…」): the page's names for a campaign
    or a season, which read like a surname + given name where they open a clause (see _recurring_subjects)."""
    if not ("“" in text or "「" in text or "『" in text or '"' in text):
        return set()
    return {a or b or c or d for a, b, c, d in _QUOTED_THREE.findall(text)}


def _recurring_subjects(text: str) -> list[Person]:
    """Full names that open at least two clauses, once before a verb or particle that follows names.

    Profiles and feature stories name their subject this way, with no title or speech verb;
    two clause-initial uses plus the dictionary and surname checks keep words out.
    ``text`` is the body joined with newlines.
    """
    seen: dict[str, list[bool]] = {}
    quoted = None
    n = len(text)
    for mt in _CLAUSE_NAME.finditer(text):
        name = mt.group()
        if name[:2] in COMPOUND_SURNAMES:  # the surname is compound: not a single surname + two
            continue
        if quoted is None:
            quoted = _quoted_terms(text)
        if name in quoted:
            continue  # (设立“杨梅季”服务点 … 说，杨梅季用工集中: a term the page puts in quotes is no name)
        e = mt.end()
        follows = e >= n or text[e] in _FOLLOW_CHARS or text.startswith(_FOLLOW_WORDS, e)
        seen.setdefault(name, []).append(follows)
    return [Person(n, []) for n, uses in seen.items()
            if len(uses) >= 2 and any(uses) and is_person_name(n)]


# A line of an honour list or a name list: the name (a two-character name may be padded to three with a space:
# 王　刚), a space, then the person's unit or job (张建华　市供电公司运维检修部班长).
# A numbered list (1. 张卫东　宝鸡机床集团有限公司数控车工) puts its item number before the name.
# (an honour list may mark a winner's sex or nationality after the name: 王秀梅（女）, 马占山（回族）)
# A table flattened to lines puts the row number, a space, then the name (1 谭国栋 潍柴动力…钳工).
# A Uyghur or Kazakh name keeps its middle dot (吾斯曼江·肉孜(维吾尔族)　国网…班长).
# A winner may hold two posts, joined by 、 (王海峰　…采油一厂采油工、高级技师): each is a title.
_LIST_LINE = lazyrx.compile(r"^(?:\d{1,3}[.．、]\s*|\d{1,3}[\u3000 \t]+|[（(]\d{1,3}[）)]\s*)?"
                           r"(?P<name>\p{Han}{1,8}[·・•‧]\p{Han}{1,8}|\p{Han}{2,4}|\p{Han}[\u3000 ]\p{Han})"
                           r"(?:[（(][\p{Han}，,、]{1,10}[）)])?[\u3000 \t]+"
                           r"(?P<unit>\p{Han}[\p{Han}\dA-Za-z（）()·]{1,40}(?:、\p{Han}[\p{Han}\dA-Za-z（）()·]{1,20}){0,3})$")


# A results list puts the prize first and the unit before the name (焊工第一名:检维修中心 徐海波).
_PRIZE_LINE = lazyrx.compile(r"^(?P<unit>\p{Han}{1,12}(?:第[一二三四五六七八九十\d]{1,3}名|[一二三等]等奖|金奖|银奖|铜奖|冠军|亚军|季军))"
                            r"\s*[:：]\s*\p{Han}{2,16}[\u3000 \t]+(?P<name>\p{Han}{2,4})$")


# A results table row puts the prize, then the name with the unit in brackets (个人第一名 柯振华（大冶市供电公司）):
# the unit is where the winner works, no title.
_PRIZE_NAME_UNIT = lazyrx.compile(r"^\p{Han}{0,8}(?:第[一二三四五六七八九十\d]{1,3}名|[一二三等]等奖|金奖|银奖|铜奖|冠军|亚军|季军"
                                 r"|優勝獎|[一二三]等獎|金獎|銀獎|銅獎)\s*[:：]?\s+(?P<name>\p{Han}{2,4})"
                                 r"[（(][^（()）]{2,30}[）)]$")


# A name list that puts the unit first (表彰名单: 郑州市总工会　王　磊, …公司工会　欧阳春燕): the unit ends like an
# organisation, the name may be padded to three characters with a space.
_UNIT_NAME_LINE = lazyrx.compile(r"^(?P<unit>\p{Han}[\p{Han}\d（）()·]{1,40}?)[\u3000 \t]+"
                                 r"(?P<name>\p{Han}{2,4}|\p{Han}[\u3000 ]{1,2}\p{Han})$")


def _minority_list_name(name: str) -> bool:
    """True when ``name`` is a whole Mongolian or Tibetan name of three or more characters (其木格, 巴音孟克,
    次仁多吉): a list line's name slot holds it, with no Chinese surname (place names such as 巴音郭楞 or 乌兰察布
    join an element to no other element, so they fail)."""
    return len(name) >= 3 and _minority_name(name)


def _list_name(name: str) -> bool:
    """True for the name of a list line: a Chinese name, or a three- or four-character transliterated name
    (扎西卓玛) that is no word, since the list's place says a name stands there."""
    if is_person_name(name, True):
        return True
    return 3 <= len(name) <= 4 and all(c in _DOT_NAME_CHARS for c in name) and not is_word(name)


# A unit left unnamed (诸城市一家车桥企业数控车工): only the job after it is the title.
_SOME_UNIT = lazyrx.compile(r"一家\p{Han}{0,12}?(?:企业|企業|公司|工厂|工廠|厂|廠|医院|醫院|学校|學校|酒店|商场|商場|超市|门店|門店)")


def _unit_title(unit: str) -> str:
    """The title of a list line's unit: the job after an unnamed unit (一家食品企业质检员 → 质检员), else all of it."""
    mt = _SOME_UNIT.search(unit) if "一家" in unit else None
    return unit[mt.end():] if mt and len(unit) - mt.end() >= 2 else unit


def _list_person(line: str) -> Person | None:
    """The person of one list line (name + unit, unit + name, prize: unit name, or prize name（unit）), if any."""
    mt = _PRIZE_NAME_UNIT.match(line)
    if mt:
        return Person(mt["name"], []) if is_person_name(mt["name"]) else None
    mt = _LIST_LINE.match(line)
    if mt:
        name = "".join(mt["name"].split())
        if is_person_name(name, True) or _DOT_RX.search(name) or _minority_list_name(name):
            return Person(name, [_unit_title(u) for u in mt["unit"].split("、")])  # (Uyghur names with a dot too)
    tail = line[-6:]  # (the name and its space end the line: a cheap test before the pattern)
    mt = _UNIT_NAME_LINE.match(line) if " " in tail or "\u3000" in tail or "\t" in tail else None
    if mt and (_is_union(mt["unit"]) or mt["unit"].endswith(_ORG_BEFORE_NAME) or _ORG_END.search(mt["unit"])):
        name = "".join(mt["name"].split())
        if _list_name(name) and not _split_role(mt["unit"]):
            return Person(name, [])
    mt = _PRIZE_LINE.match(line)
    return Person(mt["name"], [mt["unit"]]) if mt and is_person_name(mt["name"]) else None


# A results line that lists the winners of one prize, each with the unit in brackets
# (二等奖：肖海涛（于都县纺织服装产业园）、管丽萍（雪莱服饰有限公司）): the prize label says names follow.
_PRIZE_ITEM = r"\p{Han}{2,4}[（(][^（()）]{2,30}[）)]"
_PRIZE_ITEMS_LINE = lazyrx.compile(r"^\p{Han}{0,8}(?:第[一二三四五六七八九十\d]{1,3}名|[一二三]等[奖獎]|特等[奖獎]|优秀[奖獎]|"
                                   r"優秀獎|优胜[奖獎]|優勝獎|金[奖獎]|[银銀][奖獎]|[铜銅][奖獎]|冠军|冠軍|亚军|亞軍|季军|季軍)"
                                   r"\s*[:：]\s*(?P<items>%s(?:\s*[、，,；;]\s*%s)*)[。；;]?$" % (_PRIZE_ITEM, _PRIZE_ITEM))
_PRIZE_ITEM_NAME = lazyrx.compile(r"(?P<name>\p{Han}{2,4})[（(]")


def _prize_winners(line: str) -> list[Person]:
    """The people of one results line ``prize：name（unit）、name（unit）``, when every item reads so."""
    mt = _PRIZE_ITEMS_LINE.match(line)
    if not mt:
        return []
    out = []
    for it in _PRIZE_ITEM_NAME.finditer(mt["items"]):
        if is_person_name(it["name"]):
            out.append(Person(it["name"], []))
    return out


def _honour_list(body: list[str]) -> list[Person]:
    """People of a list of "name  unit/job" lines: two such lines in a row make a list, one alone does not.
    A results line (prize：name（unit）) counts on its own."""
    out: list[Person] = []
    run: list[Person] = []
    for para in body:
        head = para[:16]  # (the prize label and its colon open the line: only its head is tested first)
        if ("：" in head or ":" in head) and ("奖" in head or "獎" in head or "名" in head or "军" in head
                                             or "軍" in head):
            out.extend(_prize_winners(para.strip()))
        person = _list_person(para.strip()) if " " in para or "\u3000" in para or "\t" in para else None
        if person:
            run.append(person)
            continue
        if len(run) >= 2:
            out.extend(run)
        run = []
    if len(run) >= 2:
        out.extend(run)
    return out


# A notice's list of candidates or winners after its label (候选人预备人选名单（按姓氏笔画排序）：, 名单如下：), on the
# label's line or on the lines after it: names separated by spaces, a two-character name padded to three
# with a space (马　丽　王新民 → 马丽, 王新民), transliterated names with a dot among them.
_LIST_LABEL = lazyrx.compile(r"(?:名单|名單)(?:如下)?(?:[（(][^（）()]{0,16}[）)])?\s*[:：]\s*(?P<rest>.*)$")
_SPACE_SEP = lazyrx.compile(r"[\s、，,；;]+")


def _list_items(line: str) -> list[str] | None:
    """The names of a line that holds nothing but names (None when any item is no name): single characters
    in a row are pairs of a padded two-character name."""
    tokens = [t for t in _SPACE_SEP.split(line.strip().rstrip("。")) if t]
    items: list[str] = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if len(t) == 1:
            if k + 1 >= len(tokens) or len(tokens[k + 1]) != 1:
                return None
            t = t + tokens[k + 1]
            k += 1
        k += 1
        if not (_DOTTED.fullmatch(t) or _list_name(t) or (looks_like_name(t) and not _ROLE_WORD.fullmatch(t))):
            return None
        items.append(t)
    return items if len(items) >= 2 else None


def _labelled_name_list(body: list[str]) -> list[Person]:
    """People of a name list after a 名单 label: the rest of the label's line, or the lines after it while
    each holds only names."""
    out: list[Person] = []
    for i, para in enumerate(body):
        mt = _LIST_LABEL.search(para) if ("名单" in para or "名單" in para) else None
        if not mt:
            continue
        if mt["rest"].strip():
            lines = [mt["rest"]]
        else:
            lines = body[i + 1:i + 21]
        for line in lines:
            items = _list_items(line)
            if not items:
                break
            out.extend(Person(x, []) for x in items)
    return out

"""The scan of one text (_from_text): the role scan for title chains, then every finder of running text."""

from __future__ import annotations

import re

from operator import itemgetter

from ... import recode
from ...record import Person
from .surnames import _TITLE_SURNAMES
from .roles import _ROLE_RX, _ROLE_SET, _ROLES, _TRADE_LENS, _TRADE_SET, _WEAK_ROLES
from .dictionary import _FIRST_CHARS
from .shape import _IS_HAN, is_person_name
from .minority import _AFTER_ROLE_FIRST, _STEPPE_HEADS, _TIBETAN_FIRST, _TRANSLIT_FIRST, _YI_FIRST
from .chains import _role_ending_at, _title_chain, _titles, _TRADE_AT, _TRADE_TAILS
from .titled import (
    _bracketed_second_title, _OFFICE_END_LAST, _office_title, _ROLE_NOTE, _titled_name, _unsurnamed_after_title)
from .phrased import (
    _BRACKET_ROLE_NAME, _ELECTED_AS, _elected_holder, _ELECTED_NAME, _elected_subject, _FAMILIAR_THEN_FULL,
    _is_clause_names, _LATIN_AFTER_ROLE, _LATIN_THEN_HAN, _phrased_names, _pinyin_surname, _self_named, _studio_names,
    _takes_office)
from .dotted import _DOTTED, _dotted_names
from .lists import _name_lists, _unit_name_deng
from .winners import _unit_winners
from .de_names import _de_minority_names, _de_names, _quoted_honorific_names
from .jobs import _contacts, _four_character_name, _phone_contacts, _job_workers, _SAY_RX, _staff_nouns, _trade_speakers
from .offices import _name_before_office
from .speakers import _co_verb_speakers, _speakers_and_titled, _SPEECH_OR_TITLE


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
    found.extend(_phone_contacts(text))
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
    found.extend(_unit_winners(text))
    if "是" in text:
        _is_clause_names(text, found)
    if "我叫" in text or "我是" in text or "我名叫" in text:
        _self_named(text, found)
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
    found.sort(key=_POSITION)  # (stable, as sorted() was: finders' order kept at one position)
    return [p for _, p in found]


_POSITION = itemgetter(0)  # (the sort key of _from_text's finds)


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

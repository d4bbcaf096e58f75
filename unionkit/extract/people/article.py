"""find_people: every finder over an article's texts and bylines, then the names that need the whole
article (names that are also words, recurring subjects, 和-names, salutations) and the merge.
"""

from __future__ import annotations

import re

from ... import recode
from ...record import Article, Meta, Person, Place, Removal, Union
from ..meta import joined_removals
from .surnames import COMPOUND_SURNAMES, _SINGLE
from .roles import _FOLLOW_CHARS, _FOLLOW_WORDS, _ROLE_SET, _WEAK_ROLES
from .dictionary import is_word
from .shape import _given_ok, _IS_HAN, is_person_name
from .boundaries import _ADVERBS, _name_may_end, _word_at
from .chains import _role_ending_at, _title_chain, _titles
from .dotted import _DOT_RX, _dotted_names
from .de_names import _DE_HOLDING, _de_name_shape, _given_no_word
from .scan import _from_text
from .credits import _merge
from .bylines import _credit_paragraphs, _department_staff, _from_bylines, _speech_speakers
from .honours import _honour_list, _labelled_name_list, _name_column_rows


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
    if "姓名" in body:
        people.extend(_name_column_rows(article.body))
    people.extend(_from_bylines(article, meta, joined))
    if any(r.text.startswith(("—", "-")) for r in article.removed):  # (a speech's subtitle: few pages have one)
        people.extend(_speech_speakers(joined_removals(article.removed) if joined is None else joined, unions, places))
    people.extend(_credit_paragraphs(article.body))
    people.extend(_salutations(article.body))
    if unions:
        people.extend(_department_staff(texts, unions, places))
    people.extend(_recurring_subjects(body))
    people.extend(_he_names(texts, unions, places))
    people.extend(_held_names(texts))
    if places:
        people = _drop_place_names(people, places)
    people = _drop_adverb_tails(people, texts)
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


def _drop_adverb_tails(people: list[Person], texts: list[str]) -> list[Person]:
    """People less a name that is another person's name of the page and an adverb (徒弟郑凯刚上岗时 … 郑凯说: 刚
    "just" opens the verb phrase, no given character), unless the longer name stands alone somewhere (郑凯刚，电话…):
    a title before the name lets a three-character reading end before any word, and 刚, 正, 才 are given names too."""
    names = {p.name for p in people}
    tails = {p.name for p in people if p.name[-1] in _ADVERBS and p.name[:-1] in names}
    if not tails:
        return people
    cut = {name for name in tails if not _named_again(texts, name, (-1, -1))}
    return [p for p in people if p.name not in cut]


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


def _after_quoted_term(text: str, at: int) -> bool:
    """True when a closing quote right before ``text[at]`` closes a quoted term, not a quoted sentence: the
    character before the quote is Han (实行“一对一”师带徒: the term qualifies the words after it, which open no
    clause), where a quotation before its speaker ends in punctuation (“…。”王刚说)."""
    return at >= 2 and text[at - 1] == "”" and _IS_HAN[text[at - 2]]


def _recurring_subjects(text: str) -> list[Person]:
    """Full names that open at least two clauses, once before a verb or particle that follows names.

    Profiles and feature stories name their subject this way, with no title or speech verb;
    two clause-initial uses plus the dictionary and surname checks keep words out (and a use whose last
    character opens a word with the next, 师徒结对, is followed by no verb or particle).
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
        if _after_quoted_term(text, mt.start()):
            continue
        e = mt.end()
        # (a word running across the end is no name's end: 师徒结对 is 师徒 + 结对, 对 no preposition there)
        follows = e >= n or ((text[e] in _FOLLOW_CHARS or text.startswith(_FOLLOW_WORDS, e))
                             and not _word_at(text, e - 1))
        seen.setdefault(name, []).append(follows)
    return [Person(n, []) for n, uses in seen.items()
            if len(uses) >= 2 and any(uses) and is_person_name(n)]

"""People of an article's bylines, editor lines, signatures and credit paragraphs (_from_bylines), with the
poster handles and pen names that are no people.
"""

from __future__ import annotations

from ... import lazyrx
from ... import recode
from ...record import Article, Meta, Person, Removal, Union
from ..meta import drop_glosses, join_spaced_pair, joined_removals, stacked_pairs
from .surnames import _CONTEXT_SURNAMES, SURNAMES
from .roles import _NOT_GIVEN, _ORG_END
from .dictionary import _any_entry, _either_script, _entry, is_word
from .shape import _given_ok, _IS_HAN, is_person_name
from .minority import _tibetan_name, _TIBETAN_PARTS, _TRANSLIT_FIRST
from .chains import _cut_org, _is_union, _resolve
from .after_role import _BYLINE_ROLES
from .jobs import _contacts
from .offices import _DEPT_NAME, _NOT_IN_DEPT
from .scan import _from_text
from .credits import (
    _beside_named_slot, _bracketed_editor, _byline_names, _dai_slot_value, _editor_slot_name, _editor_title,
    _name_word_in_slot, _NICK_PREFIX, _NOTED_NAME, _rare_word_name, _REPORTER_WORD, _role_before, _ROLE_WORD,
    _spaced_reporter, _spaced_run, _staff, _STAFF_RX, _traditional_bylines)


#: A speech's subtitle line (——在某某会议上的讲话): the line after it names the speaker with their titles.
_SPEECH_SUBTITLE = recode.compile(r"[—-]{1,2}\s*在.{2,40}?上的(?:讲话|講話|致辞|致辭|报告|報告)(?:[（(][^）)]*[）)])?\Z")


def _speech_speakers(joined: list[Removal], unions: list[Union] | None, places) -> list[Person]:
    """The speaker a speech page names on the removed line right under its subtitle (——在…上的讲话 / 市总工会党组书记、
    常务副主席　刘建平): a title chain, a space, the name, read as running text is."""
    out: list[Person] = []
    for before, line in zip(joined, joined[1:]):
        if line.line is not None and before.line is not None and line.line == before.line + 1 \
                and _SPEECH_SUBTITLE.match(before.text.strip()):
            out.extend(_from_text(line.text.strip(), unions, places))
    return out


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
    joined = joined if joined is not None else joined_removals(article.removed)
    # a flattened info box's staff rows, each label over its name (审核： / 钱卫国, 责任编辑 / 彭丽): titled as labelled
    out = [p for label, value in stacked_pairs(joined) for p in _staff(f"{label}：{value}")]
    boxed = {p.name for p in out}
    for names, role in ((m.reporter, "reporter"), (m.author, None), (m.editor, "editor")):
        found = _byline_names(names or "")
        if not found and names and _lone_slot_name(article, role, names.strip()):
            found = [names.strip()]
        if not found and names and (_tibetan_name(names.strip()) or _dai_slot_value(names.strip())):
            found = [names.strip()]  # 作者：拉毛措, 作者：岩罕: a Tibetan or a Dai name, with no Chinese surname
        if not found and names and _slot_shaped_name(names.strip()):
            found = [names.strip()]  # 记者 敏学军: a surname the list lacks, in a slot that only holds names
        if not found and names and role is None and (pro := _professional(names.strip())):
            out.append(pro)  # 作者：许慧敏律师: a law firm's blog signs its writer with the profession
        for name in found:
            if role == "editor" and name in boxed:
                continue  # (titled by its box's label above)
            if role == "reporter":
                titles = [_role_before(article, name, _REPORTER_WORD) or ("記者" if trad else "记者")]
            else:
                titles = [_editor_title(article, trad, name)] if role else []
            out.append(Person(name, titles))
    for r in joined:  # (a line that carried pinyin comes in parts: 審|(shěn)|核：郝建平)
        if r.kind in ("editor_line", "credit", "byline", "dateline", "page_header"):
            out.extend(_staff(r.text))  # a header line may carry them too (来源：… | 编辑：黄丽 | 审核：覃海)
            if r.kind in ("byline", "credit") and r.text.strip()[-1:] in "）)":
                out.extend(_signature(r.text.strip()) or _closing_names(r.text.strip()))  # (喻娟), (王某 张某)
            if "：" in r.text or ":" in r.text:
                out.extend(_unit_credits(r.text))  # (作者：宜昌市总工会 向丹: the unit, then the writer)
                if "人" in r.text or "律" in r.text:
                    out.extend(_answer_fields(r.text))  # (回复人：许明辉（律师）: a Q&A board's answerer)
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


def _professional(value: str) -> Person | None:
    """The person of an author value that is a name with its profession glued after it (许慧敏律师, 王刚教授),
    titled with the profession; None when the value is anything else (律师事务所, 张律师)."""
    for pro in _PROFESSIONS:
        if value.endswith(pro) and is_person_name(value[:-len(pro)], True):
            return Person(value[:-len(pro)], [pro])
    return None


def _answerer(line: str) -> list[Person]:
    """The person of a removed line that is nothing but a professional's title and a name (粤法援律师王振华, the
    header of an answer on a Q&A page, filed with the menus): the name must close the line."""
    if len(line) > 16:
        return []
    got = _from_text(line, [], [])
    return [p for p in got if line.endswith(p.name) and p.titles and p.titles[-1].endswith(_PROFESSIONS)
            and line == p.titles[-1] + p.name]


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
# (（湛江市总工会网络工作部 符晓玲）); the unit must end like an organ.  A legal-aid answer's signature sets the
# answerer's profession between them (（某某市总工会法律援助中心 律师 王某）): the profession is the title.  The
# name may stand alone ((喻娟)), which names the writer even where a header's 作者 slot holds a unit instead.
_SIGNATURE = lazyrx.compile(r"^[（(]\s*(?:(?P<unit>\p{Han}{2,30}?)[\s\u3000]+"
                            r"(?:(?P<role>律师|律師|法官|检察官|檢察官|仲裁员|仲裁員|调解员|調解員|公证员|公證員)[\s\u3000]+)?)?"
                            r"(?P<name>\p{Han}{2,3})\s*[）)]$")


def _signature(text: str) -> list[Person]:
    """The writer of a bracketed signature line (unit + name, or the name alone), untitled like the writer of
    文字：X; an answerer signing with a profession (unit + 律师 + name) is titled with it."""
    mt = _SIGNATURE.match(text)
    if not mt or not is_person_name(mt["name"], True):
        return []
    if mt["unit"] is None or _ORG_END.search(mt["unit"]) or _is_union(mt["unit"]):
        return [Person(mt["name"], [mt["role"]] if mt["role"] else [])]
    return []


# A labelled credit whose value is the writer's or answerer's unit, then the person set off by a space (作者：宜昌市总工会
# 向丹 on a portal's header; （解答律师：湖南湘楚律师事务所 彭立新） under a legal-aid answer; 解读人：市总工会权益保障部
# 刘振华 in a government portal's policy-interpretation row): the unit must end like an organ.  The writer's labels
# carry no title, as 文字：X; an answerer's or interpreter's label is the title as written.
_UNIT_CREDIT = lazyrx.compile(r"(?<!\p{Han})(?P<role>作者|撰稿|撰文|执笔|執筆|\p{Han}{0,2}(?:律师|律師)|解答人?|答疑人?|答复人|答覆人|"
                              r"解读人|解讀人)"
                              r"\s*[:：]\s*(?P<unit>\p{Han}{2,30}?)[ \u3000]+(?P<name>\p{Han}{2,3})(?![\p{Han}·・•‧])")
_WRITER_LABELS = frozenset(("作者", "撰稿", "撰文", "执笔", "執筆"))


# A Q&A board's answerer field holding a name alone (回复人：许明辉（律师）, 答复人：王某, 解答律师：李某 on a legal-aid
# column's reply row): the person who answered, titled with the profession in brackets or glued after the name, else
# with a lawyer's label as written (解答律师, as _UNIT_CREDIT titles it); 回复人 alone gives no title.  (A unit before
# the name: _UNIT_CREDIT.)
_PROFESSION_ALT = "|".join(sorted(_PROFESSIONS, key=len, reverse=True))
_ANSWER_FIELD = lazyrx.compile(
    r"(?<!\p{Han})(?:(?:回复|回覆|答复|答覆|解答|答疑)人|(?P<label>(?:解答|答疑|值班|坐诊|坐診|释法|釋法)(?:律师|律師)))\s*[:：]\s*"
    r"(?P<name>\p{Han}{2,3}?)\s*(?:[（(]\s*(?P<pro>%s)\s*[）)]|(?P<glued>%s))?(?![\p{Han}·・•‧])"
    % (_PROFESSION_ALT, _PROFESSION_ALT))


def _answer_fields(text: str) -> list[Person]:
    """The people of ``text``'s answerer fields (回复人：许明辉（律师）), titled as _ANSWER_FIELD says."""
    out = []
    for mt in _ANSWER_FIELD.finditer(text):
        if is_person_name(mt["name"], True) and not _ROLE_WORD.fullmatch(mt["name"]):
            title = mt["pro"] or mt["glued"] or mt["label"]
            out.append(Person(mt["name"], [title] if title else []))
    return out


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


# A paragraph's closing credit of two or more names set off by spaces in brackets (…发放奖励金2.4万元。（卢晓阳 杨帆）):
# a roundup's item credits its writers so, as a single writer is credited (喻娟) under a whole article.
_CLOSING_NAMES = lazyrx.compile(r"[（(](?P<names>\p{Han}{2,3}(?:[ \u3000]+\p{Han}{2,3}){1,3})[）)]\s*\Z")


def _closing_names(para: str) -> list[Person]:
    """The writers of a paragraph's closing credit of names alone (（卢晓阳 杨帆）), untitled; none unless every
    one is a person's name."""
    mt = _CLOSING_NAMES.search(para, max(0, len(para) - 20))
    names = mt["names"].split() if mt else []
    return [Person(n, []) for n in names] if names and all(is_person_name(n, True) for n in names) else []


def _credit_paragraphs(body: list[str]) -> list[Person]:
    """The people of unit-and-name credits, bylines and rows of nothing but staff credits (文字：X 摄影：Y) on short
    body paragraphs (a credit line the cleaner kept as text), and of names credited in brackets closing a paragraph."""
    out = []
    for para in body:
        if para.endswith(("）", ")")):
            out.extend(_closing_names(para))
        if len(para) <= _CREDIT_LINE and ("：" in para or ":" in para):
            out.extend(_unit_credits(para))
            if (para.startswith(_BYLINE_LABELS) and _byline_paragraph(para)) or _only_credits(para):
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


# A paper's dateline tag with nothing but its credits in brackets after it (本报讯（记者 X 通讯员 Y）, 某某日报讯(…)).
_BRACKETED_DATELINE = lazyrx.compile(r"^\p{Han}{0,14}?(?:讯|訊)\s*[(（](?P<credits>[^()（）]+)[)）]$")


def _only_credits(text: str) -> bool:
    """True when ``text`` is nothing but staff credits separated by spaces (文字 | 冉晓雪　图片 | 苟明亮); the first
    may be a reporter's, the outlet glued to its 记者 (津云记者 彭雨桐).  A credit may list more names set off by
    spaces (记者 毕　然 聂文君 通讯员 张云鹤 文/图), and the line may end with the work done (文/图, 摄).  A paper's
    dateline tag may hold them in brackets (本报讯（记者 X 通讯员 Y）)."""
    text = join_spaced_pair(drop_glosses(text)).lstrip(_BULLETS)  # (毕　然: a two-character name padded with a space)
    if ("讯" in text or "訊" in text) and (dated := _BRACKETED_DATELINE.match(text)):
        text = dated["credits"].strip()
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

"""Names the sentence owns (a union's name and level, a clause's subject, a list's head) are given back."""

from __future__ import annotations

from ... import lazyrx
from .base import (
    HAN, HAN_RUN, HAN_RUNS, CLAUSE_MARKS, PLACE_OBJECT, _without, UNION_NAME, SUBJECT_NEXT, subject_union,
)
from .title import Title
from .boundaries import title_boundaries
from .words import _han_word, _simplifier, loose_chars
from .runs import LEVEL_CHARS, _on_bounds, _word_across


#: A union named by its level word (基层工会, 街道工会, 各级工会, (街道)工会 of 各乡镇(街道)工会负责人): the body's own way of
#: naming the unions below the title's, kept whole as keep_unions keeps 市总工会.
LEVEL_UNION = lazyrx.cached(r"(?:基[层層]|街道|[乡鄉][镇鎮]|社[区區]|各[级級]|[)）])工[会會]")


def _han_piece(text: str, han: str) -> bool:
    """The text is a contiguous piece of the title's Han characters."""
    return text in han


def keep_unions(out: list[list[tuple[int, int]]], paragraphs: list[str], han: str) -> list[list[tuple[int, int]]]:
    """Spans cut back so that a level union name (市总工会) of the sentence stays whole: a span that is
    not a verbatim piece of the title (平顶|市总工会, a chunk glued before the name) or that takes part of
    the name leaves it standing; a span that is exactly the name, or a title piece holding it, stays."""
    res = []
    seen: dict[str, set[int]] = {}  # each span's text -> the paragraphs removing it
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        for a, b in spans:
            seen.setdefault(par[a:b], set()).add(pi)
    for par, spans in zip(paragraphs, out):
        names = [m.span() for m in UNION_NAME.finditer(par)]
        kept = []
        for a, b in spans:
            if len(seen[par[a:b]]) >= 2 and not _han_piece(par[a:b], han) \
                    and any(a < x and b == y and par[a:x + 1] not in han for x, y in names):
                # a pick of the title's characters ending on the name, the same in two paragraphs (兰|市总工会 of
                # 兰州市总工会): the salter's repeated chunk; a sentence's own name does not follow the same stray
                # characters twice. A title place with the name's level before it (南昌|市总工会 under
                # 南昌市红谷滩区总工会) is a union the text names: the place's own
                kept.append((a, b))
                continue
            for x, y in names:
                if a < x < b < y and HAN_RUN.fullmatch(par[a:b]) and _han_piece(par[a:b], han):
                    a = b = 0  # the title's place name before the level (鼓楼区 of 鼓楼区总工会): the sentence's own
                    break
                if x <= a and b <= y and (a, b) != (x, y):
                    # part of the name (区总工 of 区总工会将把, 总工会 of 镇总工会将): what it leaves reads as no
                    # salter's cut, and salt put inside a name would not leave it readable as one
                    a = b = 0
                    break
                if b <= x or y <= a or (a, b) == (x, y) or HAN_RUN.fullmatch(par[a:b]) and _han_piece(par[a:b], han):
                    continue  # apart, the name itself, or a verbatim piece of the title (a chunk holding the name)
                if a < x:
                    b = min(b, x)
                elif b > y:
                    a = y
                else:
                    a = b = 0
                    break
            if a < b:
                kept.append((a, b))
        res.append(kept)
    return res


def subject_unions(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without those ending a union name (县总工会, 江孜县总工会) right before an officer's title or a
    subject's adverb (SUBJECT_AFTER), and a unit's union going on into its clause (_unit_union: 矿工会制定了): the
    sentence's own subject, never a cut chunk however the title reads."""
    res = []
    for par, spans in zip(paragraphs, out):
        kept = [(a, b) for a, b in spans if not subject_union(par, a, b) and not _union_goes_on(par, a, b)]
        res.append(kept if len(kept) != len(spans) else spans)
    return res


#: What a union's full name goes on with after its 工会 (行业工会联合会, 产业工会委员会).
UNION_BODY = ("联合会", "聯合會", "委员会", "委員會")


def _union_goes_on(par: str, a: int, b: int) -> bool:
    """par[a:b] is a bare 工会 inside a clause (Han before it) that the sentence's union name goes on from
    (芦淞区服饰行业|工会|联合会承办): the name's own word. A salter's 工会 put there would leave a name no one writes;
    one opening a clause (,工会|联合…) is not read here."""
    return (b - a == 2 and par[a:b] in ("工会", "工會") and a > 0 and HAN.match(par[a - 1]) is not None
            and par.startswith(UNION_BODY, b))


def clause_subjects(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans without those of whole title words opening a clause right before 是 or 们 (SUBJECT_NEXT): the
    clause's own subject (,职业技能大赛是培养…); cut out, they would leave a clause opening on 是 or 们, which the
    sentence before the salter did not have."""
    if not any(out):
        return out
    tb = title_boundaries(t)
    return _without(out, paragraphs, lambda par, a, b, spans: _clause_subject(par, a, b, t, tb)
                    and not _chain_head(par, a, b, spans, t.han))


def _clause_subject(par: str, a: int, b: int, t: Title, tb: frozenset[int]) -> bool:
    """par[a:b] is whole title words between a clause mark and a SUBJECT_NEXT character."""
    return (0 < a and par[a - 1] in CLAUSE_MARKS and par[b:b + 1] in SUBJECT_NEXT and b - a >= 2
            and _on_bounds(par[a:b], t.han, tb))


def _chain_head(par: str, a: int, b: int, spans: list[tuple[int, int]], han: str) -> bool:
    """The paragraph's next span goes on with the title right after par[a:b] and splits a dictionary word of the
    sentence in two (,铜川印台|是… then 陕|工会|西): the span heads the salter's chain, no subject of the clause."""
    c, d = next(((c, d) for c, d in spans if c >= b), (0, 0))
    return (0 < c and d < len(par) and par[a:b] + par[c:d] in han and _han_word(par[c - 1] + par[d])
            and not _word_across(par, c) and not _word_across(par, d))


SHORT_LEVELS = LEVEL_CHARS | frozenset("區縣鎮鄉")  # level words a sentence names a body of its own level by (市人社局)
CO_VERBS = ("联合", "聯合")  # a verb taking the body it works with as its object, as PLACE_OBJECT's words do


def short_levels(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without a lone level word (市, 区) right after a preposition or 联合 and before a Han character
    (在|市|技师学院, 联合|市|人社局): the sentence's short name of a body of that level. A salter's lone chunk
    sits at a clause mark or between words, and one glued after a preposition would leave it with no object."""
    return _without(out, paragraphs, lambda par, a, b, _: _short_level(par, a, b))


def _short_level(par: str, a: int, b: int) -> bool:
    """par[a:b] is one level word between a preposition (or 联合) and a Han character."""
    return (b - a == 1 and par[a] in SHORT_LEVELS and a > 0 and (par[a - 1] in PLACE_OBJECT or par.startswith(CO_VERBS, a - 2))
            and HAN.match(par, b) is not None)


#: What joins two of the sentence's nouns into one phrase: 的 (a modifier and its head), 和, 与, 及 (coordinated nouns).
PAIR_JOINERS = frozenset("的和与及與")


def possessive_pairs(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without two that only a 的 parts (解答了|女职工|的|健康|咨询): a modifier and its head, the sentence's
    own noun phrase; so are two nouns a 和, 与 or 及 joins (发挥|劳模|和|工匠|人才). A salter puts its chunks one to a clause or seam, never two around the sentence's 的, unless
    the one after it is a piece of two or more characters cut inside a word (技术|校园|的|走进职|成长: 走进|职 leaves a
    loose character): a noun phrase's head is a word (its modifier may carry a chunk glued before it, 会举|女职工|的|健康)."""
    res = []
    for par, spans in zip(paragraphs, out):
        pair = {q for k, ((_, b), (c, d)) in enumerate(zip(spans, spans[1:])) if c == b + 1 and par[b] in PAIR_JOINERS
                and not _cut_inside(par[c:d]) for q in (k, k + 1)}
        res.append([sp for k, sp in enumerate(spans) if k not in pair] if pair else spans)
    return res


def _cut_inside(text: str) -> bool:
    """A span of two or more characters whose best reading leaves a loose character (走进|职): cut inside a word."""
    return len(text) >= 2 and loose_chars(_simplifier()(text)) > 0


ITEM_LEN = (3, 6)  # Han characters of a list item list_heads compares with the item before it
BODY_END = frozenset("局委办厅部院所站队处科会社司辦廳處隊")  # what ends the name of a government body or unit (人社局, 工信局)


def list_heads(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without those that open a list item after 、 shaped like the item before it: both of one length,
    opening on one character and ending on a body's last character they share (BODY_END), the span short of the
    item's end (区人社局、[区工]信局: bodies of one level named in a row). A salter's chunk put after 、 is followed by the next item's own words,
    which repeat the item before's head and ending only by chance."""
    res = []
    for par, spans in zip(paragraphs, out):
        kept = [(a, b) for a, b in spans if not _parallel_item(par, a, b, spans)]
        res.append(kept if len(kept) != len(spans) else spans)
    return res


def _parallel_item(par: str, a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    """par[a:b] opens, after 、, an item of n Han characters (b - a < n) whose first and last characters are those
    of the n characters before the 、 (a body's ending: 局 of 区人社局、区工信局), none of them removed."""
    if a < 1 or par[a - 1] != "、":
        return False
    for n in range(max(ITEM_LEN[0], b - a + 1), ITEM_LEN[1] + 1):
        cur, prev = par[a:a + n], par[max(0, a - 1 - n):a - 1]
        if len(cur) == len(prev) == n and cur[0] == prev[0] and cur[-1] == prev[-1] and cur[-1] in BODY_END \
                and HAN_RUNS.fullmatch(cur) \
                and HAN_RUNS.fullmatch(prev) and not any(x < a - 1 and a - 1 - n < y for x, y in spans):
            return True
    return False


def level_unions(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without those that are just the 工会 of a union named by its level word (基层|工会, (街道)|工会:
    LEVEL_UNION), the sentence's own; a span running on past it (基层|工会举) is left to the other rules."""
    res = []
    for par, spans in zip(paragraphs, out):
        if not spans:  # (nothing to drop: no scan)
            res.append(spans)
            continue
        heads = {(m.end() - 2, m.end()) for m in LEVEL_UNION.finditer(par)}
        kept = [sp for sp in spans if sp not in heads]
        res.append(kept if len(kept) != len(spans) else spans)
    return res

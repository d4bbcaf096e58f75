"""Spans given back to the text: place and company names, whole words bound in a clause, evidenced spans."""

from __future__ import annotations

from ...provinces import PROVINCE_NAMES
from .base import HAN, HAN_RUN, CLAUSE_MARKS, SENTENCE_END, BOUND_SUFFIX, ORG_AFTER, _common, PLACE_SUFFIX, UNION_NAME
from .title import Title, _verbatim_ext, right_is_mark, _dangling, bare_place
from .boundaries import title_boundaries, _gaps
from .runs import _word_across, ORG_END, _org_end, names_org, _on_bounds
from .chunks import readings
from .words import _han_word
from .leftovers import cut_evidence


HIGHER_PLACE = frozenset("省市州盟")


def place_names(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans that are the title's whole place name (鼓楼区) written as part of a longer proper name of the
    sentence are kept: after the higher level place (徐州市|鼓楼区) or before its union (鼓楼区|总工会). The salter
    inserts chunks between words, so a copy there would double the place, which these do not."""
    res = []
    for par, spans in zip(paragraphs, out):
        kept = []
        for a, b in spans:
            text = par[a:b]
            if (b - a >= 2 and text[-1] in PLACE_SUFFIX and text in t.han and _on_bounds(text, t.han, title_boundaries(t))
                    and (a > 0 and par[a - 1] in HIGHER_PLACE or ORG_AFTER.match(par, b))):
                continue
            if _bare_place_in_name(par, a, b, t) or _company_name(par, a, b, t):
                continue
            kept.append((a, b))
        res.append(kept)
    return res


FIRM_WORDS = 3  # Han characters a firm's full name writes between the title's short name and its legal form (工具)


def _full_firm(par: str, a: int, b: int, starts: list[int], han: str) -> bool:
    """The verbatim title piece par[a:b] sits inside the firm's full name that the title writes short (company sites:
    株洲|南方合金|工具有限公司工会 for the title's 南方合金|公司工会): a Han character before it, a few more after it and
    then a legal form (有限公司, 股份…, 集团), while the title goes on after the piece with a name ending. A salter puts
    its chunks between the sentence's words, not inside a name that runs on into its legal form."""
    if a == 0 or not HAN.match(par[a - 1]) or not any(_org_end(han, s + b - a) for s in starts):
        return False
    for k in range(b, min(len(par), b + FIRM_WORDS + 1)):
        if par.startswith(LEGAL_FORMS, k) and _org_end(par, k):
            return True
        if not HAN.match(par[k]):
            return False
    return False


LEGAL_FORMS = ("有限", "股份", "控股", "集团", "集團")


def _company_name(par: str, a: int, b: int, t: Title) -> bool:
    """The span is a verbatim title piece that is part of a company's name which the title names too: its own
    words before the name's ending (金岭电力|有限公司, see names_org), or the ending that closes the title's company
    word (公司 of 电力公司) opening a clause and running on into the company's union (公司|工会: the company's own
    union, in its short form). The sentence's subject."""
    text = par[a:b]
    if b - a < 2 or text not in t.han:
        return False
    starts = [s for s in t.where[text[0]] if t.han.startswith(text, s)]
    if names_org(par, a, b, starts, t.han) or _full_firm(par, a, b, starts, t.han):
        return True
    tb = title_boundaries(t)
    return (ORG_END.fullmatch(text) is not None and _org_end(par, a) > b - a and any(s + b - a in tb for s in starts)
            and (a == 0 or par[a - 1] in CLAUSE_MARKS or not HAN.match(par[a - 1])))


def _bare_place_in_name(par: str, a: int, b: int, t: Title) -> bool:
    """The span is the title's place name without its level suffix (冷水江 of 冷水江市), written right after a
    province name and running on into more Han characters: part of a longer proper name (湖南冷水江锑都有限公司),
    where a salter, which puts chunks between words, would not leave a province before it."""
    if b - a < 2 or b >= len(par) or not HAN.match(par[b]) or not any(par.endswith(p, 0, a) for p in PROVINCE_NAMES):
        return False
    return bare_place(par[a:b], t, title_boundaries(t))


def clause_bound(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Removals that sit where the salter does not put chunks are the sentence's own words: a span right
    before a clause mark (salt goes after marks, between two words, or after the final full stop), and a
    paragraph's last span when it is a whole title word between two Han characters that no other paragraph
    shows and that does not go on from the span before it in the title (达成|就业|意向 after 送岗 of
    春送岗位促就业, 培养高|技能|人才): real text restating the title, with none of salt's marks -- no clause
    boundary, no repetition, no cut, no chunk sequence."""
    if not any(out):
        return out
    tb = title_boundaries(t)
    texts = [{par[a:b] for a, b in sp} for par, sp in zip(paragraphs, out)]
    res = []
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        kept = [(a, b) for a, b in spans if not (b < len(par) and par[b] in CLAUSE_MARKS)]
        if kept and _restated_last(par, kept, t, tb) and not any(
                par[kept[-1][0]:kept[-1][1]] in x for qi, x in enumerate(texts) if qi != pi):
            kept.pop()
        res.append(kept if len(kept) != len(spans) else spans)
    return res


def dangling_twins(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """A paragraph's dangling chunk (removed after its final sentence mark) taken out a second time where the
    salter put it first: some salters put the list's last chunk at its place in the list, right after a clause
    mark, and again after the paragraph's last full stop (…[线户]毛巾、劳动者防暑药品等慰问品。[劳动者]). The copy
    looked for sits after the paragraph's previous removal, goes on from it in the title (at most two title
    characters skipped), opens a clause inside a sentence (after a comma or 、, not a full stop: a sentence's
    subject restates title words, 。驿站面积…) and runs on into no word of the sentence; the first such copy is taken."""
    if not any(out):
        return out
    res = []
    for par, spans in zip(paragraphs, out):
        twin = _dangling_twin(par, spans, t) if len(spans) >= 2 else None
        res.append(sorted(spans + [twin]) if twin else spans)
    return res


def _dangling_twin(par: str, spans: list[tuple[int, int]], t: Title) -> tuple[int, int] | None:
    """The span of the earlier copy of the paragraph's dangling chunk, for dangling_twins; None when none."""
    a, b = spans[-1]
    text = par[a:b]
    if b - a < 2 or not HAN_RUN.fullmatch(text) or not _dangling(par, a, b):
        return None
    p0, p1 = spans[-2]
    prev = par[p0:p1]
    ends = _reading_ends(prev, t)
    if not ends or not any(0 <= r[0] - e - 1 <= 2 for r in readings(text, t) for e in ends):
        return None  # the dangling chunk does not go on from the one before it in the title
    k = par.find(text, p1, a)
    while k >= 0:
        e = k + len(text)
        if (k > 0 and par[k - 1] in CLAUSE_MARKS and par[k - 1] not in SENTENCE_END and not right_is_mark(par, e) and par[e:e + 1] not in BOUND_SUFFIX
                and not _word_across(par, e) and not _verbatim_ext(par, k, e, t.text)):
            return k, e
        k = par.find(text, k + 1, a)
    return None


def _reading_ends(text: str, t: Title) -> set[int]:
    """The title positions where the readings of a Han fragment end (empty for a fragment with other characters):
    what a following chunk must go on from."""
    return {r[-1] for r in readings(text, t)} if HAN_RUN.fullmatch(text) else set()


def _restated_last(par: str, spans: list[tuple[int, int]], t: Title, tb: frozenset[int]) -> bool:
    """The last span is whole title words inside a clause (Han on both sides), cut across none of the
    places where the title puts digits or quotes, and no tight continuation of the span before it."""
    a, b = spans[-1]
    text = par[a:b]
    if a == 0 or b >= len(par) or not HAN.match(par[a - 1]) or not HAN.match(par[b]) or not HAN_RUN.fullmatch(text):
        return False
    gaps = _gaps(t.text)
    starts = [s for s in t.where.get(text[0], ()) if t.han.startswith(text, s)
              and s in tb and s + len(text) in tb and not any(s < g < s + len(text) for g in gaps)]
    if not starts:
        return False
    if len(spans) >= 2:
        prev = par[spans[-2][0]:spans[-2][1]]
        ends = _reading_ends(prev, t)
        if any(s - 1 in ends for s in starts):
            return False
    return True


def evidenced(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The removals of the paragraphs that show salt, others left untouched: real text restates the title's
    whole words in the title's order all the time (西秀区总工会…蜡染…技艺…职工), so a paragraph's removals
    stand only on a fragment cut where real text does not cut (``cut_evidence``) or on a fragment sequence
    that another paragraph repeats (the salter reuses one chunk list on the page)."""
    if not any(out):
        return out
    out = own_unions(out, paragraphs, t)
    tb = title_boundaries(t)
    texts = [[par[a:b] for a, b in sp] for par, sp in zip(paragraphs, out)]
    res = []
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        if spans and not cut_evidence(par, spans, t, tb) and not tiles_head(texts[pi], t) \
                and not tiles_placed(par, spans, t) and not any(
                qi != pi and texts[qi] and _common(texts[pi], texts[qi]) >= 2 for qi in range(len(out))):
            spans = []
        res.append(spans)
    return res


LIST_MARKS = frozenset("、")  # a list's separator: a union name after it is an item, no clause's subject
SUBJECT_MARKS = CLAUSE_MARKS - LIST_MARKS  # the marks after which a union name may be a clause's subject


def own_unions(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Removals that are exactly a level union name (县总工会) opening a clause are the sentence's subject when
    the page names the union so in running text elsewhere (a paragraph opening 县总工会女职工委员会主任…): the
    text's usual short name of the title's organisation in its subject slot (据了解，县总工会今年计划…), not a
    salter's chunk. Not when another paragraph loses the same name after a clause mark (the salter's chunk list
    repeats; a name opening a paragraph is its subject and counts for neither) or when
    the paragraph's removal before it is the title's chunk right before the name (东城|区总工会: the chunk sequence)."""
    lost: dict[str, set[int]] = {}  # each removal's text -> the paragraphs that lose it after their start
    for qi, (q, sp) in enumerate(zip(paragraphs, out)):
        for x, y in sp:
            if x > 0:
                lost.setdefault(q[x:y], set()).add(qi)
    res = []
    for pi, (par, spans) in enumerate(zip(paragraphs, out)):
        kept = []
        for k, (a, b) in enumerate(spans):
            name = par[a:b]
            if (not (k and par[spans[k - 1][0]:spans[k - 1][1]] + name in t.han) and UNION_NAME.fullmatch(name)
                    and (a == 0 or par[a - 1] in SUBJECT_MARKS) and b < len(par) and HAN.match(par[b])
                    and _named_elsewhere(name, pi, (a, b), paragraphs, out)
                    and (a == 0 or not lost.get(name, set()) - {pi})):
                continue
            kept.append((a, b))
        res.append(kept)
    return res


def _named_elsewhere(name: str, pi: int, span: tuple[int, int], paragraphs: list[str], out) -> bool:
    """The union name occurs on the page outside every removal, other than at span of paragraph pi."""
    for qi, par in enumerate(paragraphs):
        x = par.find(name)
        while x >= 0:
            y = x + len(name)
            if (qi, (x, y)) != (pi, span) and not any(a < y and x < b for a, b in out[qi]):
                return True
            x = par.find(name, x + 1)
    return False


def tiles_placed(par: str, spans: list[tuple[int, int]], t: Title) -> bool:
    """Three or more fragments, in order, cut a stretch of the title after its head into consecutive chunks
    (职工|力量|助创 of 凝聚职工力量助创…) and each sits the way a salter puts a chunk (``_placed``: ,力量充分…,
    开|劳模|展). Real text restating the title's words runs them
    on into its sentences (今年开办春季“职工夜校”)."""
    texts = [par[a:b] for a, b in spans]
    if len(texts) < 3 or sum(not _placed(par, a, b, t) for a, b in spans) > 1:
        return False
    return any(_tiles_from(texts, t, r[0]) for r in readings(texts[0], t) if r[0] > 0)


def _placed(par: str, a: int, b: int, t: Title) -> bool:
    """par[a:b] sits as a salter's chunk inside the paragraph: after a clause mark, splitting a word of the sentence,
    or a pick of the title's characters with some skipped (开展守手 of 开展“尊法守法·携手…”), which no sentence
    restating the title's words writes."""
    return 0 < a and b < len(par) and (par[a - 1] in CLAUSE_MARKS or _han_word(par[a - 1] + par[b]) or par[a:b] not in t.han)


def tiles_head(texts: list[str], t: Title) -> bool:
    """Three or more fragments, in order, cut the title from its first character into consecutive chunks
    with nothing skipped (凝聚|职工|力量|助创): the salter's cut. Real text restating the title in order
    skips its small words (让, 在, 为) or keeps its head words together."""
    return len(texts) >= 3 and _tiles_from(texts, t, 0)


def _tiles_from(texts: list[str], t: Title, pos: int) -> bool:
    """The fragments, in order, cut the title from position pos into consecutive chunks with nothing skipped."""
    for text in texts:
        r = next((r for r in readings(text, t) if r[0] == pos), None)
        if r is None:
            return False
        pos = r[-1] + 1
    return True

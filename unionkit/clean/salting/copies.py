"""The right copy of a chunk's word (a quoted or dotted name's copy is the sentence's) and own words."""

from __future__ import annotations

from ... import lazyrx
from .base import (
    HAN, HAN_RUN, HAN_RUNS, OPEN_QUOTES, CLOSE_QUOTES, PLACE_OBJECT, _find_all, CLAUSE_MARK, COUNT_REACH, DIGIT,
    UNION_NAME, COUNTED,
)
from .words import _simplifier, _is_word, _piece_gain
from .title import Title, left_is_mark, _dangling, _opens_quoted_name, bare_place
from .boundaries import title_boundaries
from .runs import verbatim_runs, _on_bounds
from .marks import _moved_spans


NAME_DOTS = "·・"  # what joins the parts of a dotted name
NAME_OPENERS = frozenset(OPEN_QUOTES + NAME_DOTS)  # what opens a quoted or dotted name (“技能进果园”, “劳动最美·宝鸡有我”)
NAME_CLOSERS = frozenset(CLOSE_QUOTES)


def real_copies(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """Spans moved off the sentence's own copy of a title word to a loose copy of it in the same paragraph: a span
    that heads a quoted or dotted name (“|技能|进果园”, ·|宝鸡|有我) or a longer verbatim title name
    (，|秭归|县总工会联合) is the text's when another copy of it, no part of such a name and not inside a span, sits
    at a clause mark or reads at least as well cut (村|秭归|举办, 活动，|技能|推动): a salter inserts its chunk
    where it breaks the sentence, the sentence names its own things whole."""
    def pick(par: str, q: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
        a, b = spans[q]
        return _loose_copy(par, a, b, spans, t) if b - a >= 2 and _names_whole(par, a, b, t) else None
    return _moved_spans(out, paragraphs, pick)


WHOLE_NAME = 6  # Han characters of a verbatim title run longer than any chunk a salter cuts (秭归县总工会): a name


def _names_whole(par: str, a: int, b: int, t: Title) -> bool:
    """par[a:b] is the head of a name the sentence writes whole: a quoted or dotted name going on after it, or a
    verbatim title run of WHOLE_NAME characters or more (秭归|县总工会)."""
    if a > 0 and par[a - 1] in NAME_OPENERS and b < len(par) and HAN.match(par[b]):
        close = next((k for k in range(b, min(len(par), b + 20)) if par[k] in NAME_CLOSERS), None)
        if close is not None and all(HAN.match(ch) or ch in NAME_DOTS for ch in par[b:close]):
            return True
    e = b + WHOLE_NAME - (b - a)
    return e <= len(par) and par[a:e] in t.han and bool(HAN_RUNS.fullmatch(par[a:e]))


def _loose_copy(par: str, a: int, b: int, spans: list[tuple[int, int]], t: Title) -> tuple[int, int] | None:
    """The one other copy of par[a:b] that real_copies moves the span to, or None."""
    piece, n = par[a:b], b - a
    if not HAN_RUNS.fullmatch(piece):
        return None
    gain = _piece_gain(par, a, b)
    got = [(k, k + n) for k in _find_all(par, piece)
           if (k + n < a or k > b) and not any(x < k + n and k < y for x, y in spans) and not _names_whole(par, k, k + n, t)
           and not _in_quotes(par, k, k + n) and (left_is_mark(par, k) or _piece_gain(par, k, k + n) >= gain)]
    return got[0] if len(got) == 1 else None


def _in_quotes(par: str, a: int, b: int) -> bool:
    """par[a:b] ends a quoted name (“金秋|助学|”) or opens one: the sentence's own words."""
    return (a > 0 and par[a - 1] in NAME_OPENERS) or (b < len(par) and par[b] in NAME_CLOSERS)


ORG_UNION = lazyrx.cached(r"(?:公司|集团|集團)(?:[总總]?工[会會])")


def _alone_in(spans: list[tuple[int, int]], a: int, b: int, x: int, y: int) -> bool:
    """No other span of the paragraph touches the name par[x:y] that the span par[a:b] is part of (市总|工会, two chunks
    side by side that read as a name together, are salt)."""
    return not any((c, d) != (a, b) and c < y and x < d for c, d in spans)


def name_parts(out: list[list[tuple[int, int]]], paragraphs: list[str]) -> list[list[tuple[int, int]]]:
    """The spans without those that end a union's name as the sentence writes it, its head standing (工会 of 涪城区总工会副主席,
    of 九洲集团工会相关负责人): keep_unions' rule, again on the final spans, which the page-pattern passes may have grown
    after it (a salter's chunk put inside a name would leave no name to read), unless another span takes part of the
    name too."""
    res = []
    for par, spans in zip(paragraphs, out):
        names = [m.span() for rx in (UNION_NAME, ORG_UNION) for m in rx.finditer(par)] if spans else []
        kept = [(a, b) for a, b in spans if not any(x < a and b == y and _alone_in(spans, a, b, x, y) for x, y in names)]
        res.append(kept if len(kept) != len(spans) else spans)
    return res


RESTATE_RUN = 6  # Han characters of a verbatim run of whole title words by which a lead restates its headline


def own_words(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans without the sentence's own words a salter never gives: a title word opening a book title's name
    (《工会法律知识手册》), the title's place name opening a paragraph as its subject (晋江是…: salt goes after marks
    and between words, never before a paragraph's first word), and, on a page whose only salted paragraph is a lead
    restating the headline (a verbatim run of RESTATE_RUN or more title characters on the title's word boundaries),
    that paragraph's whole title words, a span heading a longer run of the title than any of the page's spans
    (``_heads_title_run``), and a counted noun written before its count (``_noun_before_count``)."""
    if not any(out):
        return out
    tb = title_boundaries(t)
    longest = max(b - a for spans in out for a, b in spans)
    res = [_own_kept(par, spans, t, tb, longest) for par, spans in zip(paragraphs, out)]
    salted = [pi for pi, sp in enumerate(res) if sp]
    if len(salted) == 1 and _restates_headline(paragraphs[salted[0]], res[salted[0]], t, tb):
        res[salted[0]] = []
    return res if res != out else out


def quoted_heads(out: list[list[tuple[int, int]]], paragraphs: list[str], t: Title) -> list[list[tuple[int, int]]]:
    """The spans without those opening a quoted name that goes on after them (36个“|工会|驿站”) when the paragraph holds
    no loose copy of the span for real_copies to move it to: the sentence names its own thing. Only for a salter that
    puts its chunks at clause marks and between words; one that also puts them inside words puts them after an
    opening quote as well (“|打造|揭榜挂帅”), so the caller asks for that first. A span written again right after
    itself (“|送法|送法进企业”) stays: a name does not double its head, a salter put a chunk before the name's own."""
    res = [[(a, b) for a, b in spans if not (_opens_quoted_name(par, a, b) and _loose_copy(par, a, b, spans, t) is None
                                             and par[b:2 * b - a] != par[a:b])]
           for par, spans in zip(paragraphs, out)]
    return res if res != out else out


def _in_book_title(par: str, a: int, b: int) -> bool:
    """par[a:b] opens a 《…》 name that goes on after it: a publication's name, written as it is (salt put inside
    one sits between its words: 《…活动的|安康|通知》)."""
    return a > 0 and par[a - 1] == "《" and b < len(par) and par[b] != "》" and par.find("》", b) >= 0


def _opening_place(par: str, a: int, b: int, t: Title, tb: frozenset[int]) -> bool:
    """par[a:b] opens the paragraph, is the title's place name without its level word (晋江 of 晋江市) and runs on
    into a Han word that does not go on along the title: the paragraph's subject."""
    if par[:a].strip() or b - a < 2 or b >= len(par) or not HAN.match(par[b]) or par[a:b + 1] in t.han:
        return False
    return bare_place(par[a:b], t, tb)


def _own_kept(par: str, spans: list[tuple[int, int]], t: Title, tb: frozenset[int], longest: int) -> list[tuple[int, int]]:
    """own_words' rules on one paragraph: the spans that are no sentence's own word, without the lone characters
    read after a given-back place in its clause (立区 after 是芦淞的: the gap between two chunks of the title, filled
    because the place read as one, has no chunk before it any more)."""
    kept, after = [], None
    for a, b in spans:
        if (_in_book_title(par, a, b) or _opening_place(par, a, b, t, tb) or _counted_noun(par, a, b, t, tb)
                or _noun_before_count(par, a, b, t, tb) or _inside_word(par, a, b, t.han)
                or _heads_title_run(par, a, b, t, spans, longest) or _named_twin(par, a, b, t, spans)):
            continue
        if _possessive_place(par, a, b, t, tb):
            after = b
            continue
        if after is not None and b - a == 1 and not CLAUSE_MARK.search(par, after, a):
            continue
        kept.append((a, b))
    return kept


RUN_ON = 3  # title characters a span's run must go on past it (职工|运动会): two are as often a chunk's next word


def _heads_title_run(par: str, a: int, b: int, t: Title, spans: list[tuple[int, int]], longest: int) -> bool:
    """par[a:b] opens a verbatim run of the title that goes on RUN_ON or more characters past it, no span among
    them, is longer than any span of the page and has more of the paragraph's spans after it (,职工|运动会是 … ,幕红
    under a title holding 职工运动会闭幕 on a page salted with two-character chunks): the sentence names the
    title's thing whole; a salter whose chain goes on past the span would not skip the pieces the text writes next.
    (A paragraph's last chunk put before the title's next words, ,業態|勞動者, stays salt.) A union's level name after
    the span is no such run: the text writes 县总工会 alone all the time, so a place chunk put before it (,金寨|县总工会)
    rebuilds the title's name by chance often."""
    e = b
    while e < len(par) and par[a:e + 1] in t.han:
        e += 1
    return (e - b >= RUN_ON and e - a > longest and not any(b <= x < e for x, _ in spans) and any(x >= e for x, _ in spans)
            and not UNION_NAME.match(par, b))  # (a place chunk before 县总工会 rebuilds the title's union: salt)


def _named_twin(par: str, a: int, b: int, t: Title, spans: list[tuple[int, int]]) -> bool:
    """par[a:b] lies inside a verbatim title run of WHOLE_NAME characters or more (格尔木市总工会|组织|8名) and another span
    of the paragraph, in no such run, has its text (8名|格尔|省 … 技|组织|术): a salter puts each chunk of its list into a
    paragraph once, so of the two copies the one inside the sentence's restatement of the title is the text's."""
    return any(par[x:y] == par[a:b] and (x, y) != (a, b) and not _in_title_run(par, x, y, t) for x, y in spans) \
        and _in_title_run(par, a, b, t)


def _in_title_run(par: str, a: int, b: int, t: Title) -> bool:
    """par[a:b] lies inside a verbatim run of WHOLE_NAME or more of the title's Han characters."""
    x, y = a, b
    while x > 0 and par[x - 1:y] in t.han:
        x -= 1
    while y < len(par) and par[x:y + 1] in t.han:
        y += 1
    return y - x >= WHOLE_NAME


def _inside_word(par: str, a: int, b: int, han: str) -> bool:
    """par[a:b], two Han characters inside a clause, ends a longer dictionary word the character before it opens
    (高|技能|人才: 高技能): the sentence's word, a salter puts chunks between words. (A word the span opens with the
    character after it is no such sign: a chunk put before a word often reads so, 工会|法律 as 工会法, 就业|办理. Nor is
    one when the span splits the text's own copy of a title stretch, SPLICED_RUN characters or more up to it and one
    after it, 竞赛月活|劳动|动 of 竞赛月活动: a salter's chunk put inside the text's title words.)"""
    if b - a != 2 or a == 0 or b >= len(par) or not HAN_RUNS.fullmatch(par, a - 1, b + 1):
        return False
    return _is_word(_simplifier()(par[a - 1:b])) and not (a >= SPLICED_RUN and par[a - SPLICED_RUN:a] + par[b] in han)


SPLICED_RUN = 3  # characters of the text's title run before a span that, going on after it, show the span spliced in


def _counted_noun(par: str, a: int, b: int, t: Title, tb: frozenset[int]) -> bool:
    """par[a:b], whole title words and a dictionary word, follows a number's measure word and runs on into the
    sentence's next Han word (48家|服饰|企业, 132名|职工|参加): the noun the sentence counts (_counted_word, in
    clause_words, asks a word across the span's end as well). A salter's chunk put there is as often cut inside a title
    word (185個|平頂|戶外 of 平顶山市), which this does not give back; nor a noun written twice in a row (12名|劳模|劳模工匠:
    the text counts it once, the copy doubled_words took is a salter's chunk)."""
    return (a >= 2 and _on_bounds(par[a:b], t.han, tb) and b < len(par) and par[a - 1] in COUNTED and DIGIT.match(par[a - 2]) is not None
            and b - a >= 2 and HAN_RUN.fullmatch(par, a, b) is not None and HAN.match(par[b]) is not None
            and _is_word(_simplifier()(par[a:b])) and not par.startswith(par[a:b], b))


#: A count right after a span: the number, then a measure word (覆盖职工|4.2万人, 受益职工|260余人).
COUNT_AFTER = lazyrx.cached(r"[0-9\uff10-\uff19][0-9\uff10-\uff19.．]*[万千百亿萬億]?[余多餘]?[万千百亿萬億]?"
                            "[" + "".join(sorted(COUNTED)) + "]")


def _noun_before_count(par: str, a: int, b: int, t: Title, tb: frozenset[int]) -> bool:
    """par[a:b], whole title words and a dictionary word inside a clause, is followed by a count (覆盖|职工|4.2万人,
    受益|职工|260余人): the noun the sentence counts, written before its number (as _counted_noun's after it). Not after
    的, where the count is the head on its own (院校的|52人), nor when the count's noun names it again (商家|12家爱心商家:
    the text names its noun once, ``counted_doubles``)."""
    if a < 1 or b - a < 2 or not HAN.match(par[a - 1]) or par[a - 1] == "的":
        return False
    count = COUNT_AFTER.match(par, b)
    return (count is not None and par.find(par[a:b], count.end(), count.end() + COUNT_REACH) < 0
            and _on_bounds(par[a:b], t.han, tb) and HAN_RUN.fullmatch(par, a, b) is not None
            and _is_word(_simplifier()(par[a:b])))


def _possessive_place(par: str, a: int, b: int, t: Title, tb: frozenset[int]) -> bool:
    """par[a:b] is the title's place name without its level word (芦淞 of 芦淞区) between a copula or preposition and
    the 的 that makes it own what follows (产业是芦淞的立区之本): the sentence's own noun phrase. A proper name the
    dictionary does not know reads as a great gain cut, but without it the sentence would read 是的, 在的 (a salter's
    place put before 的 follows a word: 今年|南岗|的, 发展|铜仁|的)."""
    if a == 0 or b - a < 2 or b >= len(par) or par[b] not in "的" or par[a - 1] not in PLACE_OBJECT:
        return False
    return bare_place(par[a:b], t, tb)


def _restates_headline(par: str, spans: list[tuple[int, int]], t: Title, tb: frozenset[int]) -> bool:
    """The paragraph holds a verbatim run of RESTATE_RUN or more title characters that starts and ends on the title's
    word boundaries, apart from its spans (a span touching it doubles a piece of it: salt), and every span is a whole
    title word sitting where a salter does not put chunks: a lead restating its headline."""
    if not all(_on_bounds(par[a:b], t.han, tb) for a, b in spans) or any(_dangling(par, a, b) for a, b in spans):
        return False  # (a piece dangling after the last full stop, or opening a clause after a comma other than
    if any(a > 0 and par[a - 1] in ",;\uff0c\uff1b" and not t.han.startswith(par[a:b]) or par.startswith(par[a:b], b)
           for a, b in spans):
        return False  # the headline's own head, or a piece written twice in a row, is salt's)
    for a, n, _ in verbatim_runs(par, t):
        if n - a >= RESTATE_RUN and not any(x <= n and a <= y for x, y in spans) and _on_bounds(par[a:n], t.han, tb):
            return True
    return False

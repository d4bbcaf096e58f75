"""Page-level jammers: once the per-line rules found a page jammed, the weaker shapes in a jammer's places
(``jammed_page_spans``)."""

from __future__ import annotations

from ... import lazyrx
from ... import recode
from .base import _after_sentence, _is_han, _LAST_TEXT, _TOKEN, _WS
from .tokens import token_class
from .tails import NUMBER_UNITS, _TEXT_MARKS, _unopened
from .shapes import (
    _between_paragraphs, _DIGIT_LINE, _edged_tail, _flipped_code, _flipped_five, _glued_lower_digits,
    _glued_lower_letters, _GLUED_UNIT, _lower_wedged_spans, _mixed_short, _own_line_half, _random_cased, _random_caps,
    _random_digit_tail, _random_digits, _random_five, _random_glued, _WEDGED,
)

# Letters (up to two inner spaces or hyphens, a digit after one, a final comma or dot): random strings drawn
# mostly from letters read like words by case shape (SFHgayubz like HTMLParser, "MV Vo" like "Li Ming",
# "Y-M osek", "hnzo y,"), so only the page's layout tells them.
# ("k/jkqge": a slash between letter runs reads like TCP/IP to the per-line rules, yet no sentence ends that way)
_LETTERS_TAIL = recode.compile(r"[A-Za-z]+(?:[ /-][A-Za-z0-9]+){0,2}[,.]?")
# An ASCII run glued between a sentence end and the next sentence's Han text (…服务。He<v.船员…).
_BETWEEN = lazyrx.cached(r"(?<=[。!?;\uff01\uff1f\uff1b])[\x21-\x7e]{4,}(?=\p{Han})")
# A token set off by spaces on both sides inside Chinese text (…以来， NGQYikb+e 深圳…), with its spaces: real
# Latin there (COP15, APP, 1+8+X, a URL) is a legit token, so junk-shaped ones only are taken.
_PADDED = lazyrx.cached(r"(?<=[\p{Han}，。、；：！？“”（）,;:])[ \t\u3000]+([\x21-\x7e]{3,24})[ \t\u3000]+(?=[\p{Han}“（])")
# One to three ASCII tokens (group 1), spaces after or inside them, before Han text: the run the two patterns below
# find after a sentence's end and at a line's start.
_TOKENS_BEFORE_TEXT = r"[ \t\u3000]*((?:[\x21-\x7e]+[ \t\u3000]+){1,3}?)(?=\d{0,6}[^\x00-\x7e\s])"
# One to three ASCII tokens set between two sentences of a line, after the first one's end mark and before the next
# one's Han text, with spaces after them or inside them (…1200名。2`K`w 托管班…, …托管费。gDB Lvat> 午餐…): a jammer put
# between the sentences. A figure glued to the next sentence's Han (…分享会。d[3aqg =t1L 5名老护士…) is that sentence's.
_BETWEEN_TOKENS = lazyrx.cached(r"(?<=[。!?;\uff01\uff1f\uff1b][”’」』]?)" + _TOKENS_BEFORE_TEXT)
# … and one to three such tokens opening a line before its Han text (i-9@9 “以前…, Pt 5月16日…): a jammer set before
# the paragraph, with spaces inside it or after it.
_LEAD_TOKENS = lazyrx.cached("^" + _TOKENS_BEFORE_TEXT)
MIN_JAMMED = 2  # lines with jammers the strict rules found before the page counts as jammed
# A portal's or forum's counter (Discuz: 查看: 1583| 评论: 2): a number, a separator glued to it, after its label.
_COUNT = recode.compile(r"\d[\d,]*[|｜/]?")
_COUNTER_LABEL = lazyrx.cached(r"(?:查看|回复|回復|浏览|瀏覽|阅读|閱讀|点击|點擊|评论|評論)[ \t\u3000]*[:：]?[ \t\u3000]*$")


def _labelled_count(t: str, a: int, run: str) -> bool:
    """``run``, set off at ``t[a]``, is a page counter's number after its label (查看: 1583|): page data, no jammer."""
    return _COUNT.fullmatch(run) is not None and _COUNTER_LABEL.search(t, max(0, a - 8), a) is not None


#: Brackets of both widths that close a bracketed line, with their openers.
_LINE_BRACKETS = {")": "(", "\uff09": "\uff08", "]": "[", "\u3011": "\u3010"}
#: The longest bracketed line taken as finished text (a credit or note: "(责任编辑:王刚)", "（来源：工人日报）").
BRACKETED_MAX = 40


def _text_end(text: str, k: int) -> int:
    """Where the line's text ends when its last non-ASCII character is at k - 1: after a half-width closing
    bracket glued to it ("(责任编辑:王刚)"), else k."""
    return k + 1 if text[k:k + 1] in ")]" else k


def _bracketed_line(text: str, k: int) -> bool:
    """text[:k] is one bracketed group and nothing else, short: a credit or note set off as a line of its own
    ("(责任编辑:王刚)"); what follows its closing bracket is outside the text, like what follows a sentence end.
    (Only a one-token tail is taken there: a name in letters may follow a credit, "(责任编辑:王刚) Wang Gang".)"""
    t = text[:k].strip()
    if not 3 <= len(t) <= BRACKETED_MAX or _LINE_BRACKETS.get(t[-1]) is None:
        return False
    close, opener = t[-1], _LINE_BRACKETS[t[-1]]
    return t[0] == opener and t.count(opener) == 1 and t.count(close) == 1


def jammed_page_spans(texts: list[str], jammed: list[bool], jam_lines: list[bool],
                      padded: list[bool] | None = None) -> list[list[tuple[int, int]]]:
    """Jammer spans that only the page shows, per line (``texts``: the lines' text once the per-line rules
    cut what they found; ``jammed``: the per-line rules found a jammer on the line; ``jam_lines``: the whole
    line was one; ``padded``: the raw line closed with two spaces or more). On a page with jammers on
    MIN_JAMMED lines or more:

    * a letters-only tail after a finished sentence, at the line end after whitespace, when the page puts
      jammers in pairs (the next non-blank line is a jammer line) or most sentence-final lines of the page
      carry a jammer tail (capitals: five or more, or ``_random_caps``: T+WLBQWC, not CCTV); so is a short
      digits-and-lowercase tail (146y) on a padded line;
    * a tail of five digits or more (no year or mobile number) after a finished sentence, when the page sets its
      tails in pairs or on most sentence-final lines and a jammer line follows this one (…全覆盖。  7542938);
    * a junk-shaped ASCII run of four or more characters glued between a sentence end and Han text, or closing
      the line after a sentence end with a jammer line under it (…該找誰。”/GV9Va'"h);
    * a line of one letters-only token right after a line that carried a jammer (pages that put a jammer
      after a paragraph and another on the next line draw some from letters only), or of one junk token in
      quotes there ('SZiF');
    * a line of one token of letters of both cases drawn at random (``_random_cased``: VUtrboJZ) standing between
      paragraphs of Han text: the per-line rules read its case runs as a word's.

    Legit Latin after a sentence on a page without jammers is never looked at."""
    out: list[list[tuple[int, int]]] = [[] for _ in texts]
    if sum(jammed) < MIN_JAMMED:
        return out
    ends = [t.rstrip() for t in texts]
    lasts = [_LAST_TEXT.search(t, 0, len(e)) if e and not w else None for t, e, w in zip(texts, ends, jam_lines)]
    # lines whose text ends a sentence (an ASCII tail after it aside): how many carry a jammer
    finals = [i for i, m in enumerate(lasts) if m is not None and _after_sentence(texts[i], m.end())]
    tails_common = sum(jammed[i] for i in finals) * 2 > len(finals)
    pairs = _pairs_common(ends, jammed, jam_lines)
    # (the run patterns all want three printable ASCII characters in a row: Han prose without such a run is
    # said at once instead of scanned six times)
    ascii_runs = [_ASCII_RUN.search(t) is not None for t in texts]
    lower = [_lower_wedged_spans(t) if a else [] for t, a in zip(texts, ascii_runs)]
    lower_seen = any(lower)  # the page glues lowercase-and-digit strings into its sentences
    for i, t in enumerate(texts):
        m = lasts[i]
        if m is None and ends[i] and not jam_lines[i] and (
                _prev_is_jammed(ends, jammed, jam_lines, i) and _own_line_half(ends[i].strip(), pairs, tails_common)
                or _random_cased(ends[i].strip()) and _between_paragraphs(ends, i)):
            # the own-line half of a tail + line pair, drawn from letters (xzomq, E4fra), or a random mixed-case
            # draw standing alone between paragraphs (VUtrboJZ)
            out[i].append((0, len(t)))
            continue
        if m is None and (not ends[i] or jam_lines[i]):
            continue
        if m is not None:
            k = _text_end(t, m.end())
            ws = _WS.search(t, k, len(ends[i]))
            tail = t[ws.end():len(ends[i])] if ws else ""
            # (four capitals alone are an acronym, CCTV, APEC; five or more in capitals only are taken: SHDWE, OBCGP)
            if (tail and ws.start() == k and (_LETTERS_TAIL.fullmatch(tail)
                                              and sum(c.isalpha() for c in tail) >= (5 if tail.isupper() else 4)
                                              or _edged_tail(tail) or _random_caps(tail)
                                              or padded is not None and padded[i] and _mixed_short(tail))
                    and (_after_sentence(t, k) or " " not in tail and _bracketed_line(t, k))
                    and (tails_common or _next_is_jammer(ends, jam_lines, i))):
                out[i].append((ws.start(), len(t)))
            elif tail and ws.start() == k and _random_digit_tail(tail) and _after_sentence(t, k) \
                    and (tails_common or pairs) and _next_is_jammer(ends, jam_lines, i):
                out[i].append((ws.start(), len(t)))  # digits drawn for a pair's tail (…全覆盖。  7542938 / 9f11e9)
            elif ws is None and (_glued_lower_digits(t[k:len(ends[i])]) or _glued_lower_letters(t[k:len(ends[i])])) \
                    and _after_sentence(t, k) and (tails_common or lower_seen or _next_is_jammer(ends, jam_lines, i)):
                out[i].append((k, len(t)))  # glued to the sentence's end mark, closing the line (…参加。hn2ecn)
        ascii_run = ascii_runs[i]
        if ascii_run:
            for b in _BETWEEN.finditer(t):
                if token_class(b.group()) < 0 or _random_caps(b.group()):
                    out[i].append(b.span())
            for b in _GLUED_UNIT.finditer(t):
                if _random_glued(b.group(2)):
                    out[i].append(b.span(2))
            for b in _WEDGED.finditer(t):
                if _random_five(b.group()) or _flipped_five(b.group()):
                    out[i].append(b.span())
            out[i].extend(sp for sp in lower[i] if _free(sp, out[i]))
            if " " in t:
                for b in _GLUED_SPACED.finditer(t):
                    if (span := _spaced_junk(t, b)) is not None and _free(span, out[i]):
                        out[i].append(span)
            for b in _GLUED_RUN.finditer(t):
                span = _glued_junk(t, b.start(), b.end(), _next_is_jammer(ends, jam_lines, i), out[i])
                if span is not None and _free(span, out[i]):  # (not one taken above)
                    out[i].append(span)
        if _DIGIT_LINE.fullmatch(ends[i].strip()) and _random_digits(ends, jammed, i):
            out[i].append((0, len(t)))
            continue
        if t[:1].isascii() and (b := _LEAD_TOKENS.match(t)) is not None and (span := _lead_junk(t, b)) is not None:
            out[i].append(span)
        if ascii_run and " " in t:
            for b in _BETWEEN_TOKENS.finditer(t):
                span = _between_junk(t, b)
                if span is not None and _free(span, out[i]):
                    out[i].append(span)
            for b in _PADDED.finditer(t):
                if (token_class(b.group(1)) < 0 or _random_caps(b.group(1))) \
                        and not _labelled_count(t, b.start(), b.group(1)):
                    out[i].append(b.span())
        out[i].sort()
    return out


#: Three printable ASCII characters in a row: what _BETWEEN, _GLUED_UNIT, _WEDGED, _GLUED_RUN and _PADDED each
#: match at least (their runs are 4+, 5+, 5, 3+ and 3+ characters of \x21-\x7e).
_ASCII_RUN = lazyrx.cached(r"[\x21-\x7e]{3}")
#: An ASCII run glued into Han text, or closing a line after Han text (工业机器人[6:~x)系统, 主席]+xJ东方明亮,
#: 活力"X5;): looked at on a jammed page only.
_GLUED_RUN = lazyrx.cached(r"(?<=[^\x00-\x7e])[\x21-\x7e]{3,16}(?=[^\x00-\x7e]|$)")
#: A bracket or symbol no word, code or number inside Chinese text is written with, or a % after no digit (al%; 100%
#: is a number's).
_GLUED_SYMBOL = recode.compile(r"[\[\](){}<>~^=;:$|\\`@!?*+]|(?<![0-9])%")
#: A handle of three characters or fewer (@lq): shorter than the platforms Chinese text cites allow, so wedged
#: between two Han characters it is a random draw that opens with @, no mention.
_SHORT_HANDLE = recode.compile(r"@[A-Za-z0-9]{1,3}")
#: An ASCII run with a space or two inside, glued to Han on both sides (…阵地向&^k+ 9U偏远…): a draw holds spaces
#: too, so its tokens are judged one by one.
_GLUED_SPACED = lazyrx.cached(r"(?<=\p{Han})(?=[\x21-\x7e ]{4,16}\p{Han})[\x21-\x7e]+(?: [\x21-\x7e]+){1,2}(?=\p{Han})")


def _junk_marked(core: str) -> bool:
    """A run's core holds a mark no word or code glued into Chinese text is written with: a bracket or symbol
    (``_GLUED_SYMBOL``), a # inside it (qT7#x: a topic tag's or C#'s # is at an edge), or an & with junk beside it."""
    return _GLUED_SYMBOL.search(core) is not None or "#" in core.strip("#") or "&" in core and _junk_joined(core)


def _junk_joined(core: str) -> bool:
    """Whether an ASCII run holding & has a part around it that reads as no token (T5q&y1Ue glued after a
    sentence's end, &nbsp): & joins words or codes (R&D, AT&T, Tom&Jerry, S&P500), so it is no symbol alone."""
    return any(not p or token_class(p) < 0 for p in core.split("&"))


#: A number at the end of a run, with its decimals (观看量达)G78P_]A3.1万: the 3.1 is the text's).
_TAIL_NUMBER = recode.compile(r"\d+(?:\.\d+)?$")


def _glued_junk(line: str, a: int, e: int, paired: bool = False, taken: list | None = None) -> tuple[int, int] | None:
    """The jammer span of the glued ASCII run line[a:e], if it is one: a run with a letter and a bracket or
    symbol whose core (the sentence's own marks at its edges aside) reads as no token (``token_class`` below
    zero: not COP15, C++, 1+8+X, R&D, gh_1234abcd), whatever its first character, or a short draw flipping case
    back up to a lone capital (``_flipped_code``: am8J; a comma before it stays); a number at its end stays
    with the unit word after it. Random strings drawn from all of printable ASCII open with a bracket or a
    mark as often as with a letter. ``paired``: the run closes the line and a jammer line follows, so the
    whole run is judged (a short "X5; reads as a code once its marks are stripped). ``taken``: jammer spans
    found before it on the line (their brackets open nothing)."""
    run = line[a:e]
    num = _TAIL_NUMBER.search(run)
    if num and num.start() >= 3 and line[e:e + 1] and line[e] in NUMBER_UNITS:
        e -= len(num.group())
        run = line[a:e]
    core = run if paired and e == len(line) else run.strip(_TEXT_MARKS + "#+")
    # (a symbol inside the core, an & with junk beside it, or a closing bracket nothing opened before the run:
    # "]+xJ"; a quoted code, "X7kP", has none of them)
    if _SHORT_HANDLE.fullmatch(run) and a > 0 and _is_han(line[a - 1]) and e < len(line) and _is_han(line[e]):
        return a, e
    if not any(c.isalpha() for c in core) or token_class(core) >= 0:
        return None
    if _junk_marked(core) or run[0] in ")]}" and _unopened(_without(line[:a], taken or []) + run[0], a - _taken_len(a, taken or [])):
        return a, e
    if _flipped_code(core) and run.endswith(core):
        # a short draw flipping case at random after a clause's comma (…企业,+am8J开展…): the comma is the text's
        return a + len(run) - len(run.lstrip(_TEXT_MARKS)), e
    # a junk run glued after a sentence's end (a closing quote allowed) closing the line, a jammer line under it: the
    # pair layout's tail set with no space, whatever its symbols (…該找誰。”/GV9Va'"h)
    return (a, e) if paired and e == len(line) and _after_sentence(line, a) else None


def _spaced_junk(line: str, m: "regex.Match") -> tuple[int, int] | None:
    """The jammer span of a glued run with spaces inside (``_GLUED_SPACED``): the whole run when one of its tokens
    reads as no Latin text and carries a letter and a symbol no word is written with (&^k+); else None (Wi-Fi 6E,
    C++ 11, iPhone 15 read as text; a counter's "查看: 3562|回复" holds no letter). The text's own marks at a
    token's edges are not judged."""
    toks = m.group().split(" ")
    for k, tok in enumerate(toks):
        core = tok.strip(_TEXT_MARKS)  # (a bracket opening or closing the text's own group: "Michael Zhang(张明远)")
        if token_class(core) < 0 and _junk_marked(core) and any(c.isalpha() for c in core):
            if k < len(toks) - 1 and toks[-1].isdigit() and line[m.end()] in NUMBER_UNITS:
                return m.start(), m.end() - len(toks[-1])  # (a count after the draw stays with its unit: …m6&Tj 42个)
            return m.span()
    return None


def _between_junk(line: str, m: "regex.Match") -> tuple[int, int] | None:
    """The jammer span of a run of tokens between two sentences (``_BETWEEN_TOKENS``): from its first junk-shaped
    token (``token_class`` below zero, or random capitals) to the next sentence; None when every token reads as
    Latin text (COP15, iPhone 15, Hello World!). A legit token before the junk one stays with the sentence."""
    for k, tok in enumerate(_TOKEN.finditer(line, m.start(1), m.end(1))):
        if token_class(tok.group()) < 0 or _random_caps(tok.group()):
            return (m.start() if k == 0 else tok.start()), m.end()
    return None


def _lead_junk(line: str, m: "regex.Match") -> tuple[int, int] | None:
    """The jammer span of the ASCII tokens opening a line (``_LEAD_TOKENS``): all of them when one reads as no Latin
    text and holds a letter (i-9@9, Pt; a row's opening time or count, 08:46| or (186.42, and a Markdown mark hold
    none); else None."""
    for tok in _TOKEN.finditer(line, m.start(1), m.end(1)):
        t = tok.group()
        if any(c.isalpha() for c in t) and (token_class(t) < 0 or _random_caps(t)):
            return 0, m.end()
    return None


def _free(span: tuple[int, int], taken: list) -> bool:
    """The span overlaps none of the spans taken already (a run two rules read is taken once)."""
    return not any(a < span[1] and span[0] < e for a, e in taken)


def _without(text: str, spans: list) -> str:
    """The text with the spans (that start inside it) cut out."""
    out, pos = [], 0
    for a, e in sorted(spans):
        if a >= len(text):
            break
        out.append(text[pos:a])
        pos = max(pos, min(e, len(text)))
    return "".join(out) + text[pos:]


def _taken_len(k: int, spans: list) -> int:
    """How many characters of the spans lie before position k."""
    return sum(max(0, min(e, k) - a) for a, e in spans if a < k)


def _pairs_common(ends: list[str], jammed: list[bool], jam_lines: list[bool]) -> bool:
    """Most lines that end with a jammer tail are followed by a jammer line: the page puts jammers in pairs,
    so a letters-only line in the pair's second place is one too."""
    tails = [i for i, (e, j, w) in enumerate(zip(ends, jammed, jam_lines)) if e and j and not w]
    return len(tails) >= MIN_JAMMED and sum(_next_is_jammer(ends, jam_lines, i) for i in tails) * 2 > len(tails)


def _prev_is_jammed(ends: list[str], jammed: list[bool], jam_lines: list[bool], i: int) -> bool:
    """The last non-blank line before line i is text that ended with a jammer (the tail of a pair)."""
    for k in range(i - 1, -1, -1):
        if ends[k]:
            return jammed[k] and not jam_lines[k]
    return False


def _next_is_jammer(ends: list[str], jam_lines: list[bool], i: int) -> bool:
    """The next non-blank line after line i is a jammer line."""
    for k in range(i + 1, len(ends)):
        if ends[k] or jam_lines[k]:
            return jam_lines[k]
    return False

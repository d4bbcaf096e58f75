"""Per-line jammers: the ASCII tail after a line's text or an ASCII-only line (``jammer_spans``), and junk runs
inside a line of Chinese text (``inline_jammer_spans``)."""

from __future__ import annotations

import re

from ... import recode
from .base import _after_sentence, _CLOSE, _is_han, _EMAIL, _LAST_TEXT, _PAIRS, _RUN, _TOKEN, _URL, _WS
from .tokens import _letters_ok, _strip_edges, token_class

def _jammer_start(text: str, tokens: list[re.Match]) -> int | None:
    """Index of the first jammer token in a run of tokens, or None when it is legit text.

    A run with a junk token is jammer as a whole (``e &3#2_``, ``5Y-2 #``):
    random strings often contain legit-looking pieces.  Only URLs and e-mail
    addresses before the first junk token stay as text, and so do a quiz's
    options (``A.0.5%  B.1%``) when they are all that comes before it, and a
    closing bracket that closes a group the text opened (the answer bracket
    ``…哪一年?( )``) with what precedes it.
    """
    first = None
    for i, m in enumerate(tokens):
        if token_class(m.group(), text[:m.start()], text[m.end():]) < 0:
            first = i
            break
    if first is None:
        return None
    if _options(tokens[:first]):
        return first
    k = first
    while k > 0 and not (_URL.fullmatch(tokens[k - 1].group()) or _EMAIL.fullmatch(tokens[k - 1].group())
                         or _closes_text_group(text, tokens[0].start(), tokens[k - 1].group())):
        k -= 1
    return k


#: A quiz option's label glued to its answer (A.0.5%, B)25, C.Yes).
_OPTION = recode.compile(r"([A-H])[.)]\S")


def _options(tokens: list[re.Match]) -> bool:
    """The tokens are two or more quiz options labelled A, B, C… in order (A.0.5%  B.1%  C.2%): a random
    string draws no such run of labels."""
    if len(tokens) < 2:
        return False
    for i, m in enumerate(tokens):
        o = _OPTION.match(m.group())
        if o is None or ord(o.group(1)) - ord("A") != i:
            return False
    return True


def _closes_text_group(text: str, start: int, tok: str) -> bool:
    """``tok`` is a lone closing bracket that closes a group opened in text[:start], the text before the ASCII
    run (…哪一年?( ): the blank between an answer bracket's halves set the run off)."""
    return tok in _CLOSE and not _unopened(text[:start] + tok, start)


def jammer_spans(line: str) -> list[tuple[int, int]]:
    """Character spans of `line` that are jammer text (see the module doc for the span convention)."""
    end = len(line.rstrip())
    if end == 0 or line[end - 1] > "\x7e":
        return []  # the text ends in Han or CJK punctuation: no trailing jammer
    m = _LAST_TEXT.search(line, 0, end)
    if m is None:  # an ASCII-only line
        toks = list(_TOKEN.finditer(line, 0, end))
        k = _jammer_start(line, toks)
        if k is None:
            return []
        if k == 0:
            return [(0, len(line))]
        return [(toks[k - 1].end(), len(line))]
    tail = m.end()
    # A tail glued to the text (达97.2%) is part of it; the jammer starts after whitespace.
    ws = _WS.search(line, tail, end)
    if ws is None:
        return []
    toks = list(_TOKEN.finditer(line, ws.end(), end))
    k = _jammer_start(line, toks)
    if k is None:
        if toks[0].group() not in _JOINERS or not _after_sentence(line, tail):
            return []
        k = 0  # a joiner opening the tail after a finished sentence (…竞赛； : PC1QXAW) joins nothing to it
    start = ws.start() if k == 0 else toks[k - 1].end()
    if k == 0 and _glued_junk_head(line, tail, ws.start()):
        start = tail
    return [(start, len(line))]


#: Separators that join a label or a word to what follows (Tel: 0839, a=b, R & D): alone after a sentence's end
#: mark, with nothing of the text before them to join, they open a random string.
_JOINERS = frozenset(":=&")


def _glued_junk_head(line: str, a: int, e: int) -> bool:
    """line[a:e], glued to the text before a jammer tail, is the jammer's own head: it follows a sentence's end
    mark and reads as no token (…建设经验。/F }h: random strings hold spaces too). Text glued after a full stop
    is a footnote mark or a code ([1], PPT), which reads as a token."""
    return a < e and _after_sentence(line, a) and token_class(line[a:e], line[:a], line[e:]) < 0


# An ASCII run inside a line of Chinese text, long enough to be checked as a possible jammer.
_INLINE_RUN = recode.compile(r"[\x21-\x7e]{6,}")
# Characters random strings carry and written Latin text does not use inside a word.
# (Quotes, brackets and "_" are left out: quoted English, JSON-like labels and editor codes such as
# 李四_NBJ11823 use them.)
_JUNK_SYMBOL = recode.compile(r"[!#$%^*~={}|\\<>`;?@]")


_TEXT_MARKS = ",.;:?!\"'()[]"
_PERCENT = recode.compile(r"(?<=\d)%")
_ALNUM = recode.compile(r"[A-Za-z0-9]+")


def _strong_junk(tok: str) -> bool:
    """A token that is random beyond doubt: junk by shape, and a junk symbol inside, a letter run that
    reads as no word, or letters and digits alternating four times or more (DL0bc2, YdPVC2323).

    Stricter than the tail rule because a false hit inside a sentence deletes text: product names
    and codes (iPhone15ProMax, GB50016-2014, COVID-19) pass."""
    core, _ = _strip_edges(tok, "", "")
    if len(core) < 6 or sum(c.isalpha() for c in core) < 2 or token_class(tok) >= 0:
        return False  # numbers, times and separators glued together (14:22|, [211]) are not random strings
    if _JUNK_SYMBOL.search(_PERCENT.sub("", core)):
        return True
    for piece in _ALNUM.findall(core):
        runs = _RUN.findall(piece)
        if len(runs) >= 4 or any(r[0].isalpha() and not _letters_ok(r) for r in runs):
            return True
    return False


def inline_jammer_spans(line: str) -> list[tuple[int, int]]:
    """Spans of random ASCII strings glued into or between sentences ("抓手。YdPVC2323今年", "吗?DL0bc2"),
    each with the whitespace before it (and the ASCII tokens opening the line before it, see ``_line_head``); the
    line's ASCII tail and ASCII-only lines are ``jammer_spans``' part."""
    out = []
    for m in _INLINE_RUN.finditer(line):
        run = m.group()
        # the sentence's own half-width marks around the run ("问题?WeChat", "3天;DeepSeek", "#COP15:引领")
        core = run.lstrip(_TEXT_MARKS)
        a = m.start() + len(run) - len(core)
        if core and _strong_junk(core.rstrip(_TEXT_MARKS)):
            while a > m.start() and line[a - 1] in ")]}" and _unopened(line, a - 1):
                a -= 1  # a closing bracket nothing opened is the random string's own first character (。)3$}a7]F)
            while a > m.start() and line[a - 1] in "([{" and _unclosed(line, a - 1, m.end()):
                a -= 1  # so is an opening bracket nothing after the run closes ((Ns7*bY 除了…)
            a = _keep_word(line, a, m.end())
            a, e = _number_edges(line, a, m.end())
            while a > 0 and line[a - 1] in " \t":
                a -= 1
            out.append((_line_head(line, a, e), _pad_end(line, a, e)))
    return out


#: How many ASCII tokens may open a line before a random string and be taken as its own head.
HEAD_TOKENS = 2
#: A head token: up to 12 printable ASCII characters, a letter or digit among them (a bracket alone, "(", is the
#: text's: it opens a group the string sits in).
_HEAD_TOKEN = recode.compile(r"(?=[\x21-\x7e]*[A-Za-z0-9])[\x21-\x7e]{1,12}")
#: Han text next (past spaces, an opening quote or a date's digits): a paragraph, no footer's "DedeCms © 2004".
_HAN_NEXT = recode.compile(r"\s*[“‘「『《(（]?\d{0,4}[\u4e00-\u9fff]")


def _line_head(line: str, a: int, e: int) -> int:
    """The start of the random string line[a:e] opening a paragraph: the line's start when only a token or two of
    ASCII precede it there and Han text follows it (a random draw holds spaces: "QFX HuZUS;VW 称多…" opens with no
    word of the text), else a."""
    head = line[:a].split()
    if not head or len(head) > HEAD_TOKENS or not line[:a].isascii() or not _HAN_NEXT.match(line, e):
        return a
    return 0 if all(_HEAD_TOKEN.fullmatch(t) for t in head) else a


#: Latin words Chinese text glues to Han characters ("津工惠"APP领取, 5G网络, QC小组): a random string glued right
#: after one (APPFnkc$Udk) leaves the word.
_GLUED_WORD = recode.compile(r"(?:APP|App|app|5G|4G|AI|PLC|QC|VR|AR|GDP|PPT|LED|KTV|H5|ISO\d{0,5})(?=[A-Za-z0-9]*[^A-Za-z0-9\s])")


def _keep_word(line: str, a: int, e: int) -> int:
    """The start of the random string in the run line[a:e], past a real word it is glued to when what is left
    is random on its own."""
    w = _GLUED_WORD.match(line, a, e)
    if w and (a == 0 or not line[a - 1].isascii()) and _strong_junk(line[w.end():e].rstrip(_TEXT_MARKS)):
        return w.end()
    return a


#: Han characters a number is written before: counts, units and dates (2600余个, 623人, 800元, 2月26日).
NUMBER_UNITS = "余多个人名位家元万亿千百年月日号时点分秒岁次项所条座台辆吨米届期批场户栋间件份支"
_LEAD_DIGITS = recode.compile(r"\d+")
_TAIL_DIGITS = recode.compile(r"\d+$")


def _number_edges(line: str, a: int, e: int) -> tuple[int, int]:
    """The jammer span line[a:e] without the digits that belong to the Han text around it: a random string put
    between a number and its unit (提供岗位2600+JAM+余个) or before a date (JAM+2月26日) carries the text's digits
    at its edge. The digits stay when the Han character after the run is a count, unit or date word; random
    strings carry digits of their own (9iLZYerk4萝北县), so digits before other text go with the string."""
    after = line[e:e + 1]
    if not after or after not in NUMBER_UNITS:
        return a, e
    run = line[a:e]
    tail = _TAIL_DIGITS.search(run)
    if tail and tail.start() >= 2:  # JAM2月: the date's digits end the run
        return a, a + tail.start()
    lead = _LEAD_DIGITS.match(run)
    if lead and len(run) - lead.end() >= 4 and (a == 0 or not line[a - 1].isascii()):  # 2600JAM余个: a count
        return a + lead.end(), e
    return a, e


#: Full-width marks no space ever precedes in Chinese text.
_WIDE_MARKS = "，。、；：！？）》」』”"


def _pad_end(line: str, a: int, e: int) -> int:
    """The end of the random string line[a:e] (its leading blanks included) with the padding after it when a
    full-width mark follows (…招聘会 zCx9k6 ，为…), or when it stands between Chinese text and Han
    (…马背 |?eqhW7 工会…, …送法律、[KAuL`~ 送健康…): the padding was the string's, as Chinese sets no space before
    its comma nor between two Han characters."""
    k = e
    while k < len(line) and line[k] in " \t":
        k += 1
    if k == e or k == len(line):
        return e
    return k if line[k] in _WIDE_MARKS or _is_han(line[k]) and a > 0 and _wide_text(line[a - 1]) else e


def _wide_text(c: str) -> bool:
    """c is Chinese text: a Han character or a full-width mark (no ASCII, no blank)."""
    return _is_han(c) or c in _WIDE_MARKS or c in "“‘「『《（"


def _unopened(line: str, k: int) -> bool:
    """The closing bracket at line[k] closes nothing: no more openers than closers of its kind before it."""
    close = line[k]
    opener = _CLOSE[close]
    wide = {"(": "\uff08", "[": "\u3010"}.get(opener, opener)  # （…) and 【…] pairs across widths
    before = line[:k]
    return before.count(opener) + (before.count(wide) if wide != opener else 0) <= before.count(close)


def _unclosed(line: str, k: int, e: int) -> bool:
    """The opening bracket at line[k] is closed by nothing after position e (the end of the run it opens): no
    more closers than openers of its kind there, either width."""
    opener = line[k]
    close = _PAIRS[opener]
    wide_open, wide_close = {"(": ("\uff08", "\uff09"), "[": ("\u3010", "\u3011")}.get(opener, (opener, close))
    after = line[e:]
    closers = after.count(close) + (after.count(wide_close) if wide_close != close else 0)
    return closers <= after.count(opener) + (after.count(wide_open) if wide_open != opener else 0)


def is_jammer_line(line: str) -> bool:
    """Whether the whole (stripped) line is a jammer string."""
    return jammer_spans(line)[:1] == [(0, len(line))]


def strip_jammers(line: str) -> tuple[str, list[str]]:
    """The line without jammer text, and the removed jammer strings (stripped)."""
    spans = jammer_spans(line)
    if not spans:
        return line, []
    out, removed, pos = [], [], 0
    for s, e in spans:
        out.append(line[pos:s])
        removed.append(line[s:e].strip())
        pos = e
    out.append(line[pos:])
    return "".join(out), removed

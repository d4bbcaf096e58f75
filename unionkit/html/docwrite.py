"""What an inline script writes into the page with ``document.write``, read without running it.

An older CMS template (TRS, an ASP CMS) prints an article's fields through tiny scripts where they show:
``document.write("2024-03-18 10:05:26".substring(0,16))``, ``var ly = "某某部"; if (ly != "") document.write("来源："
+ ly)``. A browser shows what they write in the script's place; a page read without it loses the date or source.

Only a script made wholly of such statements is read: string literals, variables assigned one in the same script,
``+``, ``.substring/.substr/.slice`` with number arguments, and ``if``/``else`` on a variable compared with a literal.
Anything else (a function call, a date object, a counter, a loop, a function definition) leaves the whole script
unread, so no other string of a script reaches the text.
"""

from __future__ import annotations

import re

from .. import recode

# A script's tokens: comments and spaces (skipped), string literals, numbers, names, the operators the subset uses.
# Anything else (a template literal, a regex, an arithmetic sign) matches none of them and stops the reading.
_TOKEN = recode.compile(r"""\s+|//[^\n]*|/\*.*?\*/|<!--|-->"""
                        r"""|(?P<str>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')"""
                        r"""|(?P<num>-?\d+)|(?P<name>[A-Za-z_$][\w$]*)"""
                        r"""|(?P<op>!==|===|!=|==|[(){};,.+=!])""", re.S)
_ESCAPE = recode.compile(r"""\\(u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|.)""", re.S)
# (a backslash before a line break continues the string on the next line)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0", "\n": ""}


def _substring(s: str, a: int, b: int | None) -> str:
    """JavaScript's ``s.substring(a, b)``: the ends clamped into the string, and swapped when b comes first."""
    a, b = (min(max(x, 0), len(s)) for x in (a, len(s) if b is None else b))
    return s[min(a, b):max(a, b)]


def _substr(s: str, a: int, n: int | None) -> str:
    """JavaScript's ``s.substr(a, n)``: n characters from a (a negative a counts from the end)."""
    start = a if a >= 0 else max(len(s) + a, 0)
    return s[start:] if n is None else s[start:start + max(n, 0)]


#: The string methods read, each with what it does to (text, first number, second number or None).
_SLICES = {"substring": _substring, "substr": _substr, "slice": lambda s, a, b: s[a:b]}
_DECLARE = frozenset(("var", "let", "const"))
_WRITERS = frozenset(("write", "writeln"))
#: Script types a browser runs (none stated, or a JavaScript one); a template's type holds markup, not code.
_JS_TYPE = recode.compile(r"^\s*(?:|text/javascript|application/javascript|text/ecmascript|application/ecmascript"
                          r"|module)\s*$", re.I)


class _Unread(Exception):
    """The script steps outside the subset: nothing of it is read."""


def _unescape(literal: str) -> str:
    """A JavaScript string literal's value."""
    def one(m) -> str:
        e = m.group(1)
        if e[0] in "ux" and len(e) > 1:
            return chr(int(e.strip("ux{}"), 16))
        return _ESCAPES.get(e, e)
    return _ESCAPE.sub(one, literal[1:-1])


def _tokens(code: str) -> list[tuple[str, str]]:
    """The script as (kind, text) tokens; raises _Unread at anything the subset does not know."""
    out, i = [], 0
    while i < len(code):
        m = _TOKEN.match(code, i)
        if m is None:
            raise _Unread
        i = m.end()
        if m.lastgroup:
            out.append((m.lastgroup, m.group(m.lastgroup)))
    return out


class _Reader:
    """Reads a token list statement by statement, keeping the variables' values and what is written."""

    def __init__(self, toks: list[tuple[str, str]]):
        self.toks, self.i, self.env, self.out = toks, 0, {}, []

    def peek(self, ahead: int = 0) -> str | None:
        """The text of the token ``ahead`` of the next one, or None past the end."""
        j = self.i + ahead
        return self.toks[j][1] if j < len(self.toks) else None

    def take(self, want: str | None = None) -> tuple[str, str]:
        """The next token, which must be ``want`` when given."""
        if self.i >= len(self.toks) or want is not None and self.toks[self.i][1] != want:
            raise _Unread
        self.i += 1
        return self.toks[self.i - 1]

    def script(self) -> list[str]:
        """What the whole script writes, piece by piece."""
        while self.i < len(self.toks):
            self.statement(True)
        return self.out

    def statement(self, run: bool) -> None:
        """One statement; ``run``: whether it runs (a branch not taken is read for its shape only)."""
        word = self.peek()
        if word == ";":
            self.take()
        elif word == "{":
            self.take()
            while self.peek() != "}":
                self.statement(run)
            self.take("}")
        elif word == "if":
            self.take()
            self.take("(")
            holds = self.condition()
            self.take(")")
            self.statement(run and holds)
            if self.peek() == "else":
                self.take()
                self.statement(run and not holds)
        else:
            self.simple(run)
            if self.peek() == ";":  # (its own: an else may follow it)
                self.take()

    def simple(self, run: bool) -> None:
        """A declaration, an assignment or a document.write call."""
        word = self.peek()
        if word in _DECLARE:
            self.take()
            self.assignment(run)
            while self.peek() == ",":
                self.take()
                self.assignment(run)
        elif word == "document" and self.peek(1) == "." and self.peek(2) in _WRITERS:
            self.i += 3
            self.take("(")
            parts = [self.expression()]
            while self.peek() == ",":
                self.take()
                parts.append(self.expression())
            self.take(")")
            if run:
                self.out.extend(parts)
        elif self.i < len(self.toks) and self.toks[self.i][0] == "name" and self.peek(1) == "=":
            self.assignment(run)
        else:
            raise _Unread

    def assignment(self, run: bool) -> None:
        """``name = expression``: the variable keeps the value when the statement runs."""
        kind, name = self.take()
        if kind != "name":
            raise _Unread
        self.take("=")
        value = self.expression()
        if run:
            self.env[name] = value

    def expression(self) -> str:
        """Terms joined by +, each a string (a literal, a variable, a bracketed expression) and its slices."""
        value = self.term()
        while self.peek() == "+":
            self.take()
            value += self.term()
        return value

    def term(self) -> str:
        """A string literal, a variable set here or a bracketed expression, then any slices of it."""
        kind, text = self.take()
        if kind == "str":
            value = _unescape(text)
        elif kind == "name" and text in self.env:
            value = self.env[text]
        elif text == "(":
            value = self.expression()
            self.take(")")
        else:
            raise _Unread  # a number, a call, an object, a variable not set here
        while self.peek() == "." and self.peek(1) in _SLICES:
            self.take()
            method = self.take()[1]
            self.take("(")
            a = self.number()
            b = None
            if self.peek() == ",":
                self.take()
                b = self.number()
            self.take(")")
            value = _SLICES[method](value, a, b)
        return value

    def number(self) -> int:
        """A whole number (a slice's bound)."""
        kind, text = self.take()
        if kind != "num":
            raise _Unread
        return int(text)

    def condition(self) -> bool:
        """A variable (or literal) alone, negated, or compared with another by ==, ===, != or !==."""
        if self.peek() == "!":
            self.take()
            return not self.term()
        left = self.term()
        op = self.peek()
        if op not in ("==", "===", "!=", "!=="):
            return bool(left)
        self.take()
        right = self.term()
        return (left == right) == (op in ("==", "==="))


def written(code: str) -> str | None:
    """What a script writes with document.write when it is made wholly of the subset the module reads, else None."""
    try:
        return "".join(_Reader(_tokens(code)).script())
    except (_Unread, ValueError, RecursionError):  # (a bad \\u escape; brackets nested past reason)
        return None


def _shown_after(node, text: str) -> bool:
    """Whether the page already shows ``text`` right after the script: a copy saved after its scripts ran keeps both
    the script and its output. A ``<noscript>`` after it shows nothing where scripts run (a counter's template writes
    the count and gives it again for browsers without script: 点击数：<script>document.write("517")</script>
    <noscript>517</noscript>), so the script's output is what the page shows."""
    want = "".join(text.split())
    seen, sib = "", node.next
    while sib is not None and len(seen) < len(want):
        if sib.tag != "noscript":
            seen += "".join((sib.text(deep=True) if sib.tag != "-text" else sib.text_content or "").split())
        sib = sib.next
    return bool(want) and seen.startswith(want)


def write_scripts(tree) -> None:
    """Put what each readable inline script in the body writes (see ``written``) where the script stands, as a
    browser does; the script stays, read as the markup it is. Markup it writes is parsed; a script whose output the
    saved page already shows after it is left alone."""
    if tree.body is None:
        return
    for node in tree.body.css("script"):
        a = node.attributes
        if a.get("src") or not _JS_TYPE.match(a.get("type") or ""):
            continue
        code = node.text() or ""
        if "document.write" not in code or not (out := written(code)):
            continue
        if "<" not in out and "&" not in out:
            if out.strip() and not _shown_after(node, out):
                node.insert_before(out)
            continue
        frag = type(tree)(out).body
        if frag is None or _shown_after(node, frag.text(deep=True) or ""):
            continue
        for child in list(frag.iter(include_text=True)):
            node.insert_before(child)

"""Jammers drawn from Chinese-looking punctuation with a few ASCII characters (``〆』—【」;,``, ``。:〔、8「…``):
after a paragraph's last sentence or on lines of their own.

Such a string holds no Han character, so the ASCII rules (``tails``) never reach it: its last character is full
width. It is told from the text's own punctuation by its disorder: real marks close the brackets the text opened,
in the order it opened them, and no two different clause marks stand side by side; a random draw of marks opens a
bracket and closes another kind (〔》, 【」), closes what nothing opened, or sets ";," and "。:" together.
"""

from __future__ import annotations

#: The marks such strings are drawn from: CJK symbols and punctuation (〇 left out: a Han digit), vertical and
#: small forms, full-width ASCII, general punctuation (— … ‘’ “” ‰ ※) and the middle dot.
_WIDE = frozenset(chr(c) for c in (*range(0x3001, 0x3007), *range(0x3008, 0x3040), *range(0xFE10, 0xFE1A),
                                  *range(0xFE30, 0xFE6C), *range(0xFF01, 0xFF66), *range(0x2010, 0x205F), 0xB7))
#: A run of them with ASCII and blanks: what ``str.rstrip`` peels off a line's end as a possible jammer.
_RUN_CHARS = "".join(sorted(_WIDE)) + "".join(map(chr, range(0x21, 0x7F))) + " \t\u3000"
#: Bracket pairs of both widths (ASCII quotes left out: one character opens and closes).
_PAIRS = dict(zip("“‘「『《〈【〔〖〘〚（［｛([{﹁﹃", "”’」』》〉】〕〗〙〛）］｝)]}﹂﹄"))
_CLOSERS = {v: k for k, v in _PAIRS.items()}
#: Clause and sentence marks: two different ones side by side are no writing (";," "。:" "、。").
_CLAUSE = frozenset("、,，;；:：。.")
#: Marks a jammer starts after when it follows the text glued (…设施。々〈』〉9~?).
_SENTENCE_END = frozenset("。!?！？;；")
#: The least a string holds to be read: non-blank characters, and distinct full-width marks among them; and the
#: longest run looked at (jammer strings are short; a longer run is a line of Latin text or a row of marks).
_MIN_CHARS = 4
_MIN_WIDE = 2
_MAX_RUN = 40
_BLANKS = " \t\u3000"


def punct_jammer_spans(line: str) -> list[tuple[int, int]]:
    """The span of a punctuation jammer ending ``line``, from the blank before it (the whole line for a line of
    its own); empty when the line ends in text or in its own punctuation."""
    run_start = len(line.rstrip(_RUN_CHARS))
    if not _MIN_CHARS <= len(line) - run_start <= _MAX_RUN:
        return []
    # (where a jammer may start: the line's start, after a blank, after a sentence's end mark; not on a mark that
    # closes a bracket the text opened, 。” ending the sentence)
    for k in range(run_start, len(line)):
        if (k == 0 or line[k - 1] in _BLANKS or line[k - 1] in _SENTENCE_END and k > run_start) \
                and line[k] not in _BLANKS and not _closes_text(line, k) and _junk(line, k):
            a = k
            while a > 0 and line[a - 1] in _BLANKS:
                a -= 1
            return [(a, len(line))]
    return []


def _closes_text(line: str, k: int) -> bool:
    """line[k] closes a bracket or quote opened before it in the line."""
    c = line[k]
    return c in _CLOSERS and line.count(_CLOSERS[c], 0, k) > line.count(c, 0, k)


def _junk(line: str, k: int) -> bool:
    """line[k:] is a random draw of marks: long enough, two or more full-width marks, and out of order."""
    s = line[k:]
    chars = [c for c in s if not c.isspace()]
    if len(chars) < _MIN_CHARS or len({c for c in chars if c in _WIDE}) < _MIN_WIDE:
        return False
    return _misplaced_bracket(line, k) or any(a in _CLAUSE and b in _CLAUSE and a != b
                                              for a, b in zip(chars, chars[1:]))


def _misplaced_bracket(line: str, k: int) -> bool:
    """line[k:] closes a bracket of another kind than the one open, closes one nothing opened (in the line before
    it either), or leaves one it opened open at the line's end."""
    stack: list[str] = []
    for c in line[k:]:
        if c in _PAIRS:
            stack.append(c)
        elif c in _CLOSERS:
            if stack:
                if stack.pop() != _CLOSERS[c]:
                    return True
            elif line.count(_CLOSERS[c], 0, k) <= line.count(c, 0, k):
                return True
    return bool(stack)

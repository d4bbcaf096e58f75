"""Latin-script rows on Chinese pages: an English blog's post-meta row, a site's English name or slogan."""

from __future__ import annotations

import regex

from ... import lazyrx
from ..lines import HAN
from .base import DATE, TIME

# An English blog's (WordPress-style) post-meta row: "Posted on 2024-12-03 by admin | News | Views: 276",
# "By Jane Doe on March 8, 2024 · 3 Comments": the date and poster, then the category and counters, set off by
# bars or dots. The English twin of the 发布时间:… 作者:… 浏览:… row, read the same way.
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_EN_DATE = rf"(?:{DATE}|{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_EN_MONTH},?\s+(?:19|20)\d\d)"
_EN_NAME = r"[\p{Han}A-Za-z0-9_][\p{Han}A-Za-z0-9_.\-]{0,23}(?:\s+[A-Z][A-Za-z.\-]{0,20})?"
_EN_META_PART = (r"(?:views?|hits|reads|comments?)\s*[::]?\s*\d[\d,]*|\d[\d,]*\s*(?:views?|comments?|reads|hits)"
                 r"|no\s+comments|leave\s+a\s+(?:comment|reply)|(?:posted\s+in|filed\s+under|categor(?:y|ies)|in)\s*[::]?\s*"
                 r"[\p{Han}A-Za-z][\p{Han}A-Za-z0-9 &,\-]{0,29}|by\s+" + _EN_NAME
                 + r"|[\p{Han}A-Za-z][\p{Han}A-Za-z0-9&\-]{0,15}(?:\s[A-Za-z&][A-Za-z\-]{0,15}){0,2}")
_EN_POST_META = lazyrx.cached(
    rf"^(?:(?:posted|published|written|updated|last\s+updated)\s+(?:on\s+)?{_EN_DATE}(?:\s*{TIME})?(?:\s+by\s+{_EN_NAME})?"
    rf"|(?:posted\s+|written\s+)?by\s+{_EN_NAME}\s+(?:on\s+)?{_EN_DATE}(?:\s*{TIME})?)"
    rf"(?:\s*[|·•｜丨]\s*(?:{_EN_META_PART}))*\s*$", regex.I)


# A Chinese site's English name or slogan under its logo ("China National Committee of Finance, Commerce, Light
# Industry, Textile and Tobacco Trade Unions", "Zhengzhou Federation of Trade Unions"): Latin words only, most of
# them capitalised, ending on the word for a body or an outlet, no sentence. Its commas make it look like prose to ``is_prose``.
_LATIN_ROW = lazyrx.cached(r"^[A-Za-z][A-Za-z&'’,.\- ]{14,200}$")
_LATIN_WORD = lazyrx.cached(r"[A-Za-z][A-Za-z'’\-]*")
# (the name ends on the body's word: an English headline under a bilingual article's Chinese one names a body
# and goes on with a verb, "Kunshan Federation of Trade Unions Holds … Gathering for … Enterprises")
_BODY_WORD = lazyrx.cached(r"(?i)\b(?:unions?|federation|committee|association|council|congress|league|workers|"
                           r"government|bureau|company|corporation|group|news|daily|press|network|online|media|"
                           r"times|centre|center)(?:\s*,?\s*(?:co\.|ltd\.|inc\.|limited))*"
                           # (a national body's name closes on its country: "… Trade Union of China")
                           r"(?:\s+of\s+(?:the\s+)?(?:People's\s+Republic\s+of\s+)?China)?$")
_MINOR_WORDS = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "&"}


def english_name_line(folded: str) -> bool:
    """A Chinese page's English name line under its logo (… Federation of Trade Unions), not an English sentence."""
    t = folded.strip()
    if not _LATIN_ROW.match(t) or t.endswith(("!", "?")) or ". " in t or t.endswith(".") and not t.endswith(
            ("Ltd.", "Inc.", "Co.")):
        return False
    words = [w for w in _LATIN_WORD.findall(t) if w.lower() not in _MINOR_WORDS]
    if len(words) < 3:
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps >= 0.8 * len(words) and _BODY_WORD.search(t) is not None


# A Latin-only line's sentence end: a full stop, "!" or "?" closing the line or followed by a space (an abbreviation
# closing a company's name, "Co., Ltd.", is not one; "Co.," is followed by its comma).
_LATIN_STOP = lazyrx.cached(r"(?<!\b(?:Co|Ltd|Inc|No|St))[.!?][\"'”’)\]]*(?:\s|$)")
_LATIN_LETTER = lazyrx.cached(r"[A-Za-z]{2}")


def latin_label_line(text: str) -> bool:
    """A line of Latin text with no Han and no sentence end (a Chinese page's English slogan or site name,
    "National Committee of Agriculture, Forestry, …"): its commas make it prose to ``is_prose``, yet it is no paragraph."""
    return not HAN.search(text) and _LATIN_LETTER.search(text) is not None and _LATIN_STOP.search(text) is None


def english_post_meta(t: str) -> bool:
    """An English blog's post-meta row (Posted on 2024-12-03 by admin | News | Views: 276): the page's header line."""
    return len(t) <= 160 and t[:1] in "PpBbWwUuLl" and _EN_POST_META.match(t) is not None

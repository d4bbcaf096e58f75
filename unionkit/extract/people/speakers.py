"""Speakers: a name right before a verb of speech (孙玉龙说：), after a quote (”王刚说), described speakers and
的-clause speakers (_speakers_and_titled, _co_verb_speakers).
"""

from __future__ import annotations

import re

from ... import lazyrx
from ... import recode
from ...record import Person
from ..wordrx import trie_pattern
from .surnames import _SINGLE, _TITLE_SURNAMES
from .roles import _NOT_GIVEN
from .dictionary import is_word
from .shape import _given_ok, _IS_HAN, is_person_name, looks_like_name
from .boundaries import _word_at
from .minority import _hui_name, _steppe_name
from .chains import _role_ending_at
from .titled import _title_surname_shape
from .offices import _name_before_title, _TITLE_WORD, _TITLE_WORDS


# (说 may carry an adverb of manner: 王建华感慨地说：, 李娜笑着说，)
# The verbs of speech that introduce a quotation; _SPEECH_OR_TITLE below reads them too.
_SPEECH_VERBS = "说 說 表示 指出 强调 強調 介绍 介紹 认为 認為 坦言 感慨 透露 笑着说 告诉记者 告訴記者".split()
_QUOTE_RX = lazyrx.compile(
    r"(?:^|(?<=[，,。;；:：！？!?“”\"「」『』\s、—…]))(?P<name>\p{Han}{2,4}?)"
    r"(?:(?:\p{Han}{1,2}地|笑着|笑著)?(?:说|說)|%s)\s*[:：,，“「]" % "|".join(_SPEECH_VERBS[2:])
)


# The tail of _QUOTE_RX alone: a cheap test that skips the full pattern on most paragraphs.  The standard
# module over a trie runs it faster; its \s also takes the four ASCII separators \x1c-\x1f, so it finds
# every paragraph the `regex` tail does (and the full pattern then decides).
_QUOTE_TAIL = recode.compile(r"(?:%s)\s*[:：,，“「]" % trie_pattern(_SPEECH_VERBS))


def _quote_matches(text: str):
    """The matches of _QUOTE_RX in ``text``, in order, tried only in the few positions before each tail (_QUOTE_TAIL).

    A match is a clause-initial run of Han characters (name, adverb, verb: at most eight) and the tail's spaces and
    punctuation, so it ends where a tail ends and opens at most eight characters before that tail's verb; no match
    can open inside another (what follows its first character is Han, spaces or the closing punctuation).  Trying
    each position once from eight before a tail to its end therefore finds the same matches as a scan of the
    whole text, which tries (and fails) the clause-opening look-behind at every character.  Of those positions only
    the ones where a Han character follows a character that is none are tried."""
    done, han = 0, _IS_HAN
    for tail in _QUOTE_TAIL.finditer(text):
        for at in range(max(done, tail.start() - 8), tail.end()):
            # (a name opens with a Han character after none: the look-behind's clause marks hold no Han character)
            if han[text[at]] and (at == 0 or not han[text[at - 1]]):
                mt = _QUOTE_RX.match(text, at)
                if mt:
                    yield mt
        done = tail.end()


def _speakers_and_titled(text: str, found: list[tuple[int, Person]], said: set[str] | None = None) -> None:
    """Add to ``found`` the quoted speakers (孙玉龙说：), 的-clause speakers and names before a title word;
    add to ``said`` the speakers whose name is also a word (甘露说), in a text with 说 or 表示 (_word_names)."""
    if said is not None and not ("说" in text or "說" in text or "表示" in text):
        said = None
    for mt in _quote_matches(text):
        _quoted_speaker(mt, found, said)
    for mt in (_AFTER_QUOTE.finditer(text) if "”" in text or "」" in text else ()):
        _quoted_speaker(mt, found, said)
    if "”" in text or "」" in text:
        _described_speakers(text, found)
    for mt in (_DE_SPEAKER.finditer(text) if "的" in text else ()):
        if is_person_name(mt["name"]) and not is_word(mt["name"][:2]):
            found.append((mt.start("name"), Person(mt["name"], [])))
    for mt in (_DE_TITLE_SURNAME_SPEAKER.finditer(text) if "的" in text else ()):
        if _given_ok(mt["name"][1:]) and _title_surname_shape(mt["name"]):
            found.append((mt.start("name"), Person(mt["name"], [])))  # (…企业工作的者丽芬说。)
    for mt in _TITLE_WORD.finditer(text):
        got = _name_before_title(text, mt.start(), mt.end())
        if got:
            found.append((got[0], Person(got[1], [mt.group()])))


# The speaker named right after a closing quote (“……。”骆俊杰说。): the usual attribution of a quotation,
# which may end the sentence, so 。 may follow the verb here; 说 may carry an adverb (”罗永兴感慨地说。).  Four
# characters for a name with no surname (”多吉次仁说。: _quoted_speaker reads it as a Tibetan or Mongolian name).
_AFTER_QUOTE = recode.compile(r"[”」](?P<name>[\u4e00-\u9fff]{2,4}?)(?:(?:[\u4e00-\u9fff]{1,2}地|笑着|笑著)?(?:说|說)|表示)"
                          r"(?=[。，,])")  # (re: opens with a literal)


# The speaker of a quotation described before the name (”參賽選手、龍文區某酒店廚師長陳建華說。, ”某公司主厨李明说，):
# a long or 、-listed description whose last noun no role list holds; the name is the two or three characters
# before the verb, after a character that ends a noun of person (see _described_speakers).
# (standard re, opening with the literal quote: the engine skips ahead to it)
_DESCRIBED_SPEAKER = recode.compile(r"[”」](?P<phrase>[\u4e00-\u9fff、]{4,30}?)(?:说|說|表示|介绍|介紹)(?=[。，,])")


# The characters that end a head or master of a place or trade (厨师长, 店长, 主厨, 摊主, 工匠, 技术员); the nouns of
# the role lists are read by their own rules.
_PERSON_NOUN_LAST = frozenset("长長师師员員厨廚官家士主匠")


# What makes a description a clause (来自…的, 在…工作, 刚办好…): not the title a name stands after.
_CLAUSE_CHARS = frozenset("的在了过過着著")


def _described_speakers(text: str, found: list[tuple[int, Person]]) -> None:
    """Add to ``found`` the speaker named after a description that ends in a noun of person no role list holds,
    right after a closing quote and before the verb of speech (_DESCRIBED_SPEAKER), titled with its last item."""
    for mt in _DESCRIBED_SPEAKER.finditer(text):
        phrase, end = mt["phrase"], mt.end("phrase")
        if _role_ending_at(text, end - 2) or _role_ending_at(text, end - 3) \
                or any(p.name == phrase[-3:] or p.name == phrase[-2:] for _, p in found):
            continue  # a listed role before the name, or a name found already: read by the other rules
        for k in (3, 2):
            name, desc = phrase[-k:], phrase[:-k]
            last = desc.rsplit("、", 1)[-1]
            if len(last) >= 2 and last[-1] in _PERSON_NOUN_LAST and _CLAUSE_CHARS.isdisjoint(last) \
                    and looks_like_name(name, True) and not is_word(name):
                found.append((end - k, Person(name, [last])))
                break


# A speaker described by a clause ending in 的 (干了28年钳工的王长青说。, 在车间干了20年的陈伟雄说:): a single
# surname + one or two given characters between 的 and a verb of speech that ends the clause (做收银员的刘芳说);
# a name that is a word (从职工的方面说) is none.  说 may carry an adverb of manner (被…录取的刘思雨动情地说：).
# The same for a surname of _TITLE_SURNAMES (者 of the Yi, 要): a three-character name, then 说 and punctuation.
_DE_TITLE_SURNAME_SPEAKER = recode.compile(r"的(?P<name>[%s][\u4e00-\u9fff]{2})(?:说|說)(?=\s*[:：,，。“「])"
                                           % "".join(sorted(_TITLE_SURNAMES)))
_DE_SPEAKER = lazyrx.compile(r"的(?P<name>[%s]\p{Han}{1,2})(?:(?:\p{Han}{1,2}地|笑着|笑著)?(?:说|說)|表示|介绍|介紹)"
                             r"(?=\s*[:：,，。“「])" % _SINGLE)


# A speaker who acts before speaking (在口岸从事报关工作的宗晓冬拿着刚借到的书说，, 王晓冬指着展板说：): a name opening
# the clause or right after a 的-phrase, a one-character verb with its aspect particle (拿着, 指着, 端着), and a verb
# of speech closing the same clause.  (standard re; run only on texts with 着 and a verb of speech)
_CO_VERB_SPEAKER = recode.compile(r"(?:^|(?<=[，,。;；:：！？!?“”\s的]))(?P<name>[%s][\u4e00-\u9fff]{1,2}?)"
                              r"(?P<verb>[\u4e00-\u9fff][着著])[^，,。;；:：！？!?“”\n]{0,24}?(?:说|說|问|問)(?=\s*[:：,，。“「])"
                              % re.escape(_SINGLE))


def _co_verb_speakers(text: str, found: list[tuple[int, Person]]) -> None:
    """Add the speakers of _CO_VERB_SPEAKER: a whole name that is no word, whose surname pair is no word, and whose
    last character opens no word with the verb (李刚拿着 passes, 高举着 and 刘海拿着 do not)."""
    for mt in _CO_VERB_SPEAKER.finditer(text):
        name, v = mt["name"], mt["verb"][0]
        if v in _NOT_GIVEN or _word_at(text, mt.end("name") - 1) or not is_person_name(name):
            continue
        if len(name) == 3 and is_word(name[:2]):
            continue
        found.append((mt.start("name"), Person(name, [])))


# One first test for _speakers_and_titled: a verb of speech before punctuation (the tails of _QUOTE_TAIL and
# _DE_SPEAKER, 。 included) or a title word.  Each of the three patterns needs one of these to match.
# (_QUOTE_TAIL's verbs; a flat alternation, every branch opening with a literal: the engine then skips ahead
# by first character)
_SPEECH_OR_TITLE = recode.compile("|".join([re.escape(v) + r"\s*[:：,，。“「]" for v in _SPEECH_VERBS]
                                       + [re.escape(w) for w in _TITLE_WORDS]))


def _quoted_speaker(mt, found: list[tuple[int, Person]], said: set[str] | None) -> None:
    """Add the speaker ``mt`` names (of _QUOTE_RX or _AFTER_QUOTE) to ``found``, or, when the name is also a
    word, to ``said`` (when given)."""
    name = mt["name"]
    if not looks_like_name(name, True):
        if len(name) >= 3 and _steppe_name(name) or _hui_name(name):  # (尼玛次仁说：, 那日苏说：, 马尕西木说：)
            found.append((mt.start("name"), Person(name, [])))
    elif not is_word(name):
        found.append((mt.start("name"), Person(name, [])))
    elif said is not None and len(name) <= 3:
        said.add(name)

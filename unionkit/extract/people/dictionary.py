"""jieba's dictionary, read lazily from the shipped table (unionkit.jiebadict) without importing jieba:
whether a string is a word, and the frequencies and tags of its entries.
"""

from __future__ import annotations

import functools

from .surnames import _COMPOUND, _CONTEXT_SURNAMES, _SINGLE


# A look-up asks for a word's line "<word> <freq> <tag>" as jieba's dict.txt writes it (its first line
# for the word).  The table loads in a few milliseconds, shared with the salting model, and answers in
# about 3 µs: no search of the 5 MB file and no index to build.

_FIRST_CHARS = frozenset(_SINGLE) | _CONTEXT_SURNAMES | frozenset(c[0] for c in _COMPOUND)


def _table():
    """jieba's dictionary table (loaded once, on first use; kept here, as a look-up asks for it every time)."""
    global _TABLE
    if _TABLE is None:
        from ...jiebadict import load

        _TABLE = load()
    return _TABLE


_TABLE = None


def _verdict(line: str) -> bool:
    """True when a dictionary line's POS tag is not a person-name tag (nr, nrfg, nrt)."""
    parts = line.split()
    tag = parts[2] if len(parts) > 2 else ""
    return not tag.startswith("nr")


# Verbs jieba's dictionary tags as person names (晋升 566 nr, 荣获 nr): read as the verbs they are, so that they are
# words, not names, after a role (对符合条件的选手晋升相应…), and verbs that end the name before them (选手王强晋升).
# Picked from its two-character nr entries of 150 or more that open with a surname; none is a likely given name.
_NAME_TAGGED_VERBS = frozenset("""晋升 晋级 晋见 荣获 康复 祝贺 祝福 陈述 陈列 关怀 查明 张贴 安抚 容纳 杜绝 敬佩 敬献
敬仰 敬畏 慕名 涂抹 苏醒 练兵 练功 练武 卫冕 屠宰 盖章 巴结 寻思 谢谢 冷笑 封锁 周转 满怀 陶醉 施礼""".split())


@functools.lru_cache(maxsize=8192)
def _raw_line(s: str) -> str:
    """The dictionary's line for ``s`` (_dictionary_search), with the verb tag for _NAME_TAGGED_VERBS (cached: a
    corpus asks about the same few words again and again)."""
    line = _dictionary_search(s)
    return line.rsplit(" ", 1)[0] + " v" if line and s in _NAME_TAGGED_VERBS else line


def _dictionary_search(s: str) -> str:
    """jieba's dictionary line for ``s`` as a search of its dict.txt finds it ("" when it has none).

    A string with a space matches a line that starts with it and a space (工会 981 → 工会 981 n), as a search
    of dict.txt's text for "\\n<s> " would; one with a newline matches no line (words hold neither)."""
    if "\n" in s:
        return ""
    if " " in s:
        line = _table().line(s.split(" ", 1)[0])
        return line if (line + "\n").startswith(s + " ") else ""
    return _table().line(s)


def _find_word(s: str) -> bool:
    """is_common_word by one look-up of the dictionary line."""
    line = _raw_line(s)
    return _verdict(line) if line else False


# jieba's tags of proper nouns: places, organisations, other names.
_PROPER_TAGS = ("ns", "nt", "nz", "nr", "nrt", "nrfg")


def _indexable(s: str) -> bool:
    """True for a look-up the word index can answer (opens with a surname character, one token)."""
    return bool(s) and s[0] in _FIRST_CHARS and " " not in s and "\n" not in s


def is_common_word(s: str) -> bool:
    """True when jieba's dictionary lists ``s`` as an ordinary word (not a person-name tag)."""
    return _find_word(s)


@functools.lru_cache(maxsize=8192)
def _simplified(s: str) -> str:
    """``s`` in simplified script (OpenCC t2s, loaded on first use; ``s`` itself when OpenCC is missing)."""
    global _T2S
    if _T2S is None:
        try:
            import opencc

            _T2S = opencc.OpenCC("t2s")
        except Exception:  # noqa: BLE001 - OpenCC is a declared dependency; without it, no folding
            _T2S = False
    return _T2S.convert(s) if _T2S else s


_T2S = None


@functools.lru_cache(maxsize=32768)  # (a pure verdict on a short string: words recur across paragraphs)
def is_word(s: str) -> bool:
    """is_common_word in either script: jieba's dictionary is simplified, so 高溫 is looked up as 高温."""
    if is_common_word(s):
        return True
    t = _simplified(s)
    return t != s and is_common_word(t)


@functools.lru_cache(maxsize=4096)
def _entry(s: str) -> tuple[str, ...]:
    """The fields of jieba's dictionary line for ``s`` or its simplified form, () when neither has one (cached: a
    pair that opens with no surname character needs a search of the raw dictionary)."""
    return tuple(_dictionary_parts(s) or _dictionary_parts(_simplified(s)))


# jieba's tags of verbs, adverbs, adjectives, pronouns and function words: no given name after 要/都 is one (带头, 讲).
_NOT_NAME_TAGS = frozenset("v d a r p c u m q t f")


def _raw_tag(s: str) -> str:
    """jieba's tag of ``s`` ("" when the dictionary lacks it)."""
    parts = _raw_line(s).split()
    return parts[2] if len(parts) > 2 else ""


def _raw_common(s: str) -> bool:
    """_common_entry for a string that opens with no surname character (the word index gates those out)."""
    parts = _raw_line(s).split()
    return len(parts) > 1 and (not parts[1].isdigit() or int(parts[1]) >= _RARE_WORD)


def _dictionary_parts(s: str) -> list[str]:
    """The fields of jieba's dictionary line for ``s`` (word, count, tag), [] when it has none."""
    return (_dictionary_line(s) if _indexable(s) else _raw_line(s)).split()


def _rare_entry(word: str, below: int | None = None) -> bool:
    """True when the dictionary lists ``word`` (any first character, either script) with a count below ``below``
    (_RARE_WORD when not given)."""
    parts = _entry(word)
    return len(parts) > 1 and parts[1].isdigit() and int(parts[1]) < (below or _RARE_WORD)


def _any_entry(s: str) -> bool:
    """True when jieba's dictionary has ``s`` at all, whatever its first character (综合, 新华)."""
    return _raw_line(s) != ""


# Below this count in jieba's dictionary a word is too rare to be read as one in a staff slot (付强, 3).
_RARE_WORD = 20


@functools.lru_cache(maxsize=1024)
def _rare_word(word: str) -> bool:
    """True when jieba's dictionary lists ``word`` with a count below _RARE_WORD."""
    parts = _dictionary_line(word).split()
    return len(parts) > 1 and parts[1].isdigit() and int(parts[1]) < _RARE_WORD


# From this count up, a place word of jieba's dictionary is a common place or region (江南 4986, 常州 245), which a
# lone author slot holds as a pen name; a person's name filed as a place is rare there (于洋 46).
_PLACE_WORD = 200


def _place_word(s: str) -> bool:
    """True when jieba's dictionary tags ``s`` as a place with a count of at least _PLACE_WORD (作者:江南: a pen name)."""
    parts = _dictionary_line(s).split()
    return len(parts) > 2 and parts[2] == "ns" and parts[1].isdigit() and int(parts[1]) >= _PLACE_WORD


def _common_entry(s: str) -> bool:
    """True when jieba's dictionary has ``s`` with a count of at least _RARE_WORD."""
    parts = _dictionary_line(s).split()
    return len(parts) > 1 and (not parts[1].isdigit() or int(parts[1]) >= _RARE_WORD)


@functools.lru_cache(maxsize=1024)
def _either_script(test, s: str) -> bool:
    """True when ``test`` holds for ``s`` or for its simplified form (jieba's dictionary is simplified: 達人, 說到)."""
    return test(s) or test(_simplified(s))


def _listed(s: str) -> bool:
    """True when jieba's dictionary has ``s`` at all, whatever its tag."""
    return _dictionary_line(s) != ""


def _dictionary_line(s: str) -> str:
    """The dictionary's line for ``s`` ("" when it has none, and for a string that opens with no surname
    character or holds a space: such look-ups were never asked of the word index this replaces)."""
    return _raw_line(s) if _indexable(s) else ""


@functools.lru_cache(maxsize=1024)
def _proper_noun(s: str) -> bool:
    """True when jieba's dictionary tags ``s`` as a proper noun (a place, an organisation, another name)."""
    parts = _dictionary_line(s).split()
    return len(parts) > 2 and parts[2] in _PROPER_TAGS

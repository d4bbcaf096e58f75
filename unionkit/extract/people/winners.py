"""A contest's winner named right after their unit or team in a results sentence (…数控车间王刚以95分获得一等奖,
…区代表团李娜获得女子跳远冠军): the unit says where the winner comes from, the verb of winning that the name is
the subject of (or 以 and the score before it) says a person stands there (_unit_winners)."""

from __future__ import annotations

from ... import recode
from ...record import Person
from ..wordrx import trie_pattern
from .surnames import _SINGLE
from .roles import _WIN_VERBS
from .shape import is_person_name, _opens_with_word
from .boundaries import _name_after
from .phrased import _CLAUSE_CLOSE
from .lists import named_town_end, TOWN_ENDS, _UNIT_BEFORE_NAME


# A sports meet's or a contest's team, which results sentences put before each of its winners.
_TEAMS = ("代表团", "代表團", "代表队", "代表隊")

# A unit or a team ending right before a surname (its first test; standard re, the engine skips by the endings).
_UNIT_THEN_SURNAME = recode.compile("(?:%s)(?=[%s])" % (trie_pattern(_UNIT_BEFORE_NAME + _TEAMS + TOWN_ENDS), _SINGLE))
_TOWN_CHARS = frozenset(TOWN_ENDS)
_WIN_RX = recode.compile("|".join(_WIN_VERBS))  # (the gate: no verb of winning, no winner)


def _unit_winners(text: str) -> list[tuple[int, Person]]:
    """People named by a whole name right after a unit, a named township or a team and right before a verb of winning, or before 以
    when such a verb follows in the clause (…代表团张磊以11秒42获得…).  The name must be no word and not open with
    one (…车间主任以…, …代表团团长获得… are titles; …公司全体以… a word); a 、-list of such names is _name_lists'."""
    out: list[tuple[int, Person]] = []
    if not _WIN_RX.search(text):
        return out
    for mt in _UNIT_THEN_SURNAME.finditer(text):
        at = mt.end()
        if text[at - 1] in _TOWN_CHARS and not named_town_end(text[max(0, at - 5):at]):
            continue  # (各乡镇张贴…: a generic word ending like a town names no unit)
        name = _name_after(text, at)
        if not name or not is_person_name(name) or _opens_with_word(name):
            continue
        j = at + len(name)
        if text.startswith(_WIN_VERBS, j) or (text[j:j + 1] == "以" and _win_in_clause(text, j + 1)):
            out.append((at, Person(name, [])))
    return out


def _win_in_clause(text: str, j: int) -> bool:
    """True when a verb of winning stands in the clause from ``text[j]`` to its end (以96.5分获得一等奖)."""
    return _WIN_RX.search(text, j, _CLAUSE_CLOSE.search(text, j).start()) is not None

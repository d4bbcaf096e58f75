"""People named in an article, with the titles they are given.

Names are only taken where the context says "this is a person":
- a title chain right before a name (``红桥区总工会党组书记、主席孙玉龙``): the
  strong case, titles are split at 、 and a bare role inherits the union named
  in the segment before it (党组书记、主席 → 红桥区总工会主席); a bare role after
  a non-union organ stays bare (市委常委、秘书长 → 秘书长);
- a quotation verb right after a whole clause-initial name (``孙玉龙说:``);
- bylines and editor lines from the removed pieces (记者 王刚 → [记者],
  责任编辑:朱晶晶 → [责任编辑], a trailing (喻娟) → []).
A candidate must start with a Chinese surname (single or compound, both
scripts), have no function characters in its given name, and must not be an
ordinary word of jieba's dictionary (焦点, 休闲, 项目; words tagged as person
names there, like 高峰, still pass).  The dictionary is read lazily as a text
file, without importing jieba; jieba's segmentation and POS tags are not used.

The submodules, lowest first (each imports only the ones above it):
- surnames: the single, compound and context-only surname tables;
- roles: the roles and trades a title chain is split into, the words that may follow a name, the clause cuts;
- dictionary: jieba's dictionary, read lazily (is_word, is_common_word and the tag lookups);
- shape: whether a string is shaped like a name (looks_like_name, is_person_name);
- boundaries: where a name ends before a verb, an adverb or a time word (_name_after);
- minority: Tibetan, Mongolian, Yi, Hui, Dai and transliterated names;
- chains: title chains before a name, the organ they cut off and the union a bare role inherits;
- after_role, titled: reading the name after a role (lists, weak roles, second titles, unsurnamed names);
- phrased: names in fixed phrasings (工作室, brackets, Latin names, 当选为, 选举…为, 我叫…);
- dotted, lists: names joined with a middle dot, 、-lists of names and names before 等;
- de_names: a name after a 的-phrase;
- winners: a contest's winner right after their unit or team (…车间王刚以95分获得…);
- jobs: a name after a trade or job noun, contacts and speakers, four-character names before a verb of speech;
- offices: a name before an office or title word (覃振华主任, 王刚律师);
- speakers: quoted and described speakers (孙玉龙说：);
- scan: the scan of one text that runs all the finders above (_from_text);
- credits, bylines: names in bylines, editor lines, photo and supply credits;
- honours: honour lists and prize lines;
- article: find_people, which runs the above over an article and merges what they find.
"""

from __future__ import annotations

from .surnames import COMPOUND_SURNAMES, SURNAMES
from .dictionary import is_common_word, is_word
from .dictionary import _dictionary_parts, _entry, _simplified  # (the places package reads the dictionary through these)
from .shape import is_person_name, looks_like_name
from .article import find_people

__all__ = ["COMPOUND_SURNAMES", "SURNAMES", "find_people", "is_common_word", "is_person_name", "is_word",
           "looks_like_name"]

"""Where a name ends in running text: before a verb, an adverb, a time word or a word of the dictionary
(_name_after, _name_may_end).
"""

from __future__ import annotations

from .roles import _FOLLOW_CHARS, _FOLLOW_WORDS, _FORMER_WORDS, _NOT_GIVEN, _SHORT_WINS
from .dictionary import _either_script, _entry, is_word, _PROPER_TAGS, _RARE_WORD, _raw_common, _raw_line, _raw_tag
from .shape import _given_ok, _IS_HAN, looks_like_name, _OBJECT_PREPS, _PREP_SURNAMES, _surname_len


def _name_after(text: str, i: int, loose: bool = False) -> str | None:
    """The name that starts at ``text[i]``, its length chosen by what follows it.

    ``loose``: a title stands before it, so a three-character name may also end before any ordinary
    word (_full_name_before_word), not only before the words that usually follow names; a surname that is
    also a word (_CONTEXT_SURNAMES) may open it."""
    n = _surname_len(text[i:i + 2], loose)
    if not n or (text[i] in _PREP_SURNAMES and _time_word_at(text, i + 1)):
        return None  # (职工于近日参加, 干部于本周开展: the preposition 于 before a time word, no surname)

    cands = [k for k in (n + 1, n + 2)
             if i + k <= len(text) and _given_ok(text[i + n:i + k]) and _name_may_end(text, i + k)]
    if not cands:
        k = (_full_name_before_word(text, i, n) or _name_before_verb(text, i, n)
             or _name_before_adverb(text, i, n)) if loose else 0
        return text[i:i + k] if k else None
    if len(cands) == 2:
        third = text[i + n + 1]
        short = third in _SHORT_WINS or text.startswith(_FOLLOW_WORDS, i + n + 1)
        k = cands[0] if short else cands[1]
    else:
        k = _before_verb_word(text, i, n, cands[0])
    if k == 3 and n == 1 and text[i + 2] in "为為" and _either_script(_common_verb, text[i:i + 2]):
        k = 2  # 焊工成长为“工匠”: 为 completes a verb (成长为, grow into), it is no given character
    if k == 3 and n == 1 and _everyday_word(text[i:i + 2]) and _everyday_word(text[i + 2:i + 4]):
        return None  # 护士安心工作: two everyday words (安心 + 工作) run across the three characters, no name
    if k == 3 and n == 1 and _prep_object(text, i):
        return None  # 律师向企业说明: the preposition and its object before the verb, no surname
    name = text[i:i + k]
    return name if looks_like_name(name, loose) else None


#: jieba's count from which a noun is common enough to be 向's or 把's object rather than a given name (企业 34826,
#: 员工 3748, 家长 2998; the given names 光明 1219, 会员 1196 fall below).
_OBJECT_WORD = 2000


def _prep_object(text: str, i: int) -> bool:
    """True when ``text[i]`` is 向 or 把 and the two characters after it a common noun (jieba's tag n, counted at
    least _OBJECT_WORD times): the preposition's object (律师向企业说明), not a given name (站长向光明从事)."""
    if text[i] not in _OBJECT_PREPS:
        return False
    parts = _entry(text[i + 1:i + 3])
    return len(parts) > 2 and parts[2] == "n" and parts[1].isdigit() and int(parts[1]) >= _OBJECT_WORD


def _before_verb_word(text: str, i: int, n: int, k: int) -> int:
    """``k``, or one less when a two-character given name's last character opens a dictionary verb with the next
    one (骑手杨帆拿到会员卡, 杨帆领到: 拿到, 领到), and the shorter reading is a name: the verb takes its own first
    character, the name ends before it.  Not when the character after the long reading is itself one that follows
    names (负责人杨光明说)."""
    if k != n + 2 or i + k >= len(text) or not _IS_HAN[text[i + k]]:
        return k
    if text[i + k] in _SHORT_WINS or text.startswith(_FOLLOW_WORDS, i + k):
        return k  # a word that follows names closes the long reading (杨光明说: 明说 is a verb too)
    pair = text[i + k - 1:i + k + 1]
    if not _either_script(_common_verb, pair):
        return k
    return k - 1 if _given_ok(text[i + n:i + k - 1]) and looks_like_name(text[i:i + k - 1], True) else k


def _word_at(text: str, j: int) -> bool:
    """True when the two characters at ``text[j]`` are an ordinary word (创作, 分别, 家中, 補充)."""
    pair = text[j:j + 2]
    return len(pair) == 2 and _IS_HAN[pair[1]] and is_word(pair)


def _full_name_before_word(text: str, i: int, n: int, plain_given: bool = False) -> int:
    """Length of a single surname + two given characters at ``text[i]`` when an ordinary word, an idiom or a set
    phrase follows it and no word runs across its end (钢筋工刘志勇分别 …, 王秀兰创作, 钟德华家中, 劳模高红梅深有感触),
    else 0.

    A name is followed by any verb or noun, not only by the words _FOLLOW_WORDS lists: where the two
    characters after a three-character reading form a word and the last given character does not start
    one with them, the name ends there.  The surname and first given character must not form a word
    themselves (幸福感, 文化宫 are no names).  A compound surname takes one given character the same way
    (退休矿工夏侯勇拉着…).  ``plain_given``: the given name must be no word either (see _weak_role_name).

    The tests run cheapest first: pairs that open with a surname character are answered by the word index,
    the pairs after the surname (given name, word across the end, word after it) may each need a search of
    the raw dictionary, so they come last, once the reading passed everything else."""
    if n == 2:
        return _compound_name_before_word(text, i)
    if n != 1 or i + 5 > len(text) or not _given_ok(text[i + 1:i + 3]):
        return 0
    if is_word(text[i:i + 2]) or not looks_like_name(text[i:i + 3], True):
        return 0
    if text[i] in _PREP_SURNAMES and is_word(text[i + 1:i + 3]):
        return 0
    if plain_given and _everyday_word(text[i + 1:i + 3]) and not _time_word_at(text, i + 3):
        return 0  # (职工庹新民年初确诊: a time word after the reading closes a subject, whose given name may be a word)
    if _word_at(text, i + 2) and not _time_word_wins(text, i + 2):
        return 0
    if text[i + 2] in _SHORT_WINS:
        return 0  # 技师王刚却认真地检查: 却 (then, yet) joins the subject to its predicate, no given character
    if not (_word_at(text, i + 3) or _verb_phrase_at(text, i + 3) or _idiom_at(text, i + 3, phrases=True)):
        return 0
    if _just_done_at(text, i + 2):
        return 0  # 王磊刚送完一单: the adverb of a completed action, no given character (_name_before_adverb)
    return 3


def _idiom_at(text: str, at: int, phrases: bool = False) -> bool:
    """True when a four-character idiom jieba lists (tag i: 起早贪黑, 任劳任怨) opens at ``text[at]``; with ``phrases``,
    a set phrase too (tag l: 深有感触, 赞不绝口).  After a name they are its predicate (劳模李秀兰深有感触)."""
    quad = text[at:at + 4]
    if len(quad) < 4:
        return False
    tag = _raw_tag(quad)
    return tag == "i" or (phrases and tag == "l")


def _just_done_at(text: str, j: int) -> bool:
    """True when an adverb of _ADVERBS opens at ``text[j]`` a one-character verb and 完 (刚送完, 刚忙完): an action
    just completed, said right after its subject's name."""
    return (j + 3 <= len(text) and text[j] in _ADVERBS and text[j + 2] == "完" and _IS_HAN[text[j + 1]]
            and text[j + 1] not in _ADVERBS)


def _name_before_adverb(text: str, i: int, n: int) -> int:
    """2 when a single surname and one given character at ``text[i]`` (after a title) stand before an adverb: a
    time or manner adverb jieba lists (骑手王磊刚才送完, 正在), one of a just completed action (王磊刚送完) or one
    that no given name holds (王磊又骑上, 已在), or before a time word (主席王磊去年获得, see _plain_time_at), else 0.
    A doubled adverb (刚刚) is left alone: 刘志刚刚 may be 刘志刚 + 刚."""
    j = i + 2
    if n != 1 or j + 2 > len(text) or text[j + 1] == text[j] or not _IS_HAN[text[j + 1]]:
        return 0
    listed = text[j] in _ADVERBS
    if not listed and not _manner_adverb(text[j:j + 2]) and not _plain_time_at(text, j):
        return 0
    if not _given_ok(text[i + 1]) or is_word(text[i:j]) or not looks_like_name(text[i:j], True):
        return 0
    if not listed:
        return 2  # (the adverb takes the character a three-character reading would end with: 罗成现场, no 罗成现)
    if text[j] in _NOT_GIVEN:
        return 2  # (快递员梁宇又骑上, 骑手王磊已在: an adverb no given name holds can only open the verb phrase)
    pair = _entry(text[j:j + 2])
    if (len(pair) > 2 and pair[2] in ("d", "t")) or _just_done_at(text, j):
        return 2
    return 0


# Words of the scene that stand as adverbs before a verb (律师罗成现场为群众解答, 当场, 当面): jieba tags them nouns.
_SCENE_ADVERBS = frozenset("现场 現場 当场 當場 当面 當面".split())


def _manner_adverb(pair: str) -> bool:
    """``pair`` is an adverb that opens with no character of _ADVERBS, after which a two-character name (after a
    title) may end: one jieba tags d or ad (亲自, 耐心细致: ad), or a word of the scene (律师罗成现场为群众解答)."""
    if pair in _SCENE_ADVERBS:
        return True
    parts = _entry(pair)
    return len(parts) >= 3 and parts[2] in ("d", "ad")


def _everyday_word(s: str) -> bool:
    """True when ``s`` (in either script) is a common dictionary word that is no proper noun: a given name may be a
    rare or proper entry (庆丰, 4 in jieba, a brand), not an everyday word (文化, 解决)."""
    parts = _entry(s)
    return (len(parts) > 2 and not parts[2].startswith("nr") and parts[2] not in _PROPER_TAGS
            and (not parts[1].isdigit() or int(parts[1]) >= _RARE_WORD))


def _time_word_at(text: str, j: int) -> bool:
    """True when a two-character time word opens at ``text[j]`` (年初, 近日, 今年: jieba's tag t), which stands right
    after a clause's subject, before its verb."""
    parts = _entry(text[j:j + 2]) if j + 2 <= len(text) and _IS_HAN[text[j + 1]] else ()
    return len(parts) > 2 and parts[2] == "t"


def _time_word_wins(text: str, j: int) -> bool:
    """True when the word across a name's end at ``text[j]`` (its last given character and the next) loses that
    next character to a time word (徒弟李鹏飞去年获得: 飞去 is a verb, but 去年 is the time after the clause's subject);
    a time word across the end (李强今年初: 今年) keeps the shorter reading."""
    return _time_word_at(text, j + 1) and not _time_word_at(text, j)


def _plain_time_at(text: str, j: int) -> bool:
    """True when a time word opens at ``text[j]`` (主席王磊去年获得) and none at ``text[j + 1]``: where both do
    (李华明年初: 明年 or 年初), a longer name may end there too, and the adverb's reading is not taken."""
    return _time_word_at(text, j) and not _time_word_at(text, j + 1)


def _compound_name_before_word(text: str, i: int) -> int:
    """Length of a compound surname + one given character at ``text[i]`` that an ordinary word or a short
    verb phrase follows, with no word across its end (夏侯勇拉着), else 0."""
    j = i + 3
    if j + 2 > len(text) or not _given_ok(text[i + 2]) or _word_at(text, i + 2):
        return 0
    if not (_word_at(text, j) or _verb_phrase_at(text, j)):
        return 0
    return 3 if looks_like_name(text[i:j], True) else 0


def _name_before_verb(text: str, i: int, n: int) -> int:
    """Length of a name after a title at ``text[i]`` that a two-character verb follows (律師陳怡君主講,
    主席卢静宣读), where the last given character also opens a word with the next (君主): the verb decides.
    Three characters are tried first, then two; a single surname must not open a word with the next character,
    and a surname that is also a preposition is left out (律师向企业负责人讲解)."""
    if text[i] in _PREP_SURNAMES:
        return 0
    for k in (n + 2, n + 1):
        j = i + k
        if j + 2 > len(text) or not _given_ok(text[i + n:j]):
            continue
        name = text[i:j]
        # (律师谈明哲接待后: a surname and first given character that only a rare entry lists (谈明, 揭明) still open
        # a name when a common verb follows it; an everyday word there (文化) or as the given name (谈明确) opens none)
        rare_open = k == 3 and n == 1 and is_word(name[:2])
        if (rare_open and (_everyday_word(name[:2]) or _everyday_word(name[1:]))) or not looks_like_name(name, True):
            continue
        pair = text[j:j + 2]
        if not _IS_HAN[pair[1]]:
            continue
        if k == n + 2 and _either_script(_common_verb, text[j - 1:j + 1]):
            continue  # 选手王强晋升为: the last given character opens the verb (晋升), the shorter name is tried
        if rare_open:
            if _either_script(_common_verb, pair):
                return k
        elif _either_script(_is_verb, pair):
            return k
    return 0


def _common_verb(pair: str) -> bool:
    """True when jieba's dictionary tags ``pair`` as a verb that is no rare entry (拿到 1464, not 强到 3: 副主席阚志强到会)."""
    return _raw_tag(pair) == "v" and _raw_common(pair)


def _is_verb(pair: str) -> bool:
    """True when jieba's dictionary tags ``pair`` as a verb."""
    parts = _raw_line(pair).split()
    return len(parts) > 2 and parts[2] == "v"


# Adverbs that stand between a subject and its verb (钢筋工黄志勇刚从作业面下来, 李建华正在 …).
_ADVERBS = frozenset("刚剛正已曾便又仍才常仅僅只")  # (仅, 只: a contest's feat, 农机手赵庆国仅用18分钟)


# Aspect particles right after a one-character verb (吉秀芬端着饭菜, 王明华拿了).
_ASPECT = frozenset("着著了过過完")  # (完: a completed action, 刘桂芬扫完一段路)


# Personal pronouns that stand as the object of a one-character verb after a subject (帮我们, 教大家, 陪他).
_PRONOUNS = ("我们", "我們", "他们", "他們", "她们", "她們", "大家", "咱们", "咱們", "我", "他", "她", "你")
_PRONOUN_FIRST = frozenset(w[0] for w in _PRONOUNS)


def _verb_phrase_at(text: str, j: int) -> bool:
    """True when a short verb phrase opens at ``text[j]`` that is no dictionary word: an adverb before a
    word or a particle (刚从, 正在), or a one-character verb with its aspect particle (端着) or with a pronoun as
    its object (律师王海燕帮我们整理)."""
    if j + 2 > len(text):
        return False
    nxt = text[j + 1]
    if text[j] in _ADVERBS and (nxt in _FOLLOW_CHARS or _word_at(text, j + 1)):
        return True
    return ((nxt in _ASPECT or (nxt in _PRONOUN_FIRST and text.startswith(_PRONOUNS, j + 1)))
            and _IS_HAN[text[j]] and text[j] not in _NOT_GIVEN)


def _name_may_end(text: str, j: int) -> bool:
    """True when a name may end before ``text[j]``: the text's end, no Han character, or what follows names.  Not
    a numeral's 等 of a prize's or merit's grade (面点师项目一等奖: 一等奖, no name 项目一 and 等)."""
    if j < len(text) and text[j] == "等" and text[j - 1] in _GRADE_NUMERALS and text[j + 1:j + 2] in _GRADED:
        return False
    return (j >= len(text) or not _IS_HAN[text[j]] or text[j] in _FOLLOW_CHARS or text.startswith(_FOLLOW_WORDS, j)
            or text.startswith(_FORMER_WORDS, j) or _while_pair_at(text, j) or _illness_at(text, j)
            or (text[j] in _WEAR_HOLD and text[j + 1:j + 2] in _WEAR_HOLD_AFTER)
            or (text[j] in "于於" and _time_word_at(text, j + 1)))  # (主席王建国于近日到企业: 于 + a time word)


# A verb of the hands or of wearing with its aspect or complement after a name (环卫工人葛凤兰戴上新棉帽, 职工李华
# 拿起奖状): the name ends before it.
_WEAR_HOLD = frozenset("拿握捧提抱举舉端扛牵牽挥揮递遞接戴穿披")
_WEAR_HOLD_AFTER = frozenset("着著上起过過")


def _illness_at(text: str, j: int) -> bool:
    """True when ``text[j]`` is the verb 患 (困难职工褚建新患尿毒症), not the second character of a word (查隐患)."""
    return text[j] == "患" and not is_word(text[j - 1:j + 1])


def _while_pair_at(text: str, j: int) -> bool:
    """True when ``text[j]`` opens the pair of simultaneous actions 边X边Y (检查员綦玉峰边查边讲): a verb phrase after a name."""
    return text[j] in "边邊" and text[j + 2:j + 3] == text[j]


# The numerals and nouns of a grade (一等奖, 二等功, 三等獎): the numeral before 等 is the grade's, no given name.
_GRADE_NUMERALS = frozenset("一二三四五六七八九十特")
_GRADED = frozenset("奖獎功")

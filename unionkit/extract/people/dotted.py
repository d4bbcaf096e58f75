"""Names joined with a middle dot (艾力·买买提), with where such a name opens and ends."""

from __future__ import annotations

from ... import lazyrx
from ... import recode
from .surnames import SURNAMES
from .roles import _FOLLOW_CHARS, _NOT_GIVEN
from .dictionary import _entry, _PROPER_TAGS, _RARE_WORD
from .shape import _IS_HAN
from .boundaries import _word_at
from .minority import _element_ends, _MONGOL_PARTS, _TRANSLIT_CHARS
from .chains import _role_ending_at


_DOTS = "·・•‧"
_DOT_RX = recode.compile("[%s]" % _DOTS)


# Characters of transliterated (Uyghur, Kazakh …) names on either side of the dot, beyond _TRANSLIT_CHARS.
# Common transliteration syllables (艾尔肯·吐尔逊, 迪娜·别克, 约翰·史密斯) are listed; characters that end roles,
# job nouns and verbs (长, 员, 师, 机, 者, 说) are not, so a title or verb beside the name stays out.
_DOT_NAME_CHARS = _TRANSLIT_CHARS | frozenset(
    "兰蘭莎丹达達扎玛瑪卓央桑洛措顿頓珠加旦次海"
    "肯克凯凱卡喀科柯库庫拜比毕畢迪蒂恩法菲夫盖蓋赫杰傑基莱萊勒雷蕾利莉林琳罗羅玛瑪曼梅蒙敏莫姆穆纳納乃妮努"
    "帕佩普热熱若赛賽色沙莎舍丝絲斯孜塔泰坦特提铁鐵图圖吐瓦旺维維沃乌烏西希夏谢謝辛雅亚亞耶伊尤优優玉则則"
    "祖哲珍翰约約森逊遜尔爾诺諾娅婭艾买買麦麥丽麗热里木"
    "杜万萬肉守"  # (阿卜杜热依木·买买提, 热孜万古丽·吐尔逊, 吾斯曼江·肉孜, 帕提古丽·吾守尔)
    "劳勞施密"  # (克劳斯·施密特: German and other Western names)
    "韦韋伯山"  # (托马斯·韦伯, 马克斯·韦伯; 艾山 = Hasan, a common Uyghur name part: 古丽娜尔·艾山)
    "叶葉马馬"  # (叶尔兰·努尔兰, 阿依努尔·马木提: common Kazakh and Uyghur openers)
    "丁"  # (-din, a common ending of Uyghur and Kazakh names: 努尔兰·哈布丁, 沙拉丁, 努尔丁)
    "嘎")  # (-ga, a common syllable of Mongolian and Tibetan names: 苏日古嘎, 吉日嘎拉, 卓嘎)


# Transliteration syllables that are also verbs right after a name (来: 阿不来提 = Ablet, 居来提; but 买买提来到…):
# read only inside a dotted name's part, between listed characters with at most two of them on the dot's far
# side (…阿不来提等, 阿不来提·艾力), so the verb after a whole name (…买买提来自…, 来阿克苏…) stays out.
_INNER_DOT_CHARS = frozenset("来來")
_INNER_TAIL = 2


def _part_end(text: str, at: int) -> int:
    """The end of the dotted name's part that opens at ``text[at]`` (right after a dot): its run of listed
    characters, with an inner syllable of _INNER_DOT_CHARS read into it (艾力·阿不来提)."""
    j = at
    while j < len(text) and j - at < 8:
        if text[j] in _DOT_NAME_CHARS:
            j += 1
        elif text[j] in _INNER_DOT_CHARS and j > at and 1 <= _listed_run(text, j + 1) <= _INNER_TAIL:
            j += 1
        else:
            break
    return j


def _listed_run(text: str, at: int) -> int:
    """How many characters of _DOT_NAME_CHARS stand in a row from ``text[at]``."""
    n = at
    while n < len(text) and text[n] in _DOT_NAME_CHARS:
        n += 1
    return n - at


def _part_start(text: str, k: int) -> int:
    """The start of the run of listed characters right before the dot at ``text[k]``, with an inner syllable of
    _INNER_DOT_CHARS read into it when at most two listed characters stand between it and the dot (阿不来提·艾力)."""
    i = k
    while i > 0 and k - i < 8:
        c = text[i - 1]
        if c in _DOT_NAME_CHARS:
            i -= 1
        elif c in _INNER_DOT_CHARS and 1 <= k - i <= _INNER_TAIL and i > 1 and text[i - 2] in _DOT_NAME_CHARS:
            i -= 1
        else:
            break
    return i


def _listed_pair(pair: str) -> bool:
    """True when the dictionary lists ``pair`` (two Han characters) as a word of some use, proper nouns included."""
    parts = _entry(pair)
    return len(pair) == 2 and len(parts) > 1 and parts[1].isdigit() and int(parts[1]) >= _RARE_WORD


def _cuts_word(text: str, j: int) -> bool:
    """True when a dotted name's run ending at ``text[j]`` takes the first character of a common word that
    runs across its end (…吐尔逊高|兴地说: 高兴), and no word opens right at ``text[j]`` (…买买提|出席 ends well):
    the name then ends one character earlier.  Rare words (特在, 3 in jieba) and proper nouns do not count."""
    pair = text[j - 1:j + 1]
    if not _word_at(text, j - 1) or _word_at(text, j):
        return False
    parts = _entry(pair)
    return len(parts) > 2 and parts[1].isdigit() and int(parts[1]) >= _RARE_WORD and parts[2] not in _PROPER_TAGS


# What may stand right before a dotted name that opens with a syllable the list lacks: a 的-phrase, a verb with 了
# or a list's separator (…公司的焦尔丹·努尔兰, 库丽松·加纳提、…).
_DOTTED_OPENERS = frozenset("的了、和与與及")


def _dotted_left_start(text: str, k: int, i: int) -> int:
    """Where the part before the dot at ``text[k]`` starts, when one Han character beyond _DOT_NAME_CHARS stands
    in it (库丽松·加纳提: 松; 焦尔丹·努尔兰: 焦, a surname character): the run with it must then start right after a
    title, a 的-phrase or the clause's start (副主席库丽松·…, 的焦尔丹·…), and the character must be no function
    character (向, 给 …), else ``i``, the run of listed characters alone (局长阿依古丽·…, 向阿依古丽·…)."""
    pos, odd = k, -1
    while pos > 0 and k - pos < 8:
        c = text[pos - 1]
        if c in _DOT_NAME_CHARS:
            pos -= 1
        elif odd < 0 and _IS_HAN[c] and c not in _NOT_GIVEN and c not in _FOLLOW_CHARS:
            odd = pos = pos - 1
        else:
            break
    if odd < 0 or pos >= i or k - pos < 3 or _role_ending_at(text, odd + 1):
        return i  # (班长叶尔肯·…: the odd character ends a title)
    if odd == pos and text[pos] not in SURNAMES:
        return i  # (a character the list lacks opens the name only when it is a surname character: 焦尔丹)
    return pos if _dotted_name_may_open(text, pos) else i


def _dotted_name_may_open(text: str, at: int) -> bool:
    """True when a dotted name may open at ``text[at]``: at the text's start, after no Han character, after one of
    _DOTTED_OPENERS (的, 了, 、) or right after a title (副主席库丽松·…, 负责人包·额尔敦)."""
    return (at == 0 or not _IS_HAN[text[at - 1]] or text[at - 1] in _DOTTED_OPENERS
            or _role_ending_at(text, at) is not None)


def _mongol_element_end(text: str, k: int) -> int:
    """The end of the Mongolian name element right after the dot at ``text[k]`` (巴特尔·孟克: 孟克), or 0: the part
    after the dot is then that element, though its characters are too common to list among _DOT_NAME_CHARS."""
    ends = _element_ends(text, k + 1, _MONGOL_PARTS, 1)
    return ends[0][0] if ends else 0


def _surname_dot_name(text: str, k: int) -> int:
    """The end of the Mongolian name element after the dot at ``text[k]`` when a lone surname character, where a
    name may open, stands before the dot (负责人包·额尔敦, 的李·巴特尔): Inner Mongolian pages write a Mongol's
    Chinese surname that way; 0 otherwise."""
    if k < 1 or text[k - 1] not in SURNAMES:
        return 0
    end = _mongol_element_end(text, k)
    return end if end and _dotted_name_may_open(text, k - 1) else 0


def _di_ends_name(text: str, j: int) -> bool:
    """True when the 地 at ``text[j]``, right after a dotted name's last part, ends that name (吐尔地 = Turdi)
    rather than being the adverb's particle: a particle needs an adjective or adverb before it (高兴地, 默默地), and
    a name's run of transliteration syllables is none, so 地 is the name's unless it opens a word with the next
    character that no word after it overlaps (…地区) or closes one with the characters before it (特别地, 山地)."""
    if j + 1 < len(text) and _IS_HAN[text[j + 1]] and _listed_pair(text[j:j + 2]) and not _word_at(text, j + 1):
        return False  # (…地区, …地方: 地 opens the next word; in 吐尔地|表示 the next word opens after it)
    return not _listed_pair(text[j - 2:j]) and not _listed_pair(text[j - 1:j + 1])


def _dotted_names(text: str) -> list[tuple[int, str, str]]:
    """(start, full name, part before the dot) of each transliterated name written with a middle dot
    (主席热依汗古丽·艾买提为…, 教师努尔兰·吐尔逊别克分享…): each side is the run of transliteration
    characters next to the dot, at least two on each side, so a role or verb beside it stays out."""
    out = []
    for mt in _DOT_RX.finditer(text):
        k = mt.start()
        if k == 0:
            continue
        j = _part_end(text, k + 1)
        i = _dotted_left_start(text, k, _part_start(text, k))
        if j - k - 1 < 2 and k - i >= 2 and (e := _mongol_element_end(text, k)):
            j = e  # 巴特尔·孟克: a Mongolian element after the dot, its syllables no transliteration list holds
        if k - i < 2 and (e := _surname_dot_name(text, k)):
            i, j = k - 1, max(j, e)  # 包·额尔敦: a Chinese surname before a Mongolian name
        elif k - i < 2 or j - k - 1 < 2 or (i > 0 and text[i - 1] in _DOTS):
            continue
        if text[j - 1] == "丁" and j - k - 1 > 2 and j < len(text) and _listed_pair(text[j - 1:j + 1]):
            j -= 1  # …买买提丁香花: 丁 opens a word with the next character (丁香), so it is no -din ending
        if j - k - 1 > 2 and j < len(text) and _cuts_word(text, j):
            j -= 1  # …吐尔逊高兴地说: the last character opens a word with the next (高兴), the name ends before it
        elif j < len(text) and text[j] == "地" and _di_ends_name(text, j):
            j += 1  # 托合提别克·吐尔地等12名, …·吐尔地在会上说: 地 ends the name (吐尔地), not an adverb's particle
        if j < len(text) and text[j] in _DOTS:  # a third part: take it too (三段名)
            m = _part_end(text, j + 1)
            if m - j - 1 >= 2:
                j = m
        out.append((i, text[i:j], text[i:k]))
    return out


# A transliterated name written with a middle dot (艾力·买买提): a person, though no Chinese surname opens it.
_DOTTED = lazyrx.compile(r"\p{Han}{1,8}(?:[·・•‧]\p{Han}{1,8}){1,3}")

"""Names without a Chinese surname: Tibetan, Mongolian, Yi, Hui, Dai and transliterated names."""

from __future__ import annotations

from .roles import _NOT_GIVEN
from .dictionary import _either_script, is_word, _raw_common, _raw_line, _simplified
from .shape import _GIVEN_RX, _IS_HAN
from .boundaries import _everyday_word, _name_may_end, _word_at


# Uyghur and Kazakh names written in Chinese characters have no Chinese surname: they open with one of
# a few common name elements and are spelled with a small set of transliteration characters.
_TRANSLIT_OPENERS = ("买买提", "麦麦提", "艾力", "艾合买提", "阿不都", "阿布都", "阿卜杜", "阿迪力", "阿里木", "古丽",
                     "热合曼", "热依", "吐尔逊", "吐尔洪", "努尔", "帕尔哈提", "依明", "库尔班", "玉素甫", "阿依",
                     "迪丽", "吾斯曼", "塔依尔", "托合提", "米吉提", "木合塔尔", "买合木提", "伊力", "克热木", "祖丽",
                     # Mongolian names (乌云其其格, 图门巴雅尔, 巴特尔, 斯琴高娃) are written the same way
                     "乌云", "图门", "巴特", "斯琴", "其其格", "宝音", "朝鲁", "额尔敦", "阿拉坦", "萨仁", "那仁",
                     "苏日娜", "敖登", "巴雅尔", "乌日", "乌兰", "其木",
                     # Kazakh names opening with 叶尔 (叶尔兰, 叶尔江, 叶尔肯, 叶尔波拉提)
                     "叶尔兰", "叶尔江", "叶尔肯", "叶尔波", "叶尔森", "叶尔那")


# Tibetan names join two of a few dozen name elements (扎西顿珠, 次仁卓玛, 边巴次仁): both halves must be one.
_TIBETAN_PARTS = frozenset("""扎西 次仁 边巴 邊巴 格桑 央金 达瓦 達瓦 达娃 達娃 旦增 丹增 尼玛 尼瑪 多吉 拉巴 普布 索朗 索南
顿珠 頓珠 平措 洛桑 德吉 白玛 白瑪 卓玛 卓瑪 卓嘎 巴桑 仁增 益西 强巴 強巴 罗布 羅布 曲珍 拉姆 央宗 措姆 次旦 贡嘎 貢嘎
米玛 米瑪 普琼 普瓊 旺堆 旺姆 群培 欧珠 歐珠 桑珠 嘉措 加措 土登 琼达 瓊達 边珍 邊珍 德央 玉珍 次珍 扎桑
才让 才讓 东珠 東珠 多杰 更登 旦正 仁青 尕藏 南杰 南傑 周毛 措毛 吉毛 拉毛 完玛 完瑪 桑杰 桑傑 公保 久美 才旦
东智 東智 知加 官却 官卻 华旦 華旦 贡保 貢保 泽仁 澤仁 达吉 達吉 夏吾 扎巴 旦巴 才仁
道吉 更尕 求培 群佩 当周 當周 周加
阿旺 格绒 格絨 四郎 泽郎 澤郎 王清 曲措 邓珠 鄧珠 东周 東周
次旺 才吉 尕让 尕讓
央拉 向巴 尕松 尕桑""".split())


# (次旺 and 才吉: 次旺拉姆, 次旺多吉, 才吉卓玛 — 次 alone is no given character, so only the element reads them;
# 央拉: a Tibetan name of its own or a second element, 次仁央拉; 向巴 (Jampa, of Chamdo: 向巴曲珍, 向巴平措), which
# reads only with a second element after it, so the preposition 向 before 巴西, 巴士 stays out;
# from 才让 on, Amdo forms of Qinghai and Gansu: 才让东珠, 才让东周; from 阿旺 on, Kham forms of Garzê and Ngawa:
# 四郎曲珍, 澤郎王清, 格绒曲措, 邓珠拉姆; 尕让 of Gannan: 尕让多杰; 尕松 and 尕桑, Amdo spellings of Kalsang: 尕松多杰)
_TIBETAN_FIRST = frozenset(w[0] for w in _TIBETAN_PARTS)
_TIBETAN_LAST = frozenset(w[-1] for w in _TIBETAN_PARTS)
_TRANSLIT_FIRST = frozenset(w[0] for w in _TRANSLIT_OPENERS) | _TIBETAN_FIRST


# Dai personal names (Xishuangbanna, Dehong) have no surname: 岩 opens a man's name, 玉 a woman's (岩罕保, 玉香).
_DAI_FIRST = frozenset("岩玉")
_AFTER_ROLE_FIRST = _TRANSLIT_FIRST | _DAI_FIRST
_TRANSLIT_CHARS = frozenset("买麦提江力艾合阿不布卜都迪里木古丽热曼依吐尔逊洪努帕哈明库班玉素甫吾斯塔托米吉克祖娜拉孜"
                            "亚夏尼穆罕默德别汗巴图西坎沙然孙乃则牙亥尕伊"
                            "乌云其格门雅特琴宝音朝鲁额敦坦萨仁那苏日敖登高娃勒"
                            "叶波肯森兰")


# Yi (Nuosu) clan names of Liangshan and its neighbours (吉克阿依, 曲比拉哈, 阿来伍牛): a Yi name is the clan name
# and a two-character given name, four characters that read as no Chinese name (吉 and 曲 open Chinese ones
# too).  Only clan names that open no common word are listed (马拉松, 木乃伊, 的日子 keep 马拉, 木乃, 的日 out).
_YI_CLANS = frozenset("""阿苏 阿约 阿来 阿侯 阿牛 阿洛 吉克 吉木 吉伍 吉俄 吉狄 吉史 吉则 吉吉 曲比 曲木 曲别 曲尼
沙马 沙玛 马海 海来 勒格 勒尔 俄底 俄木 瓦其 罗洪 比曲 苏呷 巫其 莫色 布约 迪惹 倮伍 沙呷 俄的
阿蘇 阿約 阿來 沙馬 沙瑪 馬海 海來 勒爾 羅洪 蘇呷 布約""".split())


# (俄的 is the clan name 俄的 of 俄的拉哈: 的 stands in it, where a Chinese name never has one; the last line:
# traditional forms, as Taiwan and Hong Kong reprints write them: 學員阿蘇日呷)
# A Yi given name may end in 各 (勒格伍各), which ends no Chinese given name (各 means "each").
_YI_LAST = frozenset("各")
_YI_FIRST = frozenset(w[0] for w in _YI_CLANS)


# Characters that close an Amdo Tibetan name of three characters after one name element (拉毛措, 才让吉).
_TIBETAN_ENDS = frozenset("措吉姆毛杰加")


def _tibetan_name(s: str) -> bool:
    """True when ``s`` is a whole Tibetan name: two name elements (索南卓玛), or one and a closing character
    (拉毛措)."""
    if s[:2] not in _TIBETAN_PARTS:
        return False
    return (len(s) == 4 and s[2:] in _TIBETAN_PARTS) or (len(s) == 3 and s[2] in _TIBETAN_ENDS)


# Mongolian personal names are written as one to three name elements with no Chinese surname (乌力吉, 巴图孟和,
# 额尔敦巴雅尔, 娜仁高娃, 斯琴): the elements are a closed set of common words of the language.  Elements that are
# also place names or Chinese words (乌兰, 呼和, 乌云, 图门) only ever make a name where a name may end after them.
_MONGOL_PARTS = frozenset("""巴图 巴特 巴特尔 乌力吉 孟和 那顺 乌日图 额尔敦 额尔顿 额日敦 巴雅尔 朝鲁 朝鲁门 斯琴 娜仁 那仁
高娃 其木格 其其格 苏日娜 萨日娜 乌日娜 敖登 格日乐 格日勒 额尔德木图 额尔德尼 那日苏 白音 巴音 乌云 图门 宝音 德力格尔
阿拉坦 阿拉腾 萨仁 乌兰 布和 毕力格 特木尔 铁木尔 苏和 达来 吉日嘎拉 哈斯 图雅 塔娜 阿古达木 朝格图 吉雅 满都拉 阿木古楞
宝力道 宝力德 孟克 呼和 巴根 道尔吉 仁钦 扎那 乌恩 桑布 达古拉 格根 斯日古楞 包力高 赛音 那森 苏布道 胡日查 乌仁 萨其拉
额尔登 额日和木 图布信 其木德 青格勒 查干 阿古拉 朝克 敖其尔 通拉嘎 乌兰托娅 托娅 其其格玛 达林太 宝鲁 巴达荣贵 阿迪雅
都仁 海日汗 斯仁 额尔和 孟根 伊德尔 锡林 格日图 巴彦 乌吉斯古冷 布仁 巴达玛 达瓦 苏德 满达 滿達
苏雅拉 苏亚拉 苏雅拉图 苏亚拉图 那木吉拉 莫日根""".split())
_MONGOL_FIRST = frozenset(w[0] for w in _MONGOL_PARTS)


# The suffix 图 ("having", 乌力吉图 = having blessing, 巴雅尔图, 朝格图) closes many Mongolian names after an element.
_MONGOL_ENDS = frozenset("图圖")
_STEPPE_LAST = frozenset(w[-1] for w in _MONGOL_PARTS | _TIBETAN_PARTS) | _TIBETAN_ENDS
_STEPPE_HEADS = frozenset(w[:2] for w in _MONGOL_PARTS | _TIBETAN_PARTS)
_ELEMENT_LENS = (5, 4, 3, 2)


def _element_ends(text: str, i: int, parts: frozenset, depth: int = 3) -> list[tuple[int, int]]:
    """(end, count) of each reading of ``text[i:]`` as one to ``depth`` name elements of ``parts`` (six
    characters at most), longest first."""
    out = []
    for k in _ELEMENT_LENS:  # (elements of five characters at most: one alone is within six)
        j = i + k
        if text[i:j] in parts:
            out.append((j, 1))
            if depth > 1 and j < len(text):
                out.extend((e, c + 1) for e, c in _element_ends(text, j, parts, depth - 1) if e - i <= 6)
    return sorted(out, reverse=True)


def _steppe_name_at(text: str, i: int, single: bool = False) -> str | None:
    """A Mongolian or Tibetan name opening at ``text[i]`` (two or three name elements: 乌力吉巴图, 尼玛次仁; one
    element of three or more characters: 乌力吉, 那日苏; one of two only when ``single``, after a title: 斯琴)
    that ends where a name may end.  Two elements of four or more characters also stand before any other
    word after a title (``single``: 骑手巴图孟和停好车)."""
    c = text[i:i + 1]
    if text[i:i + 2] not in _STEPPE_HEADS:  # (one look-up drops nearly every position)
        return None
    reads = []
    if c in _MONGOL_FIRST:
        reads += _element_ends(text, i, _MONGOL_PARTS)
        reads += [(j + 1, n) for j, n in reads if text[j:j + 1] in _MONGOL_ENDS]  # (乌力吉图: 乌力吉 + 图)
    if c in _TIBETAN_FIRST and text[i:i + 2] in _TIBETAN_PARTS:
        reads += [(e, n) for e, n in _element_ends(text, i, _TIBETAN_PARTS, 2) if n == 2]
        if i + 3 <= len(text) and text[i + 2] in _TIBETAN_ENDS:
            reads.append((i + 3, 2))  # (拉毛措: one element and a closing character)
    for j, n in sorted(reads, reverse=True):
        if n == 1 and j - i < 3 and not single:
            continue
        if _name_may_end(text, j) or (single and n >= 2 and j - i >= 4) or (single and _verb_after_name(text, j)):
            name = text[i:j]
            if not _everyday_word(name):  # (a proper noun still passes: jieba files 乌云其木格 as a place)
                return name
    return None


def _verb_after_name(text: str, j: int) -> bool:
    """True when a common two-character word opens at ``text[j]`` and the character before it opens no word with
    it: after a title, a name element ends there (全国劳动模范苏和领衔的工作室: 领衔)."""
    return (j + 2 <= len(text) and _IS_HAN[text[j + 1]] and _either_script(_raw_common, text[j:j + 2])
            and not _word_at(text, j - 1))


def _tibetan_pair(s: str) -> bool:
    """True when ``s`` is two characters, the first opening a Tibetan name element and the second closing one (拉 of
    拉姆, 珍 of 曲珍), and no dictionary word: an element the table does not list (拉珍).  Only for a credit's slot
    (摄影:X, 供稿:X), which says a name stands there."""
    return len(s) == 2 and s[0] in _TIBETAN_FIRST and s[1] in _TIBETAN_LAST and not is_word(s)


def _steppe_name(s: str, single: bool = False) -> bool:
    """True when ``s`` is one whole Mongolian or Tibetan name (see _steppe_name_at)."""
    return _steppe_name_at(s, 0, single) == s


def _translit_after(text: str, i: int) -> str | None:
    """A transliterated name (买买提江) starting at ``text[i]``: a known opener, then transliteration characters;
    or a Tibetan name of two name elements (扎西顿珠); or a Yi name (阿来伍牛) that ends where a name may end."""
    if text[i:i + 2] in _TIBETAN_PARTS and text[i + 2:i + 4] in _TIBETAN_PARTS:
        return text[i:i + 4]
    if text[i:i + 2] in _YI_CLANS:
        return _yi_name(text, i)
    if not text.startswith(_TRANSLIT_OPENERS, i):
        return None
    j = i
    while j < len(text) and j - i < 9 and text[j] in _TRANSLIT_CHARS:
        j += 1
    name = text[i:j]
    if not 3 <= len(name) <= 8 or (j < len(text) and _IS_HAN[text[j]] and j - i >= 9):
        return None
    return name


# Hui surnames of Gansu, Qinghai and Ningxia that open four-character names of a Chinese surname and a
# transliterated (Arabic or Persian) given name (马尕西木, 韩伊布拉).
_HUI_SURNAMES = frozenset("马馬冶韩韓")


def _hui_name(s: str) -> bool:
    """True when ``s`` is a four-character Hui name: a Hui surname and three transliteration characters (马尕西木),
    no dictionary entry (马拉松赛 has a character of no transliteration)."""
    if len(s) != 4 or s[0] not in _HUI_SURNAMES:
        return False
    given = _simplified(s[1:])
    return all(ch in _TRANSLIT_CHARS for ch in given) and not is_word(s) and not is_word(s[:2]) and not _raw_line(s)


_NUMBER_CHARS = frozenset("一二三四五六七八九十")


def _hui_number_name(text: str, at: int) -> str | None:
    """A Hui name of the northwest at ``text[at]`` whose given name is a number word, often after 尕 ("little"):
    馬尕五十, 马六十三 — a Hui surname, then two or three numerals, where a name may end (only read after a title
    or a job noun, the slot that says a person stands there)."""
    if text[at:at + 1] not in _HUI_SURNAMES:
        return None
    j = at + 2 if text[at + 1:at + 2] == "尕" else at + 1
    k = j
    while k < len(text) and k - j < 3 and text[k] in _NUMBER_CHARS:
        k += 1
    if k - j < 2 or (k < len(text) and text[k] in _NUMBER_CHARS) or not _name_may_end(text, k):
        return None
    return text[at:k]


def _is_translit(name: str) -> bool:
    """True when ``name`` is one whole transliterated name (吉克阿依, 那仁格日勒), as in a credit or a list."""
    return _translit_after(name, 0) == name


def _yi_name(text: str, i: int) -> str | None:
    """The four-character Yi name (clan name + two given characters) at ``text[i]``, when nothing but
    punctuation, the text's end or a word that follows names comes after it (副主席阿来伍牛告诉记者)."""
    name, j = text[i:i + 4], i + 4
    if len(name) != 4 or not _GIVEN_RX.fullmatch(name[2:]) or is_word(name):
        return None
    if name[2] in _NOT_GIVEN or (name[3] in _NOT_GIVEN and name[3] not in _YI_LAST):
        return None
    if not _name_may_end(text, j):
        return None
    return name

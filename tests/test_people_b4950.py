"""People of kinds batches 49 and 50 got wrong: an adverb (一同) glued onto a name with no Chinese surname, a
banner's or county's short form (莫旗) read as a person, regional surnames that are common characters (妥, 侬, 修,
钏) in strong slots, a name after a 的-phrase before a verb of coming in (走进), and a two-character Mongolian name
after an honour title before a word (苏和领衔)."""

from __future__ import annotations

import pytest

from unionkit.extract.people import find_people
from unionkit.record import Article, Place


def _names(*body, places=None):
    a = Article(id="t", title="标题", body=list(body), removed=[])
    return sorted(p.name for p in find_people(a, None, places))


@pytest.mark.parametrize("text,name", [
    ("县住房和城乡建设局副局长保德荣一同为项目联合工会揭牌。", "保德荣"),      # 一同 after the name
    ("县住房和城乡建设局副局长保德荣共同为项目揭牌。", "保德荣"),             # 共同 likewise
    ("副市长呼格吉勒图一同前往。", "呼格吉勒图"),
    ("县委常委、县总工会主席妥文华表示，将持续做好帮扶。", "妥文华"),         # 妥 after a title
    ("有着18年经验的分级工侬光明带领徒弟检查烟叶。", "侬光明"),              # 侬 after a trade
    ("“心里有底了。”耐火材料有限公司破碎工修长海说。", "修长海"),            # 修 between a trade and 说
    ("从事马拉爬犁经营的苑德胜走进新落成的工会驿站。", "苑德胜"),            # 的 + name + 走进
    ("从事马拉爬犁经营的李德胜走进新落成的工会驿站。", "李德胜"),
    ("这个由全国劳动模范苏和领衔的工作室，近三年完成革新项目。", "苏和"),      # a Mongolian name before a word
])
def test_found(text, name):
    assert name in _names(text)


@pytest.mark.parametrize("text,name", [
    ("县住房和城乡建设局副局长保德荣一同为项目联合工会揭牌。", "保德荣一"),
    ("要妥善处理职工诉求，修建职工之家，主席修改方案。", None),              # 妥, 修 opening common words
    ("职工修理说，员工修改一下说：好。", None),
    ("职工达人说，很好。", None),
    ("新建的高速路来到村口。", None),
    ("主席苏和平说：“好。”", "苏和"),                                     # the Chinese reading wins
])
def test_not_found(text, name):
    got = _names(text)
    assert (name not in got) if name else got == []


def test_banner_short_form_is_no_person():
    place = Place("莫力达瓦达斡尔族自治旗", "内蒙古自治区", "呼伦贝尔市", "莫力达瓦达斡尔族自治旗")
    text = "推荐优秀选手代表莫旗到呼伦贝尔市参加全市职工技能大赛。"
    assert "莫旗" not in _names(text, places=[place])

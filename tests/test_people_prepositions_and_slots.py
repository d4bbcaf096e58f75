"""Names read in a few more slots, and a preposition that is no surname: 向 + a common noun before the verb
(律师向企业说明), a name before 通过 (律师王某通过电话…), a two-element Mongolian name after a job noun in 工
(司炉工巴图孟和), an Amdo woman's name after 的 (考入大学的央金草), a dotted name and the post column of a table
with a 姓名 column, and a Dai author (作者：岩某); with the look-alikes that must stay as they were."""

from __future__ import annotations

import pytest

from unionkit.record import Meta

from conftest import people_names as _names, people_titles as _titled


@pytest.mark.parametrize("text, want", [
    # 向 and a common noun, then the verb: the preposition and its object
    ("援助律师向企业说明，违规操作不影响工伤认定。", []),
    ("调解员向员工解释了有关规定。", []),
    # look-alikes: a given name that is a rarer word (光明), or no word at all, after 向
    ("农技站站长向光明从事水稻推广工作。", ["向光明"]),
    ("援助律师向晓燕说，案件已经立案。", ["向晓燕"]),
])
def test_a_preposition_before_its_object(text, want):
    assert _names(text) == want


def test_a_name_before_the_means_of_an_act():
    assert _names("热线律师周海通过电话向店主释明了法律规定。") == ["周海"]
    assert _names("值班律师苏立平通过视频为职工答疑。") == ["苏立平"]


def test_a_mongolian_name_after_a_job_noun():
    assert _titled("锅炉房司炉工苏和巴图说：“炉火一刻也不能停。”") == {"苏和巴图": ["司炉工"]}
    assert _titled("锅炉房司炉工王德明说：“炉火一刻也不能停。”") == {"王德明": ["司炉工"]}


def test_an_amdo_name_after_a_de_phrase():
    assert _names("今年考入西北民族大学的央金草深情地说：“感谢工会。”") == ["央金草"]
    # look-alikes: the element runs on into a word (草原, 草地), no name
    assert _names("美丽的卓玛草原上牛羊成群。") == []


def test_a_table_with_a_name_column_keeps_dotted_names_and_posts():
    table = ["序号  姓名  性别  民族  工作单位及职务",
             "1  买买提·艾力  男  维吾尔族  某某市环卫所清扫班班长",
             "2  刘春燕  女  汉族  某某县医院护士长",
             "3  苏日娜  女  蒙古族  某某镇中学教师",
             "公示期间如有异议，请来电反映。"]
    assert _titled(*table) == {"买买提·艾力": ["某某市环卫所清扫班班长"], "刘春燕": ["某某县医院护士长"],
                               "苏日娜": ["某某镇中学教师"]}
    # look-alike: no post column, no titles
    assert _titled("组别　姓名　车间", "仓储管理　刘春燕　物流车间") == {"刘春燕": []}


@pytest.mark.parametrize("value, taken", [("岩罕", True), ("玉香", True), ("岩石", False), ("玉米", False)])
def test_a_dai_author(value, taken):
    assert (value in _names("职工参加了活动。", meta=Meta(author=value))) is taken


@pytest.mark.parametrize("text, want", [
    # an anonymised 某 name before a word that opens with a would-be given character (面对面, 面谈)
    ("调解员与企业负责人王某面对面沟通，讲清法律后果。", []),
    ("律师同公司负责人赵某面谈后，双方达成和解。", []),
    ("外卖骑手赵某强报了电工培训班。", []),  # a name masked in the middle is no name either
])
def test_an_anonymised_name_is_no_name(text, want):
    assert _names(text) == want


def test_a_clause_with_an_aspect_marker_is_no_title():
    """员工刘某握着调解员郑海涛的手: the verb with its 着 ends the clause before the role; the role alone is the title."""
    assert _titled("拿到工资后，员工刘某握着调解员郑海涛的手连声道谢。") == {"郑海涛": ["调解员"]}

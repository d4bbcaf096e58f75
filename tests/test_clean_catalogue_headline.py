"""A government page's open-information catalogue written one "label:value" a line, its last field empty, over the
headline: the headline is not that field's value."""

from __future__ import annotations

from unionkit.clean.lines import split_lines
from unionkit.clean.pipeline import clean_page
from unionkit.clean.shapes import value_under_label

CATALOGUE_PAGE = """某某市人民政府
首页 | 政务公开 | 政务服务 | 互动交流
当前位置:首页 > 政务公开 > 工作动态
索引号:X12345678/2023-00101
发布机构:某某市人社局
生成日期:2023-05-12
文号:
有效性:

某某市人社局举办春季就业招聘会
发布时间:2023-05-12 10:20   来源:某某市人社局

  5月11日,市人社局在市体育馆举办春季就业招聘会,共有120家企业进场招聘,提供岗位3000余个,现场达成意向1100人。
  招聘会设置了技能人才专区和高校毕业生专区,并为求职者提供政策咨询和职业指导服务。
"""


def test_empty_last_field_of_an_inline_catalogue_takes_no_value():
    lines = split_lines(CATALOGUE_PAGE)
    head = next(i for i, ln in enumerate(lines) if ln.text.startswith("某某市人社局举办"))
    assert not value_under_label(lines, head)


def test_headline_under_an_inline_catalogue_is_the_title():
    assert clean_page(CATALOGUE_PAGE).title == "某某市人社局举办春季就业招聘会"


def test_value_under_a_stacked_label_stays_a_value():
    lines = split_lines("发布时间\n2024年4月27日\n来源:\n某某工人报\n")
    assert value_under_label(lines, 3)

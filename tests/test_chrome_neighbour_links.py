"""Neighbour links (上一篇/下一篇) and a column's bracketed disclaimer under an article's text."""
from unionkit.clean import chrome
from unionkit.clean.lines import fold
from unionkit.clean.pipeline import clean_page


def test_neighbour_link_with_question_headline_is_navigation():
    for line in ("上一篇：女职工“三期”内被调岗降薪怎么办？", "下一篇：工伤认定申请期限是多久？",
                 "上一条 加班费怎么算？", "下一条：劳模疗休养开始报名！", "上一篇：没有了"):
        assert chrome.tail_kind(fold(line)) == "navigation", line


def test_sentences_opening_with_the_words_are_not_links():
    for line in ("上一篇文章中我们讲了申请条件，本篇继续讲解需要准备的材料。",
                 "下一条线路将于明年开通，沿线职工通勤更方便。"):
        assert chrome.tail_kind(fold(line)) != "navigation", line
        assert not chrome.prev_next_link(fold(line).strip()), line


def test_column_disclaimer_shape():
    assert chrome.column_disclaimer(fold("（本栏目解答仅供参考，具体问题请咨询职工法律援助热线12351）"))
    assert chrome.column_disclaimer(fold("（以上内容仅供参考）"))
    # a bracketed aside that disclaims nothing, and an unbracketed sentence, are not such notes
    assert not chrome.column_disclaimer(fold("（本栏目由市总工会法律援助工作站协办）"))
    assert not chrome.column_disclaimer(fold("本栏目解答仅供参考，具体问题请咨询热线。"))


def test_labelled_column_disclaimer():
    # a Q&A column's standing note set after a label instead of brackets, a hotline sentence after it
    note = "温馨提示：本栏目解答仅供参考，具体案件以仲裁机构认定为准。如有疑问，请拨打12351咨询。"
    assert chrome.column_disclaimer(fold(note))
    assert chrome.column_disclaimer(fold("提示：以上内容仅供参考。"))
    # a notice's own tip to its readers disclaims no column: its text
    assert not chrome.column_disclaimer(fold("温馨提示：请参赛职工携带身份证，不得代替他人参赛。"))
    body = clean_page(PAGE.replace("（本栏目解答仅供参考，具体问题请咨询职工法律援助热线12351）", note)).body
    assert body[-1].startswith("今年以来")


PAGE = """某某市总工会
首页 | 工会要闻 | 维权服务

以案说法：加班费怎么算？
日期：2025年05月28日　　来源：市总工会

问：公司安排我周末加班却不给加班费，我该怎么办？
答：用人单位安排劳动者休息日工作又不能安排补休的，应当支付不低于工资百分之二百的工资报酬。您可以先与单位协商，协商不成可以申请劳动争议仲裁。
今年以来，市总工会已为职工提供法律咨询200余人次。

（本栏目解答仅供参考，具体问题请咨询职工法律援助热线12351）

上一篇：女职工“三期”内被调岗降薪怎么办？
下一篇：工伤认定申请期限是多久？

版权所有：某某市总工会
"""


def test_page_drops_disclaimer_and_neighbour_links():
    body = clean_page(PAGE).body
    assert body[-1].startswith("今年以来")
    assert not any("上一篇" in p or "仅供参考" in p for p in body)


def test_bracketed_note_followed_by_prose_stays():
    page = PAGE.replace("（本栏目解答仅供参考，具体问题请咨询职工法律援助热线12351）",
                        "（本栏目解答仅供参考，具体问题请咨询职工法律援助热线12351）\n"
                        "问：劳动合同到期不续签有补偿吗？单位说没有，这样对吗？\n"
                        "答：劳动合同期满，用人单位不续签的，应当依法支付经济补偿。维持或者提高条件续订而劳动者不同意的除外。")
    body = clean_page(page).body
    assert any("仅供参考" in p for p in body)

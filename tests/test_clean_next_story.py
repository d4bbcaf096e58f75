"""An endless-scroll page's next story, printed whole under a bare 下一篇 label: none of the article's text."""

from unionkit.clean import clean_text

HEAD = "某县总工会为28名农民工追回欠薪"
PARA = ("春节临近，某县总工会联合县人社局开展欠薪专项治理，为在外务工的28名农民工追回工资36万元，"
        "工资款已于1月20日全部发放到位。")
PARA2 = "县总工会负责人表示，将继续畅通12351职工服务热线，对欠薪线索做到件件有回音、事事有着落。"
NEXT = "某市总工会开展送万福进万家活动"
NEXT_PARA = ("1月25日，某市总工会联合市书法家协会在市职工服务中心开展书法公益活动。书法家们现场挥毫，为职工写春联、"
             "送福字。活动共送出春联300余副。")
NEXT_PARA2 = "市总工会负责人介绍，春节前还将走进企业、工地和社区，开展十场送温暖活动。活动将持续到2月上旬。"


def _page(label: str, next_head: str = NEXT, row: str = "2024-01-27 16:40 来源：某市总工会 作者：李某") -> str:
    return (f"{HEAD}\n2024-01-26 09:15 来源：某县总工会 作者：王某\n{PARA}\n{PARA2}\n编辑：赵某\n"
            f"{label}\n{next_head}\n{row}\n{NEXT_PARA}\n{NEXT_PARA2}\n编辑：赵某\n")


def test_the_next_story_under_a_bare_label_is_dropped():
    assert clean_text(_page("下一篇")).body == [PARA, PARA2]
    assert clean_text(_page("继续阅读下一篇")).body == [PARA, PARA2]


def test_a_label_over_no_header_row_leaves_the_prose():
    # (a 下一篇 link over a headline and no header row: a link box inside the text, which ends at the prose)
    assert NEXT_PARA in clean_text(_page("下一篇", row="")).body

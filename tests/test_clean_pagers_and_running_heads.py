"""A paginated article's pager row, a PDF bulletin's running header at a page break, a roundup's bracketed item
heading (no caption), and a Q&A answer's rights note."""

from unionkit.clean import chrome
from unionkit.clean.lines import fold, split_lines
from unionkit.clean.pipeline import clean_page
from unionkit.clean.reflow import running_heads, _page_text


def test_long_pager_row_is_navigation():
    for line in ("第1页 / 共3页  首页 上一页 [1] [2] [3] 下一页 尾页", "共3页: 上一页 1 2 3 下一页",
                 "首页 | 上一页 | 下一页 | 末页  第2页/共5页"):
        assert chrome.tail_kind(fold(line)) == "navigation", line


def test_page_numbers_without_step_links_or_with_words_are_no_pager():
    for line in ("1 2 3 4 5", "第2页 共5页 下一页将介绍申请条件和需要准备的材料"):
        assert not chrome.pager_row(fold(line).strip()), line


P1 = ["职工之家建设推进会在某某县召开,会议总结了去年全县职工之家建设的成效,部署了今年的工作任务。",
      "今年全县将新建职工之家二十个,并对已建成的职工之家开展复查。复查结果将在年底前公布。"]


def test_pager_between_an_articles_pages_goes_and_the_text_runs_on():
    page = "\n".join(["某某县工会网", "职工之家建设推进会召开", "2021-03-02 来源:县总工会", "", P1[0], "",
                      "第1页 / 共2页  首页 上一页 [1] [2] 下一页 尾页", P1[1], "",
                      "第2页 / 共2页  首页 上一页 [1] [2] 下一页 尾页", "版权所有 某某县总工会"])
    art = clean_page(page)
    assert art.body == P1


W = 16
TEXT = ("三月十二日上午,某某镇总工会在镇文化中心召开职工代表大会,审议通过了工会工作报告和经费审查报告,"
        "选举产生了新一届工会委员会和经费审查委员会。")


def _bulletin(head: str) -> str:
    """A two-page bulletin whose one paragraph is cut by a page break, ``head`` atop the second page."""
    cut = [TEXT[k:k + W] for k in range(0, len(TEXT), W)]
    return "\n".join(["镇 工 会 简 报", "第3期", "某某镇总工会          2023年3月15日", "",
                      "某某镇召开职工代表大会", *cut[:3], "— 1 —", head, *cut[3:], "— 2 —"])


def test_running_header_at_a_page_break_goes_and_the_sentence_joins():
    for head in ("某某镇工会简报                2023年第3期", "镇工会简报第3期"):
        art = clean_page(_bulletin(head))
        assert art.body == [TEXT], head
        assert " ".join(head.split()) in {r.text for r in art.removed if r.kind == "navigation"}, head


def test_a_line_after_a_page_break_that_continues_the_text_stays():
    lines = split_lines(_bulletin("会议由镇工会主席主持"))
    assert not running_heads(lines, [_page_text(ln) for ln in lines])


ITEMS = ["【甲县】开展职工技能大赛", "3月5日,甲县总工会举办职工技能大赛,来自全县三十家企业的二百余名职工参加了电工、焊工等项目的比拼。",
         "【乙区】举办女职工健康知识讲座活动", "3月8日,乙区总工会邀请市妇幼保健院专家为女职工开展健康知识讲座,百余名女职工参加。",
         "【丙市】启动困难职工子女助学报名工作", "3月10日,丙市总工会启动困难职工子女助学报名,符合条件的职工可向所在单位工会申请。"]


def test_bracketed_item_heading_between_items_is_no_caption():
    art = clean_page("\n".join(["某某市工会网", "基层工会动态(2023年3月)", "发布日期:2023-03-20 来源:市总工会", *ITEMS]))
    assert art.body == ITEMS
    assert art.captions == []


ANSWER = ["可以。单位没有建会的,职工可以到所在地的街道工会或者行业工会联合会申请入会。",
          "入会以后可以享受法律援助、困难帮扶和会员普惠服务,具体以当地规定为准。"]


def test_answer_rights_note_and_vote_bar_go():
    page = "\n".join(["单位没有工会,个人怎么入会?", "关注者", "12", "被浏览", "3,456", "某某律师", *ANSWER,
                      "编辑于 2021-05-06 10:22", "著作权归作者所有。商业转载请联系作者获得授权,非商业转载请注明出处。",
                      "赞同 88", "12 条评论", "分享", "收藏", "喜欢", "网友甲", "请问外卖骑手可以吗", "05-07 · 回复 · 3"])
    art = clean_page(page)
    assert "赞同 88" in {r.text for r in art.removed}


def test_answer_rights_note_is_footer():
    assert chrome.tail_kind(fold("著作权归作者所有。商业转载请联系作者获得授权,非商业转载请注明出处。")) == "site_footer"

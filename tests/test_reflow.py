"""Paged hard-wrapped text (a PDF notice copied as text): read as its paragraphs, the accounting exact."""

from __future__ import annotations

import collections

from unionkit.clean import clean_text, explain
from unionkit.clean.lines import split_lines
from unionkit.clean.reflow import furniture, groups
from unionkit.clean.whitespace import squash

W = 20  # the wrap width of the pages below


def _wrap(text: str, width: int = W) -> list[str]:
    """A paragraph cut into lines of the width (the last one shorter), as a PDF's text layer gives it."""
    return [text[k:k + width] for k in range(0, len(text), width)]


PARAS = [
    "各县(市)总工会,各产业工会:",
    "二〇二四年,全市各级工会深入学习贯彻会议精神,团结动员广大职工在推进高质量发展中建功立业,各项工作取得新成效。"
    "为表彰先进,经研究,市总工会决定对先进集体和先进个人予以表彰。",
    "先进个人:王小明(甲县总工会)、李小红(乙县总工会)、张大山(丙县教育工会)、赵四海(丁县总工会)、钱五湖(戊县总工会)。",
    "希望受表彰的集体和个人珍惜荣誉、再接再厉,为谱写新篇章贡献工会力量。",
]


def _page() -> str:
    """A two-page notice: title over two lines, wrapped paragraphs with blank lines between the lines, page numbers
    and a form feed inside the last paragraph."""
    lines = ["某 市 总 工 会 文 件", "", "某工发〔2025〕3号", "", "某市总工会关于表彰全市工会工作", "", "先进集体和先进个人的决定", ""]
    body = [l for p in PARAS[:-1] for l in ["\u3000\u3000" + _wrap(p)[0], *_wrap(p)[1:]]]
    last = _wrap(PARAS[-1])
    lines += [x for l in body for x in (l, "")]
    lines += ["\u3000\u3000" + last[0], "", "— 1 —", "\f", *last[1:], "", "某市总工会", "2025年1月16日", "", "— 2 —"]
    return "\n".join(lines)


def test_paged_text_reads_as_paragraphs():
    art = clean_text(_page())
    assert art.title == "某市总工会关于表彰全市工会工作先进集体和先进个人的决定"
    assert art.body[:len(PARAS)] == PARAS
    assert {r.text for r in art.removed if r.kind == "navigation"} >= {"— 1 —", "— 2 —"}


def test_paged_text_accounting_is_exact():
    text = _page()
    art = clean_text(text)
    kept = squash((art.title or "") + "".join(art.body) + "".join(art.captions))
    removed = squash("".join(r.text for r in art.removed))
    assert collections.Counter(kept + removed) == collections.Counter(squash(text))
    assert "".join(s for s, _ in explain(text)) == text
    lines = text.split("\n")
    for r in art.removed:
        assert squash(r.text) in squash(lines[r.line - 1])


def test_output_is_a_fixed_point():
    art = clean_text(_page())
    again = clean_text("\n".join([art.title, *art.body]))
    assert (again.title, again.body) == (art.title, art.body)


def test_page_furniture():
    assert all(furniture(t) for t in ["— 2 —", "- 3 -", "–4–", "第2页", "第 2 页 共 5 页"])
    assert not any(furniture(t) for t in ["2/5", "1/3", "— 完 —", "第2页内容见下", "2024"])


def test_ordinary_pages_are_left_alone():
    # wrapped lines without page furniture, and page furniture without wrapped lines: not a paged text
    plain = "\n".join(["标题", *_wrap(PARAS[1])])
    assert groups(split_lines(plain)) is None
    gallery = "\n".join(["某某活动现场", "1/3", "第2页", "职工们积极参加活动。", "活动取得圆满成功。"])
    assert groups(split_lines(gallery)) is None
    # a list at one width (names and units, no sentence to finish) is not joined across its items
    items = "\n".join(["— 1 —", "一、先进集体", *["某某县总工会职工服务中心第%d分中心" % k for k in range(1, 5)], "— 2 —"])
    grp = groups(split_lines(items))
    assert grp is None or all(len(g) == 1 for g in grp)


def _red_header_page(annex: bool) -> str:
    """A notice under its red header (某市总工会文件 over the number), the issuer over 关于…的决定, naming an annex;
    with ``annex`` the annexed list follows the signature under a bare 附件 label, then the colophon (抄送)."""
    lines = ["某市总工会文件", "", "某工发〔2025〕9号", "", "", "某市总工会", "关于命名全市“工人先锋号”的决定", ""]
    body = [l for p in PARAS[:2] + PARAS[3:] for l in ["\u3000\u3000" + _wrap(p)[0], *_wrap(p)[1:]]]
    lines += [x for l in body for x in (l, "")]
    lines += ["\u3000\u3000附件：全市“工人先锋号”名单", "", "某市总工会", "2025年4月25日", "（此件公开发布）", "",
              "— 1 —", ""]
    if annex:
        lines += ["附件", "", "全市“工人先锋号”名单", "", "1.甲县总工会职工服务中心", "2.乙县人民医院急诊科", "",
                  "— 2 —", "", "抄送：省总工会，市委办公室，市政府办公室。", "某市总工会办公室　　2025年4月25日印发", "— 3 —"]
    return "\n".join(lines)


def test_red_header_is_no_title_and_issuer_joins_the_title():
    art = clean_text(_red_header_page(annex=False))
    assert art.title == "某市总工会关于命名全市“工人先锋号”的决定"
    assert art.body[0] == PARAS[0]
    assert "某市总工会文件" not in art.body


def test_annexed_list_named_by_the_notice_is_text_and_the_colophon_goes():
    art = clean_text(_red_header_page(annex=True))
    assert art.body[-3:] == ["全市“工人先锋号”名单", "1.甲县总工会职工服务中心", "2.乙县人民医院急诊科"]
    assert {r.text for r in art.removed} >= {"附件", "抄送：省总工会，市委办公室，市政府办公室。"}


def test_headline_ending_in_wenjian_without_a_number_stays():
    page = "某某工会网\n首页\n\n市总工会认真学习中央一号文件\n2024-02-10 来源：某某工会\n\n" + "\n".join(PARAS[1:3])
    assert clean_text(page).title == "市总工会认真学习中央一号文件"


def test_annex_not_named_by_the_notice_stays_out():
    text = _red_header_page(annex=True).replace("全市“工人先锋号”名单\n\n1.", "另表\n\n1.")
    art = clean_text(text)
    assert "1.甲县总工会职工服务中心" not in art.body


def _wrap_columns(text: str, width: int = 24, indent: int = 2) -> list[str]:
    """A paragraph cut as a PDF sets it: lines of ``width`` full-width columns, a half-width digit half a column,
    the first line after an indent of ``indent`` ideographic spaces (so it holds fewer characters)."""
    out, line, cols, room = [], "", 0.0, width - indent
    for ch in text:
        w = 0.5 if ch.isascii() else 1
        if cols + w > room:
            out.append(line)
            line, cols, room = "", 0.0, width
        line, cols = line + ch, cols + w
    out.append(line)
    out[0] = "\u3000" * indent + out[0]
    return out


ITEMS = [
    "一、助学对象。已建档的在档困难职工家庭子女，以及因大病、意外等导致家庭生活困难的职工家庭子女中，2024年考入全日制普通高校的新生。",
    "二、助学标准。对考入全日制本科院校的新生每人一次性资助5000元，考入专科院校的新生每人一次性资助3000元。",
    "三、工作要求。各基层工会要认真做好摸底调查和宣传发动，严格审核申报材料，于8月30日前将申请表报送县总工会。",
]


def test_indented_first_lines_and_lines_with_digits_join_at_the_page_width_in_columns():
    """A notice set in columns: a paragraph's indented first line holds two characters fewer, a line with half-width
    digits more; both are cut at the page's width (a list item's first line too)."""
    lines = ["某县总工会关于开展2024年“金秋助学”活动的通知", "", "各基层工会："]
    for p in ITEMS:
        lines += _wrap_columns(p)
    lines += ["", "— 1 —", "", "某县总工会", "2024年8月12日", "", "— 2 —"]
    art = clean_text("\n".join(lines))
    assert art.body[1:4] == ITEMS
    assert _wrap_columns(ITEMS[0])[0].startswith("\u3000\u3000一、")  # (the case: an item's indented first line)


def test_short_lines_that_end_no_sentence_stay_apart_in_a_column_set_page():
    lines = ["某县总工会关于开展2024年“金秋助学”活动的通知", "", "各基层工会："]
    for p in ITEMS:
        lines += _wrap_columns(p)
    # (the title line is a column short of the width and ends no sentence: a title, not a cut line)
    # (… nor is a signature set flush right by ideographic spaces across the whole width joined to its date)
    lines += ["附件：困难职工家庭子女助学申请表", "联系人：王丽", "", "— 1 —", "", "\u3000" * 19 + "某县总工会",
              "\u3000" * 18 + "2024年8月12日", "", "— 2 —"]
    art = clean_text("\n".join(lines))
    assert not any("某县总工会2024年" in b for b in art.body)
    assert art.title == lines[0]
    assert art.body[0] == "各基层工会："
    assert "附件：困难职工家庭子女助学申请表" in art.body and "联系人：王丽" in art.body


def test_an_indented_first_line_cut_by_the_count_of_characters_joins_its_rest():
    """A page cut every N characters, indent included: the first line of a paragraph holds two characters fewer."""
    lines = ["某 市 总 工 会 文 件", "", "某市总工会关于表彰全市工会工作先进集体的决定", ""]
    for p in PARAS[1:3]:
        cut = _wrap(p[W - 2:])
        lines += ["\u3000\u3000" + p[:W - 2], *cut, ""]
    lines += ["— 1 —", "", "某市总工会", "2025年1月16日"]
    page = split_lines("\n".join(lines))
    grp = groups(page)
    firsts = [g for g in grp if page[g[0]].text.startswith(("二〇二四年", "先进个人"))]
    assert [len(g) for g in firsts] == [len(_wrap(p[W - 2:])) + 1 for p in PARAS[1:3]]
    # (a short line that ends no sentence after an indent stays apart: 某市总工会 is a signature)
    assert [page[i].text for i in grp[-2]] == ["某市总工会"]


#: A notice's title exactly as wide as the page's lines (W characters), no clause mark in it.
WIDE_TITLE = "某市总工会关于举办全市职工技能大赛的通知"


def _wide_title_page(extra: list[str] | None = None) -> str:
    """A paged notice whose title fills a whole line, over the salutation; ``extra`` paragraphs (each a list of its
    page lines) follow the text."""
    lines = ["某市总工会文件", "", "某工发〔2025〕3号", "", WIDE_TITLE, "", PARAS[0]]
    for p in PARAS[1:]:
        lines += ["\u3000\u3000" + _wrap(p)[0], *_wrap(p)[1:]]
    for p in extra or []:
        lines += p
    return "\n".join(lines + ["", "— 1 —"])


def test_a_document_title_as_wide_as_the_page_ends_over_the_salutation():
    assert len(WIDE_TITLE) == W
    art = clean_text(_wide_title_page())
    assert art.title == WIDE_TITLE
    assert art.body[:len(PARAS)] == PARAS


def test_lines_ending_in_a_document_name_inside_the_text_still_join():
    # a cut line of the text that ends on 通知 (no clause mark in it, under the text's sentences) goes on below
    para = "根据省总工会关于做好全省职工技能赛的通知要求，市总工会决定举办全市职工技能大赛，请各单位积极组织参赛。"
    assert _wrap(para)[0].endswith("通知")
    art = clean_text(_wide_title_page([_wrap(para)]))
    assert para in art.body
    # … and so does the first paragraph's indented first line that ends so, right under the salutation
    first = "根据省总工会关于做好职工技能赛的通知要求，市总工会决定举办全市职工技能大赛，请各单位积极组织参赛。"
    cut = ["\u3000\u3000" + first[:W - 2], *_wrap(first[W - 2:])]
    assert cut[0].endswith("通知")
    page = "\n".join(["某市总工会文件", "", "某工发〔2025〕3号", "", WIDE_TITLE, "", PARAS[0], *cut, *_wrap(PARAS[1]), "",
                      "— 1 —"])
    art = clean_text(page)
    assert art.title == WIDE_TITLE and art.body[:2] == [PARAS[0], first]


def test_a_contact_value_pushed_under_its_label_joins_the_line():
    """…，电子邮箱： at a cut line's end, the address alone under it: one sentence."""
    para = "请于4月15日前将报名表报送市总工会劳动和经济工作部，联系人：王某某，电子邮箱："
    cut = _wrap(para)
    assert len(cut[-1]) == W
    art = clean_text(_wide_title_page([cut + ["abc_def@163.com。"]]))
    assert para + "abc_def@163.com。" in art.body
    # a label over a line of words, and a heading's colon over its items, stay apart
    heading = cut[-1][:-9] + "现将事项通知如下："
    assert len(heading) == W
    for last, under in ((cut[-1], "请登录市总工会网站查询。"), (heading, "一、比赛时间。")):
        lines = split_lines(_wide_title_page([cut[:-1] + [last, under]]))
        paragraphs = ["".join(lines[i].text for i in g) for g in groups(lines)]
        assert under in paragraphs and para[:-W] + last in paragraphs


def _bulletin(head: list[str]) -> str:
    """A work bulletin copied from its PDF: masthead, issue number, issuer and date row, a column label, the
    headline lines ``head``, then two wrapped paragraphs and a page number."""
    lines = ["工　作　简　报", "2024年第6期", "（总第112期）", "", "某市总工会办公室　　　　　　　　2024年4月10日", "",
             "【基层经验】", "", *head, ""]
    for p in PARAS[1:3]:
        cut = _wrap(p)
        lines += ["\u3000\u3000" + cut[0][:W - 2], *_wrap(p[W - 2:])]
    return "\n".join(lines + ["", "— 1 —"])


def test_a_bulletins_headline_wrapped_over_two_lines_is_joined_as_the_title():
    art = clean_text(_bulletin(["某区总工会“驿站+”打造15分钟", "职工服务圈"]))
    assert art.title == "某区总工会“驿站+”打造15分钟职工服务圈"
    assert art.body[:2] == PARAS[1:3]


def test_lines_that_are_no_wrapped_headline_stay_apart():
    # a sentence's punctuation in the lines, a second line as long as the first, or a row spaced inside: no join
    for head in (["某区总工会打造服务圈，", "职工服务圈"], ["某区总工会打造服务圈", "某区职工服务阵地建设"],
                 ["某区总工会办公室　　2024年", "职工服务圈"]):
        lines = split_lines(_bulletin(head))
        paragraphs = ["".join(lines[i].text for i in g) for g in groups(lines)]
        assert head[1] in paragraphs, head


def _ruled_bulletin(head: list[str]) -> str:
    """A bulletin copied from its PDF without blank lines: a rule under the masthead right over the headline lines
    ``head``, the text right under them."""
    lines = ["工　作　简　报", "2024年第6期", "某市总工会办公室　　　　　　　　2024年4月10日", "━━━━━━━━━━━━━━━━", *head]
    for p in PARAS[1:3]:
        cut = _wrap(p)
        lines += ["\u3000\u3000" + cut[0][:W - 2], *_wrap(p[W - 2:])]
    return "\n".join(lines + ["— 1 —"])


def test_a_headline_wrapped_under_a_rule_is_joined_when_its_second_line_carries_on_the_first():
    art = clean_text(_ruled_bulletin(["某区总工会召开五届三次全委会议", "暨经费审查委员会会议"]))
    assert art.title == "某区总工会召开五届三次全委会议暨经费审查委员会会议"
    assert art.body[:2] == PARAS[1:3]
    # a second line that does not carry the phrase on (a subtitle set right over the text) stays apart
    lines = split_lines(_ruled_bulletin(["某区总工会召开五届三次全委会议", "部署全年工会重点工作"]))
    assert "部署全年工会重点工作" in ["".join(lines[i].text for i in g) for g in groups(lines)]


def _cut(text: str, width: int) -> list[str]:
    """A paragraph cut by a count of characters, its two-space indent counted too (a converter's plain-text layer)."""
    text = "  " + text
    return [text[k:k + width] for k in range(0, len(text), width)]


# Paragraphs with half-width marks and figures in their cut lines: their lines set on the page at different widths,
# while the converter cut each at the same count of characters.
COUNTED = [
    "一、申报范围",
    "在档困难职工家庭中,2025年考入普通高校(含高职)的新生,经基层工会核实、县区总工会审核后,可以申报资助。",
    "考入本科院校的新生每人资助5000元,考入高职(专科)院校的新生每人资助3000元;在读大学生每人每年资助2000元,不得重复享受。",
    "各基层工会要在8月20日前报送申请表和证明材料,逾期不再受理;资助对象要在单位内公示5个工作日。",
    "二、工作要求",
    "各级工会要严格执行个人申请、单位审核、张榜公示、上级审批的程序,确保资助对象精准,资金发放及时足额到位。",
    "要及时将助学金发放到受助学生手中,严禁截留、挪用,并做好受助学生的跟踪服务,帮助他们顺利完成学业。",
]


def test_counted_wrap_runs_over_a_page_break():
    lines = ["某市总工会关于开展助学活动的通知", ""]
    for k, p in enumerate(COUNTED):
        cut = _cut(p, 26)
        if k == 2:  # the page ends inside this paragraph
            cut = [*cut[:2], "", "— 1 —", "", *cut[2:]]
        lines += cut
    lines += ["", "— 2 —"]
    page = split_lines("\n".join(lines))
    paras = ["".join(page[i].text for i in g) for g in groups(page)]
    assert paras[1:] == COUNTED  # (the paragraph over the page break one group, as the others)
    assert clean_text("\n".join(lines)).body == COUNTED


def test_a_masthead_row_its_rule_and_a_centred_headline_as_wide_as_the_text_stay_apart():
    """A bulletin cut by a count of characters: the issuer and date row spread over the width, the rule under it and
    the centred headline hold as many characters as a cut line, yet none runs on into the next line."""
    row = "某市总工会编" + " " * 4 + "2024年4月10日"
    rule = "─" * W
    head = " " * 10 + "某区工会推进驿站建设"
    lines = ["某市总工会工作简报", "", "第6期", "", row, "", rule, "", head, ""]
    for p in PARAS[1:3]:
        lines += _cut(p, W)
    assert len(row) == len(rule) == len(head) == W
    page = split_lines("\n".join(lines + ["", "— 1 —"]))
    paragraphs = ["".join(page[i].text for i in g) for g in groups(page)]
    assert paragraphs[2:5] == [page[4].text, rule, head.strip()]
    art = clean_text("\n".join(lines + ["", "— 1 —"]))
    assert art.title == head.strip()
    assert art.body == PARAS[1:3]


def test_a_row_set_apart_with_a_clause_in_it_still_runs_on():
    # a cut line with a wide gap inside and a clause mark (an article's number set apart from its text) is text
    para = "第一条" + "\u3000" * 2 + "为规范工会经费收支管理，加强监督，根据有关规定，结合本市实际，制定本办法。"
    lines = ["某市总工会经费管理办法", ""] + _cut(para, W) + _cut(PARAS[1], W) + ["", "— 1 —"]
    page = split_lines("\n".join(lines))
    paragraphs = ["".join(page[i].text for i in g) for g in groups(page)]
    assert squash(para) in [squash(p) for p in paragraphs]

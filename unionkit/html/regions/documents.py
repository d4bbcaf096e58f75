"""Intranet (OA) and government document pages: read receipts, attachment headings and tables, empty field
labels, and the counted trailer sections under a document; a CMS's record form around the article.
"""

from __future__ import annotations

import re

from ... import recode
from ..lines import element_sibling, element_siblings
from .base import KEYWORD_LABELS, _outermost, _squashed
from .sidebars import CONTAINER_MIN
from .threads import _HEADING_BLOCKS

# --- Intranet (OA) chrome: read receipts and a bare attachment heading ------------------------------

# The read-receipt list of an OA notice (已阅人员（356人）：郜志远 李建伟 … 更多>>): who has opened it.
_RECEIPT = recode.compile(r"^(?:已阅|已读|未阅|未读|阅读|已閱|已讀|閱讀)(?:人员|人員|人|名单|名單|情况|情況)"
                      r"(?:[(（]\d+人?[)）])?[:：]")
#: Longest read-receipt block (characters): the first names and a 更多 link, never a paragraph.
RECEIPT_MAX = 600
# An attachment list's heading alone on its line (附件：), the files on the lines after it.
_ATTACH_LABEL = recode.compile(r"^(?:附件|相关附件|相關附件|附件下载|附件下載|附件列表)[:：]?$")
# A link to a file: an office document or archive by its name or address, or a download handler.
_FILE_LINK = recode.compile(r"\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar|7z|txt|ofd)(?:$|[?#（(\s])|download", re.I)
_LINE_BLOCKS = "p, div, li, dd, dt, td, h3, h4, h5, h6"


def _next_element(node):
    """The next sibling element (text and comments aside)."""
    return element_sibling(node, True)


def _links_file(a) -> bool:
    """Whether a link leads to a file, by its address or its text (a .docx name, a download handler)."""
    return bool(_FILE_LINK.search((a.attributes.get("href") or "") + " " + (a.text(deep=True) or "")))


def _file_links(node) -> bool:
    """Whether an element holds a link to a file (attachment list items)."""
    return any(_links_file(a) for a in node.css("a[href]"))


# A file's name as its link shows it: ends with an office document or archive extension.
_FILE_NAME = recode.compile(r"\.(?:docx?|xlsx?|pptx?|pdf|wps|et|zip|rar|7z|ofd)[)）]?$", re.I)
_LINE_TAGS = frozenset(_LINE_BLOCKS.replace(" ", "").split(","))
#: Longest attachment line (characters): a numbered file name, maybe with its size.
FILE_LINE_MAX = 120


def _file_line(node) -> bool:
    """Whether a line element holds nothing but links to files (an attachment list's line)."""
    text = _squashed(node)
    if not text or len(text) > FILE_LINE_MAX:
        return False
    links = [a for a in node.css("a[href]") if _links_file(a)]
    if not links:
        return False
    rest = text
    for a in links:
        rest = rest.replace(_squashed(a), "", 1)
    return not rest.strip("0123456789.、:：()（）[]【】KMBkmb附件下载")


def intranet_nodes(start) -> dict[int, str]:
    """Removal kinds of an OA page's read-receipt list, of an attachment heading and the file links on the
    lines after it, and of a line that is only a link to a named file (申请表.docx): the page's downloads."""
    out = {}
    blocks = start.css(_LINE_BLOCKS)
    for node in blocks:
        text = _squashed(node)
        if not text or len(text) > RECEIPT_MAX:
            continue
        if _RECEIPT.match(text):
            out[node.mem_id] = "page_header"
        elif _ATTACH_LABEL.match(text):
            sib = _next_element(node)
            if sib is not None and _file_links(sib):
                out[node.mem_id] = "related_links"
                while sib is not None and sib.tag in _LINE_TAGS and _file_line(sib):
                    out[sib.mem_id] = "related_links"  # the files listed under it, one a line
                    sib = _next_element(sib)
        elif node.tag not in ("td", "th") and _FILE_NAME.search(text) and _file_line(node):
            out[node.mem_id] = "related_links"  # a download link alone on its line, named by its file (a table's
            # cells are left to attachment_tables: the row is one line)
    top = _outermost({n.mem_id: n for n in blocks if n.mem_id in out})
    return {k: v for k, v in out.items() if k in top}


# --- Attachment tables ------------------------------------------------------------------------------------

# The header cell of a government CMS's attachment table (序号 | 附件名称 | 下载次数).
_ATTACH_HEADER = recode.compile(r"^(?:附件|附件名称|附件名|文件名称|文件名|下载次数|下载|下载量|大小|文件大小)$")
#: Longest row (characters) of an attachment table: a file name, its size and a count.
ATTACH_ROW_MAX = 120


def attachment_tables(start) -> set[int]:
    """Identities of tables listing the page's attachments: each row that says anything links a file (a
    .xls/.doc name or a download handler), no row is a sentence, and a header names the files or their
    download counts, or every row opens with 附件. The files are the page's downloads, not its text."""
    out = set()
    for table in start.css("table"):
        if len(table.css("table")) > 1:
            continue  # a layout table around the article (css() matches the table itself too)
        rows = [r for r in table.css("tr") if _squashed(r)]
        header = [_squashed(c) for c in rows[0].css("th, td")] if rows else []
        headed = any(_ATTACH_HEADER.match(h) for h in header)
        body = rows[1:] if headed else rows
        if not body or any(len(_squashed(r)) > ATTACH_ROW_MAX or not _file_links(r) for r in body):
            continue
        if headed or all(_FILE_ROW.match(_squashed(r)) for r in body):
            out.add(table.mem_id)
    return out


#: An attachment row without a header: its number, then 附件…
_FILE_ROW = recode.compile(r"^\d{0,3}[.、]?(?:附件|相关附件)")


# --- A label/value table's label whose value cell is empty ------------------------------------------------

# A field label in a cell of its own (文　　号：, 发布机构：): a few words and a colon, or with no colon one of the
# fields a government disclosure catalogue lists (索引号 | 文号 | 有效性: a county site's 信息公开 table).
_CELL_LABEL = recode.compile(r"^(?:[\u3400-\u9fff]{1,8}[:：]|(?:索引号|文号|发文字号|有效性|主题词|主题分类|公开方式|公开范围"
                             r"|发布机构|发文机关|成文日期|生成日期|废止日期|体裁分类|信息分类)[:：]?)$")


def empty_field_labels(start) -> set[int]:
    """Identities of the label cells of a government information table (索引号 | 名称 | 文号) whose value cell
    is empty (文　　号： | <td></td>): the label shows no value, and read on the row it runs on from the value
    before it (the headline under 名称) as if it were part of it."""
    out = set()
    for cell in start.css("td, th"):
        label = _squashed(cell)
        if not label or not _CELL_LABEL.match(label):
            continue
        value = element_sibling(cell, True)
        if value is not None and value.tag in ("td", "th") and not _squashed(value) \
                and value.css_first("img, input, select, textarea, a") is None:
            out.add(cell.mem_id)
    return out


# --- An OA document's counted trailer sections: attachments, read log, replies ---------------------------

# The heading of a section an intranet (OA) document page prints under the document, with its count in
# brackets: 附件（1）, 阅读记录（417）, 文档回复（2）, 已阅人员（56）. The files, the readers' names and the replies
# under it are the platform's, not the document's.
_TRAILER_HEADING = recode.compile(r"^(?:附件|相关附件|相關附件|阅读记录|閱讀記錄|阅读日志|閱讀日誌|阅读情况|閱讀情況|已阅人员|已閱人員|"
                              r"已读人员|已讀人員|已阅记录|已閱記錄|文档回复|文檔回覆|文档评论|文檔評論|回复记录|回覆記錄|"
                              r"相关文档|相關文檔|相关流程|相關流程|文档日志|文檔日誌)[(（]\d+[)）][:：]?$")
#: Longest trailer section (characters): a file list, the first readers' names or a few short replies.
TRAILER_MAX = 800


def trailer_section_nodes(start) -> set[int]:
    """Identities of the boxes an OA document page closes with, each opened by a counted heading (附件（1）,
    阅读记录（417）, 文档回复（2）): the box the heading opens when it holds nothing else and no long text (the
    heading and the elements after it otherwise)."""
    text = start.text(deep=True) or ""
    if not any(w in text for w in ("附件", "阅读", "閱讀", "已阅", "已閱", "已读", "已讀", "回复", "回覆", "评论", "評論",
                                   "相关", "相關", "日志", "日誌")):
        return set()
    out = set()
    for node in start.css(_HEADING_BLOCKS + ", span, b, strong, td, th"):
        if not _TRAILER_HEADING.match(_squashed(node)):
            continue
        box = node.parent
        if box is None or box.tag in ("body", "html") or box.css_first("h1") is not None:
            continue
        first = box.child
        if first is not None and first.tag[0] in "-!_":
            first = element_sibling(first, True)  # (the box's first element: text and comments aside)
        if first is not None and first.mem_id == node.mem_id and len(_squashed(box)) <= TRAILER_MAX:
            out.add(box.mem_id)
        else:
            after = element_siblings(node)
            if sum(len(_squashed(n)) for n in after) <= TRAILER_MAX:
                out.update(n.mem_id for n in [node, *after])
    return out


# --- A CMS's record form around the article: its field labels and the fields after the text -------------------

#: Fewest label/value rows that make a table a record's form (标题, 作者, 来源, 正文 …).
FORM_ROWS_MIN = 4
# A keyword field's label (关键词 | 竹编 技能): the record's tags, no text of the article.
_KEYWORD_LABEL = recode.compile(rf"^(?:{KEYWORD_LABELS})[:：]?$", re.I)


def _form_row(row) -> tuple | None:
    """(label cell, value cell) of a form row: a <th> label, then one <td> value."""
    cells = [c for c in row.iter() if c.tag in ("th", "td")]
    if len(cells) != 2 or cells[0].tag != "th" or cells[1].tag != "td":
        return None
    return cells[0], cells[1]


def _shown_value(cell) -> str:
    """A value cell's text without its form controls' (a read-only <textarea> the walk drops with them)."""
    text = _squashed(cell)
    for ctl in cell.css("textarea, select, button"):
        text = text.replace(_squashed(ctl), "", 1)
    return text


def record_form_nodes(start) -> dict[int, str]:
    """Removal kinds of the furniture of a record's form that holds the article (a CMS's preview or review page:
    <th>label</th><td>value</td> rows, the text in its 正文 row's cell): the text's label, every row after it
    (the picture, word count and review fields), the keyword row, and labels whose value shows nothing. The
    labels over values (标题, 作者, 来源) stay: the cleaner reads them as the header's fields."""
    out: dict[int, str] = {}
    for table in start.css("table"):
        if len(table.css("table")) > 1:
            continue  # a layout table around the page
        rows = [(r, pair) for r in table.css("tr") if (pair := _form_row(r)) is not None]
        if len(rows) < FORM_ROWS_MIN:
            continue
        body = next((i for i, (_, (_, value)) in enumerate(rows) if len(_shown_value(value)) >= CONTAINER_MIN), None)
        if body is None:
            continue
        for i, (row, (label, value)) in enumerate(rows):
            if i > body:
                out[row.mem_id] = "page_header"
            elif _KEYWORD_LABEL.match(_squashed(label)):
                out[row.mem_id] = "related_links"
            elif i == body or not _shown_value(value):
                out[label.mem_id] = "page_header"
    return out

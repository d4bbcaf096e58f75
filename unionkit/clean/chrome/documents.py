"""Document and notice furniture: contacts, issuers, attachments, document and issue numbers, page numbers."""

from __future__ import annotations

import regex

from ... import lazyrx
from ..lines import FULL_STOP, STOPS
from .base import DATE

# A printed document's page number between dashes, alone on its line (— 2 —, - 3 -): page furniture of a notice
# copied from its PDF, never text.
_PAGE_NUMBER = lazyrx.cached(r"^[—–\-－─]{1,3}\s*\d{1,3}\s*[—–\-－─]{1,3}$")
_DASHES = frozenset("—–-－─")


def page_number_line(folded: str) -> bool:
    """A line that is only a page number between dashes (— 2 —)."""
    t = folded.strip()
    return t[:1] in _DASHES and _PAGE_NUMBER.match(t) is not None


# A document's imprint line under its text or annex: the issuing office, then the date it was printed and 印发
# (克拉玛依市总工会办公室  2024年4月25日印发), the 版记 of an official document, not its text.
_IMPRINT = lazyrx.cached(rf"^\p{{Han}}{{2,30}}\s*(?:{DATE}|[〇○零一二三四五六七八九]{{4}}年[一二三四五六七八九十]{{1,3}}月"
                         r"[一二三四五六七八九十]{1,3}日)\s*印发$")


def imprint_line(folded: str) -> bool:
    """An official document's imprint line: office, date, 印发."""
    t = folded.strip()
    return len(t) <= 60 and t.endswith("印发") and _IMPRINT.match(t) is not None


# Closing lines of a notice (通知/公告) that belong to its text: contact and attachment lines,
# then the issuer's name over the issue date.
NOTICE_LINE = lazyrx.cached(r"^(?:联系人|联系方式|咨询电话|报名电话|附件\s*\d*)\s*[::]")
# (a unit's own union, 校工会 or 厂工会, and an office, 教务处, sign campus and plant notices)
ISSUER = lazyrx.cached(r"^(?:[\p{Han}()]{2,24}(?:工会|委员会|联合会|办公室|办|部|局|处|厅|中心|协会|公司|集团|学校|医院)|[校院厂局]工会)$")
CN_DATE_LINE = lazyrx.cached(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


# A notice's contact line that site footers use too ("联系电话:…", "邮箱:…", "通讯地址:…"): text only above the
# signature.
# (… and an event notice's organisers, 主办单位:市总工会 / 承办单位:某某中心, which a site's footer shows as well)
_CONTACT = lazyrx.cached(r"^(?:联系电话|监督电话|举报电话|咨询电话|电话|联系邮箱|监督邮箱|邮箱|电子邮箱|(?:联系|通讯|通信)?地址"
                         r"|(?:主办|承办|协办|支持)(?:单位)?)\s*[::]")


def _field_line(folded: str, label) -> bool:
    """A short line opened by one of ``label``'s field labels, with no sentence in it."""
    t = folded.strip()
    return len(t) <= 80 and bool(label.match(t)) and not FULL_STOP.search(t)


def contact_line(folded: str) -> bool:
    """A short contact line (phone, e-mail, address) with no sentence in it."""
    return _field_line(folded, _CONTACT)


# A reply letter's filing block under its closing (联系单位:…, 联系人:…, 联系电话:…, 经办人:…): how to reach the office
# that answered, not the answer (a notice's 联系人 line tells its readers whom to call, and is the notice's text).
_REPLY_CONTACT = lazyrx.cached(r"^(?:联系单位|联系部门|联系处室|联系人|联系方式|联系电话|联系邮箱|经办人|承办人|办理人|"
                               r"承办单位|承办部门|办理单位|电话|邮箱|电子邮箱|传真|地址|联系地址|邮编)\s*[::]")


def reply_contact_line(folded: str) -> bool:
    """A short contact field of a reply letter's filing block (联系单位:…, 联系人:…, 联系电话:…)."""
    return _field_line(folded, _REPLY_CONTACT)


# A press release's instruction to editors, alone on its line under the headline ((即時發佈), 【供即时发布】,
# 即日发放): when it may be printed, no word of the text.
_RELEASE_LABEL = lazyrx.cached(r"^[(\[]?\s*(?:供|作)?即(?:时|日)(?:发布|发放|发表)\s*[)\]]?$")


def release_label(folded: str) -> bool:
    """A press release's bare release label ((即時發佈), 即日发放)."""
    t = folded.strip()
    return len(t) <= 12 and _RELEASE_LABEL.match(t) is not None


def notice_line(folded: str) -> bool:
    """A notice's contact or attachment line (联系人:…, 附件:…), kept with the text (an empty 附件:无 is not,
    nor a file offered with its size, the download box)."""
    return _field_line(folded, NOTICE_LINE) and not empty_attachment(folded) and not file_download_line(folded)


def issuer_line(folded: str) -> bool:
    """A line that is only an organisation's name (the issuer signing a notice), or the names of a joint
    notice's issuers set side by side ("某某县总工会　　　某某县人力资源和社会保障局")."""
    t = folded.strip()
    if ISSUER.match(t):
        return True
    parts = t.split()
    return 2 <= len(parts) <= ISSUERS_MAX and all(ISSUER.match(p) for p in parts)


#: Issuers a joint notice signs with at most, side by side on one line.
ISSUERS_MAX = 4

# The attachment box of a CMS page with nothing in it ("附件:无", "相关附件:暂无", an office system's "附件:(无)"):
# template furniture.
_EMPTY_ATTACHMENT = lazyrx.cached(r"^[\[(]?\s*(?:相关)?附件\s*[::]?\s*[\[(]?\s*(?:无|暂无|没有)\s*[)\]]?\s*[)\]]?$")
# An attachment's download counter ("(下载次数:35)", "下载量:12次"), under a notice's files.
_DOWNLOAD_COUNT = lazyrx.cached(r"^[\[(]?\s*(?:下载次数|下载量|下载数)\s*[::]?\s*\d+\s*次?\s*[)\]]?$")
# A document number on a line of its own (豫工〔2024〕18号, 某发[2024]5号): the notice's 文号, which the
# labelled catalogue of other pages (文号:…) shows as metadata. (〔〕 fold to [].)
_DOC_NUMBER = lazyrx.cached(r"^\p{Han}{1,12}\s*[\[(﹝〖]\s*(?:19|20)\d\d\s*[\])﹞〗]\s*第?\s*\d{1,4}\s*号$"
                            # a court's case number under its report of the case, labelled and maybe in brackets
                            # ((案号:(2024)某0102民初123号)): the judgement's number, as a notice's 文号 is the notice's
                            r"|^[(\[]?\s*案\s*号\s*[::]\s*[\[(﹝〖]\s*(?:19|20)\d\d\s*[\])﹞〗]\s*[\p{Han}\d]{2,16}?\d{1,6}\s*号"
                            r"(?:\s*[,，、;；]\s*[\[(﹝〖]\s*(?:19|20)\d\d\s*[\])﹞〗]\s*[\p{Han}\d]{2,16}?\d{1,6}\s*号)*\s*[)\]]?$")


def empty_attachment(folded: str) -> bool:
    """An attachment line that says there is none (附件:无)."""
    return "附件" in folded and bool(_EMPTY_ATTACHMENT.match(folded.strip()))


# A file offered for download with its size ("相关附件:讲座简报.pdf(1.2MB)", "报名表.docx (35 KB)"): the
# download widget. A notice's own attachment line names its file without a size and stays (see NOTICE_LINE).
_FILE_SIZE = lazyrx.cached(r"\.[A-Za-z][A-Za-z0-9]{1,4}\s*[(\[]\s*\d+(?:\.\d+)?\s*(?:[KMG]i?B|[KMG](?=\s*[)\]])|字节|bytes?)", regex.I)


def file_download_line(folded: str) -> bool:
    """A short line naming a file with an extension and a size (a download box), no sentence in it."""
    t = folded.strip()
    return "." in t and len(t) <= 120 and not STOPS.search(t) and bool(_FILE_SIZE.search(t))


def download_count(folded: str) -> bool:
    """A line that only counts an attachment's downloads ((下载次数:35))."""
    return "下载" in folded and bool(_DOWNLOAD_COUNT.match(folded.strip()))


def doc_number_line(folded: str) -> bool:
    """A line that is only a document number (豫工〔2024〕18号) or a case's (案号:(2024)某0102民初123号)."""
    return "号" in folded and bool(_DOC_NUMBER.match(folded.strip()))


# A periodical's issue number alone on its line under the masthead (第9期, 2024年第3期, 第9期(总第123期)).
_ISSUE_NUMBER = lazyrx.cached(r"^(?:(?:19|20)\d\d\s*年\s*)?第\s*(?:\d{1,4}|[一二三四五六七八九十百〇零]{1,5})\s*期"
                              r"(?:\s*[(\[]?\s*总第\s*\d{1,5}\s*期\s*[)\]]?)?$|^[(\[]?\s*总第\s*\d{1,5}\s*期\s*[)\]]?$")


def issue_number_line(folded: str) -> bool:
    """A line that is only a periodical's issue number (第9期, 2024年第3期): the masthead's, over a bulletin's text."""
    t = folded.strip()
    return "期" in t and len(t) <= 24 and _ISSUE_NUMBER.match(t) is not None


# A bulletin's masthead row under its name: maybe the name, the issue number, the office that compiles it (…编,
# 编印, 主办) and the issue date, set apart on one row (某某公司工会办公室编　　2024年8月30日; 某某工会简报　2024年第9期
# (总第108期)　某某工会编　2024年9月20日). The issue number or the compiling office must be there: a name and a date
# alone may be an e-paper's or a headline's row.
_MASTHEAD_ISSUE = r"(?:(?:19|20)\d\d\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[(\[]?\s*总第\s*\d{1,5}\s*期\s*[)\]]?)?"
_MASTHEAD_ROW = lazyrx.cached(rf"^(?:\p{{Han}}{{2,24}}\s+)?(?:{_MASTHEAD_ISSUE}\s*(?:\p{{Han}}{{2,40}}?(?:编印|编|主办)\s*)?"
                              rf"|\p{{Han}}{{2,40}}?(?:编印|编|主办)\s*)(?:19|20)\d\d\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日$")


def masthead_row(folded: str) -> bool:
    """A bulletin's masthead row: its issue number or compiling office (…编), and its issue date, no text."""
    t = folded.strip()
    return len(t) <= 90 and t[-1:] == "日" and ("期" in t or "编" in t or "主办" in t) and _MASTHEAD_ROW.match(t) is not None


def issue_date_line(folded: str) -> bool:
    """A line that is only a date written 2024年5月10日 (a notice's issue date)."""
    return bool(CN_DATE_LINE.match(folded.strip()))

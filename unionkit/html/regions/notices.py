"""Copyright and statement boxes, and cookie-consent banners.
"""

from __future__ import annotations

import re

from ... import recode
from ..lines import _WS, _text_size
from .base import _class_matches, _id_or_class_matches

# --- Q&A pages: the answers after the first, and copyright notices --------------------------------------


#: A notice of who owns an article (著作权归作者所有…, 版权声明): a copyright box is chrome wherever it sits.
_COPYRIGHT_CLASS = recode.compile(r"(?:^|[-_])copyright(?:[-_]|$)|^copyright", re.I)
COPYRIGHT_MAX = 200


# A statement box's class (art-statement, disclaimer, 声明 as shengming/banquan): chrome when it speaks of rights
# or disowns the article's views (本文仅代表作者观点，不代表本平台立场: an app's platform statement).
_STATEMENT_CLASS = recode.compile(r"(?:^|[-_])(?:statement|disclaimer|declare|declaration|shengming|banquan)(?:[-_]|$)",
                              re.I)
_RIGHTS = recode.compile(r"版权|版權|著作权|著作權|转载|轉載|授权|授權|免责|免責")
# The one-sentence views disclaimer (本文仅代表作者观点，不代表X立场); a longer box (a user-content site's
# 不代表本站观点 with its report notice) is left to the text cleaner, which reads it with the tail around it.
_VIEWS = recode.compile(r"不代表.{0,20}(?:观点|觀點|立场|立場)")
VIEWS_MAX = 40


# The class or id of a cookie-consent banner (cookie-bar, cookieNotice, consent-box, gdpr_tip): one of its
# -/_ separated parts, or a camelCase name's head, names cookies or consent (the word in any case, the camelCase
# boundary an upper-case letter: cookiesNotice, GDPRBox; the banner libraries' joined names cookieconsent,
# cookiebar; not cookiejar's own words).
_CONSENT_NAME = recode.compile(r"(?:^|[-_])(?i:cookies?(?:consent|notice|banner|bar|tip|law)?|consent|gdpr)(?:[-_A-Z]|$)")
# What a consent banner says: the site's cookies, or its privacy policy and the reader's consent.
_CONSENT_TEXT = recode.compile(r"(?i:cookie)|隐私政策|隱私政策|隐私协议|隱私協議|个人信息保护|個人信息保護")
# The buttons of a consent banner (同意, 接受, 我知道了): a fixed overlay with one of them asks the reader to agree.
_CONSENT_BUTTON = recode.compile(r"^(?:同意|接受|我同意|同意并继续|全部接受|接受全部|我知道了|知道了|好的|确定|拒绝|不同意)$")
_FIXED = recode.compile(r"position\s*:\s*fixed", re.I)


def consent_banner(n) -> bool:
    """Whether a short element is a cookie-consent banner: named so (cookie-bar, consent), or a fixed overlay
    with an agree button; either way it speaks of cookies or the privacy policy."""
    a = n.attributes
    if not _id_or_class_matches(n, _CONSENT_NAME) and not (_FIXED.search(a.get("style") or "") and any(
            _CONSENT_BUTTON.match(_WS.sub("", b.text(deep=True) or "")) for b in n.css("button, a, span"))):
        return False
    return _CONSENT_TEXT.search(n.text(deep=True) or "") is not None


def copyright_nodes(start) -> set[int]:
    """Identities of short elements whose class names a copyright notice (an answer's 著作权归作者所有
    line, a footer's 版权所有 row), or a statement box that speaks of rights (本网站所刊登的…版权所有，未经
    协议授权禁止下载使用) or disowns the article's views in one sentence, or a cookie-consent banner
    (``consent_banner``): never article text."""
    out = set()
    for n in start.css("[class*=opyright], [class*=tatement], [class*=isclaimer], [class*=eclar], "
                       "[class*=shengming], [class*=banquan], [class*=ookie], [id*=ookie], [class*=onsent], "
                       "[id*=onsent], [class*=gdpr], [id*=gdpr], [class*=GDPR], [id*=GDPR], [style*=fixed]"):
        if _text_size(n) > COPYRIGHT_MAX or n.css_first("h1") is not None:
            continue
        if consent_banner(n):
            out.add(n.mem_id)
            continue
        if _class_matches(n, _COPYRIGHT_CLASS) or (
                _class_matches(n, _STATEMENT_CLASS) and (_RIGHTS.search(n.text(deep=True) or "") or (
                    _text_size(n) <= VIEWS_MAX and _VIEWS.search(n.text(deep=True) or "")))):
            out.add(n.mem_id)
    return out

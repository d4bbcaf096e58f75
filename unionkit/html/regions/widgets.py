"""Page widgets: a video player's control bar, ad boxes, action bars, headed navigation boxes, like counts,
empty read counters, vote widgets, a blog's tagline and share buttons, a news app's banner and QR-code box, social
posts embedded in the article.
"""

from __future__ import annotations

import re

from ... import recode
from ..lines import _SENTENCE
from .base import _before, _class_matches, _outermost, _squashed

# --- A video player's control bar ----------------------------------------------------------------------

#: Longest text (characters) of a player box read as its controls (播放 00:00 / 02:36), never a caption paragraph.
PLAYER_MAX = 40


def player_box_nodes(start) -> set[int]:
    """Identities of the boxes holding a ``<video>`` or ``<audio>`` whose only text is the player's controls
    (a TV site's 播放 00:00 / 02:36 bar beside the video element): what script draws over the media, no text
    of the article. A box holding a sentence (the article's own body around an inline video) is kept."""
    out = set()
    for media in start.css("video, audio"):
        box = media.parent
        if box is None or box.tag in ("body", "html") or box.css_first("p, img, h1, h2, h3") is not None:
            continue
        text = _squashed(box)
        if 0 < len(text) <= PLAYER_MAX and not _SENTENCE.search(text):
            out.add(box.mem_id)
    return out


# --- An advertisement box inside the article ------------------------------------------------------------

# The label portals print on an ad slot (广告, 推广, AD), in an element of its own inside the box.
_AD_WORDS = ("广告", "廣告", "推广", "推廣", "AD", "Ad", "ad", "赞助", "贊助")
_AD_LABEL = recode.compile("^(?:" + "|".join(_AD_WORDS) + ")$")
#: Longest ad box (characters): the label and a slogan or two, never a paragraph.
AD_BOX_MAX = 80


def ad_box_nodes(start) -> set[int]:
    """Identities of ad boxes: a short block that holds an element saying only 广告 (or 推广) and a link or
    an image besides it, with no sentence: the slot's label, banner and slogan, not the article's text."""
    text = start.text(deep=True) or ""
    if not any(w in text for w in _AD_WORDS):  # the words of _AD_LABEL: no label word, no ad box
        return set()
    found = {}
    for label in start.css("span, em, i, b, small, label, div, p"):
        if not _AD_LABEL.match(_squashed(label)) or label.css_first("img, a") is not None:
            continue
        if (slot := _empty_slot(label)) is not None:
            found[slot.mem_id] = slot
            continue
        box = label.parent
        while box is not None and box.tag in INLINE_TAGS:
            box = box.parent
        if box is None or box.tag in ("body", "html", "td") or box.css_first("h1") is not None:
            continue
        text = _squashed(box)
        if (len(text) <= AD_BOX_MAX and not _SENTENCE.search(text)
                and box.css_first("a[href], img") is not None):
            found[box.mem_id] = box
    return _outermost(found)


#: The Han ad labels an empty slot may show alone (Latin AD is too short a word to take on its own).
_SLOT_LABEL = recode.compile("^(?:广告|廣告|推广|推廣|赞助|贊助)$")


def _empty_slot(label):
    """The label's own block when it holds nothing but the label (<div id="div-gpt-ad-…">廣告</div>): an ad slot
    whose banner a script fills in, left empty in the saved page; None otherwise."""
    own = label
    while own is not None and own.tag in INLINE_TAGS:
        own = own.parent
    if own is None or own.tag in ("body", "html", "td", "th") or not _SLOT_LABEL.match(_squashed(own)):
        return None
    return own


#: Inline elements an ad label may sit in before its box.
INLINE_TAGS = frozenset(("span", "em", "i", "b", "small", "label", "a", "font", "strong"))


# --- A bar of page actions: a forum's post buttons, an e-paper's tool links -------------------------------

# A page action word: a forum's post buttons and topic stepper (发帖 回复 上一主题 | 下一主题), an e-paper's
# article tools (返回本版目录 打印本文), print/close links. Only when every word of a line is one of them.
_ACTION = (r"(?:发帖|發帖|发表新帖|發表新帖|发新帖|發新帖|新帖|发起投票|回复|回覆|回帖|上一主题|下一主题|上一主題|下一主題|"
           r"上一帖|下一帖|返回列表|返回本版目录|返回本版目錄|返回目录|返回目錄|返回本版|打印本文|打印本页|打印本頁|"
           r"打印|关闭窗口|關閉窗口|关闭本页|關閉本頁|关闭|關閉|返回顶部|返回頂部)")
_ACTION_BAR = recode.compile(r"^[\s|｜/·【】\[\]]*" + _ACTION + r"(?:[\s|｜/·【】\[\]]+" + _ACTION + r")+[\s|｜/·【】\[\]]*$")
# A bar of print and close links alone (【打印本页】【关闭窗口】) is left to the cleaner, which reads it as the end
# of the article: a bar is taken only when it posts, steps topics or goes back to a list.
_ACTION_KEEP = recode.compile(r"帖|主题|主題|目录|目錄|列表|回复|回覆")


def action_bar_nodes(start) -> set[int]:
    """Identities of blocks showing nothing but page action words (at least two): a forum thread's post
    buttons and topic stepper, an e-paper's 返回本版目录/打印本文 line. Read as a line, the bar could pass for
    a short headline over the article."""
    found = {}
    for node in start.css("div, p, td, li, ul, span"):
        text = (node.text(deep=True) or "").replace("\u3000", " ").replace("\xa0", " ")
        if len(text) <= 60 and _ACTION_BAR.match(text.strip()) and _ACTION_KEEP.search(text):
            found[node.mem_id] = node
    return _outermost(found)


# --- A headed navigation box: an e-paper's edition list and the page's headline list --------------------

# The heading of a navigation box (版面导航, 本版标题导航, 标题导航, 本版目录): the links under it name editions
# and the other articles of the page, one of which is the article itself.
_NAV_HEADING = recode.compile(r"^(?:本版|版面|标题|標題|本版标题|本版標題|栏目|欄目|频道|頻道)?(?:导航|導航|目录|目錄)$")


def nav_box_nodes(start) -> set[int]:
    """Identities of boxes opened by a navigation heading (版面导航, 本版标题导航) that hold nothing but links
    besides it: the e-paper's edition and headline lists, whose items read as headlines."""
    out = set()
    for head in start.css("h2, h3, h4, h5, h6, div, span, b, strong, p, dt"):
        if not _NAV_HEADING.match(_squashed(head)) or head.css_first("a") is not None:
            continue
        box = head.parent
        if box is None or box.tag in ("body", "html") or box.css_first("h1") is not None:
            continue
        links = "".join(_squashed(a) for a in box.css("a"))
        if links and len(_squashed(box)) == len(_squashed(head)) + len(links):
            out.add(box.mem_id)
    return out


# --- A like button's count beside the read count ----------------------------------------------------------

# A class naming a like (thumbs-up) button: like, likes, zan, dianzan, praise, digg, thumb(s-up), and the same
# words on its icon (icon-like, icon-zan).
_LIKE_CLASS = recode.compile(r"(?:^|[-_])(?:like|likes|zan|dianzan|praise|digg|thumb|thumbs|thumbsup|thumb-up)(?:$|[-_])",
                         re.I)


def _like_named(node) -> bool:
    """Whether an element or one of its icons is named as a like button by a class."""
    for n in [node, *node.css("i, em, span, img")]:
        if any(_LIKE_CLASS.search(c) for c in (n.attributes.get("class") or "").split()):
            return True
    return False


def like_count_nodes(start) -> set[int]:
    """Identities of like buttons showing a bare count (<span class="like"><i class="icon-like"></i>126</span>):
    the readers' likes, not the read count printed beside them (glued, 阅读量 8362126)."""
    out = set()
    for node in start.css("span[class], a[class], em[class], div[class], button[class]"):
        text = _squashed(node)
        if text.isdigit() and len(text) <= 9 and _like_named(node):
            out.add(node.mem_id)
    return out


# --- A read counter whose count a script fills -------------------------------------------------------------

# A read counter's bare label, no colon (WeChat's tool bar: <span>阅读 <span id="readNum3"></span></span>); a
# labelled one (浏览次数：<em id="hits"></em>) is an info row's field, which the cleaner reads by its colon.
_COUNTER_LABEL = recode.compile(r"^(?:阅读|閱讀|浏览|瀏覽|点击|點擊)(?:量|数|數|次数|次數)?$")


def empty_counter_nodes(start) -> set[int]:
    """Identities of read counters saved before their script filled the count: the bare label and an empty
    slot element (阅读 <span id="readNum3"></span>), chrome with no count to read, not a line of the text."""
    out = set()
    for slot in start.css("span:empty, em:empty, i:empty, b:empty, font:empty"):
        label = slot.prev  # (the label's own text node: no element's whole text is read, icons are many)
        if label is None or label.tag != "-text" or label.prev is not None or not _shown_last(slot):
            continue
        text = (label.text_content or "").strip()
        node = slot.parent
        if (text[:1] in "阅閱浏瀏点點" and _COUNTER_LABEL.match(text) and node is not None
                and node.tag in ("span", "div", "em", "a", "li", "p", "td")):
            out.add(node.mem_id)
    return out


def _shown_last(child) -> bool:
    """Whether ``child`` is the last thing its parent shows (blank text and comments after it aside): a count's
    slot after its label, not an icon before it (<i class="icon-eye"></i>阅读, its count in the next element)."""
    sib = child.next
    while sib is not None:
        if sib.tag == "-text" and (sib.text_content or "").strip() or sib.tag[0] not in "-!_":
            return False
        sib = sib.next
    return True


# --- A vote widget under the article ---------------------------------------------------------------------

# A vote button's word (顶一下, 踩一下, 赞, 点赞, 支持, 反对) and its count in brackets: a CMS's digg widget under
# the article (帝国CMS <div class="digg"><a href="javascript:makeRequest(…digg…)">顶一下(<span>12</span>)</a>),
# which would read as the body's last line.
_VOTE_WORD = r"(?:顶一下|頂一下|踩一下|赞一下|讚一下|点赞|點讚|顶|頂|踩|赞|讚|支持|反对|反對)"
_VOTE = recode.compile(rf"^(?:{_VOTE_WORD}[(（\[]?\d{{0,9}}[)）\]]?[|｜/·]?)+$")
_VOTE_COUNTED = recode.compile(r"[(（\[]\d{1,9}[)）\]]")
#: Longest text of a vote widget (characters, whitespace aside).
VOTE_MAX = 30


def vote_widget_nodes(start) -> set[int]:
    """Identities of vote widgets: blocks or links showing nothing but vote words, each with a bracketed
    count (顶一下(12)) or named as a like button by a class (digg, zan) or run by a script link."""
    found = {}
    for node in start.css("div, p, li, td, dd"):  # (a block of its own: a vote link inside a tool row is the row's)
        text = _squashed(node)
        if not text or len(text) > VOTE_MAX or not _VOTE.match(text):
            continue
        scripted = any((n.attributes.get("href") or "").lower().startswith("javascript")
                       or "onclick" in n.attributes for n in [node, *node.css("a, div, span")])
        if _VOTE_COUNTED.search(text) or _like_named(node) or scripted:
            found[node.mem_id] = node
    return _outermost(found)


# --- A blog header's tagline and a post's share buttons ---------------------------------------------------

#: A blog's tagline under its name in the header (Blogger's descriptionwrapper, a WordPress theme's site-description).
_TAGLINES = ".descriptionwrapper, .site-description"


def tagline_nodes(start) -> set[int]:
    """Identities of a blog header's tagline (記錄職工與工會的點滴 under the blog's name): a motto, not a byline;
    read as a line over the post's date it would pass for the author's name."""
    return {n.mem_id for n in start.css(_TAGLINES) if len(_squashed(n)) <= TAGLINE_MAX}


#: Longest tagline (characters): a motto, not an introduction.
TAGLINE_MAX = 40
# A share-button box by a class token (post-share-buttons, share-button, share-bar, bdsharebuttonbox).
_SHARE_CLASS = recode.compile(r"(?:^|[-_])share(?:[-_]|$)|^(?:bdshare|share)(?:buttons?|bar|box|btns?)", re.I)
# What a share box shows: the share words and the services (以電子郵件傳送這篇文章, BlogThis！, 分享至 Facebook).
_SHARE_WORD = recode.compile(r"分享|轉寄|转发|轉發|傳送|BlogThis|Facebook|Twitter|微信|微博", re.I)
#: Longest share box (characters): the services' names, no sentence.
SHARE_MAX = 60


def share_box_nodes(start) -> set[int]:
    """Identities of a post's share-button boxes (outermost) that open with no share label: the buttons' names
    glued into one line (以電子郵件傳送這篇文章BlogThis！分享至 Facebook), which the text reader, knowing a share
    bar by the label that opens it (分享到：), would keep as text."""
    found = {}
    for node in start.css("[class*=share], [class*=Share]"):
        if not any(_SHARE_CLASS.search(c) for c in (node.attributes.get("class") or "").split()):
            continue
        text = _squashed(node)
        if (text and len(text) <= SHARE_MAX and "。" not in text  # (BlogThis！ is a name)
                and _SHARE_WORD.search(text) and not _SHARE_LABEL.match(text)
                and len(node.css("a, button")) >= 2):  # (a box of buttons, not one button)
            found[node.mem_id] = node
    return _outermost(found)


# The label a share bar opens with (分享到：, 分享至, 分享：, Share:).
_SHARE_LABEL = recode.compile(r"^(?:分享|轉發|转发|share)", re.I)


# --- A news app's banner: open or download the app -------------------------------------------------------

# The class of a mobile news page's app banner (app-bar, m-app-bar, open-app, openapp_bar, download-app): "app" as a
# -/_ separated part of a class name, or glued to open/down (openapp, appdown).
_APP_CLASS = recode.compile(r"(?:^|[-_])app(?:[-_]|$)|openapp|downapp|appdown|appbar|appbanner", re.I)
# The words naming the app or client, and those saying open or download it (the banner's prompt and button share them).
_APP_WORDS = r"APP|App|app|客户端|客戶端"
_OPEN_WORDS = r"打开|打開|下载|下載"
# What the banner says: open or download the app or client (打开APP，阅读体验更佳; 下载客户端; 立即打开).
_APP_PROMPT = recode.compile(rf"(?:{_OPEN_WORDS}|APP内|App内|app内).{{0,8}}(?:{_APP_WORDS})"
                             rf"|(?:{_APP_WORDS}).{{0,8}}(?:{_OPEN_WORDS})")
# … or its button says open or download alone (立即打开, 马上下载) while the box names the app or client elsewhere
# (某某新闻客户端 青岛本地资讯 一手掌握 立即打开: the slogan stands between the name and the button).
_APP_GO = recode.compile(rf"^(?:立即|马上|馬上|现在|現在|点击|點擊|去)?(?:{_OPEN_WORDS}|安装|安裝)$")
_APP_NAMED = recode.compile(_APP_WORDS)
#: Longest app banner (characters): the app's name, a slogan and the buttons.
APP_BAR_MAX = 40


def _prompts_app(node, text: str) -> bool:
    """True when an app banner's box prompts to open or download the app: in its text (打开APP), or by a
    button of its own that says open or download alone in a box naming the app or client."""
    if _APP_PROMPT.search(text):
        return True
    return _APP_NAMED.search(text) is not None and any(
        _APP_GO.match((b.text(deep=True) or "").strip()) for b in node.css("a, button"))


def app_bar_nodes(start) -> set[int]:
    """Identities of a mobile news page's app banners after the headline (outermost): a short box whose class names
    the app and that prompts to open or download it (浙江新闻APP 打开APP，阅读体验更佳 立即打开): the platform's, not
    the article's. A banner above the headline is left to the text cleaner, which reads it with the page's header
    (and so knows the app's name opening the info row for the site's, not a source)."""
    found = {}
    head = start.css_first("h1")
    for node in start.css("[class*=app], [class*=App], [class*=APP]"):
        if not _class_matches(node, _APP_CLASS) or head is not None and not _before(start, head, node):
            continue
        text = _squashed(node)
        if len(text) <= APP_BAR_MAX and _prompts_app(node, text) and node.css_first("h1, h2, p p") is None:
            found[node.mem_id] = node
    return _outermost(found)


# --- A QR-code box -----------------------------------------------------------------------------------------

# A prompt to scan a code opening a line (扫描二维码下载, 扫码关注, 微信扫一扫, 长按识别二维码): what a QR box prints
# under its image. (A photo's caption may say someone scans a code, 职工扫码入会, but never opens with the prompt.)
_SCAN_PROMPT = recode.compile(r"^(?:用?微信|手机|请)?(?:扫描|掃描|扫码|掃碼|扫一扫|掃一掃|长按识别|長按識別|长按二维码|長按二維碼)",
                              re.M)
#: Longest QR box (characters, whitespace aside): its heading (the app's or account's name) and the scan prompt.
QR_BOX_MAX = 30


def qr_box_nodes(start) -> set[int]:
    """Identities of QR-code boxes (an app's or account's code in a side column: 某某客户端 over the code, 扫描二维码
    下载 under it): the nearest box around an image that holds text, when that text is short, sentence-free and
    prompts a scan. Its heading names the platform's app, no part of the article; the box is read as one piece."""
    found = {}
    for img in start.css("img"):
        box = img.parent
        while box is not None and box.tag not in ("body", "html") and not _squashed(box):
            box = box.parent
        if box is None or box.tag in ("body", "html") or box.mem_id in found:
            continue
        text = _squashed(box)
        if (len(text) <= QR_BOX_MAX and not _SENTENCE.search(text)
                and _SCAN_PROMPT.search(box.text(deep=True, separator="\n", strip=True))):
            found[box.mem_id] = box
    return _outermost(found)


# --- A social post embedded in the article ---------------------------------------------------------------

# A social post's counts row: two or more of its action words each with a count (转发 37 评论 12 赞 215, the
# foot of a Weibo card a news page embeds between its paragraphs), whitespace squashed.
_POST_COUNT = r"(?:转发|轉發|评论|評論|点赞|點讚|赞|讚|收藏|喜欢|喜歡)[(（]?\d+(?:\.\d+)?[万萬wW]?[)）]?"
_POST_COUNTS = recode.compile(rf"^(?:{_POST_COUNT}[|｜·]?){{2,}}$")
# A class naming the embed's box (weibo-card, twitter-tweet, tiktok-embed, wb-card).
_CARD_CLASS = recode.compile(r"card|embed|tweet|weibo|quote", re.I)
#: Longest embedded post (characters, whitespace aside): the poster's name, a post's text and its foot.
EMBED_MAX = 400


def embedded_post_nodes(start) -> set[int]:
    """Identities of social posts embedded in the article (a Weibo card: avatar and name, the post, its time and
    client, 转发/评论/赞 counts): the box holding a counts row, a ``<blockquote>`` or one named by a class as a
    card. The post is another page's text; read as lines, its counts row passes for the article's comment bar
    and ends the article there. A box that is most of its parent's text (the page is the post) is kept."""
    text = start.text(deep=True) or ""
    if not any(w in text for w in ("转发", "轉發", "评论", "評論")):  # (a cheap gate: every counts row has one)
        return set()
    found = {}
    for row in start.css("div, p, ul, footer"):
        if len(squashed := _squashed(row)) > 40 or not _POST_COUNTS.match(squashed):
            continue
        if (card := _post_box(row)) is not None:
            found[card.mem_id] = card
    return _outermost(found)


def _post_box(row):
    """The embedded post's box around its counts row: the nearest ``<blockquote>`` or card-named element, no
    longer than ``EMBED_MAX`` and under half its parent's text; None when there is none."""
    box = row.parent
    while box is not None and box.tag not in ("body", "html", "td"):
        size = len(_squashed(box))
        if size > EMBED_MAX:
            return None
        if box.tag == "blockquote" or _class_matches(box, _CARD_CLASS):
            parent = box.parent
            return box if parent is not None and 2 * size < len(_squashed(parent)) else None
        box = box.parent
    return None

"""Widget lines: buttons, font-size and zoom switches, video player controls, share targets, addresses."""

from __future__ import annotations

import regex

from ... import lazyrx
from ..lines import line_cache, other_han_class, two_found
from .base import _URL_RX, WIDGETS

_WIDGET_STRIP = lazyrx.cached(r"[\s\[\]()【】]")
_WIDGET_SEPS = lazyrx.cached(r"[::|/]")
#: Icon glyphs (emoji, dingbats, stars: Unicode's other symbols).
_ICONS = lazyrx.cached(r"\p{So}")


@line_cache()


def is_widget_line(folded: str) -> bool:
    """Small widget lines anywhere (字号 大 中 小, 打印, 分享到, 【关闭】)."""
    if len(folded) > 40 and folded.isprintable():  # no whitespace but " " (isprintable): count what stays
        stays = len(folded) - folded.count(" ") - folded.count("[") - folded.count("]") - folded.count("(")
        stays -= folded.count(")") + folded.count("【") + folded.count("】")
        if stays > 40:
            return False
    if ")" in folded and _COUNTED_BUTTONS.match(folded.strip()):
        return True
    if "我要" in folded and _ASK_BUTTON.match(folded.strip()):
        return True
    t = _WIDGET_STRIP.sub("", folded)
    if not t or len(t) > 40:
        return False
    if _COUNTER.match(t):  # a photo gallery's "2/3"
        return True
    if ("搜" in t or "输入" in t) and _SEARCH_PROMPT.match(t):  # a search box's prompt, "搜索你感兴趣的问题"
        return True
    if ":" in t and "/" in t and (_PLAYER_CLOCK.match(t)
                                  or not _PLAYER_CONTROLS.sub("", _PLAYER_CLOCK_IN.sub("", t, count=1))):
        return True  # a video player's clock, "00:00 / 01:58", maybe among its controls ("播放 00:00 / 02:36 全屏")
    if ("加载" in t or "缓冲" in t) and _PLAYER_LOADING.match(t):
        return True  # its loading message in place of the clip
    if ("全屏" in t or "倍速" in t) and not _PLAYER_CONTROLS.sub("", t):  # its controls, "倍速 高清 全屏"
        return True
    if "剩余全文" not in t and two_found(_OTHER_HAN, t):
        return False  # two Han characters none of the patterns below can remove: ``rest`` keeps both
    rest = WIDGETS.sub("", _WIDGET_SEPS.sub("", t))
    if ("字号" in t or "字体" in t or "字级" in t) and _SIZE_GLYPHS.fullmatch(rest):
        return True  # a font-size switch drawn with letters (字号:T | T, 字体:A A A)
    if ("放大" in t or "缩小" in t) and _ZOOM_SIGNS.fullmatch(rest):
        return True  # an e-paper's or CMS's zoom buttons with their signs (放大+ 缩小- 默认)
    if "分享" in t:  # "分享:Facebook WhatsApp 电邮 列印": the share targets are widgets too
        rest = _SHARE_TARGETS.sub("", rest)
    elif len(rest) > 1 and len(_SHARE_TARGETS.findall(rest)) >= 2:  # a bare share bar: 微信微博QQ空间
        rest = _SHARE_TARGETS.sub("", rest)
    # (a button row draws icon glyphs beside its words, 👍 赞 126 ☆ 收藏 分享: left alone when words went)
    return len(rest) <= 1 or len(rest) < len(t) and len(_ICONS.sub("", rest)) <= 1


#: A search box's prompt left as text (搜索你感兴趣的问题, 请输入关键词, 输入关键字搜索; whitespace stripped).
_SEARCH_PROMPT = lazyrx.cached(r"^(?:请)?(?:输入|搜索|搜一搜|搜)[^,，。!?]{0,10}?(?:关键词|关键字|问题|内容|话题|答案|信息)(?:搜索|进行搜索)?$")
#: A video player's loading message in place of the clip ("视频加载中，请稍候…", "正在加载…").
_PLAYER_LOADING = lazyrx.cached(r"^(?:视频|直播|节目)?(?:正在(?:加载|缓冲)中?|(?:加载|缓冲)中)[,，.。…]*(?:请稍候|请稍等|请稍后)?[.。…!]*$")
_PLAYER_WORDS = ("播放", "加载", "缓冲", "全屏", "倍速", ":")


def player_line(folded: str) -> bool:
    """A video player's row (its clock, controls or loading message), which video pages set between the headline
    and its metadata."""
    t = _WIDGET_STRIP.sub("", folded)
    if len(t) > 24 or not any(w in t for w in _PLAYER_WORDS):
        return False
    return (_PLAYER_CLOCK.match(t) is not None or not _PLAYER_CONTROLS.sub("", t)
            or _PLAYER_LOADING.match(t) is not None)


# Buttons that show how often they were pressed, under a label ("网上祭奠:献花(286) 点烛(97) 留言", a
# memorial page's widget; "点赞(12) 收藏(3)"; an intranet notice's read receipts, "已阅读人员(1436) 未阅读人员(2371)"):
# two counted buttons or more, an uncounted one at the end.
_COUNTED_BUTTONS = lazyrx.cached(r"^(?:\p{Han}{2,6}\s*[::]\s*)?(?:\p{Han}{1,5}\s*[(]\s*\d{1,7}\s*[)]\s*){2,6}(?:\p{Han}{1,4})?$")
# A Q&A column's button to its question form, boxed alone on a line over the question ("【我要提问】"); the
# bare words under the text head the form itself (tails: comment_form).
_ASK_BUTTON = lazyrx.cached(r"^\[\s*我要(?:提问|咨询|留言)\s*\]$")
_COUNTER = lazyrx.cached(r"^\d{1,3}/\d{1,3}$")
#: A video player's controls, all of a line (倍速 高清 全屏 静音; the whitespace is stripped before).
_PLAYER_CONTROLS = lazyrx.cached(r"(?:清晰度|画质)\s*:?|倍速|[0-9.]+[xX倍]|高清|标清|超清|蓝光|流畅|自动|全屏|退出全屏|网页全屏|画中画|静音|播放|暂停|重播|弹幕|设置|[|/]")
#: A video player's clock: the time played over the clip's length (00:00/01:58, 1:02:10/1:15:00).
_PLAYER_CLOCK = lazyrx.cached(r"^(?:\d{1,2}:)?\d{1,2}:\d\d/(?:\d{1,2}:)?\d{1,2}:\d\d$")
_PLAYER_CLOCK_IN = lazyrx.cached(r"(?:\d{1,2}:)?\d{1,2}:\d\d/(?:\d{1,2}:)?\d{1,2}:\d\d")
# The glyphs of a font-size switch: the same letter in a few sizes (T T, A A A, A+ A-).
_SIZE_GLYPHS = lazyrx.cached(r"(?:[TtAa][+\-]?){1,4}")
#: What zoom buttons leave once their words are gone: the signs drawn beside them (放大+ 缩小-, A+ A-) and a reset (还原).
# (an e-paper's tool row sets the page's PDF download beside them: 下载本版PDF 放大 缩小 默认)
_ZOOM_SIGNS = lazyrx.cached(r"(?:A?[+\-=]|A|还原|重置|恢复|(?:下载)?本版(?i:pdf)(?:下载)?|(?i:pdf)下载|下载(?i:pdf))*")
# (Hong Kong and Taiwan pages say 複製連結 for the link button, folded to 复制连结)
_SHARE_TARGETS = lazyrx.cached(r"(?i)facebook|whatsapp|twitter|telegram|line|weibo|wechat|linkedin|email|e-mail|qq空间|qq|"
                               r"微信|微博|朋友圈|电邮|邮件|复制链接|复制连结|新浪|豆瓣")
#: More targets an older Discuz share menu lists a button a line (QQ好友和群, 腾讯微博). Only share_target_line reads
#: them: a one-line bar holding them (分享到 : QQ好友和群 QQ空间) stays a tail marker that ends the post, not a widget.
_MENU_TARGETS = lazyrx.cached(r"(?i)qq好友(?:和群)?|腾讯微博|新浪微博|人人网|开心网")


#: A Han character that what ``is_widget_line`` removes at its end cannot remove: the widget words, separators,
#: share targets, size and zoom signs name theirs as literals (WIDGETS' one negated class follows 剩余全文, which
#: the test checks for). A line with two such characters keeps both in ``rest``: no widget line.
_OTHER_HAN = lazyrx.cached(other_han_class(WIDGETS.pattern, _WIDGET_SEPS.pattern, _SHARE_TARGETS.pattern,
                                            _SIZE_GLYPHS.pattern, _ZOOM_SIGNS.pattern))


def share_target_line(folded: str) -> bool:
    """A line that is only share targets (微信, 微博, QQ空间): one button of a share bar laid out a target a line."""
    if len(folded) > 48:  # (cheap: most lines are sentences; a bar's button is a word or two)
        return False
    t = _WIDGET_STRIP.sub("", folded)
    return 0 < len(t) <= 12 and not _SHARE_TARGETS.sub("", _MENU_TARGETS.sub("", t))


# A line of only web and mail addresses, maybe labelled (网址:www.x.cn 邮箱:a@b.com): the values a sentence
# ending in a colon points to ("…可在县总工会网站查询:" then the address line).
_ADDRESS_ITEM = lazyrx.cached(r"(?:(?:网址|网站|官网|邮箱|电子邮箱|电子邮件|E-?mail|Email)\s*[::]?\s*)?"
                              rf"(?:{_URL_RX}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)", regex.I)


def address_line(folded: str) -> bool:
    """A line of only URLs and e-mail addresses, each maybe labelled (www.x.cn 邮箱:a@b.com), nothing else."""
    t = folded.strip()
    if not 0 < len(t) <= 120 or ("@" not in t and "www" not in t.lower() and "http" not in t.lower()):
        return False  # (cheap: every item holds one of these)
    return not _ADDRESS_ITEM.sub("", t).strip(" ,;、|")


def gallery_counter(folded: str) -> tuple[int, int] | None:
    """A photo gallery's counter line ("2/4": the second photo of four) as (2, 4); None for any other line."""
    t = _WIDGET_STRIP.sub("", folded)
    if len(t) > 7 or not _COUNTER.match(t):
        return None
    k, n = t.split("/")
    return int(k), int(n)

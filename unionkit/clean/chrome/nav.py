"""Navigation: breadcrumbs, menus covered by navigation words, welcome bars and bracketed link rows."""

from __future__ import annotations

import regex

from ... import lazyrx
from ..lines import HAN, line_cache
from .base import DATE, SENTENCE, _SPACE

# Breadcrumbs and location prefixes.
BREADCRUMB = lazyrx.cached(r"^(?:当前位置|您的位置|你的位置|位置|当前所在位置|所在位置|(?:您|你)(?:当前|现在)(?:所在)?的位置)\s*[::]"
                           r"|(?:^|\s)(?:首页|主页|网站首页)\s*(?:>|>>|»|›|/|→|-)")
CRUMB_SEP = lazyrx.cached(r"\s*(?:>>|>|»|›|→)\s*")
# Two names joined by a breadcrumb arrow ("青岛市总工会 > 基层动态": the site's or union's name over its
# channel): a headline never takes that shape (arrows that can sit in a phrase, → and ›, are left out).
_CRUMB_PAIR = lazyrx.cached(r"^[\p{Han}A-Za-z0-9·]{2,12}\s*(?:>>|>|»)\s*[\p{Han}A-Za-z0-9·]{2,12}$")
# A board's or site's path set before the headline on the headline's own line ("某某论坛 » 港城热议 » 标题",
# "首页 › 工会动态 › 标题"): short names, each closed by an arrow set off by a space (an arrow glued into a
# phrase is the text's: "质量>速度", "他说»…"), then the headline, which opens with a word, not a comma.
_CRUMB_HEAD = lazyrx.cached(r"^(?:[\p{Han}A-Za-z0-9·]{2,12}(?:\s+(?:»|›|>>|>)\s*|(?:»|›|>>)\s+)){1,4}"
                            r"(?=[\p{Han}A-Za-z0-9“\"《\[])")


def crumb_prefix(folded: str) -> int | None:
    """For a headline line opened by a breadcrumb path (论坛名 » 版块 » 标题), where the headline starts, else None."""
    if "»" not in folded and "›" not in folded and ">" not in folded:
        return None
    m = _CRUMB_HEAD.match(folded)
    if m is None:
        return None
    rest = folded[m.end():]
    return m.end() if len(HAN.findall(rest)) >= 4 else None


MENU_SEP = lazyrx.cached(r"\s*[|┊│|·•/]\s*|\s{2,}|\s")
# Words that make up site and forum menus; a line covered by them is navigation.
NAV_WORDS = sorted(set("""
首页 主页 网站首页 返回首页 新闻 资讯 要闻 动态 社区 论坛 会员 帮助 博客 搜索 登录 注册 立即注册 退出 排行 排行榜 统计 签到 每日
列表 最新 帖子 精华 精华区 服务 幸运 大转盘 设置 消息 短消息 好友 空间 相册 日志 导航 频道 专题 专栏 视频 图片 图库
娱乐 体育 财经 科技 教育 健康 旅游 汽车 房产 文化 时政 国内 国际 社会 评论 观点 工会 职工 维权 帮扶 劳模 工匠
地方 省内 市县 通知 公告 政务 公开 党建 图文 直播 下载 English 手机版 移动版 客户端 网站地图 更多 本站 用户 我的
广场 应用 任务 勋章 道具 银行 标签 门户 群组 家园 问答 活动 商城 设为首页 加入收藏 联系我们 关于我们 在线 投稿 订阅
收藏本站 开启辅助访问 辅助访问 切换到窄版 切换到宽版 快捷导航 版面导航 上一版 下一版 上一期 下一期 PDF版
内容简介 视频简介 视频文字稿 文字稿 图集 更多图集 重新浏览
""".split()), key=lambda w: (-len(w), w))  # longest first; a fixed order keeps the pattern text (the cache key) stable
_NAV_RE = lazyrx.cached("|".join(map(regex.escape, NAV_WORDS)))
# A row of bracketed links and nothing else ("【收藏本页】【打印】【关闭】", "【首页】【工会动态】"; lenticular
# brackets fold to square ones): a CMS template's buttons. A bracketed headline is one pair, not a row.
# (an intranet's buttons run longer: 【转发至个人邮箱】, 【发送给同事】)
_BRACKET_MENU = lazyrx.cached(r"^(?:\[[^\[\]\s]{1,8}\]\s*){2,8}$")
_BAR_SEP = lazyrx.cached(r"\s*[|┊│]\s*")
_LONG_NUMBER = lazyrx.cached(r"\d{3,}")


# Every character some menu word has: covered text is made of them only.
_NAV_CHARS = frozenset("".join(NAV_WORDS))
_DROP_NAV_CHARS = {ord(c): None for c in _NAV_CHARS}


def nav_covered(folded: str, share: float) -> bool:
    """``nav_coverage(folded) >= share``, skipping the word scan when too few characters could be covered."""
    t = _SPACE.sub("", folded)
    if not t:
        return 0.0 >= share
    could = len(t) - len(t.translate(_DROP_NAV_CHARS))  # an upper bound of the covered characters
    if could / len(t) < share:
        return False
    return nav_coverage(t) >= share


def nav_coverage(folded: str) -> float:
    """Share of the line's non-space characters covered by menu words."""
    t = _SPACE.sub("", folded)
    if not t:
        return 0.0
    covered = sum(len(m.group(0)) for m in _NAV_RE.finditer(t))
    return covered / len(t)


@line_cache()


def is_nav_line(folded: str, *, strict: bool = False) -> bool:
    """A navigation line: breadcrumbs, "|"-separated menus, runs of short menu words.

    ``strict`` (inside the body) wants menu words too, so that a list of names
    separated by spaces stays.
    """
    t = folded.strip()
    if not t or len(t) > 200:
        return False
    if welcome_bar(t):
        return True
    if SENTENCE.search(t):
        return False
    if BREADCRUMB.search(t) or t[0] == "[" and _BRACKET_MENU.match(t):
        return True
    crumbs = [c for c in CRUMB_SEP.split(t) if c]
    if len(crumbs) >= 3 and all(len(c) <= 12 for c in crumbs[:-1]):  # the last crumb may be the headline
        return True
    if len(crumbs) == 2 and _CRUMB_PAIR.match(t):
        return True
    if "|" in t or "┊" in t or "│" in t:
        items = [c for c in _BAR_SEP.split(t) if c]
        if len(items) >= 3 and sum(len(c) <= 10 for c in items) >= 0.7 * len(items):
            return True
    items = [c for c in MENU_SEP.split(t) if c]
    if len(items) >= 4 and all(len(c) <= 6 for c in items) and not _LONG_NUMBER.search(t):
        if not strict or nav_covered(t, 0.5):
            return True
    return len(t) >= 4 and nav_covered(t, 0.8)


# A portal's greeting bar atop every page ("您好,欢迎访问某某市人民政府网站!"), alone or with the reader's
# switches after it (简体版 | 繁體版 | 无障碍 | 长者模式 | 关怀版 | 手机版): header chrome, though it ends with a "!".
_WELCOME = lazyrx.cached(r"^(?:您好\s*[,!]?\s*)?欢迎(?:您)?(?:访问|来到|光临|浏览)\s*[\p{Han}A-Za-z0-9()]{2,30}?"
                         r"(?:网站|网|门户|平台|官网|在线)\s*[!.]?\s*")
_READER_SWITCH = lazyrx.cached(r"(?:简体版|简体中文|简体|繁体版|繁体中文|繁体|无障碍(?:浏览|阅读|模式)?|长者模式|关怀版|关怀模式"
                               r"|适老化(?:模式)?|老年版|手机版|移动版|English|英文版|智能问答|政务微博|政务微信|网站地图"
                               r"|设为首页|加入收藏|登录|注册|RSS|[|┊│/·])\s*", regex.I)


def welcome_bar(folded: str) -> bool:
    """A portal's greeting line, maybe followed by its reader switches, and nothing else (site chrome)."""
    m = _WELCOME.match(folded) if "欢迎" in folded[:6] else None
    if m is None:
        return False
    at = m.end()
    while at < len(folded) and (sw := _READER_SWITCH.match(folded, at)) is not None:
        at = sw.end()
    return at == len(folded.rstrip())


# A portal's top bar dates the day the page is read ("今天是:2024年3月20日 星期四", beside 设为首页 加入收藏): its
# date is no publishing time, so the line is no headline's metadata row.
_TODAY = lazyrx.cached(rf"(?:今天是|今日是|今天|今日)\s*[::]?\s*{DATE}")


def today_bar(folded: str) -> bool:
    """A line giving today's date as a portal's top bar does (今天是:2024年3月20日 星期四)."""
    return "今" in folded and _TODAY.search(folded) is not None


def bracket_menu(folded: str) -> bool:
    """A row of bracketed buttons and nothing else (【打印此页】【关闭窗口】)."""
    return bool(_BRACKET_MENU.match(folded.strip()))

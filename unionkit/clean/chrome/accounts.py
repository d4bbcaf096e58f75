"""Self-media and Q&A account rows: platform accounts, creator badges, follow bars, account and answer counts, account
cards."""

from __future__ import annotations

from ... import lazyrx
from ..lines import HAN
from .base import SENTENCE

# A self-media platform's account line over a repost: the account's name and the platform's label for it
# ("某某县融媒体中心 人民号", "某某发布 百家号"), the post's byline, never its headline or text.
_PLATFORMS = (r"人民号|百家号|头条号|一点号|澎湃号|企鹅号|网易号|搜狐号|大风号|新京号|极目号|南方号|封面号|看点号|潮新闻号"
              r"|央视频号|视频号|抖音号|快手号")
_PLATFORM_ACCOUNT = lazyrx.cached(rf"^[\p{{Han}}A-Za-z0-9·]{{2,20}}\s+(?:{_PLATFORMS})$")


def platform_account_line(t: str) -> bool:
    """A line of an account's name and its platform's label (某某融媒体中心 人民号): a byline."""
    return "号" in t and _PLATFORM_ACCOUNT.match(t) is not None


# A self-media platform's badges for the author, on a line of their own under the byline ("百家号创作者 优质职场领域创作者",
# "头条号作者 · 教育领域创作者"): the platform's labels, the author's profile, never the text. (A bare 作者 or 创作者
# is a word of a sentence: a badge names the platform or the field.)
_BADGE = (rf"(?:(?:{_PLATFORMS})(?:优质)?(?:创作者|作者)|(?:优质|认证|签约|原创|活跃|知名|资深)?\p{{Han}}{{1,6}}领域"
          r"(?:优质|原创)?(?:创作者|作者|博主|答主))")
_CREATOR_BADGES = lazyrx.cached(rf"^{_BADGE}(?:\s*[|·•]?\s*{_BADGE}){{0,3}}$")


def creator_badges(folded: str) -> bool:
    """A line of a platform's badges for the author (百家号创作者 优质职场领域创作者): its profile."""
    t = folded.strip()
    return len(t) <= 60 and ("作者" in t or "博主" in t or "答主" in t) \
        and _CREATOR_BADGES.match(t) is not None


# A blog or self-media platform's author bar over the post: the author's name, then its follow button
# ("某某山下的老周 关注", "工会小编 + 关注"), the post's byline, never its headline (a headline has no button in it).
_FOLLOW_BAR = lazyrx.cached(r"^[\p{Han}A-Za-z0-9·_-]{2,20}\s+(?:[+＋]\s*)?(?:关注|加关注|\+关注)$")


def follow_bar(t: str) -> bool:
    """A line of a name and its follow button (某某 关注): an author bar."""
    return t.endswith("关注") and _FOLLOW_BAR.match(t.strip()) is not None


# A video or self-media platform's account row beside the follow button: the account's followers and likes
# ("粉丝4.6万获赞31.2万", "粉丝 1289 | 获赞 3.1万", "4.6万粉丝 · 31万获赞"): two counted fields or more, one of them
# the account's followers or likes (a post's own counters, 阅读 12 评论 3, are another row).
_STAT_WORD = r"粉丝|获赞与收藏|获赞|关注|作品|被赞|文章|总阅读|阅读|访问|原创"
_STAT_PART = rf"(?:(?:{_STAT_WORD})\s*[::]?\s*\d[\d.,]*\s*[万wWkK亿]?\+?|\d[\d.,]*\s*[万wWkK亿]?\+?\s*(?:{_STAT_WORD}))"
_ACCOUNT_STATS = lazyrx.cached(rf"^{_STAT_PART}(?:\s*[|·•,，]?\s*{_STAT_PART}){{1,5}}$")


def account_stats_line(folded: str) -> bool:
    """An account's follower and like counts on a line of their own (粉丝4.6万获赞31.2万): its profile row."""
    t = folded.strip()
    return len(t) <= 60 and ("粉丝" in t or "获赞" in t) and _ACCOUNT_STATS.match(t) is not None


# A Q&A site's row under the question: its reward, views, asker and date ("悬赏10积分  浏览 3516  提问者:某某
# 2024-03-05"): two of these fields, no sentence.
_QA_FIELD = lazyrx.cached(r"悬赏\s*\d+\s*(?:积分|分|金币|财富值)|(?:浏览|回答|关注)\s*[::]?\s*\d+(?:\s*次)?|提问者\s*[::]|提问时间\s*[::]"
                          r"|\d+\s*(?:人|次)?(?:浏览|回答|关注)")


def qa_stats_line(t: str) -> bool:
    """A Q&A question's stats row (悬赏10积分 浏览 3516 提问者:X date): its page header."""
    return len(t) <= 80 and not SENTENCE.search(t) and len(_QA_FIELD.findall(t)) >= 2


_NAME_LINE = lazyrx.cached(r"^[\p{Han}A-Za-z0-9·]{2,12}$")


def name_line(folded: str) -> bool:
    """A bare name on a line of its own (an account, paper or author), no punctuation or spaces."""
    return bool(_NAME_LINE.match(folded.strip())) and bool(HAN.search(folded))


# WeChat's 原创 badge with the post's author and account on its row (原创 张三 某某工会), when a text save puts the
# post's date on the next line: the byline row under the headline, no headline itself.
_ORIGINAL_ROW = lazyrx.cached(r"^原创\s+[\p{Han}A-Za-z0-9·]{2,12}(?:\s+[\p{Han}A-Za-z0-9·]{2,16})?$")


def original_row(folded: str) -> bool:
    """WeChat's 原创 row: the badge, the author and the account, nothing else."""
    return folded.startswith("原创") and _ORIGINAL_ROW.match(folded.strip()) is not None


# A WeChat account card under the headline: "微信号 szgh_wx", "功能介绍 …官方微信,…".
_ACCOUNT_CARD = lazyrx.cached(r"^(?:微信号|功能介绍)(?:\s*[::]|\s)"
                           # a reposted post's source box: its head, the account's name with the dot the
                           # box prints after it, and the account's one-line self-description
                           r"|^以下文章来源于|^[\p{Han}A-Za-z0-9·]{2,16}\.$"
                           r"|^\p{Han}{2,16}(?:官方账号|官方微信公众号|官方公众号|官方微信号|微信公众号|官方订阅号|官方服务号)(?:[,,。]|$)"
                           # the card WeChat prints over a post now: name, self-description, "183篇原创内容",
                           # then the label "公众号" on its own line
                           r"|^\d{1,5}\s*篇原创内容$|^公众号$"
                           # … and the box's follow prompt: follow the account (a name ending as accounts do),
                           # get its news ("关注某某工会,了解最新工会资讯。"); a sentence that asks to heed
                           # people or needs (关注困难职工,了解…) names no account
                           r"|^关注\s*[\p{Han}A-Za-z0-9·]{0,14}(?:工会|发布|日报|晚报|在线|融媒|公众号|微信|我们|本号)\s*[,,]?\s*"
                           r"(?:了解|获取|获得|掌握|第一时间了解|第一时间获取|看)(?:更多|最新)?\p{Han}{0,6}"
                           r"(?:资讯|动态|消息|信息|新闻|活动|福利|服务)[。!]?$")


def account_card_line(folded: str) -> bool:
    """A line of a WeChat account card (its id or its self-description)."""
    t = folded.strip()
    return _may_be_card(t) and bool(_ACCOUNT_CARD.match(t))


#: How the lines _ACCOUNT_CARD takes open (微信号, 功能介绍, 以下文章…, 公众号, 关注…), or what they hold (an official
#: account's words, a count of original posts), or how they end (the box's dot after the name): its gate.
_CARD_FIRST = frozenset("微功以公关")
_CARD_WORDS = ("官方", "微信公众号", "篇原创内容")


def _may_be_card(t: str) -> bool:
    """The stripped line opens, holds or ends as every _ACCOUNT_CARD line does (most lines asked are no card)."""
    return t[:1] in _CARD_FIRST or t.endswith(".") or any(map(t.__contains__, _CARD_WORDS))

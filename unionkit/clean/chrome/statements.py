"""Rows after an article read as statements: reprint notices, tag lines, reply heads, comment labels, counters, polls."""

from __future__ import annotations

import regex

from ... import lazyrx
from .base import DATE, TIME
from .labels import header_labels

# A statement about the text itself under an article, one or two short sentences: the site's reprint terms
# ("本文为某某网原创作品,未经授权不得转载。", "本文系某某平台原创,转载请注明出处"), a platform's note that a member
# posted it or that it is the poster's view ("本文内容由作者发布,不代表某某立场", "本内容为作者独立观点,不代表某某立场",
# "以上内容为某某号作者发布,不代表平台立场"); and the reprint terms alone ("未经授权,不得转载。").
# (本文 must be followed by its verb: "本文件由县总工会负责解释" is a notice's own closing sentence)
REPRINT_NOTICE = lazyrx.cached(
    r"^[(\[]?\s*(?:本文|本稿|本稿件|此文|该文|本篇|本作品|本内容|以上内容)(?:内容)?(?:为|系|是|属于|属|由)"
    r"[^。!?]{0,40}?(?:原创|独家|首发|版权|发布|上传|撰写|提供|观点)[^。!?]{0,30}?"
    r"(?:转载|授权|许可|不代表|仅代表|出处|侵权)"
    r"|^[(\[]?\s*(?:未经(?:书面)?(?:授权|许可|允许|同意)[,，]?\s*(?:不得|禁止|严禁|请勿|谢绝)(?:转载|转发|复制|使用)"
    r"|(?:如需|如要|欢迎|谢绝)?转载请?(?:务必)?(?:注明|联系|附上|保留|与本\S{1,3}联系))"
    # a portal's footer disowning what it carries, and its terms of reuse (本网站所刊载信息，不代表…观点;
    # 刊用本网站稿件，务经书面授权)
    r"|^(?:本网站?|本站|本报|本刊|本平台)所?(?:刊载|刊登|发布|转载)的?(?:信息|内容|文章|稿件)[^。!?]{0,12}?不代表"
    r"|^(?:刊用|转载|使用|引用)本(?:网站?|站|报|刊|平台)(?:的)?(?:稿件|内容|文章|作品)[,，]?\s*(?:务|须|需|请|应)"
    # a journal's or site's claim on all it prints, under each article (本刊所有文章版权归《某某》杂志社所有,…)
    r"|^(?:本网站?|本站|本报|本刊|本平台|本号|本公众号)(?:所有|全部|刊发|刊登|发布)?的?(?:文章|稿件|作品|内容|图文|图片)?"
    r"(?:版权|著作权)均?(?:归|属于?|为)[^。!?]{1,30}?所有"
    # … or on all its content, no word of rights (本网站所有内容属某某网所有,未经许可不得转载。)
    r"|^(?:本网站?|本站|本报|本刊|本平台)(?:所有|全部)的?(?:文章|稿件|作品|内容|图文|图片)均?(?:归|属于?|为)[^。!?]{1,30}?所有"
    # a platform's note that a post is its author's view alone (本文仅代表作者观点，不代表某某立场)
    r"|^[(\[]?\s*(?:本文|此文|该文|以上内容)(?:内容|观点)?仅代表(?:作者|个人|作者个人)(?:本人)?(?:的)?观点"
    # an app's note naming the account a post comes from, then disowning its views or setting the reprint terms
    # ("本文来自【某某融媒】，仅代表作者观点。", "本文来自某某号作者某某日报,转载请注明出处。")
    r"|^[(\[]?\s*(?:本文|此文|该文)(?:来自|来源于|转自|转载自|选自)[^。!?]{1,30}?[,，]\s*"
    r"(?:(?:本文|该文|文章)?(?:观点)?(?:仅代表|不代表)|(?:如需)?转载请?(?:务必)?(?:注明|联系|保留))"
    # a portal's self-media account named alone ("本文来自某某号作者某某日报"): the platform's mark on a member's post
    r"|^[(\[]?\s*(?:本文|此文|该文)(?:来自|来源于|转自|发布于)\p{Han}{1,4}号(?:作者|用户)[^\s。!?,，]{1,20}(?:[。!]?\s*[)\]]?$|[,，])"
    # a video or blog platform's marks under a member's article, each alone on its line (本文为我原创, 本文禁止转载或摘编):
    # the whole line, a sentence about an original work goes on
    r"|^[(\[]?\s*(?:本文|本篇|本作品)(?:为|系|是)(?:我|本人|作者|UP主)?(?:的)?原创(?:作品|文章|内容)?[。!]?\s*[)\]]?$"
    r"|^[(\[]?\s*(?:本文|本篇|本作品)(?:内容)?(?:禁止|严禁|谢绝|不得|不允许)(?:任何形式的?)?(?:转载|转发|摘编|复制)"
    r"(?:(?:或|和|、|及)(?:转载|转发|摘编|复制|使用))*[。!]?\s*[)\]]?$"
    # a platform's originality certificate under a post ("本文经「原本」原创认证，作者某某，访问…查询【ID】")
    r"|^[(\[]?\s*(?:本文|此文|该文)经[^。!?]{1,12}?原创认证"
    # a reprint site's note that a member saved or uploaded the text, whose rights stay the author's
    # ("本文为注册用户【某某】转藏,文章来源于网络,版权归原作者所有。", "本文由用户上传,如有侵权请联系删除",
    # "本文是馆友收藏的转载文章,如需转载请联系原作者获得授权。")
    r"|^[(\[]?\s*(?:本文|本文档|本篇|本内容)(?:为|系|由|是)(?:注册|本站|本馆)?(?:用户|会员|网友|馆友)[^。!?]{0,30}?"
    r"(?:转藏|收藏|上传|分享|发布|转载)[^。!?]{0,30}?(?:版权|著作权|侵权|不代表|仅代表|原作者|授权)"
    # a Q&A site's rights note under an answer ("著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。")
    r"|^(?:著作权|版权)归(?:原)?作者所有[。,，]\s*(?:商业)?转载")
#: The longest reprint statement (two short sentences); a paragraph about copyright is longer.
REPRINT_MAX = 80
# A line filing the article under tags or keywords ("本文标签:青梅 技能竞赛", "文章关键词:职工书屋", "Tags: 劳模"),
# or a note app's share page its note (笔记标签:劳模 工匠), or a video page its clip (视频标签:技能竞赛 工匠).
# A CMS's keyword links under the text ("相关热词搜索:送清凉 五指山", "热门关键词:劳模 工匠"): the label, then
# short terms only (a sentence that names hot words goes on with clauses).
_TERMS = r"[^\s,，、;；。!?]{1,12}(?:[\s,，、;；|]+[^\s,，、;；。!?]{1,12}){0,11}"
_TAG_LINE = lazyrx.cached(r"^(?:本文|文章|本帖|帖子|新闻|相关|笔记|视频)(?:标签|关键词|关键字|tag)\s*[::]|^tags?\s*[::]"
                          rf"|^(?:相关|热门)?(?:热词|热搜词|搜索词|关键词|关键字)(?:搜索)?\s*[::]\s*{_TERMS}$", regex.I)
# The head of a post's replies on group, blog and review sites (最赞回应, 全部回复, 热门跟帖 12), and the box to
# write one (你的回应 ……).
_REPLY_HEAD = lazyrx.cached(r"^(?:最赞|热门|最新|全部|精彩|网友|所有|最热)(?:回应|回复|跟帖)\s*(?:[(\[]?\s*\d+\s*[)\]]?)?$"
                            r"|^(?:你的|我的|我要|我来)(?:回应|回复)(?:$|[\s.…:])")
# A row of counters under a post ("回复(2) | 浏览(539)", "赞(12) 回应"): counted words, maybe a bare button.
# (a blog's bar under the entry has its buttons too: "阅读(132) 评论(2) 收藏 转载(1) 喜欢 打印 举报")
# (a news app's bar prints the count bare after its word: "评论 23 点赞 56 分享"; a Q&A site's answer bar votes
# with 赞同: "赞同 56 评论 4 分享 举报")
_COUNT_WORDS = r"回复|回帖|回应|跟帖|评论|留言|浏览|阅读|点击|查看|人气|点赞|赞同|赞|顶|踩|收藏|转发|转载|分享|喜欢|推荐|在看|打印|举报"
_COUNTED = lazyrx.cached(rf"^(?:{_COUNT_WORDS})\s*(?:[(\[]\s*\d[\d,.]*\s*[万wW]?\s*[)\]]|[::]?\s*\d[\d,.]*[万wW]?)$")
_BARE_COUNTER = lazyrx.cached(rf"^(?:{_COUNT_WORDS})$")
# A row opened by the post's own read count (阅读(132), 浏览:89): the article's counter bar, filed with the header
# rows the extractor reads counts from, whatever comments it counts after.
_VIEWS_FIRST = lazyrx.cached(r"^(?:浏览|阅读|点击|查看|人气)\s*[(\[:\d]")
# (blog templates may set the bar apart with a broken bar: "阅读(186) ┆ 评论 (3) ┆ 喜欢▼ ┆ 打印")
_COUNT_SEP = lazyrx.cached(r"\s*[|·•/┆┊¦｜丨]\s*|\s+")
# A count set apart from its word by a space ("评论 (3)", "评论 23"), and a button's drop-down mark (喜欢▼): glued/dropped
# before the bar is split into its items.
_COUNT_GAP = lazyrx.cached(r"(?<=\p{Han})\s+(?=[(\[]?\s*\d)|(?<=\p{Han})[▼▾]")
_REPLY_WORD = lazyrx.cached(r"回复|回帖|回应|跟帖|评论|留言")
# A reply as a forum or blog lists it under the post: "· 某某:工会办实事,点赞!  2024-08-24 11:13" (a name, a
# colon, the reply, then the date and time it was posted).
_REPLY_LINE = lazyrx.cached(rf"^[·•\-*>]?\s*[^\s::]{{1,16}}\s*[::]\s*\S.{{0,100}}?\s+{DATE}\s*{TIME}$")


def counter_row(folded: str) -> str | None:
    """For a row of counters (回复(2) | 浏览(539)), the block it opens: replies (comment_form) when it counts
    them, else navigation; None for any other line."""
    items = [c for c in _COUNT_SEP.split(_COUNT_GAP.sub("", folded.strip())) if c]
    counted = sum(bool(_COUNTED.match(c)) for c in items)
    if len(items) < 2 or counted == 0 or counted + sum(bool(_BARE_COUNTER.match(c)) for c in items) < len(items):
        return None
    if _VIEWS_FIRST.match(items[0]) and _COUNTED.match(items[0]):
        return "navigation"
    return "comment_form" if _REPLY_WORD.search(folded) else "navigation"


def reply_line(folded: str) -> bool:
    """A listed reply: a name, a colon, a short text, then its date and time (no metadata label)."""
    t = folded.strip()
    return len(t) <= 140 and bool(_REPLY_LINE.match(t)) and not header_labels(t)


# A comment list's labels on a line of their own: the tag on the account's reply or like (作者 回复, 作者已回复,
# 作者回复过, 作者赞过; WeChat and short-video apps print it apart from the reply), the pin on a comment (置顶), the
# picked comments' head (精选留言). "作者 回复" has a byline's shape (a role, then a name): in a comment list it is none.
_COMMENT_LABEL = lazyrx.cached(r"^(?:作者|博主|楼主|小编|up主)\s*(?:已\s*)?(?:回复|赞)(?:过|了)?$"
                               r"|^置顶$|^(?:精选|热门|置顶)(?:留言|评论)$|^留言精选$", regex.I)


def comment_label(folded: str) -> bool:
    """A comment list's label line (作者 回复, 作者赞过, 置顶, 精选留言): the comments' furniture, not a byline."""
    t = folded.strip()
    return len(t) <= 8 and _COMMENT_LABEL.match(t) is not None


# A comment box's note disowning the readers' comments, under its form ("网友评论仅供其表达个人看法,并不表明本网同意其
# 观点或证实其描述。", "评论仅代表网友个人观点,与本站立场无关"): a portal's template, one sentence or two.
# (an old ASP CMS sets it in brackets after the box's head and how many comments it lists: "网友评论:(只显示最新
# 10条。评论内容只代表网友观点,与本站立场无关!)")
_COMMENT_NOTE = lazyrx.cached(r"^(?:(?:网友|用户|读者)(?:评论|留言)\s*[::]\s*\(\s*(?:(?:只|仅)显示最新\s*\d+\s*条\s*[。,;]\s*)?)?"
                              r"(?:网友|用户|读者)?(?:评论|留言|跟帖)(?:内容)?(?:仅|只)(?:供其?|代表(?:其|网友)?)\s*"
                              r"(?:表达)?(?:个人|本人)?(?:的)?(?:看法|观点|意见|立场)")


def statement_kind(t: str) -> str | None:
    """The block kind of a statement or post furniture line that may hold sentence marks (reprint terms,
    tag line, reply head, counters, a listed reply), or None."""
    if len(t) <= REPRINT_MAX and REPRINT_NOTICE.search(t):
        return "site_footer"
    if _TAG_LINE.match(t):
        return "related_links"
    if _REPLY_HEAD.match(t) or reply_line(t) or ("评" in t or "留" in t or "跟" in t) and _COMMENT_NOTE.match(t):
        return "comment_form"
    if "帮助" in t and _HELPFUL_POLL.match(t):
        return "rating_widget"
    if ("(" in t or ":" in t or " " in t) and len(t) <= 60:
        return counter_row(t)
    return None


# A Q&A or legal-aid page's poll under the answer: its question, then the counted buttons ("此回复对您有帮助吗？
# 有帮助(27) 没帮助(1)", "这篇文章对你有帮助吗? 有用 没用").
_HELPFUL_POLL = lazyrx.cached(r"^(?:[^\s。!?]{0,12}对(?:您|你)有(?:帮助|用)吗\s*[?？]?\s*)?"
                              r"(?:有帮助|有用)\s*(?:[(\[]\s*\d{1,7}\s*[)\]])?\s*"
                              r"(?:没帮助|没有帮助|无帮助|没用|无用)\s*(?:[(\[]\s*\d{1,7}\s*[)\]])?$")

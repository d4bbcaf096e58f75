"""Forum (bulletin board) chrome: poster profile, post header, rating widget, reply form.

Discuz/PHPWind-style thread pages show, before the first post, the poster's
name and a block of profile fields (级别, UID, 精华, 发帖, 财富, 威望, 在线时间,
注册时间 …), then a post header "楼主 发表于: 2022-07-25". After the post come
a rating widget (评价一下你浏览此帖子的感受 / 精彩 / 感动 …), the poster's
signature and a quick-reply form with a captcha question.
"""

from __future__ import annotations

import regex

from .. import lazyrx
from .lines import FULL_STOP, STOPS, line_cache, other_han_class, two_found

PROFILE_FIELDS = (
    r"级别|等级|头衔|用户组|UID|精华|发帖|帖子|主题|回帖|财富|金钱|金币|威望|贡献值?|会员币|好评度|积分|在线时间|"
    r"注册时间|注册日期|最后登录|阅读权限|性别|来自|所在地|经验|魅力|鲜花|鼎币|买家信用|卖家信用|星座|生日|"
    r"个人主页|铜币|银币|现金|存款|体力|人气|注册|状态|职称|听众|收听|勋章"
)
PROFILE_LINE = lazyrx.cached(rf"^(?:{PROFILE_FIELDS})\s*[::]\s*\S{{0,30}}(?:\s*\S{{0,12}})?$", regex.I)
# Several profile fields on one line: "注册:2015-04-02 帖子:3311 威望:286".
PROFILE_ROW = lazyrx.cached(rf"^(?:(?:{PROFILE_FIELDS})\s*[::]\s*[^\s::]{{1,20}}\s*){{2,8}}$", regex.I)
# … or as bare "label number" pairs, three or more: "积分 3620 帖子 1288 主题 211 注册时间 2016-3-2".
PROFILE_STATS = lazyrx.cached(rf"^(?:(?:{PROFILE_FIELDS})\s*\d[\d/.:-]{{0,11}}\s+){{2,7}}(?:{PROFILE_FIELDS})\s*\d[\d/.:-]{{0,11}}$",
                              regex.I)
# (the status may stand on a line of its own under the name: "客家阿妹" then "离线")
# (a name glued to 在线 is a site's, 融水在线 over the board's menus: a status stands apart from the name)
ONLINE = lazyrx.cached(r"^(?:\S{1,30}\s*)?(?:离线|(?<!\p{Han})在线|当前离线|当前在线|隐身)$")
# A level badge under the poster's name, alone or with the rank it gives (Lv.7 吧主, LV3 初级会员).
# (Tieba prints the board's rank before the level and its name: "本吧头衔 9 梯田守望者", "头衔 12 书香门第")
LEVEL = lazyrx.cached(r"^(?:Lv\.?|(?:本吧|本版|本站)?(?:头衔|等级))\s*[::]?\s*\d{1,2}(?:\s+\S{1,8})?$", regex.I)
# Post header: 楼主 发表于: …, 沙发 / 板凳 / 2楼 / #3, 发表于 2022-07-25 12:00
# (Tianya-style: "楼主:某某　时间:…" over the first post, "作者:某某　回复日期:…" over each reply)
POST_START = lazyrx.cached(r"^(?:楼主|作者)\s*[::]\s*\S{1,20}\s+(?:时间|发表时间|发帖时间|日期|回复日期|回复时间)\s*[::]|"
                        r"^(?:楼主|沙发|板凳|地板|地下室|\d+\s*[楼#]|#\d+|第\d+楼)(?=\s|$|[::|])|^(?:楼主|沙发|板凳|地板|\d+楼|#\d+)?\s*发表于|^(?:只看该作者|只看楼主)|"
                        # a poster's name with the thread starter's badge over the post (mobile and Tieba pages)
                        r"^\S{1,20}\s+楼主$|"
                        # the poster's name before 发表于 and the post's date, a reply's header on Discuz-like boards
                        # ("某某 发表于 2024-12-05 09:20", "某某|发表于 2024-1-26 09:15|只看该作者"); the date must
                        # follow and the line end there or at a bar, so a sentence saying where a text appeared is not one
                        r"^[^\s|｜::]{1,20}\s*(?:[|｜]\s*)?发表于\s*[::]?\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*(?:$|[|｜])|"
                        # Discuz's jump-to-floor box beside the first post's header, on a line of its own
                        r"^电梯直达(?=\s|$)|"
                        # … or barred from it and the post's date ("某某 | 楼主 | 2024-5-2 12:37 | 来自手机")
                        r"^[^\s|]{1,20}\s*\|\s*楼主\s*(?:\||$)|"
                        # a floor number and the post's date, a post's own stamp above or under its text
                        # ("来自Android客户端 1楼 2023-07-18 19:26 IP属地:河南", "引用 2楼 某某 2024/05/27 09:02")
                        # ("#1楼  作者:某某  日期:2023-03-08 11:42:03" on Tianya-like boards)
                        r"(?:^|\s)#?(?:\d+\s*楼|\d+#|#\d+)\s+(?:\S{1,24}\s+){0,2}?\S{0,4}\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
# Tieba glues the floor to the client and the date: "来自Android客户端1楼2024-05-20 14:33", "3楼2024-05-20 16:47"
# (looked for only on lines with a 楼: the scan stops at every digit).
GLUED_FLOOR = lazyrx.cached(r"(?<![\d.])\d+楼(?:\S{1,24}\s+){0,2}?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?=\s|$)")
# An attachment's stamp in a post: "附件: 现场.jpg (128.5 KB, 下载次数: 12)" (a notice's 附件 list has no size).
ATTACHMENT = lazyrx.cached(r"^附件\s*[::]?.{0,60}\.[A-Za-z0-9]{2,4}\s*\(\s*\d+(?:\.\d+)?\s*[KMG]i?B|^附件.{0,80}下载次数", regex.I)
REPLY_START = lazyrx.cached(r"^(?:沙发|板凳|地板|地下室|[2-9]\d*\s*[楼#]|#[2-9]\d*|第[2-9]\d*楼|回复\s*#?\d+)")
RATING_HEAD = lazyrx.cached(r"评价一下|浏览此帖子的感受|你浏览此帖|您浏览此帖|帖子的感受|评分|参与人数|我来评分")
RATING_WORDS = set("精彩 感动 搞笑 开心 愤怒 无聊 灌水 鲜花 鸡蛋 支持 反对 雷人 路过 震惊 同情 难过 期待 欠揍 顶 踩 赞".split())
REPLY_FORM = lazyrx.cached(
    r"快速回复|快捷回复|回复主题|发表回复|参与回复|回帖|验证问题|验证码|正确答案|Ctrl\s*\+\s*Enter|直接提交|提交回复|"
    r"都是谁回帖|回帖哦|来看看都是谁|马上注册|立即注册|登录后才能|您需要登录|没有帐号|没有账号|游客|使用道具|举报|引用|回复|收藏|分享|"
    r"上一主题|下一主题|上一个下一个|返回列表|返回顶部|TOP|只看该作者|只看楼主|倒序浏览|阅读模式|打印|描述", regex.I
)
# Post tool words beyond the reply-form ones, and the separators between tools.
_TOOL_WORDS = lazyrx.cached(r"使用道具|道具|报告|支持|反对|点评|评分|淘帖|编辑|删除|私信|加好友|发消息|顶|踩|\d+")
_TOOL_SEPS = lazyrx.cached(r"[\s|·/()\[\]]+")
# Thread-type tag before a subject ([分享], [原创], 【求助】), at most six characters, or a repost
# mark (转:, 转载:, 转帖:).
THREAD_TAG = lazyrx.cached(r"^\s*\[[^\[\]]{1,6}\]\s*|^\s*(?:转|转载|转帖)\s*[::]\s*")
# (the rule may carry its name in the middle: "-------- 签名 --------")
SIGNATURE_SEP = lazyrx.cached(r"^(?:-{3,}|_{3,}|={3,}|\*{3,}|~{3,}|—{2,})(?:\s*签名\s*(?:-{3,}|_{3,}|={3,}|\*{3,}|~{3,}|—{2,}))?$")
# A poster's signature written on one line after a dash ("—— 家在罗田,心在罗田", "--某某的小窝"), maybe closed by
# the same rule ("—— 家在罗田,心在罗田 ——"): a short motto, no sentence end (a dash-led credit of the post's text,
# "——摘自…", is the text's own)
DASH_SIGNATURE = lazyrx.cached(r"^(?:—{1,2}|-{2,4}|─{2})\s*(?!摘自|转自|选自|来源|引自|本文)[^—\-─。!?！？]{2,30}?"
                               r"(?:\s*(?:—{1,2}|-{2,4}|─{2}))?$")
# Small patterns used inside the rules, compiled once (a module-level regex call pays a cache lookup).
_RATING_STRIP = lazyrx.cached(r"[\s\d()%]")


#: Discuz/phpwind stamp a post that was edited: "本帖最后由 X 于 2023-3-18 21:06 编辑" opens the post text.
#: Xiuno and other light forums write it as "最后编辑于 2024-06-21 08:40" (often under the post), phpwind as
#: "[ 此帖被 X 在… 重新编辑 ]".
EDIT_NOTICE = lazyrx.cached(r"^\s*\[?\s*本帖最后由\s*\S{1,30}?\s*于\s*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}[\s\d:]{0,12}编辑\s*\]?"
                            r"|^\s*\[?\s*(?:本帖)?最后(?:编辑|修改)(?:于|时间\s*[::])\s*\d{2,4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[\s\d:]{0,12}\]?"
                            # (phpwind: "[ 此帖被 X 在2023-11-03 09:15重新编辑 ]", under the post)
                            r"|^\s*\[?\s*此帖被\s*\S{1,30}?\s*在\s*\d{2,4}[-/.]\d{1,2}[-/.]\d{1,2}[\s\d:]{0,12}重新编辑\s*\]?")


def edit_notice(folded: str) -> int | None:
    """End of an edit notice opening the line, or None."""
    m = EDIT_NOTICE.match(folded)
    return m.end() if m else None


#: The characters a profile line may open with: a field's first character (either case: the patterns ignore
#: it) for PROFILE_LINE, PROFILE_ROW and PROFILE_STATS, and LEVEL's (Lv, 本吧/本版/本站, 头衔, 等级). ONLINE ends
#: the line with 线 or 身 instead.
_PROFILE_HEADS = frozenset(c for w in PROFILE_FIELDS.split("|") for c in (w[0], w[0].lower(), w[0].upper())) \
    | frozenset("Ll本头等")


# A blog's profile box beside the entry (Sina, Netease, Sohu blogs): the blog's level, points and visits, the
# author's gifts and badges ("博客积分：1288", "获赠金笔：0支", "荣誉徽章："), and its buttons (加好友 发纸条, 写留言 加关注).
_BLOG_FIELD = lazyrx.cached(r"^(?:博客(?:等级|积分|访问|排名)|关注人气|获赠金笔|赠出金笔|荣誉徽章|文章总数|评论总数)\s*[::]\s*"
                            r"(?:[\d,.]{1,12}\s*(?:支|个|篇|条|次|人)?)?$")
_BLOG_BUTTONS = lazyrx.cached(r"^(?:加好友|发纸条|写留言|加关注|发私信|送礼物|发消息)(?:\s+(?:加好友|发纸条|写留言|加关注|发私信|送礼物|发消息)){1,3}$")
#: What such a line opens with (a cheap look before the patterns).
_BLOG_HEADS = frozenset("博关获赠荣文评加发写送")


def blog_profile_line(folded: str) -> bool:
    """A line of a blog's profile box (博客积分：1288, 获赠金笔：0支, 加好友 发纸条): the author's sidebar."""
    t = folded.strip()
    return t[:1] in _BLOG_HEADS and bool(_BLOG_FIELD.match(t) or _BLOG_BUTTONS.match(t))


# A card's dated field with no colon, on a line of its own under the stats row (Discuz X: "注册时间 2015-3-11").
DATED_FIELD = lazyrx.cached(r"^(?:注册时间|注册日期|最后登录|最后登录时间)\s+(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d\d)?$")


@line_cache()
def profile_line(folded: str) -> bool:
    """A poster profile field line (级别: 管理员, UID: 2170, 在线时间: 8570(时), 注册时间 2015-3-11) or "name 离线"."""
    t = folded.strip()
    if t[:1] not in _PROFILE_HEADS and not t.endswith(("线", "身")):
        return False  # (no field, level or status can open the line, nor a status end it: no pattern is tried)
    return bool(PROFILE_LINE.match(t) or t.endswith(("线", "身")) and ONLINE.match(t) or LEVEL.match(t) or PROFILE_ROW.match(t)
                or PROFILE_STATS.match(t) or DATED_FIELD.match(t))


#: A profile field's bare label on a line of its own, its value on the next line (威望, then 36): Discuz!'s card
#: sets the fields as a list of terms and values (<dt>威望</dt><dd>36</dd>), read a line each.
_BARE_FIELD = lazyrx.cached(rf"^(?:{PROFILE_FIELDS})$", regex.I)
_FIELD_VALUE = lazyrx.cached(r"^\d[\d,./:-]{0,11}$")


def split_field(label: str, value: str) -> bool:
    """A profile field split over two lines: a bare field label (威望, 积分) over a bare number (36, 2012-5-9)."""
    t = label.strip()
    return len(t) <= 6 and t[:1] in _PROFILE_HEADS and _BARE_FIELD.match(t) is not None \
        and _FIELD_VALUE.match(value.strip()) is not None


#: A poster's member group printed under the name on a post's card (Discuz!: 新手上路, 高级会员, 论坛元老, 版主;
#: boards rename them, 论坛新人, 城市居民, but keep the group's word at the end).
_MEMBER_RANK = lazyrx.cached(r"^\p{Han}{0,4}(?:会员|新人|元老|版主|管理员|上路|游客|居民|贵宾)$")


def member_rank(folded: str) -> bool:
    """A line that is only a poster's member group (高级会员, 论坛新人): a post card's rank under the name."""
    t = folded.strip()
    return len(t) <= 8 and bool(_MEMBER_RANK.match(t))


def profile_row(folded: str) -> bool:
    """Several profile fields on one line (UID 482913 帖子 1356 积分 2718 注册时间 2016-5-9, 注册:2015-04-02 帖子:3311):
    the poster's stats, which Discuz-like boards may print under the post as well as above it. One field alone
    (来自: 北京) may be a line of the text; a row of them is not."""
    t = folded.strip()
    return t[:1] in _PROFILE_HEADS and bool(PROFILE_ROW.match(t) or PROFILE_STATS.match(t))


def may_start_post(t: str) -> bool:
    """False when neither ``POST_START`` nor ``GLUED_FLOOR`` can match: each branch has one of these words
    (the floor's 楼 or #, 作者, the named floors, 发表于, 只看, 电梯直达); a substring scan is cheaper than the search."""
    return ("楼" in t or "#" in t or "作者" in t or "发表于" in t or "沙发" in t or "板凳" in t or "地板" in t
            or "地下室" in t or "只看" in t or "电梯" in t)


@line_cache()
def post_start(folded: str) -> bool:
    """The header line of a post (楼主 发表于: …, 沙发, #2)."""
    t = folded.strip()
    return len(t) <= 80 and may_start_post(t) and bool(POST_START.search(t) or "楼" in t and GLUED_FLOOR.search(t)) \
        and not STOPS.search(t)


def attachment_line(folded: str) -> bool:
    """A forum attachment's stamp (file name, size, download count)."""
    return bool(ATTACHMENT.match(folded.strip()))


def reply_start(folded: str) -> bool:
    """The header line of a reply (a post after the first)."""
    t = folded.strip()
    return len(t) <= 80 and bool(REPLY_START.search(t)) and not STOPS.search(t)


def rating_head(folded: str) -> bool:
    """The opening line of a post rating widget."""
    t = folded.strip()
    return len(t) <= 40 and bool(RATING_HEAD.search(t))


def rating_word(folded: str) -> bool:
    """A one-word rating button (精彩, 感动, 灌水 …), possibly with a count."""
    t = _RATING_STRIP.sub("", folded)
    return t in RATING_WORDS


def reply_form_line(folded: str) -> bool:
    """A line of the quick-reply form or post tool bar."""
    t = folded.strip()
    return len(t) <= 50 and bool(REPLY_FORM.search(t)) and not FULL_STOP.search(t)


def is_forum(folded_lines: list[str]) -> bool:
    """True when the page shows the signs of a forum thread (profile fields, post headers).

    Discuz threads without a profile block still show a post header for each
    post (楼主/沙发/#4, 发表于 …): two of them make a thread.
    """
    prof = sum(map(profile_line, folded_lines))  # (map: the cached rules are called without a generator frame)
    posts = sum(map(post_start, folded_lines))
    return prof >= 3 or (posts >= 1 and prof >= 1) or posts >= 2


def toolbar_line(folded: str) -> bool:
    """A post tool bar (回复 使用道具, 收藏 分享 举报, 支持 反对): tool words and separators only."""
    t = folded.strip()
    if not t or len(t) > 40 or FULL_STOP.search(t):
        return False
    if two_found(_NO_TOOL_HAN, t):
        return False  # two Han characters no tool word names: ``rest`` keeps both
    rest = _TOOL_SEPS.sub("", REPLY_FORM.sub("", _TOOL_WORDS.sub("", _TRAD_TOOLS.sub("", t))))
    return len(rest) <= 1 and rest != t


# Tool words of traditional boards that folding leaves apart (回覆 stays 回覆; 顶端 = back to top).
_TRAD_TOOLS = lazyrx.cached(r"回覆|顶端|检举|只看此人")
#: A Han character no tool word names (they are all literals; the separators are no Han): ``toolbar_line``'s gate.
_NO_TOOL_HAN = lazyrx.cached(other_han_class(_TRAD_TOOLS.pattern, _TOOL_WORDS.pattern, REPLY_FORM.pattern,
                                             _TOOL_SEPS.pattern))


def tool_row(folded: str) -> bool:
    """A post tool bar of two or more tool words (回复 引用 报告 道具 TOP): on any page, not only threads;
    and a Q&A site's answer chrome (``qa_chrome``)."""
    if qa_chrome(folded):
        return True
    if not toolbar_line(folded):
        return False
    words = (REPLY_FORM.findall(folded) + _TRAD_TOOLS.findall(folded)
             + [w for w in _TOOL_WORDS.findall(folded) if not w.isdigit()])
    return len(words) >= 2


# The copy-link button Discuz X prints after a thread's subject ("标题 [复制链接]").
_LINK_BUTTON = lazyrx.cached(r"\s*\[(?:复制链接|复制本帖链接|复制地址)\]\s*$")


def link_button(folded: str) -> int | None:
    """Where a copy-link button after a subject starts (the subject is what comes before), or None."""
    m = _LINK_BUTTON.search(folded)
    return m.start() if m and len(folded[:m.start()].strip()) >= 4 else None


def thread_tag(folded: str) -> int | None:
    """For a thread subject opening with a type tag ("[分享] 标题", "【求助】标题"), where the subject starts."""
    m = THREAD_TAG.match(folded)
    return m.end() if m and len(folded) - m.end() >= 4 else None


# A board's slogan line, its name then a dash and the tagline (某某人论坛——某某人自己的网上家园): what a board prints
# as every post's signature; its name's ending (论坛, 社区, 网) says it names the board, not something the post says.
_BOARD_SLOGAN = lazyrx.cached(r"^\p{Han}{2,12}(?:论坛|論壇|社区|社區|网|網|BBS|bbs)\s*(?:—{1,2}|-{1,4}|─{1,2})\s*[^—\-─。!?！？]{2,24}$")


def board_slogan(folded: str) -> bool:
    """A line naming the board with its slogan after a dash (某某论坛——某某人自己的网上家园)."""
    return bool(_BOARD_SLOGAN.match(folded.strip()))


def dash_signature(folded: str) -> bool:
    """A one-line poster signature led by a dash rule ("—— 家在罗田,心在罗田")."""
    return bool(DASH_SIGNATURE.match(folded.strip()))


# A Q&A site's chrome between the question and its answers: the answer buttons (我来答 分享 举报), the
# answer's heading (最佳答案), the time it was given (2024-03-05 21:17 回答) and the answerer's card
# ("某某律师 执业律师 | 擅长劳动争议").
# (a question's own button row, 关注问题 写回答, is a widget row over the answers, not these)
_QA_BUTTONS = lazyrx.cached(r"^(?:(?:我来答|我要回答|回答|分享|举报|收藏|评论|关注)(?:\s+|$)){2,6}$")
_QA_ANSWER_WORD = lazyrx.cached(r"我来答|我要回答")
_QA_HEAD = lazyrx.cached(r"^(?:最佳答案|推荐答案|满意答案|精选回答|优质回答|采纳答案|提问者采纳|网友采纳|专业回答|热心网友回答)$")
_QA_TIME = lazyrx.cached(r"^(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d\d(?::\d\d)?)?\s*(?:回答|回复|作答|答复)$")
_QA_CARD = lazyrx.cached(r"^[^\s。,,;;!?]{2,20}(?:\s+[^\s。,,;;!?|]{1,12})?\s*[|｜]\s*擅长[::]?\s*[^\s。,,;;!?]{1,20}$")
# The widgets under an answer (Baidu Zhidao style): its adoption stamp (本回答被提问者采纳, 本回答由网友推荐), the
# vote buttons once pressed (已赞过 已踩过<) and the rating prompt (你对这个回答的评价是？).
_QA_FOOT = lazyrx.cached(r"^本回答(?:被|由)(?:提问者|网友|专家|题主|作者)?(?:采纳|推荐|认证)$"
                         r"|^(?:已赞过|已踩过)(?:\s*[<‹>›]?\s*(?:已赞过|已踩过))?\s*[<‹>›]?$"
                         r"|^(?:你|您)对(?:这个|该|此|本)(?:回答|答案)的评价是\s*[?？]?$")


# A post's own stamp under its text on Tieba and app boards: the date and time, then the reply button and/or the
# poster's region ("2024-03-05 09:07 回复 IP属地:广东", "2024-03-05 09:07 IP属地:广东"); a bare date line is
# ambiguous and left to the other rules.
_POST_STAMP = lazyrx.cached(r"^(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?"
                            r"(?:\s+(?:回复|回覆)(?:\s+IP\s*属地\s*[::]?\s*\p{Han}{2,8})?|\s+IP\s*属地\s*[::]?\s*\p{Han}{2,8})$")


def post_stamp(folded: str) -> bool:
    """A post's date stamp with its reply button or the poster's IP region (2024-03-05 09:07 回复 IP属地:广东)."""
    t = folded.strip()
    return len(t) <= 50 and ("回" in t or "属地" in t) and _POST_STAMP.match(t) is not None


def qa_chrome(folded: str) -> bool:
    """A Q&A site's answer chrome line: its buttons, an answer's heading, its time, the answerer's card or the
    widgets under the answer (adoption stamp, pressed vote buttons, rating prompt)."""
    t = folded.strip()
    if not t or len(t) > 60:
        return False
    return bool(_QA_HEAD.match(t) or _QA_TIME.match(t) or _QA_CARD.match(t) or _QA_FOOT.match(t)
                or _QA_BUTTONS.match(t) and _QA_ANSWER_WORD.search(t))

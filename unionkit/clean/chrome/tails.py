"""The blocks after an article (``tail_kind``): tail markers, footers, disclaimers, follow prompts, pagers,
colophons, and the "more" heading over a link list."""

from __future__ import annotations

import regex

from ... import lazyrx
from ..lines import FULL_STOP, HAN, STOPS, line_cache
from .base import _SPACE
from .statements import statement_kind
from .epaper import LIST_NOUN, LIST_PAGE, epaper_label, page_index_line
from .forms import comment_prompt

# A mobile share page's prompt to open its app, the app's name maybe between ("打开某某APP,阅读体验更佳",
# "打开APP 查看更多精彩内容"): under the text, or set inside it where the page folds the rest of the text away.
APP_PROMPT = (r"^打开\S{0,12}(?:APP|客户端)\s*(?:$|[,，]?\s*(?:阅读体验更佳|体验更佳|阅读更多|查看更多|看更多|查看全文|阅读全文"
              r"|更多精彩|获取更多))")
_APP_PROMPT = lazyrx.cached(APP_PROMPT, regex.I)


def app_prompt(folded: str) -> bool:
    """A line that opens with an app's open prompt (打开APP 查看更多精彩内容)."""
    t = folded.strip()
    return t.startswith("打开") and _APP_PROMPT.match(t) is not None


# Markers opening the blocks after an article, by the removal kind of the block.
TAIL_MARKERS = [
    # a WeChat page's comment list opens with a bare 留言/写留言/精选留言 line
    # … and a portal's or app's comment list with its count (评论 12, 评论(0))
    # … and a blog's comment box head with its [发评论] button ("评论 重要提示:… [发评论]")
    # … and a thread's replies under the first post by a lone reply button (回复, 回复 #1: Discourse-style
    # threads dumped as text, which the forum layout does not catch)
    # … and a message board's blocks after the official reply (their rows: _RATING_ROW)
    # … and a comment box's prompt over its input (欢迎发表你的观点, then a bare 发表 button), and its checkbox to post
    # without a name (匿名发表), the label left alone on its line
    # … and an empty comment list's message (暂无评论, 没有任何评论, 还没有留言,快来抢沙发)
    # … and a portal's 跟贴 box (some write 跟贴 for 跟帖): its count head, maybe after the portal's name
    # (跟贴0参与0跟贴, 某某跟贴0人参与 0条评论), and its 发表跟贴 button
    ("comment_form", r"^\p{Han}{0,4}?跟[贴帖]\s*\d+\s*人?参与|^发表跟[贴帖]$|^(?:暂无|(?:暂时|目前)?还?没有)(?:网友|任何)?(?:评论|留言|跟帖)(?:[,]\s*快来抢沙发)?$|^匿名(?:发表|评论|留言|提交)$|^欢迎(?:发表|留下|分享|写下)(?:你|您)的(?:观点|看法|评论|意见|留言|想法)$|^(?:写留言|留言|精选留言|全部留言|留言\s*\d+)$|^(?:我要提问|我要咨询)$|^(?:网友寄语|网友留言|网友跟帖)\s*[::]?$|^回复(?:\s*#\d+)?$|^转发\s*\d+\s*评论\s*\d+|^评论\s*[(]?\d*[)]?$|\[发评论\]|网友评论|发表评论|我要评论|评论区|最新评论|热门评论|^精彩评论\s*[(]?\d*[)]?$|全部评论|已有\d+条评论|网友留言|我要留言|发表留言|参与评论"),
    # (a blog's entry footer files the post: "分类 女职工工作 标签 三八节、两癌筛查")
    ("related_links", r"^(?:文章关键词|关键词|标签)\s*[::]|^分类\s*[::]?\s*\S{1,20}\s+标签\s*[::]?\s*\S|^相关信息\s*[::]?$|本版导读|本版标题导航|标题导航|本版其他文章|本版其它文章|本版其他新闻|本版其它新闻|本版其他稿件|本版导航|其他版面|作者最新文章|作者其他文章|TA的文章|相关阅读|相关留言|相关内容|相关新闻|相关稿件|相关报道|相关消息|相关文章推荐|相关文章|相关链接|相关推荐|相关资讯|相关专题|延伸阅读|推荐阅读|扩展阅读|猜你喜欢|喜欢此内容的人还喜欢|热门点击|热点新闻|热门文章|热门推荐|精彩推荐|图文推荐|编辑推荐|点击排行|阅读排行|热门排行|排行榜|最新文章|最新新闻|最新更新|更多新闻|更多>>|今日推荐|热点推荐|往期回顾|专题推荐|为您推荐|大家都在看|往期推荐|往期精彩|精彩回顾|更多精彩|查看更多|更多回答|24小时热文|今日热文|热文排行|热点排行|24小时热点|查看全部\s*\d+\s*个回答|其他回答|相关视频|相关图集|相关话题|推荐话题|建议的话题"
                      # a CMS's taxonomy field under the text, the column the article is filed in (栏目: 工会要闻,
                      # 所属频道:X); a blog's 分类: row is a header line (header._BLOG_CATEGORY)
                      r"|^(?:所属)?(?:栏目|频道)\s*[::]\s*[^\s,，。;；:：]{1,16}$"
                      # … and a notice page's list of other notices, under a bare heading (相关通知, 相关公告)
                      r"|^相关(?:通知|公告)\s*[::]?$"
                      # … and a site's list of its other stories under a bare heading (其他新闻, 其它文章), as an
                      # association's news page sets it under the text
                      r"|^(?:其他|其它)(?:新闻|文章|消息|稿件|资讯)\s*[::]?$"
                      # a page's download links for its files (相关附件:, then bare file names)
                      r"|^相关附件\s*[::]?$"
                      # … and a policy page's link to the document it explains, or a list of them (相关文件:某某办法)
                      r"|^相关文件\s*(?:[::]|$)"
                      # … and a document-sharing site's list of other documents (相关文档, then file names)
                      r"|^(?:相关|相似|热门|推荐)文档\s*[::]?$"
                      # a WeChat post's collection block, over its text or under it (收录于合集, then #话题 N个 lines)
                      r"|^收录于(?:合集|话题)"
                      # a portal's list of what other readers opened, under a heading of its own (【其他人还看了】,
                      # 看过本文的人还看了): a sentence saying someone also saw something runs on
                      r"|^(?:其他人|其他读者|别人|网友|读者|大家|看过(?:本文|此文|这篇)的人|看了(?:本文|此文|这篇)的人)(?:还|也)(?:在)?看(?:了|过)\]?\s*[::]?$"
                      # a Q&A or legal-aid page's list of other questions under the answer
                      r"|^(?:相关问题|相关咨询|类似问题|其他问题|相似问题)\s*[::]?$"
                      # … and a legal-aid or mediation page's list of its other cases under the text (相关案例, then
                      # the cases' titles); 典型案例 is left out: a section of the text or a channel's name has it
                      r"|^(?:相关|更多|其他|其它|类似|相似)案例\s*[::]?$"
                      # a link that points to the full text ("《劳动合同法》第四十条 详见原文"; the sidebar header of
                      # such links is _LINK_BOX_HEAD)
                      r"|(?:详见原文|查看原文)$"
                      # a gallery's or portal's "more" heading over a few headline links (更多图集, 更多视频)
                      r"|^更多(?:图集|组图|视频|图片|新闻|资讯|文章|报道|内容|稿件)$"
                      # an e-paper's list of the headlines on the same page, under a bare heading (本版新闻, 本版标题,
                      # 同版文章, 本版稿件列表): the other articles' titles, then the page's own; or of the issue's
                      # top stories in its sidebar (本期要闻, 本期目录); the page index's label may open the
                      # heading's line ([版面导航] 本版标题)
                      rf"|^(?:\[?版面导航\]\s*)?{LIST_PAGE}{LIST_NOUN}(?:列表|一览)?\]?\s*[::]?$"),
    ("social_links", r"扫描二维码|分享到|分享至|分享让更多人看到|媒体矩阵|扫码关注|扫一扫|长按识别|识别二维码|长按二维码|微信扫一扫|关注我们|官方微信|官方微博|微信公众号|公众号二维码|手机扫描|客户端下载|下载客户端"
                     # an app's download promotion ("下载某某APP 享受会员专属福利")
                     r"|^下载\S{0,12}(?:APP|客户端)"
                     # … or its QR code's label, the app's name first ("某某APP 扫码下载")
                     r"|^\S{1,12}(?:APP|客户端)\s*扫码(?:下载|安装)$"
                     # … and a share bar's QR code label ("用微信扫码二维码", "微信扫码分享", "手机扫码阅读")
                     r"|^(?:请)?(?:用|使用)?(?:微信|手机|QQ)\s*扫码(?:二维码)?(?:分享|阅读|查看|观看|打开)?$"
                     # … and its prompt to open the app, with the app's name between ("打开某某APP,阅读体验更佳")
                     r"|" + APP_PROMPT +
                     # a blog engine's share box heading over its buttons (Jetpack: 分享此文:, Share this:)
                     r"|^(?:分享|转发)(?:此文|本文|该文|这篇文章|文章)\s*:?$|^share\s+this(?:\s+(?:post|article|story))?\s*:?$"),
    ("navigation", r"上一篇|下一篇|上一条|下一条|上一页|下一页|返回列表|返回顶部|打印本页|关闭窗口|打印此文|返回首页|返回目录|阅读原文|回上一页"
                   # HK and Macau pages (上一則, folded to simplified) and photo galleries
                   r"|上一则|下一则|上一张|下一张|上一幅|下一幅|上一图集|下一图集"
                   # … and their back link under the text (返回上頁), which the site's latest-news list and footer follow
                   r"|^返回上页$"
                   # an app page's back link over the headline, naming the channel it returns to (返回 基层动态, < 返回新闻)
                   r"|^(?:[<‹«]\s*返回\s*|返回\s+)\p{Han}{2,8}$"
                   # a printed bulletin's print count under its colophon ((共印60份), 印数:200份)
                   r"|^\(?\s*(?:共印|印数\s*[::]?|印)\s*\d{1,6}\s*份\s*\)?$"
                   # a notice's download box after its signature
                   r"|附件下载|下载附件|点击下载"
                   # an e-paper's page index under the article (版面导航, 第01版:要闻 第02版:综合 …)
                   r"|^版面导航$|第\d+版.{0,12}第\d+版"
                   # … and its issue's page count in the footer (本期共有 12 版, 今日共8版); a count of people or
                   # items (本期共有12名学员) is prose
                   r"|^(?:本期|本刊|今日|今天|当日|本日)共(?:有|计)?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*个?版(?:面)?\s*$"
                   # a blog's links to the entries before and after this one (前一篇:X, 后一篇:Y), labelled: a
                   # sentence that mentions 前一篇 has no colon right after it
                   r"|^(?:前一篇|后一篇)\s*[::]"
                   # a document-sharing site's end of its preview under the document's pages, and its download
                   # button ("预览已结束，下载文档查看全文", "免费下载此文档")
                   r"|^(?:免费)?(?:预览|试读)已?结束|^(?:免费)?下载(?:此|本)?文档"
                   # a paginated article's page count over its pager ("共2页:", then 上一页 1 2 下一页)
                   r"|^共\s*\d{1,3}\s*页\s*[::]?(?:\s|$)"
                   # a blog's like count under the post (12人点赞), over its collection name and the platform's
                   # furniture (the notebook the post is filed in, tip and author boxes)
                   r"|^\d[\d,.]*\s*[万wW]?\s*人(?:点赞|赞过|喜欢|赞赏|在看)$"
                   # … and a note or post's count of readers who saved or liked it (该笔记已被 12 人保存)
                   r"|^(?:该|此|本)(?:笔记|文章|文|篇|帖|帖子|内容|作品|回答)?已被\s*\d[\d,.]*\s*[万wW]?\s*人(?:保存|收藏|转存|点赞|赞过|喜欢)$"
                   # a government document's disclosure stamp under its signature ("(此件公开发布)"): the
                   # document's filing attribute, not a signer
                   r"|^\(?\s*此件(?:公开发布|主动公开|依申请公开|不予公开|不公开)\s*\)?$"),
    # (tobacco sites print the statutory health warning in their footer: 吸烟有害健康 请勿在禁烟场所吸烟; a sentence
    # that says so ends with a stop)
    # (本网讯 is the site's dateline tag, not its footer: see byline.lone_tag)
    # (a portal's sponsor line, the body that runs it and 主办 alone, over its menus or in its footer: 湖南省总工会主办)
    # (an event's sponsor in a sentence names it after 由: 运动会由市总工会主办)
    # (a site's hotline box under every article, its label bracketed, then the number and office hours:
    # 【职工维权热线】12351 周一至周五 9:00-17:00; tail_kind has stripped the opening bracket)
    ("site_footer", r"^(?:(?!由)\p{Han}){2,30}(?:会|委|局|厅|部|办|院|社|中心|政府|集团|公司|报|所|处|站|室)(?:主办|主管)$|"
                    r"^\p{Han}{0,10}(?:热线|服务电话|咨询电话)\]\s*\d{3,}[\d()-]*+\s*(?:$|\p{Han}{1,6}\s*\d)|"
                    r"^吸烟有害(?:你的|您的)?健康|^(?:请勿在禁烟场所吸烟|禁止中小学生吸烟|禁止向未成年人出售烟草(?:制品)?|戒烟(?:可|能)减少对健康的危害)(?:\s|$)|特别声明|友情链接|关于我们|联系我们|网站地图|网站声明|版权声明|版权所有|版权归|免责声明|隐私政策|法律声明|Copyright|©|\(c\)\s*\d{4}|ICP|备案号|备\d+号|公网安备|网站维护|技术支持|主办单位|主办\s*[::]|承办\s*[::]|协办\s*[::]|设为首页|加入收藏|举报电话|违法和不良信息|邮编\s*[::]|邮政编码|联系电话|电话\s*[::]|传真\s*[::]|地址\s*[::]|E-?mail\s*[::]|邮箱\s*[::]|投稿邮箱|本站|本网(?!讯)|不良信息举报|未经授权|未经书面授权|转载请注明|平台声明|报料|爆料|新闻热线|建议使用|分辨率|浏览器"),
]
_TAIL = [(k, lazyrx.cached(p, regex.I)) for k, p in TAIL_MARKERS]
# A sidebar of links to the texts an article cites, opened by a bracketed header (【法条链接】, 【政策链接】;
# tail_kind strips the opening bracket): related_links, tried before that kind's markers. The forum's
# [复制链接] button and 友情链接 are not these. (Kept out of the markers' alternation: this branch there made
# every search of it several times slower.)
_LINK_BOX_HEAD = lazyrx.cached(r"^(?!复制|友情|分享|打开)\p{Han}{2,4}链接\]$", regex.I)
# Footer facts that may sit anywhere on a line (copyright, licence numbers).
STRONG_FOOTER = lazyrx.cached(r"版权所有|Copyright|©|ICP[备证]|公网安备|备案号|技术支持\s*[::]", regex.I)
# A footer row opening with its copyright, the sign, a colon or a year after the word (版权所有 © 某某网 Some Name 。
# 建议使用…浏览器, Copyright © 2024 …, © 2024 …): the footer's row even when a full stop closes the holder's name
# and the browser advice or the address follows. (Prose may mention the words, 版权所有者/版权所有人, never so.)
_RIGHTS_ROW = lazyrx.cached(r"^(?:版权所有|copyright)\s*(?:©|\(c\)|:|(?:19|20)\d\d)|^©\s*(?:(?:19|20)\d\d|\p{Han})", regex.I)
# Closing marks of WeChat posts and wire copies ("END", "- END -", "(完)").
# (a live report closes with its status line: "直播已结束,感谢关注。")
END_MARK = lazyrx.cached(r"^[-—\s(]*(?:END|THE\s*END|完|全文完)[-—\s)]*$|^直播已?结束[,，]?\s*(?:感谢(?:您的)?(?:关注|收看)[。!]?)?$",
                         regex.I)


def may_be_footer(t: str) -> bool:
    """False when ``STRONG_FOOTER`` cannot match (Copyright and ICP both need a p or P, case folding included)."""
    return ("p" in t or "P" in t or "版权所有" in t or "©" in t or "公网安备" in t or "备案号" in t
            or "技术支持" in t)


# A platform's disclaimer under a self-media or portal copy ("特别声明:以上内容…为自媒体平台用户上传并发布,
# 本平台仅提供信息存储服务。"): a long sentence, yet footer.
# (a mobile page sets the label in lenticular brackets instead of a colon: "【版权声明】凡本网注明…"; tail_kind strips
# the opening one, the closing one folds to "]")
DISCLAIMER = lazyrx.cached(r"^(?:特别声明|免责声明|平台声明|版权声明|郑重声明|声明)\s*[::\]]"
                           # a portal's notice under its own name ("某某网版权与免责声明:凡本网注明…")
                           r"|^[\p{Han}A-Za-z0-9]{1,12}?(?:版权(?:与|和|及)?免责声明|版权声明|免责声明)\s*[::\]]"
                           r"|^凡本(?:网|站|报|刊|平台)注明"
                           # a portal's copyright notice under its name, on the works it marks as its own
                           # ("某某网声明:凡注明“来源:某某网”的作品,版权均属某某网所有,转载请注明来源。")
                           r"|^[\p{Han}A-Za-z0-9]{1,12}?声明\s*[::]\s*凡[^。!?]{0,40}?(?:版权|著作权)"
                           r"|^凡(?:注明|标注|署名)[^。!?]{0,30}?的(?:作品|稿件|文章|内容|图片)[,，]?\s*(?:其)?(?:版权|著作权)均?(?:属|归)"
                           # an aggregator's reprint notice ("本站转载此文目的在于传递更多信息,并不代表赞同其观点…")
                           r"|目的在于传递更多信息|并不代表(?:本站|本网)?赞同其观点"
                           # a site's infringement notice ("本站部分内容来自互联网,如有侵权请联系管理员删除。")
                           r"|如有侵权[^。!?]{0,16}删除|侵权必删"
                           # a site's rights statement ("…均为某某网版权所有,未经协议授权禁止下载使用。")
                           r"|版权所有[,，]?\s*未经[^。!?]{0,12}(?:授权|许可|同意)[^。!?]{0,8}(?:禁止|不得)"
                           r"|^(?:本站|本网|本平台|本号|本公众号)[^。!?]{0,8}(?:来自|来源于|源于|转载自)(?:互联网|网络)"
                           r"|仅提供信息(?:存储|发布)|信息存储空间服务|观点仅代表作者本人|不代表本?(?:站|网|平台)(?:的)?(?:观点|立场)"
                           # an app platform's note under a member's post ("以上内容由某某号作者上传,不代表平台观点")
                           r"|^以上内容由[^。!?]{1,16}(?:上传|发布)")


#: How DISCLAIMER's branches anchored at the line's start (without 声明) begin: ``may_disclaim`` tests these
#: and one literal of every other branch. (The unanchored branches make the pattern try every position of a
#: paragraph; plain substring scans are far cheaper.)
_DISCLAIMER_HEADS = ("凡本", "凡注明", "凡标注", "凡署名", "本站", "本网", "本平台", "本号", "本公众号", "以上内容由")


def may_disclaim(t: str) -> bool:
    """False when ``DISCLAIMER`` cannot match ``t`` (none of its words, none of its line heads)."""
    return ("声明" in t or "侵权" in t or "不代表" in t or "版权所有" in t or "传递更多信息" in t or "赞同其观点" in t
            or "仅提供信息" in t or "信息存储空间服务" in t or "仅代表作者本人" in t or t.startswith(_DISCLAIMER_HEADS))


# A line of topic tags under an article ("#劳模 #工匠 #进校园", Weibo-style "#五一劳动节#"): the page's
# tag list, which opens the links after the text like a 标签: line. (A WeChat post's collection block, under
# 收录于合集 over the text or under it, gives each tag with the count of posts filed under it: #工会动态 36个.)
_TAG = r"#[^\s#]{1,20}(?:#|(?=\s|$))(?:\s*\d{1,5}\s*个)?"  # closed (#话题#) or ended by a space (#劳模)
_HASHTAGS = lazyrx.cached(rf"^{_TAG}(?:\s*{_TAG})*$")


def hashtag_line(folded: str) -> bool:
    """A line that is only topic tags, each opened by # (a tag with Han in it)."""
    t = folded.strip()
    return t[:1] == "#" and bool(_HASHTAGS.match(t)) and bool(HAN.search(t))


# The closed topic tags (#话题#) a microblog post opens its first line with, its 【headline】 right after them
# ("#五一劳动节#【某某工会慰问一线职工】"): the platform's tags, glued to the headline when the page runs them on.
_HASHTAG_HEAD = lazyrx.cached(r"^(?:#[^\s#\[\]]{1,20}#\s*)+(?=\[)")


def hashtag_prefix(folded: str) -> int | None:
    """Where a bracketed headline starts after the topic tags opening its line (#话题#【headline】), or None."""
    if folded[:1] != "#":
        return None
    m = _HASHTAG_HEAD.match(folded)
    return m.end() if m and HAN.search(folded, 0, m.end()) else None


# A microblog post's mentions on a line of their own under its text ("@某某发布 @某某总工会"): the accounts it tags,
# the platform's chrome as its topic tags are. (A reply opens with one mention and then says something.)
_MENTIONS = lazyrx.cached(r"^@[^\s@:,。]{1,20}(?:\s*@[^\s@:,。]{1,20})*$")


def mention_line(folded: str) -> bool:
    """A line that is only @-mentions of accounts (a name with Han in it each time)."""
    t = folded.strip()
    return t[:1] == "@" and bool(_MENTIONS.match(t)) and bool(HAN.search(t))


# A WeChat post's prompt to follow the account, over its text or under it: 点击蓝字 (the account's name in blue),
# 点击上方蓝字关注我们, 点击上方“某某工会”关注我们; a template may break it over two lines (点击蓝字 / 关注我们), so
# the blue-word half stands alone too. The quoted account name wants the follow verb (点击“某某” alone is no prompt).
_FOLLOW = r"(?:一键)?(?:关注(?:我们|我|本号|公众号)?|设为星标|加星标|置顶)(?:\s*[,，]?\s*(?:设为星标|加星标|不迷路))*"
_FOLLOW_PROMPT = lazyrx.cached(rf"^(?:点击|点|戳|轻触|轻点)(?:上方|上面|下方|标题下方?)?\s*"
                               rf"(?:(?:蓝字|蓝色字体?)(?:\s*[,，]?\s*{_FOLLOW})?|“[^“”]{{2,16}}”\s*[,，]?\s*{_FOLLOW})\s*[!~。]?$")


def follow_prompt(folded: str) -> bool:
    """A WeChat follow prompt on its own line (点击蓝字, 点击上方“某某工会”关注我们)."""
    t = folded.strip()
    return 0 < len(t) <= 40 and bool(_FOLLOW_PROMPT.match(t))


# An article page's link to its neighbours ("上一篇:女职工“三期”内被调岗降薪怎么办?", "下一条 工伤认定申请期限"):
# the neighbour's headline may end in a question or exclamation mark, yet the line is navigation. With a colon,
# any headline-length rest; without one, a rest with no sentence end inside (a sentence "上一篇文章讲了…。" reads on).
_PREV_NEXT = lazyrx.cached(r"^(?:上一篇|下一篇|上一条|下一条|上一组|下一组)(?:\s*[::]\s*.{1,60}|\s*[^\s。!?;,:][^。!?;,]{0,40}[!?]?)$")


def prev_next_link(t: str) -> bool:
    """A line opening with 上一篇/下一篇/上一条/下一条 and then a headline: navigation, whatever the headline ends with."""
    return len(t) <= 66 and "。" not in t and bool(_PREV_NEXT.match(t))


# A paginated article's pager row, however long its page links make it ("第1页 / 共2页 首页 上一页 [1] [2] 下一页 尾页"):
# page counts, page links and numbers only, with a step link among them (上一页/下一页; a sentence naming them has
# other words, and a row of numbers alone may be a table's).
_PAGER_ROW = lazyrx.cached(r"^(?:(?:第\s*\d{1,3}\s*页|共\s*\d{1,3}\s*页|首页|尾页|末页|上一页|下一页|上页|下页|\[?\d{1,3}\]?"
                           r"|[/|:>»<«…]|\.{3})\s*)+$")


def pager_row(t: str) -> bool:
    """A row of a paginated article's page links and counts and nothing else, with a previous or next link."""
    return len(t) <= 120 and ("上" in t or "下" in t) and bool(_PAGER_ROW.match(t))


# A paper's correction note under the article, its label in lenticular brackets or before a colon ("【更正】本文首发时将
# …误写为…，现已更正，特此致歉。", "更正声明：…特此更正。"): the desk's note on the text, not the text. (A correction
# printed as an article of its own is the page's only text: the note is taken after a body only.)
_CORRECTION = lazyrx.cached(r"^(?:\[\s*(?:更正|勘误)(?:说明|声明|启事)?\s*\]|(?:更正|勘误)(?:说明|声明|启事)?\s*[::])\s*\S.{0,150}?"
                            r"(?:已(?:经)?(?:更正|改正|修改|修正)|特此(?:更正|说明)|致歉|道歉|歉意)")


def correction_note(folded: str) -> bool:
    """A correction note under the article (【更正】…现已更正，特此致歉。)."""
    t = folded.strip()
    return len(t) <= 200 and ("更正" in t[:6] or "勘误" in t[:6]) and _CORRECTION.match(t) is not None


# A Q&A or advice column's note under its text, in brackets ("(本栏目解答仅供参考,具体问题请咨询…热线12351)",
# "(以上内容仅供参考)"): the column's standing disclaimer, a footer note, not the article's words.
# (… or its standing note of who runs it and how to ask: "(本栏目由某某总工会与某某律师事务所联合开办,提问请发邮件至…)";
# who runs it alone, "(本栏目由某某工作站协办)", is an aside of the text)
_COLUMN_NOTE = lazyrx.cached(r"^[(\[]\s*(?:本栏目?|本专栏|本版|本期|以上|上述)[^()\[\]。]{0,40}?"
                             r"(?:仅供参考|仅作参考|仅供读者参考|不作为|不能作为|不构成)[^()\[\]。]{0,50}[)\]]$"
                             # (… or set after a label instead of brackets, its hotline in a sentence after it:
                             # "温馨提示:本栏目解答仅供参考,具体案件以…为准。如有疑问,欢迎拨打12351咨询。")
                             r"|^(?:温馨提示|特别提示|友情提示|提示|特别说明|说明)\s*[::]\s*(?:本栏目?|本专栏|本版|本期|以上|上述)"
                             r"[^。!?]{0,40}?(?:仅供参考|仅作参考|仅供读者参考|不作为|不能作为|不构成)[^。!?]{0,50}[。!]"
                             r"(?:[^。!?]{1,40}[。!])?$"
                             # (… or bare, one sentence of the answer speaking of itself under a Q&A page's reply:
                             # "本回复仅针对咨询人所述情况,供参考,不构成正式法律意见。", "以上解答仅供参考。")
                             r"|^(?:本|以上|上述)(?:回复|解答|答复|答疑)(?:内容|意见)?[^。!?]{0,30}?"
                             r"(?:仅供参考|供参考|不构成|不作为|不能作为)[^。!?]{0,30}。?$"
                             r"|^[(\[]\s*(?:本栏目?|本专栏)由[^()\[\]。]{2,40}?(?:联合)?(?:开办|主办|承办|协办|开设)\s*,"
                             r"[^()\[\]。]{0,20}?(?:提问|咨询|来信|邮件|邮箱|热线|电话)[^()\[\]。]{0,50}[)\]]$"
                             # (… or a programme's pointer to where its full video or audio plays: "(本期访谈完整视频请在
                             # “某某视频”APP观看)", "(完整节目请登录某某网收听)")
                             r"|^[(\[]\s*(?:本期|本集|本场|本次|本节目|完整)[^()\[\]。]{0,20}?(?:视频|音频|节目|直播|访谈)[^()\[\]。]{0,10}?"
                             r"请(?:在|到|登录|下载|打开|关注|扫码|点击)[^()\[\]。]{1,30}?(?:观看|收看|收听|回看|点播)[)\]]$")


def column_disclaimer(folded: str) -> bool:
    """A column disclaimer on its own line, bracketed, labelled or the answer's own ((本栏目解答仅供参考,…),
    温馨提示:本栏目…仅供参考…, 本回复…不构成正式法律意见。): a footer note when after the text."""
    t = folded.strip()
    if not t or t[0] not in "([提温特友说本以上" or len(t) > 100 or ("参考" not in t and "不" not in t and "办" not in t and "请" not in t):
        return False
    return bool(_COLUMN_NOTE.match(t))


# A message board's or hotline's rows after the official reply, which open its comment_form block: the asker's
# rating of it, labelled or under a bare heading (满意度评价:解决程度 ★★★★☆; 满意度评价, then 解决程度:★★★★☆
# 办理态度:★★★★★), the asker's comment or follow-up (网友评价:…, 网友追评:…) and a hotline's call-back note
# (回访情况:已回访,市民表示满意。). A labelled row may hold a short sentence: its label says what it is.
_RATING_ROW = lazyrx.cached(r"^(?:满意度(?:评价|测评)?|网友评价|网友追评|追评|回访(?:情况|结果|意见))\s*[::]|^满意度评价$"
                            r"|^(?:\p{Han}{2,6}\s*[::]?\s*[★☆]{3,5}\s*)+$")
#: How long a rating row may run (a short comment; a report's paragraph opening with such a label runs longer).
_RATING_MAX = 60


def rating_row(t: str) -> bool:
    """A board's rating, comment or call-back row after the reply (_RATING_ROW), a sentence in it or not."""
    return len(t) <= _RATING_MAX and (t[0] in "满网追回" or "★" in t or "☆" in t) and _RATING_ROW.match(t) is not None


@line_cache()


def tail_kind(folded: str) -> str | None:
    """The block kind a short line opens (相关阅读 → related_links, 版权所有 → site_footer …)."""
    if "#" in folded and hashtag_line(folded):
        return "related_links"
    if "点" in folded and follow_prompt(folded):
        return "social_links"
    if "@" in folded and mention_line(folded):
        return "social_links"
    t = folded.strip().lstrip("•·●◆■□>-*#【[ ").strip()
    if not t:
        return None
    if may_disclaim(t) and DISCLAIMER.search(t):
        return "site_footer"
    if (k := statement_kind(t)) is not None:
        return k
    if _NUMBERED.match(t) and not STRONG_FOOTER.search(t):
        return None  # a numbered item ("1. 某某驿站 地址:…") is a list's line, not a footer's
    if may_be_footer(t) and STRONG_FOOTER.search(t) and (not FULL_STOP.search(t) or _RIGHTS_ROW.match(t)):
        return "site_footer"
    if END_MARK.match(t):
        return "navigation"
    if page_index_line(t) or epaper_label(t):
        return "navigation"
    if t[0] in "上下" and prev_next_link(t):
        return "navigation"
    if "页" in t and pager_row(t):
        return "navigation"
    if t[0] in _COLOPHON_FIRST and _COLOPHON.match(t):
        return "navigation"
    if rating_row(t):
        return "comment_form"
    if comment_prompt(t):
        return "comment_form"  # a post's closing call to comment, maybe after a question to its readers
    if len(t) > 60 or STOPS.search(t):
        return None
    for kind, rx in _TAIL:
        if kind == "related_links" and _LINK_BOX_HEAD.match(t):
            return kind  # (a match at the line's start: the marker's own test below takes it at once)
        m = rx.search(t)
        if m and (m.start() <= 2 or len(t) <= 30 or kind in ("site_footer",)):
            return kind
    return None


# An official document's colophon (版记) under its text and annexes: the offices copied, a list of names that
# may run long and end in a full stop (抄送:省总工会,市委办公室,市政府办公室。); the printing office and date follow.
# (minutes and internal bulletins name the offices they went up and out to: 报送:市总工会,公司党委。 发送:各基层分会。;
# only a list of bodies, none of a sentence's digits or marks: "发送:姓名+电话至12351" is an instruction)
# (a work bulletin's distribution list labels them with one character each: 报:省总工会 / 送:市委办公室 / 发:各县(区)总工会;
# such a label needs a body's name among the list: "发:好的" is a chat line)
_COLOPHON = lazyrx.cached(r"^抄送\s*[::]\s*[^。!?;]{2,150}[。]?$"
                          r"|^(?:抄报|报送|发送|分送)\s*[::]\s*\p{Han}[\p{Han}()]{1,24}(?:[,、;]\s*\p{Han}[\p{Han}()]{1,24}){0,12}[。]?$"
                          r"|^[报送发]\s*[::]\s*(?=[^。]*(?:工会|委|办公室|政府|人大|政协|局|厅|部|领导|单位))"
                          r"\p{Han}[\p{Han}()]{1,24}(?:[,、;]\s*\p{Han}[\p{Han}()]{1,24}){0,12}[。]?$")
_COLOPHON_FIRST = frozenset("抄报发分送")


def more_heading(folded: str) -> bool:
    """A lone heading word that opens a block of related links (更多图集, 更多新闻), though menus use its words too."""
    t = folded.strip()
    return len(t) <= 8 and not _SPACE.search(t) and tail_kind(t) == "related_links"


_NUMBERED = lazyrx.cached(r"^(?:\d{1,2}[.、]|[(]\d{1,2}[)]|[一二三四五六七八九十]{1,3}、)\s*\S")

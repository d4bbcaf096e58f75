"""Site chrome lines: metadata headers, navigation, and the blocks after an article.

All patterns are written in simplified script and applied to *folded* text
(traditional→simplified, full-width→ASCII; see ``lines.fold``), so one rule
covers 發布時間 and 发布时间, ``来源：`` and ``来源:``.
"""

from __future__ import annotations

import regex

from .. import lazyrx
from .lines import FULL_STOP, HAN, STOPS, line_cache, other_han_class, two_found

SEP = r"\s*[::]\s*"
# Labels of the metadata line under a headline (CMS article pages, portals, forums).
TIME_LABEL = r"(?:发布|更新|发表|上传|录入|编发|刊发)?(?:时间|日期)|发表于|发布于|编辑于|发布|时间"
# (a repost's note of where it was taken from, 本文转自:X / 转载自:X, names the source too)
# (a WeChat post credits text and pictures together under one label: 图文来源:某某县总工会; 图片来源 credits a photo only)
# (a railway or enterprise site names the unit that filed the story: 供稿单位:某某车务段)
SOURCE_LABEL = r"供稿单位|供稿部门|稿件来源|内容来源|图文来源|文图来源|文字来源|素材来源|消息来源|来源于|来源|稿源|出处|来自|信息来源|文章来源|新闻来源|本文来源|新闻稿发布|发布单位|发布部门|本文转自|本文转载自|转载自|转自"
AUTHOR_LABEL = r"作者|撰稿|文|发布者|发布人|录入|编辑|责编|供稿"
VIEWS_LABEL = r"点击(?:量|数|率)?|点阅(?:次数|数|率)?|浏览(?:量|次数|数)?|阅读(?:量|数|次数)?|人气|访问(?:量|次数)|查看(?:次数)?"
LABELS = {
    "time": lazyrx.cached(rf"(?:{TIME_LABEL}){SEP}|(?:发表于|发布于|编辑于)\s*(?=\d)"),
    "source": lazyrx.cached(rf"(?:{SOURCE_LABEL}){SEP}"),
    "author": lazyrx.cached(rf"(?<![\p{{Han}}])(?:{AUTHOR_LABEL}){SEP}"),
    # newspaper e-paper pages: 版次:03, 第03版:要闻
    # … and without the 第 ("2024-07-10  A2版:综合新闻")
    "edition": lazyrx.cached(r"(?:版次|版面|版名|字数)\s*[::]|第\s*(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版(?:\s*[::]|\s|$)"
                             r"|(?<![\p{Han}A-Za-z0-9])[A-Z]?\d{1,3}\s*版\s*[::]"),
    # the catalogue block over a government disclosure page (政府信息公开: 索引号, 发布机构, 公开方式 …; its
    # 主题词 row gives the document's subject terms, 工会；职工服务, no headline)
    "catalogue": lazyrx.cached(r"(?:索引号|发布机构|发文机关|发文单位|公开方式|公开形式|公开范围|公开时限|成文日期|发文日期"
                               r"|生效日期|施行日期|废止日期|主题分类|主题词|体裁分类|组配分类|信息分类|服务对象|发文字号|文号|有效性)"
                               rf"{SEP}"),
    # (a repost library's bare 阅 56 after a bar: "| 阅 56 | 转藏 3")
    "views": lazyrx.cached(rf"(?:{VIEWS_LABEL}){SEP}?\s*\d+|(?:{VIEWS_LABEL}){SEP}|\d+\s*(?:次|人)?(?:浏览|阅读|点击)"
                           r"|(?<![\p{Han}])阅\s+\d+"),
    # the page's own address shown under the headline (本文链接:http://…)
    "url": lazyrx.cached(rf"(?:本文链接|本文地址|原文链接|原文地址|文章地址|本页地址|本页链接|文章链接|本文网址|网址){SEP}\S"),
    # the poster's region that social sites and apps print with the date (IP 属地福建, IP属地:河南)
    "region": lazyrx.cached(r"IP\s*属地\s*[::]?\s*\p{Han}"),
    # WeChat and self-media posts set a label off with a bar: "来源 | 泰州日报", "编辑 | 张三"
    "barred": lazyrx.cached(r"^(?:来源|稿源|作者|文|编辑|责编|审核|校对|排版|美编)\s*\|\s*(?=\S)"),
}
DATE = r"(?:19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
# (a 12-hour clock reads after its part of the day: 2024/04/02 上午 10:15:32, as .NET's zh-TW and zh-CN date formats
# write it; extract.dates.clock_hour turns it into the 24-hour time. Its words folded to simplified script:
# tests/test_chrome_closing.py keeps them in step with extract.dates.PERIOD.)
CLOCK_PERIOD = "上午|下午|中午|晚上|凌晨|早上|早晨|清晨|午后|傍晚|晚间"
TIME = rf"(?:(?:{CLOCK_PERIOD})\s*)?\d{{1,2}}:\d\d(?::\d\d)?"
DATE_LINE = lazyrx.cached(rf"^[\[(]?\s*{DATE}(?:\s*{TIME})?\s*[\])]?$")
# A paper's stamp under a reprinted article: "《工人日报》(2024年07月12日 05版)".
# (an e-paper's text dump may set the paper's name inside the brackets, with its page: "（大众日报 2024年03月12日 05版）";
# a bracketed pointer into another paper reads 详见/参见 before the name)
PAPER_STAMP = lazyrx.cached(rf"^《[^《》]{{2,20}}》\s*[(\[]\s*{DATE}\s*(?:第?\s*[A-Z]?\d{{1,3}}\s*版)?\s*[)\]]$"
                            rf"|^[(\[]\s*(?!详见|参见|见)《?\p{{Han}}{{2,12}}(?:报|刊)》?\s*{DATE}\s*第?\s*[A-Z]?\d{{1,3}}\s*版\s*[)\]]$")
CHANNEL_TAG = lazyrx.cached(r"^\[[^\[\]]{1,8}\]")
_URL_RX = r"(?:https?://|www\.)[\w./%?#=&~+-]+"
URL = lazyrx.cached(_URL_RX, regex.I)
# Small widgets sitting in metadata lines: font size switches, print/close, share.
# Buttons of article pages, portals, WeChat and app copies (举报, 在看, 阅读原文, 展开全文, 列印 …).
WIDGETS = lazyrx.cached(
    # (a Q&A site's buttons first: 关注 and 邀请 alone would take their heads, 关注问题 写回答 邀请回答)
    # (a counted button before the bare words, which would take its head and leave the count: 收藏 (97))
    r"关注问题|邀请回答|(?:在看|点赞|赞|转发|收藏|喜欢|推荐)\s*\d+(?:\.\d+)?[万wW]?|"
    r"字号|字体|[大中小]\s*[大中小]\s*[大中小]?|(?:打印|列印|收藏|关闭)(?:本页|此页|本文|窗口|本窗口)|打印|列印|友善列印|关闭|收藏|分享|默认|纠错|视力保护色|我要反馈|"
    r"我要举报|我要纠错|举报|反馈|关注|参与互动|取消允许|邀请|展开全文|阅读全文|查看完整版|电脑版|(?<![A-Za-z])(?:Print|Close|Share|Back|Top)(?![A-Za-z])|"
    # (an English pager under the text of a firm's bilingual site: < Prev　Next >, ‹ Previous | Next ›)
    r"(?:[<‹«]\s*)?(?<![A-Za-z])(?:Prev|Previous)(?:\s*Next(?:\s*[>›»])?)?(?![A-Za-z])|(?<![A-Za-z])Next(?![A-Za-z])(?:\s*[>›»])?|(?:阅读|展开)剩余全文(?:\s*[(（][^()（）]{0,8}[)）])?|查看全文|收起全文|收起|打开APP|APP内打开|在看|点赞|赞|阅读原文|预览时标签不可点|继续滑动看下一个|轻触阅读原文|向上滑动看下一个|"
    # (a blog's repost button, 转载▼, tip widgets: 赠金笔, 打赏, and its submission box's label: 已投稿到:)
    # (a work app's button under a notice: 确认已读, 标为已读)
    # (a CMS's vote buttons under the text, each alone on a line: 顶一下(12), 踩一下(3), 顶(5))
    r"(?:顶一下|踩一下|顶|踩)\s*\d+|顶一下|踩一下|"
    # (a personal-library reprint site's tool row under the headline: 转藏到我的图书馆 微信分享:)
    r"转藏到我的(?:图书馆|馆)|转藏|"
    r"确认已读|确认已阅|标为已读|标记为已读|转发|转载|赠金笔|打赏|已投稿到|回上一页|回上页|回首页|返回顶部|返回|顶部|放大|缩小|听全文|上一版|下一版|上一张|下一张|上一幅|下一幅|上一则|下一则|查看原图|查看大图|\+1|"
    # Q&A sites' buttons and counts (关注问题 写回答, 赞同 125, 23 条评论, 默认排序; 138 人赞同了该文章 over a column's text)
    r"关注问题|写回答|邀请回答|默认排序|按时间排序|\d+\s*人赞同了该(?:回答|文章)|赞同\s*\d*|\d+\s*条评论|\d+\s*个回答|喜欢|阅读\s*\(?\d+(?:\.\d+)?万?\)?|分享至|分享到",
    regex.I,
)
SENTENCE = lazyrx.cached(r"[。!?;]|,.*,")

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
首页 主页 网站首页 返回首页 新闻 资讯 要闻 动态 社区 论坛 会员 帮助 博客 搜索 登录 注册 退出 排行 排行榜 统计 签到 每日
列表 最新 帖子 精华 精华区 服务 幸运 大转盘 设置 消息 短消息 好友 空间 相册 日志 导航 频道 专题 专栏 视频 图片 图库
娱乐 体育 财经 科技 教育 健康 旅游 汽车 房产 文化 时政 国内 国际 社会 评论 观点 工会 职工 维权 帮扶 劳模 工匠
地方 省内 市县 通知 公告 政务 公开 党建 图文 直播 下载 English 手机版 移动版 客户端 网站地图 更多 本站 用户 我的
广场 应用 任务 勋章 道具 银行 标签 门户 群组 家园 问答 活动 商城 设为首页 加入收藏 联系我们 关于我们 在线 投稿 订阅
收藏本站 开启辅助访问 辅助访问 切换到窄版 切换到宽版 快捷导航 版面导航 上一版 下一版 上一期 下一期 PDF版
内容简介 视频简介 视频文字稿 文字稿 图集 更多图集 重新浏览
""".split()), key=lambda w: (-len(w), w))  # longest first; a fixed order keeps the pattern text (the cache key) stable
_NAV_RE = lazyrx.cached("|".join(map(regex.escape, NAV_WORDS)))

# Markers opening the blocks after an article, by the removal kind of the block.
TAIL_MARKERS = [
    # a WeChat page's comment list opens with a bare 留言/写留言/精选留言 line
    # … and a portal's or app's comment list with its count (评论 12, 评论(0))
    # … and a blog's comment box head with its [发评论] button ("评论 重要提示:… [发评论]")
    # … and a thread's replies under the first post by a lone reply button (回复, 回复 #1: Discourse-style
    # threads dumped as text, which the forum layout does not catch)
    # … and a message board's blocks after the official reply: the asker's rating of it (满意度评价:解决程度 ★★★★☆),
    # the asker's follow-up (网友追评:…)
    # … and a comment box's prompt over its input (欢迎发表你的观点, then a bare 发表 button)
    ("comment_form", r"^欢迎(?:发表|留下|分享|写下)(?:你|您)的(?:观点|看法|评论|意见|留言|想法)$|^(?:满意度(?:评价|测评)?|网友评价|网友追评|追评)\s*[::]|^(?:写留言|留言|精选留言|全部留言|留言\s*\d+)$|^(?:我要提问|我要咨询)$|^(?:网友寄语|网友留言|网友跟帖)\s*[::]?$|^回复(?:\s*#\d+)?$|^转发\s*\d+\s*评论\s*\d+|^评论\s*[(]?\d*[)]?$|\[发评论\]|网友评论|发表评论|我要评论|评论区|最新评论|热门评论|^精彩评论\s*[(]?\d*[)]?$|全部评论|已有\d+条评论|网友留言|我要留言|发表留言|参与评论"),
    # (a blog's entry footer files the post: "分类 女职工工作 标签 三八节、两癌筛查")
    ("related_links", r"^(?:文章关键词|关键词|标签)\s*[::]|^分类\s*[::]?\s*\S{1,20}\s+标签\s*[::]?\s*\S|^相关信息\s*[::]?$|本版导读|本版标题导航|标题导航|本版其他文章|本版其它文章|本版其他新闻|本版其它新闻|本版其他稿件|本版导航|其他版面|作者最新文章|作者其他文章|TA的文章|相关阅读|相关留言|相关内容|相关新闻|相关稿件|相关报道|相关消息|相关文章推荐|相关文章|相关链接|相关推荐|相关资讯|相关专题|延伸阅读|推荐阅读|扩展阅读|猜你喜欢|喜欢此内容的人还喜欢|热门点击|热点新闻|热门文章|热门推荐|精彩推荐|图文推荐|编辑推荐|点击排行|阅读排行|热门排行|排行榜|最新文章|最新新闻|最新更新|更多新闻|更多>>|今日推荐|热点推荐|往期回顾|专题推荐|为您推荐|大家都在看|往期推荐|往期精彩|精彩回顾|更多精彩|查看更多|更多回答|24小时热文|今日热文|热文排行|热点排行|24小时热点|查看全部\s*\d+\s*个回答|其他回答|相关视频|相关图集|相关话题|推荐话题|建议的话题"
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
                      # a link that points to the full text ("《劳动合同法》第四十条 详见原文"; the sidebar header of
                      # such links is _LINK_BOX_HEAD)
                      r"|(?:详见原文|查看原文)$"
                      # a gallery's or portal's "more" heading over a few headline links (更多图集, 更多视频)
                      r"|^更多(?:图集|组图|视频|图片|新闻|资讯|文章|报道|内容|稿件)$"
                      # an e-paper's list of the headlines on the same page, under a bare heading (本版新闻, 本版标题,
                      # 同版文章, 本版稿件列表): the other articles' titles, then the page's own
                      r"|^(?:本版|同版|该版)(?:新闻|标题|文章|稿件|内容|要闻|目录)(?:列表|一览)?\]?\s*[::]?$"),
    ("social_links", r"扫描二维码|分享到|分享至|分享让更多人看到|媒体矩阵|扫码关注|扫一扫|长按识别|识别二维码|长按二维码|微信扫一扫|关注我们|官方微信|官方微博|微信公众号|公众号二维码|手机扫描|客户端下载|下载客户端"
                     # an app's download promotion ("下载某某APP 享受会员专属福利")
                     r"|^下载\S{0,12}(?:APP|客户端)"
                     # … or its QR code's label, the app's name first ("某某APP 扫码下载")
                     r"|^\S{1,12}(?:APP|客户端)\s*扫码(?:下载|安装)$"
                     # … and a share bar's QR code label ("用微信扫码二维码", "微信扫码分享", "手机扫码阅读")
                     r"|^(?:请)?(?:用|使用)?(?:微信|手机|QQ)\s*扫码(?:二维码)?(?:分享|阅读|查看|观看|打开)?$"
                     # … and its prompt to open the app, with the app's name between ("打开某某APP,阅读体验更佳")
                     r"|^打开\S{0,12}(?:APP|客户端)\s*(?:$|[,，]?\s*(?:阅读体验更佳|体验更佳|阅读更多|查看更多|看更多|查看全文|阅读全文|更多精彩|获取更多))"),
    ("navigation", r"上一篇|下一篇|上一条|下一条|上一页|下一页|返回列表|返回顶部|打印本页|关闭窗口|打印此文|返回首页|返回目录|阅读原文|回上一页"
                   # HK and Macau pages (上一則, folded to simplified) and photo galleries
                   r"|上一则|下一则|上一张|下一张|上一幅|下一幅|上一图集|下一图集"
                   # … and their back link under the text (返回上頁), which the site's latest-news list and footer follow
                   r"|^返回上页$"
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
                   # a government document's disclosure stamp under its signature ("(此件公开发布)"): the
                   # document's filing attribute, not a signer
                   r"|^\(?\s*此件(?:公开发布|主动公开|依申请公开|不予公开|不公开)\s*\)?$"),
    # (tobacco sites print the statutory health warning in their footer: 吸烟有害健康 请勿在禁烟场所吸烟; a sentence
    # that says so ends with a stop)
    # (本网讯 is the site's dateline tag, not its footer: see byline.lone_tag)
    # (a portal's sponsor line, the body that runs it and 主办 alone, over its menus or in its footer: 湖南省总工会主办)
    # (an event's sponsor in a sentence names it after 由: 运动会由市总工会主办)
    ("site_footer", r"^(?:(?!由)\p{Han}){2,30}(?:会|委|局|厅|部|办|院|社|中心|政府|集团|公司|报|所|处|站|室)(?:主办|主管)$|"
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
# Small patterns used inside the rules, compiled once (a module-level regex call pays a cache lookup).
_PROSE_MARK = lazyrx.cached(r"[。!?;,,]")
_AUTHOR_START = lazyrx.cached(rf"(?:{AUTHOR_LABEL}){SEP}")
_LONE_LABEL = lazyrx.cached(rf"^[(\[]?\s*(?:{SOURCE_LABEL}|{AUTHOR_LABEL}|{VIEWS_LABEL})(?:{SEP}|\s*\|\s*)[^,,;;]{{1,24}}[)\]]?$")
# A view count alone with its label after it ("1206阅读", "3.2万次浏览"): what self-media apps print under a post.
# A post's date row after the text, maybe with the author glued on ("发布于 2024年3月8日作者 夷陵工会"), and an
# office system's read receipt ("已阅人员(356人):郜志远 李建伟 … 更多>>").
# (a CMS stamps the page's last update under the text: 最后更新日期:2024/04/02, 更新时间:2024-04-02 10:15)
_TAIL_DATE_ROW = lazyrx.cached(rf"^(?:发布于|发表于|发布时间|发布日期|更新于|(?:最后)?更新(?:日期|时间)|最后更新|posted on)\s*[::]?\s*{DATE}(?:\s*{TIME})?"
                               r"\s*(?:(?:作者|来源|编辑)\s*[::]?\s*\S{1,16})?$", regex.I)
# A social platform's stamp under a post, the poster's IP region after its date ("编辑于 2024-03-28 21:14・IP 属地广东",
# Zhihu; "发布于 2024-05-02 · IP属地:湖南"): the text ends there, the platform's tags, buttons and comments follow.
# (a Q&A site's answer closes on its stamp and rights note instead: "回答于 2023-11-06 21:14 · 著作权归作者所有")
_CLOSING_STAMP = lazyrx.cached(rf"^(?:编辑于|发布于|发表于|更新于|回答于)\s*{DATE}(?:\s*{TIME})?\s*[·・•|]?\s*"
                               r"(?:IP\s*属地\s*[::]?\s*\p{Han}{2,8}|著作权归(?:原)?作者所有)$")


def closing_stamp(folded: str) -> bool:
    """A post's edit or publish stamp with the poster's IP region (编辑于 2024-03-28 21:14・IP 属地广东), or an answer's
    with its rights note (回答于 … · 著作权归作者所有): its last line."""
    t = folded.strip()
    return len(t) <= 50 and ("属地" in t or "著作权" in t) and _CLOSING_STAMP.match(t) is not None


# An English blog's (WordPress-style) post-meta row: "Posted on 2024-12-03 by admin | News | Views: 276",
# "By Jane Doe on March 8, 2024 · 3 Comments": the date and poster, then the category and counters, set off by
# bars or dots. The English twin of the 发布时间:… 作者:… 浏览:… row, read the same way.
_EN_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_EN_DATE = rf"(?:{DATE}|{_EN_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}\s+{_EN_MONTH},?\s+(?:19|20)\d\d)"
_EN_NAME = r"[\p{Han}A-Za-z0-9_][\p{Han}A-Za-z0-9_.\-]{0,23}(?:\s+[A-Z][A-Za-z.\-]{0,20})?"
_EN_META_PART = (r"(?:views?|hits|reads|comments?)\s*[::]?\s*\d[\d,]*|\d[\d,]*\s*(?:views?|comments?|reads|hits)"
                 r"|no\s+comments|leave\s+a\s+(?:comment|reply)|(?:posted\s+in|filed\s+under|categor(?:y|ies)|in)\s*[::]?\s*"
                 r"[\p{Han}A-Za-z][\p{Han}A-Za-z0-9 &,\-]{0,29}|by\s+" + _EN_NAME
                 + r"|[\p{Han}A-Za-z][\p{Han}A-Za-z0-9&\-]{0,15}(?:\s[A-Za-z&][A-Za-z\-]{0,15}){0,2}")
_EN_POST_META = lazyrx.cached(
    rf"^(?:(?:posted|published|written|updated|last\s+updated)\s+(?:on\s+)?{_EN_DATE}(?:\s*{TIME})?(?:\s+by\s+{_EN_NAME})?"
    rf"|(?:posted\s+|written\s+)?by\s+{_EN_NAME}\s+(?:on\s+)?{_EN_DATE}(?:\s*{TIME})?)"
    rf"(?:\s*[|·•｜丨]\s*(?:{_EN_META_PART}))*\s*$", regex.I)
_READ_RECEIPT = lazyrx.cached(r"^(?:已阅人员|已读人员|阅读人员|已阅|已读)\s*[(]?\s*\d*\s*人?\s*[)]?\s*[::]")
# … and a work app's read counter under a notice ("已读 312  未读 17"; "已阅 56人 | 未阅 3人").
_READ_COUNTS = lazyrx.cached(r"^(?:已读|已阅)\s*[::]?\s*\d+\s*人?\s*[|/·,]?\s*(?:未读|未阅)\s*[::]?\s*\d+\s*人?$")
# … and a message board's bare label over the message (留言内容:), the label of a field whose value is the text.
# (a TV station's news page labels its lead and its text the same way, each label alone on its line: 导语:, 正文:)
_BOARD_LABEL = lazyrx.cached(r"^(?:留言内容|留言正文|来信内容|咨询内容|投诉内容|问题描述|回复内容|答复内容|办理回复|回复详情)\s*[::]?$"
                             r"|^(?:导语|正文)\s*[::]$")
# … and the fields over the office's reply on such a board (回复单位:某某市总工会, 答复时间:2024-03-11 16:40): who
# answered and when, a short value, no clause.
# (a legal-aid board sets both on one row, "回复单位:某某中心  回复时间:2024-06-19 10:05", and files the question
# under its category, 咨询类别:劳动合同)
_BOARD_VALUE = rf"(?:{DATE}(?:\s*{TIME})?|[^\s。,，;；!?]{{1,30}})"
_REPLY_FIELD = lazyrx.cached(rf"^(?:回复|答复)(?:单位|部门|机构|时间|日期)\s*[::]\s*[^。,，;；!?]{{1,30}}$"
                             rf"|^(?:(?:回复|答复)(?:单位|部门|机构|时间|日期)\s*[::]\s*{_BOARD_VALUE}\s*){{2,3}}$"
                             r"|^(?:咨询|留言|问题|投诉|信件|来信|诉求)(?:类别|类型|分类)\s*[::]\s*[^\s。,，;；!?]{1,16}$")
#: How the board's field rows open (a cheap look before the pattern).
_BOARD_FIELD_FIRST = frozenset("回答咨留问投信来诉")
_LONE_COUNT = lazyrx.cached(r"^\d[\d,.]*\s*(?:万|w|W)?\+?\s*(?:次|人)?(?:阅读|浏览|点击)(?:量|数)?$"
                            # … or the label first, the count in ten thousands ("阅读量 3.6万")
                            r"|^(?:阅读|浏览|点击)(?:量|数|次数)?\s*[::]?\s*\d[\d,.]*\s*(?:万|w|W)?\+?$")
# A repost's bracketed note of where its text and pictures came from, with its takedown plea
# ("(内容来源:某某工会 图片来源于网络,侵删)"): the source line, though it holds a comma.
# (… and a blogger's note of what the text drew on: "(部分内容参考某某工会公众号)")
_SOURCE_NOTE = lazyrx.cached(rf"^\(\s*(?:内容|信息|文章|稿件|新闻|文字)?(?:{SOURCE_LABEL}){SEP}[^()]{{1,60}}\)$"
                             r"|^\(\s*(?:部分|本文)?(?:内容|资料|文字|素材|信息)?(?:参考|参考自|综合自|整理自|摘编自|编译自)\s*[::]?[^()。,]{2,30}\)$")
_DATE = lazyrx.cached(DATE)
# A line that is only a URL label and an address ("本文链接:http://…"): the page's own address, no text.
_URL_LINE = lazyrx.cached(rf"^[\[(]?\s*(?:本文链接|本文地址|原文链接|原文地址|文章地址|本页地址|本页链接|文章链接|本文网址|网址){SEP}"
                          r"(?:https?://|www\.)\S+\s*[\])]?$", regex.I)
# A date with its time; self-media copies glue the poster's IP region or tagline to the time
# ("2024-05-01 10:25·湖南", "2024-02-20 15:33重庆优质创作者"), a date alone must stand free.
_DATE_TIME = lazyrx.cached(rf"(?<!\S)(?:{DATE}\s*{TIME}(?![\d:])|(?:{DATE}|{TIME})(?![^\s·]))")
# A row of bracketed links and nothing else ("【收藏本页】【打印】【关闭】", "【首页】【工会动态】"; lenticular
# brackets fold to square ones): a CMS template's buttons. A bracketed headline is one pair, not a row.
_BRACKET_MENU = lazyrx.cached(r"^(?:\[[^\[\]\s]{1,6}\]\s*){2,8}$")
_CLAUSE = lazyrx.cached(r"[,，、:：“”\"《》]")
# Closing marks of WeChat posts and wire copies ("END", "- END -", "(完)").
# (a live report closes with its status line: "直播已结束,感谢关注。")
END_MARK = lazyrx.cached(r"^[-—\s(]*(?:END|THE\s*END|完|全文完)[-—\s)]*$|^直播已?结束[,，]?\s*(?:感谢(?:您的)?(?:关注|收看)[。!]?)?$",
                         regex.I)
_SPACE = lazyrx.cached(r"\s")
_BAR_SEP = lazyrx.cached(r"\s*[|┊│]\s*")
_LONG_NUMBER = lazyrx.cached(r"\d{3,}")
_WIDGET_STRIP = lazyrx.cached(r"[\s\[\]()【】]")
_WIDGET_SEPS = lazyrx.cached(r"[::|/]")


def han_count(text: str) -> int:
    """Number of Han characters in the text."""
    return len(HAN.findall(text))


@line_cache()
def is_prose(text: str) -> bool:
    """A line that reads as running text (sentences), not a label, menu or heading."""
    return len(text) >= 40 and bool(_PROSE_MARK.search(text)) or len(STOPS.findall(text)) >= 2


# A Chinese site's English name or slogan under its logo ("China National Committee of Finance, Commerce, Light
# Industry, Textile and Tobacco Trade Unions", "Zhengzhou Federation of Trade Unions"): Latin words only, most of
# them capitalised, ending on the word for a body or an outlet, no sentence. Its commas make it look like prose to ``is_prose``.
_LATIN_ROW = lazyrx.cached(r"^[A-Za-z][A-Za-z&'’,.\- ]{14,200}$")
_LATIN_WORD = lazyrx.cached(r"[A-Za-z][A-Za-z'’\-]*")
# (the name ends on the body's word: an English headline under a bilingual article's Chinese one names a body
# and goes on with a verb, "Kunshan Federation of Trade Unions Holds … Gathering for … Enterprises")
_BODY_WORD = lazyrx.cached(r"(?i)\b(?:unions?|federation|committee|association|council|congress|league|workers|"
                           r"government|bureau|company|corporation|group|news|daily|press|network|online|media|"
                           r"times|centre|center)(?:\s*,?\s*(?:co\.|ltd\.|inc\.|limited))*"
                           # (a national body's name closes on its country: "… Trade Union of China")
                           r"(?:\s+of\s+(?:the\s+)?(?:People's\s+Republic\s+of\s+)?China)?$")
_MINOR_WORDS = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "&"}


def english_name_line(folded: str) -> bool:
    """A Chinese page's English name line under its logo (… Federation of Trade Unions), not an English sentence."""
    t = folded.strip()
    if not _LATIN_ROW.match(t) or t.endswith(("!", "?")) or ". " in t or t.endswith(".") and not t.endswith(
            ("Ltd.", "Inc.", "Co.")):
        return False
    words = [w for w in _LATIN_WORD.findall(t) if w.lower() not in _MINOR_WORDS]
    if len(words) < 3:
        return False
    caps = sum(w[0].isupper() for w in words)
    return caps >= 0.8 * len(words) and _BODY_WORD.search(t) is not None


# A Latin-only line's sentence end: a full stop, "!" or "?" closing the line or followed by a space (an abbreviation
# closing a company's name, "Co., Ltd.", is not one; "Co.," is followed by its comma).
_LATIN_STOP = lazyrx.cached(r"(?<!\b(?:Co|Ltd|Inc|No|St))[.!?][\"'”’)\]]*(?:\s|$)")
_LATIN_LETTER = lazyrx.cached(r"[A-Za-z]{2}")


def latin_label_line(text: str) -> bool:
    """A line of Latin text with no Han and no sentence end (a Chinese page's English slogan or site name,
    "National Committee of Agriculture, Forestry, …"): its commas make it prose to ``is_prose``, yet it is no paragraph."""
    return not HAN.search(text) and _LATIN_LETTER.search(text) is not None and _LATIN_STOP.search(text) is None


def header_labels(folded: str) -> set[str]:
    """Which metadata labels (time, source, author, views) a folded line carries."""
    if not may_have_label(folded):
        return set()
    if " " in folded and ":" in folded:  # (a cheap test before the regex: a spaced label needs both)
        folded = despace_label(folded)
    if " " in folded:  # (a gloss is set off by a space; sub on a line without one leaves it as it is)
        folded = _GLOSS.sub("", folded)
    if "|" in folded and len(_BARRED_FIELD.findall(folded)) >= 2:  # 发稿时间|2024.05.20 供稿部门|… 阅读|596
        folded = _BARRED_FIELD.sub(r"\1:", folded)
    has = folded.__contains__
    return {name for name, rx, needs in _LABEL_GATES if any(map(has, needs)) and rx.search(folded)}


#: Each label's pattern with the strings one of which every match of it holds (SEP's colon; 发表于/发布于/编辑于
#: for the colonless time; 版 or 字数 for the edition; a views word's first character …): a line without any of
#: them skips that search (edition and views cost most, yet few lines hold their words).
_LABEL_NEEDS = {"time": (":", "于"), "source": (":",), "author": (":",), "edition": ("版", "字数"),
                "catalogue": (":",), "views": ("点", "浏", "阅", "人气", "访问", "查看"), "url": (":",),
                "region": ("属地",), "barred": ("|",)}
_LABEL_GATES = tuple((name, rx, _LABEL_NEEDS[name]) for name, rx in LABELS.items())


#: A field's label barred from its value (发稿时间|2024.05.20, 阅读|596): a union site's info row sets every label so,
#: two of them at least (a single "时间 | 地点" is a menu or a table's head).
_BARRED_FIELD = lazyrx.cached(rf"((?:{TIME_LABEL}|{SOURCE_LABEL}|{VIEWS_LABEL}))\s*\|\s*(?=[^\s|])")
#: An English gloss between a label and its colon on bilingual pages ("发布日期 Date:", "来源 Source:").
_GLOSS = lazyrx.cached(r"(?<=\p{Han})\s+(?!https?[::]//)[A-Za-z]{2,12}(?=\s*[::](?!//))")


#: A label spaced out letter by letter to fill a table cell (government disclosure tables: "索 引 号:", "文  号:"),
#: also after the value of the cell before it on a table row's line (a TRS portal's "作  者: 胡晓岚 点 击 数: 1326").
_SPACED_LABEL = lazyrx.cached(r"(?:^|(?<=\s))\p{Han}(?:\s+\p{Han}){1,4}(?=\s*:)")


def _closed_up(m) -> str:
    """A spaced-out run closed up (点 击 数 → 点击数)."""
    return "".join(m.group(0).split())


def despace_label(folded: str) -> str:
    """The line with each label spaced out letter by letter (索 引 号:) closed up (索引号:), so label rules read it."""
    return _SPACED_LABEL.sub(_closed_up, folded) if ":" in folded else folded


def may_have_label(t: str) -> bool:
    """False when no label can match: time/source/author need a colon (or a bar), edition a 版, views one of its words."""
    return (":" in t or "版" in t or "点击" in t or "浏览" in t or "阅读" in t or "点阅" in t or "人气" in t
            or "访问" in t or "查看" in t or "|" in t or "属地" in t or "于" in t)


@line_cache()
def is_header_line(folded: str, *, strict: bool = False) -> bool:
    """A metadata line: labels like 时间/来源/作者/点击 with short values, a bare date, a channel tag.

    ``strict`` (used inside the article body) asks for two different labels so
    that an announcement's "时间:5月1日" sentence survives.
    """
    t = folded.strip()
    if not t or len(t) > 200:
        return False
    if DATE_LINE.match(t) or PAPER_STAMP.match(t):
        return True
    if strict and "。" in t:  # a sentence inside the body is never a header line
        return False
    labels = header_labels(t)
    if "author" in labels and len(labels) == 1 and not _AUTHOR_START.match(t):
        labels = set()
    if "。" in t and not strict:
        return len(labels) >= 3
    if strict:
        if "。" in t:
            return False
        if "url" in labels and _URL_LINE.match(t):
            return True  # the page's own address on its labelled line (本文链接:http://…), under the text too
        # Inside the body one label is enough only for a whole short "来源:工人日报" line.
        lone = (_LONE_LABEL.match(t) or _LONE_COUNT.match(t) or _SOURCE_NOTE.match(t) or _TAIL_DATE_ROW.match(t)
                or _READ_RECEIPT.match(t) or _READ_COUNTS.match(t) or _BOARD_LABEL.match(t) or english_post_meta(t)
                or t[:1] in _BOARD_FIELD_FIRST and _REPLY_FIELD.match(t))
        return len(labels) >= 2 or bool(lone)
    if labels and (len(t) <= 80 or len(labels) >= 2):
        return True
    if CHANNEL_TAG.match(t) and (labels or _DATE.search(t)):
        return True
    if _DATE.search(t) and (URL.search(t) or WIDGETS.search(t)) and not SENTENCE.search(t):
        return True
    return (dated_name_line(t) or platform_account_line(t) or follow_bar(t) or _READ_COUNTS.match(t) is not None
            or "分类" in t and _BLOG_CATEGORY.match(t) is not None
            or qa_stats_line(t) or info_bar(t)
            or _BOARD_LABEL.match(t) is not None or english_post_meta(t)
            or t[:1] in _BOARD_FIELD_FIRST and _REPLY_FIELD.match(t) is not None)


# A blog entry's category row under its title ("分类： 工作随笔", by the 标签 row): one short name after the label.
# (only outside the body: a field list in the text may name a 分类 too)
_BLOG_CATEGORY = lazyrx.cached(r"^(?:博文|文章|日志)?分类\s*[::]\s*[^\s,，。;；:：]{1,16}$")


def english_post_meta(t: str) -> bool:
    """An English blog's post-meta row (Posted on 2024-12-03 by admin | News | Views: 276): the page's header line."""
    return len(t) <= 160 and t[:1] in "PpBbWwUuLl" and _EN_POST_META.match(t) is not None


# An app or mobile page's info bar under the headline: parts set off by bars (| ｜ 丨 ┊), dots or wide gaps,
# each a date-time, a labelled field (记者:X, 来源:X, 作者:X, 编辑:X) or the outlet's bare name
# ("某某县融媒体中心 | 记者:张三 | 2023-11-18 15:40"); a menu (首页 | 新闻 | 视频) has no date and no label.
_INFO_SPLIT = lazyrx.cached(r"\s*[|┊│丨]\s*|\s+[·•]\s+|\s{2,}")
_INFO_ROLE = lazyrx.cached(r"^(?:本报|本台|本刊|本网|特约)?(?:首席)?(?:全媒体|融媒体)?(?:记者|通讯员|实习生|摄影|摄像)"
                           r"\s*[::]?\s*\p{Han}{2,4}(?:[\s、,]+\p{Han}{2,4}){0,3}$")
_INFO_NAME = lazyrx.cached(r"^\p{Han}[\p{Han}A-Za-z0-9·]{1,19}$")


def info_bar(t: str) -> bool:
    """A bar of a date, labelled fields and the outlet's name (某某融媒体中心 | 记者:张三 | 2023-11-18 15:40)."""
    if "|" not in t and "┊" not in t and "│" not in t and "丨" not in t and "·" not in t and "•" not in t and "  " not in t:
        return False
    parts = [p for p in _INFO_SPLIT.split(t.strip()) if p]
    if not 2 <= len(parts) <= 6:
        return False
    kinds = []  # each part a date, a labelled field or a bare name
    for p in parts:
        if DATE_LINE.match(p):
            kinds.append("date")
        elif _INFO_ROLE.match(p) or (len(p) <= 30 and header_labels(p) and not SENTENCE.search(p)):
            kinds.append("field")
        elif _INFO_NAME.match(p) and not _NAV_RE.fullmatch(p):
            kinds.append("name")
        else:
            return False
    # a date or a labelled field makes it a byline row; at most one bare name (the outlet)
    return ("date" in kinds or "field" in kinds) and kinds.count("name") <= 1


# A self-media platform's account line over a repost: the account's name and the platform's label for it
# ("某某县融媒体中心 人民号", "某某发布 百家号"), the post's byline, never its headline or text.
_PLATFORM_ACCOUNT = lazyrx.cached(r"^[\p{Han}A-Za-z0-9·]{2,20}\s+(?:人民号|百家号|头条号|一点号|澎湃号|企鹅号|网易号|搜狐号"
                                  r"|大风号|新京号|极目号|南方号|封面号|看点号|潮新闻号|央视频号|视频号|抖音号|快手号)$")


def platform_account_line(t: str) -> bool:
    """A line of an account's name and its platform's label (某某融媒体中心 人民号): a byline."""
    return "号" in t and _PLATFORM_ACCOUNT.match(t) is not None


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


# An app or video page's account and how long ago it posted ("鄂尔多斯融媒　3天前", "某某发布 2小时前", "某某 刚刚").
_RELATIVE_STAMP = lazyrx.cached(r"^[\p{Han}A-Za-z0-9·]{2,16}\s+(?:\d{1,2}\s*(?:秒|分钟|小时|天)前|刚刚)$")


def dated_name_line(t: str) -> bool:
    """A short unlabelled line of a date and names: "江城晚报 2024-01-08 06:50", "2024年03月15日 星期五".

    App copies, WeChat posts and e-papers put the source or author next to the
    date without labels; what is left after the date is a few words, no clause.
    """
    if SENTENCE.search(t):
        return False
    if not _DATE.search(t):
        return short_stamp_line(t) or cn_date_line(t) or ("前" in t or "刚" in t) and _RELATIVE_STAMP.match(t) is not None
    t = _ORIGINAL_MARK.sub("", t)  # "原创2024-01-12 16:40·某某融媒体中心": the platform's 原创 badge glued on
    rest = _DATE_TIME.sub(" ", t)
    if _DATE.search(rest):  # a date glued to words ("2024年5月10日召开…") is a headline
        return False
    if _CLAUSE.search(rest):
        return False
    words = [w for w in rest.split() if w]
    return len(rest.replace(" ", "")) <= 24 and len(words) <= 5 and all(len(w) <= 12 for w in words)


# A field's label alone on its line (发布时间, 来源：, 责任编辑, 发布机构：): a right-column info box or a disclosure
# table flattened to text sets each value on the next line.
_LONE_FIELD_LABEL = lazyrx.cached(rf"^(?:{TIME_LABEL}|{SOURCE_LABEL}|{AUTHOR_LABEL}|{VIEWS_LABEL}|记者|通讯员|摄影|摄像|"
                                  r"责任编辑|审核|索引号|发布机构|发文机关|发文单位|公开方式|公开范围|成文日期|生成日期|"
                                  r"主题分类|体裁分类|信息分类|发文字号|文号|有效性)\s*[::]?$")


def lone_field_label(folded: str) -> bool:
    """The line is only a metadata field's label (发布时间, 来源:), its value set on the next line."""
    t = folded.strip()
    return 0 < len(t) <= 8 and _LONE_FIELD_LABEL.match(t) is not None


def field_value(folded: str) -> bool:
    """A short line that can be a stacked field's value (a date, a name, a count): no sentence, no label."""
    t = folded.strip()
    return 0 < len(t) <= 40 and not STOPS.search(t) and not lone_field_label(t)


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


# An e-paper's issue date written in Chinese numerals, maybe with its weekday, alone on a line over the page
# ("二〇二四年五月十日 星期五"); a date in a sentence has words around it.
_CN_DATE_LINE = lazyrx.cached(r"^[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}[日号]"
                              r"(?:\s*[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?)?$")


def cn_date_line(t: str) -> bool:
    """A line that is only a date in Chinese numerals (二〇二四年五月十日, maybe 星期五 after it)."""
    return len(t) <= 20 and "年" in t and _CN_DATE_LINE.match(t) is not None


# An app's share page prints the outlet with a year-less stamp under the headline ("某某融媒 11-26 09:15"): month-day
# and a clock time together, the name a few words; a score (3-2) or a day range (5-8日) has no clock time after it.
# (a microblog gives a past year's post its year in two digits: "24-11-6 10:30")
_SHORT_STAMP = lazyrx.cached(r"(?<![\d\-/.:])(?:\d\d-)?(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])\s+\d{1,2}:\d\d(?![\d:])")
# A microblog post's stamp names the client it was sent from after the time, maybe with its edit mark
# ("24-11-6 10:30 来自 微博网页版 已编辑", "11-6 11:02 来自iPhone客户端").
_CLIENT_TAIL = lazyrx.cached(r"^来自\s*[^\s,，。;；:：]{1,16}(?:\s*已编辑)?$")


def short_stamp_line(t: str) -> bool:
    """A short line of an outlet's name and a year-less stamp (某某融媒 11-26 09:15): an app's byline row."""
    if "-" not in t or ":" not in t:
        return False
    t = t.strip()
    m = _SHORT_STAMP.search(t)
    if m is None or 0 < m.start() and m.end() < len(t):  # the stamp ends or opens the row, never inside a clause
        return False
    rest = (t[:m.start()] + " " + t[m.end():]).strip()
    if m.start() == 0 and "来自" in rest and _CLIENT_TAIL.match(rest):
        return True  # a microblog post's stamp and client
    words = rest.split()
    return (0 < len(words) <= 2 and len(rest.replace(" ", "")) <= 16 and all(HAN.search(w) for w in words)
            and not _CLAUSE.search(rest) and not _DATE_TIME.search(rest))


_NAME_LINE = lazyrx.cached(r"^[\p{Han}A-Za-z0-9·]{2,12}$")
_ORIGINAL_MARK = lazyrx.cached(r"^\s*原创\s*")


def name_line(folded: str) -> bool:
    """A bare name on a line of its own (an account, paper or author), no punctuation or spaces."""
    return bool(_NAME_LINE.match(folded.strip())) and bool(HAN.search(folded))


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


def bracket_menu(folded: str) -> bool:
    """A row of bracketed buttons and nothing else (【打印此页】【关闭窗口】)."""
    return bool(_BRACKET_MENU.match(folded.strip()))


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


# A statement about the text itself under an article, one or two short sentences: the site's reprint terms
# ("本文为某某网原创作品,未经授权不得转载。", "本文系某某平台原创,转载请注明出处"), a platform's note that a member
# posted it ("本文内容由作者发布,不代表某某立场"); and the reprint terms alone ("未经授权,不得转载。").
# (本文 must be followed by its verb: "本文件由县总工会负责解释" is a notice's own closing sentence)
REPRINT_NOTICE = lazyrx.cached(
    r"^[(\[]?\s*(?:本文|本稿|本稿件|此文|该文|本篇|本作品)(?:内容)?(?:为|系|是|属于|属|由)"
    r"[^。!?]{0,40}?(?:原创|独家|首发|版权|发布|上传|撰写|提供)[^。!?]{0,30}?"
    r"(?:转载|授权|许可|不代表|仅代表|出处|侵权)"
    r"|^[(\[]?\s*(?:未经(?:书面)?(?:授权|许可|允许|同意)[,，]?\s*(?:不得|禁止|严禁|请勿|谢绝)(?:转载|转发|复制|使用)"
    r"|(?:如需|如要|欢迎|谢绝)?转载请?(?:务必)?(?:注明|联系|附上|保留|与本\S{1,3}联系))"
    # a portal's footer disowning what it carries, and its terms of reuse (本网站所刊载信息，不代表…观点;
    # 刊用本网站稿件，务经书面授权)
    r"|^(?:本网站?|本站|本报|本刊|本平台)所?(?:刊载|刊登|发布|转载)的?(?:信息|内容|文章|稿件)[^。!?]{0,12}?不代表"
    r"|^(?:刊用|转载|使用|引用)本(?:网站?|站|报|刊|平台)(?:的)?(?:稿件|内容|文章|作品)[,，]?\s*(?:务|须|需|请|应)"
    # an app's note naming the account a post comes from ("本文来自【某某融媒】，仅代表作者观点。")
    r"|^[(\[]?\s*(?:本文|此文|该文)(?:来自|来源于|转自|选自)[^。!?]{1,30}?[,，]\s*(?:仅代表|不代表)"
    # a video or blog platform's marks under a member's article, each alone on its line (本文为我原创, 本文禁止转载或摘编):
    # the whole line, a sentence about an original work goes on
    r"|^[(\[]?\s*(?:本文|本篇|本作品)(?:为|系|是)(?:我|本人|作者|UP主)?(?:的)?原创(?:作品|文章|内容)?[。!]?\s*[)\]]?$"
    r"|^[(\[]?\s*(?:本文|本篇|本作品)(?:内容)?(?:禁止|严禁|谢绝|不得|不允许)(?:任何形式的?)?(?:转载|转发|摘编|复制)"
    r"(?:(?:或|和|、|及)(?:转载|转发|摘编|复制|使用))*[。!]?\s*[)\]]?$"
    # a platform's originality certificate under a post ("本文经「原本」原创认证，作者某某，访问…查询【ID】")
    r"|^[(\[]?\s*(?:本文|此文|该文)经[^。!?]{1,12}?原创认证")
#: The longest reprint statement (two short sentences); a paragraph about copyright is longer.
REPRINT_MAX = 80
# A line filing the article under tags or keywords ("本文标签:青梅 技能竞赛", "文章关键词:职工书屋", "Tags: 劳模").
# A CMS's keyword links under the text ("相关热词搜索:送清凉 五指山", "热门关键词:劳模 工匠"): the label, then
# short terms only (a sentence that names hot words goes on with clauses).
_TERMS = r"[^\s,，、;；。!?]{1,12}(?:[\s,，、;；|]+[^\s,，、;；。!?]{1,12}){0,11}"
_TAG_LINE = lazyrx.cached(r"^(?:本文|文章|本帖|帖子|新闻|相关)(?:标签|关键词|关键字|tag)\s*[::]|^tags?\s*[::]"
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


def statement_kind(t: str) -> str | None:
    """The block kind of a statement or post furniture line that may hold sentence marks (reprint terms,
    tag line, reply head, counters, a listed reply), or None."""
    if len(t) <= REPRINT_MAX and REPRINT_NOTICE.search(t):
        return "site_footer"
    if _TAG_LINE.match(t):
        return "related_links"
    if _REPLY_HEAD.match(t) or reply_line(t):
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
_PREV_NEXT = lazyrx.cached(r"^(?:上一篇|下一篇|上一条|下一条)(?:\s*[::]\s*.{1,60}|\s*[^\s。!?;,:][^。!?;,]{0,40}[!?]?)$")


def prev_next_link(t: str) -> bool:
    """A line opening with 上一篇/下一篇/上一条/下一条 and then a headline: navigation, whatever the headline ends with."""
    return len(t) <= 66 and "。" not in t and bool(_PREV_NEXT.match(t))


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
                             r"|^[(\[]\s*(?:本栏目?|本专栏)由[^()\[\]。]{2,40}?(?:联合)?(?:开办|主办|承办|协办|开设)\s*,"
                             r"[^()\[\]。]{0,20}?(?:提问|咨询|来信|邮件|邮箱|热线|电话)[^()\[\]。]{0,50}[)\]]$"
                             # (… or a programme's pointer to where its full video or audio plays: "(本期访谈完整视频请在
                             # “某某视频”APP观看)", "(完整节目请登录某某网收听)")
                             r"|^[(\[]\s*(?:本期|本集|本场|本次|本节目|完整)[^()\[\]。]{0,20}?(?:视频|音频|节目|直播|访谈)[^()\[\]。]{0,10}?"
                             r"请(?:在|到|登录|下载|打开|关注|扫码|点击)[^()\[\]。]{1,30}?(?:观看|收看|收听|回看|点播)[)\]]$")


def column_disclaimer(folded: str) -> bool:
    """A bracketed column disclaimer on its own line ((本栏目解答仅供参考,…)): a footer note when after the text."""
    t = folded.strip()
    if not t or t[0] not in "([" or len(t) > 100 or ("参考" not in t and "不" not in t and "办" not in t and "请" not in t):
        return False
    return bool(_COLUMN_NOTE.match(t))


@line_cache()
def tail_kind(folded: str) -> str | None:
    """The block kind a short line opens (相关阅读 → related_links, 版权所有 → site_footer …)."""
    if "#" in folded and hashtag_line(folded):
        return "related_links"
    if "点" in folded and follow_prompt(folded):
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
    if t[0] in _COLOPHON_FIRST and _COLOPHON.match(t):
        return "navigation"
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


# One item of an e-paper's page list: the page number, zero-padded or with its section letter (01, A03), maybe
# with 版 and a colon, then the page's name ("01 要闻", "02版:综合新闻", "A03 县区新闻").
_PAGE_ITEM = lazyrx.cached(r"([A-Z]?)(\d{2})\s*版?\s*[::]?\s*\p{Han}{2,8}")
_PAGE_ITEMS = lazyrx.cached(r"^[A-Z]?\d{2}\s*版?\s*[::]?\s*\p{Han}{2,8}(?:\s+[A-Z]?\d{2}\s*版?\s*[::]?\s*\p{Han}{2,8}){2,15}$")


def page_index_line(t: str) -> bool:
    """An e-paper's page list on one line (01 要闻 02 综合新闻 03 县区新闻): three pages or more, numbered in
    sequence with the paper's two digits. A body line that lists items numbers them 1 2 3 (or 1. 2.) and
    reads on between them."""
    if len(t) > 200 or not _PAGE_ITEMS.match(t):
        return False
    items = _PAGE_ITEM.findall(t)
    nums = [int(n) for _, n in items]
    return len({p for p, _ in items}) == 1 and all(b == a + 1 for a, b in zip(nums, nums[1:])) and (
        items[0][0] != "" or items[0][1][0] == "0")


# … or one page to a line ("01　要闻" / "02　综合新闻" / "03　三江民生"): an item alone, whose run is judged by
# its neighbours (headline.page_list_item).
_PAGE_ROW = lazyrx.cached(r"^([A-Z]?)(\d{2})\s*版?\s*[::]?\s*\p{Han}{2,8}$")


def page_row(t: str) -> tuple[str, int] | None:
    """For a line that is one page of an e-paper's page list ("02 综合新闻", "A03版:县区新闻"), its section letter
    and page number; None for any other line."""
    if len(t) > 20 or not t[:1].isascii():
        return None
    m = _PAGE_ROW.match(t.strip())
    return (m.group(1), int(m.group(2))) if m else None


# An e-paper's page label, alone on its line: the paper's name, the page number (A03, 第03版, 03版) and maybe the
# page's section name or the issue date ("某某日报 A03 县区新闻", "某某工人报 2024年08月02日 第03版"). A sentence
# that names a paper and a page goes on with words and marks.
# (the issue's date, maybe with its weekday: "2024年08月02日 星期五")
_ISSUE_DATE = rf"{DATE}(?:\s*星期[一二三四五六日天])?"
_EPAPER_LABEL = lazyrx.cached(
    rf"^《?\p{{Han}}{{2,12}}(?:报|刊)》?(?:\s*{_ISSUE_DATE})?\s*"
    r"(?<![A-Za-z0-9])(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,3}(?!\d))"
    rf"(?:\s*[::]?\s*\p{{Han}}{{2,8}})?(?:\s*{_ISSUE_DATE})?$")


# … or without the paper's name, the page's edition line under the text: its number with 版, then its section and
# maybe the date ("A3版 县域 2024-06-14", "第03版:要闻"). A sentence never stops on a bare section name or date.
_EDITION_LINE = lazyrx.cached(
    r"^(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]?\d{1,3}\s*版)(?:\s*[::]\s*|\s+)\p{Han}{2,6}"
    rf"(?:\s+{_ISSUE_DATE})?$")


def epaper_label(t: str) -> bool:
    """A line that is only an e-paper's page label (paper, page number, maybe section and date): chrome."""
    if len(t) > 50:
        return False
    if ("报" in t or "刊" in t) and _EPAPER_LABEL.match(t) is not None:
        return True
    return "版" in t and _EDITION_LINE.match(t) is not None


# One item of a list of related headlines after the article, each set on its own line behind a dot
# ("· 某某县开展“安康杯”知识竞赛"): short, no sentence end. (Only after the text's end, see related_bullet's callers.)
_RELATED_BULLET = lazyrx.cached(r"^[·•●◆■▪◦]\s*[^\s·•●◆■▪◦].{2,38}$")
_SENTENCE_END = lazyrx.cached(r"[。!?;]\s*$")


def related_bullet(folded: str) -> bool:
    """A dotted short headline line (· 某某工会送法进企业), the shape of a related-links list's items."""
    t = folded.strip()
    return _RELATED_BULLET.match(t) is not None and _SENTENCE_END.search(t) is None


# An e-paper's headline set behind its page's label (A02版 某某…, 第03版:某某…): short, no sentence end.
_LABELLED_HEADLINE = lazyrx.cached(r"^第?[A-Z]?\d{1,2}版\s*[::]?\s*[^\s::].{3,38}$")


# An e-paper's headline listed bare under the text (its page's other stories): 6 to 30 characters, no clause
# or sentence mark, no date, not a unit's name (an honour list's lines end on 班, 科, 公司 …).
_PLAIN_HEADLINE = lazyrx.cached(r"^(?:\p{Han}{2,6}[::])?[^\s。,，;；!！?？、()（）::]{6,30}$")
_UNIT_END = lazyrx.cached(r"(?:会|委|局|院|所|站|队|班|组|科|室|部|厂|司|校|中心|社区|车间|团队|医院|集团)$")
_HAS_DATE = lazyrx.cached(r"\d{4}年|\d{1,2}月\d{1,2}日|〇")


def plain_headline(folded: str) -> bool:
    """A bare headline line as an e-paper lists its page's other stories under the text (no dot, no label)."""
    t = folded.strip()
    return _PLAIN_HEADLINE.match(t) is not None and _UNIT_END.search(t) is None and _HAS_DATE.search(t) is None


def page_list_item(folded: str) -> bool:
    """One item of a page's or edition's headline list: dotted (■ 某某…) or behind its page label (A02版 某某…)."""
    t = folded.strip()
    return (_RELATED_BULLET.match(t) is not None or _LABELLED_HEADLINE.match(t) is not None) \
        and _SENTENCE_END.search(t) is None


# A column's name heading the links under an article's share bar ("县区传真", "图片新闻"): a bare run of Han
# characters, no mark; and the headlines it lists, one a line: short, no sentence end (a title may hold a colon).
_COLUMN_LABEL = lazyrx.cached(r"^\p{Han}{2,8}$")
_HEADLINE_LINE = lazyrx.cached(r"^[^。!?;…]{6,40}$")


def column_label(folded: str) -> bool:
    """A bare column name on its own line (2 to 8 Han characters), the head a related-links block may have."""
    t = folded.strip()
    return 2 <= len(t) <= 8 and bool(_COLUMN_LABEL.match(t))


def headline_line(folded: str) -> bool:
    """A headline-shaped line: 6 to 40 characters, mostly Han, no sentence end."""
    t = folded.strip()
    return 6 <= len(t) <= 40 and han_count(t) * 2 >= len(t) and bool(_HEADLINE_LINE.match(t))


def more_heading(folded: str) -> bool:
    """A lone heading word that opens a block of related links (更多图集, 更多新闻), though menus use its words too."""
    t = folded.strip()
    return len(t) <= 8 and not _SPACE.search(t) and tail_kind(t) == "related_links"


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
    t = _WIDGET_STRIP.sub("", folded)
    if not t or len(t) > 40:
        return False
    if _COUNTER.match(t):  # a photo gallery's "2/3"
        return True
    if ("搜" in t or "输入" in t) and _SEARCH_PROMPT.match(t):  # a search box's prompt, "搜索你感兴趣的问题"
        return True
    if ":" in t and _PLAYER_CLOCK.match(t):  # a video player's clock, "00:00 / 01:58"
        return True
    if ("全屏" in t or "倍速" in t) and not _PLAYER_CONTROLS.sub("", t):  # its controls, "倍速 高清 全屏"
        return True
    if "剩余全文" not in t and two_found(_OTHER_HAN, t):
        return False  # two Han characters none of the patterns below can remove: ``rest`` keeps both
    rest = WIDGETS.sub("", _WIDGET_SEPS.sub("", t))
    if ("字号" in t or "字体" in t) and _SIZE_GLYPHS.fullmatch(rest):
        return True  # a font-size switch drawn with letters (字号:T | T, 字体:A A A)
    if ("放大" in t or "缩小" in t) and _ZOOM_SIGNS.fullmatch(rest):
        return True  # an e-paper's or CMS's zoom buttons with their signs (放大+ 缩小- 默认)
    if "分享" in t:  # "分享:Facebook WhatsApp 电邮 列印": the share targets are widgets too
        rest = _SHARE_TARGETS.sub("", rest)
    elif len(rest) > 1 and len(_SHARE_TARGETS.findall(rest)) >= 2:  # a bare share bar: 微信微博QQ空间
        rest = _SHARE_TARGETS.sub("", rest)
    return len(rest) <= 1


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
_NUMBERED = lazyrx.cached(r"^(?:\d{1,2}[.、]|[(]\d{1,2}[)]|[一二三四五六七八九十]{1,3}、)\s*\S")
_COUNTER = lazyrx.cached(r"^\d{1,3}/\d{1,3}$")
#: A video player's controls, all of a line (倍速 高清 全屏 静音; the whitespace is stripped before).
_PLAYER_CONTROLS = lazyrx.cached(r"(?:清晰度|画质)\s*:?|倍速|[0-9.]+[xX倍]|高清|标清|超清|蓝光|流畅|自动|全屏|退出全屏|网页全屏|画中画|静音|播放|暂停|重播|弹幕|设置|[|/]")
#: A video player's clock: the time played over the clip's length (00:00/01:58, 1:02:10/1:15:00).
_PLAYER_CLOCK = lazyrx.cached(r"^(?:\d{1,2}:)?\d{1,2}:\d\d/(?:\d{1,2}:)?\d{1,2}:\d\d$")
# The glyphs of a font-size switch: the same letter in a few sizes (T T, A A A, A+ A-).
_SIZE_GLYPHS = lazyrx.cached(r"(?:[TtAa][+\-]?){1,4}")
#: What zoom buttons leave once their words are gone: the signs drawn beside them (放大+ 缩小-, A+ A-) and a reset (还原).
# (an e-paper's tool row sets the page's PDF download beside them: 下载本版PDF 放大 缩小 默认)
_ZOOM_SIGNS = lazyrx.cached(r"(?:A?[+\-=]|A|还原|重置|恢复|(?:下载)?本版(?i:pdf)(?:下载)?|(?i:pdf)下载|下载(?i:pdf))*")
# (Hong Kong and Taiwan pages say 複製連結 for the link button, folded to 复制连结)
_SHARE_TARGETS = lazyrx.cached(r"(?i)facebook|whatsapp|twitter|telegram|line|weibo|wechat|linkedin|email|e-mail|qq空间|qq|"
                               r"微信|微博|朋友圈|电邮|邮件|复制链接|复制连结|新浪|豆瓣")


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
    return 0 < len(t) <= 12 and not _SHARE_TARGETS.sub("", t)


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
    return bool(_ACCOUNT_CARD.match(folded.strip()))


# Closing lines of a notice (通知/公告) that belong to its text: contact and attachment lines,
# then the issuer's name over the issue date.
NOTICE_LINE = lazyrx.cached(r"^(?:联系人|联系方式|咨询电话|报名电话|附件\s*\d*)\s*[::]")
ISSUER = lazyrx.cached(r"^[\p{Han}()]{2,24}(?:工会|委员会|联合会|办公室|办|部|局|厅|中心|协会|公司|集团|学校|医院)$")
CN_DATE_LINE = lazyrx.cached(r"^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


# A notice's contact line that site footers use too ("联系电话:…", "邮箱:…"): text only above the signature.
_CONTACT = lazyrx.cached(r"^(?:联系电话|监督电话|举报电话|咨询电话|电话|联系邮箱|监督邮箱|邮箱|电子邮箱|地址|联系地址)\s*[::]")


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

# The attachment box of a CMS page with nothing in it ("附件:无", "相关附件:暂无"): template furniture.
_EMPTY_ATTACHMENT = lazyrx.cached(r"^[\[(]?\s*(?:相关)?附件\s*[::]?\s*(?:无|暂无|没有)\s*[)\]]?$")
# An attachment's download counter ("(下载次数:35)", "下载量:12次"), under a notice's files.
_DOWNLOAD_COUNT = lazyrx.cached(r"^[\[(]?\s*(?:下载次数|下载量|下载数)\s*[::]?\s*\d+\s*次?\s*[)\]]?$")
# A document number on a line of its own (豫工〔2024〕18号, 某发[2024]5号): the notice's 文号, which the
# labelled catalogue of other pages (文号:…) shows as metadata. (〔〕 fold to [].)
_DOC_NUMBER = lazyrx.cached(r"^\p{Han}{1,12}\s*[\[(﹝〖]\s*(?:19|20)\d\d\s*[\])﹞〗]\s*第?\s*\d{1,4}\s*号$")


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
    """A line that is only a document number (豫工〔2024〕18号)."""
    return "号" in folded and bool(_DOC_NUMBER.match(folded.strip()))


# A periodical's issue number alone on its line under the masthead (第9期, 2024年第3期, 第9期(总第123期)).
_ISSUE_NUMBER = lazyrx.cached(r"^(?:(?:19|20)\d\d\s*年\s*)?第\s*(?:\d{1,4}|[一二三四五六七八九十百〇零]{1,5})\s*期"
                              r"(?:\s*[(\[]?\s*总第\s*\d{1,5}\s*期\s*[)\]]?)?$|^[(\[]?\s*总第\s*\d{1,5}\s*期\s*[)\]]?$")


def issue_number_line(folded: str) -> bool:
    """A line that is only a periodical's issue number (第9期, 2024年第3期): the masthead's, over a bulletin's text."""
    t = folded.strip()
    return "期" in t and len(t) <= 24 and _ISSUE_NUMBER.match(t) is not None


def issue_date_line(folded: str) -> bool:
    """A line that is only a date written 2024年5月10日 (a notice's issue date)."""
    return bool(CN_DATE_LINE.match(folded.strip()))


#: Characters CMS templates draw rules with ("------分隔线------", "＝＝＝＝＝", "*****").
_RULE_CHARS = frozenset("-=_*~—─━·•.。…#+")
_DROP_RULE = {ord(c): None for c in _RULE_CHARS}
_RULE_CLASS = r"\s" + regex.escape("".join(sorted(_RULE_CHARS)))
_SEVEN_INKED = lazyrx.cached(rf"(?:[^{_RULE_CLASS}][{_RULE_CLASS}]*+){{7}}")


def separator_line(folded: str) -> bool:
    """A drawn rule, possibly around a short label: template furniture, not text."""
    if _SEVEN_INKED.search(folded) is not None:  # seven characters that are no rule: a text line, said at once
        return False
    ink = "".join(folded.split())  # str.split() drops exactly the isspace() characters
    if len(ink) < 5:
        return False
    other = len(ink.translate(_DROP_RULE))  # str.translate runs in C: long lines cost little
    return len(ink) - other >= 5 and other <= 6


# An RSS/Atom feed dumped as text: each item a block of labelled fields, its title's line right over its link's
# ("标题:X" / "链接:http://…", "title: X" / "link: http://…"); a CMS's "标题:" field has no link under it.
_FEED_TITLE = lazyrx.cached(r"^(?:标题|title)\s*:\s*\S", regex.I)
_FEED_LINK = lazyrx.cached(r"^(?:链接|link)\s*:\s*https?://\S+$", regex.I)


def feed_item(folded: str, below: str) -> bool:
    """``folded`` is a feed item's title field and ``below`` (the next line) its link field: a dumped feed's item."""
    return folded[:1] in "标Tt" and len(folded) <= 120 and _FEED_TITLE.match(folded) is not None \
        and _FEED_LINK.match(below.strip()) is not None


# A live page's audience counter under its headline (news apps' live blogs: "已有 5.6万 人观看", "12.3万人围观").
_AUDIENCE = lazyrx.cached(r"^(?:已有|共有|累计)?\s*\d[\d,.]*\s*(?:万|w|W)?\+?\s*(?:人|次)\s*(?:观看|围观|在看|参与)$")
# A live blog's or comment list's sort tabs ("最新 | 最早", "正序 倒序", "按时间 按热度").
_SORT_WORD = r"(?:最新|最早|最热|热门|正序|倒序|按时间|按热度)"
_SORT_TABS = lazyrx.cached(rf"^{_SORT_WORD}(?:\s*[|｜/·]?\s*{_SORT_WORD}){{1,3}}$")


def audience_count(folded: str) -> bool:
    """A live page's audience counter (已有 5.6万 人观看): the page's view count, no headline."""
    t = folded.strip()
    return len(t) <= 24 and ("观看" in t or "围观" in t or "在看" in t or "参与" in t) and _AUDIENCE.match(t) is not None


def sort_tabs(folded: str) -> bool:
    """A row of sort tabs over a live blog's entries or a comment list (最新 | 最早)."""
    t = folded.strip()
    return len(t) <= 24 and _SORT_TABS.match(t) is not None


# A search engine's cache copy opens with the engine's banner over the cached page: its name for the copy
# (百度快照, 网页快照), the words searched for (您查询的关键词是:…) and its disclaimer naming the original
# page's address ("(百度和网页 http://… 的作者无关,不对其内容负责…)", "这是 Google 对 http://… 的缓存").
_CACHE_BANNER = lazyrx.cached(r"^(?:百度|搜狗|360|必应)?(?:网页)?快照$"
                              r"|^(?:您|你)查询的关键(?:词|字)(?:是|为)?\s*:"
                              r"|^\(?\s*(?:百度|搜狗|360|必应|谷歌|Google|Bing)和网页\s*\S+\s*的作者无关"
                              r"|^这是\s*(?:Google|谷歌|Bing|必应)\s*对\s*\S+\s*的(?:缓存|快照)", regex.I)


def cache_banner(folded: str) -> bool:
    """A line of a search engine's cache banner over a cached page (百度快照, 您查询的关键词是:…, its disclaimer)."""
    return ("快照" in folded or "关键" in folded or "无关" in folded or "缓存" in folded) \
        and _CACHE_BANNER.match(folded.strip()) is not None


# The lawyer answering a legal-aid column's question, on a labelled line over the Q&A ("解答律师:某某律师事务所 某某").
_ANSWERER = lazyrx.cached(r"^(?:解答|答疑|值班|坐诊|释法)律师\s*:\s*[^。!?;]{2,40}$")


def answerer_line(folded: str) -> bool:
    """A legal-aid column's answerer line (解答律师:某某律师事务所 某某): the article's byline."""
    t = folded.strip()
    return "律师" in t[:4] and len(t) <= 50 and _ANSWERER.match(t) is not None

"""The shared pieces of chrome rules: metadata labels, date and time, stamps and widgets patterns, prose tests."""

from __future__ import annotations

import regex

from ... import lazyrx
from ..lines import HAN, STOPS, line_cache

SEP = r"\s*[::]\s*"
# Labels of the metadata line under a headline (CMS article pages, portals, forums).
TIME_LABEL = r"(?:发布|更新|发表|上传|录入|编发|刊发)?(?:时间|日期)|发表于|发布于|编辑于|发布|时间"
# (a repost's note of where it was taken from, 本文转自:X / 转载自:X, names the source too)
# (a WeChat post credits text and pictures together under one label: 图文来源:某某县总工会; 图片来源 credits a photo only)
# (a railway or enterprise site names the unit that filed the story: 供稿单位:某某车务段)
SOURCE_LABEL = r"供稿单位|供稿部门|稿件来源|内容来源|图文来源|文图来源|文字来源|素材来源|消息来源|来源于|来源|稿源|出处|来自|信息来源|文章来源|新闻来源|本文来源|新闻稿发布|发布单位|发布部门|本文转自|本文转载自|转载自|转自"
AUTHOR_LABEL = r"作者|撰稿|文|发布者|发布人|录入|编辑|责编|供稿"
# (a note app's share page of a clipped article names the article's address: 剪藏自:https://…)
URL_LABEL = r"本文链接|本文地址|原文链接|原文地址|文章地址|本页地址|本页链接|文章链接|本文网址|网址|剪藏(?:自|于|来源|地址|链接)"
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
    # (an intranet portal's article carries its classification the same way: 密级:内部公开  有效期:长期)
    "catalogue": lazyrx.cached(r"(?:索引号|发布机构|发文机关|发文单位|公开方式|公开形式|公开范围|公开时限|成文日期|发文日期"
                               r"|生效日期|施行日期|废止日期|主题分类|主题词|体裁分类|组配分类|信息分类|服务对象|发文字号|文号|有效性|密级)"
                               rf"{SEP}"),
    # (a repost library's bare 阅 56 after a bar: "| 阅 56 | 转藏 3")
    "views": lazyrx.cached(rf"(?:{VIEWS_LABEL}){SEP}?\s*\d+|(?:{VIEWS_LABEL}){SEP}|\d+\s*(?:次|人)?(?:浏览|阅读|点击)"
                           r"|(?<![\p{Han}])阅\s+\d+"),
    # the page's own address shown under the headline (本文链接:http://…)
    "url": lazyrx.cached(rf"(?:{URL_LABEL}){SEP}\S"),
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
# Buttons of article pages, portals, WeChat and app copies (举报, 在看, 阅读原文, 展开全文, 列印 …; an app's fold,
# 展开剩余58%, counts what it hides).
# (Taiwan pages call the font-size switch 字級: 字級：大 中 小)
WIDGETS = lazyrx.cached(
    # (a Q&A site's buttons first: 关注 and 邀请 alone would take their heads, 关注问题 写回答 邀请回答)
    # (a counted button before the bare words, which would take its head and leave the count: 收藏 (97); 赞同 before
    # 赞, which would leave 同 and the count of a Q&A answer's vote bar, 赞同 1,382)
    r"关注问题|邀请回答|赞同\s*(?:\d+(?:,\d{3})*)?|(?:在看|点赞|赞|转发|收藏|喜欢|推荐)\s*\d+(?:\.\d+)?[万wW]?|"
    r"字号|字体|字级|[大中小]\s*[大中小]\s*[大中小]?|(?:打印|列印|收藏|关闭)(?:本页|此页|本文|窗口|本窗口)|打印|列印|友善列印|关闭|收藏|分享|默认|纠错|视力保护色|我要反馈|"
    r"我要举报|我要纠错|举报|反馈|关注|参与互动|取消允许|邀请|展开全文|阅读全文|查看完整版|电脑版|(?<![A-Za-z])(?:Print|Close|Share|Back|Top)(?![A-Za-z])|"
    # (an English pager under the text of a firm's bilingual site: < Prev　Next >, ‹ Previous | Next ›)
    r"(?:[<‹«]\s*)?(?<![A-Za-z])(?:Prev|Previous)(?:\s*Next(?:\s*[>›»])?)?(?![A-Za-z])|(?<![A-Za-z])Next(?![A-Za-z])(?:\s*[>›»])?|(?:阅读|展开)剩余(?:全文(?:\s*[(（][^()（）]{0,8}[)）])?|\d{1,3}\s*%)|查看全文|收起全文|收起|打开APP|APP内打开|在看|点赞|赞|阅读原文|预览时标签不可点|继续滑动看下一个|轻触阅读原文|向上滑动看下一个|"
    # (a blog's repost button, 转载▼, tip widgets: 赠金笔, 打赏, and its submission box's label: 已投稿到:)
    # (a work app's button under a notice: 确认已读, 标为已读)
    # (a CMS's vote buttons under the text, each alone on a line: 顶一下(12), 踩一下(3), 顶(5))
    r"(?:顶一下|踩一下|顶|踩)\s*\d+|顶一下|踩一下|"
    # (a personal-library reprint site's tool row under the headline: 转藏到我的图书馆 微信分享:; and its row under
    # the text: 转藏 全屏 分享 献花(0), 举报/认领, the author's button to claim the saved copy)
    r"转藏到我的(?:图书馆|馆)|转藏|全屏|献花\s*(?:\(\s*\d+\s*\))?|认领|"
    r"确认已读|确认已阅|标为已读|标记为已读|转发|转载|赠金笔|打赏|已投稿到|回上一页|回上页|回首页|返回顶部|返回|顶部|放大|缩小|听全文|上一版|下一版|上一张|下一张|上一幅|下一幅|上一则|下一则|查看原图|查看大图|查看图片|原图|\+1|"
    # Q&A sites' buttons and counts (关注问题 写回答, 赞同 125, 23 条评论, 默认排序; 138 人赞同了该文章 over a column's text;
    # a count may carry thousands separators: 2,315 人赞同了该回答)
    r"关注问题|写回答|邀请回答|默认排序|按时间排序|\d+(?:,\d{3})*\s*人赞同了该(?:回答|文章)"
    r"|\d+(?:,\d{3})*\s*条评论|\d+(?:,\d{3})*\s*个回答|喜欢|阅读\s*\(?\d+(?:\.\d+)?万?\)?|分享至|分享到",
    regex.I,
)
SENTENCE = lazyrx.cached(r"[。!?;]|,.*,")
# Small patterns used inside the rules, compiled once (a module-level regex call pays a cache lookup).
_PROSE_MARK = lazyrx.cached(r"[。!?;,,]")
_DATE = lazyrx.cached(DATE)
_SPACE = lazyrx.cached(r"\s")


def han_count(text: str) -> int:
    """Number of Han characters in the text."""
    return len(HAN.findall(text))


@line_cache()


def is_prose(text: str) -> bool:
    """A line that reads as running text (sentences), not a label, menu or heading."""
    return len(text) >= 40 and bool(_PROSE_MARK.search(text)) or len(STOPS.findall(text)) >= 2

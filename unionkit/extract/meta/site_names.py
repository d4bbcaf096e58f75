"""What counts as a site's own name: the tables and tests every site reader applies to a candidate."""

from __future__ import annotations

from ... import lazyrx
from ..dates import parse_datetime
from .base import _HAN, _TRIM, _strip_keeping_pairs

_DOMAINISH = lazyrx.compile(r"^[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")
# A news app's name may end in a plus (南方+, 鸢都+, 乌海+): a pattern fragment the site-name shapes append to their
# Han name, taking the plus only right after a Han character (a plus in Latin text, C++ or 5G+, is no name's).
_APP_PLUS = r"(?:(?<=\p{Han})\+)?"
_GENERIC_SUFFIX = {"首页", "首頁", "正文", "新闻", "新聞", "详情", "詳情", "内容", "內容", "文章", "新闻中心",
                   "新聞中心", "工作动态", "工作動態", "本站", "网站", "網站",
                   # a paper's product words, not its name (工人日报 - 数字报)
                   "数字报", "數字報", "电子版", "電子版", "电子报", "電子報", "手机版", "手機版"}


# The link words a footer prints after its copyright (关于我们 | 联系我们 | 免责声明), the copyright words
# themselves, and the credit of the firm that built the site (技术支持：某某信息技术有限公司): never a site's name.
_FOOTER_LINK = lazyrx.compile(r"^(?:(?:关于|關於|关於|联系|聯繫|聯絡|联络|加入)(?:我们|我們|本站|本网|本網)"
                              r"|版权所有|版權所有|版权声明|版權聲明|免责声明|免責聲明|法律声明|法律聲明|隐私政策|隱私政策"
                              r"|网站地图|網站地圖|意见反馈|意見反饋|广告服务|廣告服務|使用条款|使用條款|服务条款|服務條款"
                              r"|技术支持|技術支持|技术服务|技術服務|网站建设|網站建設|网站制作|網站製作|设计制作|設計製作)")
# A blog or self-media platform's notice after © that the rights are its writers' (著作权归作者所有, 版权归原作者):
# whose rights, not whose site.
_RIGHTS_NOTICE = lazyrx.compile(r"著作权|著作權|(?:归|歸)(?:原)?(?:作者|作者本人)")
# A sponsor line (某市总工会主办, 某某日报社承办): it names the body running the site, not the site (a portal's top
# strip prints it before its links; the footer's copyright or the <title> names the site itself).
_SPONSOR_LINE = lazyrx.compile(r"(?:主办|主辦|承办|承辦)(?:单位|單位)?$")
# An ICP filing or a public-security record number: a licence, never a name.
_LICENCE = lazyrx.compile(r"ICP|icp|备案|備案|公网安备|公網安備|\p{Han}(?:备|備|证|證)\d{5,}")


# A navigation word glued to a site's name by a mobile page's top bar (<a>返回</a><span>某某融媒</span><a>首页</a>,
# < 返回 某某网, 某某网 返回首页): the link, not part of the name.
_NAV_GLUE = lazyrx.compile(r"^\s*(?:[<＜‹«]\s*)?(?:返回(?:首页|首頁|上一页|上一頁|上页|上頁)?|回到首页|回到首頁|回首页|回首頁)\s*"
                           r"|\s*(?:返回(?:首页|首頁|顶部|頂部)?|回首页|回首頁)\s*$")


# A top bar's greeting glued before the site's name (欢迎访问某某县人民政府门户网站, 歡迎光臨某某網).
_GREETING_GLUE = lazyrx.compile(r"^\s*(?:欢迎|歡迎)(?:您)?(?:访问|訪問|光临|光臨|来到|來到|登录|登錄)\s*")


def _site_name(x: str | None) -> str | None:
    """``x`` when it reads as a site's name: Han text, not a domain, a year, or a page word."""
    if not x:
        return None
    x = _after_unopened_bracket(_strip_keeping_pairs(x, _TRIM + "©"))
    if "返" in x or "回" in x:  # (a mobile top bar's back link glued to the name: 返回某某融媒 → 某某融媒)
        x = _NAV_GLUE.sub("", x)
    if "欢迎" in x or "歡迎" in x:  # (a top bar's greeting before the name: 欢迎访问某某网 → 某某网)
        x = _GREETING_GLUE.sub("", x)
    if not (2 <= len(x) <= 20) or not _HAN.search(x):
        return None
    if _DOMAINISH.match(x) or "http" in x or "www." in x or x in _GENERIC_SUFFIX:
        return None
    if _LICENCE.search(x):  # a footer's licence number (皖ICP备09001234号) after a copyright year
        return None
    if _FOOTER_LINK.match(x):  # a footer's link word after the copyright (关于我们 | 联系我们) names no site
        return None
    if _RIGHTS_NOTICE.search(x):  # a platform's notice that its writers hold the rights (© 著作权归作者所有)
        return None
    if ("办" in x or "辦" in x) and _SPONSOR_LINE.search(x):
        return None
    if parse_datetime(x):
        return None
    return x


def _after_unopened_bracket(x: str) -> str:
    """What follows a closing bracket that nothing opened (àng)某某网: the rest of a reading cut in two by a jammer
    or another removal): a name never holds one, so what comes before it is no part of the name."""
    depth, cut = 0, 0
    for i, ch in enumerate(x):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                cut = i + 1
            else:
                depth -= 1
    return x[cut:].strip() if cut else x


# Endings of a site's or a publisher's own name (江城新闻网, 工人日报, 江南省总工会, 香港職工會聯盟).
# (a government portal's logo or <title> is the government's name: 绥中县人民政府)
# (a union's portal named as the workers' home, 泉州职工之家, 黔南工友之家; a county's media centre, 某旗融媒体中心;
# a political consultative conference's portal, 杭州政协; a unit's or a trade's portal named as its window, 民航之窗)
_SITE_END = lazyrx.compile(r"(?:网|網|网站|網站|报|報|工会|工會|联合会|聯合會|联盟|聯盟|总会|總會|电视台|電視台|新闻|新聞|在线|在線|"
                          r"频道|頻道|客户端|客戶端|人民政府|职工之家|職工之家|工友之家|之窗|融媒体中心|融媒體中心|政协|政協"
                          # (a public service line's site, named for its five-digit number: 某市12345政务服务便民热线)
                          r"|(?<=1\d{4}\p{Han}{0,12})(?:热线|熱線)"
                          # (a company's or a hospital's intranet, named for the unit and the platform: 某某重工协同办公平台,
                          # 某某供电公司企业门户; the platform's words alone, 协同办公平台, name no one's)
                          r"|(?:协同|協同)?(?:办公|辦公)(?:平台|平臺|门户|門戶)|(?:企业|企業|综合|綜合|信息)(?:门户|門戶))$")
# A portal's regional channel, run as a site of its own under the portal's name (黄河新闻网长治频道, 新华网安徽频道);
# a channel named by its content alone (图片频道) is a section.
_PORTAL_CHANNEL = lazyrx.compile(r"\p{Han}{2,}(?:网|網)\p{Han}{1,8}(?:频道|頻道)$")
# Words that end a forum's or a section's name, not a site's (职工之家论坛, 工会动态).
# An app's prompt in the header (下载客户端, 打开APP): a button, not the site's name.
_APP_PROMPTS = ("下载", "下載", "打开", "打開", "关注", "關注", "登录", "登錄", "注册", "註冊", "订阅", "訂閱", "扫码", "掃碼")
_NOT_SITE = {"论坛", "論壇", "社区", "社區", "网站", "網站", "本站", "首页", "首頁", "登录", "登錄",
             "举报", "舉報",  # (a report button: 举报 ends in 报 like a paper's name)
             "门户", "門戶"}  # (an intranet menu's 门户首页, the portal's home, as 网站首页)
# Verbs that make a link word of 首页 (设为首页 | 加入收藏, 回到首页, 进入首页): never a site's name before it.
_HOME_VERBS = {"设为", "設為", "設爲", "设置为", "設置為", "回到", "返回", "进入", "進入", "访问", "訪問", "前往"}
# Kinds of unit that a nav bar's home link names its own site by (学校首页, 学院首页, 公司首页): the generic word names no
# one's site; the unit's name is on its logo or in its footer.
_HOME_KINDS = {"学校", "學校", "学院", "學院", "大学", "大學", "医院", "醫院", "公司", "集团", "集團", "单位", "單位",
               "政府", "协会", "協會", "工会", "工會"}
# Self-media platforms whose logo opens a copied post's page (微博 on a line of its own, then the menu and the
# account): the platform is the site, the account the author.
PLATFORMS = {"微博", "新浪微博", "今日头条", "今日頭條", "百家号", "百家號", "网易号", "網易號", "搜狐号", "搜狐號",
              "澎湃新闻", "澎湃新聞", "知乎", "抖音", "快手", "小红书", "小紅書", "哔哩哔哩", "嗶哩嗶哩",
              # (blog platforms: the blogger is the author)
              "简书", "簡書", "新浪博客",
              # (a community platform whose group posts are its users': 豆瓣 over a group's name and a post)
              "豆瓣",
              # (a learning platform carrying its 强国号 accounts' and provincial platforms' articles)
              "学习强国", "學習強國"}
# The Latin wordmarks those platforms print as their logo or last <title> segment (bilibili over an uploader's
# account, 标题_哔哩哔哩_bilibili): the platform's name, never the account's.
_PLATFORM_MARKS = {"bilibili": "哔哩哔哩", "weibo": "微博", "zhihu": "知乎", "douyin": "抖音", "toutiao": "今日头条",
                   "xiaohongshu": "小红书", "sohu": "搜狐", "jianshu": "简书",
                   "douban": "豆瓣",
                   # (foreign social platforms, whose Latin wordmark is their name: a copied post's account is the author)
                   "facebook": "Facebook", "instagram": "Instagram", "youtube": "YouTube", "threads": "Threads"}


def _platform_mark(x: str) -> str | None:
    """The platform a Latin wordmark standing alone names (bilibili → 哔哩哔哩), else None."""
    return _PLATFORM_MARKS.get(x.strip().lower()) if x.isascii() else None


def own_site(x: str | None, home: bool = False) -> str | None:
    """``x`` when it names a site or publisher by its kind of ending (网, 报, 工会 …), not a section;
    ``home``: written as "X首页" (X's home page), which names the site whatever its ending."""
    x = _site_name(x)
    if not x or x in _NOT_SITE or x.endswith(("论坛", "論壇", "社区", "社區")) or x.startswith(_APP_PROMPTS):
        return None
    if home and (x in _HOME_VERBS or x in _HOME_KINDS):  # 设为首页, 返回首页: a link word; 学校首页: a kind, no name
        return None
    if home or x in PLATFORMS:
        return x
    if x.endswith(("频道", "頻道")) and not _PORTAL_CHANNEL.search(x):
        return None  # 图片频道, 新闻频道: a section of the site (a breadcrumb's head), not the site
    end = _SITE_END.search(x)
    # The ending alone (工会, 新闻 as a menu item) names a kind of site, not one; so does a window on it
    # (工会之窗, an intranet's column)
    if end and x.endswith("之窗") and _SITE_END.fullmatch(x[:-2]):
        return None
    return x if end and end.start() > 0 else None

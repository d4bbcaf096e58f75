"""Generated test pages: hand-written article text wrapped in chrome of several site styles.

``make_page(seed)`` returns (page_text, expected) where expected has the
title, body paragraphs and captions the cleaner should recover. Styles:
news site (meta header, byline, editor, related links, footer), forum thread
(nav, subject, poster profile, rating widget, signature, reply form) and portal
(breadcrumbs, site suffix, captions, share/prev-next, comment form); each
optionally in traditional script.
"""

from __future__ import annotations

import functools
import pathlib
import random

DATA = pathlib.Path(__file__).parent / "data" / "clean_paragraphs.txt"


@functools.lru_cache(maxsize=1)
def _s2t():
    """OpenCC's simplified→traditional converter (built once: it takes ~0.1 s)."""
    import opencc

    return opencc.OpenCC("s2t.json")


@functools.lru_cache(maxsize=1)
def load() -> dict[str, list[str]]:
    """The sections of the paragraph data file."""
    out: dict[str, list[str]] = {}
    cur = None
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            cur = line[1:-1]
            out[cur] = []
        else:
            out[cur].append(line.strip())
    return out


SITES = ["职工之家网", "某某工会网", "劳动者在线", "工会新闻网", "中部工人网"]
CHANNELS = ["工会动态", "基层风采", "要闻", "地方工会", "新闻中心"]
NAMES = ["王刚", "李明", "张晓红", "陈立", "刘洋", "赵敏"]
ORGS = ["市总工会", "区总工会宣传部", "县总工会办公室"]


def _date(r: random.Random) -> str:
    return f"20{r.randint(15, 24)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


def _time(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def _body(r: random.Random, data) -> list[str]:
    paras = r.sample(data["paragraphs"], r.randint(2, 6))
    if r.random() < 0.5 and len(paras) >= 3:
        paras.insert(r.randint(1, len(paras) - 1), r.choice(data["subheads"]))
    return paras


def news(r: random.Random, data, title: str, body: list[str]) -> tuple[list[str], list[str]]:
    """A newspaper/CMS article page; returns (lines, captions)."""
    site = r.choice(SITES)
    lines: list[str] = []
    if r.random() < 0.5:
        lines += [" | ".join(r.sample(["首页", "新闻", "工会动态", "职工维权", "劳模风采", "图片", "视频", "专题"], 6)), ""]
    lines += [title if r.random() < 0.5 else f"{title} - {r.choice(CHANNELS)} - {site}", ""]
    style = r.randint(0, 2)
    if style == 0:
        lines.append(f"[{r.choice(CHANNELS)[:2]}] 时间:{_date(r)} {_time(r)}:00 来源:{site} 作者:{r.choice(NAMES)} 点击:{r.randint(1, 9999)}次")
    elif style == 1:
        lines.append(f"发布时间:{_date(r)}  来源:{r.choice(ORGS)}  浏览次数:{r.randint(1, 999)}")
    else:
        lines += [r.choice(CHANNELS), "", title, "", f"来源:{site}", f"{_date(r)} {_time(r)}"]
    lines.append("")
    if r.random() < 0.4:
        lines += [f"  □记者 {r.choice(NAMES)}", ""]
    paras = list(body)
    if r.random() < 0.3:
        paras[-1] = paras[-1] + f"({r.choice(NAMES)})"
    lines += ["  " + p for q in paras for p in (q, "")]
    if r.random() < 0.6:
        lines += [f"(责任编辑:{r.choice(NAMES)})", ""]
    else:
        lines += [f"责任编辑:{r.choice(NAMES)}", ""]
    if r.random() < 0.7:
        lines += ["相关阅读:"] + [f"  • {t}" for t in r.sample(data["titles"], 3)]
    lines += ["", "关于我们 | 联系我们 | 网站地图 | 版权声明", f"{site}版权所有 未经授权禁止转载",
              f"地址:某某路{r.randint(1, 300)}号 邮编:{r.randint(100000, 999999)} 电话:010-{r.randint(1000000, 9999999)}",
              f"京ICP备{r.randint(10000000, 99999999)}号-1", "技术支持:某某网络科技有限公司"]
    return lines, []


def forum(r: random.Random, data, title: str, body: list[str]) -> tuple[list[str], list[str]]:
    """A forum thread page; returns (lines, captions)."""
    user = r.choice(["dongzi", "laoliu88", "gonghui_xz", "职工小王"])
    lines = ["首页 论坛 社区服务 会员列表 最新帖子 精华区 帮助", f"主题 : {title}", f"{user}离线"]
    if r.random() < 0.5:
        lines.append("天道酬勤,厚积薄发。")
    lines += [f"级别: {r.choice(['管理员', '新手上路', '侠客'])}", "", f"UID: {r.randint(1, 99999)}",
              f"精华: {r.randint(0, 99)}", f"发帖: {r.randint(1, 99999)}", f"威望: {r.randint(1, 999)} 点",
              f"在线时间: {r.randint(1, 9999)}(时)", f"注册时间: {_date(r)}", f"最后登录: {_date(r)}",
              f"楼主\xa0发表于: {_date(r)} {_time(r)}\xa0\xa0", ""]
    if r.random() < 0.5:
        lines += [title, ""]
    lines += [p + " \xa0" for p in body]
    lines += ["评价一下你浏览此帖子的感受", "", "精彩", "", "感动", "", "搞笑", "", "开心", "", "愤怒", "", "无聊", "", "灌水",
              "宁静致远 淡泊明志", "快速回复", "", "验证问题:", f"正确答案:{r.randint(1, 99)}", '按"Ctrl+Enter"直接提交']
    return lines, []


def portal(r: random.Random, data, title: str, body: list[str]) -> tuple[list[str], list[str]]:
    """A portal article page with breadcrumbs, a photo caption, share and prev/next links."""
    site = r.choice(SITES)
    others = r.sample([t for t in data["titles"] if t != title], 4)
    lines = [f"{title}_{r.choice(CHANNELS)}_{site}", "", f"当前位置:首页 > {r.choice(CHANNELS)} > 正文", "", title,
             f"{_date(r)} {_time(r)}  来源:{site}  字号:大 中 小  打印", ""]
    captions = []
    paras = list(body)
    if r.random() < 0.6:
        cap = f"图为{r.choice(['活动现场', '工会干部走访慰问职工', '参赛选手正在比赛'])}。"
        lines += [f"  {cap}  ({r.choice(ORGS)}供图)", ""]
        captions.append(cap)
    if r.random() < 0.4:
        paras[0] = f"本报讯(记者 {r.choice(NAMES)} 通讯员 {r.choice(NAMES)})" + paras[0]
    lines += paras + [""]
    lines += ["分享到:", f"上一篇:{others[0]}", f"下一篇:{others[1]}", "相关新闻", others[2], others[3],
              "网友评论", "用户名:", "密码:", "验证码:", "匿名发表", "Copyright © 2010-2024 " + site + " All Rights Reserved"]
    return lines, captions


STYLES = [news, forum, portal]


def make_page(seed: int) -> tuple[str, dict]:
    """One generated page and its expected clean result."""
    r = random.Random(seed)
    data = load()
    title = r.choice(data["titles"])
    body = _body(r, data)
    style = STYLES[seed % len(STYLES)]
    lines, captions = style(r, data, title, body)
    text = "\n".join(lines) + "\n"
    expected = {"title": title, "body": body, "captions": captions, "style": style.__name__}
    if r.random() < 0.3:
        cc = _s2t()
        text = cc.convert(text)
        expected = {"title": cc.convert(title), "body": [cc.convert(p) for p in body],
                    "captions": [cc.convert(c) for c in captions], "style": style.__name__ + "-trad"}
    return text, expected

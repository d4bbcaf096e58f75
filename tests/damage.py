"""Generators of damaged lines for cleaner tests: jammer strings and pinyin annotations.

Everything is deterministic for a given seed.  Importable from other tests
(``from damage import jammer_cases``; tests/ is on pytest's rootdir path via
conftest-less rootdir insertion, or add ``sys.path``).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass

#: Chinese sentences in the style of union news, with the endings real paragraphs have.
SENTENCES = [
    "区总工会组织开展职工技能竞赛活动,参赛职工达300余人。",
    "市总工会深入基层走访慰问困难职工。",
    "引领职工听党话跟党走",
    "立足提升技能:引领职工建功立业",
    "2021年,全区开展劳动竞赛单位251个,覆盖率达97.2%,参与率达94%。",
    "他说:“坚持以职工为中心,做好服务工作。”",
    "各级工会要切实履行维权服务基本职责!",
    "活动现场气氛热烈,职工们纷纷表示收获很大",
    "培养选树典型:引领职工聚智创新",
    "截至目前,全市累计建设工会驿站320家",
    "(市总工会供图)",
    "春节期间,市、县区工会筹集资金867.4万元购买慰问物资。",
    "这是一个值得思考的问题?",
    "劳模精神、劳动精神、工匠精神",
    "职工书屋、心灵驿站7家",
    "本次培训共有120名一线职工参加,为期3天;",
    "会议由区总工会副主席主持。 ",
    "推动新时代职工思想引领工作走深走实……",
    "全面落实工会意识形态工作责任制",
    "开展“我为职工办实事”实践活动",
    "实施“产业工人队伍建设改革深化年”行动",
    "服务职工 责任在肩",
    "提升城市建设品质,以及企业职工满意度、幸福感",
    "总工会将以饱满的热情、丰富的活动、鲜活的事例,重温革命精神。",
    "覆盖率达到100%",
    "2019年11月1日",
    "一线职工参与培训近9000人次",
    "五一劳动奖状(章)",
    "《劳动法》宣传周活动启动",
    "职工之家",
]

#: Legitimate Latin text that appears in Chinese pages and must never be taken for jammer.
LEGIT_LATIN = [
    "COP15", "APP", "1+8+X", "“1+N”", "1+N", "http://www.x.com/a?b=1", "https://www.workercn.cn/c/2024-04/30/content_1.htm",
    "www.workercn.cn", "zhangsan@163.com", "Ctrl+Enter", "Zhang Wei", "Li Ming", "Hello World",
    "This is a test sentence.", "Thank you!", "It's a good day.", "5G", "3.5%", "10km", "2024-04-18 06:04:03",
    "2024-04-18", "12:43", "0839-3262473", "010-84151598", "UID: 2170", "v1.2.3", "Python 3.11", "#COP15",
    "iPhone 15 Pro", "Mate60Pro", "\"X7kP\"", "'AB12'", "H1N1", "B2B", "O2O", "WeChat", "YouTube", "GitHub",
    "McDonald's", "LinkedIn", "macOS", "APPs", "HTMLParser", "TCP/IP", "R&D", "AT&T", "C++", "C#", ".NET",
    "Wi-Fi", "e-mail", "IMG_1234.JPG", "No.1", "p.12", "100kWh", "4K", "1080p", "x86", "A4", "G20", "MP3",
    "Copyright 2008-2023 by www.workercn.cn. all rights reserved", "ISO9001", "GB/T 19001-2016", "CCTV-1",
    "PM2.5", "$5", "24/7", "3:2", "Vol.3", "U.S.", "e.g.", "dongzi", "admin", "OK", "ID:", "Tel: 0839-3262473",
    "(COP15)", "[1]", "A - B", "Home | About | Contact", ":-)", "^_^", "-----", "NO.1", "2nd", "CEO",
    "SARS-CoV-2", "Node.js", "DeepSeek-R1", "GPT-4o", "Qwen2.5", "mRNA", "1,000", "-5", "+86 10 12345678",
    "A320neo", "report_2024(1).pdf", "(0839)3262473", "$1.5M", "5%-10%", "30~40%", "18:30-20:00", "yyds", "hhhhh",
    "(^_^)", ">>", "[1] [2] [3]", "Tel: +86-10-12345678", "QQ: 12345678", "gh_1234abcd", "@dongzi", "Re:", "PS:",
]

#: Printable ASCII including the space, as jammer generators draw from.
PRINTABLE = string.ascii_letters + string.digits + string.punctuation + " "


def random_jammer(rng: random.Random, lo: int = 4, hi: int = 12) -> str:
    """A random printable-ASCII run (inner spaces allowed, none at the ends)."""
    n = rng.randint(lo, hi)
    while True:
        s = "".join(rng.choice(PRINTABLE) for _ in range(n))
        if s[0] != " " and s[-1] != " " and "  " not in s:
            return s


@dataclass
class JammerCase:
    line: str      # the damaged line
    clean: str     # what the line should become (own-line jammers: "")
    jammer: str    # the inserted jammer text
    kind: str      # "trailing" or "own_line"


def jammer_cases(n: int = 600, seed: int = 20240418) -> list[JammerCase]:
    """Damaged lines: a jammer after a sentence (after a space) or on its own line."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        jam = random_jammer(rng)
        tail = rng.choice(["", "  ", " "])
        if rng.random() < 0.5:
            sent = rng.choice(SENTENCES).rstrip()
            sep = rng.choice([" ", " ", " ", "  ", "\u3000", "\xa0"])
            out.append(JammerCase(sent + sep + jam + tail, sent, jam, "trailing"))
        else:
            indent = rng.choice(["", "", "  "])
            out.append(JammerCase(indent + jam + tail, "", jam, "own_line"))
    return out


def legit_lines(seed: int = 7) -> list[tuple[str, str]]:
    """(line, legit string) pairs: each legit string mid-sentence, after a sentence and on its own line."""
    rng = random.Random(seed)
    out = []
    for s in LEGIT_LATIN:
        sent = rng.choice(SENTENCES).rstrip()
        out.append((f"{sent[:6]}{s}{sent[6:]}", s))
        out.append((f"{sent} {s}", s))
        out.append((f"{sent} {s}  ", s))
        out.append((f"{sent}{s}", s))
        out.append((s, s))
        out.append((f"  {s}  ", s))
    return out


def pinyin_cases(n: int = 400, seed: int = 1) -> list[tuple[str, str, bool]]:
    """(line, annotation, valid) for random common Han chars with a valid or a wrong tone-marked reading.

    Needs pypinyin.  Wrong readings are readings of other characters that the
    annotated character does not have (toneless comparison).
    """
    from pypinyin.constants import PINYIN_DICT
    import unicodedata

    def base(r: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFD", r) if c not in "\u0300\u0301\u0304\u030c")

    rng = random.Random(seed)
    chars = [chr(cp) for cp in range(0x4E00, 0x9FA6) if cp in PINYIN_DICT]
    readings = sorted({r for cp in range(0x4E00, 0x9FA6) for r in PINYIN_DICT.get(cp, "").split(",") if r})
    out = []
    for i in range(n):
        ch = rng.choice(chars)
        own = PINYIN_DICT[ord(ch)].split(",")
        valid = i % 2 == 0
        if valid:
            r = rng.choice(own)
        else:
            bases = {unicodedata.normalize("NFC", base(x)) for x in own}
            while True:
                r = rng.choice(readings)
                if unicodedata.normalize("NFC", base(r)) not in bases:
                    break
        paren = rng.choice(["()", "()", "（）"])
        ctx = rng.choice(SENTENCES)
        line = f"{ctx[:5]}{ch}{paren[0]}{r}{paren[1]}{ctx[5:]}"
        out.append((line, f"{paren[0]}{r}{paren[1]}", valid))
    return out

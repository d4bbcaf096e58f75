"""Corpus keywords: dictionary words over simplified text, scored by TF-IDF, streamed in bounded time and memory.

Text is segmented by forward longest match over jieba's dictionary
(``segment.Segmenter``, about 3 M characters/s, 7× faster than ``jieba.cut``).
By default only a systematic sample of articles is segmented: every article
until a budget of characters is spent, then every 2nd, every 4th, … (the stride
doubles each time another budget is spent), so the cost grows with the log of
the corpus size. Each sampled article's term counts are weighted by the stride
it was taken at, so the totals estimate the whole corpus (a Horvitz-Thompson
estimate). The sample depends only on input order, so the same input always
gives the same keywords. ``mode="all"`` segments every article; ``mode="none"``
none.

Scores are corpus term frequency × jieba's IDF, after a domain stoplist of the
words nearly every union article uses, so the list says what is particular to
this corpus rather than that it is about unions.
"""

from __future__ import annotations

from collections import Counter

from .counter import TopCounter
from .segment import Segmenter, segmenter

#: Words nearly every trade-union news article uses; they say nothing about a particular corpus.
DOMAIN_STOPWORDS = frozenset("""
工会 总工会 职工 职工群众 工人 劳动者 干部 会员 群众 广大 全体 各级 基层 组织 单位 部门 企业
开展 活动 工作 举办 组织 进行 实施 推进 推动 加强 加大 强化 深化 深入 持续 不断 积极 主动 充分 全面
进一步 切实 努力 扎实 大力 着力 认真 有效 有力 发挥 作用 提升 提高 促进 落实 做好 抓好 围绕 结合 通过
建设 发展 服务 坚持 引导 引领 带领 团结 动员 参与 参加 开展 组织 召开 会议 要求 部署 安排
全市 全区 全县 全省 全国 全镇 市委 区委 县委 省委 党委 政府 社会 工作者 同志 主席 书记 副主席 负责人
今年 去年 近年来 以来 目前 当前 期间 同时 其中 此外 以及 并且 我们 他们 大家 自己 一个 一批 一系列
方面 重要 主要 相关 有关 各项 各类 一些 更加 不仅 而且 已经 正在 能够 需要 可以 还是 这个 这些 那些
广大职工 全市工会 各级工会 市总工会 精神 思想 主题 劳动 宣传 教育 先进 特色 中国 我国 党的 新时代 时代
通知 情况 问题 内容 形式 方式 水平 能力 质量 作为 成为 实现 取得 开展工作 工作人员 记者 编辑 来源
""".split())

_T2S = None


def simplified(text: str) -> str:
    """``text`` in simplified script (OpenCC t2s), so 職工 and 职工 count as one word."""
    global _T2S
    if _T2S is None:
        import opencc

        _T2S = opencc.OpenCC("t2s")
    return _T2S.convert(text)


def terms(text: str, seg: Segmenter | None = None) -> list[str]:
    """The content words of ``text``: dictionary words of 2+ Han characters, minus the stoplist."""
    seg = seg or segmenter()
    return [w for w in seg.words(simplified(text)) if w not in DOMAIN_STOPWORDS]


class Keywords:
    """Streaming keyword accumulator (see the module doc for sampling and scoring)."""

    def __init__(self, mode: str = "sample", *, budget: int = 300_000, cap: int = 200_000,
                 seg: Segmenter | None = None):
        if mode not in ("sample", "all", "none"):
            raise ValueError(f"keyword mode must be sample, all or none, not {mode!r}")
        self.mode, self.budget = mode, budget
        self.tf = TopCounter(cap)
        self.seen = 0        # articles offered
        self.sampled = 0     # articles segmented
        self.stride = 1
        self._spent = 0      # characters segmented since the stride last doubled
        self._seg = seg       # loaded on the first sampled article (``mode="none"`` never loads it)

    def add(self, text: str) -> None:
        """Offer one article's text (title and body)."""
        self.seen += 1
        if self.mode == "none" or not text:
            return
        if self.mode == "sample" and (self.seen - 1) % self.stride:
            return
        if self._seg is None:
            self._seg = segmenter()
        weight = self.stride
        for w, n in Counter(terms(text, self._seg)).items():
            self.tf.add(w, n * weight)
        self.sampled += 1
        if self.mode == "sample":
            self._spent += len(text)
            if self._spent >= self.budget:
                self.stride *= 2
                self._spent = 0

    def add_article(self, title: str | None, body: list[str]) -> None:
        """Offer one article as title and paragraphs: the same as ``add`` of them joined by newlines,
        but the text is only joined when the article is sampled."""
        if self.mode == "none" or (self.mode == "sample" and self.seen % self.stride):
            self.seen += 1
            return
        self.add("\n".join([title or "", *body]))

    def top(self, n: int) -> list[tuple[str, int, float]]:
        """The ``n`` best (term, estimated occurrences, score), ties broken by term."""
        if not len(self.tf):
            return []
        idf = (self._seg or segmenter()).idf
        scored = [(w, c, round(c * idf(w), 2)) for w, c in self.tf.items()]
        scored.sort(key=lambda t: (-t[2], t[0]))
        return scored[:n]

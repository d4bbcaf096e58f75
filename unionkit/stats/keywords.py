"""Corpus keywords: jieba TF-IDF over simplified text, streamed, in bounded time and memory.

Segmentation (jieba, ≈1 MB/s) is far slower than everything else stats does,
so by default only a systematic sample of articles is segmented: every article
until a budget of characters is spent, then every 2nd, every 4th, … (the stride
doubles each time another budget is spent). Each sampled article's term counts
are weighted by the stride it was taken at, so the totals estimate the whole
corpus (a Horvitz-Thompson estimate). The sample depends only on input order,
so the same input always gives the same keywords. ``mode="all"`` segments
every article; ``mode="none"`` none.

Scores are corpus term frequency × jieba's IDF, after a domain stoplist of the
words nearly every union article uses, so the list says what is particular to
this corpus rather than that it is about unions.
"""

from __future__ import annotations

import regex

from .counter import TopCounter

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

_HAN_WORD = regex.compile(r"\p{Han}{2,}")
_T2S = None


def simplified(text: str) -> str:
    """``text`` in simplified script (OpenCC t2s), so 職工 and 职工 count as one word."""
    global _T2S
    if _T2S is None:
        import opencc

        _T2S = opencc.OpenCC("t2s")
    return _T2S.convert(text)


def _jieba():
    """jieba, imported on first use with its start-up chatter silenced."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def _idf() -> tuple[dict[str, float], float]:
    """jieba's IDF table and its median (the IDF given to words it does not know)."""
    import jieba.analyse

    t = jieba.analyse.default_tfidf
    return t.idf_freq, t.median_idf


def terms(text: str, cut=None) -> list[str]:
    """The content words of ``text``: jieba words of 2+ Han characters, minus the stoplist."""
    cut = cut or _jieba().cut
    return [w for w in cut(simplified(text)) if _HAN_WORD.fullmatch(w) and w not in DOMAIN_STOPWORDS]


class Keywords:
    """Streaming keyword accumulator (see the module doc for sampling and scoring)."""

    def __init__(self, mode: str = "sample", *, budget: int = 300_000, cap: int = 200_000):
        if mode not in ("sample", "all", "none"):
            raise ValueError(f"keyword mode must be sample, all or none, not {mode!r}")
        self.mode, self.budget = mode, budget
        self.tf = TopCounter(cap)
        self.seen = 0        # articles offered
        self.sampled = 0     # articles segmented
        self.stride = 1
        self._spent = 0      # characters segmented since the stride last doubled
        self._cut = None

    def add(self, text: str) -> None:
        """Offer one article's text (title and body)."""
        self.seen += 1
        if self.mode == "none" or not text:
            return
        if self.mode == "sample" and (self.seen - 1) % self.stride:
            return
        if self._cut is None:
            self._cut = _jieba().cut
        weight = self.stride
        for w in terms(text, self._cut):
            self.tf.add(w, weight)
        self.sampled += 1
        if self.mode == "sample":
            self._spent += len(text)
            if self._spent >= self.budget:
                self.stride *= 2
                self._spent = 0

    def top(self, n: int) -> list[tuple[str, int, float]]:
        """The ``n`` best (term, estimated occurrences, score), ties broken by term."""
        if not len(self.tf):
            return []
        idf, median = _idf()
        scored = [(w, c, round(c * idf.get(w, median), 2)) for w, c in self.tf.items()]
        scored.sort(key=lambda t: (-t[2], t[0]))
        return scored[:n]

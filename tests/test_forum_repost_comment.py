"""A poster's one-line comment over the article he reposts in a thread's first post ("转发一篇某某晚报的报道,
大家看看!") is his, not the article's: it goes when the reposted article's own header (来源 line, byline, its
headline again) stands between it and the text. A comment running straight into the text stays (the golds keep
it), and so does a kicker with no sentence end over the header."""

from unionkit.clean import clean_text

HEAD = """某某论坛 › 本地资讯 › 查看内容
[工会动态] 某某区总工会为环卫工人送上“清凉包”
山城老张
UID 30211 主题 88 帖子 1203 积分 2417
楼主 发表于 2024-07-12 08:47:31 | 只看该作者
"""
ARTICLE = """7月11日,某某区总工会走进城区各环卫作业点,为280名一线环卫工人送上装有藿香正气水、毛巾和遮阳帽的“清凉包”。
区总工会有关负责人表示,今年夏天还将在辖区新建8个户外劳动者服务站点,为环卫工人提供休息、饮水和充电服务。
"""
REPLIES = """河边小李 发表于 2024-07-12 09:20
好事,点赞
发表回复
"""
HEADER = "来源:某某晚报 记者 王某某\n某某区总工会为环卫工人送上“清凉包”\n"


def _body(text: str) -> list[str]:
    return clean_text(text).body


def test_comment_over_the_reposted_articles_header_goes():
    art = clean_text(HEAD + "转发一篇某某晚报的报道,给咱们区总工会点个赞!\n" + HEADER + ARTICLE + REPLIES)
    assert art.body == ARTICLE.splitlines()
    assert [r.kind for r in art.removed if "点个赞" in r.text] == ["forum_chrome"]


def test_comment_running_straight_into_the_text_stays():
    comment = "转自区总工会公众号,小区门口的站点这两天确实在发东西。"
    assert _body(HEAD + comment + "\n" + ARTICLE + REPLIES)[0] == comment


def test_kicker_over_the_articles_header_stays():
    kicker = "一份清凉包 满满娘家情"
    assert _body(HEAD + kicker + "\n" + HEADER + ARTICLE + REPLIES)[0] == kicker

"""Two publish readings of one day, one with the time of day: the finer reading wins."""

from unionkit.extract.dates import find_published

INDEX_TABLE = [
    "索引号:11231223MB0F45872K/2024-01876 发文机关:青冈县总工会",
    "主题分类:劳动、人事、监察 成文日期:2024年11月14日",
    "发文字号:无 发布日期:2024年11月15日",
    "发布时间:2024-11-15 09:30 来源:青冈县总工会 浏览次数:412次",
]


def test_index_table_day_then_article_row_time():
    assert find_published(INDEX_TABLE) == "2024-11-15T09:30"


def test_time_first_then_day_only():
    assert find_published(["时间:2024-04-23 16:30", "发布日期:2024-04-23"]) == "2024-04-23T16:30"


def test_another_day_with_time_does_not_win():
    # a later row's time on another day is a different reading: the best-labelled day stays
    assert find_published(["发布日期:2024-11-15", "时间:2024-11-16 09:30"]) == "2024-11-15"


def test_update_time_of_the_same_day_is_not_the_publish_time():
    assert find_published(["发布日期:2024-03-01", "更新时间:2024-03-01 17:45"]) == "2024-03-01"


def test_document_dates_never_lend_their_time():
    # 成文日期 is the document's date, never the page's: it lends nothing
    assert find_published(["发布日期:2024-03-22", "成文日期:2024-03-22 10:00"]) == "2024-03-22"


def test_a_timed_best_reading_stays():
    assert find_published(["发布时间:2024-11-15 09:30", "发布日期:2024-11-15 10:00"]) == "2024-11-15T09:30"


INFO_BLOCK = [
    "索引号:431100/2023-12083 发布机构:某市人力资源和社会保障局",
    "发布日期:2023-12-08 信息来源:劳动保障监察支队",
    "2023-12-08 10:36 | 来源:劳动保障监察支队 | 阅读:618",
]


def test_info_block_day_then_a_row_opening_with_the_day_and_its_time():
    # the article's own row under the headline opens with the same day and its time: the finer reading wins
    assert find_published(INFO_BLOCK) == "2023-12-08T10:36"
    assert find_published(INFO_BLOCK, bare=INFO_BLOCK[1:]) == "2023-12-08T10:36"


def test_a_row_opening_with_another_day_lends_no_time():
    assert find_published(["发布日期:2023-12-08", "2023-12-09 10:36 | 阅读:618"]) == "2023-12-08"


def test_a_row_of_prose_after_the_day_lends_no_time():
    # a dated sentence is no header row: its time is an event's, not the page's
    assert find_published(["发布日期:2023-12-08", "2023-12-08 10:00,全市各级工会将集中开展专项行动,请各单位做好准备。"]) \
        == "2023-12-08"

"""The provincial-level divisions' short names (北京, 内蒙古, 廣東), in both scripts: clean reads a post's IP region line
and a firm named after its province with them, extract a dateline's region; one list so the two agree."""

from __future__ import annotations

PROVINCE_NAMES = (
    "北京", "天津", "上海", "重庆", "重慶", "河北", "山西", "辽宁", "遼寧", "吉林", "黑龙江", "黑龍江", "江苏", "江蘇", "浙江",
    "安徽", "福建", "江西", "山东", "山東", "河南", "湖北", "湖南", "广东", "廣東", "海南", "四川", "贵州", "貴州", "云南", "雲南",
    "陕西", "陝西", "甘肃", "甘肅", "青海", "台湾", "台灣", "内蒙古", "內蒙古", "广西", "廣西", "西藏", "宁夏", "寧夏", "新疆",
    "香港", "澳门", "澳門",
)

#: A pattern group matching any one of them.
PROVINCES = "(?:" + "|".join(PROVINCE_NAMES) + ")"

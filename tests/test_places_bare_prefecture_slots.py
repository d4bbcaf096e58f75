"""find_places: a bare prefecture opening a union's name, a clause's subject, and a 、-list after a modifier's 的
(invented sentences, with look-alike negatives)."""

import pytest

from unionkit.extract.places import find_places


def names(text):
    return [p.name for p in find_places(text)]


@pytest.mark.parametrize("text, want", [
    ("淮北矿业集团工会相关负责人表示，将在杜集区、濉溪县推广。", "淮北"),        # a union's name, the city confirmed
    ("3．盐城经济开发区物流园工会驿站。亭湖区总工会通报。", "盐城"),
    ("入冬以来，定西气温持续走低。安定区总工会开展慰问。", "定西"),              # a clause's subject: its weather
    ("连日来，绵阳持续高温。涪城区总工会开展慰问。", "绵阳"),                  # the subject, an adverb after it
    ("南平地处闽北，建阳区总工会开展慰问。", "南平"),                          # the subject of a verb of lying
    ("淮北矿业集团工会相关负责人表示，将推广这一做法。", "淮北"),              # a firm's union name: the page
    ("盐城供电公司工会举办职工创新成果发布会。", "盐城"),                      # writes no other prefecture
    ("昭通学院工会开展活动。", "昭通"),
    ("在渝黔高速沿线的綦江、江津等地拓展服务点。綦江区总工会表示。", "江津"),  # a list after 的, closed by 等地
])
def test_bare_place_taken(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text, bad", [
    ("淮北矿业集团工会相关负责人表示，将在合肥市推广。", "淮北"),    # another city written in full, not this one
    ("南昌局集团公司工会组织慰问。", "南昌"),                       # a railway group named by its bureau's seat
    ("成都银行工会举办活动。", "成都"),                             # a city's commercial bank, a brand
    ("盐城工务段工会举办活动。", "盐城"),                           # a railway unit named by its station
    ("连日来，绵阳持续高温。", "绵阳"),                            # an adverb after it, but the page does not confirm
    ("湖北宜化集团工会表示。武汉市江岸区职工参加。", "湖北"),       # a bare province in a firm's union name
    ("入冬以来，定西气温持续走低。", "定西"),                      # the page does not confirm the prefecture
    ("南平地处闽北，交通不便。", "南平"),
    ("，定西银行开业了。安定区总工会慰问。", "定西"),               # a bank's name
    ("苏州打工人小陈。吴江区的职工。", "苏州"),                     # 打工 is a verb: no noun it modifies
    ("他说，定西公司的产品很好。安定区总工会慰问。", "定西"),       # a firm named in the clause
    ("公司的綦江、江津两个项目。綦江区总工会表示。", "江津"),       # no 等地 closing the list
])
def test_bare_place_left_as_context(text, bad):
    assert bad not in names(text)


@pytest.mark.parametrize("text, zone", [
    ("4月20日，比赛在芜湖经济技术开发区举行，安徽省总工会主办。", "芜湖经济技术开发区"),
    ("长沙高新技术产业开发区总工会组织职工参观，湖南省总工会到场指导。", "长沙高新技术产业开发区"),
    ("南阳市城乡一体化示范区总工会慰问一线职工。", "南阳市城乡一体化示范区"),
])
def test_a_development_zone_is_no_place(text, zone):
    assert zone not in [p.name for p in find_places(text)]


def test_districts_named_new_areas_stay_places():
    names = [p.name for p in find_places("浦东新区总工会和滨海新区总工会签订协议。")]
    assert names == ["浦东新区", "滨海新区"]


# --- a bare prefecture or province where someone's home lies (送回漳州老家) ---------------------------

@pytest.mark.parametrize("text, want", [
    ("往年暑假只能把孩子送回漳州老家，今年终于可以每天接送了。", "漳州"),  # a verb of going back, then 老家
    ("他每年春节都回到福建老家过年。", "福建"),
    ("退休后他返回赣州家乡定居。", "赣州"),
])
def test_bare_place_of_a_home(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text, bad", [
    ("把孩子送回漳州，今年可以每天接送了。", "漳州"),   # no word for home after it: the frame is not there
    ("漳州老家的房子翻修了。", "漳州"),                 # no verb of going back before it
    ("他说大同老家很冷。", "大同"),                     # an ordinary word first (大同), no verb before it
])
def test_bare_place_without_the_home_frame_stays_context(text, bad):
    assert bad not in names(text)


# --- a bare prefecture or municipality opening its clause before a time or season word (洛阳今年…) ---------------

@pytest.mark.parametrize("text, want", [
    ("据统计，洛阳今年新建户外劳动者驿站32个。", "洛阳"),      # the clause's subject: the city itself
    ("哈爾濱冬季氣溫常在零下30攝氏度。", "哈爾濱"),           # traditional script, a season word
    ("长春入冬以来气温骤降。", "长春"),
    ("上海今年新增就业岗位。", "上海"),                       # a municipality
    ("他说，在昆明今年已建成驿站20个。", "昆明"),             # after a function character
])
def test_bare_place_before_a_time_word(text, want):
    assert want in names(text)


@pytest.mark.parametrize("text, bad", [
    ("李丽江今年五十岁。", "丽江"),                 # the end of a person's name, no clause it opens
    ("大同今年新建驿站。", "大同"),                 # an ordinary word first
    ("成都银行今年开业。", "成都"),                 # no time word right after it
    ("湖南今年新建驿站。", "湖南"),                 # a bare province stays context
])
def test_bare_place_before_a_time_word_stays_context(text, bad):
    assert bad not in names(text)

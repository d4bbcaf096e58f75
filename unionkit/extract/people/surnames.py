"""The surnames a name may open with: common single ones (both scripts), compound ones, and the
ones taken only where the context says a name stands (那, 於, 丘).
"""

from __future__ import annotations

import re


# Common single surnames, simplified then traditional forms.  Characters that are
# mostly function words in running text (和, 都, 时, 台, 上 …) are left out on purpose.
_SINGLE = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康"
    "施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗"
    "谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀阎閻"
    "郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉仝郜阚权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋初容敬扈晁芮"
    "阙浦戈伏鹿薄邸雍辜羊裘亓邰赫杭况宿鲜逯隆茹诸战慕银亢嵇湛宾戎勾茅揭尉冶束檀衣阴昝幸奉植衡富尧闭寻"
    "張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閆龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯歐關蘭寧紀畢單塗"
    "駱藍鮑華饒陽農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師欒榮鄺談荊樂儲勞諶藺樓盤滿聞厲闞權強帥蓋練豐計晉鹿闕"
    "諸戰銀賓陰堯閉尋"
    # 鐘, the other traditional form of the surname 钟 (鍾 above; 鐘 is also the clock of 分鐘, 鐘聲: the
    # dictionary test keeps those words out)
    "鐘"
    "郦酈"
    # 茆 (a Jiangsu surname; the character has no other use in news text)
    "茆"
    # 宦 (宦官, 仕宦 are words: _WORD_SURNAMES keeps those out)
    "宦"
    # Hui and other surnames that are also verbs (纳入, 占地): guarded by _VERB_SURNAMES below
    "纳納占"
    # rarer surnames: 赖, 訾, 竺 (nearly always a surname); 普 海 凤 洪 also open ordinary words (普通, 海关,
    # 凤凰, 洪水): guarded by _WORD_SURNAMES below
    "赖賴訾竺普海凤鳳洪"
    # rare surnames that open no common word (谯楼 aside): 禚, 谯/譙, 郗, 笪
    "禚谯譙郗笪"
    # 麴 (a Gansu and Xinjiang surname, 麴红梅) and 俎 (a Shandong and Hebei surname; 俎上肉 is literary) open no
    # common word
    "麴俎"
    # more of the Hundred Family Surnames and common rare ones that open no common word (仉, 蹇, 逄, 蒯 …),
    # with the traditional forms of the list above that were missing (鞏, 遲, 叢, 況)
    "仉蹇宓邴郄逄蒯雒冮隗厍厙眭钮鈕酆贲賁羿钭鈄郤璩郏郟庾暨殳夔乜缑緱佴郇鞏遲叢況綦"
    # 萧 (萧条, 萧山) and 荀 (荀子) open a few words: guarded by _WORD_SURNAMES below
    "萧荀"
    # rare surnames that open no common word: 泮 (a Taizhou surname), 琚, 庹, 戢; 暴 opens many (暴雨, 暴力):
    # guarded by _WORD_SURNAMES below
    "泮琚庹戢暴"
    # regional surnames that open common words (密切, 沃土, 疏导, 喇叭, 木材): 密 (Lisu), 沃 (Zhejiang), 疏 (Anhui),
    # 喇 (Hui and Tu of Qinghai), 木 (Naxi): guarded by _WORD_SURNAMES below
    "密沃疏喇木"
    # regional and rare surnames: 虢 (Henan), 俸 (a Dai and Zhuang surname of southern Yunnan and Guangxi), 蒿 (Jiangsu,
    # Shandong), 贡/貢 (Jiangsu, Anhui); 俸禄, 蒿草, 贡献, 贡品 are words: guarded by _WORD_SURNAMES below
    "虢俸蒿贡貢"
    # regional surnames that open no common word: 妫/媯 (Henan), 禤 (Guangdong and Guangxi), 邗 (Jiangsu)
    "妫媯禤邗"
    # 苌/萇 (a Henan and Shanxi surname; 苌楚 is a rare literary word)
    "苌萇"
    # 把 (a Dongxiang and Hui surname of Gansu); also a preposition opening words (把握, 把关): guarded by
    # _WORD_SURNAMES and _PREP_SURNAMES below
    "把"
    # regional surnames of published surname lists that open common words (敏感, 仓库, 玄机): 敏 of the Hui of
    # Gansu and Qinghai, 仓/倉 of Jiangsu, 玄 of the Koreans of Jilin: guarded by _WORD_SURNAMES below
    "敏仓倉玄"
)


# Surnames that are also common words or place abbreviations (那么, 於是, 丘陵, 撒谎, 毋庸, 鄂州, 濮阳, 蓟县, 糜烂,
# 同时, 什么, 区域, 宝贝, 明确 — 区 is a Cantonese surname, 同 and 么 northern ones, 贝 and 明 common ones):
# a name only in a strong context — a title right before it, a verb of speech after it, a byline, credit or
# list slot — and only where the surname and the next character are no dictionary entry.
_CONTEXT_SURNAMES = frozenset("那於丘撒毋鄂濮蓟薊糜同么麼区區贝貝明扶"
                              # regional surnames that are common characters (母亲, 刀具, 危险, 禄劝, 陇南): 母 of
                              # Sichuan, 刀 of the Dai, 禄 and 陇 of the Yi, 危 of Jiangxi
                              "母刀禄祿陇隴危"
                              # 展 (展开, 展示: a Shandong and Heilongjiang surname) and 寸 (寸土: a Bai surname of
                              # Yunnan, 腾冲 and 剑川), 零 (零星: a Zhuang surname of Guangxi) and 矫 (矫正: a
                              # Shandong and Liaoning surname)
                              "展寸零矫矯"
                              # surnames of the 百家姓 (the Hundred Family Surnames) that open common words
                              # (哈哈, 滑雪, 弓箭, 桓 of 盘桓), and regional ones of published surname lists that do
                              # too (剧场, 拓展, 粘贴): 哈 of the Hui, 剧 of Shandong, 拓 of Shaanxi, 粘 of Hebei and Fujian
                              "哈滑弓桓剧劇拓粘"
                              # Hui surnames of Ningxia and Gansu that open common words (拜访, 锁定) and the 茶 of
                              # Yunnan (茶叶): 撒 above is one of them
                              "拜锁鎖茶"
                              # surnames of published surname lists that open common words (资金, 续签): 资 of
                              # Hunan, 续 of Shanxi
                              "资資续續"
                              # regional surnames of published surname lists that open common words (达到, 表达 →
                              # 达 of Gansu and Qinghai; 沐浴 → 沐 of Jiangsu and Yunnan; 折射 → 折 of Shaanxi; 信息 →
                              # 信 of Shandong)
                              "达達沐折信"
                              # surnames of the Bai and Yi of Yunnan that are common characters (文字, 起来): 字 of
                              # Dali and Chuxiong, 起 of Chuxiong
                              "字起"
                              # 虎 (老虎, 虎头: a Hui surname of Ningxia) and 杞 (枸杞: a surname of Dali, Yunnan)
                              "虎杞"
                              # 妥 (妥善: a Dongxiang and Hui surname of Gansu), 侬 (你侬我侬: a Zhuang surname of
                              # Yunnan and Guangxi), 修 (修建: a surname of Liaoning) and 钏 (a Bai and Yi surname of
                              # Yunnan; 钏 is a bracelet)
                              "妥侬儂修钏釧"
                              # 台 (平台, 台风, 台上: a surname of Shandong, 台秀英) and 臺
                              "台臺"
                              # 巨 (巨大, 巨额: a surname of Shaanxi and Henan) and 矣 (a literary particle: a Yi
                              # surname of Yunnan)
                              "巨矣"
                              # 罕 (罕见: a Dai surname of Yunnan, 罕建平)
                              "罕")
_CONTEXT_CLASS = re.escape("".join(sorted(_CONTEXT_SURNAMES)))  # (their regex character-class body)


# Surnames that are among the most common characters of running text (都是, 要求, 记者): the 百家姓's 都, and 要 and
# 者 of published surname lists (者 of the Yi of Yunnan).  A name only right after a title and only when the
# whole looks like a name (副局长要志刚, 部长都兰): see _title_surname_name.  Never in _FIRST_CHARS.
_TITLE_SURNAMES = frozenset("都要者原")  # (原 of Henan and Shanxi: 原来, 原有, and 原 = former before a title)
_COMPOUND = (
    "欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 长孙 長孫 宇文 司徒 令狐 夏侯 端木 "
    "独孤 獨孤 南宫 南宮 西门 西門 呼延 申屠 澹台 澹臺 轩辕 軒轅 百里 东郭 東郭 闻人 聞人 赫连 赫連 拓跋 万俟 萬俟 "
    "钟离 鍾離 宗政 濮阳 濮陽 公冶 太叔 仲孙 仲孫 乐正 樂正 司空 第五 左丘 梁丘 羊舌 微生 巫马 巫馬 颛孙 顓孫 "
    # Manchu and Jurchen clan names, surnames far more often than words (纳兰婷婷, 完颜亮)
    "纳兰 納蘭 完颜 完顏 闾丘 閭丘 "
    # more compound surnames of the 百家姓 that are no common words (单于晓琪, 公良晓燕)
    "单于 單于 公良 淳于 鲜于 鮮于 公羊 亓官 司寇 漆雕 壤驷 壤駟 夹谷 夾谷 宰父 谷梁 段干 公西"
).split()
SURNAMES = frozenset(_SINGLE)
COMPOUND_SURNAMES = frozenset(_COMPOUND)

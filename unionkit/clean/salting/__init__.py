"""Find title fragments salted into body sentences (the ``title_salt`` removal kind).

Spam copies of news pages cut the title's Han characters into short chunks (mostly two
characters, sometimes three to five, sometimes with characters skipped) and insert them,
in the title's order, into the first paragraphs: after commas and full stops, between two
words inside a clause, or dangling after the paragraph's last full stop. The same chunk
sequence is usually repeated in several paragraphs.

Detection combines several weak signals, because none is enough alone (real words such as
a city name can be salt, and the body mentions the title's words all the time):

* shape: the span is a subsequence of the title's Han characters, not part of a longer
  verbatim quotation of the title, and cut at odd places of the title's own words;
* fluency: a unigram word model (jieba's dictionary) says whether the span is a word and
  whether the sentence reads better without it (spans glued to their neighbours are not salt);
* position: after punctuation, dangling at the paragraph end, never right before a comma;
* chain: the fragments of one paragraph follow the title's order and support each other;
* repetition: the same fragment sits in other paragraphs of the page.

``salt_spans`` is pure and deterministic. A cheap gate per paragraph decides which paragraphs
the word model reads: a short verbatim piece of the title cut at a place that is not one of the
title's own word boundaries (市盘 from 昆明市|盘龙区) and not running on into a word of the
sentence (攀枝花创|建) nor the title's place without its level word before 是 (，涧西是…: ``gate._place_subject``), a
sparse chunk right after a clause mark, or title characters dangling
after the final full stop. Real text restating the title uses whole title words (the tail of a title word the
dictionary barely prefers to its two words counts: 技能竞赛 of 职业技能|竞赛, ``gate._compound_tail``), so on most
unsalted pages no paragraph opens the gate. When none does, a second gate (``seq_gate``) catches salt
made only of whole title words (贵州|铜仁|市总工会|奋力): short title runs opening three or more clauses
in the title's order, two of them repeated in order in another such paragraph. Other paragraphs are read only when they contain a
confident fragment of a gated one, and keep what is decoded there only when some piece sits the way a salter's chunk does or
repeats a gated paragraph's (``passes._restating``: “冬捕一線… … 漁工送|去 is the text's use of the title's words), and
drop words read apart that leave out a chunk the gated paragraphs all put between them, the paragraph holding no copy of it
there (在|十堰|汇达… 。|工会|律师 under ,十堰|市总|工会: ``passes._skips_chunk``; generated pages unchanged, 2 real test pages
read better). Spans that are a chunk seen in another paragraph plus more
are cut back to the chunk. The page is read again with the fragments found cut out until a
reading finds nothing, so salt_spans on its own output finds nothing (idempotent). Apart from the gates, a
salter that inserts chunks inside words (心理测|送去|评) shows itself by the halves of words left on either
side: four or more title runs that split a dictionary word make those runs salt (``split_spans``; whole title words
the sentence, cut, reads as standing between two words split none: 推动|职工书屋|向, no 动向).

The readings' fragments are then decoded jointly, once, on the original text (``joint``): a
salter cuts the title once into an ordered chunk list and puts a prefix of it, in order, into each
salted paragraph. The chunk list is inferred from the fragments of all paragraphs (fragments seen in
more paragraphs claim their title characters first; a fragment is cut to the part that does not
collide; the order is the paragraphs' order, so a chunk the salter put out of the title's order, 拉开
in seed 000, stays where it was put). Fragments that do not fit the list are dropped; listed chunks a
paragraph lacks are looked for only in the stretch where the list puts them (between the found chunks
before and after, where word-like chunks such as 昆明 or 职工 are safe to take); title characters no
listed chunk covers are filled from the stretch between two chunks (a lone character when removing
it makes the sentence read much better); a confident continuation of the title after the last chunk
is taken. A level union name of the sentence (市总工会) is never cut into by a fragment that is not a
verbatim title piece. If that joint result is not a fixed point of the reading, the readings' own
result is kept, so idempotence holds. Some salters put the list's last chunk twice: at its place after a
comma or 、 and again dangling after the final full stop; the earlier copy is taken too (``dangling_twins``).
Others, their list run out at the title's end, put the last chunk's tail again after a comma of the same sentence
(,能大赛 … ,大赛推动): that copy goes too (``repeated_tails``, one of ``_page_pattern``'s steps).
A title piece of three or more characters written twice in a row after a clause mark (,舞钢市舞钢市总工会) loses
its first copy, whatever the gates say (``doubled_spans``: real text does not double a name). Last, what the
page's salt shows as a whole corrects the spans (``_page_pattern``): a span running on into the next chunk's head
is cut back to its chunk, a paragraph left unsalted whose clause openings tile a stretch of the title from a later
chunk is salted, and on a page salted only at clause marks an in-clause title word after a gap is the text's.

A lone title character right after a clause mark, in the found chunks' title order, that the sentence reads
better without is a one-character chunk (``lone_marks``; several in one stretch between two chunks when they go on in
the title's order: ,山为户外 … ,市叮嘱 between 平顶 and 工为户, seed 0 0.9410 to 0.9416 removed, nothing more lost). The gate also takes a whole run of title characters
that is one chunk with wider skips than the greedy walk allows (``_sparse_whole``: 武侯|会), unless it is whole
title words side by side; with both, 91.80% / 91.27% removed and 0.292% / 0.291% lost (from 91.34% / 90.80%
and 0.292% / 0.291%). So does a sparse chunk of four or more loose characters glued to no word inside a clause
(``_odd_inside``: 年度|区会开年|工会工作, found apart from the sentence's title words the walk ran on into by
``_beside_words``; seed 0 93.59% to 93.73% removed, nothing more lost).

Measured on 300 generated pages each (tests/salt_gen.py, seeds 0 and 1; chunks of 1-5
characters, 1-3 salted paragraphs, 15% traditional script): 90.9% / 90.7% of salted characters
removed, 0.29% / 0.29% of true characters of salted pages lost (``clause_bound``, which keeps a whole title
word restated inside a clause and removals right before a clause mark, took 0.33% / 0.32% down to it for
0.05 / 0.03 points of removed salt; the sequence gate added 0.8 points on
seed 1, nothing on seed 0; ``trim_leftovers`` ~0.3 points before), nothing lost on the same pages unsalted. A rule
anchoring a title piece cut the same odd way in two paragraphs (salt whose chunks all read as words) added
~0.8 points on seed 0 but cut whole title words out of an unsalted page (安全生产, which the title's own
segmentation splits 系统安全|生产), so it was taken out. Seed 000's two salted paragraphs
come back exactly. The goal (>= 95% / <= 0.2%) is not reached: pages whose chunks are all whole title
words (凝聚|职工|力量) rarely open the gate, a chunk inserted next to the same words (市总|工会,
技能技能) reads as real text, and trailing whole title words (健康, 就业) are taken as salt.
The gate opens on ~20% of unsalted generated pages (written to be full of title words) and on
1 of the 4 real unsalted seed pages. It opens on ~97.5% of salted generated pages.

Speed: one salt_spans call gates and scores each paragraph text once (``Memo``: the later readings, the
joint decoding and the fixpoint check reuse it; Segmenters by run text are shared across calls, bounded); the gate memoises what each
run of title characters holds per title and looks at the paragraph only around the runs that hold a
piece; memos across calls are bounded and keyed on a title or a few characters. CPU throughput with
the model loaded, every title new to the process (no cached title work, regex cache purged): ~0.5 MB/s
on generated salted pages (0.31 before this speed-up), ~2.4 MB/s on their unsalted twins (1.65), ~12 MB/s
on seeds 001-004 (6.6), ~5.2 MB/s on bench/corpus/pages-5mb (2.35; a fresh title's word boundaries cost
~0.03 ms, so short pages gain least). The runs of title characters are found by a standard ``re`` character
class of the title's characters (``_title_chars``, memoised per paragraph; the class per title).

Some salters put short title pieces (two or three characters) right after clause marks in no title order, the clause
reading on without them (,县总|她说, 、技能|分级筛选): five or more such pieces in three paragraphs, over four title
stretches, two of them no dictionary word, are salt (``salad_openings``), taken only when the title-ordered readings
found no more spans (on a page whose salt they found, the clause-opening title words left are as often the text's own).
A piece ending a union's name or a place's level, an item's head, or going on in the title's order is none. Nor is a
word heading a 、 item when an earlier item of the list holds it (技能培训、岗位练兵、|技能|竞赛: parallel items, ``_list_repeats``).
A word before 的 (表示，晉江|的做法) or closing
the pair the title joins (矿区、|工地 under …矿区和工地) is none either. Generated pages unchanged; 2 real test pages read
better (the tie taken, the list's words kept), none worse. Generated
pages (seeds 0, 1, 7) are unchanged; 11 real salted test pages read better, none worse.

Mirror sites also paste whole-word title pieces at seams the comma-cutting salter does not use: after ；, ：
or 、 or a doubled opening quote and running on into the clause, at the end of a short numbered heading, or
before a closing quote inside a longer quotation (``odd_seams``; three or more distinct pieces on a page, the
text after a piece not continuing the title). A single opening quote is no seam: real quotations open with the
title's phrases (“建设美丽繁荣和谐攀枝花”) too often.

Some salters cut the title into a few longer pieces (three to five characters, some holding the title's own
punctuation: 疗休养，我) and put them at clause openings or dangling after a paragraph's last full stop, a piece or two
per paragraph (``cut_pieces``: three distinct pieces cut inside the title's words or across its punctuation make one
cutting of the title, which whole-word pieces of three characters filling its stretches join). Last, spans that are the
sentence's own words are given back (``own_words``): a title word opening a 《》 name, the title's place opening a
paragraph as its subject, the whole title words of a lead restating its headline when that is the page's only salt,
and of two spans with one text in a paragraph the one inside a verbatim title run of six characters or more
(``_named_twin``: 格尔木市总工会|组织|8名 … 技|组织|术; a salter puts each chunk into a paragraph once), and whole title
words right before a count (覆盖|职工|4.2万人, ``_noun_before_count``: the counted noun; seed 1 0.00147 to 0.00145 lost).

When a chunk's word also occurs in the sentence, the reading may cut the wrong copy. The copy heading a quoted or dotted
name (“|技能|进果园”, ·|宝鸡|有我) or a verbatim title run longer than any chunk (，|秭归|县总工会) is the sentence's: the
span moves to the paragraph's one loose copy (``real_copies``); a title word straddling the cut between two of the
paragraph's chunks (为脐|橙产, then 脐橙) is given back (``crossing_spans``); with no loose copy, a span heading a quoted name (36个“|工会|驿站”) is given back
on a page whose salter puts no chunk inside words (``quoted_heads``: a salter that cuts into words cuts into quotes
too, “|打造|揭榜挂帅”; seeds 0 / 7 lose 0.00189 / 0.00253 for 0.00192 / 0.00261, removal unchanged). A listed chunk
is never looked for inside a quoted name the title quotes too, marks and all (今年的“|夏送|清凉”活动 under a title
quoting “夏送清凉”: the page's own mention of the campaign; ``title.title_quoted_name``). Two kinds of whole-word salt the chunk
list misses are taken at clause openings: the title words left after chunks tiling the title's head (``tail_words``),
and pieces that with the found chunks cover the title once over, whatever their order (``marked_cover``: a sparse
salter putting one or two whole words per paragraph). Generated pages (seeds 0, 1, 7) hardly show these kinds:
0.9359 / 0.9221 / 0.9026 removed, 0.00192 / 0.00145 / 0.00265 lost (0.00147 on seed 1 before).

Some salters carry one chunk list on through the page instead of starting it again in each paragraph: a paragraph
lacking the list's head whose clause-opening chunks tile the title on from where the previous salted paragraph stopped
is salted (``joint._carried_on``: 教职|工趣, then ,味运 … ,动会); a lone title character continuing the list at a clause
mark is taken when the title's next piece opens a later clause of that paragraph (``continued_seams``: 工会启, then ,动 …
,年夏); and three or more pieces, each cut from the title around it, tiling in order the title stretch two carried chunks
leave between them are salt (``carried_tiles``: 帮农 … ,民工 … 追回 … 欠薪 … 余万元). A unit's one-character union (矿工会
of 煤矿|工会) going on into its clause is the sentence's subject, never a cut piece (``_unit_union``). Generated pages
(seeds 0, 1, 7) show none of these kinds: their figures are unchanged.

A salter that puts its chunks at the heads of a 、 list's items does not keep the title's order there: when three or more
found chunks head items of one list, the other items between them headed by a title word of an unclaimed title stretch
are salt too (``lones.item_heads``: 包头|苏日娜、市庆|巴特尔、表彰|乌云其木格、国际|高娃). Generated pages (seeds 0, 1, 7)
are unchanged.

On a page whose salt is found, a title piece glued right before a count whose counted noun names it again a few
characters on is a chunk (``doubles.counted_doubles``: 商家|12家爱心商家, 环卫|200余名环卫工人): real text names its noun
once, after the count. Generated pages (seeds 0, 1, 7) are unchanged.

Forum reposts add, on a page whose salt is found, pieces of other kinds (``passes._page_pattern``): a title piece holding
the title's number whose number counts nothing where it sits (``counted_nothing``: 交通|为8000|协管员, 领到了|资助86名|3000元),
a quoted title piece written again right after its closing quote (``quoted_doubles``: “暖心包”|暖心包), and a clause-opening
piece before whole title words naming the subject that start back in the title (``stepped_back``: ,金秋|涧西区总工会,
,培育|区总工会; a union name the title's segmentation joins to its place, 来安县|总工会, counts when it lies wholly before the
piece in the title: ,集体|县总工会). Generated pages (seeds 0, 1, 7) are unchanged; 7 real test pages read better, none
worse (the union-name case: seed 0 0.9371 to 0.9374 removed, nothing more lost; 8 more real test pages read better).
The piece may skip title characters when the words it skips follow it (``_gap_piece``: ,柳州集中|市总工会向…). The sentence
may name its subject under its city (,免费|阜阳市颍州区总工会联合… under 颍州区总工会…免费…: ``_higher_place``; generated
pages unchanged, 1 real test page reads better).

A page whose pieces the readings take for the sentence's own, one by one, still shows its salter in a pair of pieces
that meet in the title inside a title word (``cuts.cut_pairs``: 莲湖区总 … 工会举办女 of 莲湖区|总工会|举办|女职工,
written apart with a clause mark between them): neither a restatement of the title nor a dictionary word, glued into no
word of the sentence, not running on along the title over its quote marks, and overlapping no span found already (a
piece running on from a found chunk is the chunk and the sentence's own title word). Generated pages: 0.9374 / 0.9221
/ 0.9024 removed to 0.9410 / 0.9263 / 0.9056 (seeds 0, 1, 7), 0.00190 / 0.00145 / 0.00262 lost to 0.00192 / 0.00147 /
0.00263; 4 real test pages read better, none worse.

A letter or Q&A page asks its title's question again in its own sentences: weak whole title words inside clauses,
in the title's order (跑|外卖|的… 现在|骑手|也|能入|工会), tile the title as a salter's chain would. Such a chain is the
text's (``chain._restated``), and so is one title word ending several sentences (能否|入会。… 如何|入会。: a salter gluing
pieces before sentence ends cuts different ones, ``stops.stop_pieces``). Seeds 0 and 1 are unchanged; seed 7 0.9061 /
0.00253 to 0.9054 / 0.00256 (one page whose salt is whole title words inside clauses, read badly before and after).
Whole title words glued before sentence ends are salt when the page shows four different ones in three paragraphs, out of
the title's order (…交流|技能梦想。 … 尊重劳动|潜山市。, ``stops._word_stops``): a sentence ending on the title's words
legitimately does so once or twice, and a text restating its title does so in the title's order. Generated pages
(seeds 0, 1, 7) are unchanged; 1 real test page reads better, none worse.
A paragraph's chain read in the title's order from its subject union (区总工会|主席…, ``base.subject_union``) over the
sentence's own title words may leave out a confident chunk the salter put at a clause mark out of the title's order
(,潞州|逐步): the first reading's chain is then decoded again without the subject's pieces (``chain._subject_over_mark``;
seed 0 unchanged, seed 1 0.9266 to 0.9273 removed, seed 7 0.9054 to 0.9068, nothing more lost; 4 real pages read better).

A salter may also cut a one-character chunk and put it anywhere, inside words too (有|堂|限, 宣|堂|讲, 连|堂|图纸). On a page
whose salt is found, a lone title character (no title character beside it) that splits two or more dictionary words
whose halves join is salt at each of its copies glued to no word of either neighbour (``splits.lone_splits``); the
evidence is the character's own, not split_spans' page count, and the page's own uses of it inside words (课堂) stay. A
character pairing alike with a neighbour at two copies (拖欠|蟹款 … 追回|蟹款: a word the dictionary lacks) or often a word
on its own (了, 我, 会) is the text's. Generated pages (seeds 0, 1, 7) are unchanged; 1 real test page reads better.
A counted noun written twice in a row (12名|劳模|劳模工匠) keeps the copy ``doubled_words`` took as salt: the text counts
its noun once (``copies._counted_noun``).
Two spans only a 的 parts are given back as a modifier and its head (``unions.possessive_pairs``; so are two a 和,
与 or 及 joins, 发挥|劳模|和|工匠|人才: coordinated nouns) unless the head is a
piece of two or more characters cut inside a word (技术|校园|的|走进职|成长).
A verbatim title piece put inside the text's own copy of title words (夷陵区总工|教课|会: without it the run is whole title
words, cut by it inside one) is salt (``splits.spliced_pieces``; a copy of the sides' own words, 南|南岗区|岗区总工会, is a
doubling, and a piece going on from them is the title read on). ``list_gaps`` looks for the list's head a paragraph lacks as
far as any other paragraph shows it. Generated pages (seeds 0, 1, 7) are unchanged; 3 real test pages read better.

Some salters insert whole title words (as a segmenter reads the title) in no title order: glued into runs of two to
four anywhere in a sentence, even inside a word (,清凉包夏日外卖骑手总工会, 讲|清凉包总工会|解), or one inside a word or a
number (会员关|临泉县|系, 123|新就业形态|51, 新就业|总工会|形态劳动者). A run of whole title words stepping back in the title
over three title stretches, or rejoining a word or a number it split, or one title stretch whose removal rejoins a word,
a number or the text's own title stretch, glued into no word of either neighbour, is salt on a page showing four such
runs in two paragraphs with a title word recurring among them (``salad.word_salad``). Of a run of title characters the
salt is the part leaving the text's own title words at its ends one title stretch (夏日滁州市外卖骑手|滁州市总工会); a
salter's glued words lack the title's quote marks (送上夏日清凉包 under 送上夏日“清凉包”). Runs touching a span found already
are left (its neighbour is the text's). Such a salter puts its words after opening quotes too (``quoted_heads`` is not
applied). Generated pages: seed 1 0.9273 to 0.9282 removed, seeds 0 and 7 unchanged, nothing more lost; 6 real test
pages read better, none worse.

Others put runs of two or more whole title words at clause openings, the clause reading on without them (,劳动者开办|首批…,
,技能培训班|并安排…), picked anywhere in the title: two of a page's runs cross in the title (劳动者开办, 开办技能), which
the text's own restated phrases, nesting (新就业形态 in 新就业形态劳动者), never do. Four such runs in three paragraphs,
two crossing, are salt, and so are the page's word salad runs however few (``salad.word_openings``). Generated pages
(seeds 0, 1, 7) are unchanged; 1 real test page reads better, none worse.

On a page whose salt is found, a title word at a clause opening right before 并 (…的讲解，|守法|并现场解答…) is salt: the
clause going on with 并 shares the subject of the clause before it, so the word is no subject of its own
(``salad.conjunct_openings``; not the 并 of a negation, 公司并不…, nor a list item's head, 、培训并…). Seed 1 0.9282 to
0.9285 removed, seeds 0 and 7 unchanged, nothing more lost; 11 real test pages read better, none worse.
A page whose salt only the page rules find (``seams``: a title piece dangling after the last 。, a doubled piece) is a
page with salt for ``_page_pattern``'s steps too (,比武|乌苏市总工会联合… goes by ``stepped_back``): seed 1 0.9285 to
0.9300 removed, seed 7 0.9071 to 0.9075 (one chunk written beside its own copy, 系統|系統, is cut at the other copy:
the text reads the same, the measure counts 0.00003 more lost), seed 0 unchanged; 5 real test pages read better, none worse.

A union named by its sector's word before a subject's adverb (。行业工会将…, 企业工会还…) is the sentence's subject like a
unit's (医院工会将…): never a cut piece of the title's 煤炭行业|工会联合会 (``base._union_end``).

A place opening the title before its union, a name the word model lacks (狮|山镇|总工会, 凤|岗|镇|总工会), is read as one
title word and its level as another (``boundaries._place_before_union``): the text's short form (在狮山…) is then no cut
piece and opens no gate on the page cleaned, which before took it (and a whole title word beside it) at every reading.

A salter reuses its chunk list in each paragraph it salts, odd chunks too (表會在沈召, 平山总一线: title characters
picked with gaps; 会举办第十: a title piece cut inside title words at both ends): on a page whose salt is found, an odd
pick of the title's characters (two or more loose characters, or one and parts of two title words: 平山|总|一线)
standing free (glued to no word, going on along the title with neither neighbour, no quoted name, not heading the
sentence's union name) in two or more paragraphs is salt at each such copy, unless a paragraph holds it twice
(``repeats.odd_repeats``; real text shortening the title keeps words, 公司|工会, or cuts one, 曹妃甸|港). Seed 0 0.9416
to 0.9419 removed, seed 1 0.9300 to 0.9333, seed 7 0.9075 to 0.9131, nothing more lost; no real test page changes.

A title word opening a clause right before 的 (表示，晉江|的做法) is no candidate: cut, the clause would open on 的, so
the word is the clause's own modifier (``features._opens_on_particle``; seed 0 0.00189 to 0.00186 lost, seed 7 0.00258 to
0.00256, seed 1 0.9333 to 0.9329 removed). A salter carrying one chunk list through the page may put each chunk at a
paragraph's head or glued right before a clause mark (长安区9月19日晚|总工会, … 课程|技能成, … 课程|长路,): such pieces
tiling the title in page order are salt (``stops.closing_tiling``; generated pages unchanged). A salter may also write its
chunks in the other script (讓胡|路區 in a simplified page under a simplified title): those characters are read as the
title's (``variants.folded``; seeds 0, 1, 7 0.9419 / 0.9329 / 0.9131 to 0.9422 / 0.9336 / 0.9141 removed, nothing more lost).
A paragraph restating the title without its ordinal (表示,舉辦職工|冰雪運動會 under …舉辦第三屆職工冰雪運動會) reads as a
gapped title piece, but one the text goes on along the title from to a title word's end: it is no odd member a tiled
chain needs (``features._resumes_title``, ``chain.tiled_chain``; generated pages unchanged, 2 real test pages read better).
A place opening the text's union name past the title's words (江|都区总工会 under 江都区“工会…”) gives no lone character to a
fill (``lones._opens_union``), and a cut chunk is not grown back over a clause head the text goes on from along the title
(,金台|会组|区…总工会, ``doubles._clause_head``; seed 7 0.00256 to 0.00255 lost, 1 real test page reads better).

A title piece opening on the 会 of 工会 and running on over whole title words (会系统扎实 of 工会|系统|扎实) is a cut, no
short form of a name (which opens on a place's level or an organisation's last character: 区总工会), in the gate and in
``cut_evidence``. Once the page is open, a paragraph opening three or more clauses with title words in the title's order
is read too, and its chunks stand when they tile a title stretch after its head, each at a clause opening, splitting a
word or skipping title characters (``giveback.tiles_placed``: ,职工… ,力量… ,助创…). A pick of the title's characters
ending on a level union name that two paragraphs remove alike (、兰|市总工会 twice) keeps the name (``keep_unions``).
Seeds 0, 1, 7: 0.9422 / 0.9336 / 0.9141 removed to 0.9422 / 0.9371 / 0.9209, nothing more lost; 1 real test page reads
better.

A light salter puts only two to four title pieces on a long page, too few for a chain of chunks (开展|都仑区|“寒冬 …
区总工会|形态劳动|将 under 昆都仑区总工会为新就业形态劳动者…). On a page where nothing else is salt, pieces of three or more
characters, no dictionary word, opening the narrow gate and cut inside a title word the page writes whole, in two or
more paragraphs, one of them starting at the word's middle (keeping two or more of its characters that are no word, on
no level character), are salt when the page so cut reads as clean (``cutwords.cut_words``): real text shortens a title
word by its place's level (区服装 of 芦淞区|服装) or drops a compound's head (竞赛 of 劳动竞赛), never starts a name it
writes whole at its middle. Generated pages (seeds 0, 1, 7) are unchanged; 1 real test page reads better, none worse.
On a page whose salt is found, a title piece of three or more characters cut inside title words at both ends (举办|西区总|
2024年 of 涧西区|总工会), glued into no word and touching no span, is salt too (``cutwords.cut_within``). A salter may
carry its chunk list through the page lap after lap (夷陵|…|劳动, then 竞赛|月活|动, then 夷陵|… again): the chunks the
reading lost between two found chunks of a lap, or across a lap's turn, are taken at their one free copy there, or at
their one copy opening a clause (``tails.carried_laps``). A two-character span ending a word the character before it
opens is the sentence's word (``copies._inside_word``) unless it splits the text's own copy of a title stretch
(竞赛月活|劳动|动); a run inside a 《…》 name rejoins no word by its sides (《…共和国|安全举办职工生产|法》, ``salad._rejoined``:
the name's own 安全生产 stays). Seeds 0, 1, 7: 0.9422 / 0.9371 / 0.9209 removed to 0.9422 / 0.9384 / 0.9209, nothing
more lost; 4 real test pages read better, none worse.

The package's submodules, from the shared pieces up to the entry point (each imports only the ones above it):

* ``base``: shared low-level pieces of title salting: character tables, patterns, span helpers, small predicates.
* ``words``: the word model: jieba's unigram frequencies, the best-path Segmenter and the reading gain of a piece.
* ``title``: the title's shape: its Han characters, the candidate fragments of a paragraph and their marks and runs.
* ``boundaries``: the title's own word boundaries (the segmenter's reading of the title, and its punctuation gaps).
* ``runs``: runs of title characters in a paragraph: verbatim runs, whole title words, glued and sparse pieces.
* ``gate``: the cheap gates deciding which paragraphs the word model reads (cut fragments, sequence gate, page gate).
* ``cutwords``: a light salter's few title pieces cut inside a title word the page writes whole; pieces cut at both ends.
* ``features``: local features of a candidate fragment and the page's local table of scored candidates.
* ``chain``: chain decoding of a paragraph's fragments, the per-call Memo and the first decode of a reading.
* ``chunks``: the salter's chunk list: readings of a text by the title's words, the list, its order, fitted spans.
* ``unions``: names the sentence owns (a union's name and level, a clause's subject, a list's head) are given back.
* ``leftovers``: what a removal leaves: cut evidence, title characters touching a removed chunk, trimmed leftovers.
* ``cuts``: two cut title pieces that tile the title across their cut (the halves of one title word, put apart).
* ``giveback``: spans given back to the text: place and company names, whole words bound in a clause, evidenced spans.
* ``seams``: page-wide rules at clause seams: digit seams, doubled pieces, seam repeats, odd seams, dangling ends.
* ``doubles``: doubled words and title pieces at mark tails, openings the page repeats, and pieces the text steps back over.
* ``marks``: found chunks at clause marks: gaps, overlaps and tails between chunks, mark style, twins, seam tiles.
* ``lones``: list items and seam neighbours of the found chunks, list item heads, and lone title characters at clause marks and in lists.
* ``marked``: clause-opening title pieces across the page: list gaps, a page-wide tiling, its cover, copies at heads.
* ``tails``: the title's tail after the found chunks: tail words, the missing tile, shuffled and carried chunks, laps.
* ``openings``: verbatim restatements of the title at sentence and paragraph openings, and continued seams.
* ``pieces``: longer cut pieces of the title (holding its punctuation) at clause openings: one cutting of the title.
* ``salad``: short title pieces at clause openings in no title order, the page's salt the ordered readings missed;
  whole title words glued in no title order or inside words (word salad); title words opening a clause that goes on with 并.
* ``stops``: title pieces glued before a sentence's end, gapped chunks, and the order of trailing pieces.
* ``copies``: the right copy of a chunk's word (a quoted or dotted name's copy is the sentence's) and own words.
* ``recut``: pages salted with chunks cut anew per paragraph: recut and filled pieces, clause heads, crossing spans.
* ``fills``: what the page's chunk list leaves between two chunks: list fills, sparse splits, glued fills, numbers.
* ``counts``: the title's number carried into a sentence with the title's words beside it, counting nothing there.
* ``quotes``: the title's own quote and joining marks a salter cut with its chunks (届“ … 杯”, taken as a pair; ,“最美职 unclosed; ,+驿站).
* ``slots``: copies of a span inside clauses: the better copy takes the span.
* ``splits``: title runs splitting a dictionary word (心理测|送去|评): four or more on a page are salt; lone characters
  splitting words twice (有|堂|限); title pieces spliced inside the text's title words (总工|教课|会).
* ``repeats``: odd title chunks (sparse picks, pieces cut at both ends) a page repeats in two paragraphs.
* ``joint``: joint decoding of the chunk list over the page's paragraphs.
* ``passes``: one reading of the page and the readings after it, with page-wide rules joined when the result is fixed.
* ``variants``: the title's characters written in the other script, folded to the title's own.
* ``reading``: the entry point: salt_spans, the final spans of a page and what is given back when unsupported.
"""

from .reading import salt_spans

__all__ = ["salt_spans"]

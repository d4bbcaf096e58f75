"""Trade unions named on a page: 昆明市总工会, 攀钢工会, 中国海员建设工会 …

A union is found at each 工会/总工会/工会联合会/工会委员会 (either script) and
its name is read leftwards, from the nearest punctuation, as one of:

* a place (from the gazetteer) + optional industry: 铜仁市总工会, 四川省教育工会.
  Leading higher-level places are dropped (贵州铜仁市总工会, 昆明市盘龙区总工会
  → 铜仁市总工会, 盘龙区总工会);
* a bare level word (市总工会, 区总工会, 省教育工会), completed with the page's
  main place of that level (攀枝花市总工会 on a page about 攀枝花), keeping the
  written form in ``surface``;
* 中国/中华全国 + industry or 总工会 (中国海员建设工会, 中华全国总工会);
* a named body ending in an organisation word (钢城集团公司工会, 某某大学工会);
  items listed before it with 、 share its 工会 (攀钢、攀煤、钢城集团公司工会);
* a bare short place name (盘龙工会).

Everything else before 工会 is generic and not a union: 工会干部, 基层工会,
各级工会, 全市工会, 当地企业工会, 乡镇(街道)工会, 非公企业工会, "智慧工会", 工会+, and a
机关工会 of an unnamed body. "X工会第九次代表大会" names X's congress and so X
(a union that holds it); 中国工会 is the movement (《中国工会章程》), not an organisation. X工会 and X总工会
on one page are the same organisation and are merged to the 总工会 form (铜仁市工会 →
铜仁市总工会); a bare level the page's places leave open (州总工会) is the one full name
the page gives that ends the same way (昌吉州总工会). A union named by its unit's kind alone (院工会, 集团公司工会) is
the one union of that kind the page's own header, column title or footer names (某某医院工会).

Where each step lives (a module imports only modules listed before it):

* ``base``: the union-word pattern, tables (industries, organisation words, levels, lead words) and small predicates;
* ``locality``: place chains a segment opens with, and the page's locality that completes a bare level word;
* what prose and bodies before a union word look like: ``units`` (车间, 学院, departments), ``clauses`` (pronouns,
  leading verbs, inner leads), ``bodykinds`` (zones, joint and project unions), ``trades`` (lead words, industries,
  trades, product names), ``firms`` (state-owned groups, parks, corps and regiments), ``transport`` (车务段, 站),
  ``words`` (function and prose words by dictionary tag);
* ``reading``: one union's name read leftwards from its union word (``_read_segment`` and its cached forms);
* ``lists`` (items listed with 、 that share the union word), ``shortforms`` (市总, Hong Kong and Macau labour
  bodies), ``context`` (levels listed, roster rows, signatures, the sentence's owner place) and ``backrefs`` (a bare
  公司工会 or 大学工会 named by the site, a bare 集团公司工会, 院工会, 校工会 named by the page's header or footer,
  back-references to a firm or branch named before);
* ``fullnames`` (the full name a short written union stands for) and ``merge`` (one entry per organisation);
* ``find``: ``find_unions`` and ``resolve_union_name``, exported here with ``_own_company`` (used by people).
"""

from __future__ import annotations

from .fullnames import _own_company
from .find import find_unions, resolve_union_name

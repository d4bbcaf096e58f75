"""Places: China's administrative divisions named on a page, resolved to province/city/county.

The gazetteer (``unionkit/data/gazetteer.tsv``, built by ``scripts/build_gazetteer.py``)
lists every province-, prefecture- and county-level division with its short
names and traditional-script forms. One Aho-Corasick automaton finds all of
them in a page in a single leftmost-longest pass.

Rules (decided on the seed pages, meant for any page):

* Only names written with their administrative suffix are *places*
  (攀枝花市, 贵州省, 红桥区). Bare short names (攀枝花, 贵州, 天津 in a company
  name, 昆明 salted into a sentence) are only *context*: they help resolve
  ambiguous names and tell which city a page is about, but are never reported.
* A county name shared by several divisions (朝阳区, 鼓楼区) takes the province
  and city of the page's other mentions; with no such hint they stay null.
* Short county names (和县, 城区, 东区) and names that are also common words
  (新城区, 城关区) count only right after their own city or province, or
  standing alone between non-Han characters; this keeps 城区 in 核心城区/全市城区
  and 和县 in 市和县 out.
* A name used as the scope of a workers' event title (四川省职工志愿服务展示活动)
  is not a place mention by itself.
* The output keeps the page's script: a traditional page gives 廣元市 with
  city 廣元市 (province and city in the script of the mention).

Where each step lives (a module imports only modules listed before it):

* ``base``: tables and small predicates every step shares (suffix words, generic stems, clause ends, the page's
  script, variant characters);
* ``divisions``: the gazetteer (TSV rows, ``AMENDMENTS``, spelling index, automaton, the precomputed state file)
  and its ``Division`` objects;
* ``scanner``: ``scan``, a text's gazetteer hits (``Mention``): the automaton pass over the spans that can hold a
  name, 臺/台 and variant folding, a full name over the short one it overlaps;
* ``votes``: the page's votes for provinces and cities, the choice among namesakes, the script of a Place;
* ``words``: what the word around a bare name is (the people dictionary's tags, bodies a name opens);
* ``accept``: whether a suffixed name is a place mention (short and word-like counties, event titles, comment
  handles) and the frames that place a name (在…召开, …等地, 老家);
* how a bare name becomes a place: ``pairs`` (a province then its prefecture, 湖南邵阳), ``framed`` (a bare
  prefecture, framed by 在/赴/来自, a dateline, a route's far end), ``levels`` (a name read across two levels, a
  route's ends), ``scenes`` (sights, scenes, counted firms, a union's owner, a trip's origin), ``chains`` (a city
  and its own county, bare or by stem: 台州市玉环, 佛山南海), ``lists`` (宜昌、襄阳、黄石等地; a
  prefecture's towns and sights, 桐乡乌镇、海宁盐官等) and ``provinces`` (a bare province that names a place);
* ``find``: ``find_places``, every mention of a page taken or not by those steps, resolved and added once;
* ``pages``: page-level answers: ``taiwanese_page``, ``taiwan_page_places``, ``site_place``, ``locality_votes``,
  ``resolve_place``.
"""

from __future__ import annotations

from .accept import word_alone
from .base import _page_is_trad, fold_variants  # (_page_is_trad, _is_trad_mention, _dictionary_tag: read by unions)
from .divisions import AMENDMENTS, Division, Gazetteer, amend_rows, build_tables, gazetteer, write_state
from .find import find_places
from .pages import locality_votes, resolve_place, site_place, taiwan_page_places, taiwanese_page
from .scanner import Mention, scan
from .votes import _is_trad_mention
from .words import _dictionary_tag

__all__ = ["AMENDMENTS", "Division", "Gazetteer", "Mention", "amend_rows", "build_tables", "find_places",
           "fold_variants", "gazetteer", "locality_votes", "resolve_place", "scan", "site_place",
           "taiwan_page_places", "taiwanese_page", "word_alone", "write_state"]

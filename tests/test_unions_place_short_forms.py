"""find_unions: a union a headline names under its place's usual short name, read through a founding verb
(达茂旗成立物流行业工会联合会), is the union the page writes under the place's official name, not a second one
(invented sentences, with look-alikes that must not change)."""

import pytest

from conftest import union_names as names


@pytest.mark.parametrize("text, want", [
    # a banner's short name in the headline, its official name in the text
    ("达茂旗成立物流行业工会联合会\n6月12日，达尔罕茂明安联合旗物流行业工会联合会成立大会举行。",
     ["达尔罕茂明安联合旗物流行业工会联合会"]),
    # an autonomous county's short name, a trade union
    ("化隆县成立快递行业工会联合会\n9月2日，化隆回族自治县快递行业工会联合会成立。",
     ["化隆回族自治县快递行业工会联合会"]),
])
def test_a_short_place_form_joins_the_official_one(text, want):
    assert names(text) == want


@pytest.mark.parametrize("text, want", [
    # the founding verb alone, no official name on the page: the short form stays, read through the verb
    ("达茂旗成立物流行业工会联合会", ["达茂旗物流行业工会联合会"]),
    ("夷陵区成立茶产业工会联合会", ["夷陵区茶产业工会联合会"]),
    # a short form the page writes out as it is stays as written, beside the official one
    ("察右前旗总工会推动活动。6月以来，察哈尔右翼前旗总工会在全旗开展活动。",
     ["察右前旗总工会", "察哈尔右翼前旗总工会"]),
    # another place's trade federation is another union
    ("固阳县成立物流行业工会联合会\n达尔罕茂明安联合旗物流行业工会联合会也已成立。",
     ["固阳县物流行业工会联合会", "达尔罕茂明安联合旗物流行业工会联合会"]),
])
def test_other_names_stay(text, want):
    assert names(text) == want

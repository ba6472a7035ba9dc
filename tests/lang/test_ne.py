"""Nepali: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_rows import ingest_and_export
from .language_checks import CASES, check_examples, check_sentence
from .scope_checks import Event, check_scope

CODE = "ne"
CASES[CODE] = [
    # fresh-article forms: an extension proposed (विस्तार गर्ने प्रस्ताव) is a proposal; "सहभागिता तोड्" (broke off
    # participation) suspends; a state with the glued "-सँगको" (with ...'s) is a partner
    ("पुटिनले न्यू स्टार्ट सन्धि एक वर्ष विस्तार गर्ने प्रस्ताव राखे।", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("रुसले संयुक्त राज्य अमेरिकासँगको नयाँ स्टार्ट सन्धिमा आफ्नो सहभागिता तोड्यो ।", None,
     [("suspend", "new-start", "russia", None, "asserted")]),
    # dated; endings glued to the names (रुसले, सन्धिमा, सन्धिबाट)
    ("रुसले 21 फेब्रुअरी 2023 मा न्यू स्टार्ट सन्धिमा आफ्नो सहभागिता निलम्बन गर्‍यो।", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("अमेरिका सन् 2019 मा आईएनएफ सन्धिबाट बाहिरियो।", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    # negated in the verb (गरेन, गरेको छैन), an adverb between the noun and its verb
    ("अमेरिकाले सीटीबीटीको अनुमोदन कहिल्यै गरेन।", None, [("ratify", "ctbt", "usa", None, "negated")]),
    ("भारतले आणविक अप्रसार सन्धिमा हस्ताक्षर गरेको छैन।", None, [("sign", "npt", "india", None, "negated")]),
    ("रुस र अमेरिकाले न्यू स्टार्ट सन्धिको म्याद थपेनन्।", None,
     [("extend", "new-start", "russia", None, "negated"), ("extend", "new-start", "usa", None, "negated")]),
    # hedged: सक्छ "can" after the verb
    ("इरान एनपीटीबाट बाहिरिन सक्छ।", None, [("withdraw", "npt", "iran", None, "possible")]),
    # the future in the verb; a date between the noun and its verb
    ("न्यू स्टार्ट सन्धिको म्याद 5 फेब्रुअरी 2026 मा सकिनेछ।", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    # a condition (यदि ... भने): no event stated
    ("यदि अमेरिकाले आणविक परीक्षण गर्‍यो भने रुसले पनि त्यसै गर्नेछ भनी पुटिनले बताए।", None, []),
    ("रुसले सन् 2023 मा व्यापक आणविक परीक्षण प्रतिबन्ध सन्धिको अनुमोदन फिर्ता लियो।", None,
     [("deratify", "ctbt", "russia", "2023", "asserted")]),
    # a short name with its ending written out (चीनले), the partner marked by -सँग
    ("चीनले अमेरिकासँग हतियार नियन्त्रणबारे वार्ता गर्न अस्वीकार गर्‍यो।", None,
     [("reject_talks", None, "china", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# The scope cues of the language's data, in sentences of our own (published Thursday 23 February 2023): a
# negation stops at "but", a counterfactual is not a denial, a description is not an event, a weekday
# follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("रुसले न्यू स्टार्ट सन्धिमा सहभागिता निलम्बन गर्‍यो, तर रुस सन्धिबाट बाहिरिने छैन।",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("सन्धिको म्याद थपियो, नत्र न्यू स्टार्ट सन्धि फेब्रुअरी 2021 मा समाप्त हुने थियो।",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("extend", "negated")]),
    ("अमेरिकाले रुसमाथि आईएनएफ सन्धिले प्रतिबन्ध लगाएका क्षेप्यास्त्र तैनाथ गरेको आरोप लगायो।",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("रुसले सोमबार सीटीबीटीमा हस्ताक्षर गर्‍यो र बिहीबार त्यसको अनुमोदन गर्‍यो।",
     [("sign", "ctbt", "russia", "2023-02-20", "asserted"),
      ("ratify", "ctbt", "russia", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


ARTICLE = {
    "id": "ne-own-1", "url": "https://example.com/ne/1", "published": "2023-02-22T08:00:00Z",
    "text": ("न्यू स्टार्ट सन्धिमा रुसको सहभागिता निलम्बित\n\n"
             "मस्को, फेब्रुअरी 22 — रुसले मंगलबार न्यू स्टार्ट सन्धिमा आफ्नो सहभागिता निलम्बन गर्‍यो। "
             "तर रुस यो सन्धिबाट बाहिरिने छैन। "
             "“यो निर्णय हाम्रो सुरक्षाका लागि आवश्यक थियो,” परराष्ट्रमन्त्री सर्गेई लाभरोभले बताए। "
             "न्यू स्टार्ट सन्धिको म्याद 5 फेब्रुअरी 2026 मा सकिनेछ। अमेरिकाले यो निर्णयको आलोचना गरेको छ।"),
}


def test_an_article_end_to_end(tmp_path: Path) -> None:
    events, quotes, documents = ingest_and_export(tmp_path, ARTICLE)
    assert documents == {("ne", "2023-02-22")}
    assert ("suspend", "new-start", "russia", "2023-02-21", "asserted") in events  # मंगलबार = Tuesday
    assert ("withdraw", "new-start", "russia", "2023-02-22", "negated") in events
    assert ("expire", "new-start", None, "2026-02-05", "scheduled") in events
    assert ("lavrov", "यो निर्णय हाम्रो सुरक्षाका लागि आवश्यक थियो") in quotes

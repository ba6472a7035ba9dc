"""Marathi: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_rows import ingest_and_export
from .language_checks import CASES, check_examples, check_sentence
from .scope_checks import Event, check_scope

CODE = "mr"
CASES[CODE] = [
    # fresh-article forms: "संस्थगित" (suspended, formal), New START as "नव्या व्यूहात्मक अस्त्र कपात संधी",
    # "the treaty was concluded between X and Y" (करार ... यांच्यात झाला) signs
    ("21 फेब्रुवारी 2023 रोजी रशियाने नव्या व्यूहात्मक अस्त्र कपात संधीमधला आपला सहभाग संस्थगित केला.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("1987 मध्ये आयएनएफ करार युनायटेड स्टेट्स आणि सोव्हिएत संघ यांच्यात झाला.", None,
     [("sign", "inf", "usa", "1987", "asserted"), ("sign", "inf", "ussr", "1987", "asserted")]),
    # dated; endings glued to the names (रशियाने, करारातील, करारातून)
    ("रशियाने 21 फेब्रुवारी 2023 रोजी न्यू स्टार्ट करारातील आपला सहभाग स्थगित केला.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("अमेरिका 2019 मध्ये आयएनएफ करारातून बाहेर पडली.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    # negated: नाही after the verb
    ("अमेरिकेने सीटीबीटीला कधीही अनुमोदन दिलेले नाही.", None, [("ratify", "ctbt", "usa", None, "negated")]),
    ("भारताने अण्वस्त्र प्रसारबंदी करारावर स्वाक्षरी केलेली नाही.", None, [("sign", "npt", "india", None, "negated")]),
    ("रशिया आणि अमेरिकेने न्यू स्टार्ट कराराला मुदतवाढ दिली नाही.", None,
     [("extend", "new-start", "russia", None, "negated"), ("extend", "new-start", "usa", None, "negated")]),
    # hedged: शकतो "can" in the verb
    ("इराण एनपीटीमधून माघार घेऊ शकतो.", None, [("withdraw", "npt", "iran", None, "possible")]),
    # the future in the verb; a date between the noun and its verb
    ("न्यू स्टार्ट कराराची मुदत 5 फेब्रुवारी 2026 रोजी संपणार आहे.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    # a condition (जर ... तर): no event stated
    ("जर अमेरिकेने अणुचाचणी केली तर रशियाही तसेच करेल असे पुतिन म्हणाले.", None, []),
    ("रशियाने 2023 साली सर्वसमावेशक अणुचाचणी बंदी कराराची मान्यता रद्द केली.", None,
     [("deratify", "ctbt", "russia", "2023", "asserted")]),
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
    ("रशियाने न्यू स्टार्ट करारातील सहभाग स्थगित केला, परंतु रशिया करारातून बाहेर पडणार नाही.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("कराराला मुदतवाढ देण्यात आली, अन्यथा न्यू स्टार्ट करार फेब्रुवारी 2021 मध्ये संपुष्टात आला असता.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("extend", "negated")]),
    ("आयएनएफ कराराने बंदी घातलेली क्षेपणास्त्रे तैनात केल्याचा आरोप अमेरिकेने रशियावर केला.",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("रशियाने सोमवारी सीटीबीटीवर स्वाक्षरी केली आणि गुरुवारी त्याला अनुमोदन दिले.",
     [("sign", "ctbt", "russia", "2023-02-20", "asserted"),
      ("ratify", "ctbt", "russia", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


ARTICLE = {
    "id": "mr-own-1", "url": "https://example.com/mr/1", "published": "2023-02-22T08:00:00Z",
    "text": ("न्यू स्टार्ट करारातील रशियाचा सहभाग स्थगित\n\n"
             "मॉस्को, 22 फेब्रुवारी — रशियाने मंगळवारी न्यू स्टार्ट करारातील आपला सहभाग स्थगित केला. "
             "मात्र रशिया या करारातून माघार घेणार नाही. "
             "“हा निर्णय आमच्या सुरक्षेसाठी आवश्यक होता,” असे परराष्ट्रमंत्री सर्गेई लाव्हरोव्ह यांनी सांगितले. "
             "न्यू स्टार्ट करार 5 फेब्रुवारी 2026 रोजी संपुष्टात येईल. अमेरिकेने या निर्णयाचा निषेध केला."),
}


def test_an_article_end_to_end(tmp_path: Path) -> None:
    events, quotes, documents = ingest_and_export(tmp_path, ARTICLE)
    assert documents == {("mr", "2023-02-22")}
    assert ("suspend", "new-start", "russia", "2023-02-21", "asserted") in events  # मंगळवारी = on Tuesday
    assert ("withdraw", "new-start", "russia", "2023-02-22", "negated") in events
    assert ("expire", "new-start", None, "2026-02-05", "scheduled") in events
    assert ("lavrov", "हा निर्णय आमच्या सुरक्षेसाठी आवश्यक होता") in quotes

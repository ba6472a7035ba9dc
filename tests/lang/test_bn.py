"""Bengali: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_rows import ingest_and_export
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "bn"
CASES[CODE] = [
    # dated, Bengali digits; the year before the day ("২০২৩ সালের ২১ ফেব্রুয়ারি") as Bangladeshi papers write it
    ("রাশিয়া ২০২৩ সালের ২১ ফেব্রুয়ারি নিউ স্টার্ট চুক্তিতে অংশগ্রহণ স্থগিত করে।", "2023-03-01",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("যুক্তরাষ্ট্র ২০১৯ সালে আইএনএফ চুক্তি থেকে বেরিয়ে গেছে।", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    # negated: -নি after the verb, and the honorific -েননি
    ("যুক্তরাষ্ট্র সিটিবিটি অনুসমর্থন করেনি।", None, [("ratify", "ctbt", "usa", None, "negated")]),
    ("ভারত পরমাণু অস্ত্র বিস্তার রোধ চুক্তিতে কখনো সই করেনি।", None, [("sign", "npt", "india", None, "negated")]),
    # hedged: পারে "can" after the verb; a threat is no act
    ("ইরান এনপিটি থেকে সরে আসতে পারে।", None, [("withdraw", "npt", "iran", None, "possible")]),
    ("ইরান এনপিটি থেকে বেরিয়ে যাওয়ার হুমকি দিয়েছে।", None, [("withdraw", "npt", "iran", None, "possible")]),
    # future; the expiry's date stands between মেয়াদ and its verb
    ("নিউ স্টার্ট চুক্তির মেয়াদ ৫ ফেব্রুয়ারি ২০২৬ শেষ হবে।", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("রাশিয়া ও যুক্তরাষ্ট্র নিউ স্টার্ট চুক্তির মেয়াদ আরও পাঁচ বছর বাড়ায়নি।", None,
     [("extend", "new-start", "russia", None, "negated")]),
    ("রাশিয়া ২০২৩ সালে সিটিবিটির অনুমোদন বাতিল করে।", None, [("deratify", "ctbt", "russia", "2023", "asserted")]),
    # an extension named as the subject of talks (নিয়ে "about" follows it) is not stated
    ("রাশিয়া ও যুক্তরাষ্ট্র নিউ স্টার্ট চুক্তির মেয়াদ বাড়ানো নিয়ে আলোচনা শুরু করেছে।", None, []),
    # signatory states are parties, not a signing
    ("সিটিবিটির স্বাক্ষরকারী দেশগুলো ভিয়েনায় বৈঠক করেছে।", None, []),
]

# found on fresh articles (sentences of our own): a progressive denial after the verb; a wish to extend
CASES[CODE] += [
    ("পুতিন বলেছেন, রাশিয়া নিউ স্টার্ট চুক্তি থেকে সরে যাচ্ছে না।", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("রাশিয়া নিউ স্টার্ট চুক্তি আরও এক বছর বাড়াতে চায়।", None,
     [("extend", "new-start", "russia", None, "possible")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, '"চুক্তি থেকে বেরিয়ে যাওয়ার কোনো পরিকল্পনা আমাদের নেই," সের্গেই লাভরভ সাংবাদিকদের বলেন।',
                "lavrov", "চুক্তি থেকে বেরিয়ে যাওয়ার কোনো পরিকল্পনা আমাদের নেই")


# The scope cues of the language's data, in sentences of our own (published Thursday 23 February 2023): a
# negation stops at "but", a counterfactual is not a denial, a description is not an event, a weekday
# follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("রাশিয়া নিউ স্টার্ট চুক্তিতে তার অংশগ্রহণ স্থগিত করেছে, কিন্তু চুক্তি থেকে বেরিয়ে যাবে না।",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("চুক্তির মেয়াদ বাড়ানো হয়েছে, নইলে নিউ স্টার্ট চুক্তির মেয়াদ ২০২১ সালের ফেব্রুয়ারিতে শেষ হয়ে যেত।",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted")]),
    ("যুক্তরাষ্ট্র রাশিয়ার বিরুদ্ধে আইএনএফ চুক্তি লঙ্ঘন করে ক্ষেপণাস্ত্র মোতায়েন করার অভিযোগ এনেছে।",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("রাশিয়া সোমবার সিটিবিটিতে স্বাক্ষর করে এবং বৃহস্পতিবার তা অনুসমর্থন করে।",
     [("sign", "ctbt", "russia", "2023-02-20", "asserted"),
      ("ratify", "ctbt", "russia", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


ARTICLE = {
    "id": "bn-own-1", "url": "https://example.com/bn/1", "published": "2024-03-14T09:00:00Z",
    "text": ("রাশিয়া সিটিবিটির অনুসমর্থন প্রত্যাহার করল\n\n"
             "মস্কো, ১৪ মার্চ — রাশিয়া বৃহস্পতিবার সমন্বিত পারমাণবিক পরীক্ষা নিষিদ্ধকরণ চুক্তির অনুসমর্থন "
             "প্রত্যাহার করেছে। প্রেসিডেন্ট ভ্লাদিমির পুতিন এ সংক্রান্ত আইনে সই করেন। "
             '"আমরা যুক্তরাষ্ট্রের সঙ্গে সমতা ফিরিয়ে আনছি, এর বেশি কিছু নয়," পররাষ্ট্র উপমন্ত্রী সের্গেই রিয়াবকভ '
             "বলেছেন। তিনি জানান, রাশিয়া পারমাণবিক পরীক্ষা চালাবে না। যুক্তরাষ্ট্র ১৯৯৬ সালে চুক্তিতে স্বাক্ষর "
             "করলেও কখনো তা অনুসমর্থন করেনি। বিশ্লেষকদের মতে, এই পদক্ষেপ অস্ত্র নিয়ন্ত্রণ ব্যবস্থাকে আরও দুর্বল করবে।"),
}


def test_an_article_end_to_end(tmp_path: Path) -> None:
    events, quotes, documents = ingest_and_export(tmp_path, ARTICLE)
    assert documents == {("bn", "2024-03-14")}
    assert ("deratify", "ctbt", "russia", "2024-03-14", "asserted") in events
    assert ("sign", "ctbt", "usa", "1996", "asserted") in events
    assert ("ratify", "ctbt", "usa", None, "negated") in events
    assert ("test", None, "russia", None, "negated") in events
    # the law Putin signs is an instrument, no signing of the treaty
    assert not any(e[0] == "sign" and e[2] == "russia" for e in events)
    assert ("ryabkov", "আমরা যুক্তরাষ্ট্রের সঙ্গে সমতা ফিরিয়ে আনছি, এর বেশি কিছু নয়") in quotes

"""Punjabi (Gurmukhi): the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_rows import ingest_and_export
from .language_checks import CASES, check_examples, check_sentence
from .scope_checks import Event, check_scope

CODE = "pa"
CASES[CODE] = [
    # "ਓਪਨ ਸਕਾਇਜ਼" spelled with ਇ; "about to step back from" (ਪਿੱਛੇ ਹਟਣ ਜਾ ਰਿਹਾ) is scheduled
    ("ਰੂਸ ਓਪਨ ਸਕਾਇਜ਼ ਸੰਧੀ ਤੋਂ ਪਿੱਛੇ ਹੱਟਣ ਜਾ ਰਿਹਾ ਹੈ।", None,
     [("withdraw", "open-skies", "russia", None, "scheduled")]),
    # fresh-article forms: the dotted acronym "ਆਈ.ਐੱਨ.ਐੱਫ." ends no sentence; "ਤੋਂ ਬਾਹਰ ਹੋਣ ਤੋਂ ਬਾਅਦ" (after
    # leaving) withdraws; "ਅੱਗੇ ਵਧਾਇਆ ਗਿਆ" (was extended) extends
    ("ਅਮਰੀਕਾ ਦੇ ਆਈ.ਐੱਨ.ਐੱਫ. ਸੰਧੀ ਤੋਂ ਬਾਹਰ ਹੋਣ ਤੋਂ ਬਾਅਦ ਰੂਸ ਨੇ ਬਿਆਨ ਦਿੱਤਾ।", None,
     [("withdraw", "inf", "usa", None, "asserted")]),
    ("ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ ਨੂੰ 2021 ਵਿੱਚ ਪੰਜ ਸਾਲਾਂ ਲਈ ਅੱਗੇ ਵਧਾਇਆ ਗਿਆ।", None,
     [("extend", "new-start", "russia", "2021", "asserted")]),
    # dated
    ("ਰੂਸ ਨੇ 21 ਫ਼ਰਵਰੀ 2023 ਨੂੰ ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ ਵਿੱਚ ਆਪਣੀ ਭਾਗੀਦਾਰੀ ਮੁਅੱਤਲ ਕਰ ਦਿੱਤੀ।", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("ਅਮਰੀਕਾ 2019 ਵਿੱਚ ਆਈਐਨਐਫ ਸੰਧੀ ਤੋਂ ਬਾਹਰ ਹੋ ਗਿਆ।", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    # negated: ਨਹੀਂ between the noun and its verb; written without the nukta (ਦਸਤਖਤ)
    ("ਅਮਰੀਕਾ ਨੇ ਸੀਟੀਬੀਟੀ ਨੂੰ ਕਦੇ ਪ੍ਰਵਾਨਗੀ ਨਹੀਂ ਦਿੱਤੀ।", None, [("ratify", "ctbt", "usa", None, "negated")]),
    ("ਭਾਰਤ ਨੇ ਪਰਮਾਣੂ ਅਪ੍ਰਸਾਰ ਸੰਧੀ ਉੱਤੇ ਦਸਤਖਤ ਨਹੀਂ ਕੀਤੇ।", None, [("sign", "npt", "india", None, "negated")]),
    ("ਰੂਸ ਅਤੇ ਅਮਰੀਕਾ ਨੇ ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ ਦੀ ਮਿਆਦ ਨਹੀਂ ਵਧਾਈ।", None,
     [("extend", "new-start", "russia", None, "negated"), ("extend", "new-start", "usa", None, "negated")]),
    # hedged: ਸਕਦਾ after the verb
    ("ਈਰਾਨ ਐਨਪੀਟੀ ਤੋਂ ਵੱਖ ਹੋ ਸਕਦਾ ਹੈ।", None, [("withdraw", "npt", "iran", None, "possible")]),
    # future after the verb, written without the nukta (ਫਰਵਰੀ, ਖਤਮ)
    ("ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ 5 ਫਰਵਰੀ 2026 ਨੂੰ ਖਤਮ ਹੋ ਜਾਵੇਗੀ।", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    # a condition (ਜੇ ... ਤਾਂ): no event stated
    ("ਜੇ ਅਮਰੀਕਾ ਨੇ ਪਰਮਾਣੂ ਪਰੀਖਣ ਕੀਤਾ ਤਾਂ ਰੂਸ ਵੀ ਅਜਿਹਾ ਹੀ ਕਰੇਗਾ, ਪੁਤਿਨ ਨੇ ਕਿਹਾ।", None, []),
    ("ਰੂਸ ਨੇ 2023 ਵਿੱਚ ਵਿਆਪਕ ਪਰਮਾਣੂ ਪਰੀਖਣ ਪਾਬੰਦੀ ਸੰਧੀ ਦੀ ਪ੍ਰਵਾਨਗੀ ਰੱਦ ਕਰ ਦਿੱਤੀ।", None,
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
    ("ਰੂਸ ਨੇ ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ ਵਿੱਚ ਭਾਗੀਦਾਰੀ ਮੁਅੱਤਲ ਕਰ ਦਿੱਤੀ, ਪਰ ਰੂਸ ਸੰਧੀ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲੇਗਾ।",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("ਸੰਧੀ ਦੀ ਮਿਆਦ ਵਧਾ ਦਿੱਤੀ ਗਈ, ਨਹੀਂ ਤਾਂ ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ ਫ਼ਰਵਰੀ 2021 ਵਿੱਚ ਖ਼ਤਮ ਹੋ ਜਾਂਦੀ।",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("extend", "negated")]),
    ("ਅਮਰੀਕਾ ਨੇ ਰੂਸ ਉੱਤੇ ਆਈਐਨਐਫ ਸੰਧੀ ਵੱਲੋਂ ਵਰਜਿਤ ਮਿਜ਼ਾਈਲਾਂ ਤਾਇਨਾਤ ਕਰਨ ਦਾ ਦੋਸ਼ ਲਾਇਆ।",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("ਰੂਸ ਨੇ ਸੋਮਵਾਰ ਨੂੰ ਸੀਟੀਬੀਟੀ ਉੱਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ ਅਤੇ ਵੀਰਵਾਰ ਨੂੰ ਉਸ ਨੂੰ ਪ੍ਰਵਾਨਗੀ ਦਿੱਤੀ।",
     [("sign", "ctbt", "russia", "2023-02-20", "asserted"),
      ("ratify", "ctbt", "russia", "2023-02-23", "asserted")],
     []),
    # with ਹੈ it is the present: an expiry ahead
    ("ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ ਫ਼ਰਵਰੀ 2026 ਵਿੱਚ ਖ਼ਤਮ ਹੋ ਜਾਂਦੀ ਹੈ।",
     [("expire", "new-start", None, "2026-02", "scheduled")], []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


ARTICLE = {
    "id": "pa-own-1", "url": "https://example.com/pa/1", "published": "2023-02-22T08:00:00Z",
    "text": ("ਰੂਸ ਨੇ ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ ਵਿੱਚ ਭਾਗੀਦਾਰੀ ਮੁਅੱਤਲ ਕੀਤੀ\n\n"
             "ਮਾਸਕੋ, 22 ਫ਼ਰਵਰੀ — ਰੂਸ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ ਵਿੱਚ ਆਪਣੀ ਭਾਗੀਦਾਰੀ ਮੁਅੱਤਲ ਕਰ ਦਿੱਤੀ। "
             "ਪਰ ਰੂਸ ਇਸ ਸੰਧੀ ਤੋਂ ਬਾਹਰ ਨਹੀਂ ਨਿਕਲੇਗਾ। "
             "ਵਿਦੇਸ਼ ਮੰਤਰੀ ਸਰਗੇਈ ਲਾਵਰੋਵ ਨੇ ਕਿਹਾ, “ਇਹ ਫ਼ੈਸਲਾ ਸਾਡੀ ਸੁਰੱਖਿਆ ਲਈ ਜ਼ਰੂਰੀ ਸੀ।” "
             "ਨਿਊ ਸਟਾਰਟ ਸੰਧੀ 5 ਫ਼ਰਵਰੀ 2026 ਨੂੰ ਖ਼ਤਮ ਹੋ ਜਾਵੇਗੀ। ਅਮਰੀਕਾ ਨੇ ਇਸ ਫ਼ੈਸਲੇ ਦੀ ਨਿੰਦਾ ਕੀਤੀ।"),
}


def test_an_article_end_to_end(tmp_path: Path) -> None:
    events, quotes, documents = ingest_and_export(tmp_path, ARTICLE)
    assert documents == {("pa", "2023-02-22")}
    assert ("suspend", "new-start", "russia", "2023-02-21", "asserted") in events  # ਮੰਗਲਵਾਰ = Tuesday
    assert ("withdraw", "new-start", "russia", "2023-02-22", "negated") in events
    assert ("expire", "new-start", None, "2026-02-05", "scheduled") in events
    # the sentence-final danda inside the quotation marks belongs to the quotation
    assert ("lavrov", "ਇਹ ਫ਼ੈਸਲਾ ਸਾਡੀ ਸੁਰੱਖਿਆ ਲਈ ਜ਼ਰੂਰੀ ਸੀ।") in quotes

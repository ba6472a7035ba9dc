"""The language-independent fingerprint: numbers, dates, news and background."""

from __future__ import annotations

from link_facts import BY_ID, Facts, record

from treatywatch.link import fingerprint, numbers
from treatywatch.link.fingerprint import Record, cosine, date_features, headline


def test_numbers_any_script_and_separator() -> None:
    assert numbers("1,550 warheads") == {1550}
    assert numbers("1.550 Sprengköpfe") == {1550}                 # de thousands dot
    assert numbers("1\u202f550 боеголовок") == {1550}             # narrow no-break space
    assert numbers("١٬٥٥٠ رأسا حربيا و٧٠٠ صاروخ") == {1550, 700}   # Arabic-Indic digits and separator
    assert numbers("۱۵۵۰ کلاهک") == {1550}                        # Persian digits
    assert numbers("5/2/2026, 22.11.2020 at 17:56") == {5, 2, 2026, 22, 11, 2020, 17, 56}
    assert numbers("no digits here") == set()


def test_date_features_meet_across_unknown_year() -> None:
    full, yearless = date_features("2020-11-22"), date_features("XXXX-11-22")
    assert "md:11-22" in full and "md:11-22" in yearless
    assert "y:2020" in full and not any(k.startswith("y:") for k in yearless)
    assert date_features("2019") == {"y:2019": date_features("2019")["y:2019"]}
    assert date_features("not a date") == {}


def _variant(base: Facts, **change: object) -> Facts:
    return Facts(**{**base.__dict__, **change})


def test_same_facts_in_two_languages_give_the_same_fingerprint() -> None:
    ar = BY_ID["000"]
    en = Facts(**{**ar.__dict__, "article_id": "000-en", "language": "en",
                  "headline": "Putin: talks need good faith (English version)",
                  "digits": "3 21, 2023 1987 2019 18, 2023"})
    a, b = fingerprint(record(ar)), fingerprint(record(en))
    assert a.features == b.features
    assert cosine(a.features, b.features) > 0.99


def test_news_and_background_are_told_apart() -> None:
    fp = fingerprint(record(BY_ID["d08"]))
    assert "ev:propose_talks|new-start|russia" in fp.features     # dated on its publication day
    assert "bg:sign|new-start|russia" in fp.features              # "signed in 2010"
    undated = fingerprint(record(BY_ID["d10"]))
    assert "ev:suspend|new-start|russia" in undated.features      # told in its lead
    assert fingerprint(record(BY_ID["d09"])).features.get("ev:suspend|new-start|russia") is None


def test_what_may_or_did_not_happen_is_another_fact() -> None:
    ready = _variant(BY_ID["d10"], events=(("extend", "new-start", "russia", None, "possible", True),
                                           ("withdraw", "new-start", "russia", None, "negated", True)))
    features = fingerprint(record(ready)).features
    assert "ev:?extend|new-start|russia" in features and "ev:!withdraw|new-start|russia" in features
    assert "ev:extend|new-start|russia" not in features


def test_floor_is_the_latest_asserted_event() -> None:
    assert fingerprint(record(BY_ID["000"])).floor == "2023-10-18"
    assert fingerprint(record(BY_ID["d07"])).floor is None        # only a scheduled expiry


def test_headline_skips_a_bare_dateline() -> None:
    r = Record("x", "3 Feb 2021 17:56\n\nNew START extended for five years\n\nMOSCOW. Feb 3 ...")
    assert headline(r) == "New START extended for five years"
    lead = "Washington. USA. The United States have left the Open Skies Treaty. " + "More words. " * 20
    assert headline(Record("z", lead)) == "The United States have left the Open Skies Treaty."
    assert headline(Record("y", "text", title="  A title ")) == "A title"

from know_helpers import claim

from treatywatch.know.facts import Claim, fact_id, merge


def _find(facts, event, treaty, actor, date=..., factual=True):  # type: ignore[no-untyped-def]
    return [f for f in facts if (f.event, f.treaty, f.actor, f.factual) == (event, treaty, actor, factual)
            and (date is ... or f.date == date)]


def test_seed_suspension_in_arabic_and_english_is_one_fact_two_sources(seed_claims: list[Claim]) -> None:
    facts = merge(seed_claims)
    [susp] = _find(facts, "suspend", "new-start", "russia", "2023-02-21")
    assert susp.languages == ("ar", "en") and susp.sources == 2 and len(susp.claims) == 2
    assert {c.article[:3] for c in susp.claims} == {"000", "002"}
    # the law signed a week later is a fact of its own
    assert _find(facts, "suspend", "new-start", "russia", "2023-02-28")


def test_every_claim_lands_in_exactly_one_fact(seed_claims: list[Claim], corpus_claims: list[Claim]) -> None:
    for claims in (seed_claims, corpus_claims):
        facts = merge(claims)
        merged = [c for f in facts for c in f.claims]
        assert sorted(merged, key=repr) == sorted(set(claims), key=repr)


def test_no_russian_withdrawal_from_new_start_is_factual(seed_claims: list[Claim]) -> None:
    facts = merge(seed_claims)
    assert not _find(facts, "withdraw", "new-start", "russia")


def test_agreeing_precisions_merge_at_the_most_precise_date() -> None:
    facts = merge([claim("a", "sign", "new-start", "usa", "2010"),
                   claim("b", "sign", "new-start", "usa", "2010-04-08"),
                   claim("c", "sign", "new-start", "usa", "2010-04")])
    [f] = facts
    assert f.date == "2010-04-08" and f.sources == 3 and f.precision == "day"


def test_a_coarse_date_that_fits_two_days_joins_one_of_them(corpus_claims: list[Claim],
                                                            seed_claims: list[Claim]) -> None:
    facts = merge(seed_claims + corpus_claims)
    found = _find(facts, "suspend", "new-start", "russia")
    # d09 "seit 2023" fits both 2023-02-21 and 2023-02-28, d10 has no date: neither is a happening
    # of its own; the announcement (2023-02-21) and the law (2023-02-28) stay two days
    assert sorted(f.date or "" for f in found) == ["2023-02-21", "2023-02-28"]
    best = max(found, key=lambda f: len(f.articles))
    assert {"d09", "d10"} <= set(best.articles)


def test_unresolved_dates_attach_when_exactly_one_candidate_fits() -> None:
    c = [claim("a", "withdraw", "open-skies", "usa", "2020-11-22"),
         claim("b", "withdraw", "open-skies", "usa", "XXXX-11-22"),
         claim("c", "withdraw", "open-skies", "usa", None)]
    [f] = merge(c)
    assert f.date == "2020-11-22" and len(f.claims) == 3
    # two dated candidates: the yearless month and the undated mention join the better supported
    c2 = [claim("a", "propose_talks", "new-start", "usa", "2023-07"),
          claim("b", "propose_talks", "new-start", "usa", "2024-07"),
          claim("e", "propose_talks", "new-start", "usa", "2024-07"),
          claim("c", "propose_talks", "new-start", "usa", "XXXX-07"),
          claim("d", "propose_talks", "new-start", "usa", None)]
    merged = {f.date: f.articles for f in merge(c2)}
    assert merged == {"2023-07": ("a",), "2024-07": ("b", "c", "d", "e")}


def test_agreeing_dates_combine_what_each_states() -> None:
    [f] = merge([claim("a", "withdraw", "inf", "usa", "XXXX-08-02"), claim("b", "withdraw", "inf", "usa", "2019-08")])
    assert f.date == "2019-08-02"
    # two days stay two happenings (announced 2019-02-01, in effect 2019-08-02); the year joins one
    facts = merge([claim("a", "withdraw", "inf", "usa", "2019-02-01"),
                   claim("b", "withdraw", "inf", "usa", "2019-08-02"),
                   claim("c", "withdraw", "inf", "usa", "2019-08-02"),
                   claim("d", "withdraw", "inf", "usa", "2019")])
    assert {f.date: f.articles for f in facts} == {"2019-02-01": ("a",), "2019-08-02": ("b", "c", "d")}


def test_corpus_open_skies_withdrawal_is_one_fact_across_languages(corpus_claims: list[Claim]) -> None:
    found = [f for f in _find(merge(corpus_claims), "withdraw", "open-skies", "usa") if f.factual]
    # in effect 2020-11-22: one fact, told in Russian, English and Turkish
    [f] = found
    assert f.date == "2020-11-22" and f.articles == ("d04", "d05", "d06", "e32", "w26")
    assert f.languages == ("en", "ru", "tr")


def test_factual_and_not_are_different_facts() -> None:
    facts = merge([claim("a", "withdraw", "new-start", "russia", None, "asserted"),
                   claim("b", "withdraw", "new-start", "russia", None, "negated")])
    assert sorted(f.factual for f in facts) == [False, True]
    assert {f.modality for f in facts} == {"asserted", "negated"}


def test_duplicates_and_translations_count_once() -> None:
    c = [claim("a", "deratify", "ctbt", "russia", "2023-10-18", language="ru"),
         claim("a-copy", "deratify", "ctbt", "russia", "2023-10-18", language="ru"),
         claim("a-en", "deratify", "ctbt", "russia", "2023-10-18", language="en"),
         claim("b", "deratify", "ctbt", "russia", "2023-10-18", language="ar")]
    [alone] = merge(c)
    assert alone.sources == 4
    links = [("a", "a-copy", "duplicate"), ("a-en", "a", "translation"), ("a", "b", "same_story")]
    [linked] = merge(c, links)
    assert linked.sources == 2 and linked.confidence < alone.confidence
    assert linked.confidence > merge(c[:1])[0].confidence


def test_fact_ids_are_stable_content_hashes(seed_claims: list[Claim]) -> None:
    first = [f.id for f in merge(seed_claims)]
    assert first == [f.id for f in merge(list(reversed(seed_claims)))]
    assert fact_id("suspend", "new-start", "russia", "2023-02-21", True) in first
    assert len(set(first)) == len(first)


def test_a_denial_dated_only_by_its_publication_day_joins_the_dated_fact_of_its_kind() -> None:
    from dataclasses import replace
    proposed = claim("a", "extend", "new-start", "russia", "2025-09-22", "possible")
    denied = replace(claim("b", "extend", "new-start", "russia", "2026-02-05", "negated"), implied=True)
    [f] = merge([proposed, denied])
    assert f.date == "2025-09-22" and not f.factual and f.sources == 2
    # a denial whose own text dates it stays a fact of its own day
    stated = claim("c", "extend", "new-start", "russia", "2026-02-05", "negated")
    assert len(merge([proposed, stated])) == 2
    # a factual claim keeps its publication day: the article's own news happened that day
    told = replace(claim("d", "suspend", "new-start", "russia", "2023-02-21"), implied=True)
    assert [f.date for f in merge([told, claim("e", "suspend", "new-start", "russia", "2023-02-28")])] == \
        ["2023-02-21", "2023-02-28"]

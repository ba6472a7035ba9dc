"""What a sentence reports, read so that the record stays right (issue 9): an action signed is that
action, a law's or an agreement's date is its name, an expiry ahead is in the year ahead, a treaty's
signing date told once dates its signatories, an alliance named after a capital is not that state.
Sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from treatywatch.lexicon import load_lexicon
from treatywatch.models import Document, Event
from treatywatch.text.sentences import split_sentences
from treatywatch.understand import understand


def events(text: str, language: str, published: str | None = "2023-02-23") -> list[Event]:
    lexicon = load_lexicon()
    doc = Document("t", text, language, split_sentences(text, lexicon.language(language)), published,
                   "metadata" if published else "unknown")
    return list(understand(doc, lexicon).events)


def kinds(found: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.event, e.actor, e.date) for e in found}


def test_signing_an_extension_is_the_extension() -> None:
    found = kinds(events("On Friday Putin signed the extension of New START.", "en", "2021-01-30"))
    assert not any(event == "sign" for event, _, _ in found)
    assert ("extend", "russia", "2021-01-29") in found


def test_signing_and_then_extending_are_two_acts() -> None:
    found = kinds(events("Russia signed New START in 2010 and extended it in 2021.", "en"))
    assert ("sign", "russia", "2010") in found
    assert ("extend", "russia", "2021") in found


def test_an_agreements_date_is_its_name() -> None:
    text = "Вместе с ДОВСЕ для России истекло соглашение от 12 мая 1994 года."
    found = events(text, "ru", "2023-11-08")
    assert found and all(e.date != "1994-05-12" for e in found)


def test_a_laws_date_is_its_name() -> None:
    found = events("Президент подписал закон от 1 марта о приостановке участия России в ДСНВ.", "ru", "2023-03-05")
    assert all(e.date != "2023-03-01" for e in found if e.event == "suspend")


def test_an_expiry_ahead_falls_in_the_year_ahead() -> None:
    text = "Putin offered on Monday to keep to the limits of New START, which expires in February."
    found = [e for e in events(text, "en", "2025-09-22") if e.event == "expire"]
    assert [e.date for e in found] == ["2026-02"]


def test_a_past_month_stays_in_the_past() -> None:
    found = [e for e in events("Russia suspended New START in February.", "en", "2023-09-22")
             if e.event == "suspend"]
    assert [e.date for e in found] == ["2023-02"]


def test_a_dated_participle_describes_the_treaty_and_dates_its_signatories() -> None:
    text = ("Rusya, 24 Mart 1992'de imzalanan Açık Semalar Anlaşması'ndan çekildi. "
            "Rusya ve ABD, anlaşmayı imzalayan ülkeler arasında yer almıştı.")
    found = events(text, "tr", "2021-06-08")
    withdrawals = [e for e in found if e.event == "withdraw"]
    assert withdrawals and all(e.actor == "russia" and e.date != "1992-03-24" for e in withdrawals)
    signed = {(e.actor, e.date) for e in found if e.event == "sign"}
    # the treaty's own signing folds into its signatories', who carry its date
    assert signed == {("russia", "1992-03-24"), ("usa", "1992-03-24")}


def test_a_dated_participle_alone_is_the_treatys_signing() -> None:
    found = events("Rusya, 24 Mart 1992'de imzalanan Açık Semalar Anlaşması'ndan çekildi.", "tr", "2021-06-08")
    assert {(e.event, e.actor, e.date) for e in found if e.event == "sign"} == {("sign", None, "1992-03-24")}


def test_an_alliance_named_after_a_capital_is_not_that_state() -> None:
    text = "The CFE Treaty was signed in 1990 by the members of NATO and of the Warsaw Pact."
    found = events(text, "en", "2023-11-08")
    assert not any(e.actor == "poland" for e in found)


def test_a_relative_clause_does_not_lend_its_subject() -> None:
    text = "ترامب يقرر الانسحاب من الاتفاق النووي الذي وقعته إيران مع القوى الكبرى."
    withdrawals = [e for e in events(text, "ar", "2018-05-09") if e.event == "withdraw"]
    assert withdrawals and all(e.actor == "usa" for e in withdrawals)


def test_a_place_after_a_preposition_does_not_act() -> None:
    text = "The US ambassador in Moscow handed over the notice of withdrawal from the ABM Treaty."
    withdrawals = [e for e in events(text, "en", "2001-12-13") if e.event == "withdraw"]
    assert withdrawals and {e.actor for e in withdrawals} == {"usa"}


def test_a_partner_after_a_preposition_does_not_act() -> None:
    found = [e for e in events("Переговоры с США не помешали: Россия вышла из ДРСМД.", "ru", "2019-08-02")
             if e.event == "withdraw"]
    assert [e.actor for e in found] == ["russia"]


def test_a_preposition_alone_still_leaves_the_only_state() -> None:
    found = [e for e in events("О выходе из ДРСМД объявили в Вашингтоне.", "ru", "2019-08-02")
             if e.event == "withdraw"]
    assert [e.actor for e in found] == ["usa"]


def test_a_date_right_before_a_participle_is_its_own() -> None:
    text = "Russland hat den Teststoppvertrag am 24. September 1996 unterzeichnet und am 30. Juni 2000 ratifiziert."
    found = {(e.event, e.date) for e in events(text, "de", "2023-11-03") if e.event in ("sign", "ratify")}
    assert found == {("sign", "1996-09-24"), ("ratify", "2000-06-30")}


def test_a_colon_inside_a_word_ends_no_clause() -> None:
    text = ("INF-avtalet undertecknades 1987 av USA:s dåvarande president Ronald Reagan "
            "och sovjetledaren Michail Gorbatjov.")
    found = {(e.event, e.actor) for e in events(text, "sv", "2019-02-02") if e.event == "sign"}
    assert ("sign", "usa") in found and ("sign", "ussr") in found


def test_a_topic_before_a_comma_is_no_second_party() -> None:
    found = [e for e in events("Iran, Trump confirms withdrawal from the JCPOA", "en", "2018-05-09")
             if e.event == "withdraw"]
    assert found and {e.actor for e in found} == {"usa"}


def test_states_listed_with_commas_and_a_conjunction_all_act() -> None:
    found = [e for e in events("India, Pakistan and Israel have not signed the NPT.", "en", "2023-05-09")
             if e.event == "sign"]
    assert {e.actor for e in found} == {"india", "pakistan", "israel"}


def test_the_agent_after_the_act_did_it() -> None:
    text = "Putin called the withdrawal from the ABM Treaty by the United States a mistake."
    found = [e for e in events(text, "en", "2001-12-14") if e.event == "withdraw"]
    assert found and {e.actor for e in found} == {"usa"}


def test_ratifying_a_law_is_no_treaty_ratification() -> None:
    text = "The State Duma ratified a law suspending Russia's participation in New START."
    found = {(e.event, e.actor) for e in events(text, "en", "2023-02-22")}
    assert not any(event == "ratify" for event, _ in found)
    assert ("suspend", "russia") in found


def test_a_negated_wish_states_no_event() -> None:
    """A wish is a possible act; a wish denied says neither that the act happened, nor that it may, nor
    that it did not: no event, and above all no denial."""
    wished = [e for e in events("Washington wants to extend New START in its current form.", "en", "2021-01-28")
              if e.event == "extend"]
    assert wished and {e.modality for e in wished} == {"possible"}
    denied = [e for e in events("Washington did not want to extend New START in its current form.", "en",
                                "2021-01-28") if e.event == "extend"]
    assert denied == []
    plain = [e for e in events("Washington did not extend New START in its current form.", "en", "2021-01-28")
             if e.event == "extend"]
    assert plain and {e.modality for e in plain} == {"negated"}


def test_answering_a_proposal_is_not_making_it() -> None:
    text = "Moskva đang cân nhắc trả lời đề xuất đàm phán về Hiệp ước New START mà Washington gửi."
    found = [e for e in events(text, "vi", "2024-01-10") if e.event == "propose_talks"]
    assert all(e.actor != "russia" for e in found)


_UNDATED_REPORT = ("Russia formally leaves the treaty on conventional forces in Europe.\n"
                   "President Putin signed the law on Russia's withdrawal from the CFE Treaty.\n"
                   "The treaty, agreed at the end of the Cold War, set limits on tanks, artillery and combat "
                   "aircraft that each side could keep between the Atlantic and the Urals.\n"
                   "Parliament had approved the bill in the middle of the month, and the law was published on "
                   "the government's legal portal {day}.\n")


def test_without_a_publication_day_a_day_told_with_its_weekday_dates_the_news() -> None:
    text = _UNDATED_REPORT.format(day="on Monday, 29 May")
    assert text.index("29 May") > 200  # past where a dateline stands
    lead = [e for e in events(text, "en", None) if e.event == "withdraw" and e.actor == "russia"]
    assert lead and {e.date for e in lead} == {"XXXX-05-29"}


def test_a_far_day_without_its_weekday_does_not_date_the_news() -> None:
    lead = [e for e in events(_UNDATED_REPORT.format(day="on 29 May"), "en", None)
            if e.event == "withdraw" and e.actor == "russia"]
    assert lead and {e.date for e in lead} == {None}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The United States has not tested nuclear weapons since 1992, after conducting nuclear tests "
           "underground in Nevada."),
    ("th", "สหรัฐฯ ไม่ได้ทดลองอาวุธนิวเคลียร์มาตั้งแต่ปี 2535 หลังทดลองอาวุธนิวเคลียร์ใต้ดินในเนวาดา"),
])
def test_the_act_a_denial_counts_from_is_stated_on_its_date(language: str, text: str) -> None:
    found = {(e.modality, e.date) for e in events(text, language, "2025-10-30") if e.event == "test"}
    assert ("negated", None) in found     # the denial covers the years after 1992, it has no day
    assert ("asserted", "1992") in found  # the test it counts from


def test_a_second_denial_is_no_act_counted_from() -> None:
    text = "The United States has not tested nuclear weapons since 1992 and will not conduct nuclear tests again."
    found = {(e.modality, e.date) for e in events(text, "en", "2025-10-30") if e.event == "test"}
    assert found == {("negated", None)}


def test_a_treaty_noun_described_by_its_signing_is_no_signing_of_the_day() -> None:
    text = ("The Intermediate-Range Nuclear Forces Treaty ended on Friday when the United States left it.\n"
            "The 1987 treaty, signed by Ronald Reagan and Mikhail Gorbachev, banned ground-launched missiles.")
    signs = {(e.actor, e.date) for e in events(text, "en", "2019-08-02") if e.event == "sign"}
    assert signs == {("usa", "1987"), ("ussr", "1987")}  # the year the noun names, never the day of publication


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The United States announced its withdrawal from the Open Skies Treaty on Friday. Under the treaty, "
           "the withdrawal takes effect six months later, on 22 November 2020."),
    ("vi", "Mỹ tuyên bố rút khỏi Hiệp ước Bầu trời Mở. Theo quy định của hiệp ước, việc rút lui sẽ có hiệu lực "
           "sau sáu tháng, tức ngày 22/11/2020."),
])
def test_an_act_that_names_no_one_is_the_one_just_told(language: str, text: str) -> None:
    found = {(e.actor, e.date) for e in events(text, language, "2020-05-22") if e.event == "withdraw"}
    assert ("usa", "2020-11-22") in found
    assert all(actor == "usa" for actor, _ in found)


def test_a_denial_that_names_no_one_is_not_the_last_state_s() -> None:
    text = ("Russia ratified the CTBT in 2000. The treaty has still not entered into force because it has "
            "not been ratified by eight of the 44 states that must do so.")
    found = {(e.actor, e.modality) for e in events(text, "en") if e.event == "ratify"}
    assert ("russia", "negated") not in found


def test_an_act_dated_after_its_article_is_due_not_done() -> None:
    text = "New START expires in February 2026."
    assert {e.modality for e in events(text, "en", "2024-07-09") if e.event == "expire"} == {"scheduled"}
    said_after = "New START expired in February 2026."
    assert {e.modality for e in events(said_after, "en", "2026-03-01") if e.event == "expire"} == {"asserted"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "On the 50th anniversary of the NPT's entry into force, the United States proposed new trilateral "
           "arms control talks with Russia and China."),
    ("zh", "美国方面5日就《不扩散核武器条约》生效50周年发表声明称,将同俄罗斯、中国提出一项大胆的新三边军控倡议。"),
])
def test_a_treaty_named_as_an_anniversary_is_no_topic_of_talks(language: str, text: str) -> None:
    proposals = [e for e in events(text, language, "2020-03-06") if e.event == "propose_talks"]
    assert proposals and {(e.actor, e.treaty) for e in proposals} == {("usa", None)}
    assert not any(e.event == "enter_into_force" for e in events(text, language, "2020-03-06"))


def test_talks_on_a_treaty_named_plainly_keep_it() -> None:
    text = "The United States proposed talks with Russia on extending New START."
    assert {e.treaty for e in events(text, "en") if e.event == "propose_talks"} == {"new-start"}


def test_a_day_inside_a_relative_clause_of_the_lead_is_not_the_news_day() -> None:
    text = ("President Putin signed the law on Russia's withdrawal from the Open Skies Treaty. The document was "
            "published on the legal portal. It follows a vote in the upper house, which approved the law on 2 June.")
    found = {(e.actor, e.date) for e in events(text, "en", "2021-06-07") if e.event == "withdraw"}
    assert found == {("russia", "2021-06-07")}
    plain = text.replace(", which approved the law on 2 June.", ". Putin acted on 2 June.")
    assert {(e.actor, e.date) for e in events(plain, "en", "2021-06-07") if e.event == "withdraw"} == {
        ("russia", "2021-06-02")}  # a day in the lead's main clause is the news day, as before


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A senior US official said Washington is not interested in an immediate extension of New START."),
    ("ru", "Вашингтон не заинтересован в немедленном продлении ДСНВ."),
    ("fr", "Washington ne souhaite pas prolonger le traité New START."),
])
def test_an_interest_denied_states_no_act(language: str, text: str) -> None:
    assert not [e for e in events(text, language) if e.event == "extend"]


def test_a_participle_describing_a_treaty_takes_its_own_agents() -> None:
    # the state before the treaty acts in its own clause (the withdrawal), not in the participle's
    found = {(e.event, e.actor) for e in events(
        "The United States withdrew from the JCPOA, the agreement signed by several countries with Iran in 2015.",
        "en", "2018-05-08")}
    assert ("withdraw", "usa") in found and ("sign", "usa") not in found
    # a bilateral treaty signed "with" one party was signed by both
    signed = {(e.actor, e.date) for e in events("Russia suspended New START, signed with the United States in 2010.",
                                                 "en") if e.event == "sign"}
    assert signed == {("russia", "2010"), ("usa", "2010")}

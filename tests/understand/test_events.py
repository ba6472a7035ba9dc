"""Events on sentences of our own: modality (negation, hedging, conditions), several actors, treaty
anaphora, dates shared out within a sentence, the article's own news, and what an article states."""

from __future__ import annotations

from dataclasses import replace

import pytest

from treatywatch.models import Event, Span
from treatywatch.understand.statements import statements

from .helpers import events, read


def test_suspend_but_not_withdraw_is_one_suspension_and_a_negated_withdrawal() -> None:
    found = events("Moscow will suspend its participation in New START but will not withdraw from it.", "en")
    assert ("suspend", "new-start", "russia", None, "scheduled") in found
    assert ("withdraw", "new-start", "russia", None, "negated") in found
    stated = statements(read("Moscow will suspend its participation in New START but will not withdraw from it.",
                             "en").events)
    # what the text denies is stated too (FORMAT.md): a scheduled suspension and a negated withdrawal
    assert [(e.event, e.modality) for e in stated] == [("suspend", "scheduled"), ("withdraw", "negated")]


def test_hedged_and_conditional_events() -> None:
    assert events("Russia may withdraw from the CTBT, officials warned.", "en") == {
        ("withdraw", "ctbt", "russia", None, "possible")}
    # "unless Washington deploys": a condition states no deployment
    found = events("Moscow said it would not deploy INF-range missiles unless Washington deploys them first.", "en")
    assert not any(e[2] == "usa" for e in found)


def test_not_only_is_no_negation() -> None:
    found = events("Not only did the United States withdraw from the INF Treaty in 2019, it also deployed missiles.",
                   "en")
    assert ("withdraw", "inf", "usa", "2019", "asserted") in found


def test_two_states_acting_together_give_two_events() -> None:
    found = events("In 2010, Russia and the United States signed the New START treaty.", "en")
    assert {("sign", "new-start", "russia", "2010", "asserted"),
            ("sign", "new-start", "usa", "2010", "asserted")} <= found


def test_a_person_acts_for_their_state_and_the_treaty_noun_points_back() -> None:
    text = ("Russia ratified the CTBT in 2000. "
            "On November 2, 2023, Putin signed a law revoking the ratification of the treaty.")
    found = events(text, "en")
    assert ("deratify", "ctbt", "russia", "2023-11-02", "asserted") in found
    assert not any(e[0] == "sign" for e in found)  # the law is the instrument, not a treaty signing


def test_dates_are_shared_out_in_one_sentence() -> None:
    found = events("Signed in 2010 and enacted in 2011, the New START treaty was extended in 2021.", "en")
    assert ("sign", "new-start", "russia", "2010", "asserted") in found
    assert ("enter_into_force", "new-start", None, "2011", "asserted") in found
    assert ("extend", "new-start", "usa", "2021", "asserted") in found


def test_the_lead_happens_on_the_publication_date_only_when_it_is_known() -> None:
    text = "Russia suspends its participation in New START\nThe decision was announced in Moscow."
    assert ("suspend", "new-start", "russia", "2023-02-21", "asserted") in events(text, "en", "2023-02-21")
    assert ("suspend", "new-start", "russia", None, "asserted") in events(text, "en", None)


@pytest.mark.parametrize(("text", "language"), [
    ("Days before the treaty expired in February 2021, Moscow and Washington agreed to extend New START.", "en"),
    ("Kurz bevor New START im Februar 2021 auslief, einigten sich Moskau und Washington auf eine Verlängerung.",
     "de"),
    ("Накануне истечения срока действия ДСНВ в феврале 2021 года стороны договорились о его продлении.", "ru"),
    ("2021년 2월 뉴스타트 만료를 앞두고 양국은 협정을 연장하기로 합의했다.", "ko"),
    ("2021年2月《新削减战略武器条约》到期前，俄美同意延长该条约。", "zh"),
    ("Yeni START Şubat 2021'de sona ermeden önce Rusya ve ABD anlaşmayı uzattı.", "tr"),
])
def test_an_expiry_before_which_something_happened_was_due_not_done(text: str, language: str) -> None:
    """"Before the treaty expired, they extended it": the expiry is the time the sentence counts from,
    due then (scheduled), not a statement that it came."""
    found = events(text, language, "2026-02-04")
    expiries = {e for e in found if e[0] == "expire"}
    assert expiries and {e[4] for e in expiries} == {"scheduled"}, found


def test_an_act_named_after_after_is_not_the_day_s_news() -> None:
    """"After the US withdrawal ...": the withdrawal is the time the news counts from, gone before it, so
    the lead's day is not its date; a date the clause states still is ("in 2019, after the expiry")."""
    found = events("After the US withdrawal from the Open Skies Treaty, Russia said it would leave the treaty.",
                   "en", "2021-01-15")
    assert ("withdraw", "open-skies", "usa", None, "asserted") in found
    assert ("withdraw", "open-skies", "russia", "2021-01-15", "scheduled") in found
    assert events("Для России исполнение ДОН бессмысленно после выхода США из договора.", "ru", "2021-01-15") == {
        ("withdraw", "open-skies", "usa", None, "asserted")}
    assert events("Russia imposed a moratorium in 2019 after the expiry of the INF Treaty.", "en", "2021-01-15") == {
        ("expire", "inf", None, "2019", "asserted")}
    # "like" (also a word of the ``following`` list) set off by a comma governs nothing
    assert events("The US withdrew from the Open Skies Treaty, like Russia.", "en", "2021-01-15") == {
        ("withdraw", "open-skies", "usa", "2021-01-15", "asserted")}


def test_a_lead_clause_that_states_a_bygone_date_is_not_the_day_s_news() -> None:
    """An undated act in the lead takes the day of publication, unless its clause states a date years
    before it: the act is of that time, even where that date is another act's (here the expiry's)."""
    for text, language in (("Shortly before New START expired in February 2021, Russia and the United States "
                            "extended it by five years.", "en"),
                           ("Kurz vor dem Auslaufen von New START im Februar 2021 wurde der Vertrag um fünf "
                            "Jahre verlängert.", "de")):
        found = events(text, language, "2026-02-04")
        assert ("expire", "new-start", None, "2021-02", "scheduled") in found   # due then; it did not come
        assert {e[3] for e in found if e[0] == "extend"} == {None}
    # a date that describes the treaty ("an agreement signed in 1987") leaves the lead its day
    found = events("The United States formally withdrew from the INF Treaty, an agreement signed in 1987 "
                   "with the Soviet Union.", "en", "2019-08-02")
    assert ("withdraw", "inf", "usa", "2019-08-02", "asserted") in found
    # nor does one in a clause of its own
    found = events("Russia suspended New START, which it ratified in 2011.", "en", "2026-02-04")
    assert ("suspend", "new-start", "russia", "2026-02-04", "asserted") in found


def test_relative_dates_resolve_only_against_a_known_publication_date() -> None:
    text = "В прошлом месяце Россия предложила США начать переговоры по ДСНВ."
    assert ("propose_talks", "new-start", "russia", "2024-02", "asserted") in events(text, "ru", "2024-03-10")
    assert ("propose_talks", "new-start", "russia", None, "asserted") in events(text, "ru", None)


def test_an_unstated_year_stays_unknown() -> None:
    found = events("Hồi tháng 7, Mỹ đề xuất mở các cuộc đàm phán về hiệp ước New START.", "vi")
    assert ("propose_talks", "new-start", "usa", "XXXX-07", "asserted") in found


def _event(event: str, date: str | None, at: int, anterior: bool = False) -> Event:
    return Event(event, "new-start", "russia", date, "asserted", Span(at, at + 10), Span(at, at + 3), "…", anterior)


def test_statements_merge_restatements_and_keep_distinct_days() -> None:
    stated = statements([_event("suspend", "2023", 0), _event("suspend", "2023-02-21", 20),
                         _event("suspend", None, 40), _event("suspend", "2023-02-28", 60)])
    assert [e.date for e in stated] == ["2023-02-21", "2023-02-28"]


def test_statements_keep_an_earlier_happening_apart() -> None:
    stated = statements([_event("propose_talks", "XXXX-07", 0), _event("propose_talks", None, 30, anterior=True)])
    assert [e.date for e in stated] == ["XXXX-07", None]


def test_a_date_after_two_verbs_dates_both_but_not_the_verb_after_it() -> None:
    both = events("Russia and the United States signed and ratified New START in 2010.", "en")
    assert {("sign", "new-start", "usa", "2010", "asserted"),
            ("ratify", "new-start", "russia", "2010", "asserted")} <= both
    # "the treaty" with no treaty named anywhere refers to nothing we can name: no event
    assert events("Russia and the United States signed and ratified the treaty in 2010.", "en") == set()
    found = events("Russia signed the CTBT in 1996 and ratified it in 2000.", "en")
    assert {("sign", "ctbt", "russia", "1996", "asserted"), ("ratify", "ctbt", "russia", "2000", "asserted")} <= found


def test_until_ends_a_period_and_dates_no_act() -> None:
    found = events("In 2021 the two countries extended New START until 5 February 2026.", "en")
    assert ("extend", "new-start", "russia", "2021", "asserted") in found
    assert not any(e[0] == "extend" and e[3] == "2026-02-05" for e in found)


def test_who_owns_a_nominal_trigger() -> None:
    # the subject of the trigger's own clause, not a state named right after it
    assert ("propose_talks", "new-start", "russia", None, "asserted") in events(
        "Россия предложила США начать переговоры по ДСНВ.", "ru")
    # a state right after the trigger owns it when its clause names nobody before it
    text = ("وأعلنت موسكو بدء الإجراءات، مشيرة إلى أن خروج الولايات المتحدة من معاهدة الأجواء المفتوحة "
            "في 22 نوفمبر 2020 أخل بالتوازن.")
    assert ("withdraw", "open-skies", "usa", "2020-11-22", "asserted") in events(text, "ar")


def test_a_counterfactual_states_nothing() -> None:
    # "without an extension New START would have expired": nothing here happened
    found = events("Без продления ДСНВ истёк бы 5 февраля 2021 года.", "ru")
    assert {e[0] for e in found} == {"expire", "extend"}
    assert all(e[4] in ("possible", "negated") for e in found)
    assert ("expire", "new-start", None, "2021-02-05", "possible") in events("ДСНВ истёк бы 5 февраля 2021 года.", "ru")


def test_verb_final_languages_date_the_verb_after_its_date() -> None:
    assert {("sign", "new-start", "russia", "2010", "asserted"),
            ("expire", "new-start", None, "2026", "scheduled")} <= \
        events("Yeni START Antlaşması 2010 yılında imzalanmıştı ve 2026'da sona erecek.", "tr")
    assert {("sign", "new-start", "usa", "2010", "asserted"),
            ("enter_into_force", "new-start", None, "2011", "asserted")} \
        <= events("《新削减战略武器条约》于2010年签署，2011年生效。", "zh")


def test_the_lead_s_own_day_dates_the_headline() -> None:
    # published on Wednesday about Tuesday's announcement: the headline's news is Tuesday's
    text = ("پوتین: روسیه مشارکت خود در پیمان استارت نو را تعلیق می‌کند\n"
            "ولادیمیر پوتین روز سه‌شنبه اعلام کرد که مسکو مشارکت خود در پیمان استارت نو را به حالت تعلیق درمی‌آورد.")
    assert events(text, "fa", "2023-02-22") == {("suspend", "new-start", "russia", "2023-02-21", "asserted")}


def test_a_dateline_without_year_dates_the_lead_without_inventing_the_year() -> None:
    text = ("MOSCOW, Feb 21 (Reuters) - Russian President Vladimir Putin on Tuesday suspended Moscow's "
            "participation in New START.")
    assert events(text, "en") == {("suspend", "new-start", "russia", "XXXX-02-21", "asserted")}
    # a day mentioned further down (an expiry in a quote) is no dateline
    text = ('Putin wants talks on New START\nPutin said on Monday he was ready to initiate a dialog on New START. '
            '"Russia will comply with the limits for a year after February 5, 2026," he said.')
    assert ("propose_talks", "new-start", "russia", None, "asserted") in events(text, "en")


def test_a_trigger_may_end_on_a_treaty_name_s_head_noun_but_not_start_inside_a_name() -> None:
    # "rời khỏi hiệp ước" ends on the first words of the name "Hiệp ước INF": it is still a withdrawal
    assert ("withdraw", "inf", "usa", "2019", "asserted") in events("Năm 2019, Mỹ rời khỏi Hiệp ước INF.", "vi")
    # a trigger starting inside a name is the name's own word: the test ban treaty tests nothing
    found = events("Russia ratified the Comprehensive Nuclear-Test-Ban Treaty in 2000.", "en")
    assert not any(e[0] == "test" for e in found)


def test_a_treaty_left_unnamed_is_the_one_signed_in_the_year_given() -> None:
    # the last treaty named is the NPT, but the agreement "signed in 2015" can only be the JCPOA
    text = ("Tehran has threatened to leave the Non-Proliferation Treaty. "
            "Washington says Iran broke the agreement signed in 2015 with six powers.")
    assert ("sign", "jcpoa", "iran", "2015", "asserted") in events(text, "en")
    assert not any(e[0] == "sign" and e[1] == "npt" for e in events(text, "en"))
    # "the 1987 treaty": a year set against a treaty noun names it
    found = events("New START is the last pact left between the two powers. "
                   "Officials said the United States withdrew from the 1987 treaty on Friday.", "en",
                   published="2019-08-03")
    assert not any(e[1] == "new-start" and e[0] == "withdraw" for e in found)
    assert ("withdraw", "inf", "usa", "2019-08-02", "asserted") in found
    # with no treaty in the article, "the treaty signed in 2010" names none
    assert events("Russia and Belarus signed the agreement in 2010.", "en") == set()
    # a year two treaties share (ABM and SALT I, 1972) names neither: the treaty in context stays
    text = "The ABM Treaty limited defences. The accord signed in 1972 was abandoned by Washington in 2002."
    assert {e[1] for e in events(text, "en")} <= {"abm"}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Moscow stressed the need for parity with the United States, which never ratified the CTBT."),
    ("ru", "Москва напомнила о паритете с США, которые так и не ратифицировали ДВЗЯИ."),
    ("id", "Moskow menekankan keseimbangan dengan Amerika Serikat, yang belum meratifikasi CTBT."),
    ("ur", "روس نے امریکہ کے ساتھ برابری پر زور دیا جس نے سی ٹی بی ٹی کی توثیق نہیں کی۔"),
])
def test_a_relative_clause_acts_for_the_state_it_follows(language: str, text: str) -> None:
    found = events(text, language)
    assert ("ratify", "ctbt", "usa", None, "negated") in found
    assert not any(e[2] == "russia" for e in found)


def test_a_relative_clause_with_its_own_subject_keeps_it() -> None:
    found = events("Washington criticised the Kremlin over the treaty which Moscow suspended in 2023.", "en")
    assert not any(e[2] == "usa" for e in found)


def test_two_dates_side_by_side_are_one_date_for_one_verb() -> None:
    # "today, 5 February" names one day: the verb after "and" gets no second copy of it
    found = events("New START expired today, 5 February, and Moscow did not extend it.", "en",
                   published="2026-02-05")
    assert ("expire", "new-start", None, "2026-02-05", "asserted") in found
    [extend] = [e for e in read("New START expired today, 5 February, and Moscow did not extend it.", "en",
                                "2026-02-05").events if e.event == "extend"]
    assert extend.modality == "negated" and extend.implied  # dated by the article, not by the text


def test_a_treatys_formal_title_dates_its_signing_by_its_parties() -> None:
    text = ("The ministry said the notes concerned the Treaty on Measures for the Further Reduction and "
            "Limitation of Strategic Offensive Arms of April 8, 2010.")
    found = events(text, "en")
    assert {("sign", "new-start", "russia", "2010-04-08", "asserted"),
            ("sign", "new-start", "usa", "2010-04-08", "asserted")} <= found
    # a year before the name is how the treaty is called, not a signing the sentence reports
    assert not any(e[0] == "sign" for e in events("Moscow defended the 1987 INF Treaty on Monday.", "en"))


def test_the_same_sides_talks_in_one_article_share_the_treaty_they_name() -> None:
    text = ("Moscow offered talks on extending New START by one year. "
            "Later the Kremlin said it was ready for talks with Washington.")
    talks = [e for e in read(text, "en").events if e.event == "propose_talks"]
    assert len(talks) == 2 and all(e.treaty == "new-start" for e in talks)


def test_a_date_is_not_lent_across_a_treaty_to_the_verb_before_it() -> None:
    # the year belongs to the participle describing the treaty, not to the withdrawal
    found = events("New START aside, Washington will announce its withdrawal from the INF treaty with Moscow "
                   "signed in 1987.", "en")
    assert not any(e[0] == "withdraw" and e[3] == "1987" for e in found)
    assert any(e[0] == "withdraw" for e in found)
    # coordinated verbs with no treaty between them share it
    assert ("ratify", "new-start", "usa", "2010", "asserted") in events(
        "The United States signed and ratified New START in 2010.", "en")


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Diplomats marked the 50th anniversary of the NPT's entry into force on Thursday."),
    ("zh", "各国外交官周四纪念《不扩散核武器条约》生效50周年。"),
    ("ru", "Дипломаты отметили годовщину вступления в силу ДНЯО."),
])
def test_an_anniversary_names_no_act_of_the_day(language: str, text: str) -> None:
    assert not any(e[0] == "enter_into_force" for e in events(text, language, published="2020-03-05"))
    # without the anniversary, the same act is read
    plain = {"en": "The NPT entered into force on Thursday.", "zh": "《不扩散核武器条约》周四生效。",
             "ru": "ДНЯО вступил в силу в четверг."}[language]
    assert any(e[0] == "enter_into_force" for e in events(plain, language, published="2020-03-05"))


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The Soviet Union last tested a nuclear weapon in 1990, the United States in 1992 and China in 1996.",
     {("ussr", "1990"), ("usa", "1992"), ("china", "1996")}),
    ("es", "La Unión Soviética realizó su última prueba nuclear en 1990, Estados Unidos en 1992 y China en 1996.",
     {("ussr", "1990"), ("usa", "1992"), ("china", "1996")}),
])
def test_a_gapped_list_repeats_the_verb_for_each_state_and_date(language: str, text: str,
                                                                  expected: set[tuple[str, str]]) -> None:
    found = {(e[2], e[3]) for e in events(text, language) if e[0] == "test"}
    assert found == expected


def test_a_nuclear_test_is_read_without_a_treaty_when_dated_or_denied() -> None:
    # no treaty anywhere: a dated nuclear test and a denial are arms-control news
    assert ("test", None, "usa", "1992-09-23", "asserted") in events(
        "The United States conducted a nuclear test on 23 September 1992 in Nevada.", "en")
    assert ("test", None, "russia", None, "negated") in events(
        "Russia has not carried out a nuclear test since 1990.", "en")
    # "since" dates no denial; an undated test with no treaty and nothing nuclear is nobody's news
    assert not events("The company tested its new engine last spring.", "en", published="2025-10-30")
    assert not any(e[0] == "test" and e[3] for e in events(
        "Moscow has not tested a nuclear weapon since 1990.", "en"))


def test_a_habit_takes_no_publication_day() -> None:
    habit = events("Russia regularly test-fires its Yars missiles under New START.", "en", published="2025-10-30")
    assert ("test", None, "russia", None, "asserted") in habit
    once = events("Russia test-fires its Yars missiles under New START.", "en", published="2025-10-30")
    assert ("test", None, "russia", "2025-10-30", "asserted") in once


def test_a_chinese_participle_before_a_bracketed_title_is_signed_by_the_states_the_title_names() -> None:
    # 签署的《…条约》: the participle describes the treaty; the title (in 《》) names both signatories,
    # whether or not the lexicon knows that wording of it
    found = events("美国宣布退出1972年签署的《美国和苏联关于限制反弹道导弹系统条约》,即《反导条约》。", "zh")
    assert {("sign", "abm", "usa", "1972", "asserted"), ("sign", "abm", "ussr", "1972", "asserted")} <= found


def _headline(event: str, day: str, at: int) -> Event:
    return replace(_event(event, day, at), implied=True)


@pytest.mark.parametrize(("told", "kept"), [
    ("2023-11-03", ["2023-11-03"]),                # the news told again, two days before publication
    ("1987", ["1987"]),                            # the same act long past, named in passing
    ("2023-10", ["2023-11-05", "2023-10"]),        # "last month the Duma voted": an earlier step of its own
])
def test_a_headline_gives_way_only_to_the_same_act(told: str, kept: list[str]) -> None:
    stated = statements([_headline("deratify", "2023-11-05", 0), _event("deratify", told, 50)])
    assert [e.date for e in stated] == kept


def test_a_scheduled_act_on_a_weekday_lies_ahead() -> None:
    # written on Monday: "will expire on Thursday" is the coming Thursday; a past act keeps the past one
    assert events("New START will expire on Thursday.", "en", "2026-02-02") == {
        ("expire", "new-start", None, "2026-02-05", "scheduled")}
    assert events("Russia suspended New START on Thursday.", "en", "2026-02-02") == {
        ("suspend", "new-start", "russia", "2026-01-29", "asserted")}


def test_an_act_told_in_a_relative_clause_of_the_lead_takes_no_day() -> None:
    """"… the United States, which signed but never ratified the treaty": the relative clause tells of
    the state in passing; only the main clause is the day's news."""
    found = events("Russia revoked its ratification of the CTBT, putting it on a par with the United States, "
                   "which signed but never ratified the treaty.", "en", "2023-11-02")
    assert found == {("deratify", "ctbt", "russia", "2023-11-02", "asserted"),
                     ("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")}
    # a clause after "but" with no relative pronoun is still the day's news
    assert ("withdraw", "new-start", "russia", "2023-02-21", "negated") in events(
        "Russia suspends New START but will not withdraw from it.", "en", "2023-02-21")


def test_a_participle_set_off_by_a_comma_describes_the_treaty() -> None:
    """"…al tratado INF, firmado al final de la Guerra Fría": the participle describes the treaty even
    where the states of the main clause stand before its name; it takes no date of the main clause."""
    base = "Estados Unidos y Rusia dieron por terminado este viernes el tratado INF, firmado "
    found = events(base + "al final de la Guerra Fría.", "es", "2019-08-02")
    assert not any(e[0] == "sign" for e in found)
    found = events(base + "en diciembre de 1987.", "es", "2019-08-02")
    assert {e for e in found if e[0] == "sign"} == {("sign", "inf", "usa", "1987-12", "asserted"),
                                                    ("sign", "inf", "ussr", "1987-12", "asserted")}


def test_a_weekday_of_the_announcement_does_not_date_the_act_announced() -> None:
    """"Moscow announced Monday that it would halt …", written on Wednesday: Monday is the announcement's;
    the act due has no day (not the Monday ahead). A weekday of the act itself is the one ahead."""
    found = events("Moscow announced Monday that it would halt its participation in New START.", "en", "2025-11-05")
    assert found == {("suspend", "new-start", "russia", None, "scheduled")}
    found = events("Russia will suspend its participation in New START on Monday.", "en", "2025-11-05")
    assert found == {("suspend", "new-start", "russia", "2025-11-10", "scheduled")}


def test_an_act_due_on_a_condition_after_it_may_happen() -> None:
    """"will withdraw unless Russia returns to compliance": a threat on a condition, not an act due."""
    found = events("The United States will withdraw from the INF Treaty unless Russia returns to compliance.",
                   "en", "2019-02-01")
    assert {e[4] for e in found} == {"possible"}
    found = events("The United States will withdraw from the INF Treaty, officials said.", "en", "2019-02-01")
    assert {e[4] for e in found} == {"scheduled"}
    # a condition of another act after it holds that one back only
    found = events("New START will expire in February 2026 and can be extended only if both sides agree.",
                   "en", "2025-11-01")
    assert ("expire", "new-start", None, "2026-02", "scheduled") in found


def test_a_participle_describing_the_treaty_keeps_none_of_the_main_clause_s_modality() -> None:
    """"may withdraw from the INF Treaty, signed in 1987": the withdrawal may happen; the signing did."""
    found = events("The United States may withdraw from the INF Treaty, signed in 1987 with the Soviet Union.",
                   "en", "2019-08-02")
    assert ("withdraw", "inf", "usa", "2019-08-02", "possible") in found
    assert ("sign", "inf", "usa", "1987", "asserted") in found
    found = events("Statele Unite s-ar putea retrage din Tratatul INF, semnat în 1987 cu URSS.", "ro", "2019-08-02")
    assert ("sign", "inf", "ussr", "1987", "asserted") in found


def test_a_date_of_a_participle_before_the_treaty_s_name_stays_its_own() -> None:
    """"aus dem 1987 unterzeichneten INF-Vertrag ausgestiegen": 1987 is the signing's; the withdrawal is
    Friday's. A signed law's day is still its act's ("signed on Thursday a law revoking …")."""
    found = events("Die USA sind am Freitag aus dem 1987 unterzeichneten INF-Vertrag ausgestiegen.", "de",
                   "2019-08-02")
    assert ("withdraw", "inf", "usa", "2019-08-02", "asserted") in found
    assert not any(e[3] == "1987" and e[0] == "withdraw" for e in found)

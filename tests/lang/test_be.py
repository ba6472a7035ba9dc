"""Belarusian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .e2e_checks import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "be"
CASES[CODE] = [
    # fresh-article forms: "дамова аб стратэгічнай наступальнай зброі" names New START; "наўрад ці будзе
    # працягнута" (hardly will be extended) is a hedged extension
    ("Расія прыпыніла ўдзел у дамове аб стратэгічнай наступальнай зброі ў лютым 2023 года.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    ("Дамова аб стратэгічнай наступальнай зброі паміж Расеяй і ЗША наўрад ці будзе працягнута.", None,
     [("extend", "new-start", "russia", None, "possible")]),
    ("ЗША выйшлі з Дагавора аб РСМД у 2019 годзе.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Расія прыпыніла ўдзел у Дагаворы СНУ-3 21 лютага 2023 года.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    # a date in the locative month ("у лютым 2023 года")
    ("У лютым 2023 года Масква прыпыніла выкананне Дагавора СНУ-3.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    # negation before the verb; the classical spelling "Расея"
    ("Расея не будзе выходзіць з Дагавора аб нераспаўсюджванні ядзернай зброі.", None,
     [("withdraw", "npt", "russia", None, "negated")]),
    ("Індыя ніколі не падпісвала Дагавор аб нераспаўсюджванні ядзернай зброі.", None,
     [("sign", "npt", "india", None, "negated")]),
    # a hedge before the verb
    ("Расія можа выйсці з Дагавора па адкрытым небе.", None, [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Тэрмін дзеяння Дагавора СНУ-3 мінае ў лютым 2026 года.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Расія і ЗША падоўжылі Дагавор СНУ-3 у 2021 годзе.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    # a condition: no event is stated
    ("Калі ЗША выйдуць з Дагавора СНУ-3, Расія прыме адказныя меры.", None, []),
    # "разгорнутыя боегалоўкі" counts warheads: it deploys nothing
    ("Дагавор СНУ-3 дазваляе кожнаму боку мець 1550 разгорнутых ядзерных боегаловак.", None, []),
    ("Расія адклікала ратыфікацыю ДУЗЯВ у кастрычніку 2023 года.", None,
     [("deratify", "ctbt", "russia", "2023-10", "asserted")]),
    # the noun in the locative ("аб падаўжэнні"), and "yesterday"
    ("Учора Расія і ЗША абмяняліся нотамі аб падаўжэнні Дагавора СНУ-3 яшчэ на пяць гадоў.", "2023-02-23",
     [("extend", "new-start", "russia", "2023-02-22", "asserted")]),
    # the classical spelling: "дамова", "-ньн-"
    ("Расея прыпыніла ўдзел у дамове аб скарачэньні стратэгічных наступальных узбраеньняў.", None,
     [("suspend", "new-start", "russia", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues, in sentences of our own (published Thursday 23 February 2023): a negation stops at "але", a
# counterfactual is not a denial, a description (an accusation) is not an event, a weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Расія прыпыніла ўдзел у Дагаворы СНУ-3, але не выходзіць з яго.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted")],
     [("suspend", "negated")]),
    ("Без падаўжэння Дагавор СНУ-3 інакш скончыўся бы ў лютым 2021 года.",
     [], [("expire", "negated"), ("expire", "asserted"), ("expire", "scheduled")]),
    ("ЗША абвінавацілі Расію ў размяшчэнні ракет, забароненых Дагаворам аб РСМД.",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("Расія ў аўторак прыпыніла ўдзел у Дагаворы СНУ-3, а ЗША ў чацвер выйшлі з Дагавора аб РСМД.",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "inf", "usa", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quotation_goes_to_the_speaker_named_after_it() -> None:
    check_quote(CODE, "«Мы гатовы да дыялогу, але ўмовы не можа дыктаваць Вашынгтон», — заявіў Сяргей Лаўроў "
                "журналістам.", "lavrov", "Мы гатовы да дыялогу, але ўмовы не можа дыктаваць Вашынгтон")


def test_belarusian_text_is_read_as_belarusian() -> None:
    assert identify("Міністэрства замежных спраў паведаміла, што краіна не збіраецца выходзіць з дагавора. "
                    "Паводле яго слоў, гэта рашэнне было прынята яшчэ летась.") == CODE


ARTICLE = (
    "Мінск, 12 лістапада 2025 года. Расія прыпыніла выкананне абавязацельстваў па Дагаворы СНУ-3, але не "
    "выходзіць з яго.\n"
    "Пра гэта паведаміла афіцыйны прадстаўнік МЗС Расіі Марыя Захарава на штотыднёвым брыфінгу.\n"
    "«Мы гатовыя працягваць размову з Вашынгтонам, але аднабаковых саступак не будзе», — сказала Захарава.\n"
    "Нагадаем, Дагавор СНУ-3 быў падпісаны ў 2010 годзе і ўступіў у сілу 5 лютага 2011 года.\n"
    "Тэрмін дзеяння дагавора мінае ў лютым 2026 года.\n"
    "Вашынгтон пакуль не пракаментаваў заяву Масквы.\n"
)


def test_an_article_of_our_own_end_to_end(tmp_path: Path) -> None:
    # the denial is dated by the publication day; the signing by its year, for both parties
    check_article(tmp_path, "be-own-1", ARTICLE, "2025-11-12", CODE,
                  events=[("suspend", "new-start", "russia", "2025-11-12", "asserted"),
                          ("withdraw", "new-start", "russia", "2025-11-12", "negated"),
                          ("sign", "new-start", "russia", "2010", "asserted"),
                          ("sign", "new-start", "usa", "2010", "asserted"),
                          ("enter_into_force", "new-start", None, "2011-02-05", "asserted"),
                          ("expire", "new-start", None, "2026-02", "scheduled")],
                  quotes=[("zakharova",
                                "Мы гатовыя працягваць размову з Вашынгтонам, але аднабаковых саступак не будзе")])

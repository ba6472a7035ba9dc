"""Uzbek (Latin script): the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatywatch.text.language import identify

from .e2e_checks import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "uz"
CASES[CODE] = [
    # Cyrillic: "тўлиқ тақиқлаш" names the CTBT; a law cancelling the ratification deratifies; "тасдиқламаган"
    # (has not confirmed) denies a ratification; the possibility of cancelling it is no act
    ("Путин Ядро синовларини тўлиқ тақиқлаш тўғрисидаги шартнома ратификациясини бекор қилувчи қонунни имзолади.",
     None, [("deratify", "ctbt", "russia", None, "asserted")]),
    ("АҚШ ва Хитой Ядро синовларини тўлиқ тақиқлаш тўғрисидаги шартномани тасдиқламаган.", None,
     [("ratify", "ctbt", "usa", None, "negated"), ("ratify", "ctbt", "china", None, "negated")]),
    ("Бу Россияга CTBT ратификациясини бекор қилиш имкониятини беради.", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    # Cyrillic letters: the same triggers, names, months and partners ("АҚШ билан": with the US)
    ("Россия 2023 йил 21 февралда АҚШ билан Янги СТАРТ шартномасидаги иштирокини тўхтатди.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Россия ва АҚШ 2021 йил 26 январда Янги СТАРТ шартномасини беш йилга узайтирди.", None,
     [("extend", "new-start", "russia", "2021-01-26", "asserted"),
      ("extend", "new-start", "usa", "2021-01-26", "asserted")]),
    ("АҚШ 2019 йилда Ўрта ва қисқа масофали ракеталар тўғрисидаги шартномадан чиқди.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Россия Янги СТАРТ шартномасидан чиқмайди.", None, [("withdraw", "new-start", "russia", None, "negated")]),
    ("AQSh 2019-yilda RSMD shartnomasidan chiqdi.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    # the year with its hyphened year word, the day with its hyphen: "2023-yil 21-fevralda"; "oʻ" with the
    # turned comma, "o‘" with the quotation mark
    ("Rossiya 2023-yil 21-fevralda Yangi START shartnomasidagi ishtirokini toʻxtatdi.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Rossiya 2023-yilning 21-fevralida Yangi START shartnomasidagi ishtirokini to‘xtatdi.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    # the negation inside the verb
    ("Moskva Yangi START shartnomasidan chiqmasligini ma’lum qildi.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    # "may" after the verbal noun
    ("Rossiya Ochiq osmon shartnomasidan chiqishi mumkin.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Hindiston Yadro qurolini tarqatmaslik toʻgʻrisidagi shartnomani hech qachon imzolamagan.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Yangi START shartnomasining muddati 2026-yil fevralda tugaydi.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Rossiya va AQSh 2021-yilda Yangi START shartnomasini uzaytirdi.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Rossiya 2023-yil oktabrda Yadroviy sinovlarni har tomonlama taqiqlash to‘g‘risidagi shartnoma ratifikatsiyasini "
     "bekor qildi.", "2023-11-02", [("deratify", "ctbt", "russia", "2023-10", "asserted")]),
    # a condition: no event is stated
    ("Agar AQSh Yangi START shartnomasidan chiqsa, Rossiya javob choralarini ko‘radi.", None, []),
    # "joylashtirilgan jangovar kallak" counts warheads: it deploys nothing
    ("Yangi START har bir tomonga 1550 ta joylashtirilgan yadroviy jangovar kallakka ega bo‘lish huquqini beradi.",
     None, []),
    # "came out with a statement", "developed a proposal": chiq- that is no withdrawal
    ("Prezident Makron bayonot bilan chiqdi va Yangi START haqida gapirdi.", None, []),
    ("Rossiya Yangi START bo‘yicha yangi taklif ishlab chiqdi.", None, []),
    # "the law revoking the ratification"
    ("Davlat Dumasi Yadroviy sinovlarni har tomonlama taqiqlash to'g'risidagi shartnomani ratifikatsiya qilishni "
     "bekor qilish to'g'risidagi qonunni qabul qildi.", None, [("deratify", "ctbt", "russia", None, "asserted")]),
    # the genitive "-ning" past the tolerance ("shartnomaning"); the passive with a date between
    ("Rossiya Yadroviy sinovlarni har tomonlama taqiqlash to'g'risidagi shartnomaning ratifikatsiyasini bekor qildi.",
     None, [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Rossiyada Yadroviy sinovlarni har tomonlama taqiqlash to'g'risidagi shartnoma ratifikatsiyasi 2023-yilda "
     "bekor qilindi.", "2023-11-02", [("deratify", "ctbt", "russia", "2023", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues, in sentences of our own (published Thursday 23 February 2023): a negation stops at "biroq", a
# counterfactual is not a denial, a description (an accusation) is not an event, a weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Rossiya Yangi START shartnomasidagi ishtirokini to'xtatdi, biroq shartnomadan chiqmaydi.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("Uzaytirilmaganida Yangi START shartnomasining muddati 2021-yil fevralda tugar edi.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("expire", "scheduled")]),
    ("AQSh Rossiyani RSMD shartnomasi taqiqlagan raketalarni joylashtirganlikda aybladi.",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("Rossiya seshanba kuni RSMD shartnomasi bo‘yicha majburiyatlarini to‘xtatdi, AQSh esa payshanba kuni "
     "shartnomadan chiqdi.",
     [("suspend", "inf", "russia", "2023-02-21", "asserted"),
      ("withdraw", "inf", "usa", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_speaker_in_the_genitive_before_a_quotation() -> None:
    check_quote(CODE, "Dmitriy Peskovning so'zlariga ko'ra, «Moskva muloqotga tayyor».", "peskov",
                "Moskva muloqotga tayyor")


def test_a_quotation_goes_to_the_speaker_named_after_it() -> None:
    check_quote(CODE, "«Biz muloqotga tayyormiz, biroq shartlarni Vashington belgilay olmaydi», — dedi Sergey Lavrov "
                "jurnalistlarga.", "lavrov", "Biz muloqotga tayyormiz, biroq shartlarni Vashington belgilay olmaydi")


@pytest.mark.parametrize("mark", ["ʻ", "'", "‘"])
def test_latin_uzbek_is_read_as_uzbek_whatever_its_apostrophe(mark: str) -> None:
    text = ("Tashqi ishlar vazirligi bayonot berdi. Rossiya Yangi START shartnomasidagi ishtirokini to'xtatdi, "
            "biroq shartnomadan chiqmasligini ma'lum qildi.").replace("'", mark)
    assert identify(text) == CODE


ARTICLE = (
    "Toshkent, 2025-yil 12-noyabr. Rossiya Yangi START shartnomasi bo‘yicha majburiyatlarini bajarishni to‘xtatdi, "
    "biroq shartnomadan chiqmaydi.\n"
    "Bu haqda Rossiya TIV rasmiy vakili Mariya Zaxarova haftalik brifingda ma’lum qildi.\n"
    "«Biz Vashington bilan suhbatni davom ettirishga tayyormiz, biroq bir tomonlama yon berishlarga bormaymiz», "
    "— dedi Zaxarova.\n"
    "Eslatib o‘tamiz, Yangi START shartnomasi 2010-yilda imzolangan va 2011-yil 5-fevralda kuchga kirgan.\n"
    "Shartnomaning muddati 2026-yil fevralda tugaydi.\n"
    "Vashington hozircha Moskvaning bayonotiga izoh bermadi.\n"
)


def test_an_article_of_our_own_end_to_end(tmp_path: Path) -> None:
    # the denial is dated by the publication day; the signing by its year, for both parties
    check_article(tmp_path, "uz-own-1", ARTICLE, "2025-11-12", CODE,
                  events=[("suspend", "new-start", "russia", "2025-11-12", "asserted"),
                          ("withdraw", "new-start", "russia", "2025-11-12", "negated"),
                          ("sign", "new-start", "russia", "2010", "asserted"),
                          ("sign", "new-start", "usa", "2010", "asserted"),
                          ("enter_into_force", "new-start", None, "2011-02-05", "asserted"),
                          ("expire", "new-start", None, "2026-02", "scheduled")],
                  quotes=[("zakharova",
                                "Biz Vashington bilan suhbatni davom ettirishga tayyormiz, biroq bir tomonlama "
                                "yon berishlarga bormaymiz")])

"""Ukrainian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "uk"
CASES[CODE] = [
    # an act awaited is not done
    ("Москва 23 роки чекала, що Вашингтон ратифікує ДВЗЯВ.", "2023-11-03",
     [("ratify", "ctbt", "usa", "2023-11-03", "possible")]),
    # was due, whether or not it came: scheduled, never done
    ("Договір СНО-3 мав закінчитися у 2021 році, але його продовжили.", "2026-02-04",
     [("expire", "new-start", None, "2021", "scheduled")]),
    ('Росія призупинила участь у договорі СНО-3 у лютому 2023 року.', None,
     [('suspend', 'new-start', 'russia', '2023-02', 'asserted')]),
    ('США вийшли з Договору про відкрите небо 22 листопада 2020 року.', None,
     [('withdraw', 'open-skies', 'usa', '2020-11-22', 'asserted')]),
]

# round 2: "відміна ратифікації", "will consider the question of", resuming nuclear tests
CASES[CODE] += [
    ("Держдума розгляне питання про відміну ратифікації ДВЗЯВ.", None,
     [("deratify", "ctbt", "russia", None, "possible")]),
    ("Росія відмінила ратифікацію ДВЗЯВ у 2023 році.", None, [("deratify", "ctbt", "russia", "2023", "asserted")]),
    ("Росія може відновити ядерні випробування, заборонені ДВЗЯВ.", None, [("test", None, "russia", None, "possible")]),
]

# Fresh-article mechanisms (own sentences): New START as news writes it (СНО-ІІІ, Cyrillic or Latin numerals;
# "Договір про стратегічні наступальні озброєння"); the term named before "завершується"; "завершення терміну
# дії"; the treaty as a pronoun object of "продовжили"; "був укладений"; a call to extend is an offer;
# "близькі до" hedges.
CASES[CODE] += [
    ("Москва закликає Вашингтон пролонгувати СНО-ІІІ ще на рік.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Термін дії договору СНО-3 між США і Росією завершується 5 лютого 2026 року.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("США підтвердили завершення терміну дії Нового договору про стратегічні наступальні озброєння 5 лютого 2026 року.",
     None, [("expire", "new-start", None, "2026-02-05", "asserted")]),
    ("У 2021 році його продовжили на п'ять років, нагадали в Кремлі про СНО-ІІІ.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Договір про ліквідацію ракет середньої та малої дальності був укладений у 1987 році США та СРСР.", None,
     [("sign", "inf", "usa", "1987", "asserted"), ("sign", "inf", "ussr", "1987", "asserted")]),
    ("Сторони близькі до угоди про продовження дії СНО-III.", None,
     [("extend", "new-start", "russia", None, "possible"), ("extend", "new-start", "usa", None, "possible")]),
    ("У жовтні 2023 року Росія відкликає ратифікацію Договору про всеосяжну заборону ядерних випробувань.", None,
     [("deratify", "ctbt", "russia", "2023-10", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

# Fresh-article round 2 (own sentences): "зупинила дію" suspends; "країна-агресор" is Russia; a refusal to extend
# is a denial; an offer whose maker is named at length before the act ("пропозицію президента ... продовжити")
# is an offer; "почнуть процедуру виходу" is ahead; the participle "підписаного".
CASES[CODE] += [
    ("Росія зупинила дію Договору про відкрите небо у 2021 році.", None,
     [("suspend", "open-skies", "russia", "2021", "asserted")]),
    ("Країна-агресор призупинила участь у договорі СНО-3 у лютому 2023 року.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    ("США відмовилися від продовження договору СНО-3 у 2025 році.", None,
     [("extend", "new-start", "usa", "2025", "negated")]),
    ("Кремль оприлюднив пропозицію президента Росії Володимира Путіна продовжити договір СНО-3 на рік.", "2025-09-22",
     [("propose_talks", "new-start", "russia", "2025-09-22", "asserted")]),
    ("США почнуть процедуру виходу з Договору про відкрите небо в травні 2020 року.", None,
     [("withdraw", "open-skies", "usa", "2020-05", "scheduled")]),
    ("Обмеження договору СНО-3, підписаного Росією і США у 2010 році, діють досі.", None,
     [("sign", "new-start", "russia", "2010", "asserted"), ("sign", "new-start", "usa", "2010", "asserted")]),
]

# "іранська угода"; a memorandum signed is no treaty signing
CASES[CODE] += [
    ("США вийшли з іранської угоди у травні 2018 року.", None, [("withdraw", "jcpoa", "usa", "2018-05", "asserted")]),
    ("Трамп підписав меморандум щодо іранської угоди 8 травня 2018 року.", None, []),
]

# a decision to conduct tests is of an act still ahead
CASES[CODE] += [
    ("Росія ухвалила рішення провести ядерні випробування на Новій Землі.", "2025-11-05",
     [("test", None, "russia", "2025-11-05", "scheduled")]),
]

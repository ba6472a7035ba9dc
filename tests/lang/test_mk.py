"""Macedonian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_checks import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "mk"
CASES[CODE] = [
    ("На 21 февруари 2023 година Русија го суспендираше учеството во договорот Нов СТАРТ.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Соединетите Американски Држави излегоа од Договорот за ракети со среден и краток дострел во 2019 година.",
     None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Москва изјави дека нема да се повлече од договорот Нов СТАРТ.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Русија може да се повлече од Договорот за отворено небо.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Индија никогаш не го потпишала Договорот за неширење на нуклеарното оружје.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Договорот Нов СТАРТ истекува во февруари 2026 година.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Русија и САД го продолжија договорот Нов СТАРТ во 2021 година.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Русија го потпиша Договорот за сеопфатна забрана на нуклеарните проби на 24 септември 1996 година и го "
     "ратификуваше на 30 јуни 2000 година.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"), ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    ("САД одбија да го потпишат Договорот за забрана на нуклеарното оружје.", None,
     [("sign", "tpnw", "usa", None, "negated")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Each scope cue of the language's data, in sentences of our own (published Thursday 23 February 2023): a
# negation stops at "но", a counterfactual ("ќе истечеше") is not a denial, a description ("ја обвини ...
# за распоредување") is not an event, a weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Русија го суспендираше учеството во договорот Нов СТАРТ, но не планира да се повлече од него.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("Без продолжување, договорот Нов СТАРТ ќе истечеше во февруари 2021 година.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted")]),
    ("Вашингтон ја обвини Москва за распоредување ракети забранети со Договорот за ракети со среден и краток "
     "дострел.",
     [],
     [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("Во вторник Русија го суспендираше учеството во Нов СТАРТ, а во четврток САД се повлекоа од Договорот за "
     "отворено небо.",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "open-skies", "usa", "2023-02-23", "asserted")],
     []),
    ("Русија го суспендираше учеството во договорот Нов СТАРТ, изјави Путин во вторник.",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "„Нема да се вратиме кон договорот додека САД не ја сменат позицијата“, изјави Лавров.",
                "lavrov", "Нема да се вратиме кон договорот додека САД не ја сменат позицијата")


ARTICLE = """Скопје, 10 октомври 2025 година

Русија е подготвена за преговори со САД за нов договор за стратешкото оружје, изјави во среда \
портпаролот на Кремљ Дмитриј Песков.

„Нашата понуда важи, но топката сега е на американската страна“, рече Песков.

Договорот Нов СТАРТ истекува на 5 февруари 2026 година.

Москва го суспендираше своето учество во договорот во февруари 2023 година, но не се повлече од него.

Според аналитичарите, Вашингтон сè уште не одговорил на предлогот."""


def test_an_article_end_to_end(tmp_path: Path) -> None:
    check_article(tmp_path, CODE, ARTICLE, "2025-10-10",   # a Friday: "во среда" is the 8th
                  [("propose_talks", None, "russia", "2025-10-08", "asserted"),
                   ("expire", "new-start", None, "2026-02-05", "scheduled"),
                   ("suspend", "new-start", "russia", "2023-02", "asserted"),
                   ("withdraw", "new-start", "russia", None, "negated")],
                  [("withdraw", "asserted"), ("expire", "asserted")],
                  {("peskov", "direct")})

# Fresh-article checks (session 11): an offer to extend (offers list) and its rejection; a hope or "time to
# agree" is no act; the unnumbered START is New START; the extension as a noun of the treaty's name.
CASES[CODE] += [
    ("Путин на 16 октомври 2020 предложи да се продолжи договорот СТАРТ за една година.", None,
     [("propose_talks", "new-start", "russia", "2020-10-16", "asserted")]),
    ("САД го одбија предлогот за продолжување на договорот Нов СТАРТ.", "2020-10-16",
     [("reject_talks", "new-start", "usa", "2020-10-16", "asserted")]),
    ("Путин рече дека се надева оти Москва и Вашингтон ќе се согласат да го продолжат договорот Нов СТАРТ.",
     None, []),
    ("Русија и САД сè уште имаат време да се договорат за продолжување на договорот Нов СТАРТ.", None, []),
]

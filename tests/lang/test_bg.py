"""Bulgarian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_checks import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "bg"
CASES[CODE] = [
    # was due, whether or not it came: scheduled, never done
    ("Новият СТАРТ трябваше да изтече през 2021 г., но беше удължен.", "2026-02-04",
     [("expire", "new-start", None, "2021", "scheduled")]),
    ("На 21 февруари 2023 г. Русия спря участието си в договора Нов СТАРТ.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Съединените щати излязоха от Договора за ракетите със среден и малък обсег през 2019 г.", None,
     [("withdraw", "inf", "usa", "2019", "asserted")]),
    ("Москва заяви, че няма да излезе от договора Нов СТАРТ.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    ("Русия може да се оттегли от Договора за открито небе.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Индия никога не е подписвала Договора за неразпространение на ядрените оръжия.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Договорът Нов СТАРТ изтича през февруари 2026 г.", None, [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Русия и САЩ удължиха договора Нов СТАРТ през 2021 г.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Русия подписа Договора за всеобхватна забрана на ядрените опити на 24 септември 1996 г. и го ратифицира "
     "на 30 юни 2000 г.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"), ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    ("Държавната дума гласува закон за оттегляне на ратификацията на Договора за всеобхватна забрана на "
     "ядрените опити.", None, [("deratify", "ctbt", "russia", None, "asserted")]),
]


# found on fresh articles (sentences of our own): an extension after "предложи" is offered, not done
CASES[CODE] += [
    ("Москва предложи удължаване на договора Нов СТАРТ с една година.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
]


# "против" (against) and "вместо" (instead of) deny the act after them
CASES[CODE] += [
    ("САЩ гласуваха против удължаването на договора Нов СТАРТ.", None,
     [("extend", "new-start", "usa", None, "negated")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Each scope cue of the language's data, in sentences of our own (published Thursday 23 February 2023): a
# negation stops at "но", a counterfactual ("щеше да изтече") is not a denial, a description ("обвини ...
# в разполагане") is not an event, a weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Русия спря участието си в договора Нов СТАРТ, но не възнамерява да се оттегли от него.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("Без удължаване договорът Нов СТАРТ щеше да изтече през февруари 2021 г.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted")]),
    ("Вашингтон обвини Москва в разполагане на ракети, забранени от Договора за ракетите със среден и малък обсег.",
     [],
     [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("Във вторник Русия спря участието си в Нов СТАРТ, а в четвъртък САЩ излязоха от Договора за открито небе.",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "open-skies", "usa", "2023-02-23", "asserted")],
     []),
    ("Русия спря участието си в договора Нов СТАРТ, заяви Путин във вторник.",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "„Няма да се върнем към договора, докато САЩ не променят позицията си“, заяви Лавров.",
                "lavrov", "Няма да се върнем към договора, докато САЩ не променят позицията си")


ARTICLE = """София, 6 февруари 2026 г.

Русия няма да се оттегли от Договора за всеобхватна забрана на ядрените опити, заяви в четвъртък \
заместник-министърът на външните работи Сергей Рябков.

„Ние спазваме мораториума, докато Вашингтон не направи първата крачка“, каза Рябков пред журналисти.

Договорът Нов СТАРТ, последното споразумение между двете сили, изтече на 5 февруари.

Двете страни удължиха договора с пет години през 2021 г., а през февруари 2023 г. Русия спря участието си в него.

Според експерти новите преговори едва ли ще започнат скоро."""


def test_an_article_end_to_end(tmp_path: Path) -> None:
    check_article(tmp_path, CODE, ARTICLE, "2026-02-06",
                  [("withdraw", "ctbt", "russia", "2026-02-05", "negated"),   # "в четвъртък": the day before
                   ("expire", "new-start", None, "2026-02-05", "asserted"),
                   ("extend", "new-start", "russia", "2021", "asserted"),
                   ("extend", "new-start", "usa", "2021", "asserted"),
                   ("suspend", "new-start", "russia", "2023-02", "asserted")],
                  [("withdraw", "asserted")],
                  {("ryabkov", "direct")})

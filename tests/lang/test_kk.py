"""Kazakh: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_checks import event_tuples as events_of
from .article_checks import ingest_and_export
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "kk"
CASES[CODE] = [
    ("АҚШ 2019 жылы РСМД шартынан шықты.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    # the year first, with its year word: "2023 жылғы 21 ақпанда"
    ("Ресей 2023 жылғы 21 ақпанда Жаңа СНВ шартына қатысуын тоқтата тұрды.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Мәскеу Жаңа СНВ шартынан шықпайтынын мәлімдеді.", None, [("withdraw", "new-start", "russia", None, "negated")]),
    ("Ресей Ашық аспан туралы шарттан шығуы мүмкін.", None, [("withdraw", "open-skies", "russia", None, "possible")]),
    # a negation before the verb ("ешқашан") and one inside it
    ("Үндістан Ядролық қаруды таратпау туралы шартқа ешқашан қол қоймаған.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Жаңа СНВ шартының мерзімі 2026 жылдың ақпанында аяқталады.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("Ресей мен АҚШ 2021 жылы Жаңа СНВ шартын ұзартты.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    # a hedge before the verb
    ("Бәлкім, АҚШ Ядролық сынақтарға жаппай тыйым салу туралы шартты ратификациялайды.", None,
     [("ratify", "ctbt", "usa", None, "possible")]),
    # a condition: no event is stated
    ("Егер АҚШ Жаңа СНВ шартынан шықса, Ресей жауап шаралар қабылдайды.", None, []),
    # "орналастырылған оқтұмсықтар" counts warheads: it deploys nothing
    ("Жаңа СНВ шарты әр тарапқа 1550 орналастырылған ядролық оқтұмсық ұстауға рұқсат береді.", None, []),
    # the first person plural of a quotation
    ("«Біз Жаңа СНВ шартынан шықпаймыз», – деді Ресей Президенті Владимир Путин.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
]


# "ұзартудың орнына" (instead of extending): no extension (a sentence of our own)
CASES[CODE] += [
    ("АҚШ Жаңа СНВ шартын ұзартудың орнына жаңа келісім жасағысы келеді.", None,
     [("extend", "new-start", "usa", None, "negated")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues, in sentences of our own (published Thursday 23 February 2023): a negation stops at "бірақ", a
# counterfactual is not a denial, a description (an accusation) is not an event, a weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("Ресей Жаңа СНВ шартына қатысуын тоқтата тұрды, бірақ шарттан шықпайды.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("Шарт ұзартылмаса, Жаңа СНВ 2021 жылғы ақпанда аяқталар еді.",
     [("expire", "new-start", None, "2021-02", "possible")],
     [("expire", "negated"), ("expire", "asserted"), ("expire", "scheduled")]),
    ("АҚШ Ресейді РСМД шарты тыйым салған зымырандарды орналастырды деп айыптады.",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    # "ал" opens the second clause before its subject: АҚШ acts there
    ("Ресей сейсенбі күні РСМД шарты бойынша міндеттемелерін тоқтата тұрды, ал АҚШ бейсенбі күні шарттан шықты.",
     [("suspend", "inf", "russia", "2023-02-21", "asserted"),
      ("withdraw", "inf", "usa", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quotation_goes_to_the_speaker_named_after_it() -> None:
    check_quote(CODE, "«Біз келіссөздерге дайынбыз, бірақ шарттарды Вашингтон айта алмайды», – деді Сергей Лавров "
                "журналистерге.", "lavrov", "Біз келіссөздерге дайынбыз, бірақ шарттарды Вашингтон айта алмайды")


ARTICLE = (
    "Астана, 12 қараша 2025 жыл. Ресей Жаңа СНВ шарты бойынша міндеттемелерін тоқтата тұрды, бірақ шарттан "
    "шықпайды.\n"
    "Бұл туралы Ресей СІМ ресми өкілі Мария Захарова апталық брифингте хабарлады.\n"
    "«Біз Вашингтонмен диалогты жалғастыруға әзірміз, бірақ біржақты жеңілдіктерге бармаймыз», – деді Захарова.\n"
    "Еске сала кетейік, Жаңа СНВ шартына 2010 жылы қол қойылған, ол 2011 жылғы 5 ақпанда күшіне енген.\n"
    "Шарттың мерзімі 2026 жылғы ақпанда аяқталады.\n"
    "Вашингтон әзірге Мәскеудің мәлімдемесіне пікір білдірген жоқ.\n"
)


def test_an_article_of_our_own_end_to_end(tmp_path: Path) -> None:
    files = ingest_and_export(tmp_path, "kk-own-1", ARTICLE, "2025-11-12")
    assert files["documents"] == [{"article": "kk-own-1", "language": "kk", "published": "2025-11-12"}]
    found = events_of(files)
    for event in [("suspend", "new-start", "russia", "2025-11-12", "asserted"),
                  ("enter_into_force", "new-start", None, "2011-02-05", "asserted"),
                  ("expire", "new-start", None, "2026-02", "scheduled")]:
        assert event in found, f"{event} not in {found}"
    assert any(e[:3] == ("withdraw", "new-start", "russia") and e[4] == "negated" for e in found), found
    assert any(e[:2] == ("sign", "new-start") and e[3] == "2010" for e in found), found
    assert not any(e[4] in ("asserted", "scheduled") and e[0] in ("withdraw", "extend") for e in found), found
    assert [(q["speaker"], q["quote"]) for q in files["quotes"]] == [
        ("zakharova", "Біз Вашингтонмен диалогты жалғастыруға әзірміз, бірақ біржақты жеңілдіктерге бармаймыз")]

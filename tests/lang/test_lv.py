"""Latvian: the data's own example sentences and sentences of our own, through the real pipeline, and a
short article of our own ingested and exported end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from .article_exports import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import check_scope

CODE = "lv"
CASES[CODE] = [
    # fresh-article forms: an extension offered (piedāvājis pagarināt) is a proposal; "dislocēto" counts deployed
    # warheads, it deploys nothing
    ("Krievija piedāvājusi vēl uz vienu gadu pagarināt Jauno START līgumu.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Jaunais START līgums ierobežo dislocēto kodolgalviņu skaitu līdz 1550.", None, []),
    # dated (year first: "2023. gada 21. februārī"), and a negated withdrawal written with the verb's own prefix
    ("Krievija 2023. gada 21. februārī apturēja dalību Jaunajā START līgumā, taču no tā neizstājās.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    ("Amerikas Savienotās Valstis Vispārējo kodolizmēģinājumu aizlieguma līgumu parakstīja, bet neratificēja.", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Maskava varētu izstāties no Kodolieroču neizplatīšanas līguma, uzskata analītiķis.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    # the conditional (-tos) is possible
    ("Krievija izstātos no Atvērto debesu līguma tikai ārkārtējā situācijā.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Vašingtona 2019. gada augustā izstājās no INF līguma.", None,
     [("withdraw", "inf", "usa", "2019-08", "asserted")]),
    ("Valsts dome pieņēma likumu par Vispārējo kodolizmēģinājumu aizlieguma līguma ratifikācijas atsaukšanu.", None,
     [("deratify", "ctbt", "russia", None, "asserted")]),
    ("Indija nekad nav parakstījusi Kodolieroču neizplatīšanas līgumu.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("Jaunais START līgums ir spēkā līdz 2026. gada 5. februārim.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("Krievija un ASV 2021. gadā pagarināja Jauno START līgumu.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("Kremlis noraida jebkādas sarunas ar Vašingtonu par ieroču kontroli, sacīja runasvīrs.", None,
     [("reject_talks", None, "russia", None, "asserted")]),
    # conditional: no event stated
    ("Ja ASV izvietos raķetes Eiropā, Krievija izstāsies no INF līguma.", None, []),
]

# Clause scope (issue 9): a negation stops at "bet"; a counterfactual ("būtu beidzies") is no denial of what
# "bez" precedes; a description is no event; a date and a weekday belong to their own verb.
CASES[CODE] += [
    ("Krievija apturēja dalību Jaunajā START līgumā, bet no tā neizstājās.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Bez pagarināšanas Jaunais START līgums būtu beidzies 2021. gada februārī.", None,
     [("expire", "new-start", None, "2021-02", "possible"),
      ("extend", "new-start", "russia", None, "possible")]),
    ("Vašingtona apsūdzēja Maskavu INF līgumā aizliegtu raķešu izvietošanā.", None, []),
    ("Krievija parakstīja CTBT 1996. gada 24. septembrī un ratificēja to 2000. gada 30. jūnijā.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "otrdien" is the 21st
    ("Krievija apturēja dalību Jaunajā START līgumā, otrdien paziņoja Putins.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


def test_a_denial_does_not_reach_past_bet() -> None:
    check_scope(CODE, "Krievija neparakstīja jaunu vienošanos, bet trešdien apturēja dalību Jaunajā START līgumā.",
                [("suspend", "new-start", "russia", "2023-02-22", "asserted")], [("suspend", "negated")])


def test_a_quote_goes_to_its_speaker() -> None:
    check_quote(CODE, "„Krievija joprojām ir atvērta dialogam par stratēģisko stabilitāti,” sacīja Lavrovs.", "lavrov",
                "Krievija joprojām ir atvērta dialogam par stratēģisko stabilitāti")


ARTICLE = """Maskava galīgi pameta vēl vienu ieroču kontroles vienošanos
2024. gada 14. marts 10:32

RĪGA. Krievija trešdien oficiāli izstājās no Atvērto debesu līguma, paziņoja Ārlietu ministrija.
Kremļa preses sekretārs Dmitrijs Peskovs žurnālistiem sacīja: „Lēmums ir galīgs, un Maskavai nav iemesla to pārskatīt.”
Pēc viņa teiktā, Krievija no Jaunā START līguma neizstāsies, taču tā darbības termiņš beigsies 2026. gada februārī.
Amerikas Savienotās Valstis no INF līguma izstājās jau 2019. gada augustā.
Analītiķi brīdina, ka Krievija varētu atsākt kodolizmēģinājumus."""


def test_an_article_ingested_and_exported(tmp_path: Path) -> None:
    # "trešdien" in a text of Thursday 14 March 2024 is the 13th
    check_article(tmp_path, CODE, ARTICLE, "2024-03-14",
                  [("withdraw", "open-skies", "russia", "2024-03-13", "asserted"),
                   ("expire", "new-start", None, "2026-02", "scheduled"),
                   ("withdraw", "inf", "usa", "2019-08", "asserted")],
                  [("withdraw", "new-start", "russia")],
                  [("peskov", "Lēmums ir galīgs, un Maskavai nav iemesla to pārskatīt.")])

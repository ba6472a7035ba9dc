"""German: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_quote, check_sentence

CODE = "de"
CASES[CODE] = [
    ('Die USA sind 2019 aus dem INF-Vertrag ausgetreten.', None,
     [('withdraw', 'inf', 'usa', '2019', 'asserted')]),
    ('Russland lässt seit 2023 seine Teilnahme am New-Start-Vertrag ruhen.', None,
     [('suspend', 'new-start', 'russia', '2023', 'asserted')]),
]
CASES[CODE] += [
    # sollten (inverted condition, "should they"): possible, not stated
    ("Sollten die USA aus dem Open-Skies-Vertrag aussteigen, will Moskau reagieren.", None,
     [("withdraw", "open-skies", "usa", None, "possible")]),
    ("Die Teilnahme Russlands am KSE-Vertrag ist seit Dezember 2007 eingefroren.", None,
     [("suspend", "cfe", "russia", "2007-12", "asserted")]),
    ("Washington verlässt den Mittelstreckenvertrag.", "2019-08-02",
     [("withdraw", "inf", "usa", "2019-08-02", "asserted")]),
    ("Teheran ist zum Atomabkommen mit dem Iran zurückgekehrt.", None, [("resume", "jcpoa", "iran", None, "asserted")]),
    ("Die Regierung in Washington will die Atomtests wieder aufnehmen, "
     "obwohl sie den Atomteststoppvertrag 1996 unterzeichnet hat.",
     None, [("test", None, "usa", None, "scheduled"), ("sign", "ctbt", "usa", "1996", "asserted")]),
    ("Der Vertrag zum Verbot von Atomtests wurde 1996 von Frankreich unterzeichnet.", None,
     [("sign", "ctbt", "france", "1996", "asserted")]),
    ("Moskau hat den Atomteststoppvertrag nie ratifiziert.", None, [("ratify", "ctbt", "russia", None, "negated")]),
    ("Der ABM-Vertrag trat im Juni 2002 außer Kraft.", None, [("expire", "abm", None, "2002-06", "asserted")]),
    ("Im Falle einer Stationierung von Mittelstreckenraketen in Deutschland droht Moskau mit einer Reaktion, "
     "so der INF-Vertrag.",
     None, []),
]
QUOTES = [
    ("Der Vertrag sei „ein Überbleibsel aus einer anderen Zeit“, so Lawrow am Montag.", "lavrov",
     "ein Überbleibsel aus einer anderen Zeit"),
    ("»Wir halten uns an die Obergrenzen«, betonte Kremlsprecher Dmitri Peskow.", "peskov",
     "Wir halten uns an die Obergrenzen"),
    ("Außenminister Sergej Lawrow nannte den Schritt „höchst bedauerlich“.", "lavrov", "höchst bedauerlich"),
]

# Clause scope (issue 9): a negation stops at "aber"; a counterfactual (wäre, würde) is no denial and no
# fact; a description is no event; a date and a weekday belong to their own verb; "der ABM-Vertrag von
# 1972" is a name, not the date of the act.
CASES[CODE] += [
    ("Russland hat seine Teilnahme am New-Start-Vertrag ausgesetzt, ist aber nicht aus dem Vertrag "
     "ausgestiegen.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Ohne die Verlängerung wäre der New-Start-Vertrag ausgelaufen.", None,
     [("expire", "new-start", None, None, "possible")]),
    ("Die Diplomaten sagten, eine Kündigung des INF-Vertrags durch die USA würde Europa schaden.", None,
     [("withdraw", "inf", "usa", None, "possible")]),
    ("Washington warf Moskau vor, vom INF-Vertrag verbotene Raketen stationiert zu haben.", None, []),
    ("Russland unterzeichnete den Atomteststopp-Vertrag am 24. September 1996 und ratifizierte ihn am "
     "30. Juni 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "am Dienstag" is the 21st
    ("Russland hat seine Teilnahme am New-Start-Vertrag ausgesetzt, sagte Putin am Dienstag.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Die USA haben den ABM-Vertrag von 1972 im Dezember 2001 gekündigt.", None,
     [("withdraw", "abm", "usa", "2001-12", "asserted")]),
]

# Fresh-article mechanisms (own sentences): a state after an article in the dative or after "in der" is no
# subject; an extension proposed in an infinitive clause is an offer; a modal after the verb makes it
# possible; Konjunktiv I expiry and "werde" are due; a law signed is no treaty signed; "rückgängig gemacht"
# undoes a ratification; descriptive CTBT names.
CASES[CODE] += [
    ("Nach dem Krieg in der Ukraine setzte Moskau 2023 die Teilnahme Russlands am New-Start-Vertrag aus.", None,
     [("suspend", "new-start", "russia", "2023", "asserted")]),
    ("Im September schlug Russland den USA vor, den New-Start-Vertrag um ein Jahr zu verlängern.", "2025-10-01",
     [("propose_talks", "new-start", "russia", "2025-09", "asserted")]),
    ("Beobachter fürchten, dass Russland aus dem Open-Skies-Vertrag austreten könnte.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    ("Laut Washington laufe der INF-Vertrag erst im August aus.", "2019-02-02",
     [("expire", "inf", None, "2019-08", "scheduled")]),
    ("Der Präsident hat am Dienstag ein Gesetz unterzeichnet, mit dem Russland den New-Start-Vertrag aussetzt.",
     "2023-03-01", [("suspend", "new-start", "russia", "2023-02-28", "asserted")]),
    ("Die Duma hat die Ratifizierung des Atomteststopp-Vertrags im Oktober 2023 rückgängig gemacht.", None,
     [("deratify", "ctbt", "russia", "2023-10", "asserted")]),
    ("Frankreich hat das Verbot von Atomtests 1998 ratifiziert.", None,
     [("ratify", "ctbt", "france", "1998", "asserted")]),
    ("Die USA haben den Vertrag über den Stopp von Nukleartests nie ratifiziert.", None,
     [("ratify", "ctbt", "usa", None, "negated")]),
    ("Die USA wollen nicht wieder dem Open-Skies-Vertrag beitreten.", None,
     [("resume", "open-skies", "usa", None, "negated")]),
    ("Washington informierte Russland, dass es nicht wieder in den Open-Skies-Vertrag einsteigen werde.", None,
     [("resume", "open-skies", "usa", None, "negated")]),
]

# Fresh-article mechanisms, round 3 (own sentences): the Konjunktiv "suspendiere"; an extension called into
# question; readiness to extend and an offer standing last ("angeboten") are proposals; ready for tests is
# no test; "könne" hedges; the source "nach Angaben" is no actor; "noch keine Gespräche" refuses nothing;
# suspended sanctions are no treaty's act
CASES[CODE] += [
    ("Der Kreml erklärte, Moskau suspendiere den New-Start-Vertrag vorerst.", None,
     [("suspend", "new-start", "russia", None, "asserted")]),
    ("Der Kreml stellt die Verlängerung des New-Start-Vertrags nun offen infrage.", None,
     [("extend", "new-start", "russia", None, "possible")]),
    ("Moskau signalisierte Bereitschaft zu einer Verlängerung des New-Start-Vertrags.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Moskau hat den USA eine kurze Verlängerung des New-Start-Vertrags angeboten.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("Das Militär solle sich nach Putins Worten für Atomwaffentests bereithalten.", None, []),
    ("Russland könne jederzeit zum INF-Vertrag zurückkehren, hieß es.", None,
     [("resume", "inf", "russia", None, "possible")]),
    ("Die USA sind nach Angaben Russlands aus dem INF-Vertrag ausgetreten.", None,
     [("withdraw", "inf", "usa", None, "asserted")]),
    ("Über den New-Start-Vertrag gibt es bislang keine Gespräche zwischen Moskau und Washington.", None, []),
    ("Die wegen des Atomabkommens mit dem Iran ausgesetzten Sanktionen sollen bleiben.", None, []),
]
QUOTES += [
    # every German noun has a capital: a one-word quotation with its speaker is kept
    ("Lawrow nannte die Kündigung des INF-Vertrags eine „Provokation“.", "lavrov", "Provokation"),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


@pytest.mark.parametrize("text, speaker, words", QUOTES)
def test_quotes(text: str, speaker: str, words: str) -> None:
    check_quote(CODE, text, speaker, words)

"""Greek: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "el"
CASES[CODE] = [
    # dated, and a negated withdrawal
    ("Η Ρωσία ανέστειλε στις 21 Φεβρουαρίου 2023 τη συμμετοχή της στη συνθήκη New START, αλλά δεν αποχώρησε από αυτήν.",
     None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    # a headline in capitals, without accents
    ("ΟΙ ΗΠΑ ΥΠΕΓΡΑΨΑΝ ΑΛΛΑ ΔΕΝ ΕΠΙΚΥΡΩΣΑΝ ΤΗ ΣΥΝΘΗΚΗ ΓΙΑ ΤΗΝ ΠΛΗΡΗ ΑΠΑΓΟΡΕΥΣΗ ΤΩΝ ΠΥΡΗΝΙΚΩΝ ΔΟΚΙΜΩΝ", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Η Μόσχα ενδέχεται να αποχωρήσει από τη Συνθήκη για τη Μη Διάδοση των Πυρηνικών Όπλων, είπε ένας αναλυτής.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Στις 2 Αυγούστου 2019 η Ουάσιγκτον αποχώρησε από τη συνθήκη INF.", None,
     [("withdraw", "inf", "usa", "2019-08-02", "asserted")]),
    # a proposal to prolong the treaty is an offer of talks, not the extension
    ("Ο Πούτιν πρότεινε να παραταθεί η συνθήκη New START κατά ένα έτος.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Αν οι ΗΠΑ αναπτύξουν πυραύλους στην Ευρώπη, η Ρωσία θα αποχωρήσει από τη συνθήκη INF.", None, []),
    # "εκπνέει" (expires) is due; a proposal turned down is a rejection
    ("Η συνθήκη New START εκπνέει στις 5 Φεβρουαρίου 2026.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    ("Η Ρωσία απέρριψε την πρόταση των ΗΠΑ για τη συνθήκη New START.", None,
     [("reject_talks", "new-start", "russia", None, "asserted")]),
    # an act after "μετά την" is what another act follows: it does not take the lead's day
    ("Ο κόσμος θα βρεθεί σε χειρότερη κατάσταση μετά την εκπνοή της συνθήκης New START.", "2026-02-03",
     [("expire", "new-start", None, None, "asserted")]),
    # what each side may deploy describes a limit: no deployment stated
    ("Η συνθήκη New START περιορίζει τις κεφαλές που μπορούν να αναπτύξουν η Ρωσία και οι ΗΠΑ.", None, []),
]

# Clause scope (issue 9): a negation stops at "αλλά"; a counterfactual is no denial; a description is no
# event; a date and a weekday belong to their own verb; "τον Φεβρουάριο του 2026" is one date.
CASES[CODE] += [
    ("Η Ρωσία ανέστειλε τη συμμετοχή της στη συνθήκη New START, αλλά δεν αποχώρησε από αυτήν.", None,
     [("suspend", "new-start", "russia", None, "asserted"),
      ("withdraw", "new-start", "russia", None, "negated")]),
    ("Χωρίς την παράταση, η συνθήκη New START θα είχε λήξει τον Φεβρουάριο του 2021.", None,
     [("expire", "new-start", None, "2021-02", "possible")]),
    ("Η Ουάσιγκτον κατηγόρησε τη Μόσχα ότι ανέπτυξε πυραύλους που απαγορεύει η Συνθήκη INF.", None, []),
    ("Η Ρωσία υπέγραψε τη Συνθήκη για την Πλήρη Απαγόρευση των Πυρηνικών Δοκιμών στις 24 Σεπτεμβρίου 1996 "
     "και την επικύρωσε στις 30 Ιουνίου 2000.", None,
     [("sign", "ctbt", "russia", "1996-09-24", "asserted"),
      ("ratify", "ctbt", "russia", "2000-06-30", "asserted")]),
    # published on Thursday 23 February 2023: "την Τρίτη" is the 21st
    ("Η Ρωσία ανέστειλε τη συμμετοχή της στη συνθήκη New START, δήλωσε ο Πούτιν την Τρίτη.", "2023-02-23",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    ("Η συμφωνία πρόκειται να λήξει τον Φεβρουάριο του 2026, είπε η Μόσχα για τη New START.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
]

# "θα" with the past continuous is the conditional (possible), with the future stem a plan (scheduled)
CASES[CODE] += [
    ("Η Ρωσία θα αποχωρούσε από τη συνθήκη New START, σύμφωνα με αναλυτές.", None,
     [("withdraw", "new-start", "russia", None, "possible")]),
    ("Οι ΗΠΑ εγκατέλειψαν τη συνθήκη INF το 2019.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

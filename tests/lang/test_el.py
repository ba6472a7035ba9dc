"""Greek: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "el"
CASES[CODE] = [
    # dated, and a negated withdrawal
    ("Η Ρωσία ανέστειλε στις 21 Φεβρουαρίου 2023 τη συμμετοχή της στη συνθήκη New START, αλλά δεν αποχώρησε από αυτήν.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"), ("withdraw", "new-start", "russia", "2023-02-21", "negated")]),
    # a headline in capitals, without accents
    ("ΟΙ ΗΠΑ ΥΠΕΓΡΑΨΑΝ ΑΛΛΑ ΔΕΝ ΕΠΙΚΥΡΩΣΑΝ ΤΗ ΣΥΝΘΗΚΗ ΓΙΑ ΤΗΝ ΠΛΗΡΗ ΑΠΑΓΟΡΕΥΣΗ ΤΩΝ ΠΥΡΗΝΙΚΩΝ ΔΟΚΙΜΩΝ", None,
     [("sign", "ctbt", "usa", None, "asserted"), ("ratify", "ctbt", "usa", None, "negated")]),
    # hedged
    ("Η Μόσχα ενδέχεται να αποχωρήσει από τη Συνθήκη για τη Μη Διάδοση των Πυρηνικών Όπλων, είπε ένας αναλυτής.", None,
     [("withdraw", "npt", "russia", None, "possible")]),
    ("Στις 2 Αυγούστου 2019 η Ουάσιγκτον αποχώρησε από τη συνθήκη INF.", None, [("withdraw", "inf", "usa", "2019-08-02", "asserted")]),
    # a proposal to prolong the treaty is an offer of talks, not the extension
    ("Ο Πούτιν πρότεινε να παραταθεί η συνθήκη New START κατά ένα έτος.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    # conditional: no event stated
    ("Αν οι ΗΠΑ αναπτύξουν πυραύλους στην Ευρώπη, η Ρωσία θα αποχωρήσει από τη συνθήκη INF.", None, []),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

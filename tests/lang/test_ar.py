"""Arabic: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

import pytest

from .language_checks import CASES, check_examples, check_sentence

CODE = "ar"
CASES[CODE] = [('أعلنت روسيا في 21 فبراير 2023 تعليق مشاركتها في معاهدة ستارت الجديدة، لكنها لن تنسحب منها.', None, [('suspend', 'new-start', 'russia', '2023-02-21', 'asserted'), ('withdraw', 'new-start', 'russia', '2023-02-21', 'negated')]), ('انسحبت الولايات المتحدة من معاهدة الأجواء المفتوحة في 22 نوفمبر 2020.', None, [('withdraw', 'open-skies', 'usa', '2020-11-22', 'asserted')])]

# round 2: the treaty as an object pronoun; "تم الانتهاء من" (was completed) is no expiry
CASES[CODE] += [
    ("كانت معاهدة القوات المسلحة التقليدية في أوروبا قد علقتها روسيا في عام 2007.", None,
     [("suspend", "cfe", "russia", "2007", "asserted")]),
]


def test_completion_is_no_expiry() -> None:
    from .language_checks import _events
    found = _events(CODE, "أعلنت روسيا الانتهاء من إجراءات الانسحاب من معاهدة القوات المسلحة التقليدية في أوروبا.", None)
    assert ("withdraw", "cfe", "russia", None, "asserted") in found
    assert not [e for e in found if e[0] == "expire"], found


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)

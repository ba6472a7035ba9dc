"""A cue word inside a treaty's name is part of the name: "Cấm" (ban) in "Hiệp ước Cấm vũ khí hạt nhân"
describes nothing, 不 in 《不扩散核武器条约》 negates nothing. Sentences of our own."""

from __future__ import annotations

import pytest

from treatywatch.lexicon import load_lexicon
from treatywatch.models import Document
from treatywatch.text.sentences import split_sentences
from treatywatch.understand import understand


def read(text: str, language: str) -> set[tuple[str, str | None, str | None, str]]:
    lexicon = load_lexicon()
    doc = Document("t", text, language, split_sentences(text, lexicon.language(language)), None, "unknown")
    return {(e.event, e.treaty, e.date, e.modality) for e in understand(doc, lexicon).events}


@pytest.mark.parametrize("language, text, expected", [
    ("vi", "Hiệp ước Cấm vũ khí hạt nhân có hiệu lực từ ngày 22/1/2021.",
     ("enter_into_force", "tpnw", "2021-01-22", "asserted")),
    ("zh", "《禁止核武器条约》于2021年1月22日生效。", ("enter_into_force", "tpnw", "2021-01-22", "asserted")),
])
def test_a_descriptive_word_inside_a_name_describes_nothing(language: str, text: str,
                                                             expected: tuple[str, ...]) -> None:
    assert expected in read(text, language)


def test_a_description_outside_the_name_still_counts() -> None:
    # "a treaty that bans nuclear tests": the description is the writer's, not the name's
    found = read("Nga phê chuẩn CTBT, một hiệp ước cấm vụ thử hạt nhân, vào năm 2000.", "vi")
    assert ("ratify", "ctbt", "2000", "asserted") in found, found
    assert not {f for f in found if f[0] == "test"}, found

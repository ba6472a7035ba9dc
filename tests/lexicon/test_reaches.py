"""The distances the event reader weighs are language data (lexicon/reaches.py, ``reaches:`` in a
language file): a language may set its own, an unknown name is an error of the data."""

from __future__ import annotations

from dataclasses import replace

import pytest

from treatywatch.lexicon import load_lexicon
from treatywatch.lexicon.reaches import Reaches, reaches, reaches_of
from treatywatch.lexicon.types import Lexicon
from treatywatch.models import Document
from treatywatch.text.sentences import split_sentences
from treatywatch.understand import understand


def test_defaults_and_overrides() -> None:
    assert reaches() == Reaches()
    assert reaches({"negation": 12}).negation == 12
    assert reaches({"negation": 12}).own_date == Reaches().own_date
    with pytest.raises(ValueError, match="unknown reach negaton"):
        reaches({"negaton": 12})


def test_every_language_of_the_data_has_its_reaches() -> None:
    lexicon = load_lexicon()
    for pack in lexicon.languages.values():
        assert isinstance(reaches_of(pack), Reaches)


def _with_negation_reach(lexicon: Lexicon, chars: int) -> Lexicon:
    pack = lexicon.language("en")
    return replace(lexicon, languages={**lexicon.languages, "en": replace(pack, reaches={"negation": chars})})


def _modalities(lexicon: Lexicon, text: str) -> set[str]:
    doc = Document("t", text, "en", split_sentences(text, lexicon.language("en")), "2023-02-23", "metadata")
    return {e.modality for e in understand(doc, lexicon).events if e.event == "withdraw"}


def test_a_languages_reach_changes_what_a_negation_governs() -> None:
    text = "Russia did not at the end of a long and difficult year withdraw from New START."
    lexicon = load_lexicon()
    assert _modalities(_with_negation_reach(lexicon, 80), text) == {"negated"}
    assert _modalities(_with_negation_reach(lexicon, 5), text) == {"asserted"}

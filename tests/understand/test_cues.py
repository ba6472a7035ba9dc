"""Cue words found by kind (understand/cues.py): a form that two cue lists share counts for both."""

from __future__ import annotations

from treatywatch.lexicon import load_lexicon
from treatywatch.lexicon.fold import fold_text
from treatywatch.understand.cues import find_cues


def test_a_form_in_two_cue_lists_counts_for_both() -> None:
    # Arabic "اتهمت" (accused) is a quote verb and opens a description ("accused Moscow of deploying")
    text = "اتهمت واشنطن موسكو بنشر صواريخ جديدة."
    pack = load_lexicon().language("ar")
    assert "اتهمت" in pack.quote_verbs and "اتهمت" in pack.descriptive
    cues = find_cues("ar", load_lexicon(), fold_text(text), text)
    assert [text[h.start:h.end] for h in cues.of("quote_verbs")] == ["اتهمت"]
    assert [text[h.start:h.end] for h in cues.of("descriptive")] == ["اتهمت"]
    assert {h.payload for h in cues.of("descriptive")} == {"descriptive"}

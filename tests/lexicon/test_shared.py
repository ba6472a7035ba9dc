"""One automaton for many languages (lexicon/shared.py, lexicon/borrowing.py): a language's view finds
exactly what a matcher built from the entries it sees finds, read back from disk or not."""

from __future__ import annotations

import pickle

from treatywatch.lexicon import load_lexicon
from treatywatch.lexicon.borrowing import names_matcher
from treatywatch.lexicon.fold import fold, fold_text
from treatywatch.lexicon.matcher import Entry, Hit, Matcher
from treatywatch.lexicon.shared import Seen, SharedMatcher

# (entry, languages that list it, borrowed by the others)
ENTRIES = [
    (Entry("Nga", ("state", "russia")), {"vi"}, False),              # short: only Vietnamese texts
    (Entry("Russia", ("state", "russia")), {"en"}, True),
    (Entry("Россия", ("state", "russia")), {"ru"}, True),
    (Entry("Mali", ("state", "mali"), case_sensitive=True), {"en", "tr"}, True),
    (Entry("Georgia", ("state", "georgia")), {"en"}, True),
    (Entry("Georgia", ("state", "usa-georgia")), {"de"}, True),      # a tie: the entry listed first wins
    (Entry("New START", ("treaty", "new-start")), {"en"}, True),
    (Entry("START", ("treaty", "start"), case_sensitive=True), {"en"}, False),
]
ORDINARY = {"tr": {"mali"}, "en": set[str](), "vi": set[str](), "de": {"russia"}}
TEXTS = ["Nga và Russia ký New START", "Mali ve Georgia, Россия", "Russia said START; mali Mali Georgia",
         "Georgia New START Nga Россия"]


def _alone(language: str) -> Matcher:
    """The matcher of the entries ``language`` sees, built alone."""
    ordinary = {fold(w) for w in ORDINARY[language]}
    seen = [e for e, own, borrowed in ENTRIES
            if language in own or (borrowed and fold(e.form) not in ordinary)]
    return Matcher(seen, suffix_tolerance=1)


def _spans(hits: list[Hit]) -> list[tuple[int, int, object]]:
    return [(h.start, h.end, h.payload) for h in hits]


def test_each_view_finds_what_its_own_matcher_finds() -> None:
    shared = SharedMatcher((e, Seen(frozenset(own), borrowed)) for e, own, borrowed in ENTRIES)
    kept = pickle.loads(pickle.dumps(shared))
    for language in ORDINARY:
        alone = _alone(language)
        for view in (shared, kept):
            matcher = view.view(language, {fold(w) for w in ORDINARY[language]}, suffix_tolerance=1)
            for text in TEXTS:
                assert _spans(matcher.find(fold_text(text), text)) == _spans(alone.find(fold_text(text), text))


def test_short_forms_and_ordinary_words_stay_home() -> None:
    shared = SharedMatcher((e, Seen(frozenset(own), borrowed)) for e, own, borrowed in ENTRIES)
    text = "Nga Mali Russia"
    found = {lang: [h.payload for h in shared.view(lang, {fold(w) for w in ORDINARY[lang]})
                    .find(fold_text(text), text)] for lang in ("vi", "tr", "de")}
    assert found["vi"] == [("state", "russia"), ("state", "mali"), ("state", "russia")]
    assert found["tr"] == [("state", "mali"), ("state", "russia")]       # its own "Mali" is kept
    assert found["de"] == [("state", "mali")]                            # "Russia" is an ordinary word here


def test_the_lexicon_views_find_the_names_of_their_language_and_borrowed_ones() -> None:
    lexicon = load_lexicon()
    text = "Moscow said on Tuesday that Russia would not return to the New START treaty with Washington."
    hits = names_matcher(lexicon, "en").find(fold_text(text), text)
    assert {h.payload for h in hits} >= {("state", "russia"), ("treaty", "new-start")}
    assert names_matcher(lexicon, "en") is names_matcher(lexicon, "en")

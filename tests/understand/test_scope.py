"""Cues scope over their own clause (issue 9): a negation stops at "but", a counterfactual is no denial,
a weekday follows its own verb, a description is no event. Sentences of our own, one language each
where the language data has the cue; run through the real pipeline (understand)."""

from __future__ import annotations

import pytest

from treatywatch.lexicon import load_lexicon
from treatywatch.models import Document
from treatywatch.text.sentences import split_sentences
from treatywatch.understand import understand

Found = set[tuple[str, str | None, str]]


def read(text: str, language: str, published: str | None = "2023-02-23") -> Found:
    lexicon = load_lexicon()
    doc = Document("t", text, language, split_sentences(text, lexicon.language(language)), published,
                   "metadata" if published else "unknown")
    return {(e.event, e.actor, e.modality) for e in understand(doc, lexicon).events}


BUT_NOT = [
    ("en", "Russia suspended its participation in New START but did not withdraw from it."),
    ("ru", "Россия приостановила участие в ДСНВ, но не вышла из договора."),
    ("uk", "Росія призупинила участь у ДСНО, але не вийшла з договору."),
    ("fr", "La Russie a suspendu sa participation au traité New START, mais ne s'en est pas retirée."),
    ("es", "Rusia suspendió su participación en el tratado New START, pero no se retiró del acuerdo."),
    ("ar", "علقت روسيا مشاركتها في معاهدة ستارت الجديدة لكنها لم تنسحب منها."),
    ("fa", "روسیه مشارکت خود در پیمان استارت جدید را تعلیق کرد اما از آن خارج نشد."),
    ("zh", "俄罗斯暂停参与新削减战略武器条约，但没有退出该条约。"),
    ("vi", "Nga đình chỉ tham gia Hiệp ước New START nhưng không rút khỏi hiệp ước."),
    ("tr", "Rusya Yeni START Antlaşması'na katılımını askıya aldı ama antlaşmadan çekilmedi."),
]


@pytest.mark.parametrize("language, text", BUT_NOT)
def test_a_negation_stops_at_but(language: str, text: str) -> None:
    found = read(text, language)
    assert ("suspend", "russia", "asserted") in found, found
    assert ("withdraw", "russia", "negated") in found, found
    assert ("suspend", "russia", "negated") not in found


@pytest.mark.parametrize("language, text", [
    ("en", "Without the extension, New START would have expired in February 2021."),
    ("ru", "Без продления ДСНВ истек бы в феврале 2021 года."),
])
def test_a_counterfactual_is_not_a_denial(language: str, text: str) -> None:
    found = read(text, language)
    assert ("expire", None, "possible") in found, found
    assert not {f for f in found if f[2] == "negated"}, found


def test_a_hedge_stops_at_but() -> None:
    found = read("Moscow may resume nuclear testing, but it suspended New START in 2023.", "en")
    assert ("suspend", "russia", "asserted") in found, found


def test_a_weekday_follows_its_own_verb() -> None:
    lexicon = load_lexicon()
    text = "Russia will suspend New START, Putin said on Tuesday."
    doc = Document("t", text, "en", split_sentences(text, lexicon.language("en")), "2023-02-23", "metadata")
    # published on Thursday 23 February 2023: "said on Tuesday" is the 21st, not the 28th
    assert [d.value for d in understand(doc, lexicon).dates] == ["2023-02-21"]


@pytest.mark.parametrize("language, text", [
    ("en", "Moscow ratified the CTBT, a treaty that bans all nuclear tests."),
    ("en", "Washington accused Moscow of deploying missiles banned by the INF Treaty."),
])
def test_a_description_is_not_an_event(language: str, text: str) -> None:
    found = read(text, language)
    assert not {f for f in found if f[0] in ("test", "deploy")}, found


def dated(text: str, language: str) -> set[tuple[str, str | None, str | None, str]]:
    lexicon = load_lexicon()
    doc = Document("t", text, language, split_sentences(text, lexicon.language(language)), None, "unknown")
    return {(e.event, e.actor, e.date, e.modality) for e in understand(doc, lexicon).events}


@pytest.mark.parametrize("language, text, expected", [
    # a date belongs to the verb it follows ...
    ("en", "Russia signed the CTBT on 24 September 1996 and ratified it on 30 June 2000.",
     {("sign", "russia", "1996-09-24", "asserted"), ("ratify", "russia", "2000-06-30", "asserted")}),
    # ... not to the nearer verb after it, and a verb after "but" takes no date from before it
    ("en", "The United States signed the CTBT in 1996 but never ratified it.",
     {("sign", "usa", "1996", "asserted"), ("ratify", "usa", None, "negated")}),
    # where dates come before their verbs, to the verb it precedes
    ("tr", "Rusya Yeni START Antlaşması'nı Nisan 2010'da imzaladı ve Ocak 2011'de onayladı.",
     {("sign", "russia", "2010-04", "asserted"), ("ratify", "russia", "2011-01", "asserted")}),
])
def test_a_date_belongs_to_the_clause_of_its_verb(language: str, text: str, expected: set[tuple[str, ...]]) -> None:
    found = dated(text, language)
    assert expected <= found, found

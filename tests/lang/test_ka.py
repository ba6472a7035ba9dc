"""Georgian: the data's own example sentences and sentences of our own, through the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from .e2e_checks import check_article
from .language_checks import CASES, check_examples, check_quote, check_sentence
from .scope_checks import Event, check_scope

CODE = "ka"
CASES[CODE] = [
    # Georgian sentences end at a full stop though the next starts with a "lower-case" letter (text/sentences.py);
    # "came out with a proposal" (გამოვიდა წინადადებით) proposes, it withdraws from nothing; "ვადა ... გაუდის" expires
    ("რუსეთმა 2023 წლის თებერვალში შეაჩერა მონაწილეობა ახალ START-ში. აშშ-მა 2019 წელს დატოვა INF.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    ("პუტინი გამოვიდა წინადადებით ახალი START-ის შეზღუდვების შენარჩუნების შესახებ.", None,
     [("propose_talks", "new-start", "russia", None, "asserted")]),
    ("ახალ START-ს ვადა 2026 წლის 5 თებერვალს გაუდის.", None,
     [("expire", "new-start", None, "2026-02-05", "scheduled")]),
    # fresh-article forms: "სტრატეგიული შეიარაღების ხელშეკრულება" names New START; a law that enters into force
    # is no treaty's entry into force
    ("რუსეთმა 2023 წლის თებერვალში შეაჩერა მონაწილეობა სტრატეგიული შეიარაღების ხელშეკრულებაში.", None,
     [("suspend", "new-start", "russia", "2023-02", "asserted")]),
    ("კანონი ძალაში შედის გამოქვეყნების დღიდან, ახალი START-ის შესახებ.", None, []),
    ("აშშ 2019 წელს INF-ის ხელშეკრულებიდან გამოვიდა.", None, [("withdraw", "inf", "usa", "2019", "asserted")]),
    # the year's genitive, the day, the month's dative: "2023 წლის 21 თებერვალს"
    ("რუსეთმა 2023 წლის 21 თებერვალს ახალ START-ში მონაწილეობა შეაჩერა.", None,
     [("suspend", "new-start", "russia", "2023-02-21", "asserted")]),
    # a future verb form negated
    ("მოსკოვმა განაცხადა, რომ ახალი START-იდან არ გამოვა.", None,
     [("withdraw", "new-start", "russia", None, "negated")]),
    # a hedge before a subjunctive
    ("რუსეთი შესაძლოა ღია ცის შესახებ ხელშეკრულებიდან გამოვიდეს.", None,
     [("withdraw", "open-skies", "russia", None, "possible")]),
    # a negation inside the phrase ("ხელი არასოდეს მოუწერია")
    ("ინდოეთს ბირთვული იარაღის გაუვრცელებლობის შესახებ ხელშეკრულებას ხელი არასოდეს მოუწერია.", None,
     [("sign", "npt", "india", None, "negated")]),
    ("ახალი START-ის მოქმედების ვადა 2026 წლის თებერვალში ამოიწურება.", None,
     [("expire", "new-start", None, "2026-02", "scheduled")]),
    ("რუსეთმა და აშშ-მა 2021 წელს ახალი START ხუთი წლით გაახანგრძლივეს.", None,
     [("extend", "new-start", "russia", "2021", "asserted"), ("extend", "new-start", "usa", "2021", "asserted")]),
    ("რუსეთმა 2023 წლის ოქტომბერში ბირთვული ცდების ყოვლისმომცველი აკრძალვის ხელშეკრულების რატიფიკაცია გააუქმა.",
     None, [("deratify", "ctbt", "russia", "2023-10", "asserted")]),
    # a condition: no event is stated
    ("თუ აშშ ახალი START-იდან გამოვა, რუსეთი საპასუხო ზომებს მიიღებს.", None, []),
    # "განლაგებული ქობინი" counts warheads: it deploys nothing
    ("ახალი START თითოეულ მხარეს 1550 განლაგებული ბირთვული ქობინის ქონის უფლებას აძლევს.", None, []),
    # "came out with a speech" is no withdrawal
    ("პრეზიდენტი მაკრონი სიტყვით გამოვიდა და ახალ START-ზე ისაუბრა.", None, []),
    # a date inside the phrase ("მოქმედება ... შეწყდა"); the ergative after an acronym marks the subject
    ("INF-ის ხელშეკრულების მოქმედება 2019 წლის 2 აგვისტოს შეწყდა.", None,
     [("expire", "inf", None, "2019-08-02", "asserted")]),
    ("აშშ-მა რუსეთს ახალ ხელშეკრულებაზე მოლაპარაკებების დაწყება შესთავაზა.", None,
     [("propose_talks", None, "usa", None, "asserted")]),
]


def test_every_example_in_the_data_yields_its_event() -> None:
    check_examples(CODE)


@pytest.mark.parametrize("text, published, expected", CASES[CODE])
def test_sentences(text: str, published: str | None, expected: list[tuple[str, ...]]) -> None:
    check_sentence(CODE, text, published, expected)


# Scope cues, in sentences of our own (published Thursday 23 February 2023): a negation stops at "მაგრამ", a
# counterfactual is not a denial, a description (an accusation) is not an event, a weekday follows its own verb.
SCOPE: list[tuple[str, list[Event], list[tuple[str, str]]]] = [
    ("რუსეთმა ახალ START-ში მონაწილეობა შეაჩერა, მაგრამ ხელშეკრულებიდან არ გამოსულა.",
     [("suspend", "new-start", "russia", "2023-02-23", "asserted"),
      ("withdraw", "new-start", "russia", "2023-02-23", "negated")],
     [("suspend", "negated"), ("withdraw", "asserted")]),
    ("გახანგრძლივების გარეშე ახალი START-ის ვადა 2021 წლის თებერვალში ამოიწურებოდა.",
     [], [("expire", "negated"), ("expire", "asserted"), ("expire", "scheduled")]),
    ("აშშ-მა რუსეთი INF-ის ხელშეკრულებით აკრძალული რაკეტების განთავსებაში დაადანაშაულა.",
     [], [("deploy", "asserted"), ("deploy", "scheduled")]),
    ("რუსეთმა სამშაბათს ახალ START-ში მონაწილეობა შეაჩერა, ხოლო აშშ ხუთშაბათს INF-ის ხელშეკრულებიდან გამოვიდა.",
     [("suspend", "new-start", "russia", "2023-02-21", "asserted"),
      ("withdraw", "inf", "usa", "2023-02-23", "asserted")],
     []),
]


@pytest.mark.parametrize("text, present, absent", SCOPE)
def test_scope_cues(text: str, present: list[Event], absent: list[tuple[str, str]]) -> None:
    check_scope(CODE, text, present, absent)


def test_a_quotation_goes_to_the_speaker_named_after_it() -> None:
    check_quote(CODE, "„ჩვენ დიალოგისთვის მზად ვართ, მაგრამ პირობებს ვაშინგტონი ვერ გვიკარნახებს“, — განაცხადა "
                "სერგეი ლავროვმა.", "lavrov",
                "ჩვენ დიალოგისთვის მზად ვართ, მაგრამ პირობებს ვაშინგტონი ვერ გვიკარნახებს")


ARTICLE = (
    "თბილისი, 2025 წლის 12 ნოემბერი. რუსეთმა ახალი START-ით ნაკისრი ვალდებულებების შესრულება შეაჩერა, მაგრამ "
    "ხელშეკრულებიდან არ გამოდის.\n"
    "ამის შესახებ რუსეთის საგარეო საქმეთა სამინისტროს სპიკერმა მარია ზახაროვამ ყოველკვირეულ ბრიფინგზე განაცხადა.\n"
    "„ვაშინგტონთან საუბრის გაგრძელებისთვის მზად ვართ, მაგრამ ცალმხრივ დათმობებზე არ წავალთ“, — თქვა ზახაროვამ.\n"
    "შეგახსენებთ, რომ ახალ START-ს ხელი 2010 წელს მოეწერა, ხოლო 2011 წლის 5 თებერვალს ძალაში შევიდა.\n"
    "ხელშეკრულების მოქმედების ვადა 2026 წლის თებერვალში ამოიწურება.\n"
    "ვაშინგტონს მოსკოვის განცხადება ჯერ არ უკომენტარებია.\n"
)


def test_an_article_of_our_own_end_to_end(tmp_path: Path) -> None:
    # the denial is dated by the publication day; the signing by its year, for both parties
    check_article(tmp_path, "ka-own-1", ARTICLE, "2025-11-12", CODE,
                  events=[("suspend", "new-start", "russia", "2025-11-12", "asserted"),
                          ("withdraw", "new-start", "russia", "2025-11-12", "negated"),
                          ("sign", "new-start", "russia", "2010", "asserted"),
                          ("sign", "new-start", "usa", "2010", "asserted"),
                          ("enter_into_force", "new-start", None, "2011-02-05", "asserted"),
                          ("expire", "new-start", None, "2026-02", "scheduled")],
                  quotes=[("zakharova",
                                "ვაშინგტონთან საუბრის გაგრძელებისთვის მზად ვართ, მაგრამ ცალმხრივ დათმობებზე არ "
                                "წავალთ")])

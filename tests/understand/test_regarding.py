"""An act named as what another act is about ("commented regarding the expiry", "в связи с истечением
срока", "بشأن انتهاء") takes no day of that other act: neither the lead's (the day of publication) nor a
date standing before the cue. A date inside the phrase stays its own. Sentences of our own."""

from __future__ import annotations

import pytest

from .helpers import read

PUBLISHED = "2026-02-06"


@pytest.mark.parametrize("language, text", [
    ("en", "On Friday the minister spoke regarding the expiry of New START."),
    ("en", "The Kremlin issued a statement in response to the US withdrawal from the INF Treaty."),
    ("ru", "Кремль выступил с заявлением в связи с истечением срока действия ДСНВ."),
    ("ru", "В пятницу Москва выразила сожаление по поводу истечения срока ДСНВ."),
    ("ar", "أصدرت موسكو بيانا بشأن انتهاء معاهدة نيو ستارت."),
    ("fr", "Vendredi, Moscou a réagi au sujet de l'expiration du traité New START."),
])
def test_the_subject_of_a_comment_takes_no_day_of_the_comment(language: str, text: str) -> None:
    u = read(text, language, PUBLISHED)
    assert u.events and all(e.date is None for e in u.events), u.events


def test_without_the_cue_the_lead_dates_the_news() -> None:
    # the same act as the article's own news: the day of publication
    u = read("New START expired, the Kremlin said.", "en", PUBLISHED)
    assert [e.date for e in u.events] == [PUBLISHED]


def test_a_date_inside_the_phrase_is_the_acts_own() -> None:
    u = read("Moscow expressed regret in connection with the expiry of New START on 5 February.", "en", PUBLISHED)
    assert [e.date for e in u.events if e.event == "expire"] == ["2026-02-05"]


@pytest.mark.parametrize("language, text", [
    ("en", "Four months remain until New START expires."),
    ("pl", "Do wygaśnięcia traktatu New START pozostały cztery miesiące."),
])
def test_an_act_after_until_is_a_point_ahead_not_the_days_news(language: str, text: str) -> None:
    # in the lead, but "until it expires" is no news of the day: no date of publication
    u = read(text, language, PUBLISHED)
    assert u.events and all(e.date is None for e in u.events), u.events

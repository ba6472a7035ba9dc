"""ingest/nodate.py: its "no date here" is only ever said where dateparser itself finds none."""

from __future__ import annotations

import dateparser
import pytest

from treatywatch.ingest.dateline import _SETTINGS, _languages
from treatywatch.ingest.nodate import no_date

# Head lines of our own making, in the shapes news pages print: datelines (dateparser reads them:
# never skipped), dates with a label or a time zone, and short sentences that hold a year and a day.
LINES = [
    "Friday 14 March 2025 - 08:15", "14 Mar 2025 08:15", "Fri 14th March 2025 | 08:15 AM",
    "14 марта 2025, 08:15", "الجمعة 14 مارس 2025", "2025年3月14日 08:15", "vendredi 14 mars 2025 à 08h15",
    "Thứ Sáu, 14/03/2025 08:15", "14.03.2025", "14 März 2025 08:15 Uhr", "14 March 2025 08:15 GMT",
    "Mar 14, 2025 8:15 PM EST", "Updated 14 March 2025", "Posted: March 14, 2025", "2 days ago, 14 March 2025",
    "Q1 2025, 14 March", "14 March MMXXV", "noon, 14 March 2025", "14 مارس ۲۰۲۵", "١٤ مارس ٢٠٢٥",
    "The pact was signed on 14 March 2025.", "Some 12 launchers were counted in 2025.",
    "Москва подписала договор 14 марта 2025 года", "Ngày 14 tháng 3 năm 2025, Hà Nội",
    "Berlin, 14. März 2025 (Agentur)", "2025-3-14 8:15:2 来源: 新闻网", "Senin, 14 Maret 2025, 08:15 WIB Ikuti",
    "(last changed 2025-3-14T8:15:02+1:0 )", "Radio Nord 14.3.2025", "14 March 2025 in Geneva",
]


@pytest.mark.parametrize("line", LINES)
def test_no_date_only_where_dateparser_finds_none(line: str) -> None:
    languages = tuple(_languages())
    if no_date(line, languages, _SETTINGS):
        assert dateparser.parse(line, languages=list(languages), settings=_SETTINGS) is None


def test_sentences_are_told_apart_without_dateparser() -> None:
    """The point of it: a sentence in the head is answered without dateparser, a dateline is not."""
    languages = tuple(_languages())
    assert no_date("The pact was signed on 14 March 2025.", languages, _SETTINGS)
    assert no_date("Radio Nord 14.3.2025", languages, _SETTINGS)
    assert not no_date("Friday 14 March 2025 - 08:15", languages, _SETTINGS)
    assert not no_date("14.3.2025", languages, _SETTINGS)

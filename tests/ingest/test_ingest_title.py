"""Headlines of plain-text articles, and no headline where there is none."""

from __future__ import annotations

from treatywatch.ingest.title import find_title

BODY = ("Russia's Deputy Foreign Minister said on Tuesday that Moscow saw no basis for a dialogue on "
        "strategic stability with Washington, and that the New START treaty would expire in 2026.")


def test_headline_after_furniture() -> None:
    text = f"Tuesday 9 July 2024 - 06:04\n\nStory Code : 1146609\nRussia Rules Out Talks\n{BODY}"
    assert find_title(text) == "Russia Rules Out Talks"


def test_site_name_is_not_the_headline() -> None:
    assert find_title(f"UrduPoint.com\nNew START Extension Enters Into Force\n\n{BODY}") == (
        "New START Extension Enters Into Force")


def test_headlines_in_other_scripts() -> None:
    assert find_title(f"普京提议继续遵守限额一年\n\n{BODY}") == "普京提议继续遵守限额一年"
    assert find_title(f"بوتين يوقع قانون إلغاء التصديق\n{BODY}") == "بوتين يوقع قانون إلغاء التصديق"


def test_no_headline() -> None:
    assert find_title(BODY) is None  # a sentence, ending with its full stop
    assert find_title(f"“We do not have the foundation right now”\n{BODY}") is None  # a quote
    assert find_title("Russia Rules Out Talks") is None  # nothing under it
    assert find_title("Russia Rules Out Talks\nshort") is None  # nor a longer body
    assert find_title("") is None
    assert find_title("3 Feb 2021 17:56\n\n2021\n\n" + BODY) is None  # no letters in "2021"

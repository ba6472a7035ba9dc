"""HTML pages: the article's text only, with the page's own title, date and language."""

from __future__ import annotations

from pathlib import Path

import pytest
from ingest_helpers import only_article, only_rejected

from treatywatch.ingest import read_bytes, read_paths
from treatywatch.text.normalise import normalise


def test_scripts_navigation_and_footer_stay_out(bad_dir: Path) -> None:
    article = only_article(list(read_paths([str(bad_dir / "scripts-and-nav.html")])))
    for marker in ("MUST-NOT-APPEAR", "SCRIPT_MARKER", "document.write", "console.log", "Главная", "Спорт"):
        assert marker not in article.text
        assert marker not in article.original
    assert "Государственная дума в среду приняла закон" in article.text
    assert "ратифицировала его в 2000 году" in article.text
    assert article.title == "Дума проголосовала за отзыв ратификации ДВЗЯИ"
    assert article.text.startswith(article.title)  # the headline leads, as in a plain-text article
    assert (article.published, article.published_how) == ("2023-10-18", "metadata")
    assert article.language == "ru"  # lang="ru-RU"
    assert article.id == "scripts-and-nav"
    assert article.text == normalise(article.original)


def test_example_page(examples_dir: Path) -> None:
    article = only_article(list(read_paths([str(examples_dir / "en-open-skies-us-exit.html")])))
    assert article.title == "US exit from Open Skies Treaty takes effect"
    assert (article.published, article.published_how) == ("2020-11-22", "metadata")
    assert article.language == "en"
    assert article.url == "https://monitor.example.org/open-skies/us-exit-takes-effect"  # canonical link
    assert "Signed in Helsinki in 1992" in article.text
    for furniture in ("analyticsQueue", "Subscribe", "newsletter", "All rights reserved", "Privacy"):
        assert furniture not in article.text


def test_page_without_a_date_falls_back_to_its_dateline() -> None:
    page = (b"<html><head><title>Russia leaves Open Skies</title></head><body><article>"
            b"<p>18 December 2021</p>"
            b"<p>Russia's withdrawal from the Treaty on Open Skies took effect on Saturday, six months after "
            b"Moscow notified the other parties. President Vladimir Putin signed the law on 7 June 2021.</p>"
            b"</article></body></html>")
    article = only_article(read_bytes(page, "page.html", "page.html"))
    assert article.title == "Russia leaves Open Skies"
    assert (article.published, article.published_how) == ("2021-12-18", "dateline")
    assert article.language is None


def test_page_with_no_article_is_refused() -> None:
    page = b"<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>"
    rejected = only_rejected(read_bytes(page, "menu.html", "menu.html"))
    assert "no article text" in rejected.reason
    assert rejected.article_id == "menu"


def test_html_never_reaches_for_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    # An "HTML" body that is only an address: htmldate would fetch it if handed the string.
    import socket

    attempts: list[object] = []

    def no_network(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    results = read_bytes(b"https://example.org/2020/11/22/open-skies", "u.html", "u.html")
    assert len(results) == 1  # refused or read as whatever it is, but never fetched
    assert attempts == []

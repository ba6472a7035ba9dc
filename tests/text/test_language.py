"""Language identification: a close runner-up with data beats a best guess without."""

from __future__ import annotations

import pytest

from treatywatch.text import language


def _fake(guesses: list[dict[str, object]]):  # type: ignore[no-untyped-def]
    return lambda *args, **kwargs: guesses


def test_a_close_runner_up_with_data_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "detect", _fake([{"lang": "pnb", "score": 0.54}, {"lang": "ur", "score": 0.28}]))
    assert language.identify("روس نے معاہدہ معطل کر دیا", {"ur", "fa"}) == "ur"
    assert language.identify("روس نے معاہدہ معطل کر دیا") == "pnb"   # nothing known: the best guess


def test_a_distant_runner_up_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(language, "detect", _fake([{"lang": "pl", "score": 0.9}, {"lang": "ru", "score": 0.05}]))
    assert language.identify("Rosja zawiesiła udział w traktacie", {"ru"}) == "pl"

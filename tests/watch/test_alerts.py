"""Alerts: delivered once per new item by webhook (signed, retried), by mail through a real SMTP server
(aiosmtpd on 127.0.0.1) and as an Atom feed; a restart neither sends twice nor loses a delivery."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from treatywatch.ingest.build import Found, make_article
from treatywatch.models import Article
from treatywatch.pipeline import ingest_items
from treatywatch.settings import Settings
from treatywatch.store import Store, open_store
from treatywatch.watch import alerts

from .servers import Receiver

# Our own sentences.
SUSPEND = ("Russia suspended its participation in the New START treaty on March 4, 2024, the Russian foreign "
           "ministry announced on Monday.")
WITHDRAW = "The United States withdrew from the Open Skies Treaty on November 22, 2020, officials said."


def article(name: str, text: str) -> Article:
    made = make_article(text, Found(name, "test", None, f"http://127.0.0.1:9/{name}", "en", "2024-03-05"))
    assert isinstance(made, Article)
    return made


def add(store: Store, name: str, text: str) -> None:
    ingest_items([article(name, text)], store, on_rejected=lambda _: None)
    alerts.refresh_record(store, [name])


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'a.db'}") as st:
        yield st


class Inbox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:  # noqa: N802 - aiosmtpd's name
        self.messages.append(envelope.content)  # type: ignore[attr-defined]
        return "250 OK"


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    import socket
    with socket.socket() as probe:  # a free port on the loopback address
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def test_mail_through_a_real_smtp_server(store: Store, smtp: tuple[Inbox, int], fast: Settings) -> None:
    inbox, port = smtp
    settings = replace(fast, smtp_host="127.0.0.1", smtp_port=port, smtp_from="watch@test.invalid")
    alerts.add_alert(store, "mail", to="mailto:analyst@test.invalid", treaty="new-start")
    add(store, "s1", SUSPEND)
    assert alerts.check_alerts(store, settings, on_line=lambda _: None).sent == 1
    (msg,) = inbox.messages
    text = msg.decode()
    assert "To: analyst@test.invalid" in text and "suspend" in text and "new-start" in text
    assert alerts.check_alerts(store, settings, on_line=lambda _: None).sent == 0
    assert len(inbox.messages) == 1
    assert alerts.try_alert(store, "mail", settings) is None and len(inbox.messages) == 2


def test_webhook_is_signed_and_retried(store: Store, fast: Settings) -> None:
    hook = Receiver("k", fail_first=1)
    try:
        alerts.add_alert(store, "hook", to=f"webhook:{hook.url}", events=["suspend"], secret="k")
        add(store, "s1", SUSPEND)
        add(store, "w1", WITHDRAW)  # no match: another event
        assert alerts.check_alerts(store, fast, on_line=lambda _: None).sent == 1
        assert hook.bad == 0 and len(hook.got) == 1 and hook.got[0]["item"]["event"] == "suspend"
        wrong = alerts.add_alert(store, "wrong", to=f"webhook:{hook.url}", events=["withdraw"], secret="not-k")[0]
        assert alerts.try_alert(store, wrong.name, fast) == "HTTP 401" and hook.bad == 1
    finally:
        hook.close()


def test_a_restart_sends_what_was_left_and_nothing_twice(store: Store, fast: Settings, tmp_path: Path) -> None:
    hook = Receiver("k")
    url = hook.url
    hook.close()  # the receiver is down: the delivery waits
    alerts.add_alert(store, "later", to=f"webhook:{url}", treaty="new-start", secret="k")
    add(store, "s1", SUSPEND)
    quick = replace(fast, fetch_retries=1)
    first = alerts.check_alerts(store, quick, on_line=lambda _: None)
    assert first.new == 1 and first.sent == 0 and first.failed == 1
    engine_url = store.engine.url.render_as_string(hide_password=False)
    store.close()
    try:
        # back up on another port: the alert is pointed there (as an operator would) and the process restarts
        hook = Receiver("k")
        with open_store(engine_url) as again, again.engine.begin() as conn:
            from treatywatch.store import schema as s
            conn.execute(s.alerts.update().values(target=f"webhook:{hook.url}"))
            conn.execute(s.deliveries.update().values(next_try="2000-01-01T00:00:00+00:00"))
        with open_store(engine_url) as again:
            assert alerts.check_alerts(again, quick, on_line=lambda _: None).sent == 1
            assert alerts.check_alerts(again, quick, on_line=lambda _: None).sent == 0
        assert len(hook.got) == 1
    finally:
        hook.close()


def test_baseline_is_not_sent_and_the_feed_lists_new_items(store: Store, fast: Settings) -> None:
    add(store, "w1", WITHDRAW)
    alert, baseline = alerts.add_alert(store, "all", to="feed")
    assert baseline >= 1
    add(store, "s1", SUSPEND)
    checked = alerts.check_alerts(store, fast, on_line=lambda _: None)
    assert checked.new >= 1
    feed = alerts.atom(store, "all", "http://127.0.0.1:8000/")
    assert "<feed" in feed and "suspend new-start russia" in feed and "withdraw" not in feed.split("<entry>", 1)[-1]
    import feedparser
    parsed = feedparser.parse(feed)
    assert not parsed.bozo and parsed.entries[0].title.endswith("suspend new-start russia")


def test_targets_and_events_are_checked(store: Store) -> None:
    from treatywatch.errors import ArgumentError
    with pytest.raises(ArgumentError):
        alerts.add_alert(store, "x", to="ftp://nowhere")
    with pytest.raises(ArgumentError):
        alerts.add_alert(store, "x", to="feed", events=["explode"])
    with pytest.raises(ArgumentError):
        alerts.add_alert(store, "x", to="mailto:a@b\r\nBcc: c@d")

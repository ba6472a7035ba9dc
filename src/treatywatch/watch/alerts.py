"""Alerts: saved questions over the record, each new answer delivered once.

    check_alerts(store) ─► for each alert: the facts, quotes and conflicts that match it now
      ─► those not yet in ``deliveries`` are recorded ``pending`` (one transaction per alert)
      ─► every pending delivery whose time has come is sent: webhook (JSON POST, HMAC-SHA256 signed,
         retried with backoff), mail (SMTP), or nothing for ``feed`` (the Atom feed is the delivery)
      ─► ``sent`` (or ``pending`` again with the next try, ``failed`` after MAX_ATTEMPTS)

What was recorded is never matched again, so a restart never sends an item twice; an item recorded
but not yet sent is sent after a restart, so none is lost. (A crash between a receiver's 200 and the
row's update is the one window left: the item is sent again, with the same ``id`` and
``X-Treatywatch-Delivery`` header so the receiver can tell.) At creation an alert records what
already matches as ``baseline``: it fires on what is new from then on.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import smtplib
import ssl
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from typing import Any
from xml.sax.saxutils import escape

import httpx
from sqlalchemy import func, insert, select, update

from ..errors import ArgumentError, NotFoundError
from ..models import EVENT_TYPES
from ..settings import Settings
from ..store import Store
from ..store import schema as s
from .records import check_name, iso, now_utc

MAX_ATTEMPTS = 8            # tries of one delivery, across polls, before it is marked failed
SIGNATURE = "X-Treatywatch-Signature"


@dataclass(frozen=True)
class Alert:
    name: str
    events: str | None
    treaty: str | None
    actor: str | None
    speaker: str | None
    query: str | None
    conflicts: bool
    target: str
    secret: str
    created: str

    @property
    def event_list(self) -> list[str]:
        return [e for e in (self.events or "").split(",") if e]

    @property
    def kinds(self) -> tuple[str, ...]:
        """What the alert watches: facts (events, treaties, actors), quotes (a speaker), conflicts."""
        kinds = []
        if self.event_list or self.treaty or self.actor or not (self.speaker or self.conflicts):
            kinds.append("fact")
        if self.speaker or (self.query and not (self.event_list or self.treaty or self.actor)):
            kinds.append("quote")
        if self.conflicts:
            kinds.append("conflict")
        return tuple(kinds)

    def describe(self) -> str:
        parts = [f"events {self.events}" if self.events else "", f"treaty {self.treaty}" if self.treaty else "",
                 f"actor {self.actor}" if self.actor else "", f"speaker {self.speaker}" if self.speaker else "",
                 f"text {self.query!r}" if self.query else "", "conflicts" if self.conflicts else ""]
        return ", ".join(p for p in parts if p) or "every new fact"


@dataclass(frozen=True)
class Match:
    item: str
    kind: str
    title: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class Checked:
    new: int
    sent: int
    failed: int


def check_target(target: str) -> str:
    if target == "feed":
        return target
    kind, _, rest = target.partition(":")
    if kind == "webhook" and rest.startswith(("http://", "https://")):
        return target
    if kind == "mailto" and "@" in rest and "\n" not in rest and "\r" not in rest:
        return target
    raise ArgumentError(f"--to {target!r}: webhook:http(s)://..., mailto:ADDRESS or feed")


def add_alert(store: Store, name: str, *, to: str, events: Iterable[str] = (), treaty: str | None = None,
              actor: str | None = None, speaker: str | None = None, query: str | None = None,
              conflicts: bool = False, secret: str | None = None) -> tuple[Alert, int]:
    """Save an alert; what the record already holds that matches it is its baseline (not sent).
    Returns the alert and the size of its baseline."""
    check_name(name, "alert")
    wanted = [e.strip() for e in events if e.strip()]
    unknown = [e for e in wanted if e not in EVENT_TYPES]
    if unknown:
        raise ArgumentError(f"--event {unknown[0]!r}: one of {', '.join(EVENT_TYPES)}")
    alert = Alert(name, ",".join(wanted) or None, treaty, actor, speaker, query or None, conflicts,
                  check_target(to), secret or secrets.token_urlsafe(24), iso(now_utc()))
    with store.engine.begin() as conn:
        if conn.execute(select(s.alerts.c.name).where(s.alerts.c.name == name)).first() is not None:
            raise ArgumentError(f"alert {name!r} exists already (treatywatch alerts remove {name})")
        conn.execute(insert(s.alerts), alert.__dict__)
    refresh_record(store, None)
    found = _record_new(store, alert, matches(store, alert), status="baseline")
    return alert, found


def get_alert(store: Store, name: str) -> Alert:
    with store.engine.connect() as conn:
        row = conn.execute(select(s.alerts).where(s.alerts.c.name == name)).mappings().first()
    if row is None:
        raise NotFoundError(f"no alert {name!r} (treatywatch alerts list names them)")
    return Alert(**{**row, "conflicts": bool(row["conflicts"])})


def list_alerts(store: Store) -> list[tuple[Alert, dict[str, int]]]:
    """Every alert with its deliveries counted by status."""
    d = s.deliveries
    with store.engine.connect() as conn:
        rows = [Alert(**{**r, "conflicts": bool(r["conflicts"])})
                for r in conn.execute(select(s.alerts).order_by(s.alerts.c.name)).mappings()]
        counts: dict[str, dict[str, int]] = {}
        grouped = select(d.c.alert, d.c.status, func.count()).group_by(d.c.alert, d.c.status)
        for alert, status, n in conn.execute(grouped):
            counts.setdefault(alert, {})[status] = n
    return [(a, counts.get(a.name, {})) for a in rows]


def remove_alert(store: Store, name: str) -> None:
    get_alert(store, name)
    with store.engine.begin() as conn:
        conn.execute(s.deliveries.delete().where(s.deliveries.c.alert == name))
        conn.execute(s.alerts.delete().where(s.alerts.c.name == name))


# -- the record, and what matches -------------------------------------------------------------------

def refresh_record(store: Store, article_ids: list[str] | None = None) -> None:
    """Bring the record's facts up to date for a writer outside the pipeline (which keeps them itself):
    the whole record when it is stale (what an older treatywatch left), else the keys ``article_ids``
    touch."""
    from ..know.refresh import is_stale, refresh_facts

    if is_stale(store):
        refresh_facts(store)
    elif article_ids:
        refresh_facts(store, article_ids)


def _contains(text: str | None, query: str | None) -> bool:
    return query is None or (text is not None and query.casefold() in text.casefold())


def matches(store: Store, alert: Alert) -> list[Match]:
    """Everything in the record that answers ``alert`` now."""
    from ..know import queries
    from ..know.quotes import quotes as quote_rows

    out: list[Match] = []
    events = set(alert.event_list)
    if "fact" in alert.kinds:
        found = queries.timeline(store, treaty=alert.treaty, actor=alert.actor, factual=True, limit=None,
                                 evidence=3)
        for f in found:
            if events and f.event not in events:
                continue
            if alert.query and not any(_contains(c.evidence, alert.query) for c in f.claims):
                continue
            claim = f.claims[0] if f.claims else None
            title = " ".join(x for x in (f.date or "undated", f.event, f.treaty or "", f.actor or "") if x)
            out.append(Match("f:" + f.id, "fact", title, {
                "kind": "fact", "id": f.id, "event": f.event, "treaty": f.treaty, "actor": f.actor, "date": f.date,
                "modality": f.modality, "sources": f.sources, "confidence": f.confidence,
                "evidence": [{"article": c.article, "url": c.url, "language": c.language, "text": c.evidence}
                             for c in f.claims], "url": claim.url if claim else None}))
    if "quote" in alert.kinds:
        for q in quote_rows(store, speaker=alert.speaker, limit=None):
            if not _contains(q.text, alert.query):
                continue
            said = json.dumps([q.article, q.speaker, q.text], ensure_ascii=False)
            key = hashlib.sha256(said.encode()).hexdigest()[:16]
            out.append(Match("q:" + key, "quote", f"{q.speaker or 'unknown speaker'}: {q.text[:120]}", {
                "kind": "quote", "id": key, "speaker": q.speaker, "text": q.text, "article": q.article, "url": q.url,
                "language": q.language, "published": q.published}))
    if "conflict" in alert.kinds:
        for c in queries.conflicts(store):
            sides = [c.left] + ([c.right] if c.right else [])
            if alert.treaty and not any(f.treaty == alert.treaty for f in sides):
                continue
            if alert.actor and not any(f.actor == alert.actor for f in sides):
                continue
            if events and not any(f.event in events for f in sides):
                continue
            if alert.query and not _contains(c.summary, alert.query):
                continue
            out.append(Match("c:" + c.id, "conflict", f"conflict ({c.severity}): {c.summary}", {
                "kind": "conflict", "id": c.id, "severity": c.severity, "summary": c.summary,
                "facts": list(c.fact_ids)}))
    return out


def _record_new(store: Store, alert: Alert, found: list[Match], status: str = "pending") -> int:
    d = s.deliveries
    when = iso(now_utc())
    with store.engine.begin() as conn:
        known = set(conn.execute(select(d.c.item).where(d.c.alert == alert.name)).scalars())
        seq = conn.execute(select(func.coalesce(func.max(d.c.seq), 0)).where(d.c.alert == alert.name)).scalar_one()
        rows = []
        for m in found:
            if m.item in known:
                continue
            known.add(m.item)
            seq += 1
            rows.append({"alert": alert.name, "item": m.item, "kind": m.kind, "title": m.title[:500],
                         "payload": json.dumps({"alert": alert.name, "id": m.item, "item": m.payload},
                                               ensure_ascii=False, sort_keys=True),
                         "found": when, "status": "sent" if status == "pending" and alert.target == "feed" else status,
                         "attempts": 0, "next_try": when, "sent": when if alert.target == "feed" and status == "pending"
                         else None, "error": None, "seq": seq})
        if rows:
            conn.execute(insert(d), rows)
    return len(rows)


# -- delivery --------------------------------------------------------------------------------------

def check_alerts(store: Store, settings: Settings, *, on_line: Callable[[str], None] = print,
                 now: Callable[[], datetime] = now_utc, sleep: Callable[[float], None] = time.sleep) -> Checked:
    """Record what is new for every alert, then send every delivery that is due."""
    new = sent = failed = 0
    for alert, _ in list_alerts(store):
        new += _record_new(store, alert, matches(store, alert))
        for row in _due(store, alert.name, now()):
            error = deliver(alert, row["payload"], row["title"], settings, sleep)
            attempts = row["attempts"] + 1
            if error is None:
                sent += 1
                values: dict[str, Any] = {"status": "sent", "sent": iso(now()), "error": None, "attempts": attempts}
            else:
                failed += 1
                gone = attempts >= MAX_ATTEMPTS
                on_line(f"alert {alert.name}: {row['item']} not delivered ({error})" + (": given up" if gone else ""))
                values = {"status": "failed" if gone else "pending", "error": error, "attempts": attempts,
                          "next_try": iso(now() + timedelta(seconds=min(3600, 30 * 2 ** attempts)))}
            with store.engine.begin() as conn:
                conn.execute(update(s.deliveries).where(s.deliveries.c.alert == alert.name,
                                                        s.deliveries.c.item == row["item"]).values(**values))
    if sent:
        on_line(f"alerts: {sent} sent")
    return Checked(new, sent, failed)


def _due(store: Store, alert: str, now: datetime) -> list[dict[str, Any]]:
    d = s.deliveries
    with store.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(d).where(d.c.alert == alert, d.c.status == "pending",
                                                              d.c.next_try <= iso(now)).order_by(d.c.seq)).mappings()]


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def deliver(alert: Alert, payload: str, title: str, settings: Settings,
            sleep: Callable[[float], None] = time.sleep) -> str | None:
    """Send one item; None when delivered, else why not."""
    if alert.target == "feed":
        return None
    kind, _, where = alert.target.partition(":")
    if kind == "webhook":
        return _webhook(where, payload.encode("utf-8"), alert.secret, settings, sleep)
    return _mail(where, f"[treatywatch] {alert.name}: {title}", payload, settings)


def _webhook(url: str, body: bytes, secret: str, settings: Settings, sleep: Callable[[float], None]) -> str | None:
    delivery = json.loads(body)["id"]
    headers = {"content-type": "application/json", "user-agent": settings.user_agent,
               SIGNATURE: sign(secret, body), "X-Treatywatch-Delivery": delivery}
    wait, error = settings.fetch_backoff, "not tried"
    with httpx.Client(timeout=settings.fetch_timeout, follow_redirects=False, trust_env=False) as client:
        for attempt in range(settings.fetch_retries + 1):
            try:
                r = client.post(url, content=body, headers=headers)
                if r.status_code < 300:
                    return None
                error = f"HTTP {r.status_code}"
                if r.status_code < 500 and r.status_code != 429:
                    return error  # the receiver refuses it: retried at a later check, not now
            except httpx.HTTPError as e:
                error = f"{type(e).__name__}: {e}"
            if attempt < settings.fetch_retries:
                sleep(wait)
                wait *= 2
    return error


def _mail(address: str, subject: str, payload: str, settings: Settings) -> str | None:
    data = json.loads(payload)
    item = data["item"]
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = settings.smtp_from, address, subject.replace("\n", " ")[:200]
    lines = [subject, ""] + [f"{k}: {v}" for k, v in item.items() if k not in ("evidence",) and v is not None]
    for ev in item.get("evidence", []):
        lines += ["", f"[{ev.get('language')}] {ev.get('text')}", f"  {ev.get('url') or ev.get('article')}"]
    msg.set_content("\n".join(lines) + "\n")
    try:
        if settings.smtp_tls == "ssl":
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port,
                                                  timeout=settings.fetch_timeout,
                                                  context=ssl.create_default_context())
        else:
            smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=settings.fetch_timeout)
        with smtp:
            if settings.smtp_tls == "starttls":
                smtp.starttls(context=ssl.create_default_context())
            if settings.smtp_user:
                smtp.login(settings.smtp_user, settings.smtp_password)
            smtp.send_message(msg)
    except (OSError, smtplib.SMTPException) as e:
        return f"SMTP {settings.smtp_host}:{settings.smtp_port}: {type(e).__name__}: {e}"
    return None


def try_alert(store: Store, name: str, settings: Settings) -> str | None:
    """Send a made-up item through ``name``'s channel now (nothing recorded); None when delivered."""
    alert = get_alert(store, name)
    body = json.dumps({"alert": name, "id": "test:" + secrets.token_hex(4),
                       "item": {"kind": "test", "summary": "a test of this alert's delivery"}}, sort_keys=True)
    return deliver(alert, body, "test", settings)


# -- the Atom feed ---------------------------------------------------------------------------------

def atom(store: Store, name: str, base_url: str, limit: int = 100) -> str:
    """An Atom 1.0 feed of what the alert found, newest first (baseline items are not news)."""
    alert = get_alert(store, name)
    d = s.deliveries
    with store.engine.connect() as conn:
        rows = list(conn.execute(select(d).where(d.c.alert == name, d.c.status != "baseline")
                                 .order_by(d.c.seq.desc()).limit(limit)).mappings())
    updated = rows[0]["found"] if rows else alert.created
    self_url = f"{base_url.rstrip('/')}/alerts/{name}.atom"
    parts = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"<id>tag:treatywatch,2026:alert:{escape(name)}</id>",
             f"<title>treatywatch alert {escape(name)}: {escape(alert.describe())}</title>",
             f"<updated>{_atom_time(updated)}</updated>", f'<link rel="self" href="{escape(self_url)}"/>',
             "<author><name>treatywatch</name></author>"]
    for r in rows:
        item = json.loads(r["payload"])["item"]
        link = item.get("url") or (f"{base_url.rstrip('/')}/facts/{item['id']}" if r["kind"] == "fact" else None)
        parts += ["<entry>", f"<id>tag:treatywatch,2026:{escape(name)}:{escape(r['item'])}</id>",
                  f"<title>{escape(r['title'])}</title>", f"<updated>{_atom_time(r['found'])}</updated>"]
        if link:
            parts.append(f'<link href="{escape(link)}"/>')
        parts += [f"<content type=\"text\">{escape(json.dumps(item, ensure_ascii=False, indent=1))}</content>",
                  "</entry>"]
    parts.append("</feed>")
    return "\n".join(parts) + "\n"


def _atom_time(value: str) -> str:
    try:
        return datetime.fromisoformat(value).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return value

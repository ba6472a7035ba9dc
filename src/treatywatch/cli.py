"""The command line: each command parses, calls one library function, formats the result.

Exit status: 0 done; 1 done, but some input was quarantined (ingest) or not understood (understand);
2 an error, printed as one ``error: ...`` line (never a traceback).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .errors import NotFoundError, TreatywatchError
from .settings import SETTINGS, Settings, load_settings

# Everything else is imported by the command that needs it: `treatywatch --help` and a mistyped
# argument answer without loading rich's renderers, SQLAlchemy, pydantic or the lexicon.
if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from .lexicon.types import Person, State, Treaty
    from .models import Understanding
    from .pipeline import RunArticle
    from .store import Store

TABLE_LIMIT = 100  # rows of the closing ingest table; `treatywatch articles` lists everything


class _Edge(click.Group):
    """Catches everything at the edge: a TreatywatchError or a usage mistake is the user's to fix,
    anything else is a bug; either way one line on stderr and exit status 2, no traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.UsageError as e:  # a mistyped command or option: one line too, and where help is
            where = e.ctx.command_path if e.ctx is not None else ctx.command_path
            click.echo(f"error: {e.format_message()} (see {where} --help)", err=True)
        except (click.exceptions.Exit, click.ClickException, click.Abort, BrokenPipeError):
            raise  # click's own ways out; a closed pipe (`| head`) is ended quietly by click
        except TreatywatchError as e:
            click.echo(f"error: {e}", err=True)
        except Exception as e:  # noqa: BLE001 - the one place that catches everything
            click.echo(f"error: unexpected {type(e).__name__}: {e} (a bug in treatywatch: please report it)",
                       err=True)
        ctx.exit(2)


def _out() -> Console:
    from rich.console import Console

    # Piped, rich would assume 80 columns and wrap every cell; a file or a pager takes wider lines.
    console = Console(soft_wrap=True, highlight=False, emoji=False, markup=False)
    if not console.is_terminal:
        console.width = 160
    return console


def _err() -> Console:
    from rich.console import Console

    return Console(stderr=True, soft_wrap=True, highlight=False, emoji=False, markup=False)


def _store(ctx: click.Context) -> Store:
    """The store for a command that writes (created and migrated if need be)."""
    from .store import open_store

    settings: Settings = ctx.find_object(Settings) or load_settings()
    return ctx.with_resource(open_store(settings.db))


def _reader(ctx: click.Context) -> Store:
    """The store for a command that only reads: opened read-only (no file made, no migration run)."""
    from .store import open_reader

    settings: Settings = ctx.find_object(Settings) or load_settings()
    return ctx.with_resource(open_reader(settings.db))


@contextmanager
def _progress(what: str, total: int | None = None) -> Iterator[tuple[Callable[[int], None], Console]]:
    """A progress bar on stderr, only when stderr is a terminal (quiet in pipes, logs and CI)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = _err()
    with Progress(SpinnerColumn(), TextColumn(what), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True, disable=not console.is_terminal) as bar:
        task = bar.add_task(what, total=total)
        yield (lambda n: bar.advance(task, n)), bar.console


def _table(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    from rich.table import Table
    from rich.text import Text

    table = Table(*columns, show_edge=False, pad_edge=False, box=None, header_style="bold")
    for row in rows:
        # Text, not str: article text is data, and rich would read "[bold]" in a str as markup.
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    return table


def _json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=1))


@click.group(cls=_Edge, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", metavar="URL", help="Database: sqlite:///FILE (default sqlite:///treatywatch.db) or "
              "postgresql://USER:PASSWORD@HOST/NAME. Also TREATYWATCH_DB.")
@click.version_option(package_name="treatywatch")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """treatywatch: a cited, dated record of arms control from news in any language."""
    ctx.obj = load_settings({"db": db})
    if ctx.obj.data_dir:  # read by the lexicon wherever it loads, worker processes included
        os.environ["TREATYWATCH_DATA_DIR"] = ctx.obj.data_dir


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", type=click.IntRange(min=1), help="Processes that read articles in parallel.")
@click.pass_context
def ingest_command(ctx: click.Context, paths: tuple[str, ...], workers: int | None, exit_status: bool = True) -> None:
    """Read articles from PATHS (files, folders, or - for standard input), store every new article or
    new version, and understand them. Bad inputs are quarantined, one line each on stderr.

    \b
    Exit status: 0 every input was read; 1 some were quarantined (see `treatywatch quarantine`);
    2 an error stopped the run.
    """
    from .pipeline import ingest_paths, local_map

    _check_paths(paths)
    settings, store = ctx.obj, _store(ctx)
    stdin = sys.stdin.buffer if "-" in paths else None
    with _progress("reading") as (advance, console), local_map(workers or settings.workers) as mapper:
        summary = ingest_paths(paths, store, stdin=stdin, map=mapper, batch=settings.batch,
                               on_rejected=console.print, on_progress=advance)
    click.echo(summary.line())
    _print_run(summary.articles)
    _fire_alerts(ctx, store, [a.article_id for a in summary.articles if a.status != "unchanged"])
    if exit_status:
        ctx.exit(1 if summary.quarantined else 0)


@cli.command("batch")
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes of a local Dask cluster "
              "(default: one per core).")
@click.option("--scheduler", metavar="ADDRESS", help="An existing Dask cluster's scheduler, e.g. "
              "tcp://host:8786 (its workers must see the same files).")
@click.option("--work", "work_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder for the Parquet shards (default: DB.batch beside a SQLite database).")
@click.pass_context
def batch_command(ctx: click.Context, paths: tuple[str, ...], workers: int | None, scheduler: str | None,
                  work_dir: Path | None) -> None:
    """Read an archive (WARC, JSON Lines also .gz/.zst, folders) in shards on Dask, store the results
    in bulk and link stories: what `ingest` of the same paths gives, on every core or a cluster.
    A stopped run resumes where it stopped when started again.

    \b
    Exit status: 0 every input was read; 1 some were quarantined; 2 an error stopped the run.
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .batch import dask_client, run_batch

    if workers and scheduler:
        raise click.UsageError("--workers and --scheduler exclude each other: a cluster has its own workers")
    _check_paths(paths)
    store = _store(ctx)
    console = _err()
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.fields[articles]} articles"), console=console, transient=True,
                  disable=not console.is_terminal) as bar, dask_client(workers, scheduler) as client:
        task = bar.add_task("shards", total=None, articles=0)
        count = {"articles": 0}

        def on_shard(n: int, articles: int) -> None:
            count["articles"] += articles
            bar.update(task, advance=n, articles=count["articles"])

        summary = run_batch(list(paths), store, client=client, work_dir=work_dir, on_rejected=bar.console.print,
                            on_plan=lambda n: bar.update(task, total=n), on_shard=on_shard)
    click.echo(summary.line())
    ctx.exit(1 if summary.quarantined else 0)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--workers", type=click.IntRange(min=1), help="Processes that read articles in parallel.")
@click.pass_context
def run(ctx: click.Context, paths: tuple[str, ...], workers: int | None) -> None:
    """The main job: ingest PATHS, then print what the articles say, treaty by treaty (each party's
    status, from the news) and the timeline of facts, every line with its sources.

    \b
    Quarantined inputs are named on stderr and counted; the exit status is 0 unless an error stopped
    the run (2). `treatywatch ingest` is the same reading with an exit status of 1 on quarantine.
    """
    from .know import listing

    ctx.invoke(ingest_command, paths=paths, workers=workers, exit_status=False)
    store = _store(ctx)   # the ingest kept the record current
    click.echo("\nStatus per party, from the news (treatywatch status adds the reference record):")
    found = listing.status(store)
    _out().print(_table(found.columns[:5], [row[:5] for row in found.rows if str(row[4]).startswith("news")]))
    click.echo("\nTimeline (treatywatch timeline --help filters it; treatywatch fact ID shows the evidence):")
    _emit(listing.timeline(store, limit=60), False, False)


def _fire_alerts(ctx: click.Context, store: Store, article_ids: list[str]) -> None:
    """When alerts are saved, what an ingest added to the record (kept current by the ingest) is checked
    against them."""
    from sqlalchemy import func, select

    from .store import schema

    if not article_ids:
        return
    with store.engine.connect() as conn:
        if not conn.execute(select(func.count()).select_from(schema.alerts)).scalar_one():
            return
    from .watch.alerts import check_alerts

    check_alerts(store, ctx.obj, on_line=lambda line: click.echo(line, err=True))


def _print_run(articles: Sequence[RunArticle]) -> None:
    if not articles:
        return
    rows = [(a.article_id, a.status if a.status != "version" else f"version {a.version}", a.language,
             a.published, a.published_how, a.title) for a in articles[:TABLE_LIMIT]]
    _out().print(_table(("id", "status", "language", "published", "how", "title"), rows))
    if len(articles) > TABLE_LIMIT:
        click.echo(f"... and {len(articles) - TABLE_LIMIT} more (treatywatch articles lists them all)")


@cli.command()
@click.option("--workers", type=click.IntRange(min=1), help="Processes that read articles in parallel.")
@click.pass_context
def understand(ctx: click.Context, workers: int | None) -> None:
    """Understand every stored article again (after the lexicon or treatywatch improved); the stories
    and the record's facts follow.

    Exit status: 0 done; 1 some articles failed (they keep their previous understanding); 2 error.
    """
    from .pipeline import local_map, reunderstand

    settings, store = ctx.obj, _store(ctx)
    with _progress("understanding", total=store.counts()["article_ids"]) as (advance, console), \
            local_map(workers or settings.workers) as mapper:
        result = reunderstand(store, map=mapper, batch=settings.batch, on_failed=console.print,
                              on_progress=advance)
    click.echo(result.line())
    ctx.exit(1 if result.failed else 0)


@cli.command()
@click.option("--lang", metavar="CODE", help="Only articles in this language (ISO 639-1: ar, en, vi ...).")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
def articles(ctx: click.Context, lang: str | None, as_json: bool) -> None:
    """List the stored articles (latest version of each)."""
    rows = _reader(ctx).latest_documents(_lang(lang))
    if as_json:
        return _json([asdict(r) for r in rows])
    _out().print(_table(("id", "version", "language", "published", "how", "title"),
                        [(r.article_id, r.version, r.language, r.published, r.published_how, r.title)
                         for r in rows]))
    click.echo(f"{len(rows)} articles")


@cli.command()
@click.argument("article_id", metavar="ID")
@click.option("--version", "version", type=int, help="This version (default: the latest).")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of text.")
@click.pass_context
def show(ctx: click.Context, article_id: str, version: int | None, as_json: bool) -> None:
    """Show one article: metadata, numbered sentences, and what was understood of it. --json gives the
    view /api/articles/ID gives (one builder, one shape)."""
    from rich.text import Text

    from .models import Span
    from .present import marked_sentence

    store = _reader(ctx)
    if as_json:
        from .know.articles import article_view

        return _json(article_view(store, article_id, version))
    art = store.article(article_id, version)
    if art is None:
        which = f"version {version} of " if version is not None else ""
        raise NotFoundError(f"no {which}article {article_id!r} in {store.url} (treatywatch articles lists them)")
    spans = store.sentences(art.pk) or (Span(0, len(art.text)),)
    found = store.understanding(art.pk)
    out = _out()
    out.print(f"{art.article_id}  version {art.version} of {len(store.versions(art.article_id))}")
    for label, value in (("title", art.title), ("source", art.source if art.line is None else
                         f"{art.source}:{art.line}"), ("url", art.url),
                         ("language", f"{found.language if found else art.language} ({art.language_how})"),
                         ("published", _published(art.published, art.published_how, found)),
                         ("ingested", art.ingested_at)):
        if value:
            out.print(f"{label + ':':11}{value}")
    out.print()
    for n, span in enumerate(spans, 1):
        out.print(Text(f"[{n}] ").append_text(marked_sentence(art.text, span, found)))
    out.print()
    _print_findings(out, found)


def _published(published: str | None, how: str, found: Understanding | None) -> str:
    if found is not None and found.published is not None:
        published, how = found.published, found.published_how
    return f"{published} ({how})" if published else "unknown"


def _print_findings(out: Console, u: Understanding | None) -> None:
    if u is None:
        out.print("not understood yet: run `treatywatch understand`")
        return
    sections: list[tuple[str, Sequence[str], list[Sequence[Any]]]] = [
        ("events", ("event", "treaty", "actor", "date", "modality", "evidence"),
         [(e.event, e.treaty, e.actor, e.date, e.modality, e.evidence) for e in u.events]),
        ("quotes", ("speaker", "kind", "quote"), [(q.speaker, q.kind, q.text) for q in u.quotes]),
        ("dates", ("text", "value", "precision"), [(d.text, d.value, d.precision) for d in u.dates]),
        ("mentions", ("kind", "slug", "text"), [(m.kind, m.slug, m.text) for m in u.entities]),
    ]
    for title, columns, rows in sections:
        out.print(f"{title}: {len(rows) or 'none found'}")
        if rows:
            out.print(_table(columns, rows))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
def quarantine(ctx: click.Context, as_json: bool) -> None:
    """List the quarantined inputs and why each was refused."""
    rows = _reader(ctx).quarantined()
    if as_json:
        return _json([{**{k: v for k, v in asdict(r).items() if k != "payload"}, "bytes": len(r.payload)}
                      for r in rows])
    _out().print(_table(("source", "line", "id", "reason", "bytes", "first seen"),
                        [(r.source, r.line, r.article_id, r.reason, len(r.payload), r.first_seen) for r in rows]))
    click.echo(f"{len(rows)} quarantined")


@cli.command("settings")
@click.pass_context
def settings_command(ctx: click.Context) -> None:
    """List the settings: value in effect, default, environment variable, meaning."""
    values = asdict(ctx.obj)
    _out().print(_table(("name", "value", "default", "environment", "help"),
                        [(s.name, values[s.name], s.default, s.env, s.help) for s in SETTINGS]))


@cli.group()
def export() -> None:
    """Write what the store holds for other tools."""


@export.command("eval")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def export_eval_command(ctx: click.Context, out_dir: Path) -> None:
    """Write documents.jsonl, events.jsonl, quotes.jsonl (and stories.jsonl once stories are stored)
    into OUT_DIR, in the format of the shared evaluation (eval/FORMAT.md)."""
    from .export.eval import export_eval

    written = export_eval(_reader(ctx), out_dir)
    click.echo(", ".join(f"{name} ({n})" for name, n in written.items()) + f" written to {out_dir}")


# -- the record: facts, status, conflicts (each command calls one function of know.listing) --------------


def _record(ctx: click.Context) -> Store:
    """The store, read-only, for a command that reads the record; one line on stderr when the record is
    older than the articles (an older treatywatch, or a stopped run, left it so): reading never rebuilds it."""
    from .know.refresh import STALE_NOTE, is_stale

    store = _reader(ctx)
    if is_stale(store):
        click.echo(STALE_NOTE, err=True)
    return store


@cli.command()
@click.pass_context
def refresh(ctx: click.Context) -> None:
    """Bring the store up to date: migrate it to this version's schema and rebuild the record of facts
    when it is older than the articles (writing commands keep it current; reading commands say when
    it is not)."""
    from .know.refresh import refresh_if_stale

    done = refresh_if_stale(_store(ctx))
    click.echo("the record is current" if done is None else
               f"the record rebuilt: {done.facts} facts from {done.claims} claims, {done.conflicts} conflicts")


def _emit(listing: Any, as_json: bool, as_csv: bool) -> None:
    """A know.listing.Listing as a table (default), JSON (full records) or CSV (the table's rows)."""
    if as_json:
        return _json(listing.records)
    if as_csv:
        from .know.tables import csv_lines  # cells safe to open in a spreadsheet (as the web's CSV)
        sys.stdout.writelines(csv_lines(listing.columns, listing.rows))
        return None
    _out().print(_table(listing.columns, listing.rows))
    if listing.note:
        click.echo(listing.note)
    return None


def _date(value: str | None, name: str) -> str | None:
    """A date the user typed, checked and resolved (``yesterday`` -> the day it means) before anything
    is opened: an error names the forms accepted (treatywatch.arguments, shared with the API)."""
    from .arguments import parse_date

    return None if value is None else parse_date(value, name, today=date.today())


def _slug(value: str | None, kind: Any, name: str) -> str | None:
    """A treaty, actor or speaker slug the lexicon knows; an error with the nearest ones otherwise."""
    from .arguments import check_slug

    return None if value is None else check_slug(value, kind, name)


def _lang(value: str | None) -> str | None:
    """A language code the user typed (--lang), checked: ISO 639-1 (treatywatch.arguments)."""
    from .arguments import check_language

    return None if value is None else check_language(value)


def _check_paths(paths: Sequence[str]) -> None:
    """Every path names something that exists: a typo or a URL is the user's to fix, not an input to
    quarantine (treatywatch.ingest.paths.check_paths)."""
    from .ingest.paths import check_paths

    check_paths(paths)


def _formats(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--csv", "as_csv", is_flag=True, help="CSV instead of a table.")(f)
    return click.option("--json", "as_json", is_flag=True, help="JSON (every record, with its evidence).")(f)


@cli.command()
@click.option("--treaty", metavar="SLUG", help="A treaty slug (`treatywatch treaties` lists them).")
@click.option("--actor", metavar="SLUG", help="A state or organisation slug (`treatywatch actors` lists them).")
@click.option("--since", metavar="DATE",
              help="YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday or N days/weeks/months/years ago.")
@click.option("--until", metavar="DATE",
              help="YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday or N days/weeks/months/years ago.")
@click.option("--lang", metavar="CODE", help="Facts stated in this language.")
@click.option("--story", metavar="ID", help="Facts stated in this story's articles.")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True)
@click.option("--unconfirmed", is_flag=True, help="List the unconfirmed facts instead of the confident ones.")
@_formats
@click.pass_context
def timeline(ctx: click.Context, treaty: str | None, actor: str | None, since: str | None, until: str | None,
             lang: str | None, story: str | None, limit: int, unconfirmed: bool, as_json: bool, as_csv: bool) -> None:
    """The record in time order: one line per fact (an event merged across articles and languages), its
    independent sources and first evidence. Facts without a year, or without a date, are listed last.
    Unconfirmed facts (one source and a date only implied, or contradicted by the reference record) are
    counted at the end and listed with --unconfirmed."""
    from .know import listing

    treaty, actor = _slug(treaty, "treaty", "--treaty"), _slug(actor, "actor", "--actor")
    since, until, lang = _date(since, "--since"), _date(until, "--until"), _lang(lang)
    _emit(listing.timeline(_record(ctx), treaty=treaty, actor=actor, since=since, until=until, lang=lang,
                           story=story, limit=limit, unconfirmed=unconfirmed), as_json, as_csv)


@cli.command()
@click.argument("treaty", required=False)
@click.option("--as-of", "as_of", metavar="DATE",
              help="The status on this day (YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday "
              "or N days/weeks/months/years ago; YYYY and YYYY-MM mean their last day).")
@_formats
@click.pass_context
def status(ctx: click.Context, treaty: str | None, as_of: str | None, as_json: bool, as_csv: bool) -> None:
    """Parties x status of TREATY (or of every treaty): signed, ratified, in force, suspended, withdrawn,
    de-ratified, expired, with the date and the facts behind it. Reference rows are the public record."""
    from .know import listing

    treaty, as_of = _slug(treaty, "treaty", "TREATY"), _date(as_of, "--as-of")
    _emit(listing.status(_record(ctx), treaty, as_of), as_json, as_csv)


@cli.command()
@click.option("--speaker", metavar="SLUG", help="A person slug (`treatywatch actors` lists them).")
@click.option("--since", metavar="DATE", help="Published on or after this day "
              "(YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday or N days/weeks/months/years ago).")
@_formats
@click.pass_context
def quotes(ctx: click.Context, speaker: str | None, since: str | None, as_json: bool, as_csv: bool) -> None:
    """Who said what, word for word, newest first."""
    from .know import listing

    speaker, since = _slug(speaker, "speaker", "--speaker"), _date(since, "--since")
    _emit(listing.quotes(_reader(ctx), speaker, since), as_json, as_csv)


@cli.command()
@_formats
@click.pass_context
def conflicts(ctx: click.Context, as_json: bool, as_csv: bool) -> None:
    """Facts that cannot both be true (two dates for one act, asserted vs negated, news vs reference),
    with both sides' evidence; most severe first."""
    from .know import listing
    _emit(listing.conflicts(_record(ctx)), as_json, as_csv)


@cli.command()
@click.argument("fact_id", metavar="ID")
@_formats
@click.pass_context
def fact(ctx: click.Context, fact_id: str, as_json: bool, as_csv: bool) -> None:
    """One fact with every piece of evidence, in its own language."""
    from .know import listing
    _emit(listing.fact(_record(ctx), fact_id), as_json, as_csv)


@cli.command()
@click.argument("fact_id", metavar="ID")
@click.option("--wrong", is_flag=True, help="The fact did not happen: it leaves the status and the timeline.")
@click.option("--merge", "merge_into", metavar="ID", help="The same happening as fact ID: its evidence joins it.")
@click.option("--date", "new_date", metavar="DATE", help="Its right date (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--actor", "new_actor", metavar="SLUG", help="Its right actor (`treatywatch slugs actors`; "
              "none: the treaty itself).")
@click.option("--modality", type=click.Choice(["asserted", "scheduled", "possible", "negated"]),
              help="Its right modality.")
@click.option("--note", required=True, help="Why: what the analyst knows.")
@click.option("--by", "who", envvar="TREATYWATCH_ANALYST", required=True, metavar="NAME",
              help="Who corrects it (or TREATYWATCH_ANALYST).")
@click.pass_context
def correct(ctx: click.Context, fact_id: str, wrong: bool, merge_into: str | None, new_date: str | None,
            new_actor: str | None, modality: str | None, note: str, who: str) -> None:
    """Correct one fact of the record, with a note: mark it wrong, merge it into another, or fix its
    date, actor or modality. The correction is kept (who, when, why) and survives understand and ingest."""
    from .know.correcting import correct as store_correction

    given = {"wrong": "" if wrong else None, "merge": merge_into, "date": new_date, "actor": new_actor,
             "modality": modality}
    kinds = [k for k, v in given.items() if v is not None]
    if len(kinds) != 1:
        raise click.UsageError("give one of --wrong, --merge, --date, --actor, --modality")
    c = store_correction(_store(ctx), fact_id, kinds[0], given[kinds[0]], note, who)
    now = c.result.id if c.result else None
    click.echo(f"correction {c.number}: fact {fact_id} " + (f"marked wrong by {c.who}" if now is None else
               f"is fact {now} now" if now != fact_id else f"corrected by {c.who}"))


@cli.command()
@_formats
@click.pass_context
def corrections(ctx: click.Context, as_json: bool, as_csv: bool) -> None:
    """The analysts' corrections, in the order made: who, when, why, and the fact each applies to now."""
    from .know import listing
    _emit(listing.corrections(_record(ctx)), as_json, as_csv)


@cli.command()
@click.argument("query")
@click.option("--lang", "--language", "lang", metavar="CODE", help="Only articles (and quotations) in this language.")
@click.option("--source", metavar="DOMAIN", help="Only articles of this outlet (its domain: reuters.com).")
@click.option("--treaty", metavar="SLUG", help="Only articles that name this treaty.")
@click.option("--actor", metavar="SLUG", help="Only articles that name this state or organisation.")
@click.option("--person", metavar="SLUG", help="Only articles that name this person.")
@click.option("--since", metavar="DATE", help="Published on or after this day (YYYY, YYYY-MM, YYYY-MM-DD ...).")
@click.option("--until", metavar="DATE", help="Published on or before this day (same forms).")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Articles and quotations shown, each.")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Articles and quotations skipped, each.")
@_formats
@click.pass_context
def search(ctx: click.Context, query: str, lang: str | None, source: str | None, treaty: str | None,
           actor: str | None, person: str | None, since: str | None, until: str | None, limit: int, offset: int,
           as_json: bool, as_csv: bool) -> None:
    """Find QUERY in the articles (title and text, every language, case, Arabic and Persian letter forms
    and diacritics folded) and in the quotations, newest first: the web's search. A treaty, state or
    person named in any script finds the articles naming it in every script ("Putin" finds Путин,
    بوتين, 普京); "quoted words" are one phrase. The counts by language, outlet, month, treaty, actor
    and person follow the list."""
    from . import dates as days
    from .know import listing
    from .know.search import Narrow

    if not query.strip():
        raise click.UsageError("QUERY is empty")
    since, until = _date(since, "--since"), _date(until, "--until")
    narrow = Narrow(lang=lang, source=source.lower() if source else None, treaty=_slug(treaty, "treaty", "--treaty"),
                    actor=_slug(actor, "actor", "--actor"), person=_slug(person, "speaker", "--person"),
                    since=days.bounds(since) if since else None, until=days.bounds(until) if until else None)
    _emit(listing.search(_reader(ctx), query, narrow=narrow, limit=limit, offset=offset), as_json, as_csv)


@cli.command()
@click.option("--type", "--event", "event", metavar="EVENT", help="sign, ratify, suspend, withdraw, deploy ...")
@click.option("--treaty", metavar="SLUG", help="A treaty slug (`treatywatch treaties` lists them).")
@click.option("--actor", "--party", "actor", metavar="SLUG",
              help="A state or organisation slug (`treatywatch actors` lists them).")
@click.option("--modality", type=click.Choice(["asserted", "scheduled", "possible", "negated"]))
@click.option("--since", metavar="DATE", help="Published on or after this day "
              "(YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday or N days/weeks/months/years ago).")
@click.option("--until", metavar="DATE", help="Published on or before this day (same forms).")
@click.option("--lang", "--language", "lang", metavar="CODE", help="Articles in this language.")
@click.option("--article", metavar="ID", help="One article's events.")
@click.option("--limit", type=click.IntRange(min=1), default=200, show_default=True)
@_formats
@click.pass_context
def events(ctx: click.Context, event: str | None, treaty: str | None, actor: str | None, modality: str | None,
           since: str | None, until: str | None, lang: str | None, article: str | None, limit: int,
           as_json: bool, as_csv: bool) -> None:
    """Events as each article states them (before they are merged into facts: `timeline`), newest
    publication first, with the sentence that says so: the web's /api/events."""
    from .arguments import check_event
    from .know import listing

    treaty, actor = _slug(treaty, "treaty", "--treaty"), _slug(actor, "actor", "--actor")
    event = None if event is None else check_event(event, "--type")
    since, until = _date(since, "--since"), _date(until, "--until")
    _emit(listing.events(_reader(ctx), event=event, treaty=treaty, actor=actor, modality=modality, since=since,
                         until=until, lang=lang, article=article, limit=limit), as_json, as_csv)


@cli.command()
@click.option("--treaty", metavar="SLUG", help="One treaty (default: every treaty in the record).")
@click.option("--as-of", "as_of", metavar="DATE", help="Status on this day (as `status --as-of`).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="report.md (Markdown) or report.html (self-contained HTML).")
@click.pass_context
def report(ctx: click.Context, treaty: str | None, as_of: str | None, out: Path) -> None:
    """A briefing: status table, timeline, key quotes, conflicts; every line cited."""
    from .export import report as briefing

    briefing.format_of(out)
    treaty, as_of = _slug(treaty, "treaty", "--treaty"), _date(as_of, "--as-of")
    written = briefing.write(briefing.briefing(_record(ctx), treaty, as_of), out)
    click.echo(f"report written to {written}")


@cli.command()
@click.argument("kind", type=click.Choice(["treaties", "actors", "speakers"]), required=False)
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
def slugs(kind: str | None, as_json: bool) -> None:
    """The slugs that --treaty, --actor and --speaker take (and TREATY of `status`), with their English
    names: treaties, actors (states and organisations) and speakers (people), from the lexicon."""
    from .lexicon import load_lexicon

    lexicon = load_lexicon()
    groups: dict[str, Sequence[Treaty | State | Person]] = {
        "treaties": lexicon.treaties, "actors": lexicon.states, "speakers": lexicon.people}
    rows = [(k, x.slug, next(iter(x.names.get("en", ())), ""))
            for k, found in groups.items() if kind in (None, k) for x in found]
    if as_json:
        return _json([{"kind": k, "slug": slug, "name": name} for k, slug, name in rows])
    _out().print(_table(("kind", "slug", "name"), rows))
    return None


def _story_json(v: Any) -> dict[str, Any]:
    return {**asdict(v), "languages": v.languages}


def _span(first: str | None, last: str | None) -> str:
    return "undated" if first is None else first if first == last else f"{first} .. {last}"


@cli.command()
@click.option("--since", metavar="DATE", help="Only stories that run on or after this day "
              "(YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday or N days/weeks/months/years ago).")
@click.option("--lang", metavar="CODE", help="Only stories with an article in this language.")
@click.option("--recluster", is_flag=True, help="First file every article again, from nothing, in ingest order.")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
def stories(ctx: click.Context, since: str | None, lang: str | None, recluster: bool, as_json: bool) -> None:
    """List the stories, newest first: their articles, languages, and duplicate/translation links."""
    from .dates import bounds
    from .link.store import list_stories
    from .link.store import recluster as refile

    since, lang = _date(since, "--since"), _lang(lang)
    first = bounds(since)[0] if since else None  # type: ignore[index]
    if recluster:   # a write: the stories, then the record (links make sources dependent)
        from .know.refresh import refresh_facts

        writer = _store(ctx)
        refile(writer)
        refresh_facts(writer)
    store = _reader(ctx)
    views = list_stories(store, first, lang)
    if as_json:
        return _json([_story_json(v) for v in views])
    _out().print(_table(("story", "dates", "languages", "articles", "links", "title"), [
        (v.story_id, _span(v.first_date, v.last_date), " ".join(v.languages),
         " ".join(a.article_id for a in v.articles),
         " ".join(f"{x.article_a}={x.article_b}({x.kind[0]})" for x in v.links), v.title) for v in views]))
    click.echo(f"{len(views)} stories (links: d duplicate, t translation)")


@cli.command()
@click.argument("story_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of text.")
@click.pass_context
def story(ctx: click.Context, story_id: str, as_json: bool) -> None:
    """Show one story (by its id, or by the id of one of its articles): articles and links."""
    from .link.store import get_story

    v = get_story(_reader(ctx), story_id)
    if as_json:
        return _json(_story_json(v))
    out = _out()
    out.print(f"{v.story_id}  {v.title or ''}")
    out.print(f"dates: {_span(v.first_date, v.last_date)}   languages: {', '.join(v.languages)}")
    out.print(_table(("article", "language", "published", "joined with", "title"),
                     [(a.article_id, a.language, a.published, a.score or "(first)", a.title) for a in v.articles]))
    out.print(f"links: {len(v.links) or 'none'}")
    if v.links:
        out.print(_table(("article", "article", "kind", "score"),
                         [(x.article_a, x.article_b, x.kind, x.score) for x in v.links]))


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--token", envvar="TREATYWATCH_TOKEN", metavar="T", help="The token that writing (uploads) needs; "
              "made up and printed when not given. Also TREATYWATCH_TOKEN.")
@click.option("--read-token-required", is_flag=True, help="Reading needs the token too.")
@click.option("--watch", "watching", is_flag=True, help="Also poll the sources and send alerts, in this process.")
@click.option("--allowed-hosts", envvar="TREATYWATCH_ALLOWED_HOSTS", metavar="H1,H2", default="",
              help="Host names the server is reached by, besides localhost and the --host address "
                   "(requests for any other Host are refused). Also TREATYWATCH_ALLOWED_HOSTS.")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, token: str | None, read_token_required: bool,
          watching: bool, allowed_hosts: str) -> None:
    """Serve the REST API (/api) and the web pages for analysts, until interrupted."""
    from .web import serve as run

    run(ctx.obj.db, host=host, port=port, token=token, read_token_required=read_token_required,
        settings=ctx.obj if watching else None,
        allowed_hosts=[h for h in allowed_hosts.split(",") if h.strip()])


# -- watching: sources, the poll loop, alerts (treatywatch.watch) ----------------------------------------


@cli.group()
def sources() -> None:
    """The feeds, sitemaps and pages that `treatywatch watch` polls."""


@sources.command("add")
@click.argument("url")
@click.option("--name", metavar="NAME", help="A short name (default: from the address).")
@click.option("--every", default="15m", show_default=True, help="How often: 30s, 15m, 2h, 1d.")
@click.option("--kind", type=click.Choice(["auto", "feed", "sitemap", "page"]), default="auto", show_default=True,
              help="RSS/Atom/JSON feed, news sitemap, or a page whose links lead to articles.")
@click.pass_context
def sources_add(ctx: click.Context, url: str, name: str | None, every: str, kind: str) -> None:
    """Watch URL: an RSS, Atom or JSON feed, a news sitemap, or a page of links to articles."""
    from .watch.records import add_source

    src = add_source(_store(ctx), url, name, every, kind)
    click.echo(f"watching {src.name}: {src.url} ({src.kind}, every {src.every} s); due now")


@sources.command("list")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
def sources_list(ctx: click.Context, as_json: bool) -> None:
    """The sources: last poll, status, items brought, errors, last error."""
    from .watch.records import list_sources

    rows = list_sources(_reader(ctx))
    if as_json:
        return _json([asdict(r) for r in rows])
    _out().print(_table(("name", "kind", "every", "last poll", "status", "items", "errors", "last error", "url"),
                        [(r.name, r.kind, f"{r.every}s", r.last_poll or "never", r.status, r.items, r.errors,
                          r.last_error, r.url) for r in rows]))
    click.echo(f"{len(rows)} sources")
    return None


@sources.command("remove")
@click.argument("name")
@click.pass_context
def sources_remove(ctx: click.Context, name: str) -> None:
    """Stop watching NAME (what it brought stays)."""
    from .watch.records import remove_source

    remove_source(_store(ctx), name)
    click.echo(f"no longer watching {name}")


@sources.command("import")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def sources_import(ctx: click.Context, path: Path) -> None:
    """Add the sources of a YAML list (- url: ..., name, every, kind) or an OPML file."""
    from .watch.records import import_sources

    added, refused = import_sources(_store(ctx), path)
    for line in refused:
        click.echo(f"not added: {line}", err=True)
    click.echo(f"{len(added)} sources added" + (f", {len(refused)} not" if refused else ""))


@cli.command("watch")
@click.option("--once", is_flag=True, help="Poll each due source once and exit (for cron and tests).")
@click.option("--tick", type=click.FloatRange(min=0.1), default=5.0, show_default=True,
              help="Seconds between two looks for due sources.")
@click.pass_context
def watch_command(ctx: click.Context, once: bool, tick: float) -> None:
    """Poll the due sources (robots.txt, one request per host at a time, conditional requests), ingest
    what is new, and send the alerts it fires; until interrupted, or once."""
    from .watch.poll import watch_loop

    result = watch_loop(_store(ctx), ctx.obj, once=once, tick=tick, on_line=click.echo)
    if once and not result.sources:
        click.echo("no source is due (treatywatch sources list)")


@cli.group()
def alerts() -> None:
    """Saved questions over the record, delivered once per new item (webhook, mail, Atom feed)."""


@alerts.command("add")
@click.argument("name")
@click.option("--to", "to", required=True, metavar="TARGET", help="webhook:URL, mailto:ADDRESS or feed.")
@click.option("--event", "events", metavar="E,...", help="Event types (sign, ratify, suspend, withdraw ...).")
@click.option("--treaty", metavar="SLUG")
@click.option("--actor", metavar="SLUG")
@click.option("--speaker", metavar="SLUG", help="Quotations by this speaker.")
@click.option("--query", metavar="TEXT", help="Only items whose evidence or quotation contains TEXT.")
@click.option("--conflicts", "with_conflicts", is_flag=True, help="New conflicts in the record.")
@click.option("--secret", metavar="S", help="The webhook's HMAC-SHA256 key (default: made up and printed).")
@click.pass_context
def alerts_add(ctx: click.Context, name: str, to: str, events: str | None, treaty: str | None, actor: str | None,
               speaker: str | None, query: str | None, with_conflicts: bool, secret: str | None) -> None:
    """Save alert NAME: it fires once for every new fact, quotation or conflict that matches. What the
    record already holds is not sent."""
    from .watch.alerts import add_alert

    treaty, actor = _slug(treaty, "treaty", "--treaty"), _slug(actor, "actor", "--actor")
    speaker = _slug(speaker, "speaker", "--speaker")
    alert, baseline = add_alert(_store(ctx), name, to=to, events=(events or "").split(","), treaty=treaty,
                                actor=actor, speaker=speaker, query=query, conflicts=with_conflicts, secret=secret)
    click.echo(f"alert {alert.name}: {alert.describe()} -> {alert.target}; {baseline} items already in the "
               f"record are not sent; feed at /alerts/{alert.name}.atom")
    if alert.target.startswith("webhook:") and not secret:
        click.echo(f"webhook signature key ({'X-Treatywatch-Signature'}: sha256=HMAC of the body): {alert.secret}")


@alerts.command("list")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
@click.pass_context
def alerts_list(ctx: click.Context, as_json: bool) -> None:
    """The alerts, what they watch, where they go, and their deliveries."""
    from .watch.alerts import list_alerts

    rows = list_alerts(_reader(ctx))
    if as_json:
        return _json([{**{k: v for k, v in asdict(a).items() if k != "secret"}, "deliveries": c} for a, c in rows])
    _out().print(_table(("name", "watches", "to", "sent", "pending", "failed", "baseline"),
                        [(a.name, a.describe(), a.target, c.get("sent", 0), c.get("pending", 0), c.get("failed", 0),
                          c.get("baseline", 0)) for a, c in rows]))
    click.echo(f"{len(rows)} alerts")
    return None


@alerts.command("test")
@click.argument("name")
@click.pass_context
def alerts_test(ctx: click.Context, name: str) -> None:
    """Send a test item through NAME's channel now (nothing is recorded)."""
    from .watch.alerts import try_alert

    error = try_alert(_store(ctx), name, ctx.obj)
    if error is not None:
        raise TreatywatchError(f"alert {name}: not delivered: {error}")
    click.echo(f"alert {name}: test delivered")


@alerts.command("remove")
@click.argument("name")
@click.pass_context
def alerts_remove(ctx: click.Context, name: str) -> None:
    """Delete alert NAME and its record of deliveries."""
    from .watch.alerts import remove_alert

    remove_alert(_store(ctx), name)
    click.echo(f"alert {name} removed")


# -- what the data knows (lexicon.catalogue): treaties, actors, languages -------------------------------


def _catalogue(name: str, as_json: bool) -> None:
    from .lexicon import catalogue, load_lexicon

    listed = getattr(catalogue, name)(load_lexicon())
    if as_json:
        return _json(listed.records)
    _out().print(_table(listed.columns, listed.rows))
    return None


@cli.command("treaties")
@click.option("--json", "as_json", is_flag=True, help="JSON (every name in every language) instead of a table.")
def treaties_command(as_json: bool) -> None:
    """The treaties of the data (treaties.yaml): slug, English name, parties, languages that name them."""
    _catalogue("treaties", as_json)


@cli.command("actors")
@click.option("--json", "as_json", is_flag=True, help="JSON instead of a table.")
def actors_command(as_json: bool) -> None:
    """The states, organisations, people and roles of the data (actors.yaml, territories.yaml)."""
    _catalogue("actors", as_json)


@cli.command("languages")
@click.option("--json", "as_json", is_flag=True, help="JSON (triggers per event, example sentences...).")
def languages_command(as_json: bool) -> None:
    """The languages of the data: triggers, names, quote verbs, calendars, verb order, example sentences."""
    _catalogue("languages", as_json)


def main() -> None:
    """The console script."""
    cli(prog_name="treatywatch")

"""``aiwatch alerts``: subscriptions (add, list, remove), a matching and delivery pass (run), and
the delivery log."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from aiwatch.collect.commands import ConfigOpt, _fail, _log, _open, open_declared
from aiwatch.errors import AiwatchError
from aiwatch.store.commands import DbOpt

alerts_app = typer.Typer(help="Subscriptions and their alerts (webhooks, email).", no_args_is_help=True)

Names = list[str]


@alerts_app.command("add")
def add_command(
    name: Annotated[str, typer.Argument(help="The subscriber (a person or a team).")],
    db: DbOpt = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Words that must all appear.")] = None,
    entity: Annotated[Names, typer.Option("--entity", help="An entity by name or alias (repeatable).")] = [],  # noqa: B006
    technology: Annotated[Names, typer.Option("--technology", help="A technology (repeatable).")] = [],  # noqa: B006
    industry: Annotated[Names, typer.Option("--industry", help="An industry (repeatable).")] = [],  # noqa: B006
    event_type: Annotated[Names, typer.Option("--event-type", help="An event type (repeatable).")] = [],  # noqa: B006
    source: Annotated[Names, typer.Option("--source", help="An outlet name or site (repeatable).")] = [],  # noqa: B006
    saved_search: Annotated[
        str | None, typer.Option("--saved-search", help="A saved search by name (aiwatch search QUERY --save NAME).")
    ] = None,
    min_confidence: Annotated[float, typer.Option("--min-confidence", help="Least confidence of the facts.")] = 0.0,
    webhook: Annotated[
        Names, typer.Option("--webhook", help="FORMAT=URL or URL (json); formats json, wecom, feishu, dingtalk, slack.")
    ] = [],  # noqa: B006
    email: Annotated[Names, typer.Option("--email", help="An address for alerts and digests (repeatable).")] = [],  # noqa: B006
    digest: Annotated[str | None, typer.Option("--digest", help="daily or weekly digest by email.")] = None,
) -> None:
    """Subscribe (adding a name again replaces its rule and targets)."""
    from aiwatch.collect.alerts import Subscription, save_subscription

    targets = [_webhook(spec) for spec in webhook]
    if email:
        targets.append({"type": "email", "to": email})
    rule = {
        "query": query,
        "entities": entity,
        "technologies": technology,
        "industries": industry,
        "event_types": event_type,
        "sources": source,
        "saved_search": saved_search,
        "min_confidence": min_confidence,
    }
    try:
        sub = Subscription.from_dict({"name": name, "rules": [rule], "targets": targets, "digest": digest}, "cli")
        with _open(db) as store:
            created = save_subscription(store, sub)
    except AiwatchError as error:
        raise _fail(error) from None
    print(f"alerts: {'added' if created else 'updated'} {name}", file=sys.stderr)


def _webhook(spec: str) -> dict[str, str]:
    fmt, sep, url = spec.partition("=")
    if not sep or fmt.startswith("http"):
        return {"type": "webhook", "url": spec, "format": "json"}
    return {"type": "webhook", "url": url, "format": fmt}


@alerts_app.command("list")
def list_command(db: DbOpt = None, config: ConfigOpt = None) -> None:
    """Subscriptions as JSON lines (those aiwatch.toml declares included)."""
    from aiwatch.collect.alerts import load_subscriptions, public_subscription

    with open_declared(db, config, read_only=True) as store:
        for row in load_subscriptions(store):
            print(json.dumps(public_subscription(row), ensure_ascii=False))


@alerts_app.command("remove")
def remove_command(name: Annotated[str, typer.Argument(help="The subscriber.")], db: DbOpt = None) -> None:
    """Remove a subscription (its delivery log stays)."""
    from aiwatch.collect.alerts import remove_subscription

    try:
        with _open(db) as store:
            remove_subscription(store, name)
    except AiwatchError as error:
        raise _fail(error) from None
    print(f"alerts: removed {name}", file=sys.stderr)


@alerts_app.command("run")
def run_command(db: DbOpt = None, config: ConfigOpt = None) -> None:
    """Match the articles stored since the last pass and deliver due alerts (retries included)."""
    from aiwatch.collect.alerts import Alerter

    with open_declared(db, config) as store:
        counts = Alerter(store, log=_log).run()
    print(f"alerts: {counts.line()}", file=sys.stderr)
    if counts.failed:
        raise typer.Exit(1)


@alerts_app.command("log")
def log_command(
    db: DbOpt = None,
    subscription: Annotated[str | None, typer.Option("--subscription", help="Only this subscriber.")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", help="Newest first, at most this many.")] = 50,
) -> None:
    """Deliveries, newest first: status, attempts, last error."""
    from aiwatch.collect.alerts import delivery_log

    with _open(db, read_only=True) as store:
        for row in delivery_log(store, subscription, limit):
            print(json.dumps(row, ensure_ascii=False))


def digest(
    subscriber: Annotated[str, typer.Option("--subscriber", "-s", help="The subscription's name.")],
    db: DbOpt = None,
    since: Annotated[
        str | None, typer.Option("--since", help="First day, YYYY-MM-DD (default: by its period).")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Last day, YYYY-MM-DD (default: today, in the digests' time zone).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="md or html.")] = "md",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    send: Annotated[bool, typer.Option("--send", help="Also email it to the subscriber's addresses.")] = False,
    config: ConfigOpt = None,
) -> None:
    """A subscriber's digest: the period's stories with all their sources, rising technologies and
    entities, new figures, with links."""
    from datetime import date

    from aiwatch.collect.alerts import get_subscription
    from aiwatch.collect.commands import declared_zone
    from aiwatch.collect.declared import find_declared
    from aiwatch.collect.delivery import DeliveryError
    from aiwatch.collect.digest import build_digest, local_day, period_for, render_html, render_markdown, send_digest
    from aiwatch.collect.sources import now
    from aiwatch.report.commands import write_text

    if fmt not in ("md", "html"):
        raise typer.BadParameter("--format must be md or html")
    for value in (since, until):
        if value:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise typer.BadParameter(f"not a day: {value!r} (use YYYY-MM-DD)") from None
    try:
        declared = find_declared(config)  # read once: its time zone, then its subscriptions
        today = local_day(now(), declared_zone(declared))
        with open_declared(db, config, read_only=not send, declared=declared) as store:
            subscription = get_subscription(store, subscriber)
            first, last = period_for(subscription["digest"], since, until, today)
            data = build_digest(store, subscription, first, last)
            if send:
                to = send_digest(store, subscription, data)
                print(f"digest: sent to {', '.join(to)}", file=sys.stderr)
    except DeliveryError as error:
        print(f"digest: {error}", file=sys.stderr)
        raise typer.Exit(1) from None
    except AiwatchError as error:
        raise _fail(error) from None
    write_text(render_markdown(data) if fmt == "md" else render_html(data), output)
    print(f"digest: {len(data['stories'])} stories, {data['articles']} articles, {first} — {last}", file=sys.stderr)


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")
    app.command()(digest)

"""Command-line tasks: `flask seed-demo`, `flask create-user`, `flask media gc`,
`flask outbox send`."""

import time

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy import select

from .extensions import db
from .models import CreatorProfile, Role
from .services import accounts
from .services import media as media_service


def register(app: Flask) -> None:
    app.cli.add_command(seed_demo)
    app.cli.add_command(create_user)
    app.cli.add_command(media_cli)
    app.cli.add_command(outbox_cli)


media_cli = AppGroup("media", help="Stored media.")
outbox_cli = AppGroup("outbox", help="E-mails waiting to be sent.")


@outbox_cli.command("send")
@click.option(
    "--every",
    type=click.IntRange(min=1),
    help="Keep running, sending every N seconds (a small sidecar process instead of cron).",
)
def outbox_send(every):
    """Queue reminders for inquiries unanswered for 48 hours, then send every e-mail that is
    due (new ones, and failed ones whose retry time has come). Run it every minute or so,
    from cron (`* * * * * cd /srv/etalase && .venv/bin/flask outbox send`) or as a process of
    its own with `--every 60`."""
    while True:
        _send_outbox()
        if not every:
            return
        db.session.remove()  # a fresh session for the next round
        time.sleep(every)


def _send_outbox() -> None:
    from .services import inquiries, outbox

    reminders = inquiries.queue_reminders()
    report = outbox.send_due()
    click.echo(
        f"outbox: {report.sent} sent, {report.retrying} to retry, {report.failed} failed; "
        f"{reminders} reminders queued"
    )


@media_cli.command("gc")
@click.option("--apply", is_flag=True, help="Remove the orphaned objects (older than an hour).")
def media_gc(apply):
    """Report stored objects no row references, and rows whose object is missing."""
    report = media_service.collect_garbage(apply=apply)
    for key in report.orphans:
        click.echo(f"orphan  {key}")
    for key in report.missing:
        click.echo(f"missing {key}")
    click.echo(
        f"{len(report.orphans)} orphaned, {len(report.missing)} missing, "
        f"{len(report.removed)} removed"
    )


@click.command("seed-demo")
@with_appcontext
@click.option("--if-empty", is_flag=True, help="Only when the site has no creators yet.")
@click.option(
    "--scale", type=click.IntRange(min=0), default=0, help="Also make N load-test creators."
)
def seed_demo(if_empty, scale):
    """Load about 30 demo creators with works and artwork; running it again adds nothing."""
    from .demo import seed_demo as seed
    from .demo.scale import seed_scale

    if current_app.config["SHOWCASE_ENV"] == "production":
        raise click.ClickException(
            "seed-demo makes accounts with a published password: not in production."
        )
    if if_empty and db.session.scalar(select(CreatorProfile.id).limit(1)) is not None:
        click.echo("demo data: skipped, the site already has creators")
        return
    created = seed()
    click.echo(f"demo data: {created} creators added")
    if scale:
        click.echo(f"load-test data: {seed_scale(scale)} creators added")


@click.command("create-user")
@with_appcontext
@click.argument("email")
@click.option("--role", type=click.Choice([Role.CURATOR.value, Role.ADMIN.value]), required=True)
@click.password_option(prompt="Password")
def create_user(email, role, password):
    """Create a curator or admin account; asks for the password."""
    problem = accounts.password_problem(password)
    if problem:
        raise click.BadParameter(str(problem), param_hint="password")
    try:
        email = accounts.normalise_email(email)
        accounts.create_staff(email, password, Role(role))
    except accounts.AccountError as error:
        raise click.ClickException(str(error.message)) from error
    click.echo(f"{role} {email} created")

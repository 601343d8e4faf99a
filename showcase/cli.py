"""Command-line tasks: `flask seed-demo`, `flask create-user`, `flask media gc`,
`flask tasks consume`."""

import logging
import os

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
    app.cli.add_command(tasks_cli)


media_cli = AppGroup("media", help="Stored media.")
tasks_cli = AppGroup("tasks", help="Background work.")


@tasks_cli.command("consume")
@click.option("--workers", type=click.IntRange(min=1), default=2, help="Tasks run at once.")
def tasks_consume(workers):
    """Run the task queue's consumer: it sends the outbox's e-mails, makes the media pages
    play, and runs the periodic sweep every minute. Stop it with Ctrl-C (it finishes the
    tasks it has begun)."""
    from . import tasks

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    app = current_app._get_current_object()
    if not app.config["SERVER_NAME"]:  # development: mail links name the local server
        app.config["SERVER_NAME"] = f"127.0.0.1:{os.environ.get('WEB_PORT', '5000')}"
    tasks.consumer(app, workers=workers).run()


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

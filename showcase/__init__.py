"""Etalase: portfolio pages for the creators of Nusa Tenggara Timur."""

from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from . import config as settings
from .extensions import babel, csrf, db, limiter, login_manager, migrate
from .http import IdConverter, Request, SessionInterface

ROOT = Path(__file__).resolve().parent.parent


def create_app(overrides: dict | None = None, instance_path: str | None = None) -> Flask:
    """Build the app: defaults from the environment, then instance/config.py, then overrides."""
    app = Flask(
        __name__,
        instance_path=instance_path or str(ROOT / "instance"),
        instance_relative_config=True,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    app.request_class = Request
    app.session_interface = SessionInterface()
    app.url_map.converters["id"] = IdConverter
    app.config.update(settings.defaults(app.instance_path))
    app.config.from_pyfile("config.py", silent=True)
    app.config.update(overrides or {})
    settings.finalise(app.config, app.instance_path)

    if app.config["PROXY_COUNT"]:
        count = app.config["PROXY_COUNT"]
        # The host is not taken from proxies: SERVER_NAME names it.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count)

    _init_extensions(app)
    _register_blueprints(app)

    from . import cli, errors, security, templating

    errors.register(app)
    security.register(app)
    templating.register(app)
    cli.register(app)
    return app


def _init_extensions(app: Flask) -> None:
    from . import i18n, tasks
    from .auth.sessions import load_user
    from .caching import init_cache

    db.init_app(app)
    migrate.init_app(
        app, db, directory=str(ROOT / "migrations"), render_as_batch=True, compare_type=True
    )
    csrf.init_app(app)
    limiter.init_app(app)
    babel.init_app(app, locale_selector=i18n.select_locale)
    init_cache(app)
    tasks.init_app(app)
    login_manager.init_app(app)
    # Phones hop between Wi-Fi and mobile data: "strong" would log them out.
    login_manager.session_protection = "basic"
    login_manager.login_view = "auth.login"
    login_manager.login_message = i18n.LOGIN_MESSAGE
    login_manager.login_message_category = "info"
    login_manager.user_loader(load_user)


def _register_blueprints(app: Flask) -> None:
    from .api import bp as api_bp
    from .auth import bp as auth_bp
    from .browse import bp as browse_bp
    from .creators import bp as creators_bp
    from .curation import bp as curation_bp
    from .inquiries import bp as inquiries_bp
    from .media.routes import bp as media_bp
    from .pages import bp as pages_bp

    app.register_blueprint(api_bp)
    app.register_blueprint(auth_bp)
    app.register_blueprint(browse_bp)
    app.register_blueprint(creators_bp)
    app.register_blueprint(curation_bp)
    app.register_blueprint(inquiries_bp)
    app.register_blueprint(media_bp)
    app.register_blueprint(pages_bp)

"""Every setting, its default and the environment variable it comes from.

Layers, later wins: these defaults (read from the environment), then an optional
``instance/config.py``, then the ``overrides`` mapping given to ``create_app``.
"""

import os
import secrets
from pathlib import Path

ENVIRONMENTS = ("development", "production")


class ConfigError(RuntimeError):
    """The settings cannot work; the message says what to change."""


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_int(name: str, default: int | None) -> int | None:
    value = os.environ.get(name)
    return int(value) if value else default


def defaults(instance_path: str) -> dict:
    """The settings as the environment gives them, with embedded defaults."""
    sqlite_file = Path(instance_path) / "etalase.db"
    return {
        "SHOWCASE_ENV": os.environ.get("SHOWCASE_ENV", "development"),
        # The public host (e.g. etalase.id): links in e-mails name it, never a request's Host.
        "SERVER_NAME": os.environ.get("SERVER_NAME") or None,
        "SECRET_KEY": os.environ.get("SECRET_KEY"),
        "SQLALCHEMY_DATABASE_URI": database_url(
            os.environ.get("DATABASE_URL", f"sqlite:///{sqlite_file}")
        ),
        "MEDIA_BACKEND": os.environ.get("MEDIA_BACKEND", "local"),
        "MEDIA_ROOT": os.environ.get("MEDIA_ROOT", str(Path(instance_path) / "media")),
        "S3_BUCKET": os.environ.get("S3_BUCKET", ""),
        "S3_ENDPOINT_URL": os.environ.get("S3_ENDPOINT_URL", ""),
        "S3_REGION": os.environ.get("S3_REGION", ""),
        "S3_ACCESS_KEY_ID": os.environ.get("S3_ACCESS_KEY_ID", ""),
        "S3_SECRET_ACCESS_KEY": os.environ.get("S3_SECRET_ACCESS_KEY", ""),
        "S3_PATH_STYLE": _env_bool("S3_PATH_STYLE", False),
        "S3_PUBLIC_BASE_URL": os.environ.get("S3_PUBLIC_BASE_URL", ""),
        "S3_URL_EXPIRY": _env_int("S3_URL_EXPIRY", 3600),
        # Browser uploads straight to the bucket by presigned POST (off for stores without it).
        "S3_DIRECT_UPLOADS": _env_bool("S3_DIRECT_UPLOADS", True),
        "IMAGE_MAX_MB": _env_int("IMAGE_MAX_MB", 15),
        "AUDIO_MAX_MB": _env_int("AUDIO_MAX_MB", 30),
        "VIDEO_MAX_MB": _env_int("VIDEO_MAX_MB", 100),
        # Recordings and videos are made ready by ffmpeg: the imageio-ffmpeg wheel's, unless
        # this names another; each run may use this much memory (address space).
        "FFMPEG_BINARY": os.environ.get("FFMPEG_BINARY", ""),
        "FFMPEG_MEMORY_MB": _env_int("FFMPEG_MEMORY_MB", 1536),
        "AUDIO_MAX_MINUTES": _env_int("AUDIO_MAX_MINUTES", 30),
        "VIDEO_MAX_MINUTES": _env_int("VIDEO_MAX_MINUTES", 10),
        "CONTACT_EMAIL": os.environ.get("CONTACT_EMAIL", ""),  # for privacy requests
        "MAIL_SERVER": os.environ.get("MAIL_SERVER", ""),
        "MAIL_PORT": _env_int("MAIL_PORT", 25),
        "MAIL_USERNAME": os.environ.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": os.environ.get("MAIL_PASSWORD", ""),
        "MAIL_USE_TLS": _env_bool("MAIL_USE_TLS", False),
        "MAIL_USE_SSL": _env_bool("MAIL_USE_SSL", False),
        "MAIL_TIMEOUT": _env_int("MAIL_TIMEOUT", 10),
        "MAIL_DEFAULT_SENDER": os.environ.get(
            "MAIL_DEFAULT_SENDER", "Etalase <no-reply@etalase.local>"
        ),
        # Background work (showcase.tasks): a SQLite file by default, redis://... in production.
        "TASK_QUEUE_URL": os.environ.get(
            "TASK_QUEUE_URL", f"sqlite:///{Path(instance_path) / 'tasks.db'}"
        ),
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        "RATELIMIT_HEADERS_ENABLED": True,
        "LOGIN_LIMIT_PER_ACCOUNT": os.environ.get("LOGIN_LIMIT_PER_ACCOUNT", "10 per 15 minutes"),
        "LOGIN_LIMIT_PER_IP": os.environ.get("LOGIN_LIMIT_PER_IP", "100 per 15 minutes"),
        # From every client together; a browser its owner has logged in with is spared.
        "LOGIN_LIMIT_PER_ACCOUNT_ANYWHERE": os.environ.get(
            "LOGIN_LIMIT_PER_ACCOUNT_ANYWHERE", "50 per hour"
        ),
        "REGISTER_LIMIT_PER_IP": os.environ.get("REGISTER_LIMIT_PER_IP", "20 per hour"),
        "RESET_LIMIT_PER_IP": os.environ.get("RESET_LIMIT_PER_IP", "10 per hour"),
        # Rendered public pages, keyed by the data version (showcase.caching): in each process
        # by default, shared by every worker in Redis when CACHE_REDIS_URL is set.
        "CACHE_REDIS_URL": os.environ.get("CACHE_REDIS_URL", ""),
        # NullCache turns the page cache off (to measure pages as they render cold).
        "CACHE_TYPE": os.environ.get("CACHE_TYPE")
        or ("RedisCache" if os.environ.get("CACHE_REDIS_URL") else "SimpleCache"),
        "CACHE_DEFAULT_TIMEOUT": _env_int("CACHE_DEFAULT_TIMEOUT", 300),
        "CACHE_THRESHOLD": 500,
        "CACHE_KEY_PREFIX": "etalase:",
        # Inquiries: from one visitor (address and e-mail) to one creator, and from one address
        # (looser: many mobile users share a carrier's address); the least seconds to fill in.
        "INQUIRY_LIMIT_PER_VISITOR": os.environ.get("INQUIRY_LIMIT_PER_VISITOR", "5 per hour"),
        "INQUIRY_LIMIT_PER_IP": os.environ.get("INQUIRY_LIMIT_PER_IP", "60 per hour"),
        # Each inquiry mails its buyer a copy: a cap per address, so it cannot mail-bomb one.
        "INQUIRY_LIMIT_PER_EMAIL": os.environ.get("INQUIRY_LIMIT_PER_EMAIL", "20 per day"),
        "INQUIRY_MIN_SECONDS": _env_int("INQUIRY_MIN_SECONDS", 3),
        # Photos, recordings and videos sent by one account, all kinds together.
        "UPLOAD_LIMIT_PER_ACCOUNT": os.environ.get("UPLOAD_LIMIT_PER_ACCOUNT", "60 per hour"),
        "REPORT_LIMIT_PER_IP": os.environ.get("REPORT_LIMIT_PER_IP", "10 per hour"),
        # How many proxies stand in front (nginx: 1). None until set: production asks.
        "PROXY_COUNT": _env_int("PROXY_COUNT", None),
        "PASSWORD_HASH_METHOD": os.environ.get("PASSWORD_HASH_METHOD", "scrypt"),
        "PASSWORD_RESET_MAX_AGE": _env_int("PASSWORD_RESET_MAX_AGE", 3600),
        # A day: long enough for a slow typist (and a lapsed inquiry comes back filled in).
        "WTF_CSRF_TIME_LIMIT": _env_int("WTF_CSRF_TIME_LIMIT", 24 * 60 * 60),
        # None: decided by SHOWCASE_ENV in finalise() (secure in production).
        "SESSION_COOKIE_SECURE": None,
        "REMEMBER_COOKIE_SECURE": None,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "REMEMBER_COOKIE_DURATION": 60 * 60 * 24 * 60,
        "BABEL_DEFAULT_LOCALE": "id",
        # NTT keeps Central Indonesian Time (WITA, UTC+8): times on pages are shown in it.
        "BABEL_DEFAULT_TIMEZONE": "Asia/Makassar",
        # A creator's deleted works and photos can be brought back for this long.
        "UNDO_MINUTES": _env_int("UNDO_MINUTES", 30),
        "BABEL_TRANSLATION_DIRECTORIES": str(
            Path(__file__).resolve().parent.parent / "translations"
        ),
        "LANGUAGES": ("id", "en"),
        # Every body is refused unread above this; the upload views raise it for their files.
        "MAX_CONTENT_LENGTH": _env_int("MAX_CONTENT_LENGTH", 1024 * 1024),
        "MAX_FORM_MEMORY_SIZE": 500_000,
        "MAX_FORM_PARTS": 1000,
    }


def database_url(url: str) -> str:
    """Make a provider's URL use the psycopg 3 driver we install."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def finalise(config: dict, instance_path: str) -> None:
    """Check the merged settings and fill in what may be derived."""
    env = config["SHOWCASE_ENV"]
    if env not in ENVIRONMENTS:
        raise ConfigError(f"SHOWCASE_ENV must be one of {', '.join(ENVIRONMENTS)}, not {env!r}.")
    production = env == "production"
    if not config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        # A database server may drop idle connections; a file cannot.
        config.setdefault("SQLALCHEMY_ENGINE_OPTIONS", {}).setdefault("pool_pre_ping", True)
    if not config.get("SECRET_KEY"):
        if production:
            raise ConfigError(
                "SECRET_KEY is not set. In production it must come from the environment "
                "(e.g. SECRET_KEY=$(python -c 'import secrets; print(secrets.token_hex(32))')), "
                "the same for every app process, so that sessions and reset links stay valid."
            )
        config["SECRET_KEY"] = _development_secret(Path(instance_path))
    for name in ("SESSION_COOKIE_SECURE", "REMEMBER_COOKIE_SECURE"):
        if config.get(name) is None:
            config[name] = production
    if production and not config.get("SERVER_NAME"):
        raise ConfigError(
            "SERVER_NAME is not set. In production it names the public host (e.g. etalase.id), "
            "so that links in e-mails never take the host a request claims."
        )
    if config.get("PROXY_COUNT") is None:
        if production:
            raise ConfigError(
                "PROXY_COUNT is not set. Set it to the number of proxies in front of the app "
                "(1 behind nginx, 0 if clients connect directly): behind a proxy, 0 would make "
                "every per-address limit count the whole site as one visitor."
            )
        config["PROXY_COUNT"] = 0
    if production and config["RATELIMIT_STORAGE_URI"].startswith("memory://"):
        raise ConfigError(
            "RATELIMIT_STORAGE_URI is memory://. In production set a shared store "
            "(redis://...), or each app process keeps its own counts."
        )
    if production and config["TASK_QUEUE_URL"].startswith("memory://"):
        raise ConfigError(
            "TASK_QUEUE_URL is memory://. In production set redis://... so that the task "
            "consumers see what the app processes enqueue."
        )
    if config["MEDIA_BACKEND"] == "s3" and not config.get("S3_BUCKET"):
        raise ConfigError("MEDIA_BACKEND is s3 but S3_BUCKET is not set.")
    config["PREFERRED_URL_SCHEME"] = "https" if production else "http"
    if production and config.get("TRUSTED_HOSTS") is None:
        # Flask 3.1 no longer refuses a Host other than SERVER_NAME: this does (400).
        config["TRUSTED_HOSTS"] = [config["SERVER_NAME"].split(":")[0]]


def _development_secret(instance: Path) -> str:
    """A key generated once and kept in instance/, so restarts keep sessions."""
    path = instance / "secret_key"
    if path.exists():
        return path.read_text().strip()
    instance.mkdir(parents=True, exist_ok=True)
    # Written aside, then linked into place: when two workers start at once,
    # one key wins and both read it.
    draft = instance / f".secret_key.{os.getpid()}"
    draft.write_text(secrets.token_hex(32))
    draft.chmod(0o600)
    try:
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()
    return path.read_text().strip()

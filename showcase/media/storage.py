"""Where media bytes live. One small interface; the backend is chosen by MEDIA_BACKEND.

Keys are made on the server (see ``make_key``) and never come from a user. The S3 backend
joins the registry with the media issue.
"""

import hashlib
import os
import re
import secrets
from pathlib import Path

from flask import current_app, url_for


class StorageError(RuntimeError):
    """Storage could not do what was asked; every backend failure is re-raised as this."""


_SAFE_NAME = re.compile(r"[^a-z0-9._-]+")


def make_key(kind: str, owner: int | str, filename: str) -> str:
    """kind/owner/random/safe-name: unguessable, and never a path a user chose."""
    name = _SAFE_NAME.sub("-", filename.lower()).strip(".-")[:60] or "file"
    return f"{kind}/{owner}/{secrets.token_urlsafe(12)}/{name}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class LocalStorage:
    """Files under MEDIA_ROOT, served by the app at /media/<key>."""

    name = "local"

    def __init__(self, root: str):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        path = (self.root / key).resolve()
        if self.root.resolve() not in path.parents:
            raise StorageError(f"key outside the media root: {key!r}")
        return path

    def put(self, key: str, data: bytes, content_type: str) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            draft = path.with_name(f".{path.name}.{os.getpid()}")
            draft.write_bytes(data)
            draft.replace(path)
        except OSError as error:
            raise StorageError(str(error)) from error

    def open(self, key: str) -> bytes:
        try:
            return self._path(key).read_bytes()
        except OSError as error:
            raise StorageError(str(error)) from error

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        try:
            self._path(key).unlink(missing_ok=True)
        except OSError as error:
            raise StorageError(str(error)) from error

    def path(self, key: str) -> Path:
        return self._path(key)

    def url(self, key: str) -> str:
        return url_for("media.serve", key=key)


BACKENDS = {"local": lambda config: LocalStorage(config["MEDIA_ROOT"])}


def get_storage():
    """The app's storage backend, built once per app (and so once per worker process)."""
    extensions = current_app.extensions
    if "showcase.storage" not in extensions:
        backend = current_app.config["MEDIA_BACKEND"]
        if backend not in BACKENDS:
            raise StorageError(f"unknown MEDIA_BACKEND {backend!r}; use one of {sorted(BACKENDS)}")
        extensions["showcase.storage"] = BACKENDS[backend](current_app.config)
    return extensions["showcase.storage"]

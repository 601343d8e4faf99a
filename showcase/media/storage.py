"""Where media bytes live: one small interface, two backends, chosen by MEDIA_BACKEND.

Keys are made on the server (``make_key``) and never come from a user. Every backend failure
is re-raised as ``StorageError``, so callers handle one exception.
"""

import hashlib
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError
from flask import current_app, url_for

ONE_YEAR = 60 * 60 * 24 * 365
# Anything a creator shows can be hidden by curators: kept an hour, then asked for again (a
# 304 while it is unchanged), so a hidden work's files leave shared caches within the hour.
MEDIA_MAX_AGE = 60 * 60
CACHEABLE = f"public, max-age={MEDIA_MAX_AGE}"


class StorageError(RuntimeError):
    """Storage could not do what was asked."""


@dataclass(frozen=True)
class StoredObject:
    key: str
    size: int
    content_type: str
    modified: datetime


_SAFE_NAME = re.compile(r"[^a-z0-9._-]+")


def make_key(kind: str, owner: int | str, filename: str) -> str:
    """kind/owner/random/safe-name: unguessable, and never a path a user chose."""
    name = _SAFE_NAME.sub("-", filename.lower()).strip(".-")[-60:] or "file"
    return f"{kind}/{owner}/{secrets.token_urlsafe(12)}/{name}"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class LocalStorage:
    """Files under MEDIA_ROOT, served by the app at /media/<key>."""

    name = "local"

    def __init__(self, root: str):
        self.root = Path(root).resolve()

    def path(self, key: str) -> Path:
        if "\x00" in key:
            raise StorageError("NUL in key")
        path = (self.root / key).resolve()
        if self.root not in path.parents:
            raise StorageError(f"key outside the media root: {key!r}")
        return path

    def put(self, key: str, data: bytes, content_type: str) -> None:
        path = self.path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            draft = path.with_name(f".{path.name}.{os.getpid()}.part")
            draft.write_bytes(data)
            draft.replace(path)
        except OSError as error:
            raise StorageError(str(error)) from error

    def copy(self, source: str, target: str) -> None:
        """Store ``source``'s bytes under ``target`` too (a hard link: no second copy)."""
        path = self.path(target)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            os.link(self.path(source), path)
        except OSError as error:
            raise StorageError(str(error)) from error

    def open(self, key: str) -> bytes:
        try:
            return self.path(key).read_bytes()
        except OSError as error:
            raise StorageError(str(error)) from error

    def read_start(self, key: str, length: int) -> bytes:
        try:
            with self.path(key).open("rb") as handle:
                return handle.read(length)
        except OSError as error:
            raise StorageError(str(error)) from error

    def head(self, key: str) -> StoredObject | None:
        path = self.path(key)
        if not path.is_file():
            return None
        stat = path.stat()
        modified = datetime.fromtimestamp(stat.st_mtime, UTC)
        return StoredObject(key, stat.st_size, "application/octet-stream", modified)

    def delete(self, key: str) -> None:
        try:
            self.path(key).unlink(missing_ok=True)
            self._prune(self.path(key).parent)
        except OSError as error:
            raise StorageError(str(error)) from error

    def keys(self) -> Iterator[str]:
        for path in self.root.rglob("*"):
            if path.is_file() and not path.name.endswith(".part"):
                yield path.relative_to(self.root).as_posix()

    def url(self, key: str) -> str:
        return url_for("media.serve", key=key)

    def _prune(self, folder: Path) -> None:
        """Remove the empty folders a deleted key leaves behind."""
        while folder != self.root and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


class S3Storage:
    """An S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, ...) through boto3.

    The client is built on first use in each process, so worker processes forked by gunicorn
    never share one built before the fork.
    """

    name = "s3"

    def __init__(self, config):
        self.bucket = config["S3_BUCKET"]
        self.public_base_url = (config.get("S3_PUBLIC_BASE_URL") or "").rstrip("/")
        self.url_expiry = config.get("S3_URL_EXPIRY", 3600)
        self._settings = {
            "endpoint_url": config.get("S3_ENDPOINT_URL") or None,
            "region_name": config.get("S3_REGION") or None,
            "aws_access_key_id": config.get("S3_ACCESS_KEY_ID") or None,
            "aws_secret_access_key": config.get("S3_SECRET_ACCESS_KEY") or None,
        }
        self._addressing = "path" if config.get("S3_PATH_STYLE") else "auto"
        self._client = None
        self._client_pid = None

    @property
    def client(self):
        if self._client is None or self._client_pid != os.getpid():
            options = Config(
                s3={"addressing_style": self._addressing},
                signature_version="s3v4",
                retries={"max_attempts": 3, "mode": "standard"},
                connect_timeout=5,
                read_timeout=30,
            )
            self._client = boto3.session.Session().client("s3", config=options, **self._settings)
            self._client_pid = os.getpid()
        return self._client

    def _call(self, operation: str, **arguments):
        try:
            return getattr(self.client, operation)(Bucket=self.bucket, **arguments)
        except (BotoCoreError, ClientError) as error:
            raise StorageError(f"{operation}: {error}") from error

    def put(self, key: str, data: bytes, content_type: str) -> None:
        self._call(
            "put_object", Key=key, Body=data, ContentType=content_type, CacheControl=CACHEABLE
        )

    def copy(self, source: str, target: str) -> None:
        """Store ``source``'s bytes under ``target`` too, copied inside the bucket with its
        type and cache headers."""
        self._call("copy_object", Key=target, CopySource={"Bucket": self.bucket, "Key": source})

    def open(self, key: str) -> bytes:
        return self._read(self._call("get_object", Key=key))

    def read_start(self, key: str, length: int) -> bytes:
        return self._read(self._call("get_object", Key=key, Range=f"bytes=0-{length - 1}"))

    @staticmethod
    def _read(answer) -> bytes:
        try:
            return answer["Body"].read()
        except (BotoCoreError, OSError) as error:
            raise StorageError(f"read: {error}") from error

    def head(self, key: str) -> StoredObject | None:
        try:
            answer = self.client.head_object(Bucket=self.bucket, Key=key)
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise StorageError(f"head_object: {error}") from error
        except BotoCoreError as error:
            raise StorageError(f"head_object: {error}") from error
        return StoredObject(
            key, answer["ContentLength"], answer.get("ContentType", ""), answer["LastModified"]
        )

    def delete(self, key: str) -> None:
        self._call("delete_object", Key=key)

    def keys(self) -> Iterator[str]:
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket)
            for page in pages:
                for item in page.get("Contents", []):
                    yield item["Key"]
        except (BotoCoreError, ClientError) as error:
            raise StorageError(f"list_objects_v2: {error}") from error

    def url(self, key: str) -> str:
        if self.public_base_url:
            return f"{self.public_base_url}/{key}"
        try:
            return self.client.generate_presigned_url(
                "get_object", Params={"Bucket": self.bucket, "Key": key}, ExpiresIn=self.url_expiry
            )
        except (BotoCoreError, ClientError) as error:
            raise StorageError(f"presign: {error}") from error

    def presigned_post(self, key: str, content_type: str, max_size: int, expires: int = 900):
        """Fields for a browser to POST one file straight to the bucket.

        Not every S3-compatible server enforces these conditions, so the app checks the object
        itself before attaching it.
        """
        conditions = [
            {"Content-Type": content_type},
            ["content-length-range", 1, max_size],
        ]
        try:
            return self.client.generate_presigned_post(
                self.bucket,
                key,
                Fields={"Content-Type": content_type},
                Conditions=conditions,
                ExpiresIn=expires,
            )
        except (BotoCoreError, ClientError) as error:
            raise StorageError(f"presign post: {error}") from error


BACKENDS = {
    "local": lambda config: LocalStorage(config["MEDIA_ROOT"]),
    "s3": S3Storage,
}


def get_storage():
    """The app's storage backend, made once per app and process."""
    extensions = current_app.extensions
    if "showcase.storage" not in extensions:
        backend = current_app.config["MEDIA_BACKEND"]
        if backend not in BACKENDS:
            raise StorageError(f"unknown MEDIA_BACKEND {backend!r}; use one of {sorted(BACKENDS)}")
        extensions["showcase.storage"] = BACKENDS[backend](current_app.config)
    return extensions["showcase.storage"]

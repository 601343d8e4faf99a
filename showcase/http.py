"""The request class: urlencoded form bodies are bounded before they are read (in bytes, by
MAX_FORM_MEMORY_SIZE, and in fields, by MAX_FORM_PARTS), and bytes that are not valid UTF-8
decode to U+FFFD, which the form fields refuse with a message, instead of failing or passing
through as "%FF"."""

import re
from urllib.parse import unquote_to_bytes

from flask import Request as FlaskRequest
from flask.sessions import SecureCookieSessionInterface
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.formparser import FormDataParser
from werkzeug.routing import IntegerConverter


class FormParser(FormDataParser):
    def _parse_urlencoded(self, stream, mimetype, content_length, options):
        limit = self.max_form_memory_size
        if limit is not None and (content_length is None or content_length > limit):
            raise RequestEntityTooLarge()  # refused unread (a chunked body has no length)
        body = stream.read(limit + 1 if limit is not None else -1)
        if limit is not None and len(body) > limit:
            raise RequestEntityTooLarge()
        if self.max_form_parts is not None and body.count(b"&") >= self.max_form_parts:
            raise RequestEntityTooLarge()
        return stream, self.cls(_fields(body)), self.cls()


_FIELD = re.compile(rb"([^&=]*)=?([^&]*)")


def _fields(body: bytes):
    """Name/value pairs of an urlencoded body, percent-escapes and raw bytes alike decoded as
    UTF-8 (with replacement), one field at a time (no copy of the whole body)."""
    for match in _FIELD.finditer(body):
        if match.end() > match.start():
            yield _text(match[1]), _text(match[2])


def _text(raw: bytes) -> str:
    if b"+" in raw:
        raw = raw.replace(b"+", b" ")
    if b"%" in raw:
        raw = unquote_to_bytes(raw)
    return raw.decode("utf-8", "replace")


class Request(FlaskRequest):
    form_data_parser_class = FormParser


class SessionInterface(SecureCookieSessionInterface):
    """Flask's signed-cookie sessions, with the signer kept: Flask builds it anew for every
    request, and building one costs more than signing."""

    def __init__(self):
        self._signers = {}

    def get_signing_serializer(self, app):
        keys = (app.secret_key, *(app.config["SECRET_KEY_FALLBACKS"] or ()))
        if keys not in self._signers:
            self._signers[keys] = super().get_signing_serializer(app)
        return self._signers[keys]


class IdConverter(IntegerConverter):
    """A row id in a URL: ids beyond what the database holds are a 404, not an overflow."""

    def __init__(self, url_map, max=2**31 - 1):  # noqa: A002 (werkzeug's argument name)
        super().__init__(url_map, min=1, max=max)

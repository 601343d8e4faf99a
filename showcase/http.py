"""The request class: form bodies that are not valid UTF-8 decode to U+FFFD, which the form
fields refuse with a message, instead of failing or passing through as "%FF"."""

import re
from urllib.parse import parse_qsl

from flask import Request as FlaskRequest
from flask.sessions import SecureCookieSessionInterface
from werkzeug.formparser import FormDataParser
from werkzeug.routing import IntegerConverter

_RAW_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


class FormParser(FormDataParser):
    def _parse_urlencoded(self, stream, mimetype, content_length, options):
        # Browsers percent-encode everything; quote stray raw bytes the same way so that one
        # UTF-8 decode (with replacement) treats both alike.
        body = _RAW_HIGH_BYTE.sub(lambda match: b"%%%02X" % match[0][0], stream.read())
        items = parse_qsl(
            body.decode("ascii"), keep_blank_values=True, encoding="utf-8", errors="replace"
        )
        return stream, self.cls(items), self.cls()


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

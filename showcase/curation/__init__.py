"""The curator area at /curate: featuring, collections, verification, moderation, the audit
log; and for admins, roles, deactivation and counts."""

from flask import Blueprint

bp = Blueprint("curation", __name__)

from . import routes  # noqa: E402,F401

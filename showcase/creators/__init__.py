from flask import Blueprint

bp = Blueprint("creators", __name__)

from . import dashboard, routes  # noqa: E402, F401

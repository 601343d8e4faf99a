from flask import Blueprint

bp = Blueprint("creators", __name__)

from . import dashboard, routes, uploads  # noqa: E402, F401

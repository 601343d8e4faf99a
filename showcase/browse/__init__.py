from flask import Blueprint

bp = Blueprint("browse", __name__)

from . import routes  # noqa: E402, F401

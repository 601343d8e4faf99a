"""Inquiries: the buyer's form on creator and work pages, and the creator's inbox."""

from flask import Blueprint

bp = Blueprint("inquiries", __name__)

from . import routes  # noqa: E402,F401

"""The words curators read for the codes the curation area stores: report reasons, audit
actions, roles. Every page and form of the area takes its labels from here."""

from flask_babel import lazy_gettext as _l

from ..models import Role
from ..services.curation import AUDIT_ACTIONS, REPORT_REASONS

REPORT_LABELS = {
    "spam": _l("Spam or a scam"),
    "impersonation": _l("Pretends to be someone else"),
    "offensive": _l("Offensive or hateful"),
    "copyright": _l("Uses someone else's work or a community's motif without right"),
    "other": _l("Something else"),
}

ACTION_LABELS = {
    "creator.hide": _l("Hid a creator's page"),
    "creator.restore": _l("Showed a creator's page again"),
    "work.hide": _l("Hid a work"),
    "work.restore": _l("Showed a work again"),
    "report.dismissed": _l("Dismissed a report"),
    "report.actioned": _l("Hid what a report named"),
    "verification.approved": _l("Verified a creator"),
    "verification.declined": _l("Declined a verification request"),
    "feature.add": _l("Featured a creator"),
    "feature.remove": _l("Removed a feature"),
    "collection.create": _l("Made a collection"),
    "collection.edit": _l("Changed a collection"),
    "collection.add": _l("Added a creator to a collection"),
    "collection.remove": _l("Took a creator out of a collection"),
    "user.role": _l("Changed a role"),
    "user.activate": _l("Opened an account again"),
    "user.deactivate": _l("Deactivated an account"),
}

ROLE_LABELS = {
    Role.CREATOR.value: _l("Creator"),
    Role.CURATOR.value: _l("Curator"),
    Role.ADMIN.value: _l("Administrator"),
}

# An action stored before its label was written still reads as words.
OTHER_ACTION = _l("Another decision")


def report_label(reason: str) -> str:
    return str(REPORT_LABELS.get(reason, REPORT_LABELS["other"]))


def action_label(action: str) -> str:
    return str(ACTION_LABELS.get(action, OTHER_ACTION))


def role_label(role: str) -> str:
    return str(ROLE_LABELS.get(role, role))


assert set(REPORT_LABELS) == set(REPORT_REASONS)
assert set(ACTION_LABELS) == set(AUDIT_ACTIONS)

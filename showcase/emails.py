"""Every e-mail the site sends is composed here: its subject and body in the reader's language,
from a template in templates/emails/, with links on the site's own host (SERVER_NAME)."""

from dataclasses import dataclass

from flask import render_template, url_for
from flask_babel import force_locale
from flask_babel import gettext as _

from .models import Inquiry, Notice, NoticeKind

# Creators read the site in Indonesian first; they choose no language for mail.
CREATOR_LANGUAGE = "id"


@dataclass(frozen=True)
class Email:
    subject: str
    body: str


def password_reset(token: str, minutes: int, language: str) -> Email:
    link = url_for("auth.reset_password", token=token, _external=True)
    with force_locale(language):
        return Email(
            _("Choose a new Etalase password"),
            render_template("emails/reset_password.txt", link=link, minutes=minutes),
        )


def inquiry_to_creator(inquiry: Inquiry) -> Email:
    with force_locale(CREATOR_LANGUAGE):
        subject = _("New inquiry from %(name)s on Etalase", name=inquiry.name)
        return Email(subject, _inquiry_body("emails/inquiry_to_creator.txt", inquiry))


def inquiry_reminder(inquiry: Inquiry) -> Email:
    with force_locale(CREATOR_LANGUAGE):
        subject = _("Waiting for your reply: %(name)s", name=inquiry.name)
        return Email(subject, _inquiry_body("emails/inquiry_reminder.txt", inquiry))


def inquiry_to_buyer(inquiry: Inquiry) -> Email:
    with force_locale(inquiry.language):
        subject = _("Your inquiry to %(name)s", name=inquiry.creator.display_name)
        return Email(subject, _inquiry_body("emails/inquiry_to_buyer.txt", inquiry))


def _inquiry_body(template: str, inquiry: Inquiry) -> str:
    return render_template(
        template,
        inquiry=inquiry,
        page=url_for("creators.page", handle=inquiry.creator.handle, _external=True),
        inbox=url_for("inquiries.detail", inquiry_id=inquiry.id, _external=True),
    )


NOTICE_SUBJECTS = {
    NoticeKind.VERIFIED: "Your Etalase page is verified",
    NoticeKind.FEATURED: "Your page is featured on Etalase",
    NoticeKind.HIDDEN: "Your Etalase page has been hidden",
    NoticeKind.WORK_HIDDEN: "One of your works has been hidden on Etalase",
    NoticeKind.SHOWN_AGAIN: "Your Etalase page is shown again",
}


def notice(notice: Notice) -> Email:
    with force_locale(CREATOR_LANGUAGE):
        return Email(
            _(NOTICE_SUBJECTS[NoticeKind(notice.kind)]),
            render_template(
                "emails/notice.txt",
                notice=notice,
                dashboard=url_for("creators.dashboard", _external=True),
            ),
        )


def _subjects_for_extraction():  # pragma: no cover - lists the notice subjects for pybabel
    _("Your Etalase page is verified")
    _("Your page is featured on Etalase")
    _("Your Etalase page has been hidden")
    _("One of your works has been hidden on Etalase")
    _("Your Etalase page is shown again")

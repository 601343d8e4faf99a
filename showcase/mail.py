"""The one way Etalase sends mail: printed to the console in development, SMTP when
MAIL_SERVER is set."""

import smtplib
import sys
from email.message import EmailMessage
from email.utils import make_msgid

from flask import current_app


class MailError(RuntimeError):
    """The mail could not be handed to the SMTP server."""


def new_message_id() -> str:
    return make_msgid(domain="etalase")


def send_mail(
    to: str,
    subject: str,
    body: str,
    reply_to: str | None = None,
    message_id: str | None = None,
) -> None:
    """Send a plain-text message; raise MailError when the server cannot take it.

    EmailMessage refuses header values with line breaks, so no caller can inject headers.
    A stored message keeps its ``message_id`` across retries, so receivers can tell a resend.
    """
    config = current_app.config
    message = EmailMessage()
    message["From"] = config["MAIL_DEFAULT_SENDER"]
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = message_id or new_message_id()
    if reply_to:
        message["Reply-To"] = reply_to
    message.set_content(body)
    if not config["MAIL_SERVER"]:
        print(f"--- mail (MAIL_SERVER is not set) ---\n{message}", file=sys.stdout, flush=True)
        return
    try:
        _deliver(message, config)
    except (smtplib.SMTPException, OSError) as error:
        current_app.logger.warning("mail to %s failed: %s", to, error)
        raise MailError(str(error)) from error


def _deliver(message: EmailMessage, config) -> None:
    smtp_class = smtplib.SMTP_SSL if config["MAIL_USE_SSL"] else smtplib.SMTP
    with smtp_class(
        config["MAIL_SERVER"], config["MAIL_PORT"], timeout=config["MAIL_TIMEOUT"]
    ) as smtp:
        if config["MAIL_USE_TLS"]:
            smtp.starttls()
        if config["MAIL_USERNAME"]:
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"])
        smtp.send_message(message)

"""How an inquiry shows to its creator: times in the site's zone, and replies that open the
buyer's e-mail or WhatsApp with a greeting in the buyer's language."""

from datetime import datetime
from urllib.parse import quote, urlencode

import phonenumbers
from babel.dates import get_timezone_name
from flask_babel import force_locale, format_date, format_time, to_user_timezone
from flask_babel import gettext as _

from ..i18n import localized
from ..models import Inquiry
from ..services import inquiries, social
from . import bp


@bp.app_template_global()
def datetime_text(moment: datetime) -> str:
    """A moment as people write it, in the site's time zone (BABEL_DEFAULT_TIMEZONE):
    "2 Desember 2026 pukul 14.30 WITA", "December 2, 2026 at 2:30 PM WITA". Babel's long
    date and short time; the zone is named as Indonesians name it (WIB, WITA, WIT) in either
    language, as English readers here know it too."""
    local = to_user_timezone(moment)
    return _(
        "%(date)s at %(time)s %(zone)s",
        date=format_date(local, "long"),
        time=format_time(local, "short"),
        zone=get_timezone_name(local, "short", locale="id"),
    )


@bp.app_template_global()
def tel_url(phone: str) -> str:
    """A tel: link for an E.164 number, so a tap starts the call."""
    return f"tel:{phone}"


@bp.app_template_global()
def phone_text(phone: str) -> str:
    """An E.164 number grouped as people read it: +62 812-3456-7890."""
    try:
        number = phonenumbers.parse(phone)
    except phonenumbers.NumberParseException:
        return phone
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@bp.app_template_global()
def on_whatsapp(phone: str) -> bool:
    """Whether the number can be a WhatsApp chat (a mobile number, not a landline)."""
    try:
        social.normalise_whatsapp(phone)
    except social.InvalidValue:
        return False
    return True


@bp.app_template_global()
def reply_greeting(inquiry: Inquiry) -> str:
    """The first line of the creator's answer, in the buyer's language, naming the work."""
    with force_locale(inquiry.language or "id"):
        if inquiry.work is not None:
            return _(
                "Hello %(name)s, thank you for your inquiry about “%(title)s” on Etalase.",
                name=inquiry.name,
                title=localized(inquiry.work, "title"),
            )
        return _("Hello %(name)s, thank you for your inquiry on Etalase.", name=inquiry.name)


def whatsapp_reply_url(inquiry: Inquiry) -> str:
    """A wa.me chat with the buyer, the greeting typed in."""
    return social.whatsapp_url(inquiry.phone, reply_greeting(inquiry))


@bp.app_template_global()
def reply_mailto(inquiry: Inquiry) -> str:
    """A mailto: link answering the buyer, its subject and greeting in the buyer's language."""
    with force_locale(inquiry.language or "id"):
        subject = _("Your inquiry on Etalase")
    body = reply_greeting(inquiry) + "\r\n\r\n"
    query = urlencode({"subject": subject, "body": body}, quote_via=quote)
    return f"mailto:{quote(inquiry.email, safe='@')}?{query}"


bp.add_app_template_global(inquiries.undelivered, "undelivered")

"""Jinja filters and globals: localised content, safe links in plain text, rupiah."""

from urllib.parse import urljoin

from babel.numbers import format_decimal
from flask import Flask, url_for
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup, escape

from .caching import slot
from .i18n import current_language, data_saver, localized
from .links import web_links
from .services import catalog, inquiries, social, work_links
from .services.catalog import category_name
from .services.creators import WHATSAPP_GREETING, WHATSAPP_WORK_GREETING, arrange
from .services.media import media_url


def linkify(text: str) -> Markup:
    """Plain text as HTML: escaped, line breaks kept, web links made clickable (nofollow)."""
    text = text or ""
    html, cursor = [], 0
    for match in web_links(text):
        html.append(escape(text[cursor : match.index]))
        html.append(
            Markup('<a href="{}" rel="nofollow ugc noopener" target="_blank">{}</a>').format(
                match.url, text[match.index : match.last_index]
            )
        )
        cursor = match.last_index
    html.append(escape(text[cursor:]))
    return Markup("").join(html).replace("\n", Markup("<br>\n"))


def whatsapp_greeting(creator, work=None) -> str:
    """The Indonesian greeting a buyer's WhatsApp message starts with; about a work, it names
    the work."""
    if work is None:
        page = url_for("creators.page", handle=creator.handle, _external=True)
        return WHATSAPP_GREETING.format(name=creator.display_name, url=page)
    return WHATSAPP_WORK_GREETING.format(
        name=creator.display_name, title=work.title, url=work_url(work)
    )


def srcset(picture, kind: str = "webp", smallest: bool = False) -> str:
    served = picture.served(kind)[:1] if smallest else picture.served(kind)
    return ", ".join(f"{media_url(asset)} {asset.width}w" for asset in served)


def cropped_sizes(picture, slots: str, ratio: float) -> str:
    """A ``sizes`` attribute for a picture cropped to fill slots of ``ratio`` (width over
    height): a picture wider than its slot shows only its middle, so the browser must pick a
    file that much wider than the slot, or the crop is blurred."""
    spread = max(1.0, (picture.width / picture.height) / ratio)
    if spread < 1.05:
        return slots
    parts = []
    for part in slots.split(","):
        condition, _, width = part.strip().rpartition(" ")
        parts.append(f"{condition} calc({width} * {spread:.2f})".strip())
    return ", ".join(parts)


def contained_sizes(picture, widest: str = "48rem", tallest_vh: int = 75) -> str:
    """A ``sizes`` attribute for a picture shown whole, at most ``widest`` wide and
    ``tallest_vh`` of the screen high: a portrait photo is narrower than the screen."""
    high = f"{tallest_vh * picture.width / picture.height:.0f}vh"
    return f"(min-width: 52rem) min({widest}, {high}), min(100vw, {high})"


def duration(seconds: float | None) -> str:
    """A recording's length as players show it: 0:42, 3:05, 1:02:09."""
    if not seconds:
        return ""
    minutes, second = divmod(round(seconds), 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours}:{minute:02d}:{second:02d}" if hours else f"{minute}:{second:02d}"


def fallback_url(picture) -> str:
    """A JPEG for browsers without WebP (and for link previews)."""
    served = picture.served("jpeg") or picture.served("webp")
    return media_url(served[-1])


LICENCE_DEEDS = {
    "cc-by": ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    "cc-by-nc": ("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    "cc-by-nc-nd": ("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
}


def licence_link(licence: str) -> Markup:
    if licence not in LICENCE_DEEDS:
        return Markup("© {}").format(_("All rights reserved"))
    name, deed = LICENCE_DEEDS[licence]
    return Markup('<a rel="license" href="{}">{}</a>').format(deed, name)


def person_json_ld(creator, works, page_url: str) -> dict:
    """schema.org data for search engines: the creator as a Person and their works."""
    return {
        "@context": "https://schema.org",
        **_person(creator, page_url),
        "description": localized(creator, "headline"),
        "jobTitle": category_name(creator.category),
        "address": {
            "@type": "PostalAddress",
            "addressRegion": creator.region.name,
            "addressCountry": "ID",
        },
        "sameAs": _profiles(creator),
        "workExample": [_creative_work(work, work_url(work)) for work in works],
    }


def work_json_ld(work) -> dict:
    """schema.org data for a work's own page: a CreativeWork by its creator."""
    creator = work.creator
    page_url = url_for("creators.page", handle=creator.handle, _external=True)
    images = [absolute_url(fallback_url(picture)) for picture in work.pictures]
    return {
        "@context": "https://schema.org",
        **_creative_work(work, work_url(work)),
        "creator": _person(creator, page_url),
        **({"description": localized(work, "description")} if work.description else {}),
        **({"keywords": ", ".join(work.tag_list)} if work.tag_list else {}),
        **({"image": images} if images else {}),
    }


def work_url(work) -> str:
    return url_for(
        "creators.work_page", handle=work.creator.handle, work_id=work.id, _external=True
    )


def _person(creator, page_url: str) -> dict:
    return {"@type": "Person", "name": creator.display_name, "url": page_url}


def _profiles(creator) -> list[str]:
    profiles = (
        social.instagram_url(creator.instagram) if creator.instagram else "",
        social.tiktok_url(creator.tiktok) if creator.tiktok else "",
        creator.youtube,
        creator.website,
    )
    return [url for url in profiles if url]


def _creative_work(work, url: str) -> dict:
    return {
        "@type": "CreativeWork",
        "name": localized(work, "title"),
        "url": url,
        **({"dateCreated": str(work.year)} if work.year else {}),
        **({"license": LICENCE_DEEDS[work.licence][1]} if work.licence in LICENCE_DEEDS else {}),
    }


def control_attributes(field, hint: bool = True) -> dict:
    """The aria attributes that tie a form control to its hint and its errors; attributes
    that do not apply are left out (WTForms would render a None as "None")."""
    described = [f"{field.id}-hint"] if hint and field.description else []
    attributes = {}
    if field.errors:
        described.append(f"{field.id}-error")
        attributes["aria-invalid"] = "true"
    if described:
        attributes["aria-describedby"] = " ".join(described)
    return attributes


def unread_inquiries() -> int:
    """For the navigation: the logged-in creator's unread inquiries."""
    if not current_user.is_authenticated or current_user.creator is None:
        return 0
    return inquiries.unread_count(current_user.creator)


def absolute_url(url: str) -> str:
    """A URL the site made (maybe relative, like local media) made absolute, on the site's
    own host (SERVER_NAME), never the one a request names."""
    return urljoin(url_for("browse.home", _external=True), url)


def rupiah(amount: int | None) -> str:
    if amount is None:
        return ""
    return "Rp " + format_decimal(amount, locale="id")


def register(app: Flask) -> None:
    app.jinja_env.filters.update(
        linkify=linkify, rupiah=rupiah, localized=localized, duration=duration
    )
    app.jinja_env.globals.update(
        current_language=current_language,
        category_name=category_name,
        category_by_slug=catalog.category_by_slug,
        categories=catalog.categories,
        regions=catalog.regions,
        media_url=media_url,
        srcset=srcset,
        cropped_sizes=cropped_sizes,
        arrange=arrange,
        contained_sizes=contained_sizes,
        data_saver=data_saver,
        fallback_url=fallback_url,
        instagram_url=social.instagram_url,
        tiktok_url=social.tiktok_url,
        whatsapp_url=social.whatsapp_url,
        whatsapp_greeting=whatsapp_greeting,
        licence_link=licence_link,
        person_json_ld=person_json_ld,
        work_json_ld=work_json_ld,
        work_url=work_url,
        link_provider=work_links.provider,
        slot=slot,
        kind_label=inquiries.kind_label,
        budget_text=inquiries.budget_text,
        status_labels=inquiries.STATUS_LABELS,
        unread_inquiries=unread_inquiries,
        control_attributes=control_attributes,
    )
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True

"""What the API says about a creator: public fields only, never an e-mail, a hidden creator or
an unpublished work. Every URL is absolute, so partners can use it as it is."""

from flask import url_for

from ..models import CreatorProfile, MediaAsset, Picture, Work
from ..services import creators, social
from ..services.creators import visible_works
from ..services.media import media_url
from ..templating import absolute_url, whatsapp_greeting, work_url


def creator_summary(creator: CreatorProfile, card_picture: Picture | None) -> dict:
    return {
        "handle": creator.handle,
        "display_name": creator.display_name,
        "url": url_for("creators.page", handle=creator.handle, _external=True),
        "category": {
            "slug": creator.category.slug,
            "name_id": creator.category.name_id,
            "name_en": creator.category.name_en,
        },
        "region": {"slug": creator.region.slug, "name": creator.region.name},
        "headline": creator.headline,
        "headline_en": creator.headline_en,
        "verified": creator.verified,
        "available_for_hire": creator.available_for_hire,
        "price_from": creator.price_from,
        "avatar": picture(creator.avatar),
        "picture": picture(card_picture),
    }


def creator_detail(creator: CreatorProfile) -> dict:
    return {
        **creator_summary(creator, creators.card_picture(creator)),
        "bio": creator.bio,
        "bio_en": creator.bio_en,
        "cover": picture(creator.cover),
        "share_card": url_for("creators.share_card", handle=creator.handle, _external=True),
        "links": _links(creator),
        "updated_at": creator.updated_at.isoformat(),
        "works": [work_document(work) for work in visible_works(creator)],
    }


def work_document(work: Work) -> dict:
    return {
        "id": work.id,
        "kind": work.kind,
        "title": work.title,
        "title_en": work.title_en,
        "description": work.description,
        "description_en": work.description_en,
        "year": work.year,
        "tags": work.tag_list,
        "licence": work.licence,
        "url": work_url(work),
        "link_url": work.link_url or None,
        "motif": {
            "name": work.motif_name,
            "community": work.motif_community,
            "region": work.motif_region.name if work.motif_region else None,
        }
        if work.motif_name
        else None,
        "images": [picture(image) for image in work.pictures],
        "poster": picture(work.poster),
        "media": _media(work.media),
    }


def picture(image: Picture | None) -> dict | None:
    if image is None:
        return None
    served = [*image.served("webp"), *image.served("jpeg")]
    return {
        "alt": image.alt,
        "width": image.width,
        "height": image.height,
        "placeholder": image.placeholder,
        "variants": [
            {
                "url": absolute_url(media_url(asset)),
                "type": asset.content_type,
                "width": asset.width,
                "height": asset.height,
            }
            for asset in served
        ],
    }


def _media(asset: MediaAsset | None) -> dict | None:
    if asset is None:
        return None
    return {
        "url": absolute_url(media_url(asset)),
        "type": asset.content_type,
        "size": asset.size,
        "duration": asset.duration,
    }


def _links(creator: CreatorProfile) -> dict:
    return {
        "instagram": social.instagram_url(creator.instagram) if creator.instagram else None,
        "tiktok": social.tiktok_url(creator.tiktok) if creator.tiktok else None,
        "youtube": creator.youtube or None,
        "website": creator.website or None,
        "whatsapp": social.whatsapp_url(creator.whatsapp, whatsapp_greeting(creator))
        if creator.whatsapp and creator.show_whatsapp
        else None,
    }

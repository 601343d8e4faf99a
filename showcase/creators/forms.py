from datetime import date

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired, MultipleFileField
from wtforms import BooleanField, IntegerField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from ..forms import (
    REQUIRED,
    BaseForm,
    ChoiceField,
    LineField,
    NameField,
    Normalised,
    RupiahField,
    TextField,
    choices,
)
from ..models import Licence
from ..services.catalog import category_choices, region_choices
from ..services.creators import normalise_tags
from ..services.social import (
    normalise_instagram,
    normalise_tiktok,
    normalise_website,
    normalise_whatsapp,
    normalise_youtube,
)
from ..services.work_links import normalise_work_link

MAX_RUPIAH = 10**12


LICENCE_LABELS = {
    Licence.ALL_RIGHTS_RESERVED: _l("All rights reserved"),
    Licence.CC_BY: _l("CC BY: others may share and adapt it, crediting me"),
    Licence.CC_BY_NC: _l("CC BY-NC: as CC BY, but not for commercial use"),
    Licence.CC_BY_NC_ND: _l("CC BY-NC-ND: share unchanged, crediting me, not commercially"),
}


def _rupiah_field(label):
    return RupiahField(
        label,
        validators=[Optional(), NumberRange(min=0, max=MAX_RUPIAH)],
        description=_l("Optional. In rupiah, e.g. 750000."),
    )


def _link_field(label, normalise, description, max_length=255):
    return LineField(
        label,
        validators=[Optional(), Length(max=max_length), Normalised(normalise)],
        description=description,
        render_kw={"autocapitalize": "none"},
    )


class ProfileForm(BaseForm):
    display_name = NameField(_l("Name shown"), validators=[DataRequired(REQUIRED), Length(max=80)])
    category = ChoiceField(_l("Category"), validators=[DataRequired(REQUIRED)])
    region = ChoiceField(_l("Regency or city"), validators=[DataRequired(REQUIRED)])
    headline = LineField(
        _l("Headline"),
        validators=[Optional(), Length(max=140)],
        description=_l("One line, e.g. “Sasando player from Rote for weddings and events”."),
    )
    headline_en = LineField(_l("Headline in English"), validators=[Optional(), Length(max=140)])
    bio = TextField(
        _l("About you"),
        validators=[Optional(), Length(max=3000)],
        description=_l("Plain text. Links you type become clickable."),
    )
    bio_en = TextField(_l("About you, in English"), validators=[Optional(), Length(max=3000)])
    instagram = _link_field(
        _l("Instagram"),
        normalise_instagram,
        _l("Your username, like @tenun.sumba, or your profile address."),
        max_length=100,
    )
    tiktok = _link_field(
        _l("TikTok"),
        normalise_tiktok,
        _l("Your username, like @kupang.creator, or your profile address."),
        max_length=100,
    )
    youtube = _link_field(_l("YouTube"), normalise_youtube, _l("Your channel, like @namachannel."))
    website = _link_field(_l("Website"), normalise_website, _l("Like https://contoh.id"))
    whatsapp = LineField(
        _l("WhatsApp number"),
        validators=[Optional(), Length(max=40), Normalised(normalise_whatsapp)],
        description=_l("Like 0812 3456 7890. Shown only if you tick the box below."),
        render_kw={"type": "tel", "inputmode": "tel", "autocomplete": "tel"},
    )
    show_whatsapp = BooleanField(_l("Show a WhatsApp button on my page"))
    available_for_hire = BooleanField(_l("Available for hire and orders"))
    price_from = _rupiah_field(_l("Prices from (Rp)"))
    watermark = BooleanField(
        _l("Put my @name on my photos"),
        description=_l("For photos you add from now on. Your original files stay untouched."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.category.choices = choices(category_choices())
        self.region.choices = choices(region_choices())

    def validate_show_whatsapp(self, field):
        if field.data and not self.whatsapp.data:
            raise ValidationError(_l("Add your WhatsApp number to show the button."))


def _plausible_year(form, field):
    # Checked against today's date on each submission, not the date the server started.
    NumberRange(min=1900, max=date.today().year + 1)(form, field)


def _tags(form, field):
    field.data = normalise_tags(field.data or "")


class WorkForm(BaseForm):
    title = LineField(_l("Title"), validators=[DataRequired(REQUIRED), Length(max=120)])
    title_en = LineField(_l("Title in English"), validators=[Optional(), Length(max=120)])
    description = TextField(_l("Description"), validators=[Optional(), Length(max=5000)])
    description_en = TextField(
        _l("Description in English"), validators=[Optional(), Length(max=5000)]
    )
    year = IntegerField(
        _l("Year"),
        validators=[Optional(), _plausible_year],
        invalid_value_message=_l("Type a year, like 2024."),
        render_kw={"inputmode": "numeric"},
    )
    price_from = _rupiah_field(_l("Price from (Rp)"))
    tags = LineField(
        _l("Tags"),
        validators=[Optional(), Length(max=300), _tags],
        description=_l("Separated by commas, e.g. tenun, sumba, selendang."),
    )
    published = BooleanField(_l("Show on my page"), default=True)
    link_url = LineField(
        _l("Link (optional)"),
        validators=[Optional(), Length(max=500), Normalised(normalise_work_link)],
        description=_l(
            "A YouTube video, SoundCloud or Spotify track, or Instagram or TikTok post. "
            "Add a photo to show with it."
        ),
        render_kw={"inputmode": "url", "autocapitalize": "none"},
    )
    licence = ChoiceField(
        _l("Licence"),
        choices=choices((licence.value, label) for licence, label in LICENCE_LABELS.items()),
        default=Licence.ALL_RIGHTS_RESERVED.value,
        description=_l("What others may do with photos and recordings of this work."),
    )
    motif_name = LineField(
        _l("Motif name"),
        validators=[Optional(), Length(max=120)],
        description=_l("For tenun and other traditional works, e.g. Hinggi Kombu."),
    )
    motif_community = LineField(
        _l("Community the motif comes from"), validators=[Optional(), Length(max=120)]
    )
    motif_region = ChoiceField(_l("Regency or city the motif comes from"), default="")
    communal_ip_reference = LineField(
        _l("Communal IP registration (KIK / EBT)"),
        validators=[Optional(), Length(max=120)],
        description=_l("The registration number, when the motif is registered."),
    )
    credited_makers = LineField(
        _l("Made by"),
        validators=[Optional(), Length(max=300)],
        description=_l("The weaver or makers to credit, when you are not the maker."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.motif_region.choices = choices([("", "—"), *region_choices()])


PHOTO_TYPES = "image/jpeg,image/png,image/webp,image/heic,image/heif"
MAX_PHOTOS = 10


def _few_photos(form, field):
    if len([photo for photo in field.data or [] if photo]) > MAX_PHOTOS:
        raise ValidationError(_l("Send at most %(count)d photos at a time.", count=MAX_PHOTOS))


class NewWorkForm(WorkForm):
    """A work begins with what shows it: photos (several at once), a recording or video, or a
    link; then its title and the few fields that matter."""

    photos = MultipleFileField(
        _l("Photos"),
        validators=[_few_photos],
        description=_l("Choose one or more photos: the whole piece, a detail, it in use."),
        render_kw={"accept": PHOTO_TYPES, "data-upload": "", "multiple": True},
    )
    recording = FileField(
        _l("Or a recording or video"),
        description=_l("MP3, M4A, OGG or WAV; MP4 or WebM for a video."),
        render_kw={"accept": "audio/*,video/mp4,video/webm", "data-upload": ""},
    )


class AltForm(BaseForm):
    alt = LineField(
        _l("What the photo shows"),
        validators=[DataRequired(REQUIRED), Length(max=250)],
    )


class ImageForm(BaseForm):
    image = MultipleFileField(
        _l("Photos"),
        validators=[FileRequired(_l("Choose a photo to send.")), _few_photos],
        render_kw={"accept": PHOTO_TYPES, "data-upload": "", "multiple": True},
    )
    alt = LineField(
        _l("What the photo shows"),
        validators=[DataRequired(REQUIRED), Length(max=250)],
        description=_l(
            "For people who cannot see the photo, e.g. “Selendang tenun ikat Sumba, "
            "merah dan biru”."
        ),
    )


class ProfilePictureForm(BaseForm):
    image = FileField(
        _l("Photo"),
        validators=[FileRequired(_l("Choose a photo to send."))],
        render_kw={"accept": "image/jpeg,image/png,image/webp,image/heic", "data-upload": ""},
    )


class RecordingForm(BaseForm):
    recording = FileField(_l("File"), validators=[FileRequired(_l("Choose a file to send."))])
    poster = FileField(
        _l("Still picture (optional)"),
        description=_l("Shown before the video plays. JPEG, PNG or WebP."),
        render_kw={"accept": "image/jpeg,image/png,image/webp"},
    )

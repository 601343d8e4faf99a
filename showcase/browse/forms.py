from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, IntegerField, SearchField
from wtforms.validators import Length, NumberRange, Optional

from ..forms import BaseForm, ChoiceField, choices
from ..services.catalog import (
    category_by_slug,
    category_choices,
    region_by_slug,
    region_choices,
)

SORT_LABELS = {
    "": _l("Best match"),
    "featured": _l("Featured"),
    "newest": _l("Newest"),
    "name": _l("Name"),
}


class BrowseForm(BaseForm):
    """The browse filters: a GET form, so every result page has a plain, shareable link."""

    class Meta:
        csrf = False

    PARAMETERS = ("q", "category", "region", "available", "sort", "page")

    q = SearchField(
        _l("Search"),
        render_kw={"placeholder": _l("Name, instrument, motif…")},
        filters=[lambda text: " ".join(text.split()) if text else ""],
        validators=[Length(max=100)],
    )
    category = ChoiceField(_l("Category"), default="")
    region = ChoiceField(_l("Regency or city"), default="")
    available = BooleanField(
        _l("Available for hire"), false_values=(False, "", "0", "false", "no", "n", "off")
    )
    sort = ChoiceField(_l("Sort by"), choices=choices(SORT_LABELS.items()), default="")
    page = IntegerField(
        validators=[Optional(), NumberRange(min=1, max=10_000)],
        invalid_value_message=_l("Type a page number."),
        default=1,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.category.choices = choices([("", _l("All categories")), *category_choices()])
        self.region.choices = choices([("", _l("All of NTT")), *region_choices()])

    def link_args(self, page: int) -> dict:
        """The query of a link to another page of these results: only what this form reads
        (never a parameter url_for would take for itself, like _external or _method)."""
        args = {name: self[name].data for name in ("q", "category", "region", "sort")}
        args = {name: value for name, value in args.items() if value}
        if self.available.data:
            args["available"] = "y"
        return {**args, "page": page}

    def filters(self) -> dict:
        """The validated filters, as discovery.browse() takes them."""
        return {
            "category": category_by_slug(self.category.data) if self.category.data else None,
            "region": region_by_slug(self.region.data) if self.region.data else None,
            "query_text": self.q.data,
            "available": self.available.data,
            "sort": self.sort.data,
            "page": self.page.data or 1,
        }

"""Web links in plain text, found one way everywhere: pages make them clickable, forms count
them (a link a page would show is a link a spammer sends, with or without its http://)."""

from linkify_it import LinkifyIt

_finder = LinkifyIt()


def web_links(text: str) -> list:
    """The http(s) links in ``text`` (bare ones like bit.ly/xyz too), as linkify-it matches."""
    return [
        match
        for match in _finder.match(text or "") or []
        if match.url.startswith(("http://", "https://"))
    ]

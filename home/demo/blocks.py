"""Small helpers that write StreamField blocks as plain data, so the demo content reads like a document.

Images, documents and pages are named by key (`Ref`) and turned into database ids by the
`load_demo_content` command, which also gives every block a stable id. Each helper returns
`(block_type, value)` with every field of the block present, in the shape Wagtail stores it.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Ref:
    """A page, image or document of the demo site, by its key in `home.demo.site`."""

    kind: str
    key: str


@dataclass(frozen=True)
class ListItem:
    """One item of a ListBlock; stored as {"type": "item", "value": ..., "id": ...}."""

    value: dict


def page_link(page_key, text):
    """A link to another demo page inside rich text; the command fills in the page id."""
    return f'<a linktype="page" id="page:{page_key}">{text}</a>'


def link(page=None, url=""):
    return {"page": Ref("page", page) if page else None, "url": url}


def rich_text(html):
    return ("rich_text", html)


def image(key, alt_text, caption=""):
    return ("image", {"image": Ref("image", key), "alt_text": alt_text, "caption": caption})


def inset_text(html):
    return ("inset_text", {"text": html})


def warning_callout(heading, html):
    return ("warning_callout", {"heading": heading, "body": html})


def details(summary, html, style="details"):
    return ("details", {"summary": summary, "body": html, "style": style})


def expander(summary, html):
    return details(summary, html, style="expander")


def action_link(text, page=None, url=""):
    return ("action_link", {"text": text, "link": link(page, url)})


def card(heading, text="", page=None, url=""):
    return {"heading": heading, "text": text, "link": link(page, url)}


def card_group(cards, columns="3"):
    return ("card_group", {"columns": columns, "cards": [ListItem(c) for c in cards]})


def quote(text, attribution=""):
    return ("quote", {"quote": text, "attribution": attribution})


def table(caption, rows):
    """A table whose first row holds the column headings."""
    return (
        "table",
        {
            "data": rows,
            "table_caption": caption,
            "first_row_is_table_header": True,
            "first_col_is_header": False,
            "table_header_choice": "row",
        },
    )


def document_link(key, label=""):
    return ("document_link", {"document": Ref("document", key), "label": label})


def step(heading, text, page=None):
    """One of the home page's "how to get involved" steps."""
    return ("step", {"heading": heading, "text": text, "link_page": Ref("page", page) if page else None})

"""StreamField blocks shared by every page type, rendered with NHS.UK frontend markup.

Small pieces first, then the blocks composed from them, then the stream that pages use.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock as WagtailTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

SIMPLE_RICH_TEXT = ["bold", "italic", "link", "document-link", "ol", "ul"]
FULL_RICH_TEXT = ["h2", "h3", "h4", *SIMPLE_RICH_TEXT]


class LinkBlock(blocks.StructBlock):
    """A link to a page on this site or to another website: one of the two, never both.

    With `required=False` (a card's optional link) the link may also be left empty.
    """

    page = blocks.PageChooserBlock(required=False, label=_("Page on this site"))
    url = blocks.URLBlock(required=False, label=_("Or another web address"))

    def clean(self, value):
        value = super().clean(value)
        has_page, has_url = bool(value.get("page")), bool(value.get("url"))
        if has_page and has_url:
            raise self.error(_("Choose a page or enter a web address, not both."))
        if not (has_page or has_url) and self.required:
            raise self.error(_("Choose a page or enter a web address."))
        return value

    @property
    def required(self):
        return self.meta.required

    def error(self, message):
        return blocks.StructBlockValidationError(block_errors={"page": ValidationError(message)})

    class Meta:
        icon = "link"
        required = True


def link_href(link_value):
    page = link_value.get("page")
    return page.localized.url if page else link_value.get("url")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_(
            "Describe what the image shows for people who cannot see it. Required: if the image is "
            "only decoration, say so in a few words."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "blocks/image.html"


class InsetTextBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Text"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "openquote"
        label = _("Callout (inset text)")
        template = "blocks/inset_text.html"


class WarningCalloutBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), default=_("Important"), max_length=120)
    body = blocks.RichTextBlock(label=_("Text"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "warning"
        label = _("Warning callout")
        template = "blocks/warning_callout.html"


class DetailsBlock(blocks.StructBlock):
    summary = blocks.CharBlock(label=_("Summary (always visible)"), max_length=200)
    body = blocks.RichTextBlock(label=_("Hidden text"), features=FULL_RICH_TEXT)
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("details", _("Details (small)")), ("expander", _("Expander (boxed)"))],
        default="details",
    )

    class Meta:
        icon = "collapse-down"
        label = _("Details or expander")
        template = "blocks/details.html"


class ActionLinkBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Link text"), max_length=100)
    link = LinkBlock(label=_("Goes to"))

    class Meta:
        icon = "arrow-right"
        label = _("Action link")
        template = "blocks/action_link.html"


class CardBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link = LinkBlock(label=_("Link"), required=False)

    class Meta:
        icon = "doc-full"


class CardGroupBlock(blocks.StructBlock):
    columns = blocks.ChoiceBlock(label=_("Cards in a row"), choices=[("2", "2"), ("3", "3")], default="3")
    cards = blocks.ListBlock(CardBlock(), label=_("Cards"), min_num=1, max_num=9)

    class Meta:
        icon = "table"
        label = _("Card group")
        template = "blocks/card_group.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote.html"


class TableBlock(WagtailTableBlock):
    def clean(self, value):
        value = super().clean(value)
        if value and not (value.get("table_caption") or "").strip():
            raise ValidationError(_("Give the table a caption so that screen reader users know what it shows."))
        return value

    class Meta:
        icon = "table"
        template = "blocks/table.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Leave blank to use the title.")
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document link")
        template = "blocks/document_link.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video = EmbedBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo address."))
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=SIMPLE_RICH_TEXT,
        help_text=_("Everything that is said and shown, for people who cannot watch or hear the video."),
    )

    class Meta:
        icon = "media"
        label = _("Video with transcript")
        template = "blocks/video.html"


class BodyStreamBlock(blocks.StreamBlock):
    """The blocks an editor can use in the body of any page."""

    rich_text = blocks.RichTextBlock(label=_("Text"), features=FULL_RICH_TEXT, template="blocks/rich_text.html")
    image = ImageBlock()
    inset_text = InsetTextBlock()
    warning_callout = WarningCalloutBlock()
    details = DetailsBlock()
    action_link = ActionLinkBlock()
    card_group = CardGroupBlock()
    quote = QuoteBlock()
    table = TableBlock()
    document_link = DocumentLinkBlock()
    video = VideoBlock()

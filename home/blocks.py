"""Blocks for Easy Read pages: one short idea per line, with a picture beside it."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

# Easy Read guidance: sentences of about 15 words or fewer; a point holds one or two of them.
POINT_MAX_LENGTH = 200
POINT_MAX_WORDS = 30


class EasyReadPointBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Picture"))
    image_alt = blocks.CharBlock(
        label=_("What the picture shows"),
        max_length=150,
        help_text=_("Read aloud by screen readers in place of the picture. For example: A calendar."),
    )
    text = blocks.TextBlock(
        label=_("Sentence"),
        max_length=POINT_MAX_LENGTH,
        rows=2,
        help_text=_("One idea, in one or two short sentences of everyday words."),
    )

    class Meta:
        icon = "image"
        label = _("Picture and sentence")
        template = "blocks/easy_read_point.html"

    def clean(self, value):
        value = super().clean(value)
        if len(value["text"].split()) > POINT_MAX_WORDS:
            raise StructBlockValidationError(
                block_errors={
                    "text": ValidationError(
                        _("Keep it to %(count)s words or fewer: split a longer idea into two points.")
                        % {"count": POINT_MAX_WORDS}
                    )
                }
            )
        return value


class EasyReadStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=80, form_classname="title", icon="title")
    point = EasyReadPointBlock()

    class Meta:
        min_num = 1

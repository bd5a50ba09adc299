"""Blocks that only learning modules use, on top of the core body blocks."""

from django.core.exceptions import ValidationError
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from sidebyside.core.blocks import SIMPLE_RICH_TEXT, BodyStreamBlock


class KeyPointBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Key point"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "pick"
        label = _("Key point")
        template = "blocks/learning/key_point.html"


class ActivityBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("activity", _("Activity")), ("reflection", _("Reflection question"))],
        default="activity",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    instructions = blocks.RichTextBlock(label=_("What to do or think about"), features=SIMPLE_RICH_TEXT)

    class Meta:
        icon = "edit"
        label = _("Activity or reflection")
        template = "blocks/learning/activity.html"


class WorkedExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    situation = blocks.RichTextBlock(label=_("The situation"), features=SIMPLE_RICH_TEXT)
    steps = blocks.ListBlock(
        blocks.RichTextBlock(features=SIMPLE_RICH_TEXT), label=_("What happened, step by step"), min_num=1
    )
    lesson = blocks.RichTextBlock(label=_("What we learn from it"), features=SIMPLE_RICH_TEXT, required=False)

    class Meta:
        icon = "doc-full"
        label = _("Worked example")
        template = "blocks/learning/worked_example.html"


class PDSAPlannerBlock(blocks.StructBlock):
    """A plan, do, study, act planner a person fills in, then prints, downloads or (members) saves."""

    title = blocks.CharBlock(label=_("Title"), max_length=120, default=_("Try it: plan a small test of change"))
    introduction = blocks.RichTextBlock(label=_("Introduction"), features=SIMPLE_RICH_TEXT, required=False)
    plan_hint = blocks.CharBlock(
        label=_("Plan: hint"), max_length=300, default=_("What will you try, who will do it, and what do you expect?")
    )
    do_hint = blocks.CharBlock(label=_("Do: hint"), max_length=300, default=_("What happened when you tried it?"))
    study_hint = blocks.CharBlock(
        label=_("Study: hint"), max_length=300, default=_("What did you learn? Was it what you expected?")
    )
    act_hint = blocks.CharBlock(
        label=_("Act: hint"), max_length=300, default=_("What will you do next: keep it, change it or stop?")
    )

    class Meta:
        icon = "list-ol"
        label = _("PDSA planner")
        template = "blocks/learning/pdsa_planner.html"


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=200)
    correct = blocks.BooleanBlock(label=_("This is a right answer"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback for this answer"), max_length=400)


class QuizQuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    choices = blocks.ListBlock(QuizChoiceBlock(), label=_("Answers"), min_num=2, max_num=6)

    class Meta:
        icon = "help"
        label = _("Quiz question")
        template = "blocks/learning/quiz_question.html"

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Mark at least one answer as right."))}
            )
        return value


class ModuleStreamBlock(BodyStreamBlock):
    key_point = KeyPointBlock()
    activity = ActivityBlock()
    worked_example = WorkedExampleBlock()
    pdsa_planner = PDSAPlannerBlock()
    quiz_question = QuizQuestionBlock()

    def render_basic(self, value, context=None):
        """Each child sees itself as `block`, as in `{% for block in page.body %}{% include_block block %}`:
        the planner and quiz post their block id, so `{% include_block page.body %}` works the same way."""
        parent = context.flatten() if hasattr(context, "flatten") else dict(context or {})
        return format_html_join(
            "\n",
            '<div class="block-{1}">{0}</div>',
            [(child.render(context={**parent, "block": child}), child.block_type) for child in value],
        )

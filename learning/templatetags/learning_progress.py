"""Progress on learning pages: the "Mark as done" panel of a module, a programme's "x of y modules done" with
a link to continue, and the PDSA planner and quiz forms inside module bodies.

    {% load learning_progress %}
    {% module_done_panel page %}
    {% programme_progress page %}      {# page: a programme, or a module (its programme is shown) #}
"""

from django import template

from learning import progress
from learning.forms import PlannerForm, QuizForm
from learning.models import ProgrammePage

register = template.Library()


def _request(context):
    return context.get("request")


@register.inclusion_tag("learning/includes/module_done.html", takes_context=True)
def module_done_panel(context, page):
    request = _request(context)
    return {
        "request": request,
        "page": page,
        "is_member": progress.is_member(request),
        "is_done": progress.module_is_done(request, page) if request else False,
    }


@register.inclusion_tag("learning/includes/programme_progress.html", takes_context=True)
def programme_progress(context, page):
    request = _request(context)
    is_member = progress.is_member(request)
    programme = progress.programme_for(page) if is_member else None
    return {
        "request": request,
        "page": page,
        "programme": programme,
        "is_member": is_member,
        "is_programme": isinstance(page, ProgrammePage),
        "progress": progress.programme_progress(request, programme) if programme else None,
    }


@register.simple_tag(takes_context=True)
def planner_form(context, page, block_id, block_value):
    """The planner form for one PDSA block: bound to what the person typed when a view re-shows it, otherwise
    filled in with what the member saved before."""
    form = context.get("planner_form")
    if form is not None and context.get("planner_block_id") == block_id:
        return form
    request = _request(context)
    saved = progress.saved_planner(request, page, block_id) if request and page else None
    return PlannerForm(hints=block_value, initial=PlannerForm.initial_from(saved), prefix=f"planner-{block_id}")


@register.simple_tag
def quiz_form(block_id, block_value):
    return QuizForm(question=block_value, prefix=f"quiz-{block_id}")

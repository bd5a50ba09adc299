"""What people do inside a module without JavaScript: mark it done, print, download or save a PDSA planner,
and check a quiz answer. Guests can do everything except keep things in an account."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.http import content_disposition_header, url_has_allowed_host_and_scheme
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from sidebyside.core.antispam import rate_limited

from . import progress
from .forms import PLANNER_STEPS, PlannerAction, PlannerForm, QuizForm
from .models import ModulePage, SavedPlanner

PLANNER_SCOPE = "learning-planner"
QUIZ_SCOPE = "learning-quiz"


def _module(page_id):
    page = ModulePage.objects.live().public().filter(pk=page_id).first()
    if page is None:
        raise Http404
    return page


def _block(module, block_id, block_type):
    for child in module.body:
        if child.id == block_id and child.block_type == block_type:
            return child
    raise Http404


def _back_to(module, request, anchor):
    return f"{module.get_url(request)}#{anchor}"


def _sign_in_url(request, next_url):
    login = reverse("account_login")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        return login
    return f"{login}?next={next_url}"


@never_cache
@require_POST
def module_done(request, page_id):
    module = _module(page_id)
    if not progress.is_member(request):
        return HttpResponseRedirect(_sign_in_url(request, module.get_url(request)))
    done = request.POST.get("done") == "yes"
    progress.set_done(request, module, done)
    if done:
        messages.success(request, _("You marked this module as done."))
    else:
        messages.success(request, _("This module is no longer marked as done."))
    return HttpResponseRedirect(_back_to(module, request, "module-done"))


def module_print(request, page_id):
    """The whole module on one page for printing or saving as a PDF: no navigation, the resources with their
    web addresses, and the quiz questions and planner as blanks to fill in on paper."""
    module = _module(page_id)
    module.load_chosen_objects()
    module_url = request.build_absolute_uri(module.get_url(request))
    resources = [
        {
            "title": resource.title,
            "description": resource.description,
            "details": resource.format_and_size,
            "url": request.build_absolute_uri(resource.document.url),
        }
        for resource in module.resource_list()
    ]
    context = {
        "module": module,
        "programme": module.get_parent(),
        "module_url": module_url,
        # Web addresses read left to right inside Arabic text, or their slashes move when printed.
        "module_url_html": format_html('<bdi dir="ltr">{}</bdi>', module_url),
        "resources": resources,
        "page_title": module.title,
    }
    if module.easy_read_document:
        context["easy_read_url"] = request.build_absolute_uri(module.easy_read_document.url)
    elif module.easy_read_page:
        context["easy_read_url"] = module.easy_read_page.get_full_url(request)
    with translation.override(module.locale.language_code):
        return render(request, "learning/module_page_print.html", context)


def planner_anchor(block_id):
    return f"planner-{block_id}"


def quiz_anchor(block_id):
    return f"quiz-{block_id}"


def _posted_block(request, page_id, block_id, block_type, anchor, scope):
    """(module, block, response) for a form posted from a block of a module. `response` is set when the
    view should return it at once: back to the block for a GET (the form lives on the module page), or the
    rate limit's page."""
    module = _module(page_id)
    block = _block(module, block_id, block_type)
    if request.method != "POST":
        return module, block, HttpResponseRedirect(_back_to(module, request, anchor))
    return module, block, rate_limited(request, scope)


@never_cache
def planner(request, page_id, block_id):
    module, block, response = _posted_block(
        request, page_id, block_id, "pdsa_planner", planner_anchor(block_id), PLANNER_SCOPE
    )
    if response:
        return response
    form = PlannerForm(
        request.POST,
        hints=block.value,
        can_save=progress.is_member(request),
        prefix=planner_anchor(block_id),
    )
    if not form.is_valid():
        return _planner_page(request, "learning/planner_edit.html", module, block, form)
    action = form.cleaned_data["action"]
    if action == PlannerAction.DOWNLOAD:
        return _planner_download(module, block, form)
    if action == PlannerAction.SAVE:
        return _planner_save(request, module, block, form)
    return _planner_page(request, "learning/planner_print.html", module, block, form)


def _planner_page(request, template, module, block, form):
    context = {
        "module": module,
        "module_url": _back_to(module, request, planner_anchor(block.id)),
        "value": block.value,
        "block_id": block.id,
        "planner_form": form,
        "page_title": block.value["title"],
    }
    return render(request, template, context)


def planner_text(module, block, form):
    """The planner as plain text that opens in any app: a title, then each step with its hint and answer."""
    lines = [block.value["title"], module.title, ""]
    for label, hint, text in form.answers():
        lines += [str(label).upper(), f"({hint})" if hint else "", text or "-", ""]
    return "\r\n".join(line.replace("\r\n", "\n").replace("\n", "\r\n") for line in lines)


def _planner_download(module, block, form):
    filename = f"{slugify(module.title, allow_unicode=True) or 'module'}-pdsa.txt"
    # A byte order mark so that older Windows apps read the text as UTF-8 (Polish and Arabic letters).
    body = "\ufeff" + planner_text(module, block, form)
    response = HttpResponse(body.encode("utf-8"), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response


def _planner_save(request, module, block, form):
    answers = {step: form.cleaned_data[step] for step in PLANNER_STEPS}
    with transaction.atomic():
        SavedPlanner.objects.update_or_create(
            user=request.user, module_key=module.translation_key, block_id=block.id, defaults=answers
        )
    messages.success(request, _("Your plan is saved. You can find it in My involvement."))
    return HttpResponseRedirect(_back_to(module, request, planner_anchor(block.id)))


@never_cache
def quiz(request, page_id, block_id):
    module, block, response = _posted_block(
        request, page_id, block_id, "quiz_question", quiz_anchor(block_id), QUIZ_SCOPE
    )
    if response:
        return response
    form = QuizForm(request.POST, question=block.value, prefix=quiz_anchor(block_id))
    context = {
        "module": module,
        "module_url": _back_to(module, request, quiz_anchor(block_id)),
        "value": block.value,
        "block_id": block.id,
        "quiz_form": form,
        "answered": form.is_valid(),
        "page_title": _("Quiz question"),
    }
    return render(request, "learning/quiz_answer.html", context)

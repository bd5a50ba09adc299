"""Admin for learning: the glossary of NHS terms (a translatable snippet), the report of abbreviations
that pages use but the glossary does not explain, and the same check shown when an editor opens a page.

Who may add, change or remove terms is decided by the permissions that learning/migrations/0002 grants:
editors (the comms team) and trust administrators manage terms; moderators may look at them and at the
report. Terms have drafts and go through the "Review before publishing" workflow (learning/migrations/0004):
moderators and trust administrators may publish them, editors submit them for review.
"""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from learning.models import GlossaryTerm
from learning.reports import UnexplainedAbbreviationsView, unknown_abbreviations


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary of NHS terms")
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["term", "full_form", "locale"]
    list_filter = ["locale"]
    search_fields = ["term", "full_form", "meaning"]
    ordering = ["term"]


register_snippet(GlossaryTermViewSet)


@hooks.register("register_admin_urls")
def register_glossary_report_urls():
    return [
        path("reports/glossary/", UnexplainedAbbreviationsView.as_view(), name="learning_glossary_report"),
        path(
            "reports/glossary/results/",
            UnexplainedAbbreviationsView.as_view(results_only=True),
            name="learning_glossary_report_results",
        ),
    ]


class GlossaryReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("learning.view_glossaryterm")


@hooks.register("register_reports_menu_item")
def register_glossary_report_menu_item():
    return GlossaryReportMenuItem(
        _("Abbreviations not in the glossary"),
        reverse("learning_glossary_report"),
        icon_name="help",
        order=900,
    )


@hooks.register("before_edit_page")
def warn_about_abbreviations_not_in_the_glossary(request, page):
    """Opening a page in the editor lists the abbreviations in its latest draft that the live glossary of
    its language does not explain: a term still in review is not explained to readers yet, so it is still
    listed (as in the report)."""
    if request.method != "GET" or not request.user.has_perm("learning.view_glossaryterm"):
        return
    known = {
        term.strip().lower()
        for term in GlossaryTerm.objects.live().filter(locale_id=page.locale_id).values_list("term", flat=True)
    }
    unknown = unknown_abbreviations(page.specific, known)
    if unknown:
        messages.warning(
            request,
            gettext(
                "This page uses abbreviations that are not in the glossary: %(abbreviations)s. Add them to the "
                "glossary, or write them out in full."
            )
            % {"abbreviations": ", ".join(unknown)},
        )

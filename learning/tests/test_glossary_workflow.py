"""Glossary terms go live only after review: drafts and draft changes stay off public pages (the marking in
page text and the A to Z page) until they are published, unpublishing takes a term off them again, editors
submit terms to the "Review before publishing" workflow and moderators approve them."""

import importlib
import uuid

from django.apps import apps
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import Locale, Workflow, WorkflowContentType, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

import pytest

from learning.glossary import cached_glossary
from learning.models import GlossaryTerm
from learning.reports import glossary_terms_by_language
from learning.tests.glossary_builders import add_term, glossary_page, standard_page
from learning.tests.learning_pages import learning_index, module, programme
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.core.groups import EDITORS, MODERATORS, TRUST_ADMINISTRATORS
from sidebyside.testing.accounts import login_with_mfa
from sidebyside.testing.localize import translate_everything

WORKFLOW_NAME = "Review before publishing"
PALS = {"term": "PALS", "full_form": "Patient Advice and Liaison Service", "meaning": "Helps with worries."}


def url(name, *args):
    return reverse(f"wagtailsnippets_learning_glossaryterm:{name}", args=args)


def staff(client, group):
    login_with_mfa(client, MemberFactory(groups=[group]))
    return client


def draft_term(term="PALS", full_form=PALS["full_form"], meaning=PALS["meaning"], language_code="en"):
    """A new term saved as a draft, as the admin saves one: not live, with a revision."""
    draft = GlossaryTerm(
        locale=Locale.objects.get(language_code=language_code),
        term=term,
        full_form=full_form,
        meaning=meaning,
        live=False,
    )
    draft.save()
    draft.save_revision()
    return draft


def rich_text(html):
    return {"type": "rich_text", "id": str(uuid.uuid4()), "value": html}


@pytest.fixture
def a_to_z(home_page):
    return glossary_page(home_page)


@pytest.fixture
def text_page(home_page, a_to_z):
    return standard_page(home_page, ["<p>Ask PALS for help.</p>"])


def shown(client, page):
    """The public page as a reader gets it."""
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def marked(client, page):
    return "data-sbs-glossary" in shown(client, page)


@pytest.mark.django_db
def test_the_review_workflow_applies_to_glossary_terms_after_the_migrations():
    content_type = ContentType.objects.get_for_model(GlossaryTerm)
    assert WorkflowContentType.objects.get(content_type=content_type).workflow.name == WORKFLOW_NAME
    assert GlossaryTerm(locale=Locale.get_default()).get_workflow().name == WORKFLOW_NAME


@pytest.mark.django_db
def test_the_migration_changes_nothing_when_run_again_and_creates_no_workflow_when_it_is_missing():
    migration = importlib.import_module("learning.migrations.0004_glossary_review_workflow")
    migration.review_glossary_terms(apps, None)
    content_type = ContentType.objects.get_for_model(GlossaryTerm)
    assert WorkflowContentType.objects.filter(content_type=content_type).count() == 1
    assert Group.objects.filter(permissions__codename="publish_glossaryterm").count() == 2

    migration.stop_reviewing_glossary_terms(apps, None)
    assert not WorkflowContentType.objects.filter(content_type=content_type).exists()
    assert not Group.objects.filter(permissions__codename="publish_glossaryterm").exists()

    Workflow.objects.filter(name=WORKFLOW_NAME).update(name="Renamed by an administrator")
    workflows = Workflow.objects.count()
    migration.review_glossary_terms(apps, None)
    assert Workflow.objects.count() == workflows
    assert not WorkflowContentType.objects.filter(content_type=content_type).exists()
    assert Group.objects.filter(permissions__codename="publish_glossaryterm").count() == 2


@pytest.mark.django_db
def test_terms_saved_directly_stay_live_as_the_existing_terms_did(home_page):
    term = add_term("PALS")
    assert term.live and GlossaryTerm.objects.live().filter(pk=term.pk).exists()


@pytest.mark.django_db
def test_a_new_draft_term_is_neither_marked_nor_listed_until_it_is_published(client, a_to_z, text_page):
    draft = draft_term()
    assert not marked(client, text_page)  # also puts the glossary without the draft in the cache
    assert "Patient Advice and Liaison Service" not in shown(client, a_to_z)
    assert cached_glossary("en").entries == ()

    draft.latest_revision.publish()

    html = shown(client, text_page)
    assert "data-sbs-glossary" in html and "Helps with worries." in html
    assert "Patient Advice and Liaison Service" in shown(client, a_to_z)


@pytest.mark.django_db
def test_a_draft_term_is_not_marked_in_module_text(client, home_page, a_to_z):
    parent = programme(learning_index(home_page))
    page = module(parent, "Getting help", body=[rich_text("<p>Ask PALS for help.</p>")])
    draft = draft_term()
    assert "data-sbs-glossary" not in shown(client, page)
    draft.latest_revision.publish()
    assert "Helps with worries." in shown(client, page)


@pytest.mark.django_db
def test_a_draft_change_to_a_live_term_waits_until_it_is_published(client, a_to_z, text_page):
    term = add_term(**PALS)
    assert "Helps with worries." in shown(client, text_page)

    term.meaning = "Answers questions about your care."
    revision = term.save_revision()
    term.refresh_from_db()
    assert term.live and term.has_unpublished_changes and term.meaning == "Helps with worries."
    assert "Answers questions" not in shown(client, text_page)
    assert "Answers questions" not in shown(client, a_to_z)

    revision.publish()
    assert "Answers questions about your care." in shown(client, text_page)
    assert "Answers questions about your care." in shown(client, a_to_z)


@pytest.mark.django_db
def test_unpublishing_a_term_takes_it_off_the_pages_and_the_cache_follows(client, a_to_z, text_page):
    term = draft_term()
    term.latest_revision.publish()
    assert marked(client, text_page)  # the glossary with the term is now cached
    assert [entry.term for entry in cached_glossary("en").entries] == ["PALS"]

    term.refresh_from_db()
    term.unpublish()
    assert not GlossaryTerm.objects.get(pk=term.pk).live

    assert cached_glossary("en").entries == ()
    assert not marked(client, text_page)
    assert "Patient Advice and Liaison Service" not in shown(client, a_to_z)


@pytest.mark.django_db
def test_the_a_to_z_page_does_not_link_to_a_related_term_in_draft(client, a_to_z):
    trust = add_term("Trust", meaning="Runs hospitals.")
    board = draft_term("Trust board", full_form="", meaning="Runs the trust.")
    trust.related_terms.add(board)
    html = shown(client, a_to_z)
    assert "term-trust-board" not in html and "Runs the trust." not in html
    board.latest_revision.publish()
    assert 'href="#term-trust-board"' in shown(client, a_to_z)


@pytest.mark.django_db
def test_the_report_and_the_editor_warning_count_live_terms_only(client, home_page):
    add_term("PALS")
    draft_term("CQC", full_form="Care Quality Commission", meaning="Checks health services.")
    assert glossary_terms_by_language() == {"en": {"pals"}}
    page = standard_page(home_page, ["<p>The CQC inspects; ask PALS.</p>"], title="Inspections", intro="")
    html = staff(client, EDITORS).get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "This page uses abbreviations that are not in the glossary: CQC." in html


# Through the admin


def term_form(**changes):
    return {**PALS, "related_terms": [], **changes}


@pytest.mark.django_db
def test_an_editor_saves_a_draft_and_submits_it_but_cannot_publish(client, a_to_z, text_page):
    editor = staff(client, EDITORS)
    response = editor.post(url("add") + "?locale=en", {**term_form(), "action-publish": "action-publish"})
    assert response.status_code == 302
    term = GlossaryTerm.objects.get(term="PALS")
    assert not term.live and term.live_revision is None  # publishing was not among the editor's actions

    response = editor.post(url("edit", term.pk), {**term_form(), "action-submit": "action-submit"})
    assert response.status_code == 302
    term.refresh_from_db()
    assert not term.live
    assert term.workflow_in_progress
    assert term.current_workflow_state.workflow.name == WORKFLOW_NAME

    response = editor.post(url("edit", term.pk), {**term_form(), "action-publish": "action-publish"})
    term.refresh_from_db()
    assert not term.live
    client.logout()
    assert not marked(client, text_page)
    assert "Patient Advice and Liaison Service" not in shown(client, a_to_z)


@pytest.mark.django_db
def test_a_moderator_approves_a_submitted_term_and_it_goes_live(client, a_to_z, text_page):
    editor = staff(client, EDITORS)
    editor.post(url("add") + "?locale=en", {**term_form(), "action-submit": "action-submit"})
    term = GlossaryTerm.objects.get(term="PALS")
    assert term.workflow_in_progress and not term.live
    client.logout()
    assert not marked(client, text_page)

    moderator = staff(client, MODERATORS)
    task_state = term.current_workflow_task_state
    response = moderator.post(url("workflow_action", term.pk, "approve", task_state.pk), {"comment": ""})
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.live and term.live_revision_id == term.latest_revision_id
    assert WorkflowState.objects.get(pk=task_state.workflow_state_id).status == WorkflowState.STATUS_APPROVED
    client.logout()

    assert "Helps with worries." in shown(client, text_page)
    assert "Patient Advice and Liaison Service" in shown(client, a_to_z)


@pytest.mark.django_db
def test_an_editors_change_to_a_live_term_waits_for_approval(client, a_to_z, text_page):
    term = add_term(**PALS)
    term.save_revision().publish()
    icb = add_term("ICB", meaning="Plans local health services.")
    editor = staff(client, EDITORS)
    changed = term_form(meaning="Answers questions about your care.", related_terms=[icb.pk])
    response = editor.post(url("edit", term.pk), {**changed, "action-submit": "action-submit"})
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.live and term.meaning == "Helps with worries." and term.workflow_in_progress
    # Links between terms are not kept in revisions: they are saved at once (and only link live terms).
    assert list(term.related_terms.all()) == [icb]
    client.logout()
    assert "Answers questions" not in shown(client, text_page)

    moderator = staff(client, MODERATORS)
    moderator.post(url("workflow_action", term.pk, "approve", term.current_workflow_task_state.pk), {"comment": ""})
    client.logout()
    assert "Answers questions about your care." in shown(client, text_page)


@pytest.mark.django_db
def test_only_the_groups_that_publish_pages_may_publish_terms(home_page):
    def may_publish(group):
        return Group.objects.get(name=group).permissions.filter(codename="publish_glossaryterm").exists()

    assert not may_publish(EDITORS)
    assert may_publish(MODERATORS)
    assert may_publish(TRUST_ADMINISTRATORS)


@pytest.mark.django_db
def test_a_trust_administrator_may_publish_a_term_straight_away(client, a_to_z, text_page):
    administrator = staff(client, TRUST_ADMINISTRATORS)
    response = administrator.post(url("add") + "?locale=en", {**term_form(), "action-publish": "action-publish"})
    assert response.status_code == 302
    assert GlossaryTerm.objects.get(term="PALS").live
    client.logout()
    assert marked(client, text_page)


# Translating terms with wagtail-localize


def localize(term, language_code, publish, capture_on_commit_callbacks):
    locale, _created = Locale.objects.get_or_create(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(term)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translate_everything(source, locale, language_code.upper())
    with capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=publish)
    return term.get_translation(locale)


@pytest.mark.django_db
def test_a_translation_saved_as_a_draft_is_not_used_until_published(home_page, django_capture_on_commit_callbacks):
    term = add_term(**PALS)
    polish = localize(term, "pl", False, django_capture_on_commit_callbacks)
    assert not polish.live and polish.meaning == "PL Helps with worries."
    assert cached_glossary("pl").entries == ()

    polish = localize(term, "pl", True, django_capture_on_commit_callbacks)
    polish.refresh_from_db()
    assert polish.live and polish.live_revision_id is not None
    assert [entry.meaning for entry in cached_glossary("pl").entries] == ["PL Helps with worries."]

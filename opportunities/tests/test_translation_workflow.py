"""An opportunity translated in wagtail-localize: its page text and its extra questions are translated, the
questions keep their names so answers from every language can be read together, and a sync from the English
page keeps the translations; an interest sent from the Polish page joins the same queue as the English one."""

from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource

import pytest

from opportunities.models import ExpressionOfInterest, OpportunityFormField, OpportunityPage
from opportunities.tests.factories import OpportunityIndexPageFactory, OpportunityPageFactory
from opportunities.tests.test_interest_views import valid_data
from sidebyside.testing.localize import publish_translation as translate
from sidebyside.testing.localize import translate_everything

pytestmark = pytest.mark.django_db


def field_kinds(model):
    return {field.field_name: type(field) for field in get_translatable_fields(model)}


def test_questions_are_translated_with_the_page_and_keep_their_names():
    kinds = field_kinds(OpportunityFormField)

    assert kinds["label"] is TranslatableField
    assert kinds["help_text"] is TranslatableField
    assert kinds["choices"] is TranslatableField
    assert kinds["clean_name"] is SynchronizedField
    assert kinds["field_type"] is SynchronizedField
    assert field_kinds(OpportunityPage)["form_fields"] is TranslatableField


@pytest.fixture
def english(home_page):
    index = OpportunityIndexPageFactory(parent=home_page)
    translate(index, "pl", "Możliwości")
    page = OpportunityPageFactory(parent=index, title="Maternity voices partner")
    OpportunityFormField.objects.create(
        page=page, label="Which days suit you?", field_type="checkboxes", choices="Monday\nFriday"
    )
    page.save_revision().publish()
    return page


def save_and_publish(translation, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        translation.save_target(publish=True)


@pytest.fixture
def translation(english, django_capture_on_commit_callbacks):
    polish = Locale.objects.get(language_code="pl")
    source, _created = TranslationSource.get_or_create_from_instance(english)
    translation = Translation.objects.create(source=source, target_locale=polish)
    translate_everything(source, polish, "PL")
    save_and_publish(translation, django_capture_on_commit_callbacks)
    return translation


def test_a_translation_gets_translated_questions_with_the_english_names(english, translation):
    polish_page = english.get_translation(translation.target_locale)
    question = polish_page.form_fields.get()
    english_question = english.form_fields.get()

    assert polish_page.title == "PL Maternity voices partner"
    assert question.label == "PL Which days suit you?"
    assert question.clean_name == english_question.clean_name == "which_days_suit_you"
    assert question.translation_key == english_question.translation_key
    assert question.locale == translation.target_locale


def test_syncing_after_an_english_change_keeps_the_translated_questions(
    english, translation, django_capture_on_commit_callbacks
):
    english.title = "Maternity voices lay partner"
    english.save_revision().publish()
    source = translation.source
    source.update_from_db()
    translate_everything(source, translation.target_locale, "PL")
    save_and_publish(translation, django_capture_on_commit_callbacks)

    polish_page = english.get_translation(translation.target_locale)
    assert polish_page.title == "PL Maternity voices lay partner"
    assert polish_page.form_fields.get().label == "PL Which days suit you?"


def test_an_interest_from_the_polish_page_joins_the_english_pages_queue(client, english, translation):
    polish_page = english.get_translation(translation.target_locale)
    assert 'name="extra_which_days_suit_you"' in client.get(polish_page.url).content.decode()

    client.post(english.url, valid_data(extra_which_days_suit_you=["Monday"]))
    response = client.post(
        polish_page.url, valid_data(email="ola@example.org", extra_which_days_suit_you=["PL Monday"])
    )

    assert response.status_code == 302
    interests = ExpressionOfInterest.objects.order_by("created_at")
    assert [i.language for i in interests] == ["en", "pl"]
    assert len({i.opportunity_key for i in interests}) == 1
    assert interests[1].answers["which_days_suit_you"]["label"] == "PL Which days suit you?"


def test_a_translator_outside_the_admin_works_from_a_po_file(english, django_capture_on_commit_callbacks):
    """The wagtail-localize way: download the strings as a PO file, fill it in elsewhere, upload it."""
    arabic = Locale.objects.get(language_code="ar")
    translate(english.get_parent(), "ar", "فرص")
    source, _created = TranslationSource.get_or_create_from_instance(english)
    translation = Translation.objects.create(source=source, target_locale=arabic)

    po = translation.export_po()
    assert {entry.msgid for entry in po} >= {"Maternity voices partner", "Which days suit you?"}
    assert all(entry.msgstr == "" for entry in po)
    for entry in po:
        entry.msgstr = f"AR {entry.msgid}"
    translation.import_po(po)
    save_and_publish(translation, django_capture_on_commit_callbacks)

    arabic_page = english.get_translation(arabic)
    assert arabic_page.live
    assert arabic_page.title == "AR Maternity voices partner"
    assert arabic_page.form_fields.get().label == "AR Which days suit you?"

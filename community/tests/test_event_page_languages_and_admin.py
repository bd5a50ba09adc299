"""The event page in Polish and Arabic, and the event series in the admin's "Organisations and places" menu."""

import datetime

from django.utils import timezone

from wagtail.models import Locale

import pytest

from community.models import EventFormField, EventPage, EventSeries
from community.tests.factories import EventIndexPageFactory, EventPageFactory
from sidebyside.accounts.tests.factories import MemberFactory
from sidebyside.testing.accounts import login_with_mfa

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "weekday"), [("pl", "Wtorek 5 marca 2030"), ("ar", "الثلاثاء")])
def test_the_page_in_another_language_gives_the_time_in_that_language(client, home_page, language, weekday):
    index = EventIndexPageFactory(parent=home_page)
    start = timezone.make_aware(datetime.datetime(2030, 3, 5, 9, 30))
    event = EventPageFactory(parent=index, start=start, end=start + datetime.timedelta(hours=2))
    locale = Locale.objects.get(language_code=language)
    index.copy_for_translation(locale, copy_parents=True).save_revision().publish()
    translated = event.copy_for_translation(locale)
    translated.save_revision().publish()
    response = client.get(translated.get_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert weekday in body
    assert "Tuesday" not in body


@pytest.mark.parametrize("group", ["Editors", "Trust administrators"])
def test_staff_find_event_series_in_the_admin(client, group):
    EventSeries.objects.create(name="Letters across the region")
    login_with_mfa(client, MemberFactory(groups=[group], is_staff=True))
    response = client.get("/admin/snippets/community/eventseries/")
    assert response.status_code == 200
    assert "Letters across the region" in response.content.decode()
    menu = client.get("/admin/").content.decode()
    assert "Event series" in menu


def test_sign_up_questions_are_translated_with_the_event_and_keep_their_names():
    from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields

    kinds = {field.field_name: type(field) for field in get_translatable_fields(EventFormField)}
    page_kinds = {field.field_name: type(field) for field in get_translatable_fields(EventPage)}

    assert kinds["label"] is TranslatableField and kinds["choices"] is TranslatableField
    assert kinds["clean_name"] is SynchronizedField
    assert page_kinds["form_fields"] is TranslatableField


def test_a_translated_events_questions_share_keys_and_names_with_the_english_ones(home_page):
    index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=index)
    EventFormField.objects.create(page=event, label="Any dietary needs?", field_type="singleline")
    locale = Locale.objects.get(language_code="pl")
    index.copy_for_translation(locale, copy_parents=True)
    polish = event.copy_for_translation(locale)

    english_question, polish_question = event.form_fields.get(), polish.form_fields.get()
    assert polish_question.pk != english_question.pk
    assert polish_question.locale == locale
    assert (polish_question.translation_key, polish_question.clean_name) == (
        english_question.translation_key,
        english_question.clean_name,
    )

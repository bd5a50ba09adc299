"""Every page type translates through wagtail-localize and stays in step with its English source: each one
is translated string by string into Polish (replacing the demo's Polish text), published, then synced after
an English change. A page type whose fields or blocks wagtail-localize cannot handle fails here."""

from wagtail.models import Locale, Page, get_page_models

import pytest

from sidebyside.testing.localize import translate_and_publish

pytestmark = pytest.mark.django_db

PAGE_TYPES = sorted(model._meta.label for model in get_page_models() if model is not Page)


@pytest.fixture
def demo(demo_content_once, db):
    """The demo content, loaded once for this module (see the root conftest)."""


@pytest.mark.parametrize("label", PAGE_TYPES)
def test_each_page_type_is_translated_and_synced(demo, label, django_capture_on_commit_callbacks):
    model = next(model for model in get_page_models() if model._meta.label == label)
    english = model.objects.live().filter(locale__language_code="en").order_by("path").first()
    assert english is not None, f"the demo has no {label}: add one so its translation is tested"
    polish = Locale.objects.get(language_code="pl")
    for ancestor in english.get_ancestors().filter(depth__gt=1):
        if ancestor.get_translation_or_none(polish) is None:
            ancestor.specific.copy_for_translation(polish, copy_parents=True)

    translated = translate_and_publish(english, polish, django_capture_on_commit_callbacks)

    assert translated.live
    assert translated.title == f"PL {english.title}"
    assert translated.translation_key == english.translation_key

    english.title = f"{english.title} (updated)"
    english.save_revision().publish()
    synced = translate_and_publish(english, polish, django_capture_on_commit_callbacks)

    assert synced.pk == translated.pk
    assert synced.title == f"PL {english.title}"

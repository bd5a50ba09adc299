"""Translating pages in tests the way a translator does in wagtail-localize."""

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translate_everything(source, locale, prefix):
    """Translate each string of `source` into `locale` as "<prefix> <English>"."""
    for segment in StringSegment.objects.filter(source=source).select_related("string"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": f"{prefix} {segment.string.data}"},
        )


def translate_and_publish(page, locale, capture_on_commit_callbacks, prefix="PL"):
    """Sync `page`'s translation source, translate every string and publish the translation (wagtail-localize
    publishes on commit, so pass pytest-django's django_capture_on_commit_callbacks)."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    translate_everything(source, locale, prefix)
    with capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return page.get_translation(locale).specific

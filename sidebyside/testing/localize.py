"""Translating pages in tests: a quick published copy, or the way a translator does it in wagtail-localize."""

from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def publish_translation(page, language_code, title):
    """Copy `page` into the language (and its ancestors, where missing), give the copy `title` and publish
    it, publishing the copied ancestors too."""
    translation = page.copy_for_translation(Locale.objects.get(language_code=language_code), copy_parents=True)
    translation.title = title
    translation.save_revision().publish()
    for ancestor in translation.get_ancestors().filter(depth__gt=1).specific():
        if not ancestor.live:
            ancestor.save_revision().publish()
    return translation


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

"""Empty the cached glossary (learning.glossary) whenever a term or the A to Z page changes, so the next
page shows the change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from learning.glossary import clear_cache
from learning.models import GlossaryPage, GlossaryTerm


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
@receiver(post_save, sender=GlossaryPage)
@receiver(post_delete, sender=GlossaryPage)
@receiver(page_published, sender=GlossaryPage)
@receiver(page_unpublished, sender=GlossaryPage)
def glossary_changed(sender, **kwargs):
    clear_cache()

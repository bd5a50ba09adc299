"""Empty the cached glossary (learning.glossary) whenever a term or the A to Z page changes, so the next
page shows the change. The A to Z page's address is cached too, so anything that can change the address of
any page (a move, a parent's new slug, a site's new hostname) empties it as well."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from learning.glossary import clear_cache
from learning.models import GlossaryPage, GlossaryTerm


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
@receiver(post_save, sender=GlossaryPage)
@receiver(post_delete, sender=GlossaryPage)
@receiver(page_published, sender=GlossaryPage)
@receiver(page_unpublished, sender=GlossaryPage)
@receiver(post_page_move)
@receiver(page_slug_changed)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
def glossary_changed(sender, **kwargs):
    clear_cache()

"""Empty the cached glossary (learning.glossary) whenever a term or the A to Z page changes, so the next
page shows the change. The A to Z page's address is cached too, so anything that can change the address of
any page (a move, a parent's new slug, a site's new hostname) empties it as well.

Terms have drafts: only publishing or unpublishing one changes what readers see. Both save the term (so
post_save already empties the cache), and Wagtail's `published` and `unpublished` signals are listened to
as well, so the cache follows however a term goes live or stops being live. Saving a draft empties it too,
which costs one query on the next page and keeps the rule simple. Each change empties the cache again once
its transaction commits, so a page read during the transaction cannot keep the old glossary cached.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
    published,
    unpublished,
)

from learning.glossary import clear_cache
from learning.models import GlossaryPage, GlossaryTerm


@receiver(post_save, sender=GlossaryTerm)
@receiver(post_delete, sender=GlossaryTerm)
@receiver(published, sender=GlossaryTerm)
@receiver(unpublished, sender=GlossaryTerm)
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
    transaction.on_commit(clear_cache)

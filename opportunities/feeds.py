"""RSS and Atom feeds of the newest open opportunities under an index page, with the index's filters."""

from django.contrib.syndication.views import Feed
from django.db.models import F
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

FEED_LENGTH = 20


class OpportunityRssFeed(Feed):
    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, index_page):
        return index_page

    def title(self, index_page):
        return _("%(title)s: new opportunities") % {"title": index_page.title}

    def description(self, index_page):
        return index_page.introduction or _("New ways to get involved, newest first.")

    def link(self, index_page):
        return index_page.get_full_url(self.request)

    def items(self, index_page):
        from opportunities.views.listing import filter_form

        form = filter_form(index_page, self.request)
        opportunities = form.filter(index_page.opportunities())
        return opportunities.order_by(F("first_published_at").desc(nulls_last=True), "-pk")[:FEED_LENGTH]

    def item_title(self, opportunity):
        return opportunity.title

    def item_description(self, opportunity):
        return opportunity.summary

    def item_link(self, opportunity):
        return opportunity.get_full_url(self.request)

    def item_pubdate(self, opportunity):
        return opportunity.first_published_at

    def item_updateddate(self, opportunity):
        return opportunity.last_published_at

    def item_author_name(self, opportunity):
        return opportunity.organisation.name_in(get_language())[0] if opportunity.organisation else None


class OpportunityAtomFeed(OpportunityRssFeed):
    feed_type = Atom1Feed
    subtitle = OpportunityRssFeed.description

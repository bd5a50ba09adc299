"""Factories for the buddy scheme: the scheme page, requests, offers and matches."""

import factory
import wagtail_factories

from community.models import (
    BuddyMatch,
    BuddyOffer,
    BuddyRequest,
    BuddySchemeIndexPage,
    MatchStatus,
    OfferStatus,
    RequestStatus,
)
from sidebyside.accounts.tests.factories import MemberFactory


class BuddySchemeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Buddy scheme"
    slug = "buddy-scheme"
    introduction = "A buddy is someone who has taken part before."

    class Meta:
        model = BuddySchemeIndexPage


class BuddyRequestFactory(factory.django.DjangoModelFactory):
    index_page = None
    organisation = None
    name = factory.Sequence(lambda n: f"Alex Asker{n}")
    preferred_contact = "email"
    email = factory.Sequence(lambda n: f"asker{n}@example.org")
    language = "en"
    preferred_language = "English"
    support_areas = factory.LazyFunction(lambda: ["first_meetings"])
    modes = factory.LazyFunction(lambda: ["phone"])
    days = factory.LazyFunction(lambda: ["tue"])
    times = factory.LazyFunction(lambda: ["morning"])
    consent_wording_version = "test"
    status = RequestStatus.NEW

    class Meta:
        model = BuddyRequest


class BuddyOfferFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(MemberFactory)
    organisation = None
    name = factory.Sequence(lambda n: f"Bea Buddy{n}")
    preferred_contact = "email"
    email = factory.Sequence(lambda n: f"buddy{n}@example.org")
    phone = "07700 900555"
    language = "en"
    help_with = "I remember my first meeting."
    support_areas = factory.LazyFunction(lambda: ["first_meetings"])
    languages = factory.LazyFunction(lambda: ["English"])
    modes = factory.LazyFunction(lambda: ["phone"])
    days = factory.LazyFunction(lambda: ["tue"])
    times = factory.LazyFunction(lambda: ["morning"])
    capacity = 1
    status = OfferStatus.APPROVED
    approval_note = "Training module done."

    class Meta:
        model = BuddyOffer


class BuddyMatchFactory(factory.django.DjangoModelFactory):
    request = factory.SubFactory(BuddyRequestFactory, status=RequestStatus.PROPOSED)
    offer = factory.SubFactory(BuddyOfferFactory)
    status = MatchStatus.PROPOSED

    class Meta:
        model = BuddyMatch

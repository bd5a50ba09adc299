import datetime
import uuid

from django.utils import timezone

import factory
import wagtail_factories

from opportunities.models import (
    Commitment,
    ExpressionOfInterest,
    OpportunityIndexPage,
    OpportunityKind,
    OpportunityPage,
    Payment,
)
from sidebyside.core.tests.factories import ContactPersonFactory, OrganisationFactory


class OpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Get involved"
    slug = "get-involved"
    introduction = "Ways to help improve local health services."

    class Meta:
        model = OpportunityIndexPage


class OpportunityPageFactory(wagtail_factories.PageFactory):
    """A live, open opportunity for adults, in person and online, with 2 places and no closing date."""

    title = factory.Sequence(lambda n: f"Lay partner for project {n}")
    summary = "Help staff redesign how people book appointments."
    kind = OpportunityKind.LAY_PARTNER
    organisation = factory.SubFactory(OrganisationFactory)
    for_adults = True
    frequency = Commitment.MONTHLY
    online = True
    payment = Payment.EXPENSES
    places_sought = 2
    contact = factory.SubFactory(ContactPersonFactory)

    class Meta:
        model = OpportunityPage
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            self.save_revision().publish()


class ExpressionOfInterestFactory(factory.django.DjangoModelFactory):
    opportunity = factory.SubFactory(OpportunityPageFactory)
    opportunity_key = factory.LazyAttribute(lambda o: o.opportunity.translation_key if o.opportunity else uuid.uuid4())
    opportunity_title = factory.LazyAttribute(lambda o: o.opportunity.title if o.opportunity else "A role")
    organisation = factory.LazyAttribute(lambda o: o.opportunity.organisation if o.opportunity else None)
    name = factory.Sequence(lambda n: f"Applicant {n}")
    email = factory.Sequence(lambda n: f"applicant{n}@example.org")
    why_interested = "I use this service and want to help make it better."
    consent_wording_version = "test"
    created_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = ExpressionOfInterest


def closed_yesterday():
    return timezone.localdate() - datetime.timedelta(days=1)

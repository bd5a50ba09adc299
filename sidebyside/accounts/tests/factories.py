from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import factory
from allauth.account.models import EmailAddress

from sidebyside.accounts.models import Consent, ConsentMethod, ConsentTopic, InvolvementProfile


class MemberFactory(factory.django.DjangoModelFactory):
    """A member with a verified, primary email address, as allauth leaves them after sign-up."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"member{n}")
    email = factory.Sequence(lambda n: f"member{n}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "a long test password")

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(user=self, email=self.email, verified=True, primary=True)

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.set(Group.objects.filter(name__in=names))


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = InvolvementProfile

    user = factory.SubFactory(MemberFactory)
    preferred_name = "Ali"
    phone = "07700 900123"


class ConsentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consent

    user = factory.SubFactory(MemberFactory)
    email = factory.LazyAttribute(lambda consent: consent.user.email if consent.user else "guest@example.org")
    topic = ConsentTopic.TOPIC_ALERTS
    wording_version = "alerts-v1"
    method = ConsentMethod.WEB_FORM

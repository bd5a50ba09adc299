from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

import factory

from sidebyside.notifications.models import OutboxMessage


class OutboxMessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutboxMessage

    recipient = factory.Sequence(lambda n: f"person{n}@example.org")
    language = "en"
    template = "test_message"
    context = factory.Sequence(lambda n: {"number": n})
    idempotency_key = factory.Sequence(lambda n: f"test:{n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff{n}")
    email = factory.Sequence(lambda n: f"staff{n}@nhs.example")
    first_name = "Sam"
    password = factory.PostGenerationMethodCall("set_password", "a long test password")

    @factory.post_generation
    def groups(self, create, names, **kwargs):
        if create and names:
            self.groups.set(Group.objects.filter(name__in=names))
        if create:
            self.save()

from dataclasses import dataclass

from django.core import mail
from django.db import transaction
from django.utils import translation

import pytest

from sidebyside.notifications import Contact, contact_details, notify, wants_email
from sidebyside.notifications.api import enqueue_delivery
from sidebyside.notifications.models import OutboxMessage
from sidebyside.notifications.tasks import deliver_due

Status = OutboxMessage.Status


class Boom(Exception):
    pass


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_message_queued_in_a_rolled_back_transaction_is_never_sent(smtp_settings, smtp_server):
    with pytest.raises(Boom), transaction.atomic():
        notify("a@example.org", "test_message", {"number": 1}, idempotency_key="rolled-back")
        raise Boom

    deliver_due()

    assert not OutboxMessage.objects.exists()
    assert smtp_server.count == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_committing_hands_delivery_to_the_worker(smtp_settings, smtp_server):
    # Q_CLUSTER["sync"] runs the queued task inline, so the commit alone delivers the message.
    with transaction.atomic():
        message = notify("a@example.org", "test_message", {"number": 1}, idempotency_key="committed")
        assert smtp_server.count == 0, "no request talks to SMTP before the commit"

    assert smtp_server.count == 1
    message.refresh_from_db()
    assert message.status == Status.SENT


@pytest.mark.django_db
def test_the_same_idempotency_key_makes_one_message(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        first = notify("a@example.org", "test_message", {"number": 1}, idempotency_key="once")
    with django_capture_on_commit_callbacks() as again:
        second = notify("a@example.org", "test_message", {"number": 2}, idempotency_key="once")

    assert first.pk == second.pk
    assert OutboxMessage.objects.count() == 1
    assert second.context == {"number": 1}
    assert len(callbacks) == 1 and again == []


@pytest.mark.django_db
def test_a_concurrent_insert_of_the_same_key_does_not_break_the_callers_transaction(monkeypatch):
    notify("a@example.org", "test_message", idempotency_key="raced")
    # Pretend the first lookup missed the row, as it would while another transaction was inserting it.
    monkeypatch.setattr(
        "sidebyside.notifications.api.OutboxMessage.objects.filter",
        lambda **kwargs: OutboxMessage.objects.none(),
    )

    with transaction.atomic():
        message = notify("a@example.org", "test_message", idempotency_key="raced")
        assert OutboxMessage.objects.all().count() == 1  # the transaction is still usable

    assert message.idempotency_key == "raced"


@pytest.mark.django_db
def test_one_delivery_task_per_transaction(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        for number in range(3):
            notify(f"p{number}@example.org", "test_message", {"number": number}, idempotency_key=f"k{number}")

    assert callbacks == [enqueue_delivery]


@pytest.mark.django_db
@pytest.mark.parametrize("preference", ["phone", "post"])
def test_someone_who_chose_phone_or_post_gets_no_email(preference, django_capture_on_commit_callbacks):
    person = Contact(email="a@example.org", phone="01234 567890", preferred_contact=preference)

    with django_capture_on_commit_callbacks() as callbacks:
        message = notify(person, "test_message", {"number": 1}, idempotency_key="pref")
    deliver_due()

    assert message.status == Status.NOT_EMAILED
    assert message.recipient == ""
    assert message.preferred_contact == preference
    assert callbacks == []
    assert mail.outbox == []


@pytest.mark.django_db
def test_staff_message_about_a_phone_person_says_to_call_them():
    person = Contact(email="a@example.org", phone="01234 567890", preferred_contact="phone")
    notify("staff@nhs.example", "test_staff_alert", {"contact": contact_details(person)}, idempotency_key="staff")

    deliver_due()

    [email] = mail.outbox
    assert "call them on 01234 567890. Do not email them." in email.body
    assert "call them on 01234 567890" in email.alternatives[0].content


def test_wants_email_follows_the_preference_and_needs_an_address():
    assert wants_email("a@example.org")
    assert wants_email(Contact(email="a@example.org"))
    assert not wants_email(Contact(email="a@example.org", preferred_contact="phone"))
    assert not wants_email(Contact(email="", preferred_contact="email"))


@dataclass
class Profile:
    email: str
    phone: str
    preferred_contact: str
    language: str


@pytest.mark.django_db
def test_any_object_with_contact_attributes_is_a_recipient():
    message = notify(Profile("a@example.org", "", "email", "ar"), "test_message", idempotency_key="profile")

    assert (message.recipient, message.language, message.status) == ("a@example.org", "ar", Status.QUEUED)


@pytest.mark.django_db
def test_language_comes_from_the_argument_then_the_person_then_the_current_request():
    with translation.override("pl"):
        current = notify("a@example.org", "test_message", idempotency_key="l1")
        personal = notify(Contact(email="a@example.org", language="ar"), "test_message", idempotency_key="l2")
        explicit = notify(Contact(email="a@example.org", language="ar"), "t", idempotency_key="l3", language="en")
    unknown = notify("a@example.org", "test_message", idempotency_key="l4", language="xx")

    assert [m.language for m in (current, personal, explicit, unknown)] == ["pl", "ar", "en", "en"]


@pytest.mark.django_db
@pytest.mark.parametrize("context", [["a list"], "a string", 7])
def test_a_context_that_is_not_a_mapping_is_refused_where_the_mistake_is_made(context):
    with pytest.raises(TypeError):
        notify("a@example.org", "test_message", context, idempotency_key="odd")

    assert not OutboxMessage.objects.exists()


@pytest.mark.django_db
def test_a_broker_that_is_down_does_not_break_the_request_that_queued_the_message(
    monkeypatch, django_capture_on_commit_callbacks
):
    def broker_down(*args, **kwargs):
        raise ConnectionError("Redis is not answering")

    monkeypatch.setattr("django_q.tasks.async_task", broker_down)

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        message = notify("a@example.org", "test_message", {"number": 1}, idempotency_key="broker-down")

    # The row is committed; the minute sweep delivers it.
    assert OutboxMessage.objects.get(pk=message.pk).status == Status.QUEUED


@pytest.mark.django_db
def test_someone_who_asked_for_text_messages_gets_no_email():
    person = Profile("a@example.org", "07700 900123", "text", "en")

    message = notify(person, "test_message", idempotency_key="text")

    assert message.status == Status.NOT_EMAILED
    assert contact_details(person)["method"] == "phone"

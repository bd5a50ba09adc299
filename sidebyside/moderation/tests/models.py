"""A test-only moderated model. Its table is made by conftest.py, so it needs no migration; it is only
imported by these tests, so `makemigrations` never sees it."""

from django.db import models

from sidebyside.moderation.models import ModeratedModel
from sidebyside.notifications import notify

# username -> organisations, read by `organisations_for` (the MODERATION_USER_ORGANISATIONS hook in tests)
STAFF_ORGANISATIONS: dict[str, list[str]] = {}


def organisations_for(user):
    return STAFF_ORGANISATIONS.get(user.username, [])


def tell_applicant(application, decision):
    notify(
        application.email,
        "application_accepted",
        {"from": decision.from_status, "to": decision.to_status},
        idempotency_key=f"test-application-accepted:{decision.pk}",
    )


class Application(ModeratedModel):
    class Status(models.TextChoices):
        NEW = "new", "New"
        IN_REVIEW = "in_review", "In review"
        ACCEPTED = "accepted", "Accepted"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"

    TRANSITIONS = {
        "new": ["in_review", "rejected", "withdrawn"],
        "in_review": ["accepted", "rejected", "withdrawn"],
    }
    REASON_REQUIRED = frozenset({"rejected"})
    ON_TRANSITION = {"accepted": [tell_applicant]}
    ORGANISATION_LOOKUP = "organisation"

    status = models.CharField(max_length=32, choices=Status.choices, default=Status.NEW)
    email = models.EmailField(blank=True)
    organisation = models.CharField(max_length=50, blank=True)
    # No database constraint: PostgreSQL refuses to TRUNCATE auth_user (the flush after a transactional
    # test) while an unmanaged table, which the flush leaves out, still points at it.
    assignee = models.ForeignKey(
        "auth.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", db_constraint=False
    )

    class Meta:
        app_label = "moderation"
        # Unmanaged: migrations, test-database serialisation and flushes all leave it alone.
        managed = False

    def __str__(self):
        return self.email

import threading

from django.contrib.auth import get_user_model
from django.db import connection

import pytest

from sidebyside.moderation.models import ModerationDecision
from sidebyside.moderation.services import StatusChanged, transition

from .models import Application


def race(pk, targets, user):
    """Each thread loads the item (both see "new"), waits for the other, then tries its transition."""
    start = threading.Barrier(len(targets))
    won, lost, errors = [], [], []

    def moderate(target):
        try:
            item = Application.objects.get(pk=pk)
            start.wait()
            transition(item, target, by=user, reason="Decided")
            won.append(target)
        except StatusChanged:
            lost.append(target)
        except Exception as exc:  # reported by the assertion in the test
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=moderate, args=(target,)) for target in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return won, lost, errors


@pytest.fixture
def unmanaged_cleanup():
    """The flush after a transactional test empties managed tables only: empty the unmanaged one too."""
    yield
    Application.objects.all().delete()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.parametrize("targets", [("in_review", "in_review"), ("in_review", "rejected"), ("withdrawn", "rejected")])
def test_two_moderators_acting_on_the_same_item_at_once_exactly_one_wins(targets, unmanaged_cleanup):
    user = get_user_model().objects.create_user("racer")
    for _round in range(5):
        item = Application.objects.create()

        won, lost, errors = race(item.pk, targets, user)

        assert errors == []
        assert len(won) == 1
        assert len(lost) == 1
        item.refresh_from_db()
        assert item.status == won[0]
        decisions = ModerationDecision.objects.filter(object_id=item.pk)
        assert [(d.from_status, d.to_status) for d in decisions] == [("new", won[0])]

"""The ranking of buddies for a request: a pure function, tested without the database."""

import datetime
from types import SimpleNamespace

from community.buddies import rank_buddies

NOW = datetime.datetime(2026, 12, 1, tzinfo=datetime.UTC)


def person(**fields):
    defaults = {
        "preferred_language": "",
        "same_gender": False,
        "gender": "",
        "age_band": "",
        "support_areas": [],
        "modes": [],
        "days": [],
        "times": [],
        "topics": [],
    }
    return SimpleNamespace(**{**defaults, **fields})


def buddy(pk, **fields):
    defaults = {
        "pk": pk,
        "languages": ["English"],
        "gender": "",
        "age_band": "",
        "support_areas": [],
        "modes": [],
        "days": [],
        "times": [],
        "topics": [],
        "capacity": 1,
        "created_at": NOW + datetime.timedelta(minutes=pk),
    }
    return SimpleNamespace(**{**defaults, **fields})


def test_the_buddy_with_most_in_common_comes_first_with_plain_reasons():
    asker = person(
        preferred_language="polish ",
        support_areas=["travel", "papers"],
        modes=["phone", "video"],
        days=["tue", "thu"],
        times=["morning"],
        topics=["maternity"],
    )
    best = buddy(
        1,
        languages=["English", "Polish"],
        support_areas=["travel"],
        modes=["phone"],
        days=["tue"],
        times=["morning", "evening"],
        topics=["maternity", "gp"],
    )
    some = buddy(2, support_areas=["travel", "papers"])
    none = buddy(3)
    ranked = rank_buddies(asker, [none, some, best])
    assert [c.offer.pk for c in ranked] == [1, 2, 3]
    assert ranked[0].reasons == [
        "speaks Polish",
        "can help with travel",
        "free on Tuesday mornings",
        "can talk by phone",
        "also interested in pregnancy and maternity",
    ]
    assert ranked[1].reasons == ["can help with understanding papers", "can help with travel"]
    assert ranked[2].reasons == [] and ranked[2].score == 0


def test_several_free_times_are_listed_together():
    asker = person(days=["mon", "wed"], times=["morning", "evening"])
    offer = buddy(1, days=["mon", "wed", "fri"], times=["evening"])
    (candidate,) = rank_buddies(asker, [offer])
    assert candidate.reasons == ["free on Monday evenings and Wednesday evenings"]


def test_ties_go_to_more_spare_places_then_the_earlier_offer():
    asker = person(support_areas=["travel"])
    first = buddy(1, support_areas=["travel"], spare_places=1)
    roomy = buddy(2, support_areas=["travel"], spare_places=3)
    later = buddy(3, support_areas=["travel"], spare_places=1)
    assert [c.offer.pk for c in rank_buddies(asker, [later, first, roomy])] == [2, 1, 3]


def test_full_buddies_and_another_gender_when_the_same_was_asked_are_left_out():
    asker = person(same_gender=True, gender="woman")
    full = buddy(1, gender="woman", spare_places=0)
    man = buddy(2, gender="man")
    woman = buddy(3, gender="woman")
    ranked = rank_buddies(asker, [full, man, woman])
    assert [c.offer.pk for c in ranked] == [3]
    assert ranked[0].reasons == ["same gender, as asked"]


def test_gender_is_ignored_unless_asked_and_same_age_group_counts():
    asker = person(gender="woman", age_band="18_24")
    ranked = rank_buddies(asker, [buddy(1, gender="man", age_band="18_24"), buddy(2, gender="woman")])
    assert [c.offer.pk for c in ranked] == [1, 2]
    assert ranked[0].reasons == ["in the same age group"]


def test_nothing_to_rank_is_an_empty_list():
    assert rank_buddies(person(), []) == []

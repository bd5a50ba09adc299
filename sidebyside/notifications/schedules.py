"""Create and update django-q2 schedules from data migrations, so no one ever sets them up by hand.

A migration calls `ensure_schedule(apps.get_model("django_q", "Schedule"), ...)`; running it again (or
on a database that already has the schedule) changes the settings in place and keeps the next run
time, so there is always exactly one schedule of each name. Later apps add their reminders, digests
and purges the same way, in their own migrations.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone

MINUTES = "I"
DAILY = "D"


def ensure_schedule(schedule_model, *, name, func, schedule_type, minutes=None, next_run=None):
    values = {"func": func, "schedule_type": schedule_type, "minutes": minutes, "repeats": -1}
    schedule, created = schedule_model.objects.get_or_create(
        name=name, defaults={**values, "next_run": next_run or timezone.now()}
    )
    if not created:
        for field, value in values.items():
            setattr(schedule, field, value)
        schedule.save()
    return schedule


def remove_schedule(schedule_model, name):
    schedule_model.objects.filter(name=name).delete()


def next_local_time(hour, minute=0):
    """The next moment the site's clock shows hour:minute (today if still ahead, otherwise tomorrow)."""
    now = timezone.localtime()
    candidate = timezone.make_aware(datetime.combine(now.date(), time(hour, minute)))
    return candidate if candidate > now else candidate + timedelta(days=1)

"""Who may read which forum category, and who may post."""

from django.db.models import Q
from django.utils import timezone

from community.models import ForumCategory, ForumStanding


def sees_every_category(user):
    """Staff who moderate the forum read every category, restricted or not."""
    return user.is_authenticated and (user.is_superuser or user.has_perm("community.view_forumpost"))


def categories_visible_to(user, queryset=None):
    """The categories `user` may read: open ones, and restricted ones for members of their group."""
    queryset = ForumCategory.objects.all() if queryset is None else queryset
    if sees_every_category(user):
        return queryset
    if not user.is_authenticated:
        return queryset.filter(group__isnull=True)
    return queryset.filter(Q(group__isnull=True) | Q(group__in=user.groups.all()))


def can_read(user, category):
    if category.group_id is None or sees_every_category(user):
        return True
    return user.is_authenticated and user.groups.filter(pk=category.group_id).exists()


def standing_of(user):
    """The member's ForumStanding, or None when nothing has ever been decided about them."""
    return ForumStanding.objects.filter(member=user).first()


def may_post(user, now=None):
    """(True, None) or (False, standing): members post unless suspended or banned."""
    if not user.is_authenticated:
        return False, None
    standing = standing_of(user)
    if standing is not None and not standing.can_post(now or timezone.now()):
        return False, standing
    return True, standing

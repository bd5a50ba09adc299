"""Routing for index pages whose children are all, or nearly all, of one page type."""

from django.http import Http404


class SpecificChildRouteMixin:
    """Fetch a child page as its specific type in one query, where Wagtail's routing takes two (the child,
    then its specific page), plus whatever the subclass's `child_queryset()` selects with it.

    For a RoutablePageMixin index: its own routes ("past/", "share/") come first, as Wagtail has them, so a
    child whose slug is also one of them stays reachable only if the route does not match."""

    def child_queryset(self):
        raise NotImplementedError

    def route(self, request, path_components):
        if path_components and self.live and not self._is_own_route(path_components):
            child = self.child_queryset().filter(slug=path_components[0]).first()
            if child is not None:
                child._cached_parent_obj = self
                return child.route(request, path_components[1:])
        # Anything else (another type of page moved here, or no such page) is routed as Wagtail does.
        return super().route(request, path_components)

    def _is_own_route(self, path_components):
        try:
            self.resolve_subpage("/" + "".join(f"{component}/" for component in path_components))
        except Http404:
            return False
        return True

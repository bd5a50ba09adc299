"""Staff reach the Wagtail admin only after setting up an authenticator app and using it this session."""

from urllib.parse import urlencode

from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import translation

from .staff import has_totp, is_staff_member, passed_mfa

ADMIN_PREFIX = "/admin/"


class StaffMFAMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # path_info, not path: behind a script prefix (/site/admin/) the admin is still reached.
        if request.path_info.startswith(ADMIN_PREFIX) and is_staff_member(request.user):
            redirect = self.mfa_redirect(request)
            if redirect:
                return redirect
        return self.get_response(request)

    def mfa_redirect(self, request):
        if not has_totp(request.user):
            return self.redirect_to("mfa_activate_totp", request)
        if not passed_mfa(request):
            return self.redirect_to("mfa_reauthenticate", request)
        return None

    def redirect_to(self, url_name, request):
        # /admin/ has no language prefix: send staff to the account pages in their language.
        with translation.override(translation.get_language_from_request(request) or "en"):
            url = reverse(url_name)
        return HttpResponseRedirect(f"{url}?{urlencode({'next': request.get_full_path()})}")

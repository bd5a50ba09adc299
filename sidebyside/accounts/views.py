import json

from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from allauth.account import views as allauth_views
from allauth.account.internal.flows.login_by_code import LoginCodeVerificationProcess
from allauth.account.stages import LoginByCodeStage, LoginStageController

from .consent import withdraw
from .dashboard import sections_for
from .forms import DeleteAccountForm, ProfileForm, WithdrawConsentForm
from .models import Consent, InvolvementProfile
from .privacy import delete_account, deletion_token, export_document, request_deletion, user_for_deletion_token


@never_cache
@login_required
def dashboard(request):
    return render(
        request,
        "accounts/dashboard.html",
        {"page_title": _("My involvement"), "sections": sections_for(request.user)},
    )


@never_cache
@login_required
def edit_profile(request):
    profile = InvolvementProfile.objects.filter(user=request.user).first() or InvolvementProfile(user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your involvement profile has been saved."))
        return HttpResponseRedirect(reverse("accounts:profile"))
    return render(request, "accounts/profile_form.html", {"page_title": _("Your involvement profile"), "form": form})


@never_cache
@login_required
def consents(request):
    return render(
        request,
        "accounts/consents.html",
        {"page_title": _("What you have agreed to"), "consents": Consent.objects.filter(user=request.user)},
    )


@require_POST
@login_required
def withdraw_consent(request):
    form = WithdrawConsentForm(request.POST)
    if form.is_valid():
        consent = get_object_or_404(Consent, pk=form.cleaned_data["consent"], user=request.user)
        withdraw(consent)
        messages.success(
            request,
            _("You have withdrawn your agreement to: %(topic)s. This applies straight away.")
            % {"topic": consent.get_topic_display()},
        )
    return HttpResponseRedirect(reverse("accounts:consents"))


@never_cache
@login_required
def my_data(request):
    return render(request, "accounts/my_data.html", {"page_title": _("Your data"), **export_document(request.user)})


@never_cache
@login_required
def download_data_json(request):
    body = json.dumps(export_document(request.user), indent=2, ensure_ascii=False)
    return _attachment(body, "application/json; charset=utf-8", "my-data.json")


@never_cache
@login_required
def download_data_html(request):
    body = render_to_string(
        "accounts/my_data_download.html", {"page_title": _("Your data"), **export_document(request.user)}, request
    )
    return _attachment(body, "text/html; charset=utf-8", "my-data.html")


def _attachment(body, content_type, filename):
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@never_cache
@login_required
def delete_request(request):
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        token = deletion_token(request.user)
        request_deletion(request.user, request.build_absolute_uri(reverse("accounts:delete_confirm", args=[token])))
        return render(request, "accounts/delete_sent.html", {"page_title": _("Check your email")})
    return render(request, "accounts/delete_request.html", {"page_title": _("Delete your account"), "form": form})


@never_cache
def delete_confirm(request, token):
    """The link in the email: a page with a button (GET never deletes), then the deletion."""
    user = user_for_deletion_token(token, get_user_model())
    if user is None:
        return render(
            request, "accounts/delete_invalid.html", {"page_title": _("This link does not work")}, status=404
        )
    if request.method == "POST":
        if request.user.pk == user.pk:
            logout(request)
        delete_account(user)
        return render(request, "accounts/deleted.html", {"page_title": _("Your account has been deleted")})
    return render(request, "accounts/delete_confirm.html", {"page_title": _("Delete your account")})


def confirm_login_code(request, *args, **kwargs):
    """allauth's "enter your code" page, which tells the person when their code has run out: allauth
    would only send them back to ask for a code, without saying why."""
    if request.method == "POST" and not request.user.is_authenticated and not _pending_code_is_valid(request):
        messages.error(request, _("That code has expired. Codes work for 15 minutes: ask for a new one below."))
    return allauth_views.confirm_login_code(request, *args, **kwargs)


def _pending_code_is_valid(request):
    stage = LoginStageController.enter(request, LoginByCodeStage.key)
    return bool(stage) and LoginCodeVerificationProcess(stage).is_valid()

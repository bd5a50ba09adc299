"""Site-wide settings (organisation details, navigation, footer) and the snippets every area shares:
organisations, venues, contact people and topics."""

import uuid

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from sidebyside.accounts.models import Topic as TopicChoice
from sidebyside.core.translated_text import (
    TranslatedField,
    confirm_panel,
    progress_summary,
    sources_field,
    text_in,
    translated_text_form,
    translation_panel,
    translations_field,
)

TOPIC_CHOICES = TopicChoice.choices


SiteSettingsForm = translated_text_form(
    "SiteSettingsForm",
    TranslatedField("organisation_name", _("Organisation name"), max_length=255),
    TranslatedField("footer_text", _("Footer text"), max_length=1000, multiline=True),
)


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=255,
        default="Side by Side",
        help_text=_("Shown in the header, the footer and every email."),
    )
    organisation_name_translations = translations_field(_("organisation name in other languages"))
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A sentence or two shown at the bottom of every page, for example who runs the site."),
    )
    footer_text_translations = translations_field(_("footer text in other languages"))
    translation_sources = sources_field()

    panels = [
        FieldPanel("organisation_name"),
        translation_panel(
            "organisation_name",
            _("Organisation name in other languages"),
            _("Only if the organisation uses a name of its own in that language."),
        ),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")),
        FieldPanel("footer_text"),
        translation_panel(
            "footer_text",
            _("Footer text in other languages"),
            _("Without a translation, readers of that language see the footer text above."),
        ),
        confirm_panel(),
        InlinePanel("social_links", heading=_("Social media links"), label=_("Social media link")),
    ]

    base_form_class = SiteSettingsForm

    class Meta:
        verbose_name = _("site settings")

    def footer_text_in(self, language_code):
        """(text, language) of the footer for a reader of `language_code`: its translation if there is one."""
        return text_in(self, "footer_text", language_code)

    def organisation_name_in(self, language_code):
        return text_in(self, "organisation_name", language_code)

    @property
    def local_organisation_name(self):
        """The organisation's name in the language being rendered (page titles, the header, emails)."""
        return self.organisation_name_in(get_language())[0]


class SocialLink(Orderable):
    PLATFORMS = [
        ("facebook", "Facebook"),
        ("instagram", "Instagram"),
        ("linkedin", "LinkedIn"),
        ("x", "X"),
        ("youtube", "YouTube"),
        ("other", _("Other")),
    ]
    settings = ParentalKey(SiteSettings, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(_("platform"), max_length=20, choices=PLATFORMS)
    url = models.URLField(_("web address"))
    label = models.CharField(
        _("label"), max_length=60, blank=True, help_text=_("Leave blank to use the platform's name.")
    )

    panels = [FieldPanel("platform"), FieldPanel("url"), FieldPanel("label")]

    @property
    def display_label(self):
        return self.label or self.get_platform_display()


@register_setting(icon="list-ul")
class NavigationSettings(ClusterableModel, BaseSiteSetting):
    """The main menu and the footer links. Each item is a page, so its label follows the page's title
    in the reader's language."""

    panels = [
        InlinePanel("menu_items", heading=_("Main menu"), label=_("Menu item"), max_num=8),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("Footer link")),
    ]

    class Meta:
        verbose_name = _("navigation")


class NavigationLink(Orderable):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        abstract = True


class MenuItem(NavigationLink):
    settings = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="menu_items")


class FooterLink(NavigationLink):
    settings = ParentalKey(NavigationSettings, on_delete=models.CASCADE, related_name="footer_links")


def staff_users():
    """Active people who work in the admin: members of a staff group, and superusers."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    from .groups import STAFF_GROUPS

    return (
        get_user_model()
        .objects.filter(Q(groups__name__in=STAFF_GROUPS) | Q(is_superuser=True), is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "email")
    )


ORGANISATION_TRANSLATED_FIELDS = (
    TranslatedField("name", _("Name"), max_length=150),
    TranslatedField("short_name", _("Short name"), max_length=40),
)


class OrganisationForm(translated_text_form("OrganisationTextForm", *ORGANISATION_TRANSLATED_FIELDS)):
    """Only staff can be an organisation's staff: members of the public are never offered."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["staff"].queryset = staff_users()


class Organisation(models.Model):
    """A trust, service or partner that runs opportunities and events. Its staff see its people's
    submissions in the moderation queues; trust administrators see every organisation's.

    One row in every language (the queues scope staff by it), so its names are translated in boxes of its
    own (sidebyside/core/translated_text.py) rather than by wagtail-localize."""

    name = models.CharField(_("name"), max_length=150, unique=True)
    short_name = models.CharField(
        _("short name"), max_length=40, blank=True, help_text=_("Used where space is short, for example 'BHT'.")
    )
    website = models.URLField(_("website"), blank=True)
    name_translations = translations_field(_("name in other languages"))
    short_name_translations = translations_field(_("short name in other languages"))
    translation_sources = sources_field()
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff"),
        blank=True,
        related_name="organisations",
        help_text=_("Moderators who work for this organisation see its expressions of interest and sign-ups."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        translation_panel(
            "name",
            _("Name in other languages"),
            _("Only if the organisation uses a name of its own in that language."),
        ),
        translation_panel("short_name", _("Short name in other languages"), ""),
        confirm_panel(),
        FieldPanel("website"),
        FieldPanel("staff", widget=forms.CheckboxSelectMultiple),
    ]
    base_form_class = OrganisationForm

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    def name_in(self, language_code):
        """(name, language) for a reader of `language_code`."""
        return text_in(self, "name", language_code)

    def translation_progress(self):
        return progress_summary(self, ("name", "short_name"))


def organisation_choices(pages, index_page):
    """The organisations with a live page (`pages`: "opportunities" or "events") directly under `index_page`,
    as (id, name in the reader's language) choices in that name's order: one query."""
    organisations = (
        Organisation.objects.filter(
            **{
                f"{pages}__live": True,
                f"{pages}__locale_id": index_page.locale_id,
                f"{pages}__path__startswith": index_page.path,
                f"{pages}__depth": index_page.depth + 1,
            }
        )
        .distinct()
        .only("pk", "name", "name_translations")
    )
    language = get_language()
    choices = [(organisation.pk, organisation.name_in(language)[0]) for organisation in organisations]
    return sorted(choices, key=lambda choice: choice[1].casefold())


def organisations_for(user):
    """The organisations a staff member works for (the MODERATION_USER_ORGANISATIONS hook)."""
    return Organisation.objects.filter(staff=user)


class Venue(TranslatableMixin, models.Model):
    """Where something happens in person, with what a disabled visitor needs to know before setting off."""

    name = models.CharField(_("name"), max_length=150)
    address = models.TextField(_("address"), max_length=500)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    map_url = models.URLField(_("map link"), blank=True, help_text=_("A link to the place on an online map."))
    step_free = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    parking = models.CharField(_("parking"), max_length=300, blank=True)
    public_transport = models.CharField(_("public transport"), max_length=300, blank=True)
    access_notes = models.TextField(
        _("more about access"), max_length=1000, blank=True, help_text=_("Anything else a visitor should know.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("postcode"),
        FieldPanel("map_url"),
        MultiFieldPanel(
            [FieldPanel("step_free"), FieldPanel("hearing_loop"), FieldPanel("accessible_toilet")],
            heading=_("Access"),
        ),
        FieldPanel("parking"),
        FieldPanel("public_transport"),
        FieldPanel("access_notes"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")

    def __str__(self):
        return self.name


ContactPersonForm = translated_text_form("ContactPersonForm", TranslatedField("role", _("Role"), max_length=150))


class ContactPerson(models.Model):
    """The named person the public can ask about an opportunity or event, and who hears about new interest."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    role_translations = translations_field(_("role in other languages"))
    translation_sources = sources_field()

    base_form_class = ContactPersonForm
    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        translation_panel(
            "role",
            _("Role in other languages"),
            _("Shown on pages in that language. Without one, the role above is shown."),
        ),
        confirm_panel(),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name

    def translation_progress(self):
        return progress_summary(self, ("role",))


class Topic(models.Model):
    """A topic or service area. The list is fixed in code (the same list members choose from in their
    profile), so its names are translated with the rest of the interface in every language."""

    slug = models.CharField(_("topic"), max_length=40, unique=True, choices=TOPIC_CHOICES)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return str(self.name)

    @property
    def name(self):
        return self.get_slug_display()


class TranslatableFormField(TranslatableMixin, AbstractFormField):
    """A question an editor adds with Wagtail's form builder, translatable with its page in wagtail-localize.

    Without TranslatableMixin, wagtail-localize would copy the English questions over each translation on
    every sync. `clean_name` stays the same in every language: answers are stored under it, so that the
    answers from every translation of a page can be read together."""

    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]

    @staticmethod
    def translation_key_for(page, clean_name):
        """The key a question shares across the translations of its page (used for content made in code)."""
        return uuid.uuid5(page.translation_key, clean_name)

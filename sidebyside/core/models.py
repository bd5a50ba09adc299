"""Site-wide settings editable in the admin: organisation details, navigation and footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    organisation_name = models.CharField(
        _("organisation name"),
        max_length=255,
        default="Side by Side",
        help_text=_("Shown in the header, the footer and every email."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A sentence or two shown at the bottom of every page, for example who runs the site."),
    )

    panels = [
        FieldPanel("organisation_name"),
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")], heading=_("Contact")),
        FieldPanel("footer_text"),
        InlinePanel("social_links", heading=_("Social media links"), label=_("Social media link")),
    ]

    class Meta:
        verbose_name = _("site settings")


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

"""Test helpers that fill in the site settings: organisation details, menu, footer links."""

from wagtail.models import Site

from sidebyside.core.models import FooterLink, MenuItem, NavigationSettings, SiteSettings, SocialLink


def site_settings(site=None, social_links=(), **fields):
    """Save SiteSettings for `site` (the default site) with `fields` and the (platform, url) social links."""
    site = site or Site.objects.get(is_default_site=True)
    settings = SiteSettings.for_site(site)
    for name, value in fields.items():
        setattr(settings, name, value)
    settings.save()
    settings.social_links.all().delete()
    for order, (platform, url) in enumerate(social_links):
        SocialLink.objects.create(settings=settings, platform=platform, url=url, sort_order=order)
    return settings


def navigation(site=None, menu=(), footer=()):
    """Make `menu` and `footer` (lists of pages) the main menu and the footer links of `site`."""
    site = site or Site.objects.get(is_default_site=True)
    settings = NavigationSettings.for_site(site)
    settings.menu_items.all().delete()
    settings.footer_links.all().delete()
    for order, page in enumerate(menu):
        MenuItem.objects.create(settings=settings, page=page, sort_order=order)
    for order, page in enumerate(footer):
        FooterLink.objects.create(settings=settings, page=page, sort_order=order)
    return settings

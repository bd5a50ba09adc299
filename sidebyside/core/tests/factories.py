"""Test helpers that fill in the site settings (organisation details, menu, footer links) and factories for
the shared snippets."""

from wagtail.models import Site

import factory

from sidebyside.core.models import (
    ContactPerson,
    FooterLink,
    MenuItem,
    NavigationSettings,
    Organisation,
    SiteSettings,
    SocialLink,
    Topic,
    Venue,
)


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


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test Valley NHS Trust {n}")
    short_name = factory.Sequence(lambda n: f"TV{n}")

    class Meta:
        model = Organisation
        django_get_or_create = ["name"]


class VenueFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Riverside Community Centre {n}")
    address = "12 Mill Lane\nTestford"
    postcode = "TF1 2AB"
    step_free = True
    hearing_loop = True

    class Meta:
        model = Venue


class ContactPersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Sam Contact {n}")
    role = "Involvement lead"
    email = factory.Sequence(lambda n: f"contact{n}@trust.example.org")
    phone = "0300 000 0001"
    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = ContactPerson


def topic(slug):
    """The Topic row for `slug` (the data migration makes one for every choice)."""
    return Topic.objects.get_or_create(slug=slug)[0]

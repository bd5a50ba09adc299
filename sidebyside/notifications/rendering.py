"""Turn an outbox row into an email: subject, plain text and HTML, in the recipient's language."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils import translation
from django.utils.module_loading import import_string

from wagtail.models import Site

from sidebyside.core.models import SiteSettings

# Where notify() keeps a message's attachments in its context (the templates never see it).
ATTACHMENTS_KEY = "_attachments"
ATTACHMENT_KEYS = {"builder", "args", "filename", "mimetype"}


def check_attachment(item):
    """An attachment description as notify() stores it; raises at once (in the caller) if it is unusable."""
    if not isinstance(item, dict) or set(item) - ATTACHMENT_KEYS or not {"builder", "filename"} <= set(item):
        raise TypeError(f"an attachment needs builder, filename and optionally args and mimetype: {item!r}")
    if not isinstance(item.get("args", {}), dict):
        raise TypeError("an attachment's args must be a dict")
    import_string(item["builder"])  # a typo fails here, not in the worker
    return {
        "builder": item["builder"],
        "args": item.get("args", {}),
        "filename": item["filename"],
        "mimetype": item.get("mimetype", "application/octet-stream"),
    }


def build_attachments(message):
    """[(filename, content, mimetype)], each built now by its builder."""
    return [
        (item["filename"], import_string(item["builder"])(**item.get("args", {})), item["mimetype"])
        for item in message.context.get(ATTACHMENTS_KEY, [])
    ]


def site_context():
    """Name, contact details and address of the default site, read once per batch."""
    site = Site.objects.filter(is_default_site=True).first()
    site_settings = SiteSettings.for_site(site) if site else SiteSettings()
    return {
        "name": site_settings.organisation_name,
        "name_translations": site_settings.organisation_name_translations,
        "email": site_settings.contact_email,
        "phone": site_settings.contact_phone,
        "url": site.root_url if site else settings.WAGTAILADMIN_BASE_URL,
    }


def render_message(message, site):
    """(subject, text, html) for `message`, rendered in the recipient's language."""
    folder = f"notifications/{message.template}"
    context = {key: value for key, value in message.context.items() if key != ATTACHMENTS_KEY}
    names = site.get("name_translations") or {}
    context["site"] = {**site, "name": names.get(message.language) or site["name"]}
    with translation.override(message.language):
        subject = render_plain_text(f"{folder}/subject.txt", context)
        text = render_plain_text(f"{folder}/body.txt", context)
        html = render_to_string(f"{folder}/body.html", context)
    return " ".join(subject.split()), text.strip() + "\n", html


def render_plain_text(template_name, context):
    """Render without HTML escaping: "Tom & Jerry's" must not reach a subject line as "Tom &amp; Jerry&#x27;s"."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def build_email(message, site, connection):
    subject, text, html = render_message(message, site)
    email = EmailMultiAlternatives(
        subject,
        text,
        to=[message.recipient],
        connection=connection,
        headers={"Message-ID": message_id(message)},
    )
    email.attach_alternative(html, "text/html")
    for filename, content, mimetype in build_attachments(message):
        email.attach(filename, content, mimetype)
    return email


def message_id(message):
    """The same Message-ID on every attempt, so a mail client can recognise a repeated delivery."""
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2].rstrip(">").strip() or "localhost"
    return f"<outbox.{message.pk}@{domain}>"

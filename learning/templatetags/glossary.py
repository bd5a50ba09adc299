"""Rich text with its glossary terms marked (see learning.glossary for the rules).

    {% load glossary %}
    {% glossary_richtext value %}     {# value: a RichText, or a RichTextField's raw database HTML #}

It renders as Wagtail's `|richtext` filter does, then marks the first use on the page of each glossary
term of the current language. Every block rendered for the same request shares the terms already marked.
"""

from django import template

from wagtail.templatetags.wagtailcore_tags import richtext

from learning.glossary import mark_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def glossary_richtext(context, value):
    # LANGUAGE_CODE (from the i18n context processor) is the active language, and quicker to read.
    return mark_for_request(richtext(value), request=context.get("request"), language=context.get("LANGUAGE_CODE"))

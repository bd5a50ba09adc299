from django import template

register = template.Library()

WIDGET_CLASSES = {"textarea": "nhsuk-textarea", "select": "nhsuk-select"}


@register.filter
def nhsuk_control(field):
    """A text input, textarea or select in NHS.UK frontend style, linked to its hint and error."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
    css = WIDGET_CLASSES.get(field.widget_type, "nhsuk-input")
    if field.errors:
        css += f" {css}--error"
    attrs = {"class": css}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def join_if_list(value):
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    return value

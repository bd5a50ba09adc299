"""Editor panels shared by the page types."""

from wagtail.admin.panels import Panel

from sidebyside.core.readability import LONG_SENTENCE_WORDS, measure, page_text


class ReadabilityPanel(Panel):
    """A hint beside the page's text: how easy the saved text is to read, and its longest sentences."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtailadmin/panels/readability.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            if page is not None and page.pk:
                language = page.locale.language_code if page.locale_id else None
                context["readability"] = measure(page_text(page), language)
            context["long_sentence_words"] = LONG_SENTENCE_WORDS
            return context

"""The demo learning: the learning index, programmes and their modules, glossary terms and the A to Z page.

Called by `load_demo_content` after the events demo; idempotent like the rest of the demo.
"""


def load_learning(loader):
    """Create or update the learning demo; returns {language code: index page} for pages it adds, else {}."""
    return {}

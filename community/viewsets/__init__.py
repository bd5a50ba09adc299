"""Wagtail admin viewsets for events, registered in community/wagtail_hooks.py."""

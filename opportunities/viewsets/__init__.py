"""Wagtail admin viewsets for the opportunities app, registered in opportunities/wagtail_hooks.py."""

"""Helpers for the test suites of every app: query budgets, form fuzzing, browser checks."""

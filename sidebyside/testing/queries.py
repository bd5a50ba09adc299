"""Query budgets: a page must render in at most N queries, and in the same number however much
content the site holds."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(fetch):
    """Run `fetch()` (usually a test-client GET) and return (response, number of queries)."""
    with CaptureQueriesContext(connection) as captured:
        response = fetch()
    return response, len(captured.captured_queries)


def describe_queries(fetch):
    with CaptureQueriesContext(connection) as captured:
        fetch()
    return "\n".join(f"{i + 1}. {q['sql']}" for i, q in enumerate(captured.captured_queries))


def assert_query_budget(fetch, budget, grow=None, grow_steps=(10, 200)):
    """Assert that `fetch()` returns 200 in at most `budget` queries, on a cold (cache-less) request.

    With `grow(n)`, content is added until the site holds about n more items for each n in
    `grow_steps`, and the query count must stay exactly the same.
    """
    counts = []
    steps = [0, *grow_steps] if grow else [0]
    for step in steps:
        if step:
            grow(step)
        cache.clear()
        response, queries = count_queries(fetch)
        assert response.status_code == 200, f"expected 200, got {response.status_code}"
        assert queries <= budget, (
            f"{queries} queries, budget is {budget} (after growing to {step}):\n{describe_queries(fetch)}"
        )
        counts.append(queries)
    assert len(set(counts)) == 1, f"query count grew with content: {dict(zip(steps, counts, strict=True))}"
    return counts[0]

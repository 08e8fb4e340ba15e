"""Query budgets (issue 8): every public page type within 15 queries for an anonymous visitor
with the page cache off and Django's cache empty (the first visitor after a deploy or a cache
flush), the same number whatever the amount of content it shows. Tests measure at two content
sizes and pin the cold count."""

from django.core.cache import cache

BUDGET = 15


def empty_cache_after(client, url):
    """Request `url` once (the process's own caches: content types, URL resolvers, as any
    running server has them), then empty Django's cache, so the next request finds nothing
    cached: no restrictions list, site root paths, metryczka, map version or choices."""
    client.get(url)
    cache.clear()

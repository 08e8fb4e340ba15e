from django.core.cache import cache

from home.ratelimit import rate_limited


def test_rate_limit_counts_per_scope_and_address():
    cache.clear()
    answers = [
        rate_limited(scope="form", identity="10.0.0.1", limit=2, window=60) for _ in range(3)
    ]
    assert answers == [False, False, True]
    # Another address and another form keep their own counters.
    assert rate_limited(scope="form", identity="10.0.0.2", limit=2, window=60) is False
    assert rate_limited(scope="other", identity="10.0.0.1", limit=2, window=60) is False

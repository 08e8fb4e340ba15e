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


def test_client_address_comes_from_the_proxy_header_only_when_configured(rf, settings):
    from home.ratelimit import client_ip

    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.7")
    settings.CLIENT_IP_HEADER = ""
    assert client_ip(request) == "127.0.0.1"  # an untrusted header cannot dodge the limit
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    assert client_ip(request) == "203.0.113.7"

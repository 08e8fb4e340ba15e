"""Shared start-up for benchmark scripts: Django with a throwaway test database."""

import os
import statistics
import sys
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ngosite.settings.test")
warnings.filterwarnings("ignore", message="No directory at")


@contextmanager
def benchmark_database():
    """Set Django up and create the test database; destroy it afterwards."""
    import django

    django.setup()
    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    setup_test_environment()
    config = setup_databases(verbosity=0, interactive=False)
    try:
        yield
    finally:
        teardown_databases(config, verbosity=0)


def median_ms(function, *, repeat=30, warmup=3):
    for _ in range(warmup):
        function()
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def count_queries(function):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        function()
    return len(context.captured_queries)

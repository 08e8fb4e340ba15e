"""With OPENSEARCH_URL set, Wagtail's search runs on OpenSearch with the Polish analyzer as the
index's default (the analysis-stempel plugin); checked without any network."""

import json
import os
import subprocess
import sys
from pathlib import Path

from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend

BASE_DIR = Path(__file__).resolve().parents[2]


def settings_with(**environment):
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENSEARCH")}
    # The settings every environment shares (the test settings pin the database backend).
    env.update(environment, DJANGO_SETTINGS_MODULE="ngosite.settings.base")
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.WAGTAILSEARCH_BACKENDS))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_opensearch_gets_the_polish_analyzer_when_configured():
    backends = settings_with(OPENSEARCH_URL="http://search.internal:9200", OPENSEARCH_INDEX="ngo")
    config = backends["default"]
    assert config["BACKEND"] == "wagtail.search.backends.opensearch3"
    assert config["URLS"] == ["http://search.internal:9200"]
    assert config["INDEX"] == "ngo"
    # The backend merges the Polish analyzer into its own index settings (nothing is sent yet).
    params = {key: value for key, value in config.items() if key != "BACKEND"}
    backend = OpenSearch3SearchBackend(params)
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"] == {"type": "polish"}
    assert "edgengram_analyzer" in analysis["analyzer"]  # Wagtail's autocomplete stays


def test_without_opensearch_the_database_backend_is_used():
    assert settings_with(OPENSEARCH_URL="")["default"] == {
        "BACKEND": "wagtail.search.backends.database"
    }

"""Settings per environment: production refuses to start unsafe, and passes check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "DEBUG",
            "DJANGO_ALLOW_ASYNC_UNSAFE",  # set for the browser tests only
        }
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_check_deploy_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "ngosite.settings.production",
            "SECRET_KEY": "k3Q9v!x2#Lr7pZ0s@Wm4Ty8&Nb6Hc1Jf5Dg3Ke9Ua2Ro7Ei4Vz",
            "ALLOWED_HOSTS": "ngo.example.org",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage(
        "check",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "ngosite.settings.production",
            "ALLOWED_HOSTS": "ngo.example.org",
            "SECRET_KEY": "",
        },
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_site_is_polish_first(settings):
    assert settings.LANGUAGE_CODE == "pl"
    assert settings.TIME_ZONE == "Europe/Warsaw"
    assert settings.USE_TZ is True
    assert "django.contrib.admin" not in settings.INSTALLED_APPS


def test_admin_speaks_polish(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "Zaloguj się" in response.text


@pytest.mark.django_db
def test_the_logo_from_site_settings_is_shown_beside_the_portal_name(client, site_with_pages):
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    from home.models import SiteSettings

    logo = Image.objects.create(title="Herb", file=get_test_image_file())
    site_settings = SiteSettings.for_site(site_with_pages["home"].get_site())
    site_settings.logo = logo
    site_settings.save()
    html = client.get("/").content.decode()
    brand = html.split('class="site-header__brand"')[1].split("</a>")[0]
    assert '<img alt=""' in brand and "site-header__logo" in brand
    assert f"<span>{site_settings.portal_name}</span>" in brand


@pytest.mark.django_db
def test_favicon_ico_leads_to_the_site_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.svg")

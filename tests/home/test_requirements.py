"""Every package the code imports is pinned in requirements.txt, not left to arrive as a
dependency of another package (which could change its version under us)."""

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
CODE = ["home", "projects", "news", "guidebook", "ngomap", "advisory", "ngosite"]
LOCAL = {*CODE, "consultations", "tests", "bench"}


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pinned():
    names = set()
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        requirement = line.split("#", 1)[0].strip()
        if requirement and not requirement.startswith("-"):
            name, _, version = requirement.partition("==")
            assert version, f"{requirement} is not pinned with =="
            names.add(normalise(name))
    return names


def imported_top_level_modules():
    modules = set()
    for app in CODE:
        for path in (ROOT / app).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if isinstance(node, ast.Import):
                    modules.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules.add(node.module.split(".")[0])
    modules.update(app.split(".")[0] for app in settings.INSTALLED_APPS)
    return modules - LOCAL - set(sys.stdlib_module_names)


def test_every_imported_package_is_pinned():
    distributions = packages_distributions()
    requirements = pinned()
    missing = {}
    for module in sorted(imported_top_level_modules()):
        names = {normalise(name) for name in distributions.get(module, [])}
        assert names, f"{module} is imported but no installed distribution provides it"
        if not names & requirements:
            missing[module] = sorted(names)
    assert missing == {}, f"imported but not pinned in requirements.txt: {missing}"


def test_django_filter_is_pinned():
    assert "django-filter" in pinned()

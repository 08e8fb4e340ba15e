"""The README's "Running in production" is what CI runs: its blocks are read by
.ci/production_check.sh, so they must stay there, whole and runnable."""

from pathlib import Path

from tests.production.readme import environment_names, readme_block

BASE_DIR = Path(__file__).resolve().parents[2]


def test_the_deployment_block_chooses_production_settings_and_prepares_the_site():
    deploy = readme_block("deploy")
    assert deploy[0] == "export DJANGO_SETTINGS_MODULE=ngosite.settings.production"
    commands = [line.split("#")[0].strip() for line in deploy]
    for command in (
        "pip install -r requirements.txt",
        "python manage.py migrate --noinput",
        "python manage.py collectstatic --noinput",
        "python manage.py load_demo",
    ):
        assert command in commands


def test_the_services_block_runs_gunicorn_and_one_task_worker():
    services = readme_block("services")
    assert len(services) == 2
    assert services[0].startswith("gunicorn ngosite.wsgi ")
    assert "${PORT:-8001}" in services[0]  # the check picks a free port through PORT
    assert services[1].split("#")[0].strip() == "python manage.py db_worker"


def test_the_environment_block_names_what_production_requires_and_env_example_documents():
    names = environment_names()
    assert {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"} <= set(names)
    documented = (BASE_DIR / ".env.example").read_text(encoding="utf-8")
    for name in names:
        assert f"\n{name}=" in documented, name


def test_the_check_sets_every_variable_the_readme_names():
    script = (BASE_DIR / ".ci" / "production_check.sh").read_text(encoding="utf-8")
    for name in environment_names():
        assert f"export {name}=" in script or f"export {name}\n" in script, name

"""Local development: DEBUG on, a throwaway secret, e-mails printed to the console."""

from .base import *  # noqa: F403
from .base import env, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "django-insecure-development-only-key-do-not-use-in-production")

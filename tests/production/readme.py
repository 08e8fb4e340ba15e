"""The README's production blocks, read by .ci/production_check.sh and by the tests: CI runs what
the README says because it reads it from there.

    python -m tests.production.readme deploy        # print a block
    python -m tests.production.readme names         # the variables the environment block sets
"""

import sys
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def readme_block(name):
    """The fenced block that follows `<!-- production:NAME -->` in the README, as lines."""
    text = README.read_text(encoding="utf-8")
    marker = f"<!-- production:{name} -->"
    if marker not in text:
        raise SystemExit(f"README.md has no block marked {marker}")
    after = text.split(marker, 1)[1].lstrip("\n")
    if not after.startswith("```"):
        raise SystemExit(f"{marker} in README.md is not followed by a fenced block")
    body = after.split("\n", 1)[1].split("\n```", 1)[0]
    return [line for line in body.splitlines() if line.strip() and not line.startswith("#")]


def environment_names():
    """The variables the README's environment block sets (NAME=value lines)."""
    return [line.split("=", 1)[0].strip() for line in readme_block("environment")]


if __name__ == "__main__":
    if sys.argv[1:] == ["names"]:
        print("\n".join(environment_names()))
    elif len(sys.argv) == 2 and sys.argv[1] in ("environment", "deploy", "services"):
        print("\n".join(readme_block(sys.argv[1])))
    else:
        sys.exit("usage: python -m tests.production.readme environment|deploy|services|names")

"""The ``huishang`` command: Django's management commands with Huishang's settings.

``huishang demo``, ``huishang serve`` and ``huishang stats`` are management commands of the apps;
Django's own (``migrate``, ``createsuperuser`` …) stay reachable the same way.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv[1:]
    # A command is a module, so its name is spelled with "_"; the operator may type "-" (huishang grant-role).
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
    execute_from_command_line(["huishang", *args])


if __name__ == "__main__":
    main()

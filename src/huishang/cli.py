"""The ``huishang`` command: Django's management commands with Huishang's settings.

``huishang demo``, ``huishang serve`` and ``huishang stats`` are management commands of the apps;
Django's own (``migrate``, ``createsuperuser`` …) stay reachable the same way.
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "huishang.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["huishang", *sys.argv[1:]])


if __name__ == "__main__":
    main()

"""Chinese comes first: every text of the project has its zh-hans translation, compiled."""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import huishang

PACKAGE = Path(huishang.__file__).parent
CATALOGUE = PACKAGE / "locale" / "zh_Hans" / "LC_MESSAGES"


def untranslated_or_fuzzy(po_file: Path) -> list[str]:
    found = subprocess.run(["msgattrib", "--untranslated", str(po_file)], capture_output=True, text=True, check=True).stdout
    fuzzy = subprocess.run(["msgattrib", "--only-fuzzy", str(po_file)], capture_output=True, text=True, check=True).stdout
    return [line for line in (found + fuzzy).splitlines() if line.startswith("msgid ") and line != 'msgid ""']


def test_every_message_in_the_source_has_a_chinese_translation(tmp_path):
    copy = tmp_path / "huishang"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("static", "__pycache__"))
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="huishang.settings", HUISHANG_DATA_DIR=str(tmp_path / "data"))
    subprocess.run([sys.executable, "-m", "django", "makemessages", "-l", "zh_Hans", "--no-obsolete"],
                   cwd=copy, env=env, capture_output=True, check=True)
    assert untranslated_or_fuzzy(copy / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po") == []


def test_the_compiled_catalogue_holds_every_translation_of_the_po_file(tmp_path):
    compiled = tmp_path / "fresh.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(compiled), str(CATALOGUE / "django.po")], check=True)
    with open(compiled, "rb") as fresh, open(CATALOGUE / "django.mo", "rb") as shipped:
        assert gettext.GNUTranslations(shipped)._catalog == gettext.GNUTranslations(fresh)._catalog

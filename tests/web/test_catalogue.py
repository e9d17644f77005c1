"""Chinese comes first: every text of the project has its zh-hans translation, compiled.

The project-wide catalogue lives in src/huishang/locale; an app may keep its own texts in
src/huishang/<app>/locale (Django reads both), so that apps can be worked on side by side.
"""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import huishang

PACKAGE = Path(huishang.__file__).parent
CATALOGUES = sorted(PACKAGE.glob("**/locale/zh_Hans/LC_MESSAGES/django.po"))


def test_every_message_in_the_source_has_a_chinese_translation(tmp_path):
    copy = tmp_path / "huishang"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("static", "__pycache__", "locale"))
    (copy / "locale").mkdir()
    env = dict(os.environ, DJANGO_SETTINGS_MODULE="huishang.settings", HUISHANG_DATA_DIR=str(tmp_path / "data"))
    subprocess.run([sys.executable, "-m", "django", "makemessages", "-l", "zh_Hans"],
                   cwd=copy, env=env, capture_output=True, check=True)
    needed = copy / "locale" / "zh_Hans" / "LC_MESSAGES" / "django.po"
    shipped = tmp_path / "shipped.po"
    subprocess.run(["msgcat", "--use-first", "-o", str(shipped), *map(str, CATALOGUES)], check=True)
    # msgcmp counts untranslated and fuzzy entries of the shipped catalogues as missing.
    compared = subprocess.run(["msgcmp", str(shipped), str(needed)], capture_output=True, text=True)
    assert compared.returncode == 0, compared.stderr


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda path: str(path.relative_to(PACKAGE)))
def test_each_compiled_catalogue_holds_every_translation_of_its_po_file(catalogue, tmp_path):
    compiled = tmp_path / "fresh.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(compiled), str(catalogue)], check=True)
    with open(compiled, "rb") as fresh, open(catalogue.with_suffix(".mo"), "rb") as shipped:
        assert gettext.GNUTranslations(shipped)._catalog == gettext.GNUTranslations(fresh)._catalog

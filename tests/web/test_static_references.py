"""Every static file a template names exists: a wrong path is a 404 in the browser and an empty box on the page
(the public results charts once asked for web/vendor/echarts/… where the file is vendor/echarts/…)."""

import re
from pathlib import Path

from django.contrib.staticfiles import finders

import huishang

STATIC_TAG = re.compile(r"""\{%\s*static\s+['"]([^'"]+)['"]\s*%\}""")


def _references():
    for template in sorted(Path(huishang.__file__).parent.rglob("templates/**/*.html")):
        for path in STATIC_TAG.findall(template.read_text(encoding="utf-8")):
            yield template.name, path


def test_templates_name_static_files():
    assert len(list(_references())) > 10  # the scan reads the templates it is meant to read


def test_every_static_file_a_template_names_is_found():
    missing = [f"{template}: {path}" for template, path in _references() if finders.find(path) is None]
    assert missing == []

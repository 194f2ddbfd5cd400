"""Every app's Finnish catalogue is complete and current; Swedish is complete in keys; the
compiled .mo files match the .po files (they are committed, so the demo needs no gettext)."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "yhdyspinta"
APPS = sorted(p.name for p in SRC.iterdir() if (p / "locale").is_dir())
ALL_APPS = sorted(p.name for p in SRC.iterdir() if (p / "apps.py").exists())


def _catalogue(app: str, language: str) -> polib.POFile:
    return polib.pofile(str(SRC / app / "locale" / language / "LC_MESSAGES" / "django.po"))


def _entries(po: polib.POFile):
    return [entry for entry in po if not entry.obsolete and entry.msgid]


@pytest.mark.parametrize("app", APPS)
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_catalogue_is_fully_translated(app, language):
    po = _catalogue(app, language)
    missing = [
        entry.msgid
        for entry in _entries(po)
        if "fuzzy" in entry.flags or not (entry.msgstr or all(entry.msgstr_plural.values() or [""]))
    ]
    assert missing == [], f"{app}/{language}: untranslated or fuzzy: {missing[:10]}"


@pytest.mark.parametrize("app", APPS)
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_compiled_catalogue_matches_the_source(app, language):
    po = _catalogue(app, language)
    mo_path = SRC / app / "locale" / language / "LC_MESSAGES" / "django.mo"
    assert mo_path.exists(), f"{mo_path} is missing: run `make messages`"
    mo = polib.mofile(str(mo_path))
    compiled = {(entry.msgctxt, entry.msgid): entry.msgstr for entry in mo}
    for entry in _entries(po):
        if entry.msgid_plural or "fuzzy" in entry.flags or not entry.msgstr:
            continue
        assert compiled.get((entry.msgctxt, entry.msgid)) == entry.msgstr, (
            f"{app}/{language}: {entry.msgid!r} differs in the .mo: run `make messages`"
        )


@pytest.mark.parametrize("app", ALL_APPS)
def test_every_string_in_the_code_is_in_the_catalogue(app, tmp_path):
    """Extract the app's strings afresh into a copy and compare with the committed catalogue."""
    assert shutil.which("xgettext"), "GNU gettext is missing: run `make system-deps`"
    copy = tmp_path / app
    shutil.copytree(SRC / app, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    (copy / "locale").mkdir(exist_ok=True)
    command = Path(sys.executable).parent / "yhdyspinta"
    subprocess.run(
        [str(command), "makemessages", "-l", "fi", "--no-obsolete", "--add-location", "file"],
        cwd=copy,
        check=True,
        capture_output=True,
    )
    extracted = copy / "locale/fi/LC_MESSAGES/django.po"
    fresh = (
        {e.msgid for e in _entries(polib.pofile(str(extracted)))} if extracted.exists() else set()
    )
    has_catalogue = (SRC / app / "locale/fi/LC_MESSAGES/django.po").exists()
    committed = {e.msgid for e in _entries(_catalogue(app, "fi"))} if has_catalogue else set()
    assert sorted(fresh - committed) == [], f"{app}: run `make messages` and translate"

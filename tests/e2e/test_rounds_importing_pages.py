"""The import pages in headless Chromium: upload with errors, preview, save; accessible."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from rounds.importing_files import sheet

from yhdyspinta.rounds.models import Finding

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

GOOD = sheet({"Tyyppi": "vahvuus", "Teksti": "Tuotu havainto (testi)", "Kunta": "Joensuu"})
BAD = sheet({"Tyyppi": "vahvuus", "Teksti": "Tuotu havainto (testi)", "Kunta": "Jonsuu"})


def _serious(violations):
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes'][:3]]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def _choose(page, content: bytes, name: str):
    page.locator("input[type=file]").set_input_files(
        {"name": name, "mimeType": "application/octet-stream", "buffer": content}
    )
    page.locator("form.form button[type=submit]").click()


def test_a_county_worker_imports_a_sheet_through_the_pages(demo_site, page, login):
    login("hva")
    page.goto(f"{demo_site.url}/rounds/syksy-2023/import/")
    assert _serious(Axe().run(page).response["violations"]) == []

    _choose(page, BAD, "huono.xlsx")
    assert page.locator(".error-summary").is_visible()
    assert "Joensuu" in page.locator(".error-summary").inner_text()
    assert _serious(Axe().run(page).response["violations"]) == []

    _choose(page, GOOD, "havainnot.xlsx")
    page.wait_for_url("**/import/*/")
    assert "Tuotu havainto (testi)" in page.locator("table").inner_text()
    assert _serious(Axe().run(page).response["violations"]) == []
    assert not Finding.objects.filter(text="Tuotu havainto (testi)").exists()

    page.locator("form.import-confirm button[type=submit]").click()
    page.wait_for_url("**/rounds/*/")
    assert Finding.objects.filter(text="Tuotu havainto (testi)").count() == 1

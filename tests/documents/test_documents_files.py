"""Word and PDF files rendered from an outline, read back with python-docx and pdftotext."""

import base64
import datetime
import io
import re
import shutil
import subprocess

import docx
import pytest
from docx.shared import Cm

from yhdyspinta.documents.outline import Document, Item, Section
from yhdyspinta.documents.pdf import (
    LocalURLFetcher,
    RefusedURLError,
    render_pdf,
    render_pdf_from_html,
)
from yhdyspinta.documents.wordprocessing import render_docx

# A 1x1 PNG pixel.
PIXEL = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


def outline() -> Document:
    return Document(
        title="Kuntakierroksen katsaus",
        subtitle="Hyvinvoinnin ja terveyden edistämisen lautakunta",
        organisation_name="Pohjois-Karjalan hyvinvointialue",
        date=datetime.date(2023, 10, 12),
        footer="Kehittämisjohtaja",
        sections=[
            Section(
                "Yhteistyössä hyvää",
                [
                    Item("Perhekeskusverkosto toimii ja vahvistuu"),
                    Item(
                        "Ehkäisevässä päihdetyössä tehty paljon yhteistyössä",
                        [Item("Esim. pakka-toiminta", [Item("Syvempi taso")])],
                    ),
                ],
            ),
            Section(
                "Miten tästä eteenpäin?",
                [Item("Kunnat kuvaavat verkostonsa", meta="lokakuun loppuun mennessä")],
                note="Seuraavat neuvottelut keväällä 2024.",
            ),
        ],
    )


def _pdftotext(pdf: bytes, *, layout: bool = False) -> str:
    binary = shutil.which("pdftotext")
    assert binary, "pdftotext (poppler-utils) is needed to read PDFs back"
    command = [binary, *(["-layout"] if layout else []), "-", "-"]
    return subprocess.run(command, input=pdf, capture_output=True, check=True).stdout.decode()


def _pdf_images(pdf: bytes, tmp_path) -> int:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(
        [shutil.which("pdfimages"), "-list", str(path)], capture_output=True, check=True, text=True
    ).stdout
    rows = listing.strip().splitlines()[2:]  # two header lines
    return sum(1 for row in rows if row.split()[2] == "image")  # not the alpha masks


def test_the_word_file_has_title_headings_and_bullet_levels():
    stream = io.BytesIO()
    render_docx(outline(), stream)
    stream.seek(0)
    document = docx.Document(stream)
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[0] == ("Title", "Kuntakierroksen katsaus")
    assert paragraphs[1] == ("Subtitle", "Hyvinvoinnin ja terveyden edistämisen lautakunta")
    assert paragraphs[2][1] == "Pohjois-Karjalan hyvinvointialue\n12.10.2023"
    assert paragraphs[3:] == [
        ("Heading 1", "Yhteistyössä hyvää"),
        ("List Bullet", "Perhekeskusverkosto toimii ja vahvistuu"),
        ("List Bullet", "Ehkäisevässä päihdetyössä tehty paljon yhteistyössä"),
        ("List Bullet 2", "Esim. pakka-toiminta"),
        ("List Bullet 3", "Syvempi taso"),
        ("Heading 1", "Miten tästä eteenpäin?"),
        ("List Bullet", "Kunnat kuvaavat verkostonsa \u2013 lokakuun loppuun mennessä"),
        ("Normal", "Seuraavat neuvottelut keväällä 2024."),
    ]
    section = document.sections[0]
    assert abs(section.page_width - Cm(21.0)) < Cm(0.01)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.01)
    footer = section.footer.paragraphs[0]
    assert "Pohjois-Karjalan hyvinvointialue" in footer.text and "12.10.2023" in footer.text
    assert "PAGE" in footer._p.xml
    assert document.core_properties.title == "Kuntakierroksen katsaus"
    assert document.core_properties.language == "fi-FI"


def test_the_pdf_carries_the_outline_with_finnish_letters_and_page_furniture():
    pdf = render_pdf(outline())
    assert pdf.startswith(b"%PDF-")
    text = _pdftotext(pdf)
    for expected in (
        "Kuntakierroksen katsaus",
        "Hyvinvoinnin ja terveyden edistämisen lautakunta",
        "12.10.2023",
        "Yhteistyössä hyvää",
        "Ehkäisevässä päihdetyössä tehty paljon yhteistyössä",
        "Esim. pakka-toiminta",
        "Kunnat kuvaavat verkostonsa \u2013 lokakuun loppuun mennessä",
        "Seuraavat neuvottelut keväällä 2024.",
        "Kehittämisjohtaja | 12.10.2023",
    ):
        assert expected in text
    assert text.count("Pohjois-Karjalan hyvinvointialue") >= 2  # header and byline
    assert re.search(r"\b1 ?/ ?1\b", text)


def test_the_pdf_numbers_its_pages_and_repeats_the_header_on_each():
    long = outline()
    long.sections.append(
        Section("Pitkä osio", [Item(f"Kohta {n}: tekstiä äöå riittävästi") for n in range(90)])
    )
    pages = _pdftotext(render_pdf(long)).split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Pohjois-Karjalan hyvinvointialue" in page
        assert re.search(rf"\b{number} ?/ ?{len(pages)}\b", page)


def test_text_is_escaped_not_interpreted_as_html():
    document = Document(title="<b>Otsikko</b> & muuta", sections=[Section("<script>x</script>")])
    text = _pdftotext(render_pdf(document))
    assert "<b>Otsikko</b> & muuta" in text
    assert "<script>x</script>" in text


def test_the_fetcher_refuses_network_urls_and_files_outside_the_allowed_folders(tmp_path):
    fetcher = LocalURLFetcher([tmp_path])
    with pytest.raises(RefusedURLError):
        fetcher.fetch("http://127.0.0.1:9/style.css")
    with pytest.raises(RefusedURLError):
        fetcher.fetch("https://127.0.0.1:9/style.css")
    with pytest.raises(RefusedURLError):
        fetcher.fetch("file:///etc/passwd")
    (tmp_path / "pixel.png").write_bytes(PIXEL)
    response = fetcher.fetch((tmp_path / "pixel.png").as_uri())
    try:
        assert response.read() == PIXEL
    finally:
        response.close()


def test_local_images_render_and_remote_ones_are_left_out(tmp_path):
    (tmp_path / "pixel.png").write_bytes(PIXEL)
    base = tmp_path.as_uri() + "/"
    local = render_pdf_from_html('<p>Kuva</p><img src="pixel.png">', base_url=base)
    assert _pdf_images(local, tmp_path) == 1
    remote = render_pdf_from_html(
        '<p>Äö</p><img src="http://127.0.0.1:9/pixel.png">', base_url=base
    )
    assert _pdf_images(remote, tmp_path) == 0
    assert "Äö" in _pdftotext(remote)
    inline = render_pdf_from_html(
        f'<img src="data:image/png;base64,{base64.b64encode(PIXEL).decode()}">'
    )
    assert _pdf_images(inline, tmp_path) == 1

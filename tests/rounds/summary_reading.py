"""Read generated summaries back: the text of pptx, docx and pdf files, normalised."""

import re
import subprocess
from io import BytesIO

import docx
from pptx import Presentation


def norm(text: str) -> str:
    """Whitespace collapsed, no space before ":" or ",", none after a hyphen between words (the
    source deck has "HVA :lla", "TE- toimiston", "vastuuhenkilön , joka" and words broken over
    lines at hyphens)."""
    text = " ".join(text.split())
    text = re.sub(r"\s+([:,])", r"\1", text)
    return re.sub(r"(\w)- (\w)", r"\1-\2", text)


def pptx_slides(content: bytes) -> list[dict]:
    """Each slide as {"texts": [text frame texts], "paragraphs": [paragraph texts]}."""
    slides = []
    for slide in Presentation(BytesIO(content)).slides:
        frames = [shape.text_frame for shape in slide.shapes if shape.has_text_frame]
        slides.append(
            {
                "texts": [frame.text for frame in frames],
                "paragraphs": [p.text for frame in frames for p in frame.paragraphs if p.text],
            }
        )
    return slides


def docx_paragraphs(content: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph of a Word file."""
    document = docx.Document(BytesIO(content))
    return [(p.style.name, p.text) for p in document.paragraphs]


def pdf_text(content: bytes, tmp_path) -> str:
    path = tmp_path / "summary.pdf"
    path.write_bytes(content)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")

"""PDF files with WeasyPrint, from HTML or from a :class:`~.outline.Document`.

PDFs are rendered from Django templates, so a printed report and its web page
share their markup. WeasyPrint never goes to the network here: the URL fetcher
serves ``data:`` URLs and local files under the allowed folders only, and
refuses everything else (the resource is left out of the PDF and a warning is
logged by WeasyPrint).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

import weasyprint
from django.template.loader import render_to_string
from django.utils import translation

from .outline import Document

OUTLINE_TEMPLATE = "documents/outline.html"


class RefusedURLError(ValueError):
    """A document asked for a resource outside the local files it may read."""


class LocalURLFetcher(weasyprint.URLFetcher):
    """Fetch ``data:`` URLs and ``file:`` URLs inside ``allowed_roots``; refuse the rest."""

    def __init__(self, allowed_roots: list[Path] | tuple[Path, ...] = ()):
        super().__init__(allowed_protocols={"data", "file"}, allow_redirects=False)
        self.allowed_roots = [Path(root).resolve() for root in allowed_roots]

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "file":
            path = Path(unquote(parts.path)).resolve()
            if not any(path.is_relative_to(root) for root in self.allowed_roots):
                raise RefusedURLError(f"Refusing a local file outside the allowed folders: {url}")
        elif scheme != "data":
            raise RefusedURLError(f"Refusing to fetch a non-local URL: {url}")
        return super().fetch(url, headers)


def _roots_for(base_url: str | None) -> list[Path]:
    """The folder a ``file:`` base URL (or a plain path) points to, if any."""
    if not base_url:
        return []
    parts = urlsplit(base_url)
    if parts.scheme not in ("", "file"):
        return []
    path = Path(unquote(parts.path))
    return [path if base_url.endswith("/") or path.is_dir() else path.parent]


def render_pdf_from_html(
    html: str, base_url: str | None = None, *, allowed_roots: list[Path] | None = None
) -> bytes:
    """Render an HTML string to PDF bytes.

    Relative URLs resolve against ``base_url``; local files are readable only
    under the ``base_url`` folder and ``allowed_roots``. Fonts come from the
    machine's fontconfig, never from the network.
    """
    roots = [*_roots_for(base_url), *(allowed_roots or [])]
    fetcher = LocalURLFetcher(roots)
    return weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher).write_pdf()


def render_outline_html(document: Document) -> str:
    """The print HTML of an outline (also usable as a printable web page)."""
    with translation.override(document.language):
        return render_to_string(OUTLINE_TEMPLATE, {"document": document})


def render_pdf(document: Document) -> bytes:
    """Render an outline to an A4 PDF with page numbers and the organisation in the header."""
    return render_pdf_from_html(render_outline_html(document))

"""Published versions: publishing in the background, the public pages (no login), drafts kept
from the public, and the differences between two versions."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from yhdyspinta.plans.document.blocks import Heading, Paragraph, PlanDocument, Table
from yhdyspinta.plans.document.diff import ADDED, CHANGED, REMOVED, SAME, diff_documents
from yhdyspinta.plans.document.snapshot import from_json, to_json
from yhdyspinta.plans.models import PlanVersion

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def _document(paragraph: str, rows: list, extra: str = "") -> PlanDocument:
    document = PlanDocument("Suunnitelma", "", "Alue", "1.9.2025", "", "fi")
    document.add(Heading(1, "Yhteenveto"), Paragraph(paragraph))
    document.add(
        Heading(1, "Suunnitelmaosa"), Table("Toimenpiteet", ["Toimenpide", "Tavoite"], rows)
    )
    if extra:
        document.add(Heading(1, "Liitteet"), Paragraph(extra))
    document.number_headings()
    return document


def _version(plan, number, state, text="Teksti", **extra) -> PlanVersion:
    content = to_json(_document(text, [["Liikuntaryhmät", "300"]]))
    return PlanVersion.objects.create(
        plan=plan, number=number, state=state, status="ready", content=content, **extra
    )


def test_an_approved_version_needs_the_day_of_the_decision(plans):
    version = PlanVersion(plan=plans["regional"], number=1, state="approved")
    with pytest.raises(ValidationError) as error:
        version.full_clean()
    assert list(error.value.error_dict) == ["approved_on"]
    version.state, version.approved_on = "draft", dt.date(2025, 11, 17)
    with pytest.raises(ValidationError) as error:
        version.full_clean()
    assert list(error.value.error_dict) == ["approved_on"]


def test_the_snapshot_keeps_blocks_and_pictures(plans):
    from yhdyspinta.plans.document.blocks import Picture

    document = _document("Teksti", [["A", "1"]])
    document.add(Picture(b"\x89PNG-bytes", "kuva", "Kuvateksti"))
    back = from_json(to_json(document))
    assert [type(b) for b in back.blocks] == [type(b) for b in document.blocks]
    assert back.blocks[-1].png == b"\x89PNG-bytes"
    assert back.blocks[3].rows == [["A", "1"]]


def test_publishing_builds_the_content_in_the_background_and_the_public_reads_it(
    plans, client, world, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE
    plan = plans["regional"]
    client.force_login(world.staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("plans:version_create", args=[plan.pk]),
            {"state": "statements", "label": "Lausuntoversio"},
        )
    assert response.status_code == 302
    version = PlanVersion.objects.get(plan=plan)
    assert (version.number, version.status, version.created_by) == (1, "ready", world.staff)
    client.logout()
    page = client.get(reverse("plans:public_version", args=[plan.slug, 1]))
    assert page.status_code == 200
    html = page.content.decode()
    assert plans["m1_measure"].title in html and "Lausuntoversio" in html
    assert 'src="data:image/png;base64,' in html  # the timeline, allowed by img-src data:
    assert " style=" not in html and "<style" not in html  # nothing the CSP would block
    csp = page["Content-Security-Policy"]
    assert "unsafe-inline" not in csp and "img-src 'self' data:" in csp
    listing = client.get(reverse("plans:public_list", args=[plan.slug])).content.decode()
    assert "Lausuntoversio" in listing


def test_a_draft_is_not_public(plans, client, world):
    plan = plans["regional"]
    draft = _version(plan, 1, "draft", "Luonnoksen teksti")
    assert client.get(reverse("plans:public_list", args=[plan.slug])).status_code == 404
    assert client.get(reverse("plans:public_version", args=[plan.slug, 1])).status_code == 404
    preview = client.get(reverse("plans:version_detail", args=[draft.pk]))
    assert preview.status_code == 302 and "/login/" in preview["Location"]
    client.force_login(world.board)
    page = client.get(reverse("plans:version_detail", args=[draft.pk]))
    assert page.status_code == 200 and "Luonnoksen teksti" in page.content.decode()
    _version(plan, 2, "statements")
    client.logout()
    listing = client.get(reverse("plans:public_list", args=[plan.slug])).content.decode()
    assert "Version 2" in listing or "Versio 2" in listing
    assert reverse("plans:public_version", args=[plan.slug, 1]) not in listing
    assert client.get(reverse("plans:public_version", args=[plan.slug, 1])).status_code == 404


def test_the_diff_names_added_removed_and_changed_lines_by_section():
    old = _document("Yksinäisyys vähenee kunnissa.", [["Ryhmät", "300"], ["Chat", "2000"]])
    new = _document(
        "Yksinäisyys vähenee kaikissa kunnissa.",
        [["Ryhmät", "400"], ["Kohtaamispaikat", "13"]],
        extra="Lausunnot ja vastineet",
    )
    sections = {s.title: s for s in diff_documents(old, new)}
    summary = sections["Yhteenveto"]
    assert summary.state == CHANGED
    (change,) = summary.changes
    assert change.op == CHANGED
    assert (ADDED, "kaikissa") in change.words and (SAME, "Yksinäisyys vähenee") in change.words
    rows = sections["Suunnitelmaosa"].changes
    ops = {(c.op, c.old or c.new) for c in rows}
    assert (REMOVED, "Chat | 2000") in ops and (ADDED, "Kohtaamispaikat | 13") in ops
    changed = next(c for c in rows if c.op == CHANGED)
    assert changed.cells == [(SAME, "Ryhmät", "Ryhmät"), (CHANGED, "300", "400")]
    assert sections["Liitteet"].state == ADDED
    assert diff_documents(old, old)[0].state == SAME


def test_the_public_diff_page_marks_the_changes_with_ins_and_del_and_a_text_legend(plans, client):
    plan = plans["regional"]
    _version(plan, 1, "statements", "Yksinäisyys vähenee kunnissa.")
    _version(plan, 2, "approved", "Yksinäisyys vähenee kaikissa kunnissa.",
             approved_on=dt.date(2025, 11, 17))  # fmt: skip
    _version(plan, 3, "draft", "Luonnos")
    url = reverse("plans:public_diff", args=[plan.slug])
    html = client.get(url, {"a": 1, "b": 2}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<ins>kaikissa</ins>" in html
    assert "Added:" in html and "Removed:" in html and "Changed:" in html  # not colour alone
    assert "Sections without changes" in html
    refused = client.get(url, {"a": 1, "b": 3})  # a draft is not offered
    assert refused.status_code == 400 and "Luonnos" not in refused.content.decode()
    assert client.get(url, {"a": "x", "b": "2"}).status_code == 400


def test_publishing_an_approved_version_without_the_day_is_a_field_error(plans, client, world):
    client.force_login(world.staff)
    response = client.post(
        reverse("plans:version_create", args=[plans["regional"].pk]), {"state": "approved"}
    )
    assert response.status_code == 400
    assert "approved_on" in response.context["form"].errors
    assert not PlanVersion.objects.exists()

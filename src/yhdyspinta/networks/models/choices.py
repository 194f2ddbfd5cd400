"""Choices of the network register: target groups, meeting frequency, status, roles."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TargetGroup(models.TextChoices):
    # The codes are the overlap engine's (overlap/features.py).
    CHILDREN_FAMILIES = "children_families", _("children and families")
    YOUNG_PEOPLE = "young_people", _("young people")
    WORKING_AGE = "working_age", _("working-age people")
    OLDER_PEOPLE = "older_people", _("older people")
    EVERYONE = "everyone", _("everyone")


class MeetingFrequency(models.TextChoices):
    WEEKLY = "weekly", _("weekly")
    BIWEEKLY = "biweekly", _("every two weeks")
    MONTHLY = "monthly", _("monthly")
    BIMONTHLY = "bimonthly", _("every two months")
    QUARTERLY = "quarterly", _("four times a year")
    TWICE_A_YEAR = "twice_a_year", _("twice a year")
    YEARLY = "yearly", _("once a year")
    AS_NEEDED = "as_needed", _("as needed")


class NetworkStatus(models.TextChoices):
    ACTIVE = "active", _("active")
    ENDING = "ending", _("ending")
    ENDED = "ended", _("ended")


class MemberRole(models.TextChoices):
    COORDINATOR = "coordinator", _("coordinator")
    MEMBER = "member", _("member")


class SubmissionStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("not started")
    IN_PROGRESS = "in_progress", _("in progress")
    SUBMITTED = "submitted", _("submitted")


class Decision(models.TextChoices):
    NOT_OVERLAP = "not_overlap", _("not an overlap")
    COORDINATE = "coordinate", _("coordinate")


OWNER_KINDS = ("municipality", "county", "regional_council")

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    AnnualReview,
    Conclusion,
    Election,
    Goal,
    Measure,
    MeasureIndicator,
    Milestone,
    Phase,
    Plan,
    ReviewEntry,
    Statement,
    Workshop,
)


class PhaseInline(admin.TabularInline):
    model = Phase
    extra = 0
    fields = ("kind", "title", "planned_start", "status", "actual_start", "actual_end", "order")


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0
    fields = ("kind", "title", "phase", "body", "status", "actual_date", "order")


class MeasureIndicatorInline(admin.TabularInline):
    model = MeasureIndicator
    extra = 0


class ReviewEntryInline(admin.TabularInline):
    model = ReviewEntry
    extra = 0


@admin.register(Plan)
class PlanAdmin(SimpleHistoryAdmin):
    list_display = ("title", "owner", "kind", "period_start", "period_end", "status")
    list_filter = ("kind", "status")
    prepopulated_fields = {"slug": ("title",)}
    inlines = [PhaseInline, MilestoneInline]


@admin.register(Election)
class ElectionAdmin(SimpleHistoryAdmin):
    list_display = ("date", "term")


@admin.register(Workshop)
class WorkshopAdmin(SimpleHistoryAdmin):
    list_display = ("title", "plan", "date")
    list_filter = ("plan",)


@admin.register(Conclusion)
class ConclusionAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "plan", "kind", "order")
    list_filter = ("plan", "kind")


@admin.register(Goal)
class GoalAdmin(SimpleHistoryAdmin):
    list_display = ("title", "plan", "shared_goal", "order")
    list_filter = ("plan",)


@admin.register(Measure)
class MeasureAdmin(SimpleHistoryAdmin):
    list_display = ("title", "goal", "responsible_organization", "budget_year")
    list_filter = ("goal__plan",)
    inlines = [MeasureIndicatorInline]


@admin.register(Statement)
class StatementAdmin(SimpleHistoryAdmin):
    list_display = ("__str__", "plan", "received", "responded_on")
    list_filter = ("plan",)


@admin.register(AnnualReview)
class AnnualReviewAdmin(SimpleHistoryAdmin):
    list_display = ("plan", "year", "status")
    inlines = [ReviewEntryInline]


# Indicator sets are data (e.g. THL's proposed minimum content): a national set (no county) is
# kept here by superusers, a county's set by its staff (plans.rules.can_write_indicator_set);
# published versions are listed read-only (their content is frozen).
from .models import IndicatorOmission, IndicatorSet, PlanVersion  # noqa: E402
from .rules import can_write_indicator_set  # noqa: E402


@admin.register(IndicatorSet)
class IndicatorSetAdmin(SimpleHistoryAdmin):
    list_display = ("name", "publisher", "level", "county")
    list_filter = ("level", "county")
    filter_horizontal = ("indicators",)

    def _may_write(self, request, obj) -> bool:
        return obj is None or can_write_indicator_set(request.user, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may_write(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may_write(request, obj)


@admin.register(IndicatorOmission)
class IndicatorOmissionAdmin(SimpleHistoryAdmin):
    list_display = ("indicator", "plan")
    list_filter = ("plan",)


@admin.register(PlanVersion)
class PlanVersionAdmin(admin.ModelAdmin):
    list_display = ("plan", "number", "state", "approved_on", "status", "created_at")
    list_filter = ("plan", "state")
    exclude = ("content",)
    readonly_fields = ("number", "status", "built_at", "error", "created_by")

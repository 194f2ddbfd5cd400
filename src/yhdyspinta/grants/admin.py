from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Application, Criterion, Decision, FundingReservation, GrantCall, Project


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0


@admin.register(GrantCall)
class GrantCallAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "year", "opens", "closes"]
    inlines = [CriterionInline]


@admin.register(Application)
class ApplicationAdmin(SimpleHistoryAdmin):
    list_display = ["organization", "call", "status", "requested_amount"]
    list_filter = ["status", "call"]


admin.site.register(Decision, SimpleHistoryAdmin)
admin.site.register(Project, SimpleHistoryAdmin)
admin.site.register(FundingReservation, SimpleHistoryAdmin)

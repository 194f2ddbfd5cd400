from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import (
    Action,
    ActionStatusChange,
    Comment,
    Finding,
    Negotiation,
    Request,
    Round,
    RoundTeamMember,
)


class TeamInline(admin.TabularInline):
    model = RoundTeamMember
    extra = 0


@admin.register(Round)
class RoundAdmin(SimpleHistoryAdmin):
    list_display = ("title", "county", "status", "board_date")
    inlines = [TeamInline]


@admin.register(Negotiation)
class NegotiationAdmin(SimpleHistoryAdmin):
    list_display = ("municipality", "round", "date")
    list_filter = ("round",)


@admin.register(Finding)
class FindingAdmin(SimpleHistoryAdmin):
    list_display = ("text", "kind", "round", "order")
    list_filter = ("round", "kind")


@admin.register(Action)
class ActionAdmin(SimpleHistoryAdmin):
    list_display = ("text", "owner", "status", "due_text", "round")
    list_filter = ("round", "status")


@admin.register(Request)
class RequestAdmin(SimpleHistoryAdmin):
    list_display = ("text", "municipality", "kind", "status")


admin.site.register(ActionStatusChange)
admin.site.register(Comment)

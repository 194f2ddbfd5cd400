"""Rounds, findings, actions and requests for the county's users; action status updates for the
owner's organisation (POST /api/v1/round-actions/<id>/status/ with status and comment)."""

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import permissions, serializers, viewsets
from rest_framework.decorators import action as api_action
from rest_framework.exceptions import PermissionDenied
from rest_framework.response import Response

from yhdyspinta.api.permissions import ObjectRulesPermission
from yhdyspinta.web.params import api_int_param

from .models import Action, ActionStatus, Finding, Request, Round
from .scoping import visible_actions, visible_findings, visible_requests, visible_rounds
from .services.status import change_action_status


class RoundSerializer(serializers.ModelSerializer):
    class Meta:
        model = Round
        fields = [
            "id",
            "slug",
            "title",
            "period",
            "starts",
            "ends",
            "status",
            "county",
            "previous",
            "board",
            "board_date",
        ]


class FindingSerializer(serializers.ModelSerializer):
    municipalities = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Finding
        fields = [
            "id",
            "round",
            "kind",
            "parent",
            "theme",
            "text",
            "all_municipalities",
            "municipalities",
            "order",
        ]


class ActionSerializer(serializers.ModelSerializer):
    due = serializers.CharField(source="due_text", read_only=True)
    overdue = serializers.SerializerMethodField()

    class Meta:
        model = Action
        fields = [
            "id",
            "round",
            "parent",
            "part_of",
            "text",
            "owner",
            "owner_person",
            "theme",
            "status",
            "due",
            "due_start",
            "due_end",
            "due_precision",
            "overdue",
            "body",
            "body_date",
            "in_summary",
            "order",
        ]
        read_only_fields = fields

    def get_overdue(self, action) -> bool:
        return action.is_overdue()


class StatusChangeSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=ActionStatus.choices)
    comment = serializers.CharField(max_length=2000, allow_blank=False, trim_whitespace=True)


class RequestSerializer(serializers.ModelSerializer):
    due = serializers.CharField(source="due_text", read_only=True)

    class Meta:
        model = Request
        fields = [
            "id",
            "municipality",
            "round",
            "action",
            "kind",
            "theme",
            "text",
            "status",
            "answer",
            "due",
            "due_end",
            "created",
        ]


class _ReadPermissions:
    permission_classes = [permissions.IsAuthenticated, ObjectRulesPermission]


class RoundViewSet(_ReadPermissions, viewsets.ReadOnlyModelViewSet):
    serializer_class = RoundSerializer

    def get_queryset(self):
        return visible_rounds(self.request.user).order_by("pk")


class FindingViewSet(_ReadPermissions, viewsets.ReadOnlyModelViewSet):
    """Findings the user may see (a coordinator: region-wide ones and her municipality's)."""

    serializer_class = FindingSerializer

    def get_queryset(self):
        qs = visible_findings(self.request.user).prefetch_related("municipalities")
        round_id = api_int_param(self.request.query_params, "round")
        return (qs if round_id is None else qs.filter(round_id=round_id)).order_by("pk")


class ActionViewSet(_ReadPermissions, viewsets.ReadOnlyModelViewSet):
    """Follow-up actions; `POST {id}/status/` changes the status (owner's organisation or county
    staff), with a comment."""

    serializer_class = ActionSerializer

    def get_queryset(self):
        qs = visible_actions(self.request.user).select_related("round")
        params = self.request.query_params
        for name in ("round", "owner", "theme"):
            value = api_int_param(params, name)
            if value is not None:
                qs = qs.filter(**{f"{name}_id": value})
        if params.get("status") in ActionStatus.values:
            qs = qs.filter(status=params["status"])
        return qs.order_by("pk")

    @api_action(
        detail=True,
        methods=["post"],
        serializer_class=StatusChangeSerializer,
        permission_classes=[permissions.IsAuthenticated],  # checked below: the owner may write
    )
    def status(self, request, pk=None):
        action = self.get_object()
        if not request.user.has_perm("rounds.change_action_status", action):
            raise PermissionDenied
        serializer = StatusChangeSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            change_action_status(
                action,
                serializer.validated_data["status"],
                serializer.validated_data["comment"],
                user=request.user,
            )
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict) from exc
        action.refresh_from_db()
        return Response(ActionSerializer(action).data)


class RequestViewSet(_ReadPermissions, viewsets.ReadOnlyModelViewSet):
    serializer_class = RequestSerializer

    def get_queryset(self):
        return visible_requests(self.request.user).order_by("pk")


def register(router):
    router.register("rounds", RoundViewSet, basename="round")
    router.register("round-findings", FindingViewSet, basename="round-finding")
    router.register("round-actions", ActionViewSet, basename="round-action")
    router.register("round-requests", RequestViewSet, basename="round-request")

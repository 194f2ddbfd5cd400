"""The indicator API: public, as the public indicator pages are (CC BY 4.0 data).

`/api/v1/indicators/` (the catalogue, with polarity and units), `/api/v1/areas/`
(`?kind=KUNTA`), `/api/v1/observations/` and `/api/v1/observation-statistics/` (filters:
`indicator`, `indicator_code`, `area` (repeated or comma-separated), `area_kind`,
`year_from`, `year_to`, `gender`). JSON pages use a cursor (`next` link; `limit` at most
500); `?format=csv` or `Accept: text/csv` streams every matching row as CSV.
See docs/indicator-api.md.
"""

from __future__ import annotations

import csv

from django.http import StreamingHttpResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions, serializers, viewsets
from rest_framework.renderers import BaseRenderer, BrowsableAPIRenderer, JSONRenderer

from yhdyspinta.api.pagination import BoundedCursorPagination
from yhdyspinta.web.params import InvalidParameterError

from .exports import safe_cell
from .models import Area, Indicator
from .models.observations import Gender
from .services.api_rows import (
    OBSERVATION_FIELDS,
    STATISTICS_FIELDS,
    ObservationFilter,
    as_row,
    choice_param,
    chunked,
    observation_tuples,
    observation_values,
    with_statistics,
)

CSV_CHUNK = 2000


class CSVRenderer(BaseRenderer):
    """Announces CSV for content negotiation; the views stream the body themselves."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        # Only errors reach here (lists stream): a short "field: message" text.
        if isinstance(data, dict):
            return "\n".join(f"{key}: {value}" for key, value in data.items()).encode()
        return str(data or "").encode()


class _Echo:
    def write(self, value):
        return value


def stream_csv(header, rows, filename: str) -> StreamingHttpResponse:
    """A streamed CSV download: comma-separated, point decimals, UTF-8, formulas defused."""
    writer = csv.writer(_Echo())

    def lines():
        yield writer.writerow(header)
        for chunk in chunked(rows, CSV_CHUNK):
            yield "".join(writer.writerow([safe_cell(cell) for cell in row]) for row in chunk)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class IndicatorSerializer(serializers.ModelSerializer):
    title = serializers.CharField(read_only=True)
    unit = serializers.CharField(source="get_value_type_display", read_only=True)
    attribution = serializers.SerializerMethodField()

    class Meta:
        model = Indicator
        fields = [
            "id",
            "code",
            "sotkanet_id",
            "title",
            "title_fi",
            "title_sv",
            "title_en",
            "value_type",
            "unit",
            "decimals",
            "polarity",
            "key_indicator",
            "genders",
            "attribution",
        ]

    def get_attribution(self, indicator) -> str:
        return indicator.attribution()


class IndicatorViewSet(viewsets.ReadOnlyModelViewSet):
    """The indicator catalogue: value type and unit, decimals, polarity (which direction is
    desirable), the genders published and the attribution the licence asks for."""

    serializer_class = IndicatorSerializer
    permission_classes = [permissions.AllowAny]
    queryset = Indicator.objects.order_by("pk")


class AreaSerializer(serializers.ModelSerializer):
    kind = serializers.CharField(source="category", read_only=True)

    class Meta:
        model = Area
        fields = ["id", "sotkanet_id", "code", "kind", "name_fi", "name_sv", "name_en", "member_of"]


class AreaViewSet(viewsets.ReadOnlyModelViewSet):
    """Areas: municipalities (KUNTA), wellbeing services counties, maakunnat, the country.
    `?kind=` filters by kind."""

    serializer_class = AreaSerializer
    permission_classes = [permissions.AllowAny]

    @extend_schema(parameters=[OpenApiParameter("kind", str, enum=Area.Category.values)])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def get_queryset(self):
        queryset = Area.objects.order_by("pk")
        if self.action == "list":
            try:
                kind = choice_param(self.request.query_params, "kind", Area.Category.values)
            except InvalidParameterError as error:
                raise serializers.ValidationError(error.as_dict()) from None
            if kind:
                queryset = queryset.filter(category=kind)
        return queryset


FILTER_PARAMETERS = [
    OpenApiParameter("indicator", OpenApiTypes.INT, many=True, description="indicator ids"),
    OpenApiParameter("indicator_code", str, many=True, description="Sotkanet ids / own codes"),
    OpenApiParameter("area", OpenApiTypes.INT, many=True, description="area ids"),
    OpenApiParameter("area_kind", str, enum=Area.Category.values),
    OpenApiParameter("year_from", OpenApiTypes.INT),
    OpenApiParameter("year_to", OpenApiTypes.INT),
    OpenApiParameter("gender", str, enum=Gender.values),
]


_NUMBERS = {"value", "count", "denominator", "ci95_lower", "ci95_upper", "ci998_lower"}
_NUMBERS |= {"ci998_upper", "region_value", "country_value"}
_INTEGERS = {"id", "indicator", "area", "area_sotkanet_id", "year", "region_area", "country_area"}


def _field(name: str):
    if name in _INTEGERS:
        return serializers.IntegerField(allow_null=True)
    if name in _NUMBERS:
        return serializers.FloatField(allow_null=True)
    return serializers.CharField(allow_null=True)


def _fields_serializer(name: str, fields):
    attrs = {field: _field(field) for field in fields}
    return type(name, (serializers.Serializer,), attrs)


ObservationRowSerializer = _fields_serializer("ObservationRow", OBSERVATION_FIELDS)
StatisticsRowSerializer = _fields_serializer("ObservationStatisticsRow", STATISTICS_FIELDS)


class _RowsViewSet(viewsets.GenericViewSet):
    permission_classes = [permissions.AllowAny]
    pagination_class = BoundedCursorPagination
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, CSVRenderer]

    def chosen(self) -> ObservationFilter:
        try:
            return ObservationFilter.from_params(self.request.query_params)
        except InvalidParameterError as error:
            raise serializers.ValidationError(error.as_dict()) from None

    def wants_csv(self) -> bool:
        return getattr(self.request.accepted_renderer, "format", "") == "csv"


class ObservationViewSet(_RowsViewSet):
    """Observed values, one row per indicator, area, year and gender."""

    serializer_class = ObservationRowSerializer

    @extend_schema(parameters=FILTER_PARAMETERS, responses=ObservationRowSerializer(many=True))
    def list(self, request):
        chosen = self.chosen()
        if self.wants_csv():
            rows = observation_tuples(chosen).iterator(chunk_size=CSV_CHUNK)
            return stream_csv(OBSERVATION_FIELDS, rows, "observations.csv")
        page = self.paginate_queryset(observation_values(chosen))
        return self.get_paginated_response([as_row(values) for values in page])


class StatisticsViewSet(_RowsViewSet):
    """Each observation with its 95 % and 99.8 % intervals (and method), the comparison with
    the region and the whole country in the same year (Fingertips method 1 and the method 17
    band) and the recent trend up to that year."""

    serializer_class = StatisticsRowSerializer

    @extend_schema(parameters=FILTER_PARAMETERS, responses=StatisticsRowSerializer(many=True))
    def list(self, request):
        chosen = self.chosen()
        if self.wants_csv():
            rows = observation_values(chosen).iterator(chunk_size=CSV_CHUNK)
            computed = (
                tuple(row[f] for f in STATISTICS_FIELDS)
                for chunk in chunked(rows, CSV_CHUNK)
                for row in with_statistics(chunk)
            )
            return stream_csv(STATISTICS_FIELDS, computed, "observation-statistics.csv")
        page = self.paginate_queryset(observation_values(chosen))
        return self.get_paginated_response(with_statistics(page))


def register(router):
    router.register("indicators", IndicatorViewSet, basename="indicator")
    router.register("areas", AreaViewSet, basename="indicator-area")
    router.register("observations", ObservationViewSet, basename="observation")
    router.register("observation-statistics", StatisticsViewSet, basename="observation-statistics")

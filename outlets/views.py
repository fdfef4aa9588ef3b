"""Public outlet pages: list (filters, near me), outlet page, map and its JSON.

Views stay thin: the listing rule comes from ``Product.objects.browsable()``,
distance from ``outlets.geo``, "open now" from ``Outlet.open_state``.
"""
import datetime as dt

from django.conf import settings
from django.http import JsonResponse
from django.utils import timezone
from django.views.generic import DetailView, ListView, TemplateView
from oscar.core.loading import get_model

from shop import divisions

from .forms import OutletFilterForm
from .geo import with_distance
from .models import OpeningException, Outlet

Product = get_model("catalogue", "Product")

DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DEFAULT_TILE_ATTRIBUTION = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
)


def _communes_with_outlets(province_code):
    """Communes of a province that have an active outlet, for the filter."""
    if not province_code:
        return []
    codes = (
        Outlet.objects.active()
        .filter(province_code=province_code)
        .exclude(commune_code="")
        .values_list("commune_code", flat=True)
        .distinct()
    )
    return sorted(((code, divisions.commune_name(code)) for code in codes),
                  key=lambda choice: choice[1])


class OutletListView(ListView):
    template_name = "outlets/outlet_list.html"
    context_object_name = "outlets"
    paginate_by = 20

    def get(self, request, *args, **kwargs):
        self.form = OutletFilterForm(
            request.GET or None,
            communes=_communes_with_outlets(request.GET.get("province", "")),
        )
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        outlets = Outlet.objects.active().with_hours()
        if self.form.is_bound and not self.form.is_valid():
            # Filters that are valid still apply; a bad one is reported.
            data = {k: v for k, v in self.form.cleaned_data.items() if v not in ("", None)}
        else:
            data = self.form.cleaned_data if self.form.is_bound else {}
        if data.get("province"):
            outlets = outlets.filter(province_code=data["province"])
        if data.get("commune"):
            outlets = outlets.filter(commune_code=data["commune"])
        if data.get("type"):
            outlets = outlets.filter(outlet_type=data["type"])
        near = self.form.near if self.form.is_bound else None
        if near:
            return with_distance(outlets, *near).order_by("distance_km", "pk")
        return outlets.order_by("slug")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        now = timezone.now()
        for outlet in context["outlets"]:
            outlet.state = outlet.open_state(now)
        query = self.request.GET.copy()
        query.pop("page", None)
        context.update(form=self.form, near=self.form.is_bound and self.form.near,
                       query=query.urlencode())
        return context


class OutletDetailView(DetailView):
    template_name = "outlets/outlet_detail.html"
    context_object_name = "outlet"

    def get_queryset(self):
        return Outlet.objects.with_hours().prefetch_related("photos")

    def get_context_data(self, **kwargs):
        outlet = self.object
        today = timezone.localdate()
        products = (
            Product.objects.browsable()
            .filter(outlet_listings__outlet=outlet)
            .base_queryset()
            .order_by("title")
        )
        upcoming = OpeningException.objects.filter(
            outlet=outlet, date__gte=today, date__lte=today + dt.timedelta(days=31)
        )
        return super().get_context_data(
            products=products,
            state=outlet.open_state(),
            week=_week(outlet),
            upcoming_exceptions=upcoming,
            **kwargs,
        )


def _week(outlet):
    """[(weekday label, [periods])] Monday first, for the hours table."""
    from .models.hours import Weekday

    periods = list(outlet.opening_periods.all())
    return [(label, [p for p in periods if p.weekday == day]) for day, label in Weekday.choices]


class OutletMapView(TemplateView):
    template_name = "outlets/outlet_map.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            tile_url=getattr(settings, "OCOP_MAP_TILE_URL", DEFAULT_TILE_URL),
            tile_attribution=getattr(settings, "OCOP_MAP_TILE_ATTRIBUTION",
                                     DEFAULT_TILE_ATTRIBUTION),
            **kwargs,
        )


def map_json(request):
    """Markers for the map: active outlets with a position, public fields only."""
    outlets = Outlet.objects.active().filter(latitude__isnull=False).order_by("pk")
    features = [
        {
            "name": outlet.name,
            "type": str(outlet.get_outlet_type_display()),
            "address": outlet.full_address,
            "lat": float(outlet.latitude),
            "lon": float(outlet.longitude),
            "url": outlet.get_absolute_url(),
        }
        for outlet in outlets
    ]
    return JsonResponse({"outlets": features})

"""Public URLs of the outlets app (included from shop/urls.py at /outlets/)."""
from django.urls import path
from django.views.generic import RedirectView

from . import views

app_name = "outlets"
urlpatterns = [
    path("", views.OutletListView.as_view(), name="index"),
    path("map/", views.OutletMapView.as_view(), name="map"),
    # The report moved to the dashboard (officers are not staff); old links follow.
    path("coverage/", RedirectView.as_view(pattern_name="dashboard:outlets-coverage",
                                           query_string=True), name="coverage"),
    path("map.json", views.map_json, name="map-json"),
    path("<slug:slug>/", views.OutletDetailView.as_view(), name="detail"),
]

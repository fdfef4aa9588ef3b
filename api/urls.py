"""URLs of the API, under /api/ (the badge is in api/badge_urls.py).

Included by shop/urls.py before Oscar's and Wagtail's catch-all routes.
URL names start with "api-".
"""
from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView

from . import converters, producer_views, views

converters.register()

urlpatterns = [
    path("", views.ApiRoot.as_view(), name="api-root"),
    path("products/", views.ProductList.as_view(), name="api-product-list"),
    path("products/<int:pk>/", views.ProductDetail.as_view(), name="api-product-detail"),
    path("producers/", views.ProducerList.as_view(), name="api-producer-list"),
    path("producers/<int:pk>/", views.ProducerDetail.as_view(), name="api-producer-detail"),
    path("outlets/", views.OutletList.as_view(), name="api-outlet-list"),
    path("outlets/<int:pk>/", views.OutletDetail.as_view(), name="api-outlet-detail"),
    path("events/", views.EventList.as_view(), name="api-event-list"),
    path("events/<int:pk>/", views.EventDetail.as_view(), name="api-event-detail"),
    path("certificates/<certno:number>", views.CertificateVerification.as_view(),
         name="api-certificate"),
    path("producer/products/", producer_views.ProducerProductList.as_view(),
         name="api-producer-product-list"),
    path("producer/products/<int:pk>/", producer_views.ProducerProductDetail.as_view(),
         name="api-producer-product-detail"),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api-schema",
                                                template_name="api/redoc.html"),
         name="api-redoc"),
    # Last: unknown API paths answer JSON, not the site's HTML 404 page.
    re_path(r"^[\s\S]*/$", views.not_found),
]

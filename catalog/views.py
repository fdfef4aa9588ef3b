"""Product pages that tell the truth about the certificate.

A product that never held a certificate answers 404 (the queryset below).
One whose certificate lapsed, was suspended or revoked still answers (its
QR is on packages in people's hands) with a status banner, no buy button
(the strategy refuses it) and ``noindex``.
"""
from oscar.apps.catalogue.views import *  # noqa: F401  (fork idiom)
from oscar.apps.catalogue.views import ProductDetailView as CoreProductDetailView
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")


class ProductDetailView(CoreProductDetailView):
    def get_queryset(self):
        return Product.objects.certified().base_queryset().select_related("parent")

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["noindex"] = not self.object.is_listed
        return ctx

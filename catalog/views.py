"""Product pages that tell the truth about the certificate.

A product that never held a certificate answers 404. One whose certificate
lapsed, was suspended or revoked still answers (its QR is on packages in
people's hands) with a status banner, no buy button (the strategy refuses
it) and ``noindex``.
"""
from django.http import Http404
from oscar.apps.catalogue.views import *  # noqa: F401,F403  (fork idiom)
from oscar.apps.catalogue.views import ProductDetailView as CoreProductDetailView
from oscar.core.loading import get_model

Product = get_model("catalogue", "Product")


class ProductDetailView(CoreProductDetailView):
    def get_queryset(self):
        return Product.objects.certified().base_queryset().select_related("parent")

    def is_viewable(self, product, request):
        # Unlisted products stay viewable; Oscar's is_public still applies.
        if product.is_child:
            return product.parent.is_public or request.user.is_staff
        return product.is_public or request.user.is_staff

    def get_object(self, queryset=None):
        if hasattr(self, "object"):
            return self.object
        try:
            return super().get_object(queryset)
        except Http404:
            raise Http404("Không tìm thấy sản phẩm OCOP") from None

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["noindex"] = not self.object.is_listed
        return ctx

"""Public producer pages: who makes a product and what else they list."""
from django.db.models import Count, Q
from django.views.generic import DetailView, ListView
from oscar.core.loading import get_model

from shop import divisions

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")


class ProducerListView(ListView):
    """Producers with at least one listed product, filterable by province."""

    template_name = "oscar/partner/producer_list.html"
    context_object_name = "producers"
    paginate_by = 48

    def get_queryset(self):
        listed = Product.objects.browsable()
        queryset = (
            Partner.objects.annotate(
                listed_count=Count("products", filter=Q(products__in=listed))
            )
            .filter(listed_count__gt=0)
            .order_by("name")
        )
        province = self.request.GET.get("province", "")
        if province:
            queryset = queryset.filter(province_code=province)
        return queryset

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            provinces=divisions.province_choices(),
            selected_province=self.request.GET.get("province", ""),
            **kwargs,
        )


class ProducerDetailView(DetailView):
    template_name = "oscar/partner/producer_detail.html"
    context_object_name = "producer"
    slug_field = "code"

    def get_queryset(self):
        return Partner.objects.all()

    def get_context_data(self, **kwargs):
        products = (
            Product.objects.browsable()
            .filter(producer=self.object)
            .base_queryset()
            .order_by("title")
        )
        return super().get_context_data(products=products, **kwargs)

"""Template tags for search engines and sharing (see cms/seo/)."""
from django import template

from ..seo import jsonld, opengraph

register = template.Library()


@register.simple_tag(takes_context=True)
def product_jsonld(context, product):
    return jsonld.render(jsonld.product_data(product, context["request"]))


@register.simple_tag(takes_context=True)
def producer_jsonld(context, producer):
    return jsonld.render(jsonld.organization(producer, context["request"]))


@register.simple_tag(takes_context=True)
def outlet_jsonld(context, outlet):
    return jsonld.render(jsonld.store(outlet, context["request"]))


@register.inclusion_tag("cms/partials/open_graph.html", takes_context=True)
def open_graph(context):
    """Canonical URL and Open Graph tags for whatever the page shows."""
    return {"og": opengraph.describe(context)}

"""Template tags for search engines and sharing (see cms/seo/)."""
from django import template

from ..seo import alternates, jsonld, opengraph

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


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language (the VI/EN switch); empty on neutral addresses."""
    request = context.get("request")
    if request is None:
        return []
    return alternates.language_versions(request, context.get("page"))


@register.inclusion_tag("cms/partials/open_graph.html", takes_context=True)
def open_graph(context):
    """Canonical URL, hreflang alternates and Open Graph tags for the page."""
    request = context.get("request")
    versions = language_versions(context)
    return {
        "og": opengraph.describe(context),
        "alternates": [
            {"code": v["code"], "url": request.build_absolute_uri(v["url"])} for v in versions
        ],
    }

"""Formsets of the product page: categories scoped, images held for review.

A producer picks among the OCOP groups only, and new images of a public
product are not saved on it: the view hands them to ``moderation`` as a
proposal (``proposed_images``), and the public product's images stay as
they are until an operator approves.
"""
from oscar.apps.dashboard.catalogue import formsets as oscar_formsets
from oscar.apps.dashboard.catalogue.formsets import *  # noqa: F401,F403  (fork idiom)
from oscar.core.loading import get_model

from .forms import is_producer

ProductImage = get_model("catalogue", "ProductImage")


class ProductCategoryFormSet(oscar_formsets.ProductCategoryFormSet):
    def __init__(self, product_class, user, *args, **kwargs):
        kwargs["form_kwargs"] = {**kwargs.get("form_kwargs", {}), "user": user}
        super().__init__(product_class, user, *args, **kwargs)


class ProductImageFormSet(oscar_formsets.ProductImageFormSet):
    def __init__(self, product_class, user, *args, **kwargs):
        instance = kwargs.get("instance")
        #: True when the uploads are a proposal, not a change of the product.
        self.proposing = bool(
            is_producer(user) and instance is not None and instance.pk and instance.is_public
        )
        if self.proposing:
            kwargs["queryset"] = ProductImage.objects.none()
        super().__init__(product_class, user, *args, **kwargs)

    def proposed_images(self):
        """(cleaned file, caption) of every new upload."""
        return [
            (form.cleaned_data["original"], form.cleaned_data.get("caption"))
            for form in self.forms
            if form.has_changed() and form.cleaned_data.get("original")
        ]

    def save(self, commit=True):
        if self.proposing:
            return []
        return super().save(commit)

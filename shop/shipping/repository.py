"""One shipping method: a flat charge per producer (see ``methods.PerProducer``)."""
from oscar.apps.shipping import repository
from oscar.core.loading import get_class

PerProducer = get_class("shipping.methods", "PerProducer")


class Repository(repository.Repository):
    methods = (PerProducer(),)

"""Search engines and sharing: structured data, sitemap, robots.txt, Open Graph."""


def product_picture(product):
    """The product's own first picture (a file), or None: never Oscar's placeholder."""
    images = list(product.get_all_images()[:1])
    return images[0].original if images else None

"""Uploaded files are served as data, never as pages.

Small installs serve ``MEDIA_ROOT`` through Django (``shop/urls.py``).
Anyone who can upload something (a producer's photo, an editor's document,
a consumer report's picture) must not be able to plant a page on our
origin: an ``.html`` or ``.svg`` file opened inline would run its scripts
with the site's cookies. So only raster images are shown inline, with the
type their extension says; every other file is a download
(``Content-Disposition: attachment``, ``application/octet-stream``). Every
answer carries ``nosniff`` and a sandboxing Content-Security-Policy, which
blocks scripts even where a browser would render the file anyway.
``docs/deploy.md`` gives the same rules for nginx.
"""
from pathlib import PurePosixPath

from django.views.static import serve

#: Raster formats browsers never execute; shown inline.
INLINE_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".avif": "image/avif",
}
#: Stops scripts, plugins and forms even in a file rendered inline.
MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"


def serve_media(request, path, document_root=None):
    response = serve(request, path, document_root=document_root)
    suffix = PurePosixPath(path).suffix.lower()
    inline_type = INLINE_TYPES.get(suffix)
    if inline_type:
        response["Content-Type"] = inline_type
    else:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = MEDIA_CSP
    return response

"""Path converter for certificate numbers, which contain "/" (123/QĐ-UBND)."""


class CertificateNumberConverter:
    #: Anything, "/" and spaces included ("12 /QĐ-UBND"): a number that is
    #: not on file, however odd, answers the API's JSON 404.
    regex = r"[\s\S]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


def register():
    """Make ``<certno:…>`` available (idempotent; both URL modules call it)."""
    from django.urls import converters, register_converter

    if "certno" not in converters.get_converters():
        register_converter(CertificateNumberConverter, "certno")

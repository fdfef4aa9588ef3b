"""A producer's whole way onto the site, once in a real browser.

The story of tests/journeys/test_producer_journey.py, clicked and typed in
Chromium by the people who live it: the operator invites the producer and
later approves its listing and records its certificate; the producer opens
the e-mailed link, sets its password, completes its profile, adds a product
with a photo and sends its certificate scan; a shopper finds the product on
/catalogue/ with its stars.

The clock is not moved here: the live server answers from a thread of this
process, and a clock moved under it (and under Chromium's cookies) would
expire the people's sessions mid-story. Instead the producer's certificate
was issued 36 months less 60 days ago, so its 60-day expiry notice is due
today: ``send_expiry_notices`` runs in the test process, as cron would, the
notice arrives in ``mail.outbox`` and the producer's dashboard shows the
banner on its next visit. Moving the clock itself is the test-client
journey's part (tests/journeys).
"""
import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from oscar.core.loading import get_model
from playwright.sync_api import expect

from backoffice.roles import make_operator
from catalog.groups import GOODS_CLASS
from tests.backoffice.steps import LINK, PASSWORD, THANH_HOA_WARD, profile_data
from tests.certificates.conftest import PDF
from tests.dashboard_catalogue.pages import image_upload
from tests.journeys import story

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
OPERATOR_EMAIL = "vanhanh@ocop.example.vn"
NGA_SON = "Xã Nga Sơn"  # steps.THANH_HOA_WARD, as a person types it


@pytest.fixture
def people_pages(browser, request, tmp_path_factory):
    """One browser window each for the operator, the producer and a shopper.

    On failure each window's last page is saved as a screenshot, as the
    ``page`` fixture of tests/e2e/conftest.py does for one window.
    """
    contexts = [browser.new_context(locale="vi-VN") for _ in range(3)]
    pages = [context.new_page() for context in contexts]
    for page in pages:
        page.set_default_timeout(10_000)
    yield pages
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        shots = tmp_path_factory.mktemp("screenshots")
        for who, page in zip(("operator", "producer", "shopper"), pages, strict=True):
            path = shots / f"{who}.png"
            page.screenshot(path=str(path), full_page=True)
            print(f"screenshot of the {who}'s window: {path}")
    for context in contexts:
        context.close()


def submit(page, field):
    """Press the submit button of the form that holds ``field``."""
    page.locator(f"form:has([name={field}])").locator("button[type=submit]").last.click()


def open_menu(page, section, entry=None):
    """Click a dashboard menu section, then one of its entries (when it has some)."""
    item = page.locator("li.nav-item", has=page.locator("a.nav-link", has_text=section))
    item.locator("a.nav-link").first.click()
    if entry is not None:
        item.get_by_role("link", name=entry, exact=True).click()
    page.wait_for_load_state()


def operator_logs_in(page, base):
    User = get_user_model()
    make_operator(User.objects.create_user("vanhanh", email=OPERATOR_EMAIL, password=PASSWORD))
    page.goto(base + "/accounts/login/")
    page.fill("input[name=login-username]", OPERATOR_EMAIL)
    page.fill("input[name=login-password]", PASSWORD)
    page.locator("button[name=login_submit]").click()
    expect(page.get_by_text(f"Chào mừng {OPERATOR_EMAIL}")).to_be_visible()


# --- The producer comes on board -------------------------------------------
def operator_invites_the_producer(page, base):
    page.goto(base + "/dashboard/")
    open_menu(page, "Chủ thể OCOP", "Mời chủ thể")
    page.get_by_role("link", name="Mời chủ thể").last.click()  # the button on the list
    page.fill("input[name=email]", story.EMAIL)
    page.fill("input[name=new_name]", story.PRODUCER)
    page.select_option("select[name=new_province]", story.PROVINCE)
    submit(page, "new_name")
    expect(page.locator("table", has_text=story.EMAIL)).to_contain_text("Đang chờ")
    return LINK.search(mail.outbox[-1].body).group(0)


def producer_sets_its_password(page, link):
    page.goto(link)
    expect(page.locator("body")).to_contain_text(story.PRODUCER)
    page.fill("input[name=new_password1]", PASSWORD)
    page.fill("input[name=new_password2]", PASSWORD)
    page.get_by_role("button", name="Tạo tài khoản").click()
    page.wait_for_url("**/dashboard/producer/profile/**")


def producer_completes_its_profile(page):
    data = profile_data()
    page.select_option("select[name=producer_type]", data["producer_type"])
    page.fill("input[name=tax_code]", data["tax_code"])
    page.select_option("select[name=province_code]", data["province_code"])
    page.fill("input[name=commune_code]", NGA_SON)
    page.fill("input[name=street_address]", data["street_address"])
    page.fill("input[name=phone]", data["phone"])
    page.fill("input[name=email]", data["email"])
    submit(page, "tax_code")
    expect(page.locator("body")).to_contain_text(f"Đã lưu hồ sơ {story.PRODUCER}")
    producer = Partner.objects.get(name=story.PRODUCER)
    assert (producer.tax_code, producer.commune_code) == (data["tax_code"], THANH_HOA_WARD)


# --- A product, moderation and the certificate -------------------------------
def fill_description(page, words):
    """Type into Oscar's rich-text editor (TinyMCE), as a person would."""
    # The iframe exists before the editor has loaded the (empty) textarea
    # into it, and what is typed before that is lost: type again until the
    # text stays, as a person would after seeing it vanish.
    body = page.frame_locator(".tox-edit-area iframe").locator(
        "body.mce-content-body[contenteditable=true]")
    body.wait_for()
    for _attempt in range(20):
        body.fill(words)
        page.wait_for_timeout(250)
        if body.inner_text().strip() == words:
            return
    raise AssertionError(f"the description editor does not keep {words!r}")


def producer_adds_a_product(page):
    open_menu(page, "Danh mục", "Sản phẩm")
    create = page.locator("#create_product_with_class_form")
    # Oscar's select2 widget covers the select; choosing in it sets the select.
    create.locator("select[name=product_class]").select_option(label=GOODS_CLASS, force=True)
    create.locator("button[type=submit]").click()
    page.wait_for_url("**/dashboard/catalogue/products/create/**")
    page.fill("input[name=title]", story.PRODUCT)
    fill_description(page, story.DESCRIPTION)
    page.get_by_role("link", name="Nhóm sản phẩm").click()
    page.locator("#product_category select").first.select_option(label="Thực phẩm")
    page.get_by_role("link", name="Ảnh").click()
    photo = image_upload("nem-chua.jpg")
    page.locator("#product_images input[type=file]").first.set_input_files(
        {"name": photo.name, "mimeType": "image/jpeg", "buffer": photo.read()})
    page.get_by_role("link", name="Giá và tồn kho").click()
    stock = page.locator("#product_stock")
    stock.locator("input[name$='-partner_sku']").first.fill("NEM-01")
    stock.locator("input[name$='-price']").first.fill(story.PRICE)
    stock.locator("input[name$='-num_in_stock']").first.fill(story.STOCK)
    page.locator("button[name=action][value=save]").click()
    expect(page.locator("body")).to_contain_text("chờ ban quản lý sàn duyệt")
    product = Product.objects.get(title=story.PRODUCT)
    assert story.DESCRIPTION in product.description
    assert product.images.count() == 1 and not product.is_public
    assert product.stockrecords.get().price == int(story.PRICE)


def on_catalogue(page, base):
    page.goto(base + "/catalogue/")
    return page.locator("article", has_text=story.PRODUCT).count() == 1


def producer_submits_its_certificate(page, base, issued_on):
    page.goto(base + "/dashboard/")
    open_menu(page, "Giấy chứng nhận OCOP", "Gửi giấy chứng nhận")
    page.select_option("select[name=product]", label=story.PRODUCT)
    page.fill("input[name=number]", story.CERTIFICATE)
    page.select_option("select[name=stars]", str(story.STARS))
    page.fill("input[name=issued_on]", issued_on.isoformat())
    page.set_input_files("input[name=document]", {
        "name": "giay-chung-nhan.pdf", "mimeType": "application/pdf", "buffer": PDF})
    page.get_by_role("button", name="Gửi", exact=True).click()
    expect(page.locator("#submission-status")).to_contain_text("Chờ kiểm tra")


def operator_approves_the_listing(page, base):
    page.goto(base + "/dashboard/")
    open_menu(page, "Duyệt sản phẩm")
    card = page.locator("div.card", has_text=story.PRODUCT)
    card.get_by_role("button", name="Duyệt").click()
    expect(page.locator("body")).to_contain_text("Không có sản phẩm nào chờ duyệt")


def operator_records_the_certificate(page, base):
    page.goto(base + "/dashboard/")
    open_menu(page, "Giấy chứng nhận OCOP", "Hồ sơ giấy chứng nhận")
    page.get_by_role("link", name=story.CERTIFICATE).click()
    expect(page.locator("#published-match")).to_contain_text("Chưa có giấy chứng nhận số này")
    expect(page.locator("tr", has_text="Gửi bởi")).to_contain_text(story.EMAIL)
    page.fill("input[name=score]", story.SCORE)
    page.select_option("select[name=level]", "province")
    page.fill("input[name=issued_by]", story.ISSUED_BY)
    page.get_by_role("button", name="Ghi nhận giấy chứng nhận").click()
    expect(page.locator("body")).to_contain_text(
        f"Đã ghi nhận giấy chứng nhận {story.CERTIFICATE}")


def test_a_producer_from_invitation_to_listing_and_expiry_notice(people_pages, live_server):
    base = live_server.url
    operator, producer, shopper = people_pages

    operator_logs_in(operator, base)
    link = operator_invites_the_producer(operator, base)
    producer_sets_its_password(producer, link)
    producer_completes_its_profile(producer)

    producer_adds_a_product(producer)
    assert not on_catalogue(shopper, base)  # waits for moderation, holds no certificate
    producer_submits_its_certificate(producer, base, story.issued_on_for_a_notice_due_today())
    operator_approves_the_listing(operator, base)
    assert not on_catalogue(shopper, base)  # approved, certificate not yet checked
    operator_records_the_certificate(operator, base)

    assert on_catalogue(shopper, base)
    card = shopper.locator("article", has_text=story.PRODUCT)
    expect(card).to_contain_text(f"{story.STARS} sao OCOP")
    expect(card).to_contain_text(story.CERTIFICATE)
    expect(card.locator("img")).to_have_count(1)

    # Cron's morning run, in this process (see the module docstring).
    certificate = Product.objects.get(title=story.PRODUCT).certificates.get()
    days_left = (certificate.valid_until - timezone.localdate()).days
    sent = len(mail.outbox)
    call_command("send_expiry_notices", stdout=io.StringIO())
    notices = mail.outbox[sent:]
    assert len(notices) == 1 and story.EMAIL in notices[0].to
    assert "còn 60 ngày" in notices[0].subject

    producer.goto(base + "/dashboard/")
    banner = producer.locator("#certificate-banner")
    expect(banner).to_contain_text(story.CERTIFICATE)
    expect(banner).to_contain_text(f"còn {days_left} ngày")

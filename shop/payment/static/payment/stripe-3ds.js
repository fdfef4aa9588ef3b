/* 3-D Secure on the thank-you page (stripe_3ds.html).
 *
 * The order waits as "awaiting card authentication"; Stripe.js opens the
 * bank's check for the PaymentIntent. The page only says how it went: the
 * order is marked paid when Stripe's signed webhook says so, not from here.
 * Data and messages come from the #stripe-3ds element's data- attributes
 * (CSP: no inline script). */
(function () {
    "use strict";
    var box = document.getElementById("stripe-3ds");
    if (!box || typeof Stripe === "undefined") { return; }
    var stripe = Stripe(box.dataset.publishableKey);
    var status = document.getElementById("stripe-3ds-status");
    // Stripe answers an error; an emulator may instead answer the intent
    // still without payment: both mean the check failed.
    var passed = ["succeeded", "processing", "requires_capture"];
    stripe.confirmCardPayment(box.dataset.clientSecret).then(function (result) {
        var ok = result && !result.error && result.paymentIntent &&
            passed.indexOf(result.paymentIntent.status) !== -1;
        status.textContent = ok ? box.dataset.passed : box.dataset.failed;
        box.dataset.outcome = ok ? "passed" : "failed";
    });
})();

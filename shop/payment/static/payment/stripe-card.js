/* The card form on the checkout preview page (stripe_card.html).
 *
 * Stripe.js collects the card in its own fields and turns it into a
 * PaymentMethod, so the card number never reaches our server; its id goes
 * into the hidden field of the place-order form, and the server charges it.
 * Data comes from the #stripe-card element's data- attributes (CSP: no
 * inline script). An emulator without createPaymentMethod (localstripe)
 * answers nothing: a token's card id is used instead. */
(function () {
    "use strict";
    var box = document.getElementById("stripe-card");
    if (!box || typeof Stripe === "undefined") { return; }
    var stripe = Stripe(box.dataset.publishableKey);
    var card = stripe.elements().create("card");
    card.mount("#card-element");
    var form = document.getElementById("place_order_form");
    var field = form.querySelector("input[name=" + box.dataset.field + "]");
    var button = form.querySelector("[type=submit]");
    var errors = document.getElementById("card-errors");

    function cardId() {
        return Promise.resolve(stripe.createPaymentMethod({type: "card", card: card}))
            .then(function (result) {
                if (result && result.paymentMethod) { return result.paymentMethod.id; }
                if (result && result.error) { throw result.error; }
                return stripe.createToken(card).then(function (token) {
                    if (token.error) { throw token.error; }
                    return token.token.card.id;
                });
            });
    }

    form.addEventListener("submit", function (event) {
        if (field.value) { return; }
        event.preventDefault();
        errors.textContent = "";
        if (button) { button.disabled = true; }  // one charge per click
        cardId().then(function (id) {
            field.value = id;
            form.submit();
        }, function (error) {
            if (button) { button.disabled = false; }
            errors.textContent = (error && error.message) || box.dataset.unreadable;
        });
    });
})();

/* "Near me" on the product and trace pages: reload the page with the
 * browser's position (?lat=&lon=), so the server lists the outlets carrying
 * the product nearest first. Without JavaScript the button stays hidden and
 * the outlets are listed by province. */
(function () {
    "use strict";
    var button = document.querySelector("[data-outlets-near-link]");
    if (!button || !("geolocation" in navigator)) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
        var status = document.querySelector("[data-outlets-near-status]");
        button.disabled = true;
        navigator.geolocation.getCurrentPosition(function (position) {
            var url = new URL(window.location.href);
            url.searchParams.set("lat", position.coords.latitude.toFixed(5));
            url.searchParams.set("lon", position.coords.longitude.toFixed(5));
            url.hash = "product-outlets";
            window.location.assign(url.toString());
        }, function () {
            button.disabled = false;
            if (status) { status.textContent = status.dataset.failed; }
        }, {timeout: 10000, maximumAge: 300000});
    });
})();

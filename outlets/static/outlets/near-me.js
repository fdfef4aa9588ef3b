/* "Near me" on the outlet list: fill the form's latitude and longitude from
 * the browser's position and submit. Without JavaScript (or permission) the
 * form still works: the fields can be typed, and the filters need neither. */
(function () {
    "use strict";
    var button = document.getElementById("outlets-near-me");
    if (!button || !("geolocation" in navigator)) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
        var form = button.form, status = document.getElementById("outlets-near-me-status");
        button.disabled = true;
        navigator.geolocation.getCurrentPosition(function (position) {
            form.elements.lat.value = position.coords.latitude.toFixed(5);
            form.elements.lon.value = position.coords.longitude.toFixed(5);
            form.submit();
        }, function () {
            button.disabled = false;
            if (status) { status.textContent = status.dataset.failed; }
        }, {timeout: 10000, maximumAge: 300000});
    });
})();

/* Address forms (checkout, address book): when the province changes,
   fill the commune field's datalist with that province's communes. The
   <script> tag (ocop/partials/communes.html) names the province field and
   the communes URL (data-province, data-communes-url); without JavaScript
   the form still checks the commune on the server. */
(function () {
    var tag = document.currentScript;
    if (!tag || !window.fetch) { return; }
    var province = document.getElementById(tag.dataset.province);
    var list = document.getElementById("communes");
    if (!province || !list) { return; }
    province.addEventListener("change", function () {
        fetch(tag.dataset.communesUrl + "?province=" + encodeURIComponent(province.value))
            .then(function (r) { return r.json(); })
            .then(function (data) {
                list.innerHTML = "";
                data.communes.forEach(function (c) {
                    var option = document.createElement("option");
                    option.value = c.name;
                    list.appendChild(option);
                });
            });
    });
})();

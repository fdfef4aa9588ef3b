/* The outlet map: Leaflet (served from our static files), tiles from the
 * URL in OCOP_MAP_TILE_URL, markers from /outlets/map.json. */
(function () {
    "use strict";
    var element = document.getElementById("outlets-map");
    if (!element || typeof L === "undefined") { return; }
    var map = L.map(element).setView([16.0, 106.5], 6);  // all of Việt Nam
    L.tileLayer(element.dataset.tileUrl, {
        maxZoom: 18, attribution: element.dataset.tileAttribution
    }).addTo(map);
    L.Icon.Default.imagePath = element.dataset.imagePath;

    function text(tag, value) {
        var node = document.createElement(tag);
        node.textContent = value;
        return node;
    }

    fetch(element.dataset.source, {headers: {Accept: "application/json"}})
        .then(function (response) { return response.json(); })
        .then(function (data) {
            var bounds = [];
            data.outlets.forEach(function (outlet) {
                var popup = document.createElement("div"), link = text("a", outlet.name);
                link.href = outlet.url;
                popup.appendChild(link);
                popup.appendChild(text("div", outlet.type));
                popup.appendChild(text("div", outlet.address));
                L.marker([outlet.lat, outlet.lon], {title: outlet.name}).bindPopup(popup).addTo(map);
                bounds.push([outlet.lat, outlet.lon]);
            });
            if (bounds.length > 1) { map.fitBounds(bounds, {padding: [24, 24], maxZoom: 13}); }
            else if (bounds.length === 1) { map.setView(bounds[0], 13); }
        });
})();

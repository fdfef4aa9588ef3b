/* Search-box suggestions from /search/suggest/ (search/views.py).

   Every <input data-suggest-url aria-controls="LIST"> becomes an ARIA 1.2
   combobox whose popup is the listbox LIST: up/down move through the
   suggestions, Enter opens the highlighted one (or submits the form when
   none is), Escape closes the list. Without JavaScript the box stays a
   plain GET form to /search/. A static file, never inline, for the
   Content-Security-Policy. */
(function () {
    "use strict";

    function setUp(input) {
        var list = document.getElementById(input.getAttribute("aria-controls"));
        if (!list || !window.fetch || input.dataset.suggestReady) { return; }
        input.dataset.suggestReady = "1";
        var options = [], active = -1, timer = null, ticket = 0, shown = "";

        function highlight(index) {
            active = index;
            options.forEach(function (option, i) {
                option.classList.toggle("active", i === index);
                option.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function close() {
            ticket += 1;  // an answer still on its way is dropped
            list.hidden = true;
            list.classList.remove("show");
            input.setAttribute("aria-expanded", "false");
            highlight(-1);
        }

        function render(suggestions) {
            list.textContent = "";
            options = suggestions.map(function (s, i) {
                var option = document.createElement("li");
                option.id = list.id + "-" + i;
                option.setAttribute("role", "option");
                option.className = "dropdown-item ocop-suggestion ocop-suggestion--" + s.kind;
                option.textContent = s.label;
                option.dataset.url = s.url;
                // mousedown, not click: it comes before the input's blur closes the list.
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault();
                    window.location.assign(s.url);
                });
                list.appendChild(option);
                return option;
            });
            open();
        }

        function open() {
            if (!options.length) { close(); return; }
            list.hidden = false;
            list.classList.add("show");
            input.setAttribute("aria-expanded", "true");
            highlight(-1);
        }

        function load() {
            var text = input.value.trim();
            if (text.length < 2) { shown = ""; close(); return; }
            if (text === shown) { open(); return; }  // Escape, then down again
            var mine = ++ticket;
            fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(text),
                  {headers: {"Accept": "application/json"}})
                .then(function (response) { return response.ok ? response.json() : {suggestions: []}; })
                .then(function (data) {
                    if (mine !== ticket) { return; }
                    shown = text;
                    render(data.suggestions || []);
                })
                .catch(close);
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(load, 150);
        });
        input.addEventListener("keydown", function (event) {
            var isOpen = !list.hidden && options.length > 0;
            if (event.key === "ArrowDown") {
                event.preventDefault();
                if (!isOpen) { load(); return; }
                highlight(active + 1 < options.length ? active + 1 : 0);
            } else if (event.key === "ArrowUp") {
                if (!isOpen) { return; }
                event.preventDefault();
                highlight(active > 0 ? active - 1 : options.length - 1);
            } else if (event.key === "Enter") {
                if (isOpen && active >= 0) {
                    event.preventDefault();
                    window.location.assign(options[active].dataset.url);
                }
            } else if (event.key === "Escape") {
                if (isOpen) { event.preventDefault(); close(); }
            }
        });
        input.addEventListener("blur", close);
    }

    document.querySelectorAll("input[data-suggest-url][aria-controls]").forEach(setUp);
})();

/* OCOP back office: accessibility of what Oscar's dashboard.js builds.
 *
 * oscar.dashboard.bulk_actions.init() adds a "select all" checkbox to the
 * first header cell of a bulk-action table, with no label: screen readers
 * announce an unnamed checkbox (axe-core "label"). This file, loaded after
 * Oscar's dashboard.js by our oscar/dashboard/layout.html, wraps that
 * initialiser and names the checkbox with the translated text the script
 * tag carries (data-select-all-label). No inline script: see shop/csp.py.
 */
(function () {
    "use strict";
    var script = document.currentScript;
    var oscar = window.oscar;
    if (!script || !oscar || !oscar.dashboard || !oscar.dashboard.bulk_actions) { return; }
    var label = script.getAttribute("data-select-all-label");
    var bulkActions = oscar.dashboard.bulk_actions;
    var init = bulkActions.init;
    bulkActions.init = function () {
        var result = init.apply(this, arguments);
        var boxes = document.querySelectorAll('input[type=checkbox][name="select_all"]');
        for (var i = 0; i < boxes.length; i++) {
            if (!boxes[i].hasAttribute("aria-label")) { boxes[i].setAttribute("aria-label", label); }
        }
        return result;
    };
}());

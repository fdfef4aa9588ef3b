/* Oscar's page start-up without inline script (Content-Security-Policy).
 *
 * Oscar's templates start their JavaScript inline ({% block onbodyload %}:
 * oscar.init() on every page, oscar.basket.init() on the basket…), which a
 * policy without 'unsafe-inline' refuses. Our oscar/base.html loads this
 * file instead, which runs the same initialisers on the pages that have
 * their elements, plus the two inline handlers Oscar's templates used
 * ("cancel" goes back, "print" prints).
 */
(function ($) {
    "use strict";
    if (!$ || !window.oscar) { return; }
    $(function () {
        var o = window.oscar;
        o.init();
        if ($("#id_sort_by, .facet_checkbox").length) { o.search.init(); }
        if ($("#basket_formset, #saved_basket_formset, #voucher_form_link").length) {
            o.basket.init({basketURL: document.URL});
        }
        if ($("form input[name=options]").length) { o.checkout.gateway.init(); }
        if ($('a[data-behaviours~="archive"], a[data-behaviours~="delete"]').length) {
            o.notifications.init();
        }
        $(document.body).on("click", 'a[data-behaviours~="history-back"]', function (event) {
            event.preventDefault();
            window.history.back();
        });
        $(document.body).on("click", 'a[data-behaviours~="print"]', function (event) {
            event.preventDefault();
            window.print();
        });
    });
})(window.jQuery);

// Printing the guide: open every FAQ answer so that the paper copy has them all.
(function () {
    "use strict";
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details.faq").forEach(function (details) {
            details.setAttribute("open", "");
        });
    });

    // On a phone the guide's table of contents starts collapsed under the title; on a desktop
    // it stays open beside the text.
    var narrow = window.matchMedia("(max-width: 59.99rem)");
    document.querySelectorAll("details[data-collapse-on-phone]").forEach(function (details) {
        var apply = function () {
            if (narrow.matches) {
                details.removeAttribute("open");
            } else {
                details.setAttribute("open", "");
            }
        };
        narrow.addEventListener("change", apply);
        apply();
    });
})();

// Printing the guide: open every FAQ answer so that the paper copy has them all.
(function () {
    "use strict";
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details.faq").forEach(function (details) {
            details.setAttribute("open", "");
        });
    });
})();

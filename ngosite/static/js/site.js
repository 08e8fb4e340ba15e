// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    // On narrow screens the main navigation collapses behind a "Menu" button.
    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-nav-list");
    if (toggle && list) {
        var narrow = window.matchMedia("(max-width: 40rem)");
        var apply = function () {
            if (narrow.matches) {
                toggle.hidden = false;
                var expanded = toggle.getAttribute("aria-expanded") === "true";
                list.setAttribute("data-collapsed", expanded ? "false" : "true");
            } else {
                toggle.hidden = true;
                list.removeAttribute("data-collapsed");
            }
        };
        toggle.addEventListener("click", function () {
            var expanded = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", expanded ? "false" : "true");
            apply();
        });
        narrow.addEventListener("change", apply);
        apply();
    }

    // A failed form: the error summary takes focus (screen readers read it, a phone scrolls to
    // it), and each of its links moves focus to its field with the label in view.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
        summary.addEventListener("click", function (event) {
            var link = event.target.closest("a[href^='#']");
            if (!link) {
                return;
            }
            var input = document.getElementById(link.getAttribute("href").slice(1));
            if (!input) {
                return;
            }
            event.preventDefault();
            var label = document.querySelector("label[for='" + input.id + "']");
            var legend = input.closest("fieldset") && input.closest("fieldset").querySelector("legend");
            (legend || label || input).scrollIntoView();
            input.focus({ preventScroll: true });
        });
    }
})();

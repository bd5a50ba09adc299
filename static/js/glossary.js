/*
 * Glossary terms in rich text (see learning/glossary.py): progressive enhancement.
 *
 * Without JavaScript a marked term is a link to its entry on the A to Z page. Here each link becomes a
 * disclosure button (aria-expanded, aria-controls) that shows the meaning inline, just after the term,
 * so it works by keyboard, touch and screen reader. Escape closes an open meaning and puts focus back
 * on its term.
 */
(function () {
  "use strict";

  function setOpen(button, panel, open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    panel.hidden = !open;
  }

  function enhance(wrapper) {
    var link = wrapper.querySelector(".sbs-glossary__term");
    var panel = wrapper.querySelector(".sbs-glossary__panel");
    if (!link || !panel || !panel.id) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sbs-glossary__toggle";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", panel.id);
    panel.hidden = true;
    while (link.firstChild) {
      button.appendChild(link.firstChild);
    }
    link.parentNode.replaceChild(button, link);
    button.addEventListener("click", function () {
      setOpen(button, panel, button.getAttribute("aria-expanded") !== "true");
    });
    wrapper.addEventListener("keydown", function (event) {
      if ((event.key === "Escape" || event.key === "Esc") && button.getAttribute("aria-expanded") === "true") {
        event.preventDefault();
        setOpen(button, panel, false);
        button.focus();
      }
    });
  }

  function init() {
    var wrappers = document.querySelectorAll("[data-sbs-glossary]");
    for (var i = 0; i < wrappers.length; i++) {
      enhance(wrappers[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

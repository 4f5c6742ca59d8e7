/* Corrections to viewflow's Material widgets on every page of the coordinators' workplace.
   viewflow draws its widgets in the browser, so they are corrected there, as they appear
   (Turbo swaps pages without reloading this script). */
(function () {
  "use strict";
  var listboxes = 0;

  /* WCAG 4.1.2: a select's anchor is a role="button" carrying aria-required, which a button
     cannot have (axe: aria-allowed-attr), so "required" never reaches a screen reader. What it
     is, is ARIA 1.2's select-only combobox: a combobox opening the listbox it controls. */
  function correctSelects(root) {
    root.querySelectorAll('.mdc-select__anchor[role="button"]').forEach(function (anchor) {
      anchor.setAttribute("role", "combobox");
      var listbox = anchor.parentNode.querySelector('[role="listbox"]');
      if (listbox) {
        listbox.id = listbox.id || "workplace-listbox-" + ++listboxes;
        anchor.setAttribute("aria-controls", listbox.id);
      }
    });
  }

  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      mutation.addedNodes.forEach(function (node) {
        if (node.nodeType === Node.ELEMENT_NODE) correctSelects(node.parentNode || node);
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();

/* wagtail-localize's translation editor, corrected for assistive technology. Its React code is
   upstream's, so what it draws is corrected here, as it appears (portal/wagtail_hooks.py). */
(function () {
  "use strict";
  var ids = 0;

  function identify(element) {
    element.id = element.id || "translation-editor-" + ++ids;
    return element.id;
  }

  /* WCAG 1.3.1 and 4.1.2: the box in which a segment is translated has no label (axe: label).
     Its field's heading names it ("Title"); the source text it translates describes it. */
  function labelTranslationBoxes(editor) {
    editor.querySelectorAll("textarea:not([aria-labelledby])").forEach(function (box) {
      var segment = box.closest("li");
      var field = segment && segment.parentElement.closest("li");
      var heading = field && field.querySelector(":scope > h3");
      var source = segment && segment.querySelector(":scope > p");
      if (heading) box.setAttribute("aria-labelledby", identify(heading));
      if (source) box.setAttribute("aria-describedby", identify(source));
    });
  }

  /* Its dropdown menus' screen-reader label is written into the bundle in English ("More
     actions"); say it in the editor's language, from Wagtail's own script catalogue. */
  var MORE_ACTIONS = "More actions";
  function translateLabels(editor) {
    if (!window.django || !window.django.gettext) return;
    var said = window.django.gettext(MORE_ACTIONS);
    if (said === MORE_ACTIONS) return;
    editor.querySelectorAll(".w-dropdown__toggle .w-sr-only").forEach(function (label) {
      if (label.textContent === MORE_ACTIONS) label.textContent = said;
    });
  }

  function correct(editor) {
    labelTranslationBoxes(editor);
    translateLabels(editor);
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    correct(editor);
    new MutationObserver(function () {
      correct(editor);
    }).observe(editor, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

// wagtail-localize's translation editor writes one screen-reader label into its script bundle
// in English ("More actions", on its dropdown menus). Say it in the editor's language, from
// the translation Wagtail's own script catalogue (django.gettext) already has.
(() => {
  const ENGLISH = "More actions";
  const translate = () => {
    if (!window.django || !window.django.gettext) return;
    const said = window.django.gettext(ENGLISH);
    if (said === ENGLISH) return;
    for (const label of document.querySelectorAll(".w-dropdown__toggle .w-sr-only")) {
      if (label.textContent === ENGLISH) label.textContent = said;
    }
  };
  new MutationObserver(translate).observe(document.documentElement, {
    childList: true,
    subtree: true,
  });
  document.addEventListener("DOMContentLoaded", translate);
})();

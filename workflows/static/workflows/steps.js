/* A coordinator's step form (viewflow/workflow/task.html), progressively enhanced: a field
   that only some answers of the decision need (its box has data-step-answers) is hidden while
   another answer, or none, is chosen. Hidden is the `hidden` attribute: not shown, not
   focusable, not read out. Each radio button names the boxes it reveals (aria-controls), and a
   status line says which fields the new answer brought. Without this script every field
   shows, each saying which decision it is for, and the server keeps only what the chosen
   answer needs (workflows/step_forms.py).

   viewflow's pages change by Turbo: the script may run again, before or after the new page is
   in place, so it enhances each form once, on every page load and render. */
(function () {
  "use strict";

  if (window.talkooStepForms) {
    window.talkooStepForms();
    return;
  }

  function answerOf(form, name) {
    var checked = form.querySelector('input[name="' + name + '"]:checked');
    if (checked) {
      return checked.value;
    }
    var select = form.querySelector('select[name="' + name + '"]');
    return select ? select.value : "";
  }

  function boxes(form) {
    return Array.prototype.slice.call(form.querySelectorAll("[data-step-answers]"));
  }

  function update(form, announce) {
    var shown = [];
    boxes(form).forEach(function (box) {
      var answer = answerOf(form, box.getAttribute("data-step-decision"));
      var needed = box.getAttribute("data-step-answers").split(" ").indexOf(answer) !== -1;
      box.hidden = !needed;
      if (needed) {
        shown.push(box.getAttribute("data-step-label"));
      }
    });
    var status = form.querySelector("[data-step-status]");
    if (announce && status) {
      status.textContent = shown.length
        ? status.getAttribute("data-step-shown") + " " + shown.join(", ") + "."
        : status.getAttribute("data-step-none");
    }
  }

  function enhance(form) {
    if (form.hasAttribute("data-step-enhanced")) {
      return;
    }
    form.setAttribute("data-step-enhanced", "");
    var decisions = {};
    boxes(form).forEach(function (box) {
      decisions[box.getAttribute("data-step-decision")] = true;
    });
    Object.keys(decisions).forEach(function (name) {
      form.querySelectorAll('input[name="' + name + '"]').forEach(function (radio) {
        var revealed = boxes(form)
          .filter(function (box) {
            return box.getAttribute("data-step-decision") === name &&
              box.getAttribute("data-step-answers").split(" ").indexOf(radio.value) !== -1;
          })
          .map(function (box) { return box.id; });
        if (revealed.length) {
          radio.setAttribute("aria-controls", revealed.join(" "));
        }
      });
    });
    form.addEventListener("change", function (event) {
      if (decisions[event.target.name]) {
        update(form, true);
      }
    });
    update(form, false);
  }

  function enhanceAll() {
    document.querySelectorAll("form[data-step-form]").forEach(enhance);
  }

  window.talkooStepForms = enhanceAll;
  enhanceAll();
  document.addEventListener("DOMContentLoaded", enhanceAll);
  document.addEventListener("turbo:load", enhanceAll);
  document.addEventListener("turbo:render", enhanceAll);
})();

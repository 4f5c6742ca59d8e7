"""What a coordinator's step form says about its fields, for the step page to show them well.

A step's decision (a radio choice such as triage's accept / ask / refer / spam) often needs a
field only for some of its answers: a question only when asking, a reason only when declining.
`DecisionFields` lets a form say so once, in `needs`; then

- each such field's help text names the answers it is for, so a page without JavaScript,
  which shows every field, says which decision each belongs to;
- the step page (`viewflow/workflow/task.html`) marks its box with those answers, and
  `workflows/steps.js` hides the boxes the chosen answer does not need (progressive
  enhancement: nothing depends on it);
- a value typed for another answer, e.g. a question written before choosing "refer", is
  neither checked nor kept: only what the chosen answer needs is saved.

The form's own `clean()` still says which of its fields an answer requires.
"""

from django.utils.translation import gettext as _


class DecisionFields:
    """A step form (a `forms.Form` or `ModelForm`, listed after this) whose `decision` field's
    answers need the fields in `needs`: {field name: [the answers that need it]}. A field not in
    `needs` belongs to every answer."""

    decision = "decision"
    needs = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(self.fields[self.decision].choices)
        self.has_decision_fields = bool(self.needs)
        for name, answers in self.needs.items():
            field = self.fields[name]
            # For the page: the decision's field (its HTML name) and the answers needing this.
            field.decided_by, field.for_answers = self[self.decision].html_name, list(answers)
            # Built with the form, in the language of the request that shows it.
            quoted = ", ".join(_("“%(answer)s”") % {"answer": names[a]} for a in answers)
            when = _("Only for the decision %(answers)s.") % {"answers": quoted}
            field.help_text = f"{when} {field.help_text}" if field.help_text else when

    def clean(self):
        data = super().clean()
        answer = data.get(self.decision)
        for name, answers in self.needs.items():
            if answer not in answers:
                # Typed for another answer (the page hid it, or showed it for that answer
                # only): not checked, not kept.
                data.pop(name, None)
                self._errors.pop(name, None)
        return data

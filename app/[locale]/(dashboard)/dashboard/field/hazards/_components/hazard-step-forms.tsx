"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** The hazard's next step: a choice of the steps open to this user now, with a note. */
export function HazardStepForm({ action, hazardId, steps }: { action: FormActionFn; hazardId: number; steps: { value: string; label: string }[] }) {
  const t = useTranslations("field.hazards.steps");
  const tc = useTranslations("field.common");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="hazard" value={hazardId} />
      <FormAlert message={message} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-base font-medium">{t("title")}</legend>
        {errors.to ? <p className="text-sm font-medium text-red-700">{errors.to.join(" ")}</p> : null}
        {steps.map((step) => (
          <label key={step.value} className="flex min-h-12 items-center gap-3 rounded-lg border border-slate-300 px-3 text-base has-[:checked]:border-police-700 has-[:checked]:bg-police-50">
            <input type="radio" name="to" value={step.value} defaultChecked={values.to === step.value || steps.length === 1} className="size-5 accent-police-700" />
            {step.label}
          </label>
        ))}
      </fieldset>
      <TextField id="step-note" name="note" label={t("note")} hint={t("noteHint")} multiline rows={2} maxLength={500} errors={errors.note} defaultValue={values.note} />
      <SubmitButton pendingLabel={tc("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Hands the hazard over to another authority: which, who received it, when. */
export function HazardHandoverForm({ action, hazardId, authorities, today }: { action: FormActionFn; hazardId: number; authorities: { value: string; label: string }[]; today: string }) {
  const t = useTranslations("field.hazards.handover");
  const tc = useTranslations("field.common");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="hazard" value={hazardId} />
      <FormAlert message={message} />
      <SelectField id="handover-authority" name="authority" label={t("authority")} placeholder={tc("choose")} options={authorities} errors={errors.authority} defaultValue={values.authority} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="handover-receiver" name="receiver" label={t("receiver")} maxLength={60} errors={errors.receiver} defaultValue={values.receiver} />
        <TextField id="handover-day" name="day" type="date" max={today} label={t("day")} errors={errors.day} defaultValue={values.day ?? today} />
      </div>
      <TextField id="handover-note" name="note" label={t("note")} optional optionalLabel={tc("optional")} maxLength={500} errors={errors.note} defaultValue={values.note} />
      <SubmitButton variant="secondary" pendingLabel={tc("saving")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ApplicationStatus } from "@/db/schema/applications";
import { stepNeedsText } from "@/lib/applications/status";
import { feedback, type FormActionFn } from "@/lib/form-state";

/**
 * Staff move an application a step: the steps open from where it stands (the server enforces the same rule),
 * with the question for the resident or the reason for a refusal when the step needs one.
 */
export function ApplicationStepForm({ action, requestId, steps }: { action: FormActionFn; requestId: string; steps: readonly ApplicationStatus[] }) {
  const t = useTranslations("applications");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  const [to, setTo] = useState<string>(values.to ?? "");
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="id" value={requestId} />
      <FormAlert message={message} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-base font-medium">{t("moveTo")}</legend>
        {errors.to ? <p className="text-sm font-medium text-red-700">{errors.to.join(" ")}</p> : null}
        {steps.map((step) => (
          <label key={step} className="flex min-h-11 items-center gap-3 text-base">
            <input type="radio" name="to" value={step} checked={to === step} onChange={() => setTo(step)} className="size-5 accent-police-700" />
            {t(`stepActions.${step}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        id="step-text"
        name="text"
        label={t("stepText")}
        hint={t(to && stepNeedsText(to as ApplicationStatus) ? (to === "refused" ? "reasonHint" : "questionHint") : "stepTextHint")}
        errors={errors.text}
        multiline
        rows={3}
        maxLength={1000}
        defaultValue={values.text}
      />
      {errors.confirmMissing ? (
        // The warning, and the box that says "mark it anyway"; a second submit with it ticked goes through.
        <div className="flex flex-col gap-2 rounded-lg border-2 border-amber-500 bg-amber-50 p-3" role="alert">
          <p id="confirm-missing-warning" className="text-base font-medium text-amber-900">
            {errors.confirmMissing.join(" ")}
          </p>
          <label className="flex min-h-11 items-center gap-3 text-base">
            <input type="checkbox" name="confirmMissing" aria-describedby="confirm-missing-warning" className="size-5 accent-police-700" />
            {t("confirmMissing")}
          </label>
        </div>
      ) : null}
      <SubmitButton pendingLabel={t("saving")}>{t("saveStep")}</SubmitButton>
    </form>
  );
}

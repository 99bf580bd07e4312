"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormActionFn } from "@/lib/action";
import { MESSAGE_MAX } from "@/lib/validation/request-forms";

/** The resident adds information to their request. */
export function FollowUpForm({ action, code, secret }: { action: FormActionFn; code: string; secret?: string }) {
  const t = useTranslations("track");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const values = state.status === "invalid" || state.status === "error" ? (state.values ?? {}) : {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="code" value={code} />
      {secret ? <input type="hidden" name="k" value={secret} /> : null}
      {state.status === "error" ? <FormAlert message={state.message} /> : null}
      <Field id="followup-body" label={t("followUp")} hint={t("followUpHint")} errors={errors.body}>
        {(describedBy, invalid) => (
          <textarea
            id="followup-body"
            name="body"
            rows={4}
            maxLength={MESSAGE_MAX}
            defaultValue={values.body}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton pendingLabel={t("sending")}>{t("sendFollowUp")}</SubmitButton>
    </form>
  );
}

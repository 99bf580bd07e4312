"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

export interface HandoverCandidate {
  id: number;
  name: string;
  role: "officer" | "auxiliary" | "admin" | "chief" | "mediator";
}

/** Hands the request to an active officer or auxiliary of its community (the server checks the same). */
export function HandoverForm({
  action,
  requestId,
  candidates,
  assigneeId,
}: {
  action: FormActionFn;
  requestId: string;
  candidates: HandoverCandidate[];
  assigneeId: number | null;
}) {
  const t = useTranslations("handover");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="id" value={requestId} />
      <FormAlert message={errors.assigneeId ? undefined : message} />
      <Field id="handover-assignee" label={t("label")} hint={t("hint")} errors={errors.assigneeId}>
        {(describedBy, invalid) => (
          <select
            id="handover-assignee"
            name="assigneeId"
            defaultValue={values.assigneeId ?? ""}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          >
            <option value="">{t("choose")}</option>
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.id === assigneeId ? t("current", { name: c.name }) : c.name} · {t(`roles.${c.role === "officer" ? "officer" : "auxiliary"}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

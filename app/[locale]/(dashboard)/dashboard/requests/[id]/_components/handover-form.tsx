"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField } from "@/components/ui/field";
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
      <SelectField
        id="handover-assignee"
        name="assigneeId"
        label={t("label")}
        hint={t("hint")}
        errors={errors.assigneeId}
        defaultValue={values.assigneeId}
        placeholder={t("choose")}
        options={candidates.map((c) => ({
          value: String(c.id),
          label: `${c.id === assigneeId ? t("current", { name: c.name }) : c.name} · ${t(`roles.${c.role === "officer" ? "officer" : "auxiliary"}`)}`,
        }))}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

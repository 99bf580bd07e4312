"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** Adds a contact board for an officer: where it will hang. */
export function BoardForm({ action, officer }: { action: FormActionFn; officer: string }) {
  const t = useTranslations("boards");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="officer" value={officer} />
      <FormAlert message={Object.keys(errors).length ? undefined : message} />
      <TextField id="board-location" name="location" label={t("location")} hint={t("locationHint")} errors={errors.location} maxLength={200} defaultValue={values.location} />
      <SubmitButton pendingLabel={t("adding")}>{t("add")}</SubmitButton>
    </form>
  );
}

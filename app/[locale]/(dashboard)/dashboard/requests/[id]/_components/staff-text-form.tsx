"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** A text an officer writes on a request: a public reply or an internal note. */
export function StaffTextForm({
  action,
  requestId,
  kind,
}: {
  action: FormActionFn;
  requestId: string;
  kind: "reply" | "note";
}) {
  const t = useTranslations("requestDetail");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  const id = `${kind}-body`;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="id" value={requestId} />
      <FormAlert message={message} />
      <TextField id={id} name="body" label={t(`${kind}.label`)} hint={t(`${kind}.hint`)} errors={errors.body} multiline rows={kind === "reply" ? 4 : 3} maxLength={4000} defaultValue={values.body} />
      <SubmitButton pendingLabel={t("saving")} variant={kind === "reply" ? "primary" : "secondary"}>
        {t(`${kind}.submit`)}
      </SubmitButton>
    </form>
  );
}

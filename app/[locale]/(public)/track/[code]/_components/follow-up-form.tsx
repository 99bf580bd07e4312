"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { ResidentProofFields } from "./resident-proof-fields";
import { MESSAGE_MAX } from "@/lib/validation/request-forms";

/** The resident adds information to their request, or (purpose "answer") answers the officer's question. */
export function FollowUpForm({
  action,
  code,
  secret,
  purpose = "followUp",
}: {
  action: FormActionFn;
  code: string;
  secret?: string;
  purpose?: "followUp" | "answer";
}) {
  const t = useTranslations("track");
  const id = `${purpose}-body`;
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <ResidentProofFields code={code} secret={secret} />
      <FormAlert message={message} />
      <TextField id={id} name="body" label={t(purpose)} hint={t(`${purpose}Hint`)} errors={errors.body} multiline rows={4} maxLength={MESSAGE_MAX} defaultValue={values.body} />
      <SubmitButton pendingLabel={t("sending")}>{t(purpose === "answer" ? "sendAnswer" : "sendFollowUp")}</SubmitButton>
    </form>
  );
}

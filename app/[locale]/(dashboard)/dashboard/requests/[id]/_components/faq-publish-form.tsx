"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** Publishes a consultation as a de-identified question and answer on the community page. */
export function FaqPublishForm({ action, requestId, question }: { action: FormActionFn; requestId: string; question: string }) {
  const t = useTranslations("faq");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="id" value={requestId} />
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <FormAlert message={message} />
      <TextField id="faq-question" name="question" label={t("question")} errors={errors.question} multiline rows={3} maxLength={500} defaultValue={values.question ?? question} />
      <TextField id="faq-answer" name="answer" label={t("answer")} errors={errors.answer} multiline rows={4} maxLength={4000} defaultValue={values.answer} />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** Asks for a resident's full phone number; the server writes the audit row, then shows it. */
export function RevealPhoneForm({ action, requestId }: { action: FormActionFn; requestId: string }) {
  const t = useTranslations("requestDetail");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={requestId} />
      <FormAlert message={feedback(state).message} />
      <SubmitButton variant="secondary" pendingLabel={t("revealing")}>
        {t("revealPhone")}
      </SubmitButton>
    </form>
  );
}

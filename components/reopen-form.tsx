"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** Not solved after all: the resident reopens the request within the week. */
export function ReopenForm({ action, code, secret }: { action: FormActionFn; code: string; secret?: string }) {
  const t = useTranslations("track");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="code" value={code} />
      {secret ? <input type="hidden" name="k" value={secret} /> : null}
      <FormAlert message={feedback(state).message} />
      <SubmitButton variant="secondary" pendingLabel={t("sending")}>
        {t("reopen")}
      </SubmitButton>
    </form>
  );
}

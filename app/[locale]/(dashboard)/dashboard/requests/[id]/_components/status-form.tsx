"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RequestStatus } from "@/db/schema";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { allowedMoves } from "@/lib/request-status";


/** The status changes open from the current status (the server enforces the same rule). */
export function StatusForm({ action, requestId, status }: { action: FormActionFn; requestId: string; status: RequestStatus }) {
  const t = useTranslations("requestDetail");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={requestId} />
      <FormAlert message={feedback(state).message} />
      <div className="flex flex-wrap gap-2">
        {allowedMoves[status].map((to) => (
          <SubmitButton key={to} name="to" value={to} variant="secondary" pendingLabel={t("saving")}>
            {status === "resolved" ? t("reopen") : t(`moveTo.${to}`)}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}

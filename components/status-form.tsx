"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RequestStatus } from "@/db/schema";
import type { FormActionFn } from "@/lib/action";

const moves: Record<RequestStatus, RequestStatus[]> = {
  submitted: ["in_progress", "resolved"],
  in_progress: ["resolved"],
  resolved: ["in_progress"],
};

/** The status changes open from the current status (the server checks the same rule). */
export function StatusForm({ action, requestId, status }: { action: FormActionFn; requestId: string; status: RequestStatus }) {
  const t = useTranslations("requestDetail");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={requestId} />
      {state.status === "error" ? <FormAlert message={state.message} /> : null}
      <div className="flex flex-wrap gap-2">
        {moves[status].map((to) => (
          <SubmitButton key={to} name="to" value={to} variant="secondary" pendingLabel={t("saving")}>
            {status === "resolved" ? t("reopen") : t(`moveTo.${to}`)}
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** Attended or no-show, for one booking on the staff day view. */
export function AttendanceForm({ action, requestId, day }: { action: FormActionFn; requestId: string; day: string }) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="day" value={day} />
      <FormAlert message={feedback(state).message} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton name="mark" value="attended" pendingLabel={t("sending")}>
          {t("markAttended")}
        </SubmitButton>
        <SubmitButton name="mark" value="no_show" variant="secondary" pendingLabel={t("sending")}>
          {t("markNoShow")}
        </SubmitButton>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** Asks to see something masked (a phone, an ID number); the server writes the audit row, then shows it. */
export function RevealForm({ action, requestId, label, pendingLabel }: { action: FormActionFn; requestId: string; label: string; pendingLabel: string }) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={requestId} />
      <FormAlert message={feedback(state).message} />
      <SubmitButton variant="secondary" pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}

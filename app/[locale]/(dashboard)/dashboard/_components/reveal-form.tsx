"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/**
 * Asks to see something masked (a phone, an ID number); the server writes the audit row, then shows it.
 * `hidden`: what else the action needs to come back to the same page (the delivery round's day).
 */
export function RevealForm({
  action,
  requestId,
  label,
  pendingLabel,
  hidden = {},
}: {
  action: FormActionFn;
  requestId: string;
  label: string;
  pendingLabel: string;
  hidden?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="id" value={requestId} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormAlert message={feedback(state).message} />
      <SubmitButton variant="secondary" pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { ResidentProofFields } from "./resident-proof-fields";

/** A one-button change the resident makes on the tracking page (reopen a request, cancel an appointment). */
export function ResidentButtonForm({
  action,
  code,
  secret,
  label,
  pendingLabel,
}: {
  action: FormActionFn;
  code: string;
  secret?: string;
  label: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <ResidentProofFields code={code} secret={secret} />
      <FormAlert message={feedback(state).message} />
      <SubmitButton variant="secondary" pendingLabel={pendingLabel}>
        {label}
      </SubmitButton>
    </form>
  );
}

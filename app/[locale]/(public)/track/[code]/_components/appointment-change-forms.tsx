"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { ResidentProofFields } from "./resident-proof-fields";
import { SlotPicker, type PickerGroup } from "@/components/slot-picker";

/** The resident moves their appointment to another open time of the same service, on the day they chose. */
export function RescheduleAppointmentForm({ action, code, secret, legend, groups }: { action: FormActionFn; code: string; secret?: string; legend: string; groups: PickerGroup[] }) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <ResidentProofFields code={code} secret={secret} />
      <FormAlert message={message} />
      <SlotPicker groups={groups} legend={legend} seatsLeft={(n) => t("seatsLeft", { n })} fullLabel={t("full")} errors={errors.slot} />
      <SubmitButton pendingLabel={t("sending")}>{t("rescheduleSubmit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { ResidentProofFields } from "./resident-proof-fields";
import { SlotPicker, type PickerDay } from "./slot-picker";

/** The resident moves their appointment to another open time of the same service. */
export function RescheduleAppointmentForm({ action, code, secret, days }: { action: FormActionFn; code: string; secret?: string; days: PickerDay[] }) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message } = feedback(state);
  if (days.length === 0) return <p className="text-base text-slate-700">{t("noOtherSlots")}</p>;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <ResidentProofFields code={code} secret={secret} />
      <FormAlert message={message} />
      <SlotPicker days={days} legend={t("reschedule")} seatsLeft={(n) => t("seatsLeft", { n })} fullLabel={t("full")} errors={errors.slot} />
      <SubmitButton pendingLabel={t("sending")}>{t("rescheduleSubmit")}</SubmitButton>
    </form>
  );
}

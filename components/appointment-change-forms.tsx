"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { SlotPicker, type PickerDay } from "./slot-picker";

/** The resident cancels their appointment (until the day before). */
export function CancelAppointmentForm({ action, code, secret }: { action: FormActionFn; code: string; secret?: string }) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="code" value={code} />
      {secret ? <input type="hidden" name="k" value={secret} /> : null}
      <FormAlert message={feedback(state).message} />
      <SubmitButton variant="secondary" pendingLabel={t("sending")}>
        {t("cancel")}
      </SubmitButton>
    </form>
  );
}

/** The resident moves their appointment to another open time of the same service. */
export function RescheduleAppointmentForm({ action, code, secret, days }: { action: FormActionFn; code: string; secret?: string; days: PickerDay[] }) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message } = feedback(state);
  if (days.length === 0) return <p className="text-base text-slate-700">{t("noOtherSlots")}</p>;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="code" value={code} />
      {secret ? <input type="hidden" name="k" value={secret} /> : null}
      <FormAlert message={message} />
      <SlotPicker days={days} legend={t("reschedule")} seatsLeft={(n) => t("seatsLeft", { n })} fullLabel={t("full")} errors={errors.slot} />
      <SubmitButton pendingLabel={t("sending")}>{t("rescheduleSubmit")}</SubmitButton>
    </form>
  );
}

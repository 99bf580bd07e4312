"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** At the door: who took the certificate (delivered), or why it could not be handed over (missed). */
export function DeliveryRecordForm({ action, deliveryId, day, deliveredFrom }: { action: FormActionFn; deliveryId: number; day: string; deliveredFrom: string }) {
  const t = useTranslations("deliveries");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-2">
      <input type="hidden" name="delivery" value={deliveryId} />
      <input type="hidden" name="day" value={day} />
      <FormAlert message={message ?? (state.status === "invalid" ? t("fixErrors") : undefined)} />
      <TextField id={`recipient-${deliveryId}`} name="recipientName" label={t("recipient")} hint={t("recipientHint")} errors={errors.recipientName} maxLength={40} defaultValue={values.recipientName} />
      <SubmitButton name="outcome" value="delivered" pendingLabel={t("saving")}>
        {t("markDelivered")}
      </SubmitButton>
      <p className="text-sm text-slate-600">{t("deliveredFrom", { from: deliveredFrom })}</p>
      <details className="text-base">
        <summary className="min-h-10 cursor-pointer font-medium">{t("couldNotDeliver")}</summary>
        <div className="mt-2 flex flex-col gap-2">
          <TextField id={`note-${deliveryId}`} name="note" label={t("missedNote")} errors={errors.note} maxLength={500} defaultValue={values.note} />
          <SubmitButton name="outcome" value="missed" variant="secondary" pendingLabel={t("saving")}>
            {t("markMissed")}
          </SubmitButton>
        </div>
      </details>
    </form>
  );
}

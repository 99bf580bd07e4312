"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** The chief puts an officer on duty from one day to another. */
export function AddDutyShiftForm({
  action,
  staff,
  today,
}: {
  action: FormActionFn;
  staff: { value: string; label: string }[];
  today: string;
}) {
  const t = useTranslations("duty");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <FormAlert message={Object.keys(errors).length ? undefined : message} />
      <SelectField id="duty-staff" name="staff" label={t("staff")} errors={errors.staff} defaultValue={values.staff} placeholder={t("choose")} options={staff} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="duty-first" name="firstDay" type="date" label={t("firstDay")} errors={errors.firstDay} defaultValue={values.firstDay ?? today} />
        <TextField id="duty-last" name="lastDay" type="date" label={t("lastDay")} hint={t("lastDayHint")} errors={errors.lastDay} defaultValue={values.lastDay ?? today} />
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Takes one entry off the roster. */
export function RemoveDutyShiftForm({ action, shiftId, label }: { action: FormActionFn; shiftId: number; label: string }) {
  const t = useTranslations("duty");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} aria-label={label} className="flex flex-col gap-1">
      <input type="hidden" name="shiftId" value={shiftId} />
      <FormAlert message={feedback(state).message} />
      <SubmitButton variant="secondary" pendingLabel={t("removing")}>
        {t("remove")}
      </SubmitButton>
    </form>
  );
}

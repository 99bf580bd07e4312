"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import {
  CAPACITY_MAX,
  MAX_WINDOW_DAYS,
  NOTICE_HOURS_MAX,
  SLOT_MINUTES_MAX,
  SLOT_MINUTES_MIN,
  WEEKDAYS,
} from "@/lib/validation/slot-templates";

/** The form's fields as strings, keyed by name (weekday1 … weekday7 are "on" when ticked). */
export type SlotTemplateFormValues = Record<string, string>;

type Choice = { value: string; label: string };

/** The rule's numbers, each with the bounds the schema holds it to. */
const NUMBERS = [
  { name: "slotMinutes", min: SLOT_MINUTES_MIN, max: SLOT_MINUTES_MAX },
  { name: "capacity", min: 1, max: CAPACITY_MAX },
  { name: "windowDays", min: 1, max: MAX_WINDOW_DAYS },
  { name: "minNoticeHours", min: 0, max: NOTICE_HOURS_MAX },
] as const;

/**
 * A slot template: the service, where (hall or an officer), weekdays, hours, slot length, seats, booking
 * window and notice. `officers` null: the user is an officer and the template is theirs (`ownLabel`).
 */
export function SlotTemplateForm({
  action,
  initial,
  services,
  officers,
  ownLabel,
  submitLabel,
}: {
  action: FormActionFn;
  initial: SlotTemplateFormValues;
  services: Choice[];
  officers: Choice[] | null;
  ownLabel?: string;
  submitLabel: string;
}) {
  const t = useTranslations("slotTemplates");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  // After a refused save the form shows what was typed, not the stored rule.
  const echoed = state.status === "invalid" || state.status === "error";
  const value = (name: string) => (echoed ? (values[name] ?? "") : (initial[name] ?? ""));
  const weekdayError = errors.weekdays?.length ? "weekdays-error" : undefined;

  return (
    // React resets a form after its action; remounting it on each answer makes the echoed values its defaults.
    <form key={echoed ? JSON.stringify(values) : "initial"} action={formAction} noValidate className="flex flex-col gap-5">
      <input type="hidden" name="id" value={initial.id ?? ""} />
      <FormAlert message={message ?? (state.status === "invalid" ? t("fixErrors") : undefined)} />
      <SelectField
        id="serviceId"
        name="serviceId"
        label={t("service")}
        hint={t("serviceHint")}
        placeholder={t("servicePlaceholder")}
        options={services}
        defaultValue={value("serviceId")}
        errors={errors.serviceId}
      />
      {officers ? (
        <SelectField
          id="officerId"
          name="officerId"
          label={t("officer")}
          hint={t("officerHint")}
          options={[{ value: "", label: t("hall") }, ...officers]}
          defaultValue={value("officerId")}
          errors={errors.officerId}
        />
      ) : (
        <div className="flex flex-col gap-1">
          <input type="hidden" name="officerId" value={initial.officerId ?? ""} />
          <p className="text-base font-medium text-slate-900">{t("officer")}</p>
          <p className="text-base">{ownLabel}</p>
          {errors.officerId ? <p className="text-sm font-medium text-red-700">{errors.officerId.join(" ")}</p> : null}
        </div>
      )}
      <fieldset className="flex flex-col gap-2" aria-describedby={weekdayError}>
        <legend className="mb-1 text-base font-medium text-slate-900">{t("weekdays")}</legend>
        {weekdayError ? (
          <p id={weekdayError} className="text-sm font-medium text-red-700">
            {errors.weekdays!.join(" ")}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {WEEKDAYS.map((day) => (
            <label
              key={day}
              className="flex min-h-12 min-w-16 cursor-pointer items-center gap-2 rounded-lg border border-slate-400 bg-white px-3 text-base has-[:checked]:border-police-700 has-[:checked]:bg-police-50"
            >
              <input type="checkbox" name={`weekday${day}`} defaultChecked={value(`weekday${day}`) === "on"} className="size-5" />
              {t(`weekdayNames.${day}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="startTime" name="startTime" type="time" label={t("startTime")} defaultValue={value("startTime")} errors={errors.startTime} />
        <TextField
          id="endTime"
          name="endTime"
          type="time"
          label={t("endTime")}
          hint={t("hoursHint")}
          defaultValue={value("endTime")}
          errors={errors.endTime}
        />
        {NUMBERS.map(({ name, min, max }) => (
          <TextField
            key={name}
            id={name}
            name={name}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            label={t(name)}
            hint={t(`${name}Hint`)}
            defaultValue={value(name)}
            errors={errors[name]}
          />
        ))}
      </div>
      <SubmitButton pendingLabel={t("saving")}>{submitLabel}</SubmitButton>
    </form>
  );
}

/** Deactivates a template (no new bookings, existing ones kept) or activates it again. */
export function SlotTemplateActiveForm({ action, id, active }: { action: FormActionFn; id: number; active: boolean }) {
  const t = useTranslations("slotTemplates");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "0" : "1"} />
      <FormAlert message={feedback(state).message} />
      <p className="text-base text-slate-700">{active ? t("deactivateHint") : t("activateHint")}</p>
      <div>
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {active ? t("deactivate") : t("activate")}
        </SubmitButton>
      </div>
    </form>
  );
}

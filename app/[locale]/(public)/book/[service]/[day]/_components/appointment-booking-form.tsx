"use client";

import { useActionState, useRef, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { Field, inputClass, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { newBrowserKey } from "@/lib/browser-key";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { SlotPicker, type PickerGroup } from "@/components/slot-picker";

const noSubscription = () => () => {};

/**
 * The resident books one of the chosen day's times: the time, name, mobile number, and (for the station hall)
 * their community. The portal's own messages say what is missing (next to each field), not the browser's.
 */
export function AppointmentBookingForm({
  action,
  service,
  day,
  groups,
  communities,
}: {
  action: FormActionFn;
  service: string;
  day: string;
  groups: PickerGroup[];
  communities: { value: string; label: string }[];
}) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  // One key per page load, written into the hidden input whenever it mounts (also after the remount below).
  const submissionKey = useRef<string | null>(null);
  const keyInput = (input: HTMLInputElement | null) => {
    if (input && !input.value) input.value = submissionKey.current ??= newBrowserKey();
  };
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);

  return (
    // React resets a form after its action; remounting it on each answer makes what was chosen and typed
    // (echoed back in the state) its defaults again, the chosen time included.
    <form key={state.status === "idle" ? "idle" : JSON.stringify(values)} action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="service" value={service} />
      <input type="hidden" name="day" value={day} />
      <input ref={keyInput} type="hidden" name="submissionKey" defaultValue="" />
      <input type="hidden" name="js" value={hydrated ? "1" : ""} />
      <FormAlert message={message ?? (state.status === "invalid" ? t("fixErrors") : undefined)} />
      <SlotPicker
        groups={groups}
        legend={t("pickTime")}
        seatsLeft={(n) => t("seatsLeft", { n })}
        fullLabel={t("full")}
        errors={errors.slot}
        defaultValue={values.slot}
      />
      <Field id="booking-community" label={t("community")} errors={errors.community}>
        {(describedBy, invalid) => (
          <select id="booking-community" name="community" required defaultValue={values.community ?? ""} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
            <option value="">{t("communityPlaceholder")}</option>
            {communities.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField id="booking-name" name="name" label={t("name")} errors={errors.name} required maxLength={40} autoComplete="name" defaultValue={values.name} />
      <TextField
        id="booking-phone"
        name="phone"
        type="tel"
        label={t("phone")}
        hint={t("phoneHint")}
        errors={errors.phone}
        required
        maxLength={20}
        inputMode="tel"
        autoComplete="tel"
        defaultValue={values.phone}
      />
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}

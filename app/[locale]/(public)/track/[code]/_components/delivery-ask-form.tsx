"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, inputClass, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { ResidentProofFields } from "./resident-proof-fields";

/**
 * The resident chooses an evening and the address for the certificate to be brought to: the compound from the
 * station's compounds (grouped by community, the application's own community first), then building, entrance
 * and flat as text (the application's address offered).
 */
export function DeliveryAskForm({
  action,
  code,
  secret,
  evenings,
  compounds,
  current,
  prefill,
}: {
  action: FormActionFn;
  code: string;
  secret?: string;
  evenings: { value: string; label: string }[];
  compounds: { label: string; options: { value: string; label: string }[] }[];
  current?: { day: string; place: string; address: string };
  /** What the application already says (its address), offered before the first delivery. */
  prefill?: { address: string };
}) {
  const t = useTranslations("applications");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <ResidentProofFields code={code} secret={secret} />
      <FormAlert message={message ?? (state.status === "invalid" ? t("fixErrors") : undefined)} />
      <fieldset className="flex flex-col gap-2">
        <legend className="text-base font-medium">{t("deliveryEvening")}</legend>
        {errors.day ? <p className="text-sm font-medium text-red-700">{errors.day.join(" ")}</p> : null}
        {evenings.map((evening) => (
          <label key={evening.value} className="flex min-h-12 items-center gap-3 rounded-lg border border-slate-300 px-3 text-base has-[:checked]:border-police-700 has-[:checked]:bg-police-50">
            <input type="radio" name="day" value={evening.value} defaultChecked={(values.day ?? current?.day) === evening.value} className="size-5 accent-police-700" />
            {evening.label}
          </label>
        ))}
      </fieldset>
      <Field id="delivery-compound" label={t("compound")} hint={t("compoundHint")} errors={errors.place}>
        {(describedBy, invalid) => (
          <select id="delivery-compound" name="place" defaultValue={values.place ?? current?.place ?? ""} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
            <option value="">{t("choose")}</option>
            {compounds.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <TextField
        id="delivery-address"
        name="address"
        label={t("deliveryAddress")}
        hint={t("deliveryAddressHint")}
        errors={errors.address}
        maxLength={200}
        defaultValue={values.address ?? current?.address ?? prefill?.address}
      />
      <SubmitButton pendingLabel={t("sending")}>{current ? t("changeDelivery") : t("askDelivery")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { TARGET_MAX_MINUTES, TARGET_MIN_MINUTES } from "@/lib/validation/staff-forms";

export interface TargetRow {
  kind: string;
  label: string;
  minutes: number;
  isDefault: boolean;
}

function duration(minutes: number) {
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

/** The administrator's form for how soon each kind of request should get a first answer. */
export function ResponseTargetsForm({ action, targets }: { action: FormActionFn; targets: TargetRow[] }) {
  const t = useTranslations("targets");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormAlert message={Object.keys(errors).length ? undefined : message} />
      {targets.map((target) => (
        <Field
          key={target.kind}
          id={`target-${target.kind}`}
          label={`${target.label}${target.isDefault ? t("default") : ""}`}
          hint={t("hint", { duration: t("duration", duration(target.minutes)).trim() })}
          errors={errors[target.kind]}
        >
          {(describedBy, invalid) => (
            <span className="flex items-center gap-2">
              <input
                id={`target-${target.kind}`}
                name={target.kind}
                type="number"
                inputMode="numeric"
                min={TARGET_MIN_MINUTES}
                max={TARGET_MAX_MINUTES}
                step={1}
                defaultValue={values[target.kind] ?? target.minutes}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                className={`${inputClass} max-w-40`}
              />
              <span className="text-base">{t("minutes")}</span>
            </span>
          )}
        </Field>
      ))}
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

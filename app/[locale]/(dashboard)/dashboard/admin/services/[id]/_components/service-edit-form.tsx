"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { SERVICE_NAME_MAX, SERVICE_SORT_MAX } from "@/lib/validation/service-catalogue";

/** The form's text fields as strings (materials and steps one per line), keyed by field name. */
export type ServiceFormValues = Record<string, string>;
export type ServiceFlags = { onlineApplication: boolean; appointment: boolean; needsIdNumber: boolean; active: boolean };

const TEXTS = [
  { key: "purpose", rows: 3 },
  { key: "eligibility", rows: 3 },
  { key: "materials", rows: 6, lines: true },
  { key: "steps", rows: 6, lines: true },
  { key: "timeLimit", rows: 2 },
  { key: "fee", rows: 2 },
  { key: "whereWhen", rows: 3 },
] as const;

/**
 * The administrator's editor for one catalogue entry: both languages side by side, then flags, the online
 * application form's definition (as JSON, checked like the seed's) and the order.
 */
export function ServiceEditForm({
  action,
  id,
  initial,
  flags,
}: {
  action: FormActionFn;
  id: number;
  initial: ServiceFormValues;
  flags: ServiceFlags;
}) {
  const t = useTranslations("services");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  // After a refused save the form shows what was typed, not the stored text.
  const echoed = state.status === "invalid" || state.status === "error";
  const value = (name: string) => (echoed ? (values[name] ?? "") : (initial[name] ?? ""));
  const checked = (name: keyof ServiceFlags) => (echoed ? values[name] === "on" : flags[name]);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      <input type="hidden" name="id" value={id} />
      <FormAlert message={Object.keys(errors).length ? undefined : message} />
      <div className="grid gap-5 md:grid-cols-2">
        {(["Zh", "En"] as const).map((lang) => (
          <fieldset key={lang} className="flex flex-col gap-4 rounded-xl border border-slate-200 p-3">
            <legend className="px-1 text-base font-bold">{t(lang === "Zh" ? "admin.zh" : "admin.en")}</legend>
            <TextField
              id={`name${lang}`}
              name={`name${lang}`}
              label={t("admin.nameField")}
              maxLength={SERVICE_NAME_MAX}
              defaultValue={value(`name${lang}`)}
              errors={errors[`name${lang}`]}
            />
            {TEXTS.map(({ key, rows, ...rest }) => (
              <TextField
                key={key}
                multiline
                rows={rows}
                id={`${key}${lang}`}
                name={`${key}${lang}`}
                label={t(key)}
                hint={"lines" in rest ? t("admin.linesHint") : undefined}
                defaultValue={value(`${key}${lang}`)}
                errors={errors[`${key}${lang}`]}
              />
            ))}
          </fieldset>
        ))}
      </div>
      <fieldset className="flex flex-col gap-2 rounded-xl border border-slate-200 p-3">
        <legend className="px-1 text-base font-bold">{t("admin.flags")}</legend>
        {(["onlineApplication", "appointment", "needsIdNumber", "active"] as const).map((flag) => (
          <label key={flag} className="flex min-h-10 items-center gap-3 text-base">
            <input type="checkbox" name={flag} defaultChecked={checked(flag)} className="size-5" />
            {t(`admin.${flag}Flag`)}
          </label>
        ))}
      </fieldset>
      <TextField
        id="formFields"
        name="formFields"
        label={t("admin.formFields")}
        hint={t("admin.formFieldsHint")}
        multiline
        rows={12}
        className="font-mono text-sm"
        spellCheck={false}
        defaultValue={value("formFields")}
        errors={errors.formFields}
      />
      <TextField
        id="sortOrder"
        name="sortOrder"
        label={t("admin.sortOrder")}
        hint={t("admin.sortOrderHint")}
        type="number"
        inputMode="numeric"
        min={0}
        max={SERVICE_SORT_MAX}
        step={1}
        className="max-w-40"
        defaultValue={value("sortOrder")}
        errors={errors.sortOrder}
      />
      <SubmitButton pendingLabel={t("admin.saving")}>{t("admin.submit")}</SubmitButton>
    </form>
  );
}

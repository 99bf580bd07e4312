"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** The administrator sets a community's population for a year, with its source (a new figure or a correction). */
export function PopulationForm({ action, communities, year }: { action: FormActionFn; communities: { value: string; label: string }[]; year: number }) {
  const t = useTranslations("incidents.population");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <FormAlert message={Object.keys(errors).length ? undefined : message} />
      <SelectField id="population-community" name="community" label={t("community")} errors={errors.community} defaultValue={values.community} placeholder={t("choose")} options={communities} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="population-year" name="year" inputMode="numeric" label={t("year")} errors={errors.year} defaultValue={values.year ?? String(year)} />
        <TextField id="population-population" name="population" inputMode="numeric" label={t("population")} errors={errors.population} defaultValue={values.population} />
      </div>
      <TextField id="population-source" name="source" label={t("source")} hint={t("sourceHint")} errors={errors.source} defaultValue={values.source} maxLength={100} />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

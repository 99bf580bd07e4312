"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

type Options = { value: string; label: string }[];

/** 登记警情: one incident by hand (the CSV import is for the station's exports). */
export function IncidentForm({
  action,
  communities,
  categories,
  sources,
  today,
}: {
  action: FormActionFn;
  communities: Options;
  categories: Options;
  sources: Options;
  today: string;
}) {
  const t = useTranslations("incidents.form");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  const only = communities.length === 1 ? communities[0]!.value : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <FormAlert message={Object.keys(errors).length ? undefined : message} />
      <SelectField id="incident-community" name="community" label={t("community")} errors={errors.community} defaultValue={values.community ?? only} placeholder={t("choose")} options={communities} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="incident-day" name="day" type="date" label={t("day")} errors={errors.day} defaultValue={values.day ?? today} />
        <TextField id="incident-time" name="time" type="time" label={t("time")} hint={t("timeHint")} errors={errors.time} defaultValue={values.time} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id="incident-category" name="category" label={t("category")} errors={errors.category} defaultValue={values.category} placeholder={t("choose")} options={categories} />
        <SelectField id="incident-source" name="source" label={t("source")} errors={errors.source} defaultValue={values.source} placeholder={t("choose")} options={sources} />
      </div>
      <TextField id="incident-brief" name="brief" label={t("brief")} hint={t("briefHint")} errors={errors.brief} defaultValue={values.brief} multiline rows={3} maxLength={200} />
      <TextField id="incident-address" name="address" label={t("address")} hint={t("addressHint")} errors={errors.address} defaultValue={values.address} maxLength={200} />
      <TextField id="incident-external-id" name="externalId" label={t("externalId")} hint={t("externalIdHint")} errors={errors.externalId} defaultValue={values.externalId} maxLength={64} />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

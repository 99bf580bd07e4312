"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { PlacePicker, type PlaceOption } from "../../_components/place-picker";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

type Option = { value: string; label: string };

/** 登记隐患: what, where, how serious, who must fix it and by when (found on a visit: it says which). */
export function HazardForm({
  action,
  places,
  choices,
  defaults,
}: {
  action: FormActionFn;
  places: { recent: PlaceOption[]; all: PlaceOption[] };
  choices: { categories: Option[]; severities: Option[]; responsibleKinds: Option[] };
  defaults: { deadline: string; minDeadline: string; place?: string; visit?: string };
}) {
  const t = useTranslations("field.hazards");
  const tp = useTranslations("field.places");
  const tc = useTranslations("field.common");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="visit" value={values.visit ?? defaults.visit ?? ""} />
      <FormAlert message={message ?? (state.status === "invalid" ? tc("fixErrors") : undefined)} />
      <PlacePicker recent={places.recent} all={places.all} defaultPlace={defaults.place} values={values} errors={errors} />
      <TextField id="placeNote" name="placeNote" label={tp("placeNote")} hint={tp("placeNoteHint")} optional optionalLabel={tc("optional")} errors={errors.placeNote} maxLength={200} defaultValue={values.placeNote} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id="category" name="category" label={t("category")} placeholder={tc("choose")} options={choices.categories} errors={errors.category} defaultValue={values.category} />
        <SelectField id="severity" name="severity" label={t("severity")} options={choices.severities} errors={errors.severity} defaultValue={values.severity ?? "general"} />
      </div>
      <TextField id="description" name="description" label={t("description")} multiline rows={3} maxLength={1000} errors={errors.description} defaultValue={values.description} />
      <TextField id="measures" name="measures" label={t("measures")} hint={t("measuresHint")} multiline rows={3} maxLength={1000} errors={errors.measures} defaultValue={values.measures} />
      <SelectField
        id="responsibleKind"
        name="responsibleKind"
        label={t("responsibleKind")}
        placeholder={tc("choose")}
        options={choices.responsibleKinds}
        errors={errors.responsibleKind}
        defaultValue={values.responsibleKind}
      />
      <TextField id="responsibleName" name="responsibleName" label={t("responsibleName")} maxLength={100} errors={errors.responsibleName} defaultValue={values.responsibleName} />
      <TextField
        id="responsiblePhone"
        name="responsiblePhone"
        type="tel"
        inputMode="tel"
        label={t("responsiblePhone")}
        optional
        optionalLabel={tc("optional")}
        maxLength={24}
        errors={errors.responsiblePhone}
        defaultValue={values.responsiblePhone}
      />
      <TextField id="deadline" name="deadline" type="date" min={defaults.minDeadline} label={t("deadline")} errors={errors.deadline} defaultValue={values.deadline ?? defaults.deadline} />
      <SubmitButton pendingLabel={tc("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFormDraft } from "../../_components/form-draft";
import { PlacePicker, type PlaceOption } from "../../_components/place-picker";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

type Option = { value: string; label: string };

/**
 * A care subject's details, to add one or (with `subjectId` and `current`) to edit them. On an edit the phones
 * are empty — the page never holds an unrevealed number — and an empty one keeps the number on file.
 */
export function CareSubjectForm({
  action,
  places,
  choices,
  subjectId,
  current,
}: {
  action: FormActionFn;
  places: { recent: PlaceOption[]; all: PlaceOption[] };
  choices: { categories: Option[]; riskLevels: Option[] };
  subjectId?: number;
  current?: Record<string, string>;
}) {
  const t = useTranslations("field.care");
  const tp = useTranslations("field.places");
  const tc = useTranslations("field.common");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values: sent } = feedback(state);
  const values = state.status === "idle" ? (current ?? {}) : sent;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      {subjectId ? <input type="hidden" name="subject" value={subjectId} /> : null}
      <FormAlert message={message ?? (state.status === "invalid" ? tc("fixErrors") : undefined)} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="care-name" name="name" label={t("name")} maxLength={40} autoComplete="off" errors={errors.name} defaultValue={values.name} />
        <TextField id="care-birth-year" name="birthYear" label={t("birthYear")} inputMode="numeric" maxLength={4} errors={errors.birthYear} defaultValue={values.birthYear} />
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField id="care-category" name="category" label={t("category")} placeholder={tc("choose")} options={choices.categories} errors={errors.category} defaultValue={values.category} />
        <SelectField id="care-risk" name="riskLevel" label={t("riskLevel")} placeholder={tc("choose")} options={choices.riskLevels} errors={errors.riskLevel} defaultValue={values.riskLevel} />
      </div>
      <TextField id="care-cadence" name="cadenceDays" label={t("cadenceDays")} hint={t("cadenceHint")} inputMode="numeric" maxLength={3} optional optionalLabel={tc("optional")} errors={errors.cadenceDays} defaultValue={values.cadenceDays} />
      <PlacePicker recent={places.recent} all={places.all} values={values} errors={errors} allowNew={false} homesOnly defaultPlace={values.place ?? ""} />
      <TextField id="care-address" name="address" label={t("address")} hint={tp("placeNoteHint")} maxLength={200} errors={errors.address} defaultValue={values.address} />
      <TextField
        id="care-phone"
        name="phone"
        type="tel"
        inputMode="tel"
        label={t("phone")}
        hint={subjectId ? t("phoneKeepHint") : undefined}
        optional
        optionalLabel={tc("optional")}
        maxLength={24}
        errors={errors.phone}
        defaultValue={state.status === "idle" ? "" : values.phone}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField id="care-emergency-name" name="emergencyContactName" label={t("emergencyContactName")} optional optionalLabel={tc("optional")} maxLength={40} errors={errors.emergencyContactName} defaultValue={values.emergencyContactName} />
        <TextField
          id="care-emergency-phone"
          name="emergencyContactPhone"
          type="tel"
          inputMode="tel"
          label={t("emergencyContactPhone")}
          hint={subjectId ? t("phoneKeepHint") : undefined}
          optional
          optionalLabel={tc("optional")}
          maxLength={24}
          errors={errors.emergencyContactPhone}
          defaultValue={state.status === "idle" ? "" : values.emergencyContactPhone}
        />
      </div>
      <TextField id="care-notes" name="notes" label={t("notes")} optional optionalLabel={tc("optional")} multiline rows={3} maxLength={1000} errors={errors.notes} defaultValue={values.notes} />
      <SubmitButton pendingLabel={tc("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** 关爱走访: what the visit found; kept as a draft in the browser until stored, and stored once. */
export function CareVisitForm({
  action,
  subjectId,
  draftName,
  outcomes,
  safetyChecks,
  defaults,
}: {
  action: FormActionFn;
  subjectId: number;
  draftName: string;
  outcomes: Option[];
  safetyChecks: Option[];
  defaults: { startedAt: string };
}) {
  const t = useTranslations("field.care");
  const tv = useTranslations("field.visits");
  const tc = useTranslations("field.common");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values: sent } = feedback(state);
  const { draft, keyInput, save, discard } = useFormDraft(draftName, state.status === "idle" ? null : sent);
  const values = state.status === "idle" ? (draft ?? {}) : sent;
  return (
    <form action={formAction} onChange={(e) => save(e.currentTarget)} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="subject" value={subjectId} />
      {/* Set by useFormDraft only: a hidden input's value follows its default, which React rewrites on every render. */}
      <input ref={keyInput} type="hidden" name="submissionKey" />
      <FormAlert message={message ?? (state.status === "invalid" ? tc("fixErrors") : undefined)} />
      {draft && state.status === "idle" ? (
        <p className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-base" role="status">
          {tv("draftRestored")}
          <button type="button" onClick={discard} className="min-h-10 rounded border border-slate-400 bg-white px-3 text-sm">
            {tv("discardDraft")}
          </button>
        </p>
      ) : null}
      <div key={draft ? "draft" : "fresh"} className="flex flex-col gap-4">
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id="care-visit-start" name="startedAt" type="datetime-local" label={tv("startedAt")} errors={errors.startedAt} defaultValue={values.startedAt ?? defaults.startedAt} />
          <TextField id="care-visit-duration" name="durationMinutes" type="number" inputMode="numeric" min={1} max={720} label={tv("duration")} hint={tv("durationHint")} errors={errors.durationMinutes} defaultValue={values.durationMinutes ?? "30"} />
        </div>
        <TextField id="care-visit-health" name="health" label={t("health")} optional optionalLabel={tc("optional")} maxLength={500} errors={errors.health} defaultValue={values.health} />
        <TextField id="care-visit-living" name="living" label={t("living")} optional optionalLabel={tc("optional")} maxLength={500} errors={errors.living} defaultValue={values.living} />
        <fieldset className="flex flex-col gap-2">
          <legend className="text-base font-medium">{t("safety")}</legend>
          <div className="grid gap-3 sm:grid-cols-3">
            {(["gas", "water", "power"] as const).map((check) => (
              <SelectField key={check} id={`care-visit-${check}`} name={check} label={t(check)} options={safetyChecks} errors={errors[check]} defaultValue={values[check] ?? "ok"} />
            ))}
          </div>
        </fieldset>
        <TextField id="care-visit-needs" name="needs" label={t("needs")} optional optionalLabel={tc("optional")} maxLength={500} errors={errors.needs} defaultValue={values.needs} />
        <TextField id="care-visit-follow-up" name="followUp" label={t("followUp")} optional optionalLabel={tc("optional")} maxLength={500} errors={errors.followUp} defaultValue={values.followUp} />
        <SelectField id="care-visit-outcome" name="outcome" label={tv("outcome")} options={outcomes} errors={errors.outcome} defaultValue={values.outcome ?? "all_well"} />
      </div>
      <SubmitButton pendingLabel={tc("saving")}>{t("visitSubmit")}</SubmitButton>
    </form>
  );
}

/** Takes a subject off the care list, with the reason (audited). */
export function CloseCareSubjectForm({ action, subjectId }: { action: FormActionFn; subjectId: number }) {
  const t = useTranslations("field.care");
  const tc = useTranslations("field.common");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <input type="hidden" name="subject" value={subjectId} />
      <FormAlert message={message} />
      <TextField id="care-close-reason" name="reason" label={t("closeReason")} hint={t("closeReasonHint")} maxLength={200} errors={errors.reason} defaultValue={values.reason} />
      <SubmitButton variant="secondary" pendingLabel={tc("saving")}>
        {t("closeSubmit")}
      </SubmitButton>
    </form>
  );
}

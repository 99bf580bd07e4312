"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { useFormDraft } from "../../_components/form-draft";
import { PlacePicker, type PlaceOption } from "../../_components/place-picker";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/**
 * 记走访 in under thirty seconds: the kind, the place (the last one already chosen), the outcome and a line of
 * notes; the time is now and the duration half an hour unless changed. What is typed is kept in the browser
 * until the visit is stored, and a resubmit after a dropped connection stores it once (the same key).
 */
export function VisitForm({
  action,
  draftName,
  kinds,
  outcomes,
  places,
  defaults,
}: {
  action: FormActionFn;
  /** Where the browser keeps the draft (per user). */
  draftName: string;
  kinds: { value: string; label: string }[];
  outcomes: { value: string; label: string }[];
  places: { recent: PlaceOption[]; all: PlaceOption[] };
  defaults: { startedAt: string; place?: string; requestCode?: string };
}) {
  const t = useTranslations("field.visits");
  const tp = useTranslations("field.places");
  const tc = useTranslations("field.common");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values: sent } = feedback(state);
  const { draft, keyInput, save, discard } = useFormDraft(draftName, state.status === "idle" ? null : sent);
  const values = state.status === "idle" ? (draft ?? {}) : sent;
  return (
    <form action={formAction} onChange={(e) => save(e.currentTarget)} noValidate className="flex flex-col gap-4">
      {/* Set by useFormDraft only: a hidden input's value follows its default, which React rewrites on every render. */}
      <input ref={keyInput} type="hidden" name="submissionKey" />
      <FormAlert message={message ?? (state.status === "invalid" ? tc("fixErrors") : undefined)} />
      {draft && state.status === "idle" ? (
        <p className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-base" role="status">
          {t("draftRestored")}
          <button type="button" onClick={discard} className="min-h-10 rounded border border-slate-400 bg-white px-3 text-sm">
            {t("discardDraft")}
          </button>
        </p>
      ) : null}
      {/* A restored draft re-mounts the fields with its values. */}
      <div key={draft ? "draft" : "fresh"} className="flex flex-col gap-4">
        <SelectField id="kind" name="kind" label={t("kind")} hint={t("careKindHint")} errors={errors.kind} defaultValue={values.kind ?? "household"} options={kinds} />
        <PlacePicker recent={places.recent} all={places.all} defaultPlace={defaults.place} values={values} errors={errors} />
        <TextField id="placeNote" name="placeNote" label={tp("placeNote")} hint={tp("placeNoteHint")} optional optionalLabel={tc("optional")} errors={errors.placeNote} maxLength={200} defaultValue={values.placeNote} />
        <SelectField id="outcome" name="outcome" label={t("outcome")} errors={errors.outcome} defaultValue={values.outcome ?? "all_well"} options={outcomes} />
        <TextField id="notes" name="notes" label={t("notes")} optional optionalLabel={tc("optional")} multiline rows={3} errors={errors.notes} maxLength={2000} defaultValue={values.notes} />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id="startedAt" name="startedAt" type="datetime-local" label={t("startedAt")} errors={errors.startedAt} defaultValue={values.startedAt ?? defaults.startedAt} />
          <TextField
            id="durationMinutes"
            name="durationMinutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={720}
            label={t("duration")}
            hint={t("durationHint")}
            errors={errors.durationMinutes}
            defaultValue={values.durationMinutes ?? "30"}
          />
        </div>
        <TextField id="peopleMet" name="peopleMet" label={t("peopleMet")} hint={t("peopleMetHint")} optional optionalLabel={tc("optional")} errors={errors.peopleMet} maxLength={200} defaultValue={values.peopleMet} />
        <TextField
          id="requestCode"
          name="requestCode"
          label={t("requestCode")}
          hint={t("requestCodeHint")}
          optional
          optionalLabel={tc("optional")}
          errors={errors.requestCode}
          maxLength={12}
          autoComplete="off"
          defaultValue={values.requestCode ?? defaults.requestCode}
        />
      </div>
      <SubmitButton pendingLabel={tc("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { Field, SelectField, TextField, inputClass } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

type Option = { value: string; label: string };

/**
 * A field of a SpecForm, described by the server page with its wording already translated (so the form
 * needs no catalogue of its own).
 */
export type FieldSpec =
  | {
      type: "text" | "date" | "datetime-local" | "tel";
      name: string;
      label: string;
      hint?: string;
      defaultValue?: string;
      optional?: boolean;
      inputMode?: "numeric";
      className?: string;
    }
  | { type: "textarea"; name: string; label: string; hint?: string; defaultValue?: string; rows?: number; optional?: boolean }
  | { type: "select"; name: string; label: string; hint?: string; options: Option[]; groups?: { label: string; options: Option[] }[]; placeholder?: string; defaultValue?: string; optional?: boolean }
  | { type: "radio"; name: string; label: string; options: Option[]; defaultValue?: string }
  | { type: "checkbox"; name: string; label: string }
  | { type: "hidden"; name: string; value: string }
  | { type: "fieldset"; legend: string; fields: FieldSpec[] };

/**
 * A form described as a list of fields: the staff-side forms of the mediation committee and the alliances,
 * which are many and plain. Works without JavaScript (a plain POST whose answer re-renders with the errors)
 * and better with it (pending button, inline errors, the typed values kept).
 */
export function SpecForm({
  id,
  action,
  fields,
  submitLabel,
  pendingLabel,
  optionalLabel,
  label,
  variant,
}: {
  id: string;
  action: FormActionFn;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  optionalLabel: string;
  /** The form's accessible name, when a page has several alike. */
  label?: string;
  variant?: "primary" | "secondary";
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  // An error on a field the form does not show (a crafted or stale hidden value) is said for the whole form.
  const shown = new Set(visibleNames(fields));
  const unshown = Object.entries(errors).filter(([name]) => name !== "form" && !shown.has(name)).flatMap(([, list]) => list);
  const alert = [message, ...unshown].filter(Boolean).join(" ") || undefined;
  const render = (field: FieldSpec): React.ReactNode => {
    const key = field.type === "fieldset" ? field.legend : field.name;
    switch (field.type) {
      case "hidden":
        return <input key={key} type="hidden" name={field.name} value={field.value} />;
      case "fieldset":
        return (
          <fieldset key={key} className="flex min-w-0 flex-col gap-3 rounded-xl border border-slate-300 p-3">
            <legend className="px-1 text-base font-semibold">{field.legend}</legend>
            {field.fields.map(render)}
          </fieldset>
        );
      case "checkbox":
        return (
          <div key={key} className="flex flex-col gap-1">
            <label className="flex items-start gap-2 text-base">
              <input
                type="checkbox"
                name={field.name}
                defaultChecked={values[field.name] === "on"}
                aria-invalid={Boolean(errors[field.name])}
                aria-describedby={errors[field.name] ? `${id}-${field.name}-error` : undefined}
                className="mt-1 size-5"
              />
              <span>{field.label}</span>
            </label>
            {errors[field.name] ? (
              <p id={`${id}-${field.name}-error`} className="text-sm font-medium text-red-700">
                {errors[field.name]!.join(" ")}
              </p>
            ) : null}
          </div>
        );
      case "radio":
        return (
          <fieldset key={key} className="flex flex-col gap-1" aria-describedby={errors[field.name] ? `${id}-${field.name}-error` : undefined}>
            <legend className="text-base font-medium text-slate-900">{field.label}</legend>
            <div className="flex flex-wrap gap-x-5 gap-y-1">
              {field.options.map((option) => (
                <label key={option.value} className="flex min-h-10 items-center gap-2 text-base">
                  <input type="radio" name={field.name} value={option.value} defaultChecked={(values[field.name] ?? field.defaultValue) === option.value} className="size-5" />
                  {option.label}
                </label>
              ))}
            </div>
            {errors[field.name] ? (
              <p id={`${id}-${field.name}-error`} className="text-sm font-medium text-red-700">
                {errors[field.name]!.join(" ")}
              </p>
            ) : null}
          </fieldset>
        );
      case "select":
        if (field.groups) {
          return (
            <Field key={key} id={`${id}-${field.name}`} label={field.label} hint={field.hint} errors={errors[field.name]} optional={field.optional} optionalLabel={optionalLabel}>
              {(describedBy, invalid) => (
                <select
                  id={`${id}-${field.name}`}
                  name={field.name}
                  defaultValue={values[field.name] ?? field.defaultValue ?? ""}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  className={inputClass}
                >
                  <option value="">{field.placeholder ?? ""}</option>
                  {field.groups!.map((group) => (
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
          );
        }
        return (
          <SelectField
            key={key}
            id={`${id}-${field.name}`}
            name={field.name}
            label={field.label}
            hint={field.hint}
            errors={errors[field.name]}
            options={field.options}
            placeholder={field.placeholder}
            defaultValue={values[field.name] ?? field.defaultValue}
            optional={field.optional}
            optionalLabel={optionalLabel}
          />
        );
      case "textarea":
        return (
          <TextField
            key={key}
            multiline
            rows={field.rows ?? 4}
            id={`${id}-${field.name}`}
            name={field.name}
            label={field.label}
            hint={field.hint}
            errors={errors[field.name]}
            defaultValue={values[field.name] ?? field.defaultValue}
            optional={field.optional}
            optionalLabel={optionalLabel}
          />
        );
      default:
        return (
          <TextField
            key={key}
            id={`${id}-${field.name}`}
            name={field.name}
            type={field.type}
            label={field.label}
            hint={field.hint}
            errors={errors[field.name]}
            defaultValue={values[field.name] ?? field.defaultValue}
            optional={field.optional}
            optionalLabel={optionalLabel}
            inputMode={field.inputMode}
            className={field.className}
          />
        );
    }
  };
  return (
    <form id={id} action={formAction} noValidate aria-label={label} className="flex flex-col gap-3">
      <FormAlert message={alert} />
      {fields.map(render)}
      <div>
        <SubmitButton variant={variant} pendingLabel={pendingLabel}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}

function visibleNames(fields: FieldSpec[]): string[] {
  return fields.flatMap((field) => (field.type === "fieldset" ? visibleNames(field.fields) : field.type === "hidden" ? [] : [field.name]));
}

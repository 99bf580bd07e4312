/** A labelled form control with its hint and its errors, wired for screen readers. */
export function Field({
  id,
  label,
  hint,
  errors,
  optional,
  optionalLabel,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  optional?: boolean;
  optionalLabel?: string;
  children: (describedBy: string | undefined, invalid: boolean) => React.ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-base font-medium text-slate-900">
        {label}
        {optional && optionalLabel ? <span className="ml-2 text-sm font-normal text-slate-600">{optionalLabel}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {children(describedBy, Boolean(errorId))}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-700">
          {errors!.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export const inputClass =
  "min-h-12 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus:border-police-600 focus:outline-3 focus:outline-police-100 aria-[invalid=true]:border-red-700";

/** The control's classes: a width the caller gives (w-32) replaces the full width instead of losing to it. */
function controlClass(extra: string): string {
  return /(^|\s)w-/.test(extra) ? `${inputClass.replace(" w-full", "")} ${extra}` : `${inputClass} ${extra}`;
}

type FieldLabels = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  optional?: boolean;
  optionalLabel?: string;
};

/** A labelled text input or text area (multiline) with its hint and errors: the common case of Field. */
export function TextField({
  multiline,
  rows = 4,
  className = "",
  ...props
}: FieldLabels & {
  multiline?: boolean;
  rows?: number;
  className?: string;
} & Omit<React.InputHTMLAttributes<HTMLInputElement> & React.TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "className">) {
  const { id, name, label, hint, errors, optional, optionalLabel, ...control } = props;
  return (
    <Field id={id} label={label} hint={hint} errors={errors} optional={optional} optionalLabel={optionalLabel}>
      {(describedBy, invalid) => {
        const wired = { ...control, id, name, "aria-describedby": describedBy, "aria-invalid": invalid, className: controlClass(className) };
        return multiline ? <textarea {...wired} rows={rows} /> : <input {...wired} />;
      }}
    </Field>
  );
}

/** A labelled select with its errors; `placeholder` adds an empty first choice. */
export function SelectField({
  options,
  placeholder,
  defaultValue,
  ...props
}: FieldLabels & { options: { value: string; label: string }[]; placeholder?: string; defaultValue?: string }) {
  const { id, name, label, hint, errors, optional, optionalLabel } = props;
  return (
    <Field id={id} label={label} hint={hint} errors={errors} optional={optional} optionalLabel={optionalLabel}>
      {(describedBy, invalid) => (
        <select id={id} name={name} defaultValue={defaultValue ?? ""} aria-describedby={describedBy} aria-invalid={invalid} className={inputClass}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

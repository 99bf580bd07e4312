/**
 * What server actions return to forms, shared by lib/action.ts (server) and the form components (client).
 * Never carries a password or a secret.
 */
export type FieldErrors = Record<string, string[]>;

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; data: T }
  | { status: "invalid"; fieldErrors: FieldErrors; values: Record<string, string> }
  | { status: "error"; message: string; values?: Record<string, string> };

/** The shape a form component receives: a server action made by formAction. */
export type FormActionFn<T = unknown> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/** What a form shows after an answer: field errors, a message for the whole form, and the values to keep. */
export function feedback(state: ActionState<unknown>) {
  return {
    errors: state.status === "invalid" ? state.fieldErrors : ({} as FieldErrors),
    // Errors that belong to no one field (path-less, e.g. a crafted extra field) are reported as "form".
    message: state.status === "error" ? state.message : state.status === "invalid" ? state.fieldErrors.form?.join(" ") : undefined,
    values: state.status === "invalid" || state.status === "error" ? (state.values ?? {}) : {},
  };
}

"use client";

import { useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { newBrowserKey } from "@/lib/browser-key";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { formFields, type ResidentKind } from "@/lib/request-kinds";
import { MESSAGE_MAX } from "@/lib/validation/request-forms";

const noSubscription = () => () => {};

/**
 * The form for one kind of resident request, built from its field list (lib/request-kinds.ts). Works without
 * JavaScript; with it, errors appear inline, the button shows it is sending, and a repeat is recognised by a
 * key made when the form loads.
 */

type Key = Parameters<ReturnType<typeof useTranslations<"requestForms">>>[0];
export function ResidentRequestForm({
  action,
  kind,
  officerSlug,
  notice,
}: {
  action: FormActionFn;
  kind: ResidentKind;
  officerSlug: string;
  notice: React.ReactNode;
}) {
  const t = useTranslations("requestForms");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  // A hidden input keeps the key through React's form reset after an answer.
  const keyInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (keyInput.current && !keyInput.current.value) keyInput.current.value = newBrowserKey();
  }, []);
  // Tips are anonymous unless the reporter chooses otherwise; without JavaScript all fields show and the
  // server ignores contact details unless the box is ticked.
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [leaveContact, setLeaveContact] = useState(values.leaveContact === "on");
  const hideContact = kind === "tip" && hydrated && !leaveContact;

  const id = (name: string) => `${kind}-${name}`;
  // A kind may word a field its own way (tip.where), else the shared wording (fields.name) applies; the keys
  // come from formFields, which the catalogue test checks against the catalogue.
  const label = (name: string) => (t.has(`${kind}.${name}` as Key) ? t(`${kind}.${name}` as Key) : t(`fields.${name}` as Key));
  const hint = (name: string) => (t.has(`${kind}.${name}Hint` as Key) ? t(`${kind}.${name}Hint` as Key) : undefined);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="officer" value={officerSlug} />
      <input ref={keyInput} type="hidden" name="submissionKey" defaultValue="" />
      <FormAlert message={message ?? (state.status === "invalid" ? t("fixErrors") : undefined)} />
      {formFields[kind].map((field) => {
        if (field.type === "checkbox") {
          return (
            <label key={field.name} className="flex min-h-12 items-center gap-3 text-base">
              <input
                type="checkbox"
                name={field.name}
                checked={hydrated ? leaveContact : undefined}
                defaultChecked={hydrated ? undefined : values.leaveContact === "on"}
                onChange={(e) => setLeaveContact(e.target.checked)}
                className="size-6 accent-police-700"
              />
              {label(field.name)}
            </label>
          );
        }
        if ("contact" in field && hideContact) return null;
        const common = {
          id: id(field.name),
          name: field.name,
          label: label(field.name),
          hint: hint(field.name),
          optional: "optional" in field,
          optionalLabel: t("optional"),
          errors: errors[field.name],
          defaultValue: values[field.name],
        };
        if (field.type === "select") {
          const options = field.options.map((option) => ({ value: option, label: t(`options.${field.name}.${option}` as Key) }));
          return <SelectField key={field.name} {...common} placeholder={t("choose")} options={options} />;
        }
        if (field.type === "textarea") return <TextField key={field.name} {...common} multiline rows={5} maxLength={MESSAGE_MAX} />;
        if (field.type === "tel") return <TextField key={field.name} {...common} type="tel" inputMode="tel" autoComplete="tel" maxLength={field.maxLength} />;
        return <TextField key={field.name} {...common} autoComplete={field.name === "name" ? "name" : "off"} maxLength={field.maxLength} />;
      })}
      {notice}
      <SubmitButton pendingLabel={t("sending")}>{t(`${kind}.submit`)}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState, useEffect, useMemo, useRef, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { inputName, type ServiceFormField } from "@/lib/applications/form-schema";
import { newBrowserKey } from "@/lib/browser-key";
import { feedback, type FieldErrors, type FormActionFn } from "@/lib/form-state";
import type { Locale } from "@/lib/i18n/locales";
import { applicationFormSchema } from "@/lib/validation/application-forms";

/**
 * A service's application form, built from its definition. With JavaScript the answers are checked here by
 * the very schema the server uses, so a mistake shows at once, in place; without it the server's answer
 * shows the same messages. Either way the server checks again.
 */
export function ApplicationForm({
  action,
  service,
  fields,
  communities,
  notice,
}: {
  action: FormActionFn;
  service: string;
  fields: ServiceFormField[];
  communities: { value: string; label: string }[];
  notice: React.ReactNode;
}) {
  const t = useTranslations("applications");
  const tRoot = useTranslations();
  const locale = useLocale() as Locale;
  const [state, formAction] = useActionState(action, { status: "idle" });
  const server = feedback(state);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors = clientErrors ?? server.errors;
  const values = server.values;
  const keyInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (keyInput.current && !keyInput.current.value) keyInput.current.value = newBrowserKey();
  }, []);
  // The whole form as the server checks it: its own fields and the service's answers.
  const schema = useMemo(() => applicationFormSchema(fields), [fields]);

  function checkBeforeSending(event: React.FormEvent<HTMLFormElement>) {
    const data = Object.fromEntries([...new FormData(event.currentTarget)].filter(([key]) => !key.startsWith("$ACTION")));
    const parsed = schema.safeParse(data);
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    event.preventDefault();
    const found: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      (found[key] ??= []).push(issue.message.startsWith("validation.") ? tRoot(issue.message as "validation.required") : t("fixErrors"));
    }
    setClientErrors(found);
    const first = event.currentTarget.querySelector<HTMLElement>(`[name="${Object.keys(found)[0]}"]`);
    first?.focus();
  }

  const message = clientErrors ? t("fixErrors") : (server.message ?? (state.status === "invalid" ? t("fixErrors") : undefined));

  return (
    <form action={formAction} onSubmit={checkBeforeSending} noValidate className="flex flex-col gap-4">
      <input type="hidden" name="service" value={service} />
      <input ref={keyInput} type="hidden" name="submissionKey" defaultValue="" />
      <FormAlert message={message} />
      <SelectField
        id="apply-community"
        name="community"
        label={t("community")}
        placeholder={t("choose")}
        options={communities}
        errors={errors.community}
        defaultValue={values.community}
      />
      <TextField id="apply-name" name="name" label={t("name")} errors={errors.name} maxLength={40} autoComplete="name" defaultValue={values.name} />
      <TextField
        id="apply-phone"
        name="phone"
        type="tel"
        label={t("phone")}
        hint={t("phoneHint")}
        errors={errors.phone}
        maxLength={20}
        inputMode="tel"
        autoComplete="tel"
        defaultValue={values.phone}
      />
      {fields.map((field) => (
        <DefinedField key={field.name} field={field} locale={locale} errors={errors[inputName(field)]} value={values[inputName(field)]} />
      ))}
      <TextField
        id="apply-note"
        name="note"
        label={t("note")}
        optional
        optionalLabel={t("optional")}
        errors={errors.note}
        multiline
        rows={3}
        maxLength={500}
        defaultValue={values.note}
      />
      {notice}
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}

function DefinedField({ field, locale, errors, value }: { field: ServiceFormField; locale: Locale; errors?: string[]; value?: string }) {
  const t = useTranslations("applications");
  const common = {
    id: `apply-${field.name}`,
    name: inputName(field),
    label: field.label[locale],
    optional: !field.required,
    optionalLabel: t("optional"),
    errors,
    defaultValue: value,
  };
  switch (field.type) {
    case "choice":
      return <SelectField {...common} placeholder={t("choose")} options={(field.options ?? []).map((o) => ({ value: o.value, label: o.label[locale] }))} />;
    case "date":
      return <TextField {...common} type="date" hint={t(field.dateRange === "past" ? "dateHintPast" : field.dateRange === "future" ? "dateHintFuture" : "dateHint")} />;
    case "id_number":
      return <TextField {...common} hint={t("idNumberHint")} autoComplete="off" maxLength={22} spellCheck={false} />;
    case "phone":
      return <TextField {...common} type="tel" inputMode="tel" maxLength={20} />;
    case "address":
      return <TextField {...common} multiline rows={2} maxLength={field.maxLength ?? 200} />;
    default:
      return <TextField {...common} maxLength={field.maxLength ?? 100} />;
  }
}

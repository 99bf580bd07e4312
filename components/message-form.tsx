"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { newBrowserKey } from "@/lib/browser-key";
import { MESSAGE_MAX } from "@/lib/validation/request-forms";

/** 请您留言: name and phone optional, the message required. Works without JavaScript. */
export function MessageForm({ action, officerSlug }: { action: FormActionFn; officerSlug: string }) {
  const t = useTranslations("messageForm");
  const [state, formAction] = useActionState(action, { status: "idle" });
  // Written into the DOM once after hydration (a hidden input keeps it through React's form reset).
  const keyInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (keyInput.current && !keyInput.current.value) keyInput.current.value = newBrowserKey();
  }, []);

  const { errors, message, values } = feedback(state);

  return (
    <form action={formAction} noValidate className="flex flex-col gap-4" aria-describedby="message-intro">
      <p id="message-intro" className="text-base text-slate-700">
        {t("intro")}
      </p>
      <input type="hidden" name="kind" value="message" />
      <input type="hidden" name="officer" value={officerSlug} />
      <input ref={keyInput} type="hidden" name="submissionKey" defaultValue="" />
      <FormAlert message={message} />
      {state.status === "invalid" ? <FormAlert message={t("fixErrors")} /> : null}
      <Field id="message-body" label={t("body")} hint={t("bodyHint", { max: MESSAGE_MAX })} errors={errors.body}>
        {(describedBy, invalid) => (
          <textarea
            id="message-body"
            name="body"
            rows={5}
            required
            maxLength={MESSAGE_MAX}
            defaultValue={values.body}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="message-name" label={t("name")} optional optionalLabel={t("optional")} errors={errors.name}>
        {(describedBy, invalid) => (
          <input
            id="message-name"
            name="name"
            autoComplete="name"
            maxLength={40}
            defaultValue={values.name}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="message-phone" label={t("phone")} hint={t("phoneHint")} optional optionalLabel={t("optional")} errors={errors.phone}>
        {(describedBy, invalid) => (
          <input
            id="message-phone"
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={20}
            defaultValue={values.phone}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}

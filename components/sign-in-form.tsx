"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { Field, inputClass } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

export function SignInForm({ action }: { action: FormActionFn }) {
  const t = useTranslations("signIn");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormAlert message={message} />
      <Field id="login" label={t("login")} errors={errors.login}>
        {(describedBy, invalid) => (
          <input
            id="login"
            name="login"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            defaultValue={values.login}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="password" label={t("password")} errors={errors.password}>
        {(describedBy, invalid) => (
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-describedby={describedBy}
            aria-invalid={invalid}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton pendingLabel={t("signingIn")}>{t("submit")}</SubmitButton>
    </form>
  );
}

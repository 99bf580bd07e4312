"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

export function SignInForm({ action }: { action: FormActionFn }) {
  const t = useTranslations("signIn");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormAlert message={message} />
      <TextField id="login" name="login" label={t("login")} errors={errors.login} autoComplete="username" autoCapitalize="none" spellCheck={false} defaultValue={values.login} />
      <TextField id="password" name="password" label={t("password")} errors={errors.password} type="password" autoComplete="current-password" />
      <SubmitButton pendingLabel={t("signingIn")}>{t("submit")}</SubmitButton>
    </form>
  );
}

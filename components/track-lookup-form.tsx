"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";

/** Find a request by its reference code and the last four digits of the phone number given with it. */
export function TrackLookupForm({ action, defaultCode }: { action: FormActionFn; defaultCode?: string }) {
  const t = useTranslations("track");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormAlert message={message} />
      <TextField id="track-code" name="code" label={t("code")} hint={t("codeHint")} errors={errors.code} autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={20} defaultValue={values.code ?? defaultCode} className="font-mono uppercase tracking-widest" />
      <TextField id="track-phone" name="phoneLast4" label={t("phoneLast4")} hint={t("phoneLast4Hint")} errors={errors.phoneLast4} inputMode="numeric" autoComplete="off" maxLength={4} defaultValue={values.phoneLast4} className="w-32 font-mono" />
      <SubmitButton pendingLabel={t("searching")}>{t("search")}</SubmitButton>
    </form>
  );
}

"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { telHref } from "@/lib/services";

/** What the look-up answers when it is locked for too many wrong endings: when to try again, whom to call meanwhile. */
export interface LockedLookUp {
  lockedUntil: string;
  stationPhone: string | null;
}

/**
 * Find a request by its reference code and the last four digits of the phone number given with it. Locked
 * out, the resident sees when to try again, that the private link still works, the station's phone and
 * (`emergency`, the page's 110 banner) how to get help at once.
 */
export function TrackLookupForm({ action, defaultCode, emergency }: { action: FormActionFn<LockedLookUp>; defaultCode?: string; emergency: ReactNode }) {
  const t = useTranslations("track");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  const locked = state.status === "ok" ? state.data : null;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-4">
      <FormAlert message={message} />
      {locked ? (
        <div role="alert" className="flex flex-col gap-3" data-testid="lookup-locked">
          <p className="rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-base text-red-800">{t("locked", { time: locked.lockedUntil })}</p>
          <p className="text-base">
            {t("lockedHelp")}
            {locked.stationPhone ? (
              <a href={telHref(locked.stationPhone)} className="ml-1 font-semibold text-police-700 underline">
                {locked.stationPhone}
              </a>
            ) : null}
          </p>
          <div className="overflow-hidden rounded-lg">{emergency}</div>
        </div>
      ) : null}
      <TextField id="track-code" name="code" label={t("code")} hint={t("codeHint")} errors={errors.code} autoCapitalize="characters" autoComplete="off" spellCheck={false} maxLength={20} defaultValue={values.code ?? defaultCode} className="font-mono uppercase tracking-widest" />
      <TextField id="track-phone" name="phoneLast4" label={t("phoneLast4")} hint={t("phoneLast4Hint")} errors={errors.phoneLast4} inputMode="numeric" autoComplete="off" maxLength={4} defaultValue={values.phoneLast4} className="w-32 font-mono" />
      <SubmitButton pendingLabel={t("searching")}>{t("search")}</SubmitButton>
    </form>
  );
}

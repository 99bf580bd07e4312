"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { ResidentProofFields } from "./resident-proof-fields";

/** 1–5 stars and an optional comment, once the request is resolved. */
export function RatingForm({ action, code, secret }: { action: FormActionFn; code: string; secret?: string }) {
  const t = useTranslations("track");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <ResidentProofFields code={code} secret={secret} />
      <FormAlert message={message} />
      <fieldset className="flex flex-col gap-2" aria-describedby={errors.rating ? "rating-error" : undefined}>
        <legend className="text-base font-medium">{t("ratingQuestion")}</legend>
        <div className="flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="flex min-h-12 min-w-12 items-center justify-center gap-1 rounded-lg border border-slate-400 px-3 has-[:checked]:border-police-700 has-[:checked]:bg-police-50">
              <input type="radio" name="rating" value={n} defaultChecked={values.rating === String(n)} className="accent-police-700" />
              {t("stars", { n })}
            </label>
          ))}
        </div>
        {errors.rating ? (
          <p id="rating-error" className="text-sm font-medium text-red-700">
            {errors.rating.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextField id="rating-comment" name="comment" label={t("ratingComment")} optional optionalLabel={t("optional")} errors={errors.comment} multiline rows={2} maxLength={500} defaultValue={values.comment} />
      <SubmitButton pendingLabel={t("sending")}>{t("sendRating")}</SubmitButton>
    </form>
  );
}

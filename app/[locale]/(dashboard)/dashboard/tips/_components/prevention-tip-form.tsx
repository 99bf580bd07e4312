"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/ui/form-alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { feedback, type FormActionFn } from "@/lib/form-state";
import { preventionTipTopics } from "@/lib/validation/staff-forms";

/** An officer writes a prevention tip for residents; the chief and the administrator also choose the community. */
export function PreventionTipForm({
  action,
  communities,
}: {
  action: FormActionFn;
  /** Only for staff who choose the community; an officer's tip goes to their own. */
  communities?: { id: number; name: string }[];
}) {
  const t = useTranslations("preventionTips");
  const [state, formAction] = useActionState(action, { status: "idle" });
  const { errors, message, values } = feedback(state);
  return (
    <form action={formAction} noValidate className="flex flex-col gap-3">
      <FormAlert message={Object.keys(errors).length ? undefined : message} />
      {communities ? (
        <SelectField
          id="tip-community"
          name="communityId"
          label={t("community")}
          errors={errors.communityId}
          defaultValue={values.communityId}
          placeholder={t("chooseCommunity")}
          options={communities.map((c) => ({ value: String(c.id), label: c.name }))}
        />
      ) : null}
      <SelectField
        id="tip-topic"
        name="topic"
        label={t("topic")}
        errors={errors.topic}
        defaultValue={values.topic ?? "home"}
        options={preventionTipTopics.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
      />
      <TextField id="tip-title" name="title" label={t("tipTitle")} errors={errors.title} maxLength={100} defaultValue={values.title} />
      <TextField id="tip-body" name="body" label={t("body")} errors={errors.body} multiline rows={5} maxLength={4000} defaultValue={values.body} />
      <SubmitButton pendingLabel={t("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Deletes one tip (the server checks it belongs to a community the user may publish for). */
export function DeletePreventionTipForm({ action, tipId, title }: { action: FormActionFn; tipId: number; title: string }) {
  const t = useTranslations("preventionTips");
  const [state, formAction] = useActionState(action, { status: "idle" });
  return (
    <form action={formAction} className="flex flex-col gap-1" aria-label={t("deleteLabel", { title })}>
      <input type="hidden" name="tipId" value={tipId} />
      <FormAlert message={feedback(state).message} />
      <SubmitButton variant="secondary" pendingLabel={t("deleting")}>
        {t("delete")}
      </SubmitButton>
    </form>
  );
}

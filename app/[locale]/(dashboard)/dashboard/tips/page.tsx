import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DeletePreventionTipForm, PreventionTipForm } from "./_components/prevention-tip-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listPreventionTipsForStaff } from "@/db/queries/public-content";
import { listVisibleCommunities } from "@/db/queries/queue";
import { requireStaff } from "@/server/auth";
import { canPublish, canUseQueue, seesAllCommunities } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { createTipAction, deleteTipAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function PreventionTipsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/tips">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const t = await getTranslations({ locale, namespace: "preventionTips" });
  if (!canUseQueue(user)) {
    return <p className="rounded-lg bg-white p-4 text-base">{(await getTranslations({ locale, namespace: "errors" }))("forbidden")}</p>;
  }
  const db = await getDb();
  const [tips, communities] = await Promise.all([listPreventionTipsForStaff(db, user), listVisibleCommunities(db, user)]);
  const format = await getFormatter({ locale });
  const done = (await searchParams).done;
  const publisher = canPublish(user);

  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      {done === "created" || done === "deleted" ? <FormAlert tone="success" message={t(done)} /> : null}
      <ClientMessages locale={locale} namespaces={["preventionTips"]}>
        {publisher ? (
          <section className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
            <h2 className="text-lg font-bold">{t("newTip")}</h2>
            <PreventionTipForm action={createTipAction} communities={seesAllCommunities(user) ? communities : undefined} />
          </section>
        ) : (
          <p className="rounded-lg bg-white p-4 text-base">{t("readOnly")}</p>
        )}
        <section className="flex flex-col gap-3">
          <h2 className="text-lg font-bold">{t("list")}</h2>
          {tips.length === 0 ? (
            <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p>
          ) : (
            <ul className="flex flex-col gap-3" aria-label={t("list")}>
              {tips.map((tip) => (
                <li key={tip.id} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-3">
                  <p className="text-sm text-slate-700">
                    {t(`topics.${tip.topic as "home"}`)} ·{" "}
                    {t("byline", {
                      community: tip.communityName,
                      author: tip.authorName,
                      time: format.dateTime(tip.createdAt, { dateStyle: "medium", timeStyle: "short" }),
                    })}
                  </p>
                  <h3 className="text-base font-semibold">{tip.title}</h3>
                  <p className="whitespace-pre-wrap break-words text-base">{tip.body}</p>
                  {tip.canDelete ? <DeletePreventionTipForm action={deleteTipAction} tipId={tip.id} title={tip.title} /> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </ClientMessages>
    </main>
  );
}

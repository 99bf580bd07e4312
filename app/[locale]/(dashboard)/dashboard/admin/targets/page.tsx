import type { Metadata } from "next";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ResponseTargetsForm } from "./_components/response-targets-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listResponseTargets } from "@/db/queries/service-levels";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";
import { saveTargetsAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function ResponseTargetsPage({ params, searchParams }: PageProps<"/[locale]/dashboard/admin/targets">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  // null for anyone but the administrator: the page is then simply not there.
  const targets = await listResponseTargets(await getDb(), user);
  if (!targets) staffNotFound();
  const t = await getTranslations({ locale, namespace: "targets" });
  const tq = await getTranslations({ locale, namespace: "queue" });
  const saved = (await searchParams).done === "saved";
  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
      <p className="text-base text-slate-700">{t("intro")}</p>
      {saved ? <FormAlert tone="success" message={t("saved")} /> : null}
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["targets"]}>
          <ResponseTargetsForm
            action={saveTargetsAction}
            targets={targets.map(({ kind, minutes, isDefault }) => ({ kind, minutes, isDefault, label: tq(`kinds.${kind}`) }))}
          />
        </ClientMessages>
      </section>
    </main>
  );
}

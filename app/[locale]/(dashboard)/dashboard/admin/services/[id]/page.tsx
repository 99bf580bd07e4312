import type { Metadata } from "next";
import Link from "next/link";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ServiceEditForm } from "./_components/service-edit-form";
import { getDb } from "@/db";
import { getServiceForAdmin } from "@/db/queries/services";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";
import { servicePagePath } from "@/lib/services";
import { saveServiceAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

export default async function EditServicePage({ params }: PageProps<"/[locale]/dashboard/admin/services/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  // null for anyone but the administrator, and for an unknown id: the page is then simply not there.
  const service = /^\d{1,9}$/.test(id) ? await getServiceForAdmin(await getDb(), user, Number(id)) : null;
  if (!service) staffNotFound();
  const t = await getTranslations({ locale, namespace: "services" });
  const { guide } = service;
  const initial: Record<string, string> = { sortOrder: String(service.sortOrder), formFields: JSON.stringify(service.formFields, null, 2) };
  for (const [lang, key] of [["Zh", "zh-CN"], ["En", "en"]] as const) {
    initial[`name${lang}`] = service.name[key];
    for (const field of ["purpose", "eligibility", "timeLimit", "fee", "whereWhen"] as const) initial[`${field}${lang}`] = guide[field][key];
    initial[`materials${lang}`] = guide.materials[key].join("\n");
    initial[`steps${lang}`] = guide.steps[key].join("\n");
  }

  return (
    <main className="flex flex-col gap-5">
      <Link href="/dashboard/admin/services" className="text-sm font-medium text-police-700 underline">
        {t("admin.back")}
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold text-police-900">{t("admin.editTitle", { name: service.name[locale] })}</h1>
        <Link href={servicePagePath(service.slug)} className="text-sm font-medium text-police-700 underline">
          {t("admin.viewPublic")}
        </Link>
      </div>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["services"]}>
          <ServiceEditForm
            action={saveServiceAction}
            id={service.id}
            initial={initial}
            flags={{
              onlineApplication: service.onlineApplication,
              appointment: service.appointment,
              needsIdNumber: service.needsIdNumber,
              active: service.active,
            }}
          />
        </ClientMessages>
      </section>
    </main>
  );
}

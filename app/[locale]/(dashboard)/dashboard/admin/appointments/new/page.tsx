import type { Metadata } from "next";
import Link from "next/link";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SlotTemplateForm } from "../_components/slot-template-form";
import { getDb } from "@/db";
import { listTemplateOfficers, listTemplateServices } from "@/db/queries/slot-templates";
import { requireStaff } from "@/server/auth";
import { canCreateSlotTemplates } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { saveSlotTemplateAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

/** A new slot template: the administrator for the hall or any officer, an officer for themselves. */
export default async function NewSlotTemplatePage({ params }: PageProps<"/[locale]/dashboard/admin/appointments/new">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  if (!canCreateSlotTemplates(user)) staffNotFound();
  const db = await getDb();
  const [services, officers] = await Promise.all([listTemplateServices(db), listTemplateOfficers(db, user)]);
  const t = await getTranslations({ locale, namespace: "slotTemplates" });
  const own = user.role === "officer";
  // The station hall's usual hours as a starting point.
  const initial: Record<string, string> = {
    officerId: own ? String(user.id) : "",
    startTime: "09:00",
    endTime: "11:30",
    slotMinutes: "30",
    capacity: "3",
    windowDays: "7",
    minNoticeHours: "12",
    ...Object.fromEntries([1, 2, 3, 4, 5].map((d) => [`weekday${d}`, "on"])),
  };

  return (
    <main className="flex flex-col gap-5">
      <Link href="/dashboard/admin/appointments" className="text-sm font-medium text-police-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold text-police-900">{t("newTitle")}</h1>
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <ClientMessages locale={locale} namespaces={["slotTemplates"]}>
          <SlotTemplateForm
            action={saveSlotTemplateAction}
            initial={initial}
            services={services.map((s) => ({ value: String(s.id), label: s.name[locale] }))}
            officers={own ? null : officers.map((o) => ({ value: String(o.id), label: o.name }))}
            ownLabel={t("ownOnly", { name: user.name })}
            submitLabel={t("submitCreate")}
          />
        </ClientMessages>
      </section>
    </main>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { SlotTemplateActiveForm, SlotTemplateForm } from "../_components/slot-template-form";
import { describeSlotTemplates } from "@/components/slot-template-text";
import { getDb } from "@/db";
import { getSlotTemplate, listTemplateOfficers, listTemplateServices } from "@/db/queries/slot-templates";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";
import { saveSlotTemplateAction, setSlotTemplateActiveAction } from "../actions";

export const metadata: Metadata = { robots: { index: false } };

/** One slot template: its editor for the administrator or its own officer, read-only for the chief. */
export default async function SlotTemplatePage({ params }: PageProps<"/[locale]/dashboard/admin/appointments/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  const db = await getDb();
  // null for an unknown id and for a template the user may not see: the page is then simply not there.
  const row = /^\d{1,9}$/.test(id) ? await getSlotTemplate(db, user, Number(id)) : null;
  if (!row) staffNotFound();
  const t = await getTranslations({ locale, namespace: "slotTemplates" });
  const text = (await describeSlotTemplates(locale))(row);
  const back = (
    <Link href="/dashboard/admin/appointments" className="text-sm font-medium text-police-700 underline">
      {t("back")}
    </Link>
  );

  if (!row.editable) {
    const fields = ["service", "where", "weekdays", "hours", "slotMinutes", "capacity", "window", "notice", "status", "upcoming"] as const;
    return (
      <main className="flex flex-col gap-5">
        {back}
        <h1 className="text-2xl font-bold text-police-900">{t("viewTitle", { service: text.service })}</h1>
        <p className="text-base text-slate-700">{t("readOnly")}</p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-2xl bg-white p-4 text-base shadow-sm">
          {fields.map((f) => (
            <div key={f} className="contents">
              <dt className="text-slate-600">{t(`columns.${f}`)}</dt>
              <dd>{text[f]}</dd>
            </div>
          ))}
        </dl>
      </main>
    );
  }

  const [services, officers] = await Promise.all([listTemplateServices(db), listTemplateOfficers(db, user)]);
  const serviceChoices = services.map((s) => ({ value: String(s.id), label: s.name[locale] }));
  // A service that no longer takes appointments stays chosen, so saving explains why it cannot be kept.
  if (!services.some((s) => s.id === row.serviceId)) serviceChoices.push({ value: String(row.serviceId), label: text.service });
  const officerChoices = officers.map((o) => ({ value: String(o.id), label: o.name }));
  if (row.officerId !== null && !officers.some((o) => o.id === row.officerId)) officerChoices.push({ value: String(row.officerId), label: text.where });
  const initial: Record<string, string> = {
    id: String(row.id),
    serviceId: String(row.serviceId),
    officerId: row.officerId === null ? "" : String(row.officerId),
    startTime: row.startTime,
    endTime: row.endTime,
    slotMinutes: String(row.slotMinutes),
    capacity: String(row.capacity),
    windowDays: String(row.windowDays),
    minNoticeHours: String(row.minNoticeHours),
    ...Object.fromEntries(row.weekdays.map((d) => [`weekday${d}`, "on"])),
  };

  return (
    <main className="flex flex-col gap-5">
      {back}
      <h1 className="text-2xl font-bold text-police-900">{t("editTitle", { service: text.service })}</h1>
      <p className="text-base text-slate-700">{t("summary", { status: text.status, upcoming: text.upcoming })}</p>
      <ClientMessages locale={locale} namespaces={["slotTemplates"]}>
        <section className="flex flex-col gap-4 rounded-2xl bg-white p-4 shadow-sm">
          <p className="rounded-lg bg-slate-50 p-3 text-base">{t("effect", { slots: row.upcoming.bookedSlots, booked: row.upcoming.booked })}</p>
          <SlotTemplateForm
            action={saveSlotTemplateAction}
            initial={initial}
            services={serviceChoices}
            officers={user.role === "admin" ? officerChoices : null}
            ownLabel={t("ownOnly", { name: user.name })}
            submitLabel={t("submit")}
          />
        </section>
        <section className="rounded-2xl bg-white p-4 shadow-sm">
          <SlotTemplateActiveForm action={setSlotTemplateActiveAction} id={row.id} active={row.active} />
        </section>
      </ClientMessages>
    </main>
  );
}

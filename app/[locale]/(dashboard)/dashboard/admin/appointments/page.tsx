import type { Metadata } from "next";
import Link from "next/link";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { describeSlotTemplates } from "@/components/slot-template-text";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listSlotTemplates } from "@/db/queries/slot-templates";
import { requireStaff } from "@/server/auth";
import { canCreateSlotTemplates } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";

export const metadata: Metadata = { robots: { index: false } };

const DONE = ["created", "saved", "activated", "deactivated"] as const;
const count = (value: unknown) => (typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 0);

/** Every appointment slot template the user may see: the administrator and the chief all, an officer their own. */
export default async function SlotTemplatesPage({ params, searchParams }: PageProps<"/[locale]/dashboard/admin/appointments">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  // null for anyone who may not see templates: the page is then simply not there.
  const rows = await listSlotTemplates(await getDb(), user);
  if (!rows) staffNotFound();
  const t = await getTranslations({ locale, namespace: "slotTemplates" });
  const describe = await describeSlotTemplates(locale);
  const query = await searchParams;
  const done = DONE.find((d) => d === query.done);
  const editor = canCreateSlotTemplates(user);
  // Each card's heading says the service and where; the rest is listed under these names.
  const columns = ["weekdays", "hours", "slotMinutes", "capacity", "window", "notice", "status", "upcoming"] as const;

  return (
    <main className="flex flex-col gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold text-police-900">{t("title")}</h1>
        {editor ? (
          <Link
            href="/dashboard/admin/appointments/new"
            className="inline-flex min-h-12 items-center rounded-lg bg-police-700 px-5 text-base font-semibold text-white hover:bg-police-800"
          >
            {t("new")}
          </Link>
        ) : null}
      </div>
      <p className="text-base text-slate-700">{user.role === "officer" ? t("introOfficer") : t("intro")}</p>
      {editor ? null : <p className="text-base text-slate-700">{t("readOnly")}</p>}
      {done ? <FormAlert tone="success" message={t(done, { added: count(query.added), kept: count(query.kept) })} /> : null}
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p>
      ) : (
        // Cards rather than a ten-column table: a rule reads in full on a phone, and two or three sit side by side on a desk.
        <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3" aria-label={t("listLabel")}>
          {rows.map((row) => {
            const text = describe(row);
            const action = row.editable ? t("edit") : t("view");
            return (
              <li key={row.id} className={`flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm ${row.active ? "" : "text-slate-500"}`} data-testid="slot-template">
                <h2 className="text-lg font-bold">
                  {text.service} · <span className="font-medium">{text.where}</span>
                </h2>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-base">
                  {columns.map((c) => (
                    <div key={c} className="contents">
                      <dt className="text-slate-600">{t(`columns.${c}`)}</dt>
                      <dd className={`break-words ${c === "hours" ? "tabular-nums" : ""}`}>{text[c]}</dd>
                    </div>
                  ))}
                </dl>
                <Link
                  href={`/dashboard/admin/appointments/${row.id}`}
                  aria-label={t("linkLabel", { action, service: text.service, where: text.where, hours: text.hours })}
                  className="inline-flex min-h-11 items-center self-start rounded-lg border border-police-700 px-4 font-medium text-police-700 hover:bg-police-50"
                >
                  {action}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </main>
  );
}

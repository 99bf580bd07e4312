import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { describeSlotTemplates } from "@/components/slot-template-text";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listSlotTemplates } from "@/db/queries/slot-templates";
import { requireStaff } from "@/lib/auth";
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
  if (!rows) notFound();
  const t = await getTranslations({ locale, namespace: "slotTemplates" });
  const describe = await describeSlotTemplates(locale);
  const query = await searchParams;
  const done = DONE.find((d) => d === query.done);
  const editor = canCreateSlotTemplates(user);
  const columns = ["service", "where", "weekdays", "hours", "slotMinutes", "capacity", "window", "notice", "status", "upcoming"] as const;

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
        <div className="overflow-x-auto rounded-2xl bg-white shadow-sm">
          <table className="w-full text-left text-base">
            <thead className="border-b border-slate-200 text-sm text-slate-600">
              <tr>
                {columns.map((c) => (
                  <th key={c} className="p-3">
                    {t(`columns.${c}`)}
                  </th>
                ))}
                <th className="p-3">
                  <span className="sr-only">{editor ? t("edit") : t("view")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const text = describe(row);
                const action = row.editable ? t("edit") : t("view");
                return (
                  <tr key={row.id} className={`border-b border-slate-100 ${row.active ? "" : "text-slate-500"}`} data-testid="slot-template">
                    {columns.map((c) => (
                      <td key={c} className={`p-3 ${c === "service" ? "font-medium" : "text-sm"} ${c === "hours" ? "tabular-nums whitespace-nowrap" : ""}`}>
                        {text[c]}
                      </td>
                    ))}
                    <td className="p-3">
                      <Link
                        href={`/dashboard/admin/appointments/${row.id}`}
                        aria-label={t("linkLabel", { action, service: text.service, where: text.where, hours: text.hours })}
                        className="font-medium text-police-700 underline"
                      >
                        {action}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}

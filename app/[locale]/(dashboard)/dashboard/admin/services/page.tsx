import type { Metadata } from "next";
import Link from "next/link";
import { staffNotFound } from "@/lib/not-found";
import { getTranslations } from "next-intl/server";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listServicesForAdmin } from "@/db/queries/services";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";

export const metadata: Metadata = { robots: { index: false } };

export default async function AdminServicesPage({ params, searchParams }: PageProps<"/[locale]/dashboard/admin/services">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  // null for anyone but the administrator: the page is then simply not there.
  const rows = await listServicesForAdmin(await getDb(), user);
  if (!rows) staffNotFound();
  const t = await getTranslations({ locale, namespace: "services" });
  const savedSlug = (await searchParams).saved;
  const saved = typeof savedSlug === "string" ? rows.find((r) => r.slug === savedSlug) : undefined;

  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">{t("admin.title")}</h1>
      <p className="text-base text-slate-700">{t("admin.intro")}</p>
      {saved ? <FormAlert tone="success" message={t("admin.saved", { name: saved.name[locale] })} /> : null}
      <div className="overflow-x-auto rounded-2xl bg-white shadow-sm">
        <table className="w-full text-left text-base">
          <thead className="border-b border-slate-200 text-sm text-slate-600">
            <tr>
              <th className="p-3">{t("admin.order")}</th>
              <th className="p-3">{t("admin.name")}</th>
              <th className="p-3">{t("admin.category")}</th>
              <th className="p-3">{t("admin.ways")}</th>
              <th className="p-3">{t("admin.status")}</th>
              <th className="p-3">
                <span className="sr-only">{t("admin.edit")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-100">
                <td className="p-3 tabular-nums">{row.sortOrder}</td>
                <td className="p-3 font-medium">{row.name[locale]}</td>
                <td className="p-3 text-sm">{t(`categories.${row.category}`)}</td>
                <td className="p-3 text-sm">
                  {[row.onlineApplication ? t("online") : null, row.appointment ? t("appointment") : null].filter(Boolean).join(" · ")}
                </td>
                <td className="p-3 text-sm">{row.active ? t("admin.active") : t("admin.inactive")}</td>
                <td className="p-3">
                  <Link
                    href={`/dashboard/admin/services/${row.id}`}
                    aria-label={`${t("admin.edit")} ${row.name[locale]}`}
                    className="font-medium text-police-700 underline"
                  >
                    {t("admin.edit")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { getDb } from "@/db";
import { countUnread } from "@/db/queries/notifications";
import { requireStaff } from "@/server/auth";
import { mediationAccess } from "@/db/queries/mediation-scope";
import {
  canDeliver,
  canEditPopulation,
  canEditServices,
  canEditTargets,
  canManageBoards,
  canSeeStats,
  canSetDutyRoster,
  canUseQueue,
  canWorkAppointments,
  seesAlliances,
  seesCareSubjects,
  seesFieldWork,
  seesMediation,
  seesSlotTemplates,
} from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { UnreadBadge } from "./_components/unread-badge";
import { signOutAction } from "./actions";

// Signed-in pages are per user: never prerendered, never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: LayoutProps<"/[locale]/dashboard">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "dashboard" });
  return { title: t("title"), robots: { index: false } };
}

export default async function DashboardLayout({ children, params }: LayoutProps<"/[locale]/dashboard">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  // The header's unread count, rendered with the page and then kept fresh by the badge; only for queue users.
  const [t, unread] = await Promise.all([
    getTranslations({ locale, namespace: "dashboard" }),
    canUseQueue(user) ? getDb().then((db) => countUnread(db, user)) : null,
  ]);
  const ta = await getTranslations({ locale, namespace: "appointments" });
  const ts = await getTranslations({ locale, namespace: "slotTemplates" });
  const tn = await getTranslations({ locale, namespace: "stats" });
  const ti = await getTranslations({ locale, namespace: "incidents" });
  const tm = await getTranslations({ locale, namespace: "mediation" });
  const tl = await getTranslations({ locale, namespace: "alliances" });
  const mediation = await mediationAccess(await getDb(), user);
  const tf = await getTranslations({ locale, namespace: "field.nav" });
  // Links only to pages the user can use; each page checks again for itself.
  const links = [
    { href: "/dashboard/today", label: tf("today"), show: seesFieldWork(user) },
    { href: "/dashboard", label: t("queue"), show: true },
    { href: "/dashboard/tips", label: t("tips"), show: canUseQueue(user) },
    { href: "/dashboard/appointments", label: ta("nav"), show: canWorkAppointments(user) },
    { href: "/dashboard/deliveries", label: t("deliveries"), show: canDeliver(user) },
    { href: "/dashboard/field/visits", label: tf("visits"), show: seesFieldWork(user) },
    { href: "/dashboard/field/hazards", label: tf("hazards"), show: seesFieldWork(user) },
    { href: "/dashboard/field/care", label: tf("care"), show: seesCareSubjects(user) },
    { href: "/dashboard/admin/targets", label: t("targets"), show: canEditTargets(user) },
    { href: "/dashboard/duty", label: t("duty"), show: canSetDutyRoster(user) },
    { href: "/dashboard/mediation", label: tm("nav"), show: seesMediation(mediation) },
    { href: "/dashboard/alliances", label: tl("nav"), show: seesAlliances(user) },
    { href: "/dashboard/board", label: t("boards"), show: canManageBoards(user, user.id) },
    { href: "/dashboard/admin/services", label: t("services"), show: canEditServices(user) },
    { href: "/dashboard/admin/appointments", label: ts("nav"), show: seesSlotTemplates(user) },
    { href: "/dashboard/stats", label: tn("nav"), show: canSeeStats(user) },
    { href: "/dashboard/incidents", label: ti("nav"), show: canSeeStats(user) },
    { href: "/dashboard/admin/population", label: ti("population.nav"), show: canEditPopulation(user) },
  ].filter((link) => link.show);
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-4">
      <div className="no-print flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <nav aria-label={t("navLabel")} className="flex flex-wrap gap-4 text-base">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="font-semibold text-police-700 underline-offset-4 hover:underline">
              {link.label}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-3 text-sm">
          {unread === null ? null : (
            <ClientMessages locale={locale} namespaces={["notifications"]}>
              <UnreadBadge initialCount={unread} />
            </ClientMessages>
          )}
          <span>
            {user.name} · {t(`roles.${user.role}`)}
          </span>
          <form action={signOutAction}>
            <button type="submit" className="min-h-10 rounded border border-slate-400 px-3 hover:bg-slate-100">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
      {children}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { DayNavigator } from "../_components/day-navigator";
import { DeliveryRecordForm } from "./_components/delivery-record-form";
import { RevealForm } from "../_components/reveal-form";
import { deliveredFrom } from "@/lib/delivery-evenings";
import { eveningLabel } from "@/lib/i18n/format";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { addDays, shanghaiDay } from "@/lib/calendar-day";
import { listEveningDeliveries, type EveningDelivery } from "@/db/queries/deliveries";
import { requireStaff } from "@/server/auth";
import { PHONE_REVEAL_MINUTES, canDeliver } from "@/lib/authz";
import { parseDay } from "@/lib/calendar-day";
import type { Locale } from "@/lib/i18n/locales";
import { recordDeliveryAction, revealDeliveryPhoneAction } from "./actions";

export const metadata: Metadata = { robots: { index: false } };

/** Groups the evening's deliveries as the round is walked: community, then compound. */
function byCommunityAndCompound(rows: EveningDelivery[]) {
  const communities = new Map<string, Map<string, EveningDelivery[]>>();
  for (const row of rows) {
    const compounds = communities.get(row.communityName) ?? new Map<string, EveningDelivery[]>();
    communities.set(row.communityName, compounds);
    compounds.set(row.compound, [...(compounds.get(row.compound) ?? []), row]);
  }
  return communities;
}

/** 上门送证: tonight's (or another evening's) deliveries, grouped for the round, recorded at each door. */
export default async function DeliveriesPage({ params, searchParams }: PageProps<"/[locale]/dashboard/deliveries">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const t = await getTranslations({ locale, namespace: "deliveries" });
  if (!canDeliver(user)) {
    return <p className="rounded-lg bg-white p-4 text-base">{(await getTranslations({ locale, namespace: "errors" }))("forbidden")}</p>;
  }
  const query = await searchParams;
  const today = shanghaiDay(new Date());
  const day = parseDay(query.day) ?? today;
  // Full numbers only for the deliveries this user just revealed (audited); the URL alone shows none.
  const rows = await listEveningDeliveries(await getDb(), user, day, locale, { revealPhones: query.reveal === "1" });
  const groups = byCommunityAndCompound(rows);
  const left = rows.filter((r) => r.status === "scheduled").length;

  return (
    <main className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold text-police-900">
        {day === today ? t("tonight") : t("evening")} · {eveningLabel(day, locale)}
      </h1>
      <DayNavigator path="/dashboard/deliveries" day={day} previous={addDays(day, -1)} next={addDays(day, 1)} labels={{ previous: t("previousDay"), day: t("day"), show: t("show"), next: t("nextDay") }} />
      {query.done === "delivered" || query.done === "missed" ? <FormAlert tone="success" message={t(`done.${query.done}`)} /> : null}
      <p className="text-base">{t("summary", { total: rows.length, left })}</p>
      {rows.some((r) => r.phoneMasked && !r.phoneFull) ? <p className="text-sm text-slate-600">{t("revealHint", { minutes: PHONE_REVEAL_MINUTES })}</p> : null}
      {rows.length === 0 ? <p className="rounded-lg bg-white p-4 text-base">{t("empty")}</p> : null}
      <ClientMessages locale={locale} namespaces={["deliveries"]}>
        {[...groups].map(([community, compounds]) => (
          <section key={community} aria-label={community} className="flex flex-col gap-3">
            <h2 className="text-xl font-bold">{community}</h2>
            {[...compounds].map(([compound, deliveries]) => (
              <div key={compound} className="flex flex-col gap-2">
                <h3 className="text-lg font-semibold" data-testid="compound">
                  {compound} · {t("count", { n: deliveries.length })}
                </h3>
                <ul className="flex flex-col gap-3">
                  {deliveries.map((d) => (
                    <li key={d.id} className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-3" data-testid="delivery">
                      <p className="text-base">
                        <strong>{d.address}</strong> · {d.window}
                      </p>
                      <p className="text-base">
                        {d.serviceName} · {d.residentName ?? ""} ·{" "}
                        <Link href={`/dashboard/requests/${d.requestId}`} className="whitespace-nowrap font-mono text-police-700 underline">
                          {d.referenceCode}
                        </Link>
                      </p>
                      {d.phoneFull ? (
                        <p className="flex flex-wrap items-center gap-2 text-base">
                          {t("phone")}{" "}
                          <a href={`tel:${d.phoneFull}`} className="font-mono text-police-700 underline" data-testid="delivery-phone">
                            {d.phoneFull}
                          </a>
                          <span className="text-sm text-slate-600">{t("phoneRevealed")}</span>
                        </p>
                      ) : d.phoneMasked ? (
                        <div className="flex flex-wrap items-center gap-3">
                          <p className="text-base">
                            {t("phone")}{" "}
                            <span className="font-mono" data-testid="delivery-phone">
                              {d.phoneMasked}
                            </span>
                          </p>
                          <RevealForm action={revealDeliveryPhoneAction} requestId={d.requestId} hidden={{ day }} label={t("revealPhone")} pendingLabel={t("revealing")} />
                        </div>
                      ) : null}
                      {d.status === "scheduled" ? (
                        <DeliveryRecordForm action={recordDeliveryAction} deliveryId={d.id} day={day} deliveredFrom={deliveredFrom(d.windowStart)} />
                      ) : (
                        <p className="text-base font-semibold">
                          {d.status === "delivered" ? t("deliveredTo", { name: d.recipientName ?? "" }) : t("missed", { note: d.note ?? "" })}
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </ClientMessages>
    </main>
  );
}

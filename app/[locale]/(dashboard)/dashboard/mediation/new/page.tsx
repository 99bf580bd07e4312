import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SpecForm, type FieldSpec } from "@/components/spec-form";
import { getDb } from "@/db";
import { intakeChoices, requestForIntake } from "@/db/queries/mediation";
import { disputeTypes, mediationSources, partyKinds, partySides, sexes } from "@/db/schema";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { PARTY_SLOTS } from "@/lib/validation/mediation-forms";
import { intakeAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/mediation/new">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "mediation" });
  return { title: t("intake.title"), robots: { index: false } };
}

/**
 * 受理: a dispute taken into mediation, from a resident's request (?request=…) or from another source. For the
 * chief and the committee's officers; anyone else, and a request that is not theirs, is not found.
 */
export default async function IntakePage({ params, searchParams }: PageProps<"/[locale]/dashboard/mediation/new">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const db = await getDb();
  const choices = await intakeChoices(db, user);
  if (!choices) staffNotFound();
  const requested = (await searchParams).request;
  const request = typeof requested === "string" ? await requestForIntake(db, user, requested) : null;
  if (typeof requested === "string" && !request) staffNotFound();
  const t = await getTranslations({ locale, namespace: "mediation" });

  if (request?.caseId) {
    return (
      <main className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold text-police-900">{t("intake.title")}</h1>
        <p className="text-base">
          <Link href={`/dashboard/mediation/${request.caseId}`} className="text-police-700 underline">
            {t("refusals.alreadyTaken")}
          </Link>
        </p>
      </main>
    );
  }

  const option = (value: string, label: string) => ({ value, label });
  const memberOptions = choices.members.map((m) => option(String(m.id), `${m.name} · ${t(`memberKinds.${m.kind}`)}`));
  const communityName = new Map(choices.communities.map((c) => [c.id, c.name]));
  const placeGroups = choices.communities
    .map((c) => ({ label: c.name, options: choices.places.filter((p) => p.communityId === c.id).map((p) => option(String(p.id), p.name)) }))
    .filter((g) => g.options.length > 0);

  const partyFieldset = (n: (typeof PARTY_SLOTS)[number]): FieldSpec => ({
    type: "fieldset",
    legend: n <= 2 ? t("intake.party", { n }) : t("intake.partyOptional", { n }),
    fields: [
      {
        type: "select",
        name: `p${n}Side`,
        label: t("intake.side"),
        options: partySides.map((s) => option(s, t(`sides.${s}`))),
        defaultValue: n === 1 ? "applicant" : "respondent",
      },
      { type: "radio", name: `p${n}Kind`, label: t("intake.kind"), options: partyKinds.map((k) => option(k, t(`partyKinds.${k}`))), defaultValue: "person" },
      { type: "text", name: `p${n}Name`, label: t("intake.name"), defaultValue: n === 1 ? (request?.residentName ?? undefined) : undefined, optional: n > 2 },
      { type: "select", name: `p${n}Sex`, label: t("intake.sex"), options: [option("", t("intake.unknown")), ...sexes.map((s) => option(s, t(`sexes.${s}`)))], optional: true },
      { type: "text", name: `p${n}Age`, label: t("intake.age"), inputMode: "numeric", className: "w-32", optional: true },
      { type: "text", name: `p${n}Representative`, label: t("intake.representative"), hint: t("intake.representativeHint"), optional: true },
      { type: "text", name: `p${n}Address`, label: t("intake.address"), optional: true },
      {
        type: "tel",
        name: `p${n}Phone`,
        label: t("intake.phone"),
        optional: true,
        hint: n === 1 && request?.phoneMasked ? t("intake.phoneFromRequest", { phone: request.phoneMasked }) : undefined,
      },
    ],
  });

  const fields: FieldSpec[] = [
    ...(request
      ? ([
          { type: "hidden", name: "request", value: request.id },
          { type: "hidden", name: "source", value: "resident_request" },
          { type: "hidden", name: "community", value: String(request.communityId) },
        ] satisfies FieldSpec[])
      : ([
          { type: "hidden", name: "request", value: "" },
          {
            type: "select",
            name: "source",
            label: t("intake.source"),
            placeholder: t("intake.choose"),
            options: mediationSources.filter((s) => s !== "resident_request").map((s) => option(s, t(`sources.${s}`))),
          },
          { type: "select", name: "community", label: t("intake.community"), placeholder: t("intake.choose"), options: choices.communities.map((c) => option(String(c.id), c.name)) },
        ] satisfies FieldSpec[])),
    { type: "select", name: "disputeType", label: t("intake.disputeType"), placeholder: t("intake.choose"), options: disputeTypes.map((d) => option(d, t(`disputeTypes.${d}`))) },
    ...(placeGroups.length > 0
      ? ([{ type: "select", name: "place", label: t("intake.place"), placeholder: t("intake.none"), options: [], groups: placeGroups, optional: true }] satisfies FieldSpec[])
      : ([{ type: "hidden", name: "place", value: "" }] satisfies FieldSpec[])),
    { type: "text", name: "placeText", label: t("intake.placeText"), hint: t("intake.placeTextHint"), optional: true },
    { type: "textarea", name: "summary", label: t("intake.summary"), defaultValue: request?.body, rows: 5 },
    {
      type: "fieldset",
      legend: t("intake.mediators"),
      fields: [
        { type: "select", name: "lead", label: t("intake.lead"), placeholder: t("intake.choose"), options: memberOptions },
        { type: "select", name: "second", label: t("intake.second"), placeholder: t("intake.none"), options: memberOptions, optional: true },
        { type: "select", name: "third", label: t("intake.third"), placeholder: t("intake.none"), options: memberOptions, optional: true },
      ],
    },
    ...PARTY_SLOTS.map(partyFieldset),
  ];

  return (
    <main className="flex flex-col gap-4">
      <p>
        <Link href={request ? `/dashboard/requests/${request.id}` : "/dashboard/mediation"} className="text-police-700 underline">
          {request ? t("case.fromRequest", { code: request.referenceCode }) : t("case.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-police-900">{t("intake.title")}</h1>
      {request ? (
        <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 shadow-sm">
          <h2 className="text-lg font-bold">{t("intake.fromRequest", { code: request.referenceCode })}</h2>
          <p className="text-base text-slate-700">{communityName.get(request.communityId)}</p>
          <p className="whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-3 text-base">{request.body}</p>
        </section>
      ) : null}
      {choices.members.length === 0 ? <p className="rounded-lg bg-amber-50 p-3 text-base">{t("intake.noMembers")}</p> : null}
      <section className="rounded-2xl bg-white p-4 shadow-sm">
        <SpecForm
          id="intake"
          action={intakeAction}
          label={t("intake.title")}
          fields={fields}
          submitLabel={t("intake.submit")}
          pendingLabel={t("intake.submitting")}
          optionalLabel={t("case.optional")}
        />
      </section>
    </main>
  );
}

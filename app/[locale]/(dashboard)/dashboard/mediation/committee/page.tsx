import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SpecForm } from "@/components/spec-form";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { listCommittee, listSeatableAccounts } from "@/db/queries/mediation";
import { mediationAccess } from "@/db/queries/mediation-scope";
import { committeeMemberKinds } from "@/db/schema";
import { requireStaff } from "@/server/auth";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { addMemberAction, memberActiveAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/dashboard/mediation/committee">): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: "mediation" });
  return { title: t("members.title"), robots: { index: false } };
}

const DONE = ["member", "memberChanged"] as const;

/** 调委会成员: the chief and the committee's officers keep the list of members, with or without a login. */
export default async function CommitteePage({ params, searchParams }: PageProps<"/[locale]/dashboard/mediation/committee">) {
  const locale = (await params).locale as Locale;
  const user = await requireStaff();
  const db = await getDb();
  const members = await listCommittee(db, user, await mediationAccess(db, user));
  if (!members) staffNotFound();
  const accounts = await listSeatableAccounts(db, user);
  const t = await getTranslations({ locale, namespace: "mediation" });
  const td = await getTranslations({ locale, namespace: "dashboard" });
  const asked = (await searchParams).done;
  const done = DONE.find((d) => d === asked);

  return (
    <main className="flex flex-col gap-4">
      <p>
        <Link href="/dashboard/mediation" className="text-police-700 underline">
          {t("case.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-police-900">{t("members.title")}</h1>
      <p className="text-base text-slate-700">{t("members.intro")}</p>
      {done ? <FormAlert tone="success" message={t(`done.${done}`)} /> : null}
      <section aria-labelledby="members" className="flex flex-col gap-2">
        <h2 id="members" className="text-lg font-bold">
          {t("members.list")}
        </h2>
        <ul aria-labelledby="members" className="flex flex-col gap-2">
          {members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-3">
              <span className="flex min-w-0 flex-col">
                <span className="text-base font-semibold">
                  {m.name} · {t(`memberKinds.${m.kind}`)}
                  {m.active ? null : ` · ${t("members.inactive")}`}
                </span>
                <span className="break-words text-sm text-slate-700">
                  {[m.affiliation, m.login ? t("members.login", { login: m.login }) : t("members.noLogin"), t("members.openCases", { n: m.openCases })]
                    .filter(Boolean)
                    .join(" · ")}
                </span>
              </span>
              <SpecForm
                id={`member-${m.id}`}
                action={memberActiveAction}
                label={`${m.active ? t("members.deactivate") : t("members.activate")} ${m.name}`}
                fields={[
                  { type: "hidden", name: "member", value: String(m.id) },
                  { type: "hidden", name: "active", value: m.active ? "false" : "true" },
                ]}
                submitLabel={m.active ? t("members.deactivate") : t("members.activate")}
                pendingLabel={t("members.saving")}
                optionalLabel={t("case.optional")}
                variant="secondary"
              />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="member-add" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="member-add" className="text-lg font-bold">
          {t("members.add")}
        </h2>
        <SpecForm
          id="member-add-form"
          action={addMemberAction}
          label={t("members.add")}
          fields={[
            { type: "select", name: "kind", label: t("members.kind"), placeholder: t("intake.choose"), options: committeeMemberKinds.map((k) => ({ value: k, label: t(`memberKinds.${k}`) })) },
            { type: "text", name: "name", label: t("members.name") },
            { type: "text", name: "affiliation", label: t("members.affiliation"), optional: true },
            {
              type: "select",
              name: "account",
              label: t("members.account"),
              placeholder: t("members.accountNone"),
              options: accounts.map((a) => ({ value: String(a.id), label: `${a.name} · ${td(`roles.${a.role}`)}` })),
              optional: true,
            },
          ]}
          submitLabel={t("members.submit")}
          pendingLabel={t("members.saving")}
          optionalLabel={t("case.optional")}
        />
      </section>
    </main>
  );
}

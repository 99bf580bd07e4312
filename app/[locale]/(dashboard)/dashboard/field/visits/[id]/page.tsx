import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FieldPhotoForm, FieldPhotos } from "../../_components/field-photos";
import { ForgetDraft } from "../../_components/form-draft";
import { FormAlert } from "@/components/ui/form-alert";
import { getDb } from "@/db";
import { getVisit } from "@/db/queries/field-visits";
import { recordsFieldWork, seesFieldWork } from "@/lib/authz";
import type { Locale } from "@/lib/i18n/locales";
import { staffNotFound } from "@/lib/not-found";
import { photoErrors } from "@/lib/uploads/photos";
import { requireStaff } from "@/server/auth";

export const metadata: Metadata = { robots: { index: false } };

const DONE = ["stored", "repeated", "photos"] as const;

/** One visit: what was logged, its photos (and the form to add some), and what it led to. */
export default async function VisitPage({ params, searchParams }: PageProps<"/[locale]/dashboard/field/visits/[id]">) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  const user = await requireStaff();
  if (!seesFieldWork(user) || !/^\d{1,9}$/.test(id)) staffNotFound();
  const visit = await getVisit(await getDb(), user, Number(id));
  if (!visit) staffNotFound();
  const query = await searchParams;
  const done = DONE.find((d) => d === query.done);
  const photoError = photoErrors.find((e) => e === query.photoError);
  const t = await getTranslations({ locale, namespace: "field.visits" });
  const tc = await getTranslations({ locale, namespace: "field.common" });
  const th = await getTranslations({ locale, namespace: "field.hazards" });
  const tf = await getTranslations({ locale, namespace: "field" });
  const format = await getFormatter({ locale });
  const place = [visit.placeLabel, visit.placeNote].filter(Boolean).join(" · ") || tc("noPlace");
  return (
    <main className="flex flex-col gap-4">
      {done === "stored" || done === "repeated" ? <ForgetDraft name={`field-draft:visit:${user.id}`} /> : null}
      {done ? <FormAlert tone="success" message={done === "photos" ? tc("photosAdded") : t(done)} /> : null}
      {photoError ? <FormAlert message={tf(`photos.errors.${photoError}`)} /> : null}
      <h1 className="text-2xl font-bold text-police-900">
        {t(`kinds.${visit.kind}`)} · {place}
      </h1>
      <section className="flex flex-col gap-2 rounded-2xl bg-white p-4 text-base shadow-sm">
        <p>
          <time dateTime={visit.startedAt.toISOString()}>{format.dateTime(visit.startedAt, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
          {tc("minutes", { n: visit.durationMinutes })} · {t(`outcomes.${visit.outcome}`)}
        </p>
        <p className="text-slate-700">
          {t("officer", { name: visit.officerName })} · {tc("community", { name: visit.communityName })}
        </p>
        {visit.peopleMet ? <p>{t("peopleMet")}: {visit.peopleMet}</p> : null}
        {visit.notes ? <p className="whitespace-pre-wrap break-words">{visit.notes}</p> : null}
        {visit.requestId ? (
          <p>
            {t("linkedRequest")}
            <Link href={`/dashboard/requests/${visit.requestId}`} className="font-mono text-police-700 underline">
              {visit.requestCode}
            </Link>
          </p>
        ) : null}
        {visit.careSubjectId ? (
          <p>
            {t("linkedCareSubject")}
            <Link href={`/dashboard/field/care/${visit.careSubjectId}`} className="text-police-700 underline">
              {visit.careSubjectName}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="visit-photos" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="visit-photos" className="text-lg font-bold">
          {tc("photos")}
        </h2>
        <FieldPhotos photos={visit.photos} alt={(n) => tc("photoAlt", { n })} />
        {recordsFieldWork(user) ? <FieldPhotoForm target={`visit:${visit.id}`} label={tc("addPhotos")} hint={tc("photoHint")} submit={tc("uploadPhotos")} /> : null}
      </section>
      <section aria-labelledby="visit-hazards" className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
        <h2 id="visit-hazards" className="text-lg font-bold">
          {t("foundHazards")}
        </h2>
        {visit.hazards.length > 0 ? (
          <ul className="flex flex-col gap-2">
            {visit.hazards.map((h) => (
              <li key={h.id}>
                <Link href={`/dashboard/field/hazards/${h.id}`} className="text-police-700 underline">
                  #{h.id} {h.description}
                </Link>{" "}
                · {th(`statuses.${h.status}`)}
              </li>
            ))}
          </ul>
        ) : null}
        {recordsFieldWork(user) ? (
          <Link
            href={`/dashboard/field/hazards/new?visit=${visit.id}${visit.placeId ? `&place=${visit.placeId}` : ""}`}
            className="inline-flex min-h-12 items-center self-start rounded-lg border border-police-700 px-4 font-semibold text-police-700"
          >
            {t("reportHazardHere")}
          </Link>
        ) : null}
      </section>
      <Link href="/dashboard/field/visits" className="text-base text-police-700 underline">
        {t("title")}
      </Link>
    </main>
  );
}

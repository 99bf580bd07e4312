import Link from "next/link";
import type { PublicProfile } from "@/db/queries/directory";

/** A tappable card leading to an officer's page (home and community pages). */
export function OfficerCard({ officer, communityName, linkLabel }: { officer: PublicProfile; communityName?: string; linkLabel: string }) {
  const body = (
    <>
      {officer.photoUrl ? (
        // Lazy: React would otherwise preload every card's photo in the page head, ahead of what the page needs first.
        // eslint-disable-next-line @next/next/no-img-element -- small fixed-size portrait; no optimizer needed
        <img src={officer.photoUrl} alt="" width={64} height={80} loading="lazy" decoding="async" className="h-20 w-16 shrink-0 rounded-md object-cover" />
      ) : null}
      <span className="flex flex-col">
        <span className="text-lg font-semibold text-slate-900">{officer.name}</span>
        <span className="text-sm text-slate-700">{officer.title}</span>
        {communityName ? <span className="text-sm text-slate-700">{communityName}</span> : null}
        {officer.slug && officer.role === "officer" ? <span className="mt-1 text-sm font-medium text-police-700">{linkLabel}</span> : null}
      </span>
    </>
  );
  const look = "flex items-center gap-4 rounded-xl border border-slate-200 bg-white p-3 shadow-sm";
  return officer.slug && officer.role === "officer" ? (
    <Link href={`/officers/${officer.slug}`} className={`${look} hover:border-police-600 focus-visible:outline-3 focus-visible:outline-police-600`}>
      {body}
    </Link>
  ) : (
    <div className={look}>{body}</div>
  );
}

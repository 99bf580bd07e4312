import { getTranslations } from "next-intl/server";
import type { PrintableBoard } from "@/db/queries/boards";
import { boardScanPath } from "@/lib/board-ids";
import type { Locale } from "@/lib/i18n/locales";
import { publicUrl, qrSvg } from "@/lib/qr";

export type BoardSize = "a4" | "a3";

export function boardSize(value: string | string[] | undefined): BoardSize {
  return value === "a3" ? "a3" : "a4";
}

// Drawn in "u" (1 mm on A4, scaled up for A3) and held to the printable height: one board, one sheet.
// The printable area is the paper less 10 mm margins: A4 190 × 277 mm, A3 277 × 400 mm. The service QR codes
// take the height the rest leaves (English names wrap to more lines), so the footer with 110 stays on the sheet.
const pageCss = (size: BoardSize) => `
@page { size: ${size === "a3" ? "A3" : "A4"} portrait; margin: 10mm; }
.cboard { --u: ${size === "a3" ? "1.45mm" : "1mm"}; width: calc(190 * var(--u)); height: calc(275 * var(--u));
  box-sizing: border-box; overflow: hidden; display: flex; flex-direction: column; gap: calc(4 * var(--u));
  padding: calc(6 * var(--u)); border: calc(0.8 * var(--u)) solid #1e3a8a; background: #fff; color: #0f172a;
  font-size: calc(4.2 * var(--u)); line-height: 1.45; }
.cboard-head { display: flex; justify-content: space-between; align-items: flex-end; gap: calc(4 * var(--u));
  border-bottom: calc(0.8 * var(--u)) solid #1e3a8a; padding-bottom: calc(3 * var(--u)); }
.cboard-title { font-size: calc(10 * var(--u)); font-weight: 800; color: #1e3a8a; letter-spacing: 0.1em; margin: 0; }
.cboard-org { font-size: calc(5 * var(--u)); font-weight: 600; text-align: right; }
.cboard-officer { display: grid; grid-template-columns: calc(34 * var(--u)) 1fr calc(46 * var(--u));
  gap: calc(5 * var(--u)); align-items: start; }
.cboard-photo { width: calc(34 * var(--u)); height: calc(42 * var(--u)); object-fit: cover; border-radius: calc(1.5 * var(--u)); }
.cboard-name { font-size: calc(9 * var(--u)); font-weight: 800; margin: 0; }
.cboard-facts { margin: 0; display: flex; flex-direction: column; gap: calc(1 * var(--u)); }
.cboard-phone { font-size: calc(6 * var(--u)); font-weight: 700; color: #1e3a8a; }
.cboard-qr svg { display: block; width: 100%; height: auto; }
.cboard-caption { text-align: center; font-weight: 700; font-size: calc(3.8 * var(--u)); margin: calc(1 * var(--u)) 0 0; }
.cboard-commitment { border-left: calc(1.2 * var(--u)) solid #1d4ed8; background: #eef4ff; padding: calc(3 * var(--u)) calc(4 * var(--u));
  margin: 0; font-size: calc(4.6 * var(--u)); }
.cboard-services { flex: 1 1 0; min-height: 0; display: flex; flex-direction: column; }
.cboard-services h3 { font-size: calc(5.5 * var(--u)); font-weight: 800; color: #1e3a8a; margin: 0 0 calc(2 * var(--u)); }
.cboard-services ul { flex: 1 1 0; min-height: 0; list-style: none; margin: 0; padding: 0; display: grid;
  grid-template-columns: repeat(var(--cols), minmax(0, 1fr)); grid-template-rows: repeat(var(--rows), minmax(0, 1fr));
  gap: calc(2.5 * var(--u)) calc(3 * var(--u)); }
.cboard-services li { min-height: 0; display: flex; flex-direction: column; font-size: calc(3.3 * var(--u)); line-height: 1.25;
  text-align: center; font-weight: 600; overflow-wrap: anywhere; }
.cboard-services .cboard-qr { flex: 1 1 0; min-height: 0; }
.cboard-services .cboard-qr svg { width: 100%; height: 100%; }
.cboard-foot { margin-top: auto; display: flex; justify-content: space-between; gap: calc(4 * var(--u)); font-size: calc(3.4 * var(--u));
  border-top: calc(0.4 * var(--u)) solid #94a3b8; padding-top: calc(2 * var(--u)); }
.cboard-emergency { font-weight: 800; color: #b91c1c; }
.cboard-sheet + .cboard-sheet { margin-top: 8mm; }
@media print {
  html, body { background: #fff !important; }
  div:has(> main .cboard) { max-width: none !important; margin: 0 !important; padding: 0 !important; }
  main:has(.cboard) { padding: 0 !important; margin: 0 !important; gap: 0 !important; }
  .cboard-sheet { break-after: page; break-inside: avoid; }
  .cboard-sheet:last-child { break-after: auto; }
  .cboard-sheet + .cboard-sheet { margin-top: 0; }
  .cboard { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}`;

/** The page rules for printing boards of one paper size; rendered once per page, before the boards. */
export function BoardPrintStyle({ size }: { size: BoardSize }) {
  return <style>{pageCss(size)}</style>;
}

/** 警民联系牌: the printed board, every QR code pointing at the scan counter with this board's id. */
export async function ContactBoard({ locale, board }: { locale: Locale; board: PrintableBoard }) {
  const t = await getTranslations({ locale, namespace: "boards" });
  const { officer } = board;
  const officerQr = await qrSvg(publicUrl(boardScanPath(board.id, "officer")));
  const serviceQrs = await Promise.all(
    board.services.map(async (service) => ({
      slug: service.slug,
      name: service.name[locale] ?? service.name["zh-CN"],
      svg: await qrSvg(publicUrl(boardScanPath(board.id, service.slug))),
    })),
  );
  const cols = serviceQrs.length <= 8 ? 4 : serviceQrs.length <= 18 ? 6 : 8;
  const rows = Math.ceil(serviceQrs.length / cols);
  return (
    <section className="cboard-sheet" aria-label={`${t("boardHeading")} ${board.id}`}>
      <div className="cboard">
        <header className="cboard-head">
          <p className="cboard-title">{t("boardHeading")}</p>
          <div className="cboard-org">
            <div>{board.station.name}</div>
            <div>{board.community.name}</div>
          </div>
        </header>
        <div className="cboard-officer">
          {officer.photoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- portrait from public/, printed at a fixed size
            <img className="cboard-photo" src={officer.photoUrl} alt={t("photoAlt", { name: officer.name })} />
          ) : (
            <span />
          )}
          <div className="cboard-facts">
            <h2 className="cboard-name">{officer.name}</h2>
            {officer.title ? <div>{officer.title}</div> : null}
            {officer.badgeNumber ? (
              <div>{t("badgeLine", { number: officer.badgeNumber })}</div>
            ) : null}
            {officer.workPhone ? (
              <div>
                {t.rich("workPhoneLine", { number: officer.workPhone, phone: (chunks) => <span className="cboard-phone">{chunks}</span> })}
              </div>
            ) : null}
          </div>
          <div>
            <div className="cboard-qr" role="img" aria-label={t("officerQrAlt", { name: officer.name })} dangerouslySetInnerHTML={{ __html: officerQr }} />
            <p className="cboard-caption">{t("officerQr")}</p>
          </div>
        </div>
        {officer.commitment ? (
          <blockquote className="cboard-commitment">
            {t.rich("commitmentLine", { text: officer.commitment, strong: (chunks) => <strong>{chunks}</strong> })}
          </blockquote>
        ) : null}
        {serviceQrs.length ? (
          <div className="cboard-services" style={{ "--cols": cols, "--rows": rows } as React.CSSProperties}>
            <h3 id={`services-${board.id}`}>{t("services")}</h3>
            <ul aria-labelledby={`services-${board.id}`}>
              {serviceQrs.map((service) => (
                <li key={service.slug}>
                  <div className="cboard-qr" role="img" aria-label={t("serviceQrAlt", { service: service.name })} dangerouslySetInnerHTML={{ __html: service.svg }} />
                  <span>{service.name}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <footer className="cboard-foot">
          <span className="cboard-emergency">{t("emergency")}</span>
          <span>
            {board.station.name} {board.station.phone}
          </span>
          <span>
            {t("boardId")} {board.id} · {board.location}
          </span>
        </footer>
      </div>
    </section>
  );
}

/**
 * The A4 print set-up of the committee's documents: each `.sheet` starts a new page, and on screen the sheets
 * look like paper. A style element rather than globals.css: only these pages print this way.
 */
export function PrintStyles() {
  return (
    <style>{`
      @page { size: A4; margin: 15mm 18mm; }
      .sheet { background: white; padding: 1.25rem; border-radius: 0.75rem; box-shadow: 0 1px 2px rgb(0 0 0 / 0.08); }
      @media print {
        .sheet { padding: 0; box-shadow: none; border-radius: 0; font-size: 10.5pt; line-height: 1.5; }
        .sheet + .sheet { break-before: page; }
        .sheet h2 { font-size: 11pt; }
        .sheet-part { break-inside: avoid; }
      }
    `}</style>
  );
}

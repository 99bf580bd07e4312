"use client";

/** Opens the browser's print dialogue (the document is laid out for A4 by its print styles). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print inline-flex min-h-12 items-center justify-center rounded-lg bg-police-700 px-5 text-base font-semibold text-white"
    >
      {label}
    </button>
  );
}

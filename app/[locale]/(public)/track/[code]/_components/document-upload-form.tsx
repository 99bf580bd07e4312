"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { checkDocument, DOCUMENT_TYPES } from "@/lib/applications/form-schema";
import { ResidentProofFields } from "./resident-proof-fields";

/**
 * Sends one photographed document for one field of an application: a plain multipart post to the tracking
 * page's upload route (works without JavaScript). With JavaScript the file is checked here first, by the
 * same rule the server applies before it looks at the bytes.
 */
export function DocumentUploadForm({ code, secret, field, label, replace }: { code: string; secret?: string; field: string; label: string; replace: boolean }) {
  const t = useTranslations("applications");
  const tRoot = useTranslations();
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const inputId = `document-${field}`;

  function check(event: React.FormEvent<HTMLFormElement>) {
    const input = event.currentTarget.elements.namedItem("document") as HTMLInputElement | null;
    const result = checkDocument(input?.files?.[0] ?? null);
    if ("error" in result) {
      event.preventDefault();
      setError(tRoot(result.error as "validation.documentRequired"));
      input?.focus();
      return;
    }
    setError(null);
    setSending(true);
  }

  return (
    <form method="post" action={`/api/track/${code}/photos`} encType="multipart/form-data" onSubmit={check} noValidate className="flex flex-col gap-2">
      <ResidentProofFields code={code} secret={secret} />
      <input type="hidden" name="field" value={field} />
      <label htmlFor={inputId} className="text-base font-medium">
        {replace ? t("replaceDocument", { document: label }) : t("chooseDocument", { document: label })}
      </label>
      <input
        id={inputId}
        type="file"
        name="document"
        accept={DOCUMENT_TYPES.join(",")}
        capture="environment"
        required
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${inputId}-error` : undefined}
        className="text-base file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2"
      />
      {error ? (
        <p id={`${inputId}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={sending} className="self-start rounded-lg bg-police-700 px-4 py-2 text-base font-semibold text-white disabled:opacity-60">
        {sending ? t("uploading") : t("upload")}
      </button>
    </form>
  );
}

import { expect, type APIRequestContext, type Page } from "@playwright/test";

export type Part = [name: string, value: string | Buffer];

/**
 * The fields a form really sends without JavaScript (Next's hidden action fields included), read from the
 * page, so tests can post the same form as a browser would, or a crafted variant of it.
 */
export async function formParts(page: Page, submitLabel: string): Promise<Part[]> {
  const form = page.locator("form", { has: page.getByRole("button", { name: submitLabel }) });
  await expect(form).toHaveCount(1);
  return form.locator("input[name], select[name], textarea[name]").evaluateAll((elements) =>
    elements
      .filter((el) => !(el instanceof HTMLInputElement && el.type === "checkbox" && !el.checked))
      .map((el) => [(el as HTMLInputElement).name, (el as HTMLInputElement).value] as [string, string]),
  );
}

/** Replaces (or adds) fields; a null value removes the field. */
export function withFields(parts: Part[], changes: Record<string, string | Buffer | null>): Part[] {
  const kept = parts.filter(([name]) => !(name in changes));
  return [...kept, ...Object.entries(changes).filter((e): e is [string, string | Buffer] => e[1] !== null)];
}

/** Posts multipart/form-data byte for byte (so a value can be broken UTF-8), without following redirects. */
export function postForm(request: APIRequestContext, url: string, origin: string, parts: Part[], asFile: string[] = []) {
  const boundary = `----crafted${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of parts) {
    const file = asFile.includes(name) ? `; filename="${name}.txt"\r\nContent-Type: text/plain` : "";
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"${file}\r\n\r\n`));
    chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(value));
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return request.post(url, {
    headers: { "Content-Type": `multipart/form-data; boundary=${boundary}`, Origin: origin },
    data: Buffer.concat(chunks),
    maxRedirects: 0,
  });
}

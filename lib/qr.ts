import QRCode from "qrcode";
import { env } from "./env";

/** The absolute address a printed QR code points at (PUBLIC_BASE_URL + path). */
export function publicUrl(path: string): string {
  return `${env.PUBLIC_BASE_URL}${path}`;
}

export function officerPagePath(slug: string): string {
  return `/officers/${encodeURIComponent(slug)}`;
}

// "M" error correction survives a scuffed or partly dirty board outdoors; the margin is the quiet zone.
const options = { errorCorrectionLevel: "M", margin: 2 } as const;

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...options, type: "svg" });
}

export function qrPng(url: string, width = 1024): Promise<Buffer> {
  return QRCode.toBuffer(url, { ...options, type: "png", width });
}

import { getDb } from "@/db";
import { officerExists } from "@/db/queries/directory";
import { officerPagePath, publicUrl, qrPng, qrSvg } from "@/lib/qr";

/** The officer page's QR code as SVG (default) or PNG (?format=png), as a download for printing. */
export async function GET(request: Request, { params }: RouteContext<"/api/officers/[slug]/qr">) {
  const { slug } = await params;
  const format = new URL(request.url).searchParams.get("format") === "png" ? "png" : "svg";
  if (!/^[a-z0-9-]{1,64}$/.test(slug) || !(await officerExists(await getDb(), slug))) {
    return new Response("Not found", { status: 404 });
  }
  const url = publicUrl(officerPagePath(slug));
  const headers = {
    "Content-Disposition": `attachment; filename="officer-${slug}-qr.${format}"`,
    "Cache-Control": "public, max-age=300",
  };
  if (format === "png") {
    const png = await qrPng(url);
    return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
  }
  return new Response(await qrSvg(url), { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
}

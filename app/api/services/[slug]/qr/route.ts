import { getDb } from "@/db";
import { serviceExists } from "@/db/queries/services";
import { publicUrl, qrPng, qrSvg } from "@/lib/qr";
import { servicePagePath } from "@/lib/services";

/** A service guide's QR code as SVG (default) or PNG (?format=png), as a download for printing. */
export async function GET(request: Request, { params }: RouteContext<"/api/services/[slug]/qr">) {
  const { slug } = await params;
  const format = new URL(request.url).searchParams.get("format") === "png" ? "png" : "svg";
  if (!(await serviceExists(await getDb(), slug))) {
    return new Response("Not found", { status: 404 });
  }
  const url = publicUrl(servicePagePath(slug));
  const headers = {
    "Content-Disposition": `attachment; filename="service-${slug}-qr.${format}"`,
    "Cache-Control": "public, max-age=300",
  };
  if (format === "png") {
    const png = await qrPng(url);
    return new Response(new Uint8Array(png), { headers: { ...headers, "Content-Type": "image/png" } });
  }
  return new Response(await qrSvg(url), { headers: { ...headers, "Content-Type": "image/svg+xml; charset=utf-8" } });
}

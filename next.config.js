import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Pages live under a hidden app/[locale]/ segment. URLs carry no locale: the NEXT_LOCALE cookie picks the
// segment here, so each language is its own cached page and pages never read the cookie themselves.
// Excluded: route handlers, Next's own files, and anything with a dot (files in public/).
const localized = "/:path((?!api/|_next/|zh-CN(?:/|$)|en(?:/|$))[^.]*)";

// One policy for every page, without a per-request nonce: a nonce would make each public page unique and
// uncacheable. Next's inline scripts (the page's data) need 'unsafe-inline'; what the policy does keep out:
// plugins, a <base> pointing elsewhere, framing by other sites, forms posting elsewhere, any other origin.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

// HSTS only where the portal is served over https: the headers are fixed at `next build`, so build with the
// PUBLIC_BASE_URL you run with (behind nginx with TLS, nginx adds it too: deploy/nginx/portal.conf).
const servedOverHttps = (process.env.PUBLIC_BASE_URL ?? "").startsWith("https://");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Several instances behind one proxy must be one deployment: the same build, and this id (set at build, e.g.
  // to the release) so a browser holding a page of an older release reloads instead of calling missing actions.
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "sharp", "pg-boss"],
  // Keeps made-up addresses' 404s out of the page cache (see the file).
  cacheHandler: fileURLToPath(new URL("./page-cache-handler.mjs", import.meta.url)),
  async rewrites() {
    return {
      beforeFiles: [
        { source: localized, has: [{ type: "cookie", key: "NEXT_LOCALE", value: "en" }], destination: "/en/:path" },
        { source: localized, destination: "/zh-CN/:path" },
      ],
    };
  },
  async headers() {
    const common = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
      { key: "Content-Security-Policy", value: contentSecurityPolicy },
      ...(servedOverHttps ? [{ key: "Strict-Transport-Security", value: "max-age=31536000" }] : []),
    ];
    // A resident's tracking page and the staff pages are never stored by a proxy or CDN in front, whatever
    // Next decides for a page (the look-up page /track, for one, has no data of its own and would be cacheable).
    const personal = [{ key: "Cache-Control", value: "private, no-store" }];
    return [
      { source: "/:path*", headers: common },
      { source: "/track", headers: personal },
      { source: "/track/:path*", headers: personal },
      { source: "/dashboard", headers: personal },
      { source: "/dashboard/:path*", headers: personal },
      { source: "/login", headers: personal },
      // The tracking link carries the resident's secret: no Referer to other sites. (Not "no-referrer": it
      // makes browsers send `Origin: null` on form posts, which Next rightly refuses as cross-site.)
      { source: "/track/:path*", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
    ];
  },
};

export default withNextIntl(nextConfig);

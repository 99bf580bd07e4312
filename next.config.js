import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Pages live under a hidden app/[locale]/ segment. URLs carry no locale: the NEXT_LOCALE cookie picks the
// segment here, so each language is its own cached page and pages never read the cookie themselves.
// Excluded: route handlers, Next's own files, and anything with a dot (files in public/).
const localized = "/:path((?!api/|_next/|zh-CN(?:/|$)|en(?:/|$))[^.]*)";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
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
    ];
    return [
      { source: "/:path*", headers: common },
      // The tracking link carries the resident's secret: no Referer to other sites. (Not "no-referrer": it
      // makes browsers send `Origin: null` on form posts, which Next rightly refuses as cross-site.)
      { source: "/track/:path*", headers: [{ key: "Referrer-Policy", value: "same-origin" }] },
    ];
  },
};

export default withNextIntl(nextConfig);

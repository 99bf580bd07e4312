/**
 * Draws a placeholder portrait for every demo officer and auxiliary officer: public/demo-photos/<slug>.webp,
 * 480×600. A stylised figure in uniform (light-blue shirt, dark peaked cap with badge) on a soft background
 * whose colour comes from the slug, so the portraits are told apart. No text, no likeness of anyone.
 *
 *   npx tsx scripts/generate-demo-photos.ts
 */
import { createHash } from "node:crypto";
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";

// Kept in step with the slugs in db/seed.ts (not imported: the seed pulls in the password hasher).
const SLUGS = [
  "he-wenchuan",
  "tu-zhiheng",
  "ning-shuyuan",
  "li-jiaming",
  "zhong-liqun",
  "min-xiaolan",
  "tan-yongkang",
  "pu-haiyan",
  "wu-chunsheng",
];
// Drawn with hair down to the jaw instead of a short cut.
const LONGER_HAIR = new Set(["min-xiaolan", "pu-haiyan"]);

const WIDTH = 480;
const HEIGHT = 600;
const SKIN = ["#f1cfae", "#e8c09b", "#dcae86", "#f4d6ba"];
const HAIR = ["#1d1a18", "#2a211c", "#16161a"];

// Soft background hues, one per person: the slug's hash picks a start, taken hues are skipped.
const HUES = [0, 28, 48, 85, 140, 168, 190, 210, 232, 258, 285, 320];
const usedHues = new Set<number>();

function hueFor(hash: Buffer): number {
  let i = hash[0]! % HUES.length;
  while (usedHues.has(HUES[i]!) && usedHues.size < HUES.length) i = (i + 1) % HUES.length;
  usedHues.add(HUES[i]!);
  return HUES[i]!;
}

function portrait(slug: string): string {
  const h = createHash("sha256").update(slug).digest();
  const hue = hueFor(h);
  const skin = SKIN[h[1]! % SKIN.length]!;
  const hair = HAIR[h[2]! % HAIR.length]!;
  const smile = 4 + (h[3]! % 5); // how far the mouth curves
  const long = LONGER_HAIR.has(slug);

  const bgTop = `hsl(${hue}, 55%, 90%)`;
  const bgBottom = `hsl(${(hue + 15) % 360}, 42%, 80%)`;
  const halo = `hsl(${hue}, 60%, 95%)`;
  const shirt = "#a8c8ec";
  const shirtShade = "#8fb3dc";
  const navy = "#1c2a47";
  const navyLight = "#2b3d63";
  const gold = "#d9b24c";

  const hairSides = long
    ? `<path d="M156 232 C150 300 156 352 178 382 L196 376 C178 330 176 280 184 240 Z" fill="${hair}"/>
       <path d="M324 232 C330 300 324 352 302 382 L284 376 C302 330 304 280 296 240 Z" fill="${hair}"/>`
    : `<path d="M158 236 C154 262 156 284 162 300 L176 296 C174 276 176 256 184 240 Z" fill="${hair}"/>
       <path d="M322 236 C326 262 324 284 318 300 L304 296 C306 276 304 256 296 240 Z" fill="${hair}"/>`;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${bgTop}"/>
      <stop offset="1" stop-color="${bgBottom}"/>
    </linearGradient>
    <radialGradient id="halo" cx="0.5" cy="0.42" r="0.5">
      <stop offset="0" stop-color="${halo}" stop-opacity="0.9"/>
      <stop offset="1" stop-color="${halo}" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="shirt" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="${shirtShade}"/>
      <stop offset="0.35" stop-color="${shirt}"/>
      <stop offset="0.65" stop-color="${shirt}"/>
      <stop offset="1" stop-color="${shirtShade}"/>
    </linearGradient>
  </defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#bg)"/>
  <ellipse cx="240" cy="270" rx="230" ry="260" fill="url(#halo)"/>

  <!-- shoulders and shirt -->
  <path d="M30 600 C34 510 96 468 180 448 L300 448 C384 468 446 510 450 600 Z" fill="url(#shirt)"/>
  <!-- epaulettes -->
  <path d="M92 478 L168 454 L174 474 L100 500 Z" fill="${navy}"/>
  <path d="M388 478 L312 454 L306 474 L380 500 Z" fill="${navy}"/>
  <!-- chest pockets -->
  <rect x="118" y="520" width="78" height="10" rx="3" fill="${shirtShade}"/>
  <rect x="284" y="520" width="78" height="10" rx="3" fill="${shirtShade}"/>
  <line x1="157" y1="530" x2="157" y2="600" stroke="${shirtShade}" stroke-width="3"/>
  <line x1="323" y1="530" x2="323" y2="600" stroke="${shirtShade}" stroke-width="3"/>
  <!-- chest badge (shield, no text) -->
  <path d="M312 478 L344 478 L344 500 C344 512 336 520 328 524 C320 520 312 512 312 500 Z" fill="${navyLight}" stroke="${gold}" stroke-width="3"/>
  <circle cx="328" cy="498" r="7" fill="${gold}"/>

  <!-- neck -->
  <path d="M204 360 L276 360 L280 452 L200 452 Z" fill="${skin}"/>
  <path d="M204 380 C224 396 256 396 276 380 L276 400 C256 412 224 412 204 400 Z" fill="#000" opacity="0.08"/>
  <!-- collar and tie -->
  <path d="M198 430 L240 470 L212 500 L182 450 Z" fill="#c4dbf4"/>
  <path d="M282 430 L240 470 L268 500 L298 450 Z" fill="#c4dbf4"/>
  <path d="M228 462 L252 462 L248 486 L232 486 Z" fill="${navy}"/>
  <path d="M232 486 L248 486 L262 600 L218 600 Z" fill="${navy}"/>
  <rect x="220" y="540" width="40" height="6" fill="${gold}"/>

  <!-- head -->
  <ellipse cx="160" cy="296" rx="14" ry="24" fill="${skin}"/>
  <ellipse cx="320" cy="296" rx="14" ry="24" fill="${skin}"/>
  <ellipse cx="240" cy="284" rx="82" ry="102" fill="${skin}"/>
  ${hairSides}
  <!-- face -->
  <path d="M198 272 Q212 264 226 272" stroke="${hair}" stroke-width="5" fill="none" stroke-linecap="round"/>
  <path d="M254 272 Q268 264 282 272" stroke="${hair}" stroke-width="5" fill="none" stroke-linecap="round"/>
  <ellipse cx="212" cy="292" rx="7" ry="8" fill="#2a2522"/>
  <ellipse cx="268" cy="292" rx="7" ry="8" fill="#2a2522"/>
  <path d="M240 300 Q234 324 242 330" stroke="#000" stroke-opacity="0.18" stroke-width="4" fill="none" stroke-linecap="round"/>
  <path d="M220 346 Q240 ${346 + smile} 260 346" stroke="#8a4b3a" stroke-width="5" fill="none" stroke-linecap="round"/>
  <ellipse cx="196" cy="326" rx="14" ry="8" fill="#e58f7a" opacity="0.18"/>
  <ellipse cx="284" cy="326" rx="14" ry="8" fill="#e58f7a" opacity="0.18"/>

  <!-- peaked cap -->
  <ellipse cx="240" cy="178" rx="124" ry="44" fill="${navyLight}"/>
  <path d="M146 182 L334 182 L328 238 L152 238 Z" fill="${navy}"/>
  <path d="M152 226 L328 226" stroke="${gold}" stroke-width="4"/>
  <path d="M148 234 L332 234 L320 254 Q240 286 160 254 Z" fill="#0e1322"/>
  <path d="M160 252 Q240 282 320 252" stroke="#ffffff" stroke-opacity="0.12" stroke-width="3" fill="none"/>
  <!-- cap badge: a gold disc with a star -->
  <circle cx="240" cy="196" r="22" fill="${gold}"/>
  <circle cx="240" cy="196" r="15" fill="#b8262c"/>
  <polygon points="240,184 243.5,192.2 252.4,192.9 245.6,198.6 247.8,207.3 240,202.6 232.2,207.3 234.4,198.6 227.6,192.9 236.5,192.2" fill="${gold}"/>
</svg>`;
}

async function main(): Promise<void> {
  const dir = path.join(process.cwd(), "public", "demo-photos");
  mkdirSync(dir, { recursive: true });
  for (const slug of SLUGS) {
    const file = path.join(dir, `${slug}.webp`);
    await sharp(Buffer.from(portrait(slug)))
      .resize(WIDTH, HEIGHT)
      .webp({ quality: 82, effort: 6 })
      .toFile(file);
    console.log(`${path.relative(process.cwd(), file)}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

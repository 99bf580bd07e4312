/**
 * `npm run serve:cluster -- --instances N [--port 8080] [--first-port 3001]`: N instances of the production
 * build (`npm run build` first) on the PostgreSQL in DATABASE_URL, behind nginx with the portal's
 * configuration (deploy/nginx/portal.conf) rendered into a runtime folder under the system's temp folder.
 * Ctrl-C stops nginx and every instance and removes the folder. Each instance's log lines are prefixed [n].
 * AUTH_SECRET must be set (the same for every instance); instances trust the client address nginx sends.
 */
import { existsSync } from "node:fs";
import { startCluster } from "./cluster/cluster";

function option(name: string, fallback?: number): number | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number, got "${process.argv[index + 1]}"`);
  return value;
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build here: run npm run build first");
  const instances = option("instances", 2)!;
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const cluster = await startCluster({
    instances,
    env,
    nginxPort: option("port", 8080),
    firstInstancePort: option("first-port"),
    onOutput: (n, chunk) => {
      for (const line of chunk.split("\n")) if (line.trim()) process.stdout.write(`[${n}] ${line}\n`);
    },
  });
  console.log(`\nserve:cluster: ${instances} instance(s) (${cluster.instances.map((i) => i.url).join(", ")}) behind nginx at ${cluster.url}`);
  console.log(`serve:cluster: nginx's files (configuration, access log) are in ${cluster.nginx.dir}; Ctrl-C stops everything\n`);

  let stopping = false;
  const stop = (why: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping nginx and the instances…`);
    void cluster.stop().then(() => process.exit(exitCode));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGHUP", () => stop("SIGHUP"));
  // An instance or nginx that dies takes the cluster down with it, loudly.
  for (const [name, child] of [["nginx", cluster.nginx.child], ...cluster.instances.map((i, n) => [`instance ${n + 1}`, i.child] as const)] as const) {
    child.once("exit", (code, signal) => {
      if (stopping) return;
      console.error(`serve:cluster: ${name} stopped (${signal ?? code})${name === "nginx" ? `:\n${cluster.nginx.errors()}` : ""}`);
      stop(`${name} stopped`, 1);
    });
  }
}

main().catch((error: unknown) => {
  console.error(`serve:cluster failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

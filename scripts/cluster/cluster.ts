import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort, startInstance, stopInstance, type Instance } from "./instance";
import { startNginx, stopNginx, type Nginx } from "./nginx";

/*
 * N instances of the production build on one PostgreSQL, behind nginx — as `npm run serve:cluster` runs them,
 * and as the production tests and the bench do. Instances listen on 127.0.0.1 only, so nothing reaches them
 * but nginx, and believe the client address nginx appends (TRUST_PROXY=true). They share the build (.next),
 * hence the server-action key and the deployment id; AUTH_SECRET must be given and is the same for all.
 */

export interface Cluster {
  /** nginx's address: what a resident's browser would use. */
  url: string;
  instances: Instance[];
  nginx: Nginx;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  instances: number;
  /** DATABASE_URL, AUTH_SECRET and whatever else the instances need. */
  env: Record<string, string>;
  nginxPort?: number;
  /** Ports for the instances (consecutive from this one); free ones if not given. */
  firstInstancePort?: number;
  extraHttp?: string;
  onOutput?: (instance: number, chunk: string) => void;
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  if (options.instances > 1 && !options.env.DATABASE_URL) {
    throw new Error("several instances need PostgreSQL (DATABASE_URL): the embedded database belongs to one process");
  }
  const dir = mkdtempSync(path.join(tmpdir(), "portal-cluster-"));
  const instances: Instance[] = [];
  let nginx: Nginx | undefined;
  const stop = async () => {
    if (nginx) await stopNginx(nginx);
    await Promise.all(instances.map((instance) => stopInstance(instance)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const env = { TRUST_PROXY: "true", ...options.env };
    // One after the other: the first applies any pending migration, the others find none.
    for (let i = 0; i < options.instances; i++) {
      const port = options.firstInstancePort ? options.firstInstancePort + i : await freePort();
      instances.push(await startInstance(env, { port, onOutput: options.onOutput && ((chunk) => options.onOutput!(i + 1, chunk)) }));
    }
    nginx = await startNginx({
      dir,
      port: options.nginxPort ?? (await freePort()),
      upstreams: instances.map((instance) => `127.0.0.1:${instance.port}`),
      extraHttp: options.extraHttp,
    });
    return { url: nginx.url, instances, nginx, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

import { connect, createServer, type AddressInfo, type Server, type Socket } from "node:net";

/**
 * A browser on another machine, as the portal sees it: a local port whose connections reach the portal from
 * `address` (any of 127.0.0.0/8 is this host's). The portal keys its per-client limits on the connection's
 * address, not on a header, so a test that locks a client out must come from an address of its own, or the
 * rest of the suite (on 127.0.0.1) would be locked out with it.
 */
export async function fromAddress(address: string, portalUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const portal = new URL(portalUrl);
  const sockets = new Set<Socket>();
  const server: Server = createServer((incoming) => {
    const outgoing = connect({ host: portal.hostname, port: Number(portal.port), localAddress: address });
    for (const socket of [incoming, outgoing]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        incoming.destroy();
        outgoing.destroy();
      });
    }
    incoming.pipe(outgoing).pipe(incoming);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

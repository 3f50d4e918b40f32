import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';

/** Starts listening and resolves once bound, with the address to reach it (port 0 picks a free one). */
export async function listen(
  handler: RequestListener & { listen(port: number, host: string, ready: () => void): Server },
  port: number,
  host: string,
): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const listening = handler.listen(port, host, () => resolve(listening));
  });
  return { server, url: `http://${host}:${(server.address() as AddressInfo).port}` };
}

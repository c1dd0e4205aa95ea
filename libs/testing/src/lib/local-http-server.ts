import http from 'node:http';
import { AddressInfo } from 'node:net';

/** A real HTTP server on 127.0.0.1 and a free port, for tests of code that fetches or delivers over HTTP. */
export interface LocalHttpServer {
  server: http.Server;
  port: number;
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  url: string;
  /** Drops open connections (a handler that never answers included), then stops listening. */
  close(): Promise<void>;
}

export async function startLocalHttpServer(handler: http.RequestListener): Promise<LocalHttpServer> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

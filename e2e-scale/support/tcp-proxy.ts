import net from "node:net";

/**
 * A TCP proxy in front of Redis that can be closed (an outage: connections refused and cut) or stalled (a hung
 * server: requests held, no answers) on demand, so fault tests never stop the real Redis that others use.
 */
export class TcpProxy {
  private server?: net.Server;
  private sockets = new Set<net.Socket>();
  private stalled = false;
  private held: Array<() => void> = [];

  private constructor(
    private target: { host: string; port: number },
    private port: number,
  ) {}

  /** Listens on `port` (0: any free port) and forwards to the Redis of `redisUrl`. */
  static async start(redisUrl: string, port = 0): Promise<TcpProxy> {
    const proxy = TcpProxy.closed(redisUrl, port);
    await proxy.listen();
    return proxy;
  }

  /** A proxy not yet listening: its port refuses connections until listen(). */
  static closed(redisUrl: string, port: number): TcpProxy {
    const u = new URL(redisUrl);
    return new TcpProxy({ host: u.hostname, port: Number(u.port || 6379) }, port);
  }

  get url() {
    return `redis://127.0.0.1:${this.port}`;
  }

  listen(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.on("close", () => upstream.destroy());
      upstream.on("close", () => client.destroy());
      client.on("data", (d) => (this.stalled ? this.held.push(() => upstream.write(d)) : upstream.write(d)));
      upstream.on("data", (d) => client.write(d));
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => {
        this.port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  }

  stall(on: boolean) {
    this.stalled = on;
    if (!on) for (const send of this.held.splice(0)) send();
  }

  /** Stops listening and cuts every connection through it. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of this.sockets) s.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

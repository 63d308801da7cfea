import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** The connections of a capped server. */
export interface CappedConnections {
  /**
   * How many are open: with a request in flight (`busy`), and without (`idle`: no whole request
   * head yet, or between keep-alive requests).
   */
  count(): { readonly busy: number; readonly idle: number };
  /**
   * Closes every connection without a request in flight, for a server that is closing. Node's own
   * `closeIdleConnections` leaves out those that never sent a request, which then held `close()` up.
   */
  closeIdle(): void;
}

/**
 * Caps a server's open connections at `max`, so connections that send nothing cannot use up the
 * process's file descriptors (measured before: 1,000 silent sockets under a 1,000-file limit, or
 * 1,100 under 1,024, made every request fail while they were open).
 *
 * Policy: when a new connection would exceed `max`, the connection idle the longest is closed: one
 * without a request in flight (it has not yet sent a whole request head, or waits between keep-alive
 * requests). Only when every connection has a request in flight is the new one closed instead. So
 * silent and slow-header connections cannot lock real requests out, and a request being answered is
 * never cut. A keep-alive client whose idle connection was closed connects again. The server's own
 * timeouts (see `createLedgerServer`) end idle connections anyway; the cap bounds them meanwhile.
 *
 * @param server - The server, before it listens.
 * @param max - Most open connections.
 * @returns The connections' counts, and a way to close the idle ones.
 * @example
 * const connections = capConnections(server, 512);
 */
export function capConnections(server: Server, max: number): CappedConnections {
  /** Connections without a request in flight, the longest idle first. */
  const idle = new Set<Socket>();
  /** Requests in flight per connection (more than one when a client pipelines). */
  const inFlight = new Map<Socket, number>();

  server.on('connection', (socket: Socket) => {
    idle.add(socket);
    socket.once('close', () => {
      idle.delete(socket);
      inFlight.delete(socket);
    });
    if (idle.size + inFlight.size <= max) return;
    // The first idle one is the longest idle; it is `socket` itself only when all others are busy.
    const victim = idle.values().next().value as Socket;
    idle.delete(victim);
    victim.destroy();
  });

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const socket = req.socket;
    idle.delete(socket);
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    res.once('close', () => {
      const left = (inFlight.get(socket) ?? 1) - 1;
      if (left > 0) inFlight.set(socket, left);
      else {
        inFlight.delete(socket);
        if (!socket.destroyed) idle.add(socket);
      }
    });
  });

  return {
    count: () => ({ busy: inFlight.size, idle: idle.size }),
    closeIdle: () => {
      for (const socket of idle) socket.destroy();
    },
  };
}

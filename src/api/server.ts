/** Binds the Yoga app (or the app with the explorer page, see static.ts) to a port. */
import { createServer, type RequestListener, type Server } from 'node:http';

/** On every interface unless `host` is given ("127.0.0.1": this machine only). */
export function listen(handler: RequestListener, port: number, host?: string): Promise<Server> {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use; set PORT to a free port.`)
          : error,
      ),
    );
    server.listen(port, host, () => resolve(server));
  });
}

export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

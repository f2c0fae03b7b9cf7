/** Starts the production server (scripts/serve.ts) in a child process for a benchmark, ready once it serves. */

import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * Serves a build on 127.0.0.1 and resolves once the server says it is serving; the caller kills it.
 * @param port the port to serve on
 * @param dir the build to serve (`SERVE_DIR`); by default the server's own, dist/
 */
export async function startServer(port: number, dir?: string): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'scripts', 'serve.ts')],
    {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), ...(dir === undefined ? {} : { SERVE_DIR: dir }) },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}`)));
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Serving')) resolve();
    });
  });
  return server;
}

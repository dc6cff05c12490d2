// Starts the deadline sweeper and the email sender with the web server (Node.js runtime only).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServerWorker } = await import('./lib/server/server-worker');
  await startServerWorker();
}

// The Graph sandbox of bench:sweep, in a process of its own (forked by sweep-setup.ts), so that the
// bench measures the gateway: the fake Graph's CPU time, its garbage collection (it keeps every
// user, token and call in memory) and its answers no longer run on the gateway's event loop.
// The parent drives the sandbox's world over the IPC channel, one request and one answer at a time.
import { startSandbox } from '../src/sandbox/sandbox.ts';
import type { FaultSettings, ThrottleSettings } from '../src/sandbox/types.ts';

export type SandboxRequest =
  | { op: 'mint'; count: number; scopes: string[] }
  | { op: 'faults'; patch: Partial<FaultSettings> }
  | { op: 'throttle'; patch: Partial<ThrottleSettings> }
  | { op: 'counters' }
  | { op: 'close' };

export interface MintedToken {
  userId: string;
  accessToken: string;
  type: string;
  expiresAt: number;
  dataAccessExpiresAt: number;
}

const sandbox = await startSandbox({ seed: 'empty' });
process.send!({ url: sandbox.url, app: { ...sandbox.world.app } });

process.on('message', async (request: SandboxRequest) => {
  const { world } = sandbox;
  switch (request.op) {
    case 'mint': {
      const minted: MintedToken[] = Array.from({ length: request.count }, (_, i) => {
        const userId = world.createUser({ name: `Bench user ${i}` }).id;
        const { accessToken, type, expiresAt, dataAccessExpiresAt } = world.createToken({ type: 'USER', userId, scopes: request.scopes });
        return { userId, accessToken, type, expiresAt, dataAccessExpiresAt };
      });
      return process.send!(minted);
    }
    case 'faults':
      return process.send!(world.setFaults(request.patch));
    case 'throttle':
      return process.send!(world.setThrottle(request.patch));
    case 'counters':
      return process.send!({ ...world.counters(), cpu: process.cpuUsage() });
    case 'close':
      await sandbox.close();
      // The IPC channel is all that keeps this process alive now.
      process.disconnect();
  }
});

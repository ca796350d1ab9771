// PLACEHOLDER: the real implementation replaces this file (issue #2, Graph sandbox).
import type { SandboxHandle, SandboxOptions } from './types.ts';

export async function startSandbox(_options: SandboxOptions = {}): Promise<SandboxHandle> {
  throw new Error('sandbox not implemented yet');
}

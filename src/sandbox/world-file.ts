// The sandbox world kept in a file, so that a restarted sandbox-mode gateway still knows the tokens it
// minted, the grants people gave and the tokens broken on purpose. Written whole, to a temporary file
// renamed over the old one, so a crash leaves either the previous world or the new one.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { WorldState } from './world.ts';

/** Bumped when the shape of WorldState changes; a file of another version is ignored (a fresh world). */
const FORMAT = 1;

export function readWorldFile(file: string): WorldState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let saved: { format?: unknown; world?: WorldState };
  try {
    saved = JSON.parse(text) as typeof saved;
  } catch (error) {
    throw new Error(`${file} is not a sandbox world file (delete it to start from the seed): ${(error as Error).message}`, {
      cause: error,
    });
  }
  return saved.format === FORMAT ? saved.world : undefined;
}

/** `save()` writes the world when it changed since the last write. */
export function createWorldWriter(file: string, snapshot: () => WorldState) {
  let written = '';
  return {
    save(): void {
      const text = JSON.stringify({ format: FORMAT, world: snapshot() });
      if (text === written) return;
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, text, { mode: 0o600 });
      renameSync(temporary, file);
      written = text;
    },
  };
}

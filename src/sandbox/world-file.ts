// The sandbox world kept in a file, so that a restarted sandbox-mode gateway still knows the tokens it
// minted, the grants people gave and the tokens broken on purpose. Written whole, to a temporary file
// renamed over the old one, so a crash leaves either the previous world or the new one.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import type { WorldState } from './world.ts';

/** Bumped when the shape of WorldState changes; a file of another version is ignored (a fresh world). */
const FORMAT = 1;

const part = z.record(z.string(), z.unknown());
const envelope = z.object({ format: z.unknown(), world: z.unknown() });
/** The world's outline; each part's own importState reads the inside (a bad inside stops the start too). */
const world = z.object({ app: part, directory: part, integrations: part, pixels: part, appReview: part, registry: part });

/** The start stops with one sentence that names the file and the way out. */
export function unreadableWorldFile(file: string, why: string, cause?: unknown): Error {
  return new Error(`${file} is not a sandbox world file (delete it to start from the seed): ${why}`, { cause });
}

export function readWorldFile(file: string): WorldState | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw unreadableWorldFile(file, (error as Error).message, error);
  }
  const saved = envelope.safeParse(json);
  if (!saved.success) throw unreadableWorldFile(file, 'it is no JSON object');
  if (saved.data.format !== FORMAT) return undefined;
  const state = world.safeParse(saved.data.world);
  if (!state.success) throw unreadableWorldFile(file, z.prettifyError(state.error).replaceAll('\n', ' '));
  return state.data as unknown as WorldState;
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

import type { ServerResponse } from 'node:http';
import { sendHtml } from './http-util.ts';
import type { World } from './world.ts';

export function handleDialog(_world: World, _request: { method: string; params: Record<string, string>; url: URL }, res: ServerResponse): void {
  sendHtml(res, 404, 'not implemented yet');
}

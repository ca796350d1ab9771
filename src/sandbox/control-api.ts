import type { ServerResponse } from 'node:http';
import { sendJson } from './http-util.ts';
import type { World } from './world.ts';

export interface ControlRequest {
  method: string;
  segments: string[];
  query: Record<string, string>;
  body: string;
}

export function handleControl(_world: World, _request: ControlRequest, res: ServerResponse): void {
  sendJson(res, 404, { error: { message: 'not implemented yet' } });
}

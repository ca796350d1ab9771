import type { World } from './world.ts';

export function seedDemo(_world: World): void {}

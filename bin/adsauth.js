#!/usr/bin/env node
// Loads the TypeScript CLI through tsx's loader, so `npx adsauth …` needs no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');

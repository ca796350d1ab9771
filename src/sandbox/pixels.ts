// Pixels (datasets) and the ad accounts they are connected to (docs/graph-api.md "Pixels for website
// custom audiences"): what act_{id}/adspixels lists, with each pixel's last firing.
import { SandboxError } from './directory.ts';
import type { SandboxPixel } from './types.ts';

const PIXEL_ID_BASE = 600000000000000;

export class PixelDirectory {
  private readonly pixels = new Map<string, SandboxPixel>();
  private counter = 0;

  exportState() {
    return { pixels: [...this.pixels.values()], counter: this.counter };
  }

  importState(state: ReturnType<PixelDirectory['exportState']>): void {
    for (const pixel of state.pixels) this.pixels.set(pixel.id, pixel);
    this.counter = state.counter;
  }

  add(input: { name: string; id?: string | undefined }): SandboxPixel {
    if (input.id !== undefined && this.pixels.has(input.id)) throw new SandboxError(400, `pixel id ${input.id} is already taken`);
    const id = input.id ?? this.nextId();
    const pixel: SandboxPixel = { id, name: input.name, lastFiredTime: null, accountIds: [] };
    this.pixels.set(id, pixel);
    return structuredClone(pixel);
  }

  connect(pixelId: string, accountId: string): SandboxPixel {
    const pixel = this.require(pixelId);
    if (!pixel.accountIds.includes(accountId)) pixel.accountIds.push(accountId);
    return structuredClone(pixel);
  }

  disconnect(pixelId: string, accountId: string): SandboxPixel {
    const pixel = this.require(pixelId);
    pixel.accountIds = pixel.accountIds.filter((id) => id !== accountId);
    return structuredClone(pixel);
  }

  fire(pixelId: string, atSeconds: number): SandboxPixel {
    const pixel = this.require(pixelId);
    pixel.lastFiredTime = atSeconds;
    return structuredClone(pixel);
  }

  /** The pixels connected to an account, in creation order. */
  connectedTo(accountId: string): SandboxPixel[] {
    return [...this.pixels.values()].filter((pixel) => pixel.accountIds.includes(accountId));
  }

  list(): SandboxPixel[] {
    return [...this.pixels.values()].map((pixel) => structuredClone(pixel));
  }

  private nextId(): string {
    let id: string;
    do id = String(PIXEL_ID_BASE + ++this.counter);
    while (this.pixels.has(id));
    return id;
  }

  private require(pixelId: string): SandboxPixel {
    const pixel = this.pixels.get(pixelId);
    if (!pixel) throw new SandboxError(404, `pixel ${pixelId} not found`);
    return pixel;
  }
}

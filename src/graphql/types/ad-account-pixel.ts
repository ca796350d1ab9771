// AdsPixel: a pixel (dataset) connected to an ad account, as of the last sync.
import type { AdAccountRow } from '../../services/records.ts';
import { builder } from '../builder.ts';

export const AdsPixelRef = builder.objectRef<AdAccountRow['pixels'][number]>('AdsPixel').implement({
  description: 'A pixel (dataset) connected to the ad account: website audiences are filled by its events.',
  fields: (t) => ({
    id: t.exposeString('id'),
    name: t.exposeString('name'),
    lastFiredTime: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it last received an event; null when it never did.',
      resolve: (pixel) => (pixel.lastFiredTime === null ? null : new Date(pixel.lastFiredTime)),
    }),
  }),
});

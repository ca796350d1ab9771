import type { ApiUsage, ApiUsageDay } from '../../services/access-levels/api-usage.ts';
import { builder } from '../builder.ts';

const ApiUsageDayRef = builder.objectRef<ApiUsageDay>('ApiUsageDay').implement({
  fields: (t) => ({
    day: t.exposeString('day', { description: 'UTC day, YYYY-MM-DD.' }),
    calls: t.exposeInt('calls'),
    errors: t.exposeInt('errors'),
  }),
});

export const ApiUsageRef = builder.objectRef<ApiUsage>('ApiUsage').implement({
  description: "The app's Graph calls as adsauth counted them (every call, batch items one by one), the upgrade criteria's measure.",
  fields: (t) => ({
    windowDays: t.exposeInt('windowDays', { description: 'The days counted, today (UTC) included.' }),
    calls: t.exposeInt('calls'),
    errors: t.exposeInt('errors'),
    errorRate: t.exposeFloat('errorRate', { description: 'errors / calls, from 0 to 1; 0 when there were no calls.' }),
    days: t.field({ type: [ApiUsageDayRef], description: 'Every day of the window, oldest first.', resolve: (usage) => usage.days }),
  }),
});

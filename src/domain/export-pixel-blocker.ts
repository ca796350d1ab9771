// The blocker of web traffic exports that comes from the account's pixels.
import { eventsManagerUrl } from './ad-account-urls.ts';
import type { ExportBlocker, PixelActivity, ReadinessAccount } from './export-blocker.ts';
import type { JobType } from './job-types.ts';

const DAY_MS = 86_400_000;

/** Web traffic audiences are filled by a pixel's events: one must be connected and have fired lately. */
export function pixelBlocker(account: ReadinessAccount, jobType: JobType, activity: PixelActivity): ExportBlocker | undefined {
  if (jobType !== 'EXPORT_AUDIENCES_WEB_TRAFFIC') return undefined;
  const url = eventsManagerUrl(account.accountId);
  if (account.pixels.length === 0) {
    return {
      code: 'NO_PIXEL',
      message: 'No pixel (dataset) is connected to this ad account; a website audience needs one to collect its visitors.',
      remediation: {
        text: "Connect a pixel to the ad account in Events Manager (or set one up), then sync the authorization's ad accounts again.",
        url,
      },
    };
  }
  const freshSince = activity.now.getTime() - activity.staleDays * DAY_MS;
  if (account.pixels.some((pixel) => pixel.lastFiredTime !== null && pixel.lastFiredTime.getTime() >= freshSince)) return undefined;
  return {
    code: 'PIXEL_INACTIVE',
    message: `None of the ${account.pixels.length} pixel(s) connected to this ad account has fired in the last ${activity.staleDays} days, so a website audience would stay empty.`,
    remediation: { text: 'Check in Events Manager that the pixel is installed on the website and receives events.', url },
  };
}

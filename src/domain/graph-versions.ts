// How long each Graph API version can still be called. Meta's published version tables
// (docs/graph-api.md "Versions"; sources: https://developers.facebook.com/docs/graph-api/changelog/versions
// and https://developers.facebook.com/docs/marketing-api/overview/versioning), as of November 2026.
// adsauth calls Marketing API endpoints, whose versions end much sooner than the Graph API's: the
// Marketing API's end date wins when Meta has announced one.

interface VersionDates {
  /** The Graph API's "available until", when announced. */
  graph: string | undefined;
  /** The Marketing API's end date, when announced. */
  marketingApi: string | undefined;
}

export const GRAPH_API_VERSIONS: Readonly<Record<string, VersionDates>> = {
  'v26.0': { graph: undefined, marketingApi: undefined },
  'v25.0': { graph: '2028-07-29', marketingApi: undefined },
  'v24.0': { graph: '2028-02-18', marketingApi: '2026-10-06' },
  'v23.0': { graph: '2027-10-08', marketingApi: '2026-06-09' },
  'v22.0': { graph: '2027-05-20', marketingApi: '2026-02-19' },
  'v21.0': { graph: '2027-01-21', marketingApi: '2025-09-09' },
  'v20.0': { graph: '2026-09-24', marketingApi: '2025-05-06' },
};

export interface VersionLifecycle {
  version: string;
  /** The last day the version can be called (UTC midnight); undefined when Meta has announced no end, or the version is not in the table. */
  availableUntil: Date | undefined;
  /** Whole days from now until availableUntil; negative once it has passed. */
  daysLeft: number | undefined;
}

const DAY_MS = 86_400_000;

export function versionLifecycle(version: string, now: Date): VersionLifecycle {
  const dates = GRAPH_API_VERSIONS[version];
  const until = dates?.marketingApi ?? dates?.graph;
  if (until === undefined) return { version, availableUntil: undefined, daysLeft: undefined };
  const availableUntil = new Date(`${until}T00:00:00Z`);
  return { version, availableUntil, daysLeft: Math.floor((availableUntil.getTime() - now.getTime()) / DAY_MS) };
}

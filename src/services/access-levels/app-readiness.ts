// The app's own readiness as Meta sees it: each permission's App Review status (GET /{app-id}/permissions),
// the verification of its business (FACEBOOK_BUSINESS_ID) and the lifecycle of its Graph API version.
// Graph is asked when something was never read, and again by each finished sweep; everything else is
// answered from app_observations.
import type { Clock } from '../../clock.ts';
import {
  appPermissionStatusOf,
  appReadinessWarnings,
  verificationStatusOf,
  type AppPermissionStatus,
  type AppWarning,
  type VerificationStatus,
} from '../../domain/app-readiness.ts';
import { DomainError } from '../../domain/errors.ts';
import { versionLifecycle, type VersionLifecycle } from '../../domain/graph-versions.ts';
import { GraphError } from '../../graph/errors.ts';
import type { GraphApi } from '../../graph/graph-api.ts';
import type { Logger } from '../../log.ts';
import type { AppObservationRepository } from '../../repositories/app-observations.ts';

export interface AppReadiness {
  permissions: { name: string; status: AppPermissionStatus }[];
  business: { id: string; name: string; verificationStatus: VerificationStatus } | null;
  graphApi: VersionLifecycle;
  warnings: AppWarning[];
}

/** How a request may reach Graph: its deadline, and its budget (spend throws RateLimited). */
export interface AppReadCall {
  signal?: AbortSignal | undefined;
  spend?: () => void;
}

export function createAppReadinessService(deps: {
  graph: GraphApi;
  observations: AppObservationRepository;
  clock: Clock;
  log: Logger;
  appId: string;
  graphApiVersion: string;
  /** FACEBOOK_BUSINESS_ID */
  businessId: string | undefined;
}) {
  const { appId } = deps;

  async function readPermissions(call: AppReadCall): Promise<void> {
    call.spend?.();
    const records = await deps.graph.getAppPermissions({ signal: call.signal });
    const permissions = records.map((record) => ({ name: record.permission, status: record.status }));
    deps.observations.recordPermissions(appId, permissions, deps.clock.now());
  }

  async function readBusiness(businessId: string, call: AppReadCall): Promise<void> {
    call.spend?.();
    const { id, name, verificationStatus } = await deps.graph.getBusinessVerification(businessId, { signal: call.signal });
    deps.observations.recordBusiness(appId, { id, name, verificationStatus }, deps.clock.now());
  }

  /** A read that failed leaves the last answer in place (or none): logged, never thrown. */
  async function attempt(what: string, read: () => Promise<void>): Promise<void> {
    try {
      await read();
    } catch (error) {
      if (!(error instanceof GraphError) && !(error instanceof DomainError)) throw error;
      deps.log.warn({ appId, reason: { name: error.name, message: error.message } }, `reading the app's ${what} from Facebook failed`);
    }
  }

  // Concurrent first reads (several fields of one query, several requests) share one Graph call.
  let firstRead: Promise<void> | undefined;
  function readWhatWasNeverRead(call: AppReadCall): Promise<void> {
    if (firstRead) return firstRead;
    const seen = deps.observations.get(appId);
    const reads: Promise<void>[] = [];
    if (!seen?.permissionsSeenAt) reads.push(attempt('permissions', () => readPermissions(call)));
    const businessId = deps.businessId;
    if (businessId !== undefined && (!seen?.businessSeenAt || seen.business?.id !== businessId))
      reads.push(attempt('business', () => readBusiness(businessId, call)));
    if (reads.length === 0) return Promise.resolve();
    firstRead = Promise.all(reads)
      .then(() => undefined)
      .finally(() => (firstRead = undefined));
    return firstRead;
  }

  function fromObservations(): AppReadiness {
    const seen = deps.observations.get(appId);
    const permissions = seen?.permissionsSeenAt
      ? (seen.permissions ?? []).map((p) => ({ name: p.name, status: appPermissionStatusOf(p.status) }))
      : undefined;
    const stored = seen?.business && seen.business.id === deps.businessId ? seen.business : undefined;
    const business = stored ? { ...stored, verificationStatus: verificationStatusOf(stored.verificationStatus) } : null;
    const graphApi = versionLifecycle(deps.graphApiVersion, deps.clock.now());
    const warnings = appReadinessWarnings({
      appId,
      permissions,
      business: deps.businessId === undefined ? undefined : business,
      configuredBusinessId: deps.businessId,
      version: graphApi,
    });
    return { permissions: permissions ?? [], business, graphApi, warnings };
  }

  return {
    /** Query.app: reads from Graph only what was never read (within the request's budget), then answers from the database. */
    async readiness(call: AppReadCall = {}): Promise<AppReadiness> {
      await readWhatWasNeverRead(call);
      return fromObservations();
    },

    /** Each finished sweep: reads the permissions and the business again; a failure keeps the last answer. */
    async refresh(): Promise<void> {
      const reads = [attempt('permissions', () => readPermissions({}))];
      const businessId = deps.businessId;
      if (businessId !== undefined) reads.push(attempt('business', () => readBusiness(businessId, {})));
      await Promise.all(reads);
    },
  };
}

export type AppReadinessService = ReturnType<typeof createAppReadinessService>;

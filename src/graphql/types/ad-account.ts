import { customAudienceTosUrl, webCustomAudienceTosUrl } from '../../domain/ad-account-urls.ts';
import { AD_ACCOUNT_STATUSES, AD_ACCOUNT_TASKS, disableReasonName, knownTasks, statusOf } from '../../domain/ad-account-status.ts';
import type { AdAccountRow } from '../../services/records.ts';
import { builder } from '../builder.ts';
import { adAccountLoaders } from './ad-account-loaders.ts';
import { AdsPixelRef } from './ad-account-pixel.ts';
import { ExportReadinessRef } from './export-readiness.ts';
import { JobTypeEnum } from './token-status.ts';

export const AdAccountStatusEnum = builder.enumType('AdAccountStatus', {
  description: "Graph's account_status; UNKNOWN for a code adsauth does not know.",
  values: AD_ACCOUNT_STATUSES,
});

const AdAccountTaskEnum = builder.enumType('AdAccountTask', { values: AD_ACCOUNT_TASKS });

const BusinessRef = builder.objectRef<{ id: string; name: string | null }>('Business').implement({
  description: 'A Business Manager.',
  fields: (t) => ({ id: t.exposeString('id'), name: t.exposeString('name', { nullable: true }) }),
});

/** The node id names the authorization too: the same ad account reached by two tokens is two nodes. */
const nodeId = (row: AdAccountRow) => `${row.authorizationId}:${row.accountId}`;

export const AdAccountRef = builder.node(builder.objectRef<AdAccountRow>('AdAccount'), {
  description: "An ad account an authorization's token reaches, as of the last sync or refreshAdAccount.",
  id: { resolve: nodeId },
  loadMany: (ids, context) => {
    const keys = ids.map((id) => {
      const [authorizationId = '', accountId = ''] = id.split(':');
      return { authorizationId, accountId };
    });
    const rows = new Map(context.services.adAccounts.getMany(context.viewer.workspaceId, keys).map((row) => [nodeId(row), row]));
    return ids.map((id) => rows.get(id) ?? null);
  },
  fields: (t) => ({
    accountId: t.exposeString('accountId', { description: 'The numeric id, without act_.' }),
    name: t.exposeString('name'),
    status: t.field({ type: AdAccountStatusEnum, resolve: (row) => statusOf(row.accountStatus) }),
    disableReason: t.string({
      nullable: true,
      description: "disable_reason's name, e.g. RISK_PAYMENT; null when none.",
      resolve: (row) => disableReasonName(row.disableReason),
    }),
    currency: t.exposeString('currency', { nullable: true }),
    timezoneName: t.exposeString('timezoneName', { nullable: true }),
    business: t.field({
      type: BusinessRef,
      nullable: true,
      resolve: (row) => (row.businessId ? { id: row.businessId, name: row.businessName } : null),
    }),
    tasks: t.field({
      type: [AdAccountTaskEnum],
      description: "What this token's identity may do on the account.",
      resolve: (row) => knownTasks(row.tasks),
    }),
    customAudienceTosAccepted: t.exposeBoolean('customAudienceTosAccepted'),
    webCustomAudienceTosAccepted: t.exposeBoolean('webCustomAudienceTosAccepted'),
    tosAcceptUrl: t.string({
      nullable: true,
      description:
        'Where a person accepts the first Custom Audience terms not accepted yet (customer-file, then website and app); null when both are. Each export blocker carries its own link.',
      resolve: (row) =>
        !row.customAudienceTosAccepted
          ? customAudienceTosUrl(row.accountId)
          : !row.webCustomAudienceTosAccepted
            ? webCustomAudienceTosUrl(row.accountId)
            : null,
    }),
    isPersonal: t.exposeBoolean('isPersonal', {
      description:
        "Graph's is_personal: a personal ad account rather than a business's. It blocks no export: Meta does not say that it should.",
    }),
    pixels: t.field({
      type: [AdsPixelRef],
      description: 'The pixels connected to the account (up to 25), as of the last sync.',
      resolve: (row) => row.pixels,
    }),
    inAccountList: t.boolean({
      description: "Whether the app's account list holds the account.",
      resolve: (row, _args, context) => adAccountLoaders(context).inAccountList.load(row.accountId),
    }),
    exportReadiness: t.field({
      type: ExportReadinessRef,
      args: { jobType: t.arg({ type: JobTypeEnum, required: true }) },
      resolve: (row, args, context) => adAccountLoaders(context).exportReadiness.load({ row, jobType: args.jobType }),
    }),
    syncedAt: t.field({ type: 'DateTime', description: 'When Facebook last reported this account.', resolve: (row) => row.syncedAt }),
  }),
});

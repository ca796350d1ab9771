// Facebook Login for Business in the sandbox (docs/login-for-business.md): the app's configurations,
// each client business's integration (its system user and the assets it delegated), and the webhook
// subscriptions and callback URLs that Meta would deliver to.
import { SandboxError, type Directory } from './directory.ts';
import type { SandboxIntegration, SandboxIntegrations, SandboxLoginConfiguration, SandboxSubscription } from './types.ts';

/** The two built-in configurations; `sandbox` mode's gateway uses them unless others are configured. */
export const SANDBOX_USER_CONFIG_ID = '700000000000001';
export const SANDBOX_SYSTEM_USER_CONFIG_ID = '700000000000002';

const ADS_SCOPES = ['ads_management', 'ads_read', 'business_management'];

const BUILT_IN_CONFIGURATIONS: readonly SandboxLoginConfiguration[] = [
  { id: SANDBOX_USER_CONFIG_ID, name: 'adsauth (user access token)', tokenType: 'USER', scopes: ADS_SCOPES },
  { id: SANDBOX_SYSTEM_USER_CONFIG_ID, name: 'adsauth (system-user access token)', tokenType: 'SYSTEM_USER', scopes: ADS_SCOPES },
];

/** What the integration system user may do on a delegated ad account. */
const INTEGRATION_TASKS = ['MANAGE', 'ADVERTISE', 'ANALYZE'];

export class BusinessIntegrations implements SandboxIntegrations {
  private readonly configurations = new Map(BUILT_IN_CONFIGURATIONS.map((c) => [c.id, structuredClone(c)]));
  private readonly installed = new Map<string, SandboxIntegration>();
  private readonly subscriptions = new Map<string, SandboxSubscription>();
  private nextConfigId = 700000000000100;

  constructor(private readonly directory: Directory) {}

  exportState() {
    return {
      configurations: [...this.configurations.values()],
      installed: [...this.installed.values()],
      subscriptions: [...this.subscriptions.values()],
      nextConfigId: this.nextConfigId,
    };
  }

  importState(state: ReturnType<BusinessIntegrations['exportState']>): void {
    for (const configuration of state.configurations) this.configurations.set(configuration.id, configuration);
    for (const integration of state.installed) this.installed.set(integration.businessId, integration);
    for (const subscription of state.subscriptions) this.subscriptions.set(subscription.object, subscription);
    this.nextConfigId = state.nextConfigId;
  }

  configuration(id: string): SandboxLoginConfiguration | undefined {
    return this.configurations.get(id);
  }

  listConfigurations(): SandboxLoginConfiguration[] {
    return [...this.configurations.values()].map((c) => structuredClone(c));
  }

  addConfiguration(input: Omit<SandboxLoginConfiguration, 'id'>): SandboxLoginConfiguration {
    const configuration = { ...input, id: String(++this.nextConfigId), scopes: [...input.scopes] };
    this.configurations.set(configuration.id, configuration);
    return structuredClone(configuration);
  }

  integration(businessId: string): SandboxIntegration | undefined {
    const found = this.installed.get(businessId);
    return found && structuredClone(found);
  }

  listIntegrations(): SandboxIntegration[] {
    return [...this.installed.values()].map((i) => structuredClone(i));
  }

  /**
   * The client business installs (or re-installs) the app through the dialog: one system user per
   * business and app, working on exactly the delegated ad accounts.
   */
  install(input: { businessId: string; configId: string; assetIds: string[]; appName: string }): SandboxIntegration {
    const business = this.directory.findBusiness(input.businessId);
    if (!business) throw new SandboxError(404, `business ${input.businessId} not found`);
    const existing = this.installed.get(input.businessId);
    const systemUserId =
      existing?.systemUserId ??
      this.directory.addSystemUser({ businessId: business.id, name: `${input.appName} integration`, role: 'EMPLOYEE' }).id;
    const integration: SandboxIntegration = {
      businessId: business.id,
      configId: input.configId,
      systemUserId,
      assetIds: [...new Set(input.assetIds)],
    };
    this.installed.set(business.id, integration);
    this.delegate(integration);
    return structuredClone(integration);
  }

  /** The client changes the delegated assets in Business Settings. */
  updateAssets(businessId: string, assetIds: string[]): SandboxIntegration {
    const integration = this.require(businessId);
    integration.assetIds = [...new Set(assetIds)];
    this.delegate(integration);
    return structuredClone(integration);
  }

  /** The client removes the app under Business Settings → Integrations → Connected apps. */
  uninstall(businessId: string): SandboxIntegration {
    const integration = this.require(businessId);
    this.installed.delete(businessId);
    integration.assetIds = [];
    this.delegate(integration);
    return integration;
  }

  subscribe(subscription: SandboxSubscription): void {
    const current = this.subscriptions.get(subscription.object);
    // Graph adds the fields to those already subscribed for the object.
    const fields = [...new Set([...(current?.fields ?? []), ...subscription.fields])];
    this.subscriptions.set(subscription.object, { ...subscription, fields });
  }

  subscription(object: string): SandboxSubscription | undefined {
    const found = this.subscriptions.get(object);
    return found && structuredClone(found);
  }

  listSubscriptions(): SandboxSubscription[] {
    return [...this.subscriptions.values()].map((s) => structuredClone(s));
  }

  private require(businessId: string): SandboxIntegration {
    const integration = this.installed.get(businessId);
    if (!integration) throw new SandboxError(404, `business ${businessId} has no integration of this app`);
    return integration;
  }

  /** The integration's system user works on the delegated ad accounts of its business, and no others. */
  private delegate(integration: SandboxIntegration): void {
    for (const account of this.directory.listAdAccounts()) {
      const delegated = integration.assetIds.includes(account.accountId);
      this.directory.grantAdAccount(account.accountId, integration.systemUserId, delegated ? INTEGRATION_TASKS : []);
    }
  }
}

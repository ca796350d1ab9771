// What a client or a person does on Facebook's side, and what Meta then tells the app: each change to
// the world is followed by the delivery Meta would make (docs/login-for-business.md), whose answer is returned.
import { deliverSignedRequest, deliverWebhook } from './meta-deliveries.ts';
import type { InstallIntegrationInput } from './types.ts';
import type { World } from './world.ts';

/** The dialog's Allow with a system-user configuration: the business installs the app (business_integration_install). */
export async function installIntegration(world: World, input: InstallIntegrationInput) {
  const installed = world.installIntegration(input);
  const value = { business_manager_id: installed.integration.businessId, tp_config_id: input.configId };
  const delivery = await deliverWebhook(world, 'application', 'business_integration_install', value);
  return { ...installed, delivery };
}

export async function updateIntegrationAssets(world: World, businessId: string, assetIds: string[]) {
  const integration = world.updateIntegrationAssets(businessId, assetIds);
  const delivery = await deliverWebhook(world, 'application', 'business_integration_update', { business_manager_id: businessId });
  return { integration, delivery };
}

export async function uninstallIntegration(world: World, businessId: string) {
  const integration = world.uninstallIntegration(businessId);
  const delivery = await deliverWebhook(world, 'application', 'business_integration_uninstall', { business_manager_id: businessId });
  return { integration, delivery };
}

/** A person removes the app in their settings: their tokens stop working (190/458) and the deauthorize callback is called. */
export async function removeAppForUser(world: World, userId: string) {
  world.revokeApp(userId);
  return { delivery: await deliverSignedRequest(world, world.app.deauthorizeCallbackUrl, userId) };
}

/** A person asks for their data to be deleted: the data deletion callback is called. */
export async function requestDataDeletion(world: World, userId: string) {
  world.directory.requireUser(userId);
  return { delivery: await deliverSignedRequest(world, world.app.dataDeletionCallbackUrl, userId) };
}

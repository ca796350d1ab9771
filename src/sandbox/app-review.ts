// The app's standing with Meta (docs/graph-api.md "App review and verification"): each permission's
// App Review status, and the verification status of each business.

export type SandboxAppPermissionStatus = 'live' | 'unapproved';

/** Meta's verification_status values. */
export const SANDBOX_VERIFICATION_STATUSES = [
  'expired',
  'failed',
  'ineligible',
  'not_verified',
  'pending',
  'pending_need_more_info',
  'pending_submission',
  'rejected',
  'revoked',
  'verified',
] as const;
export type SandboxVerificationStatus = (typeof SANDBOX_VERIFICATION_STATUSES)[number];

/** What a new sandbox app has been approved for: what adsauth asks for, all live. */
const DEFAULT_PERMISSIONS: Record<string, SandboxAppPermissionStatus> = {
  ads_management: 'live',
  ads_read: 'live',
  business_management: 'live',
  email: 'live',
  public_profile: 'live',
};

export class AppReview {
  private readonly permissions = new Map(Object.entries(DEFAULT_PERMISSIONS));
  private readonly verification = new Map<string, SandboxVerificationStatus>();

  exportState() {
    return { permissions: [...this.permissions], verification: [...this.verification] };
  }

  importState(state: ReturnType<AppReview['exportState']>): void {
    this.permissions.clear();
    for (const [permission, status] of state.permissions) this.permissions.set(permission, status);
    for (const [businessId, status] of state.verification) this.verification.set(businessId, status);
  }

  /** Sets a permission's status; null removes it from the app's list. */
  setPermission(permission: string, status: SandboxAppPermissionStatus | null): void {
    if (status === null) this.permissions.delete(permission);
    else this.permissions.set(permission, status);
  }

  listPermissions(): { permission: string; status: SandboxAppPermissionStatus }[] {
    return [...this.permissions].map(([permission, status]) => ({ permission, status }));
  }

  setVerification(businessId: string, status: SandboxVerificationStatus): void {
    this.verification.set(businessId, status);
  }

  /** A business nobody verified is not_verified. */
  verificationOf(businessId: string): SandboxVerificationStatus {
    return this.verification.get(businessId) ?? 'not_verified';
  }
}

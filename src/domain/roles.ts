/** In rising order. OPERATOR runs the gateway itself: it alone changes app-wide state, and only the CLI creates it. */
export const ROLES = ['VIEWER', 'EDITOR', 'ADMIN', 'OPERATOR'] as const;
export type Role = (typeof ROLES)[number];

export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}

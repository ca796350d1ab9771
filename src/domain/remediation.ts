/** What a person can do about a problem adsauth reports (a health issue, an export blocker, an app warning), and where. */
export interface Remediation {
  text: string;
  /** Where to do it, when there is such a place. */
  url: string | undefined;
}

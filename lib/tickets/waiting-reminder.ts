/** A client waiting this many business days (§1 jours ouvrés) for their own answer is reminded once, unless a manager says otherwise. */
export const DEFAULT_WAITING_REMINDER_BUSINESS_DAYS = 3;

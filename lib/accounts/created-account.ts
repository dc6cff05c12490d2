/** An account just created or reset by the support: its initial password is shown once (§11). */
export interface CreatedAccount {
  email: string;
  password: string;
}

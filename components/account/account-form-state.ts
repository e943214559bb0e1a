export type AccountField = 'email' | 'password';

export type AccountFormState = {
  formError?: string;
  fieldErrors: Partial<Record<AccountField, string>>;
  /** The e-mail comes back so a refused form keeps it; a password never does. */
  values?: { email: string };
};

export const initialAccountFormState: AccountFormState = { fieldErrors: {} };

/** What the sign-in form's action answers when it does not redirect: the messages, and the email to show again. */
export interface SignInFormState {
  status: 'idle' | 'error';
  email: string;
  formError?: string;
  fieldErrors?: Record<string, string>;
}

export const SIGN_IN_IDLE: SignInFormState = { status: 'idle', email: '' };

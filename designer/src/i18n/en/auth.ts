import type { Messages } from '../messages.ts';
import type { auth as reference } from '../zh-CN/auth.ts';

export const auth: Messages<typeof reference> = {
  title: 'Sign in',
  subtitle: 'Sign in to Baton with your company account',
  username: 'Username',
  password: 'Password',
  signIn: 'Sign in',
  usernameRequired: 'Enter your username',
  passwordRequired: 'Enter your password',
  failed: 'Sign-in failed',
  signedOut: 'You are signed out',
  demo: {
    title: 'Demo accounts',
    password: 'Every demo account uses the password {{password}}',
    employee: 'Employee (East Sales)',
    manager: 'Head of East Sales',
    finance: 'Finance',
    executive: 'CEO',
    processOwner: 'Process owner',
    admin: 'IT administrator',
  },
};

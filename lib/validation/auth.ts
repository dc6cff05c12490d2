import { z } from 'zod';
import { userText } from './user-text';

export const signInSchema = z.object({
  email: userText().trim().min(1, 'Saisissez votre adresse e-mail.').max(320).email('Adresse e-mail invalide.'),
  password: z.string().min(1, 'Saisissez votre mot de passe.').max(1024),
  // Two-factor sign-in: the authenticator's 6 digits or a recovery code, asked after the password.
  code: userText().trim().max(32).optional(),
});

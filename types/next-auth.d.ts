import type { Role } from '@/db/schema';

declare module 'next-auth' {
  interface Session {
    user: { id: string; name: string; email: string; role: Role; organizationId: string | null; sessionVersion: number };
  }
  interface User {
    id: string;
    role: Role;
    organizationId: string | null;
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role: Role;
    organizationId: string | null;
    sessionVersion: number;
  }
}

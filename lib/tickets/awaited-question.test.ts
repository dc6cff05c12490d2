import { describe, expect, it } from 'vitest';
import { awaitedQuestion } from './awaited-question';

const at = (iso: string) => new Date(iso);
const MESSAGES = [
  { id: 'a', kind: 'public', authorRole: 'technician', createdAt: at('2026-03-09T10:00:00Z') },
  { id: 'b', kind: 'internal', authorRole: 'technician', createdAt: at('2026-03-09T11:00:00Z') },
  { id: 'c', kind: 'public', authorRole: 'client_user', createdAt: at('2026-03-09T11:30:00Z') },
  { id: 'd', kind: 'public', authorRole: 'support_manager', createdAt: at('2026-03-09T12:00:00Z') },
  { id: 'e', kind: 'public', authorRole: 'technician', createdAt: at('2026-03-09T13:00:00Z') },
] as const;

describe('awaitedQuestion', () => {
  it('is the support’s last public message written by the time the Demande started waiting', () => {
    expect(awaitedQuestion(MESSAGES, at('2026-03-09T12:00:00Z'))?.id).toBe('d');
    expect(awaitedQuestion(MESSAGES, at('2026-03-09T11:45:00Z'))?.id).toBe('a');
  });

  it('is none when the Demande does not wait, or nothing was asked', () => {
    expect(awaitedQuestion(MESSAGES, null)).toBeNull();
    expect(awaitedQuestion(MESSAGES, at('2026-03-09T09:00:00Z'))).toBeNull();
  });
});

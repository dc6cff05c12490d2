export function assertValidInstant(name: string, instant: Date): void {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new RangeError(`${name} must be a valid Date, got ${String(instant)}`);
  }
}

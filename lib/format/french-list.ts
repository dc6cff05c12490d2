/** "a", "a et b", "a, b et c": a list as a French sentence writes it. */
export function frenchList(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
}

import { PRODUCT_MODULES } from '@/lib/accounts/product-modules';

/**
 * §15: the FAQ's categories are the product's modules, plus "Général" for what concerns them all.
 * The modules are those the contracts cover (lib/accounts PRODUCT_MODULES).
 */
export const FAQ_MODULES = [...PRODUCT_MODULES, 'Général'] as const;

export type FaqModule = (typeof FAQ_MODULES)[number];

export function isFaqModule(value: string): value is FaqModule {
  return (FAQ_MODULES as readonly string[]).includes(value);
}

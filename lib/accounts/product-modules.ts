/** §3: the product's modules a contract may cover. */
export const PRODUCT_MODULES = ['Etat civil', 'Elections', 'COMEDEC', 'Cimetières'] as const;

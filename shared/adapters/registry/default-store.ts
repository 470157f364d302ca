/** The local registry's folder when none is given: its own module, so declaring the option loads no registry code. */
export const DEFAULT_LOCAL_STORE = '.mlgate/registry';

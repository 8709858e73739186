// Public API of the brand directory: which brands exist (brands.json) and connecting to them.
export { BRAND_DIRECTORY_ERROR_CODES, BrandDirectorySchema, BrandDirectoryEntrySchema, BrandDirectoryError, loadBrandDirectory, parseBrandDirectory } from './brand-directory.ts';
export type { BrandDirectory, BrandDirectoryEntry } from './brand-directory.ts';
export { connectDirectory } from './connect-directory.ts';
export type { BuiltinBrandLinker, ConnectedBrand, ConnectedDirectory, IdentityNotice } from './connect-directory.ts';
export { endpointKey } from './endpoint-key.ts';
export { endpointIdentities } from './endpoint-identity.ts';
export type { EndpointIdentity } from './endpoint-identity.ts';
export { verifiedDomainIdentity } from './verified-domain.ts';

import type { AuthConfig } from '../config.js';
import { developmentIdentity, type DevelopmentIdentity } from './development-identity.js';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.js';

export interface Authentication {
  readonly verifier: TokenVerifier;
  /** Present only with the development identity: it mints tokens for synthetic users. */
  readonly development: DevelopmentIdentity | null;
}

/** The token verifier the configuration asks for. */
export function authenticationFor(config: AuthConfig, clock: () => Date): Authentication {
  if (config.mode === 'development-identity') {
    const development = developmentIdentity(config.keyFile, clock);
    return { verifier: development.verifier, development };
  }
  return { verifier: createTokenVerifier({ ...config, clock }), development: null };
}

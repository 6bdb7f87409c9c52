/**
 * Hash routing (`#/data`): works from any static host and from `vite preview` without rewrites.
 */

/** The route path a location hash names, or `fallback` when it names none of `paths`. */
export function pathFromHash(hash: string, paths: readonly string[], fallback: string): string {
  const path = hash.replace(/^#/, '').split('?')[0] || '';
  return paths.includes(path) ? path : fallback;
}

export class HashRouter {
  path = $state('');
  readonly #paths: readonly string[];
  readonly #fallback: string;

  constructor(paths: readonly string[], fallback: string) {
    this.#paths = paths;
    this.#fallback = fallback;
    this.path = fallback;
  }

  /** Follows the location hash until the returned function is called. */
  start(): () => void {
    const sync = () => {
      const path = pathFromHash(location.hash, this.#paths, this.#fallback);
      if (location.hash !== `#${path}`) history.replaceState(null, '', `#${path}`);
      this.path = path;
    };
    sync();
    window.addEventListener('hashchange', sync);
    return () => window.removeEventListener('hashchange', sync);
  }
}

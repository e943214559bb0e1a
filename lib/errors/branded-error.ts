/**
 * `instanceof` for errors that cross bundles. Next loads a module once per bundle (pages, server
 * actions, route handlers, instrumentation), while the clients that throw these errors are kept
 * once per process on `globalThis`: an error thrown by the copy a page created is not an instance
 * of the class a server action's copy imported. A brand from the global symbol registry is the same
 * in every copy, so `instanceof` answers by it.
 */
export function brandedErrorClass(name: string) {
  const brand = Symbol.for(`esim-qr-mall/${name}`);
  abstract class BrandedError extends Error {
    constructor(message: string, options?: { cause?: unknown }) {
      super(message, options);
      this.name = name;
      Object.defineProperty(this, brand, { value: true });
    }

    static [Symbol.hasInstance](value: unknown): boolean {
      return typeof value === 'object' && value !== null && brand in value;
    }
  }
  return BrandedError;
}

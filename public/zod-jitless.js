// Loaded by index.html before the app's modules (a deferred classic script runs before them).
// zod 4 probes `Function('')` when it builds its first object schema, to decide whether to compile
// fast parsers. Under the app's Content-Security-Policy (no 'unsafe-eval'; vite.config.ts) the
// probe is refused and reported as a violation. zod reads this global as its initial config
// (`z.config()`), and jitless skips the probe. It must be set before zod's modules evaluate,
// which no app module can guarantee: shared chunks evaluate before the entry's own code.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
